#include "core/validate/validation.hpp"

#include "core/frameworks/scoring.hpp"
#include "core/model/fiscal_year.hpp"
#include "core/text/messages.hpp"
#include "core/validate/rules/province_rows.hpp"
#include "core/validate/rules/rule_support.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ita {

namespace {

// Document-level findings (no location) first, then in reading order: running text,
// then grids by index, row, column; then by code so that the order is stable.
auto sortKey(const Finding &f) {
    if (f.locations.empty()) return std::make_tuple(0, -2, -1, -1, -1, std::string_view(f.code));
    const Location &l = f.locations.front();
    if (l.isParagraph()) return std::make_tuple(1, -1, l.paragraph, -1, -1, std::string_view(f.code));
    return std::make_tuple(1, l.grid, -1, l.row, l.col, std::string_view(f.code));
}

bool sameNames(const Framework &a, const Framework &b) {
    if (a.indicators.size() != b.indicators.size()) return false;
    for (size_t i = 0; i < a.indicators.size(); ++i) {
        const auto &x = a.indicators[i], &y = b.indicators[i];
        if (x.number != y.number || x.nameTh != y.nameTh || x.aliases != y.aliases) return false;
    }
    return true;
}

} // namespace

int ValidationReport::errors() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding &f) { return f.severity == Severity::Error; }));
}

int ValidationReport::warnings() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding &f) { return f.severity == Severity::Warning; }));
}

const std::vector<std::pair<const char *, Rule>> &allRules() {
    static const std::vector<std::pair<const char *, Rule>> rules = {
        {"missing_indicator", &rules::missingIndicator},
        {"duplicate_indicator", &rules::duplicateIndicator},
        {"score_not_number", &rules::scoreNotNumber},
        {"score_out_of_range", &rules::scoreOutOfRange},
        {"wrong_tool", &rules::wrongTool},
        {"total_mismatch", &rules::totalMismatch},
        {"rating", &rules::ratingWrong},
        {"implausible_year", &rules::implausibleYear},
        {"cross_table_mismatch", &rules::crossTableMismatch},
        {"text_figure_mismatch", &rules::textFigureMismatch},
        {"ranking_wrong", &rules::rankingWrong},
        {"extreme_claim_wrong", &rules::extremeClaimWrong},
        {"mixed_digits", &rules::mixedDigits},
        {"no_score_table", &rules::noScoreTable},
        {"measure_no_unit", &rules::measureNoUnit},
        {"measure_period", &rules::measurePeriod},
        {"target_not_addressed", &rules::targetNotAddressed},
        {"scores_not_read", &rules::scoresNotRead},
        {"measure_unknown_indicator", &rules::measureUnknownIndicator},
        {"tool_score_total", &rules::toolScoreTotalWrong},
        {"change_claim_wrong", &rules::changeClaimWrong},
        {"province_rows", &rules::provinceRows},
        // Last: it stays silent when an earlier finding already says why a figure went unchecked.
        {"figure_not_checked", &rules::figureNotChecked},
    };
    return rules;
}

