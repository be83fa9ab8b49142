// ITA004: a score outside 0-100, typically a slipped decimal point (805.0 for 80.50): an
// indicator's, or one of the sub-question scores listed under it (ITAS gives every item a
// score on the same 0-100 scale, OIT items 0 or 100).
#include "core/validate/rules/finding_builder.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kScoreOutOfRange{
    "ITA004", Severity::Error,
    "คะแนนตัวชี้วัดที่ {indicator} {name} คือ {found} ซึ่งอยู่นอกช่วง 0–100 ({where}) กรุณาตรวจสอบคะแนน",
    "The score of indicator {indicator} ({name}) is {found}, outside the range 0–100 ({where}). "
    "Check the score."};

// ITA004 for a sub-question row under an indicator ("i1 …", "1.1 …", "ข้อ 5 …")
constexpr FindingText kItemOutOfRange{
    "ITA004.item", Severity::Error,
    "คะแนนข้อ “{item}” ของตัวชี้วัดที่ {indicator} {name} คือ {found} ซึ่งอยู่นอกช่วง 0–100 ({where}) "
    "กรุณาตรวจสอบคะแนน",
    "The score of item \"{item}\" under indicator {indicator} ({name}) is {found}, outside the range "
    "0–100 ({where}). Check the score."};

bool inRange(double v) {
    return v >= 0 && v <= 100;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = ctx.names();
    for (const auto &t : ctx.facts().tables) {
        for (const auto &e : t.entries) {
            if (e.score && !inRange(*e.score)) {
                std::string found = fixed2Like(*e.score, e.scoreText);
                std::string expected = writesThai(e.scoreText) ? "๐–๑๐๐" : "0–100";
                MessageArgs a(ctx);
                a.indicator(names, e.indicator).set("found", found).where("where", e.scoreAt);
                out.push_back(
                    makeFinding(kScoreOutOfRange, e.indicator, {e.scoreAt, e.nameAt}, expected, found, a));
            }
            for (const auto &item : e.items) {
                if (!item.score || !item.scoreAt || inRange(*item.score)) continue;
                std::string found = fixed2Like(*item.score, item.scoreText);
                std::string expected = writesThai(item.scoreText) ? "๐–๑๐๐" : "0–100";
                MessageArgs a(ctx);
                a.indicator(names, e.indicator)
                    .set("item", shortText(item.label, 40))
                    .set("found", found)
                    .where("where", *item.scoreAt);
                out.push_back(makeFinding(kItemOutOfRange, e.indicator, {*item.scoreAt, item.labelAt},
                                          expected, found, a));
            }
        }
    }
}

} // namespace

extern constexpr Rule scoreOutOfRange{"score_out_of_range", {&kScoreOutOfRange, &kItemOutOfRange}, check};

} // namespace ita::rules
