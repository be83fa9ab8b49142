// ITA024: a stated total (or rating) that nothing in the document lets us recompute. Said once,
// and only when no other finding already tells why (a missing, duplicated or unreadable score,
// no score table, no framework or no year): "ok" must mean the figures were checked.
#include "core/validate/rules/rule_support.hpp"

#include <algorithm>
#include <cmath>

namespace ita::rules {

void figureNotChecked(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw) return; // ITA015 or ITA016 says why
    static const char *const explained[] = {msg::code::MissingIndicator,  msg::code::DuplicateIndicator,
                                            msg::code::ScoreNotNumber,    msg::code::ScoreOutOfRange,
                                            msg::code::NoFramework,       msg::code::NoFiscalYear,
                                            msg::code::NoScoreTable,      msg::code::ScoreMissing,
                                            msg::code::ScoresNotFilledIn, msg::code::ScoresNotRead};
    for (const auto &f : out)
        for (const char *c : explained)
            if (f.code == c) return;

    std::vector<const Stated<double> *> totals;
    for (const auto &st : ctx.facts.statedTotals)
        if (!previousColumnTable(ctx, st.at)) totals.push_back(&st);
    std::vector<const Stated<std::string> *> ratings;
    for (const auto &sr : ctx.facts.statedRatings)
        if (!previousColumnTable(ctx, sr.at)) ratings.push_back(&sr);
    if (totals.empty() && (ratings.empty() || !ctx.fiscalYear)) return;

    const ScoreTable *ref = referenceTable(ctx);
    const Scores s = ref ? usableScores(*ref) : Scores{};
    if (weightedTotal(*ctx.fw, s)) return;
    if (toolScoreTotal(ctx)) return; // recomputed from the tool scores (ITA026)
    // One table per tool ("ตัวชี้วัด (IIT) | คะแนน" ...): together they give every score.
    Scores all;
    bool clash = false;
    for (const auto &t : ctx.facts.tables)
        for (const auto &[n, v] : usableScores(t)) {
            auto [it, added] = all.emplace(n, v);
            clash = clash || (!added && !same2(it->second, v));
        }
    if (!clash && !totals.empty())
        if (auto total = weightedTotal(*ctx.fw, all)) {
            const double tol = ctx.options.tolerance;
            for (const auto *st : totals) {
                if (std::fabs(st->value - *total) <= tol + 1e-9) continue;
                const std::string found = fixed2Like(st->value, st->text);
                const std::string expected = fixed2Like(round2(*total), st->text);
                MessageArgs a(ctx);
                a.set("found", found)
                    .set("expected", expected)
                    .set("difference", fixed2Like(std::fabs(st->value - round2(*total)), st->text))
                    .set("tolerance", fixed2Like(tol, st->text))
                    .number("year", ctx.fiscalYear.value_or(ctx.fw->fiscalYear))
                    .where("where", st->at);
                out.push_back(makeFinding(msg::code::TotalMismatch, Severity::Error, std::nullopt, {st->at},
                                          expected, found, a));
            }
            return;
        }

    MessageArgs a(ctx);
    a.set("reason", s.empty() ? (totals.empty() ? "total" : "none") : "partial")
        .number("read", static_cast<long>(s.size()))
        .number("count", static_cast<long>(ctx.fw->indicators.size()));
    std::vector<Location> at;
    std::string found;
    if (!totals.empty()) {
        for (const auto *t : totals)
            at.push_back(t->at);
        found = totals.front()->text;
        a.set("what", "total");
    } else {
        for (const auto *r : ratings)
            at.push_back(r->at);
        found = ratings.front()->value;
        a.set("what", "rating");
    }
    a.set("found", found).where("where", at.front());
    out.push_back(makeFinding(msg::code::FigureNotChecked, Severity::Warning, std::nullopt, std::move(at), "",
                              found, a));
}

} // namespace ita::rules