ValidationReport validate(const SourceDocument &doc, const FrameworkRegistry &registry,
                          const ValidationOptions &options) {
    ValidationReport report;
    report.path = doc.path;
    const int currentBE = options.currentYearBE.value_or(clockYearBE());

    // Indicator names are the same in every framework on record, so the facts are read
    // once with any of them and read again only if the year's framework names them otherwise.
    static const Framework empty{};
    const Framework *readWith = options.fiscalYear ? registry.find(*options.fiscalYear) : nullptr;
    if (!readWith) readWith = registry.latest();
    report.facts = readFacts(doc, readWith ? *readWith : empty);
    const std::optional<Stated<int>> stated = report.facts.fiscalYear;

    std::optional<int> year = options.fiscalYear;
    std::optional<int> documentYear;
    if (stated && plausibleFiscalYear(stated->value, currentBE)) documentYear = stated->value;
    // A plan or memo for FY N whose analysis reports the FY N-1 assessment holds N-1's scores.
    std::optional<AssessedYear> assessed;
    if (!year && documentYear) {
        assessed = earlierAssessment(report.facts, *documentYear);
        year = assessed ? assessed->year.value : *documentYear;
    }

    const Framework *fw = nullptr;
    bool noFramework = false, noYear = false;
    if (year) {
        fw = registry.find(*year);
        noFramework = fw == nullptr;
    } else if (!stated) {
        noYear = true;
        // Indicators, tools and weights are the same in every framework on record; only
        // the rating scheme depends on the year, so the rules leave ratings alone.
        fw = registry.latest();
    }

    const Framework *names = fw ? fw : registry.latest();
    if (names && names != readWith && !sameNames(*names, readWith ? *readWith : empty))
        report.facts = readFacts(doc, *names);
    // With the names, a measure's indicators column may name indicators ("การเปิดเผยข้อมูล").
    std::vector<MeasureRow> measures = names ? readMeasures(doc, *names) : readMeasures(doc);

    const ScoreTable *primary = fw      ? primaryTable(report.facts, *fw, options.tolerance)
                                : names ? primaryTable(report.facts, *names, options.tolerance)
                                        : nullptr;
    RuleContext ctx{doc, report.facts, fw, registry, options, measures, names, year, currentBE, primary};
    if (assessed) ctx.documentYear = documentYear;
    if (noFramework) {
        rules::MessageArgs a(ctx);
        a.number("year", *year);
        std::vector<Location> at;
        if (stated && !options.fiscalYear) at.push_back(stated->at);
        // A warning: the year's framework may not be published yet (FY2569), and the checks that
        // need none still run; the message says which could not.
        report.findings.push_back(rules::makeFinding(msg::code::NoFramework, Severity::Warning, std::nullopt,
                                                     std::move(at), "", stated ? stated->text : "", a));
    }
    // Said when the document does not state a score with the assessed year (only a heading
    // names it) and scores were read: the year the rules use is an assumption.
    if (assessed && !assessed->withScore &&
        (!report.facts.tables.empty() || !report.facts.statedTotals.empty() ||
         !report.facts.statedRatings.empty())) {
        rules::MessageArgs a(ctx);
        a.number("year", *year).number("documentYear", *documentYear).where("where", assessed->year.at);
        report.findings.push_back(rules::makeFinding(msg::code::AssessedYearAssumed, Severity::Warning,
                                                     std::nullopt, {assessed->year.at},
                                                     std::to_string(*documentYear), assessed->year.text, a));
    }
    if (noYear)
        report.findings.push_back(rules::makeFinding(msg::code::NoFiscalYear, Severity::Warning, std::nullopt,
                                                     {}, "", "", rules::MessageArgs(ctx)));
    for (const auto &[name, rule] : allRules())
        rule(ctx, report.findings);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding &a, const Finding &b) { return sortKey(a) < sortKey(b); });

    report.fiscalYear = year;
    report.documentYear = documentYear;
    report.framework = year ? fw : nullptr;
    if (report.facts.agency) report.agency = report.facts.agency->value;
    if (report.facts.district) report.district = report.facts.district->value;
    // The first total and rating the document states for the year (not last year's column).
    for (const auto &st : report.facts.statedTotals)
        if (!report.statedTotal && !rules::previousColumnTable(ctx, st.at)) report.statedTotal = st.value;
    for (const auto &sr : report.facts.statedRatings)
        if (report.statedRating.empty() && !rules::previousColumnTable(ctx, sr.at))
            report.statedRating = sr.value;
    if (fw) {
        if (const ScoreTable *p = primary) {
            Scores s = usableScores(*p);
            report.computedTotal = weightedTotal(*fw, s);
            if (report.computedTotal && year) {
                if (const RatingLevel *r = rate(*fw, *report.computedTotal, toolScores(*fw, s)))
                    report.computedRating = r->labelTh;
            }
        }
    }
    // A report of the tool scores only: the total and rating they give.
    if (fw && !report.computedTotal)
        if (auto t = rules::toolScoreTotal(ctx)) {
            report.computedTotal = t;
            if (year)
                if (const RatingLevel *r = rate(*fw, *t, rules::statedToolScores(ctx)))
                    report.computedRating = r->labelTh;
        }
    return report;
}

} // namespace ita
