// ITA022: an indicator below the target that no measure addresses. Only when the measures
// table says which indicators each measure serves: without that column nothing can be told.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <algorithm>
#include <set>

namespace ita::rules {

namespace {

constexpr FindingText kTargetNotAddressed{
    "ITA022", Severity::Warning,
    "ตัวชี้วัดที่ {indicator} {name} ได้ {score} คะแนน ต่ำกว่าเป้าหมาย {target} คะแนน "
    "แต่ยังไม่มีมาตรการใดรองรับ กรุณาเพิ่มมาตรการสำหรับตัวชี้วัดนี้",
    "Indicator {indicator} ({name}) scored {score}, below the target of {target}, but no measure "
    "addresses it. Add a measure for it."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw() || ctx.measures().empty()) return;
    bool hasColumn = std::any_of(ctx.measures().begin(), ctx.measures().end(),
                                 [](const MeasureRow &m) { return m.indicatorsAt.has_value(); });
    if (!hasColumn) return;
    const ScoreTable *ref = ctx.referenceTable();
    if (!ref) return;
    std::set<int> addressed;
    for (const auto &m : ctx.measures())
        addressed.insert(m.indicators.begin(), m.indicators.end());
    const double target = ctx.fw()->target;
    for (const auto &e : ref->entries) {
        if (entryOf(*ref, e.indicator) != &e || !e.score || *e.score < 0 || *e.score > 100) continue;
        if (round2(*e.score) >= target - 1e-9 || addressed.count(e.indicator)) continue;
        std::string score = fixed2Like(*e.score, e.scoreText);
        MessageArgs a(ctx);
        a.indicator(ctx.names(), e.indicator)
            .set("score", score)
            .set("target", fixed2Like(target, e.scoreText));
        out.push_back(makeFinding(kTargetNotAddressed, e.indicator, {e.scoreAt, e.nameAt}, "", score, a));
    }
}

} // namespace

extern constexpr Rule targetNotAddressed{"target_not_addressed", {&kTargetNotAddressed}, check};

} // namespace ita::rules
