// ITA002: one table names the same indicator twice (usually a name copied into the wrong row).
#include "core/validate/rules/finding_builder.hpp"

#include <map>

namespace ita::rules {

namespace {

constexpr FindingText kDuplicateIndicator{
    "ITA002", Severity::Error,
    "ตัวชี้วัดที่ {indicator} {name} ปรากฏซ้ำในตารางคะแนน ({first} และ {second}) "
    "กรุณาลบแถวที่ซ้ำให้เหลือแถวเดียว",
    "Indicator {indicator} ({name}) appears twice in the score table ({first} and {second}). "
    "Keep one row and remove the other."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = ctx.names();
    for (const auto &t : ctx.facts().tables) {
        std::map<int, const ScoreEntry *> first;
        for (const auto &e : t.entries) {
            auto [it, inserted] = first.emplace(e.indicator, &e);
            if (inserted) continue;
            const ScoreEntry &f = *it->second;
            MessageArgs a(ctx);
            a.indicator(names, e.indicator).where("first", f.nameAt).where("second", e.nameAt);
            out.push_back(makeFinding(kDuplicateIndicator, e.indicator, {f.nameAt, e.nameAt}, "",
                                      nameTh(names, e.indicator), a));
        }
    }
}

} // namespace

extern constexpr Rule duplicateIndicator{"duplicate_indicator", {&kDuplicateIndicator}, check};

} // namespace ita::rules
