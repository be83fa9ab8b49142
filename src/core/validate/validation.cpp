#include "core/validate/validation.hpp"

#include "core/frameworks/scoring.hpp"
#include "core/model/fiscal_year.hpp"
#include "core/validate/rule.hpp"
#include "core/validate/rules/province_rows.hpp"
#include "core/validate/rules/shared_judgements.hpp"

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
    if (year) {
        fw = registry.find(*year);
    } else if (!stated) {
        // Indicators, tools and weights are the same in every framework on record; only
        // the rating scheme depends on the year, so the rules leave ratings alone.
        fw = registry.latest();
    }

    const Framework *names = fw ? fw : registry.latest();
    if (names && names != readWith && !sameNames(*names, readWith ? *readWith : empty))
        report.facts = readFacts(doc, *names);
    // With the names, a measure's indicators column may name indicators ("การเปิดเผยข้อมูล").
    std::vector<MeasureRow> measures = names ? readMeasures(doc, *names) : readMeasures(doc);

    const RuleContext ctx(doc, report.facts, measures, registry, options, fw, year, assessed);
    for (const Rule *rule : allRules())
        rule->check(ctx, report.findings);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding &a, const Finding &b) { return sortKey(a) < sortKey(b); });

    report.checked.measures = static_cast<int>(measures.size());
    for (const auto &t : report.facts.tables)
        for (const auto &e : t.entries)
            report.checked.scores = report.checked.scores || e.score.has_value();
    report.checked.scores =
        report.checked.scores || !report.facts.toolScores.empty() || rules::hasProvinceTable(ctx);

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
        if (const ScoreTable *p = ctx.referenceTable()) {
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
