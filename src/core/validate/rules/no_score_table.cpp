// ITA017: nothing to check the scores against: no indicator table, no measures, no figures.
#include "core/validate/rules/rule_support.hpp"

namespace ita::rules {

void noScoreTable(const RuleContext &ctx, std::vector<Finding> &out) {
    for (const auto &t : ctx.facts.tables)
        if (!t.entries.empty()) return;
    // A measures plan or a report that gives its figures in sentences is checked as such.
    if (!ctx.measures.empty() || !ctx.facts.textFigures.empty()) return;
    // A report of the three tool scores is checked by them (ITA026, ITA027).
    if (toolScoreTotal(ctx)) return;
    out.push_back(
        makeFinding(msg::code::NoScoreTable, Severity::Warning, std::nullopt, {}, "", "", MessageArgs{}));
}

} // namespace ita::rules
