// ITA001: a table that lists the indicators lacks one.
#include "core/validate/rules/finding_builder.hpp"

#include <algorithm>
#include <vector>

namespace ita::rules {

namespace {

constexpr FindingText kMissingIndicator{
    "ITA001", Severity::Error, "ไม่พบตัวชี้วัดที่ {indicator} {name} ในตารางคะแนน ({where}) กรุณาเพิ่มคะแนนของตัวชี้วัดนี้",
    "Indicator {indicator} ({name}) is missing from the score table ({where}). Add its score."};

// A table of exactly one tool's indicators is that tool's breakdown, not a list with
// gaps: "IIT: 1-5" is complete for what it shows.
bool isOneToolTable(const std::vector<int> &present, const Framework &fw) {
    for (const auto &tool : fw.tools) {
        if (tool.indicators.size() != present.size()) continue;
        std::vector<int> t = tool.indicators;
        std::sort(t.begin(), t.end());
        if (t == present) return true;
    }
    return false;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw()) return;
    const Framework &fw = *ctx.fw();
    for (const auto &t : ctx.facts().tables) {
        std::vector<int> present;
        for (const auto &e : t.entries)
            present.push_back(e.indicator);
        std::sort(present.begin(), present.end());
        present.erase(std::unique(present.begin(), present.end()), present.end());
        // Fewer than five: a fragment ("the weakest indicators"), not the list.
        if (present.size() < 5 || t.entries.empty()) continue;
        if (isOneToolTable(present, fw)) continue;
        std::vector<int> missing;
        for (const auto &d : fw.indicators)
            if (!std::binary_search(present.begin(), present.end(), d.number)) missing.push_back(d.number);
        // A row whose name was copied from another row explains one gap: the duplicate
        // finding already points at it.
        size_t explained = duplicatedIndicators(t).size();
        if (missing.size() <= explained) continue;
        Location at = t.entries.front().nameAt;
        if (t.headerRow >= 0 && t.nameCol >= 0 && t.grid >= 0 &&
            t.grid < static_cast<int>(ctx.doc().grids.size()))
            at = Location::cell(ctx.doc().grids[static_cast<size_t>(t.grid)], t.headerRow, t.nameCol);
        for (int n : missing) {
            MessageArgs a(ctx);
            a.indicator(ctx.names() ? ctx.names() : &fw, n).where("where", at);
            out.push_back(makeFinding(kMissingIndicator, n, {at}, nameTh(&fw, n), "", a));
        }
    }
}

} // namespace

extern constexpr Rule missingIndicator{"missing_indicator", {&kMissingIndicator}, check};

} // namespace ita::rules
