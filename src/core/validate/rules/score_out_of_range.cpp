// ITA004: a score outside 0-100, typically a slipped decimal point (805.0 for 80.50).
#include "core/validate/rules/finding_builder.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kScoreOutOfRange{
    "ITA004", Severity::Error,
    "คะแนนตัวชี้วัดที่ {indicator} {name} คือ {found} ซึ่งอยู่นอกช่วง 0–100 ({where}) กรุณาตรวจสอบคะแนน",
    "The score of indicator {indicator} ({name}) is {found}, outside the range 0–100 ({where}). "
    "Check the score."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = ctx.names();
    for (const auto &t : ctx.facts().tables) {
        for (const auto &e : t.entries) {
            if (!e.score || (*e.score >= 0 && *e.score <= 100)) continue;
            std::string found = fixed2Like(*e.score, e.scoreText);
            std::string expected = writesThai(e.scoreText) ? "๐–๑๐๐" : "0–100";
            MessageArgs a(ctx);
            a.indicator(names, e.indicator).set("found", found).where("where", e.scoreAt);
            out.push_back(
                makeFinding(kScoreOutOfRange, e.indicator, {e.scoreAt, e.nameAt}, expected, found, a));
        }
    }
}

} // namespace

extern constexpr Rule scoreOutOfRange{"score_out_of_range", {&kScoreOutOfRange}, check};

} // namespace ita::rules
