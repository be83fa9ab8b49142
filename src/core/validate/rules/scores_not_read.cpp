// ITA023: a table names indicators but not one of its scores reads as a number ("๘๘.๕๒ %",
// "แปดสิบ"): without it every figure of the document goes unchecked, and "ok" would lie.
// A blank form is ITA019; a table of names with words and no digits beside them under no
// score header is no score table at all.
#include "core/validate/rules/finding_builder.hpp"

#include "core/text/thai_text.hpp"

#include <algorithm>

namespace ita::rules {

namespace {

constexpr FindingText kScoresNotRead{
    "ITA023", Severity::Warning,
    "พบชื่อตัวชี้วัด {count} รายการ ({where}) แต่อ่านคะแนนเป็นตัวเลขไม่ได้เลย (เช่น “{found}”) "
    "จึงยังไม่ได้ตรวจสอบคะแนน คะแนนรวม และระดับผลการประเมิน กรุณากรอกคะแนนเป็นตัวเลข เช่น {example}",
    "{count} indicators are named ({where}) but none of their scores reads as a number (e.g. \"{found}\"), "
    "so the scores, the total and the rating were not checked. Enter the scores as numbers, e.g. {example}."};

bool anyDigit(const std::string &s) {
    return thai::digitSystem(s) != thai::DigitSystem::None;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    for (const auto &t : ctx.facts().tables) {
        if (t.entries.empty()) continue;
        if (std::any_of(t.entries.begin(), t.entries.end(),
                        [](const ScoreEntry &e) { return e.score.has_value(); }))
            continue;
        const ScoreEntry *written = nullptr;
        for (const auto &e : t.entries)
            if (!written && !thai::normalize(e.scoreText).empty()) written = &e;
        if (!written) continue; // a blank form: ITA019
        const bool digits = std::any_of(t.entries.begin(), t.entries.end(),
                                        [](const ScoreEntry &e) { return anyDigit(e.scoreText); });
        if (!digits && t.headerRow < 0) continue;
        const std::string found = shortText(thai::normalize(written->scoreText), 30);
        const bool thaiDigits = writesThai(found) || documentWritesThai(ctx);
        MessageArgs a(ctx);
        a.number("count", static_cast<long>(t.entries.size()))
            .set("found", found)
            .set("example", thaiDigits ? "๘๘.๕๒" : "88.52", "88.52")
            .where("where", written->scoreAt);
        out.push_back(
            makeFinding(kScoresNotRead, std::nullopt, {written->scoreAt, written->nameAt}, "", found, a));
    }
}

} // namespace

extern constexpr Rule scoresNotRead{"scores_not_read", {&kScoresNotRead}, check};

} // namespace ita::rules
