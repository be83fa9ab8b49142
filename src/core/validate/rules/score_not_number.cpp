// ITA003: a score cell that is not a number ("8O.5", "80,78,", "-").
// ITA018: an indicator's score cell left empty among filled ones; ITA019: a score table
// whose scores are all empty, a form not filled in yet (one finding for the table).
#include "core/validate/rules/finding_builder.hpp"

#include "core/text/thai_text.hpp"

#include <algorithm>

namespace ita::rules {

namespace {

constexpr FindingText kScoreNotNumber{
    "ITA003", Severity::Error,
    "คะแนนตัวชี้วัดที่ {indicator} {name} ไม่ใช่ตัวเลข (พบ “{found}”) ({where}) กรุณากรอกคะแนนเป็นตัวเลข",
    "The score of indicator {indicator} ({name}) is not a number: found \"{found}\" ({where}). "
    "Enter the score as a number."};

// ITA003 for a score cell whose formula fails ("#NAME?", "Err:502")
constexpr FindingText kFormulaError{
    "ITA003.formula", Severity::Error,
    "เซลล์คะแนนตัวชี้วัดที่ {indicator} {name} มีสูตรที่คำนวณผิดพลาด (พบ “{found}”) ({where}) "
    "กรุณาแก้สูตรหรือกรอกคะแนนเป็นตัวเลข",
    "The score cell of indicator {indicator} ({name}) holds a formula error ({found}) ({where}). "
    "Correct the formula or enter the score as a number."};

constexpr FindingText kScoreMissing{
    "ITA018", Severity::Error, "ยังไม่ได้กรอกคะแนนตัวชี้วัดที่ {indicator} {name} ({where})",
    "The score of indicator {indicator} ({name}) has not been filled in ({where})."};

constexpr FindingText kScoresNotFilledIn{"ITA019", Severity::Warning, "ตารางคะแนนยังไม่ได้กรอกคะแนน ({where})",
                                         "The score table has no scores filled in yet ({where})."};

bool blank(const ScoreEntry &e) {
    return !e.score && thai::normalize(e.scoreText).empty();
}

// What a spreadsheet shows for a formula that fails: "#NAME?", "#DIV/0!", "#N/A",
// "Err:502". Said as such: the clerk must mend the formula, not retype a number.
bool formulaError(const std::string &text) {
    if (text.rfind("Err:", 0) == 0) return true;
    if (text.size() < 3 || text[0] != '#') return false;
    const char last = text.back();
    return last == '!' || last == '?' || text == "#N/A" || text == "#NULL!";
}

// Where to write the scores: the score column's header, else the first score cell.
Location tableWhere(const RuleContext &ctx, const ScoreTable &t) {
    if (t.headerRow >= 0 && t.scoreCol >= 0 && t.grid >= 0 &&
        t.grid < static_cast<int>(ctx.doc().grids.size()))
        return Location::cell(ctx.doc().grids[static_cast<size_t>(t.grid)], t.headerRow, t.scoreCol);
    return t.entries.front().scoreAt;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = ctx.names();
    for (const auto &t : ctx.facts().tables) {
        if (t.entries.empty()) continue;
        const bool anyNumber = std::any_of(t.entries.begin(), t.entries.end(),
                                           [](const ScoreEntry &e) { return e.score.has_value(); });
        if (!anyNumber) {
            // No number at all: a blank form (every score empty) is said once; a table of
            // names with text beside them is no score table with a typo.
            if (!std::all_of(t.entries.begin(), t.entries.end(), blank)) continue;
            const Location at = tableWhere(ctx, t);
            MessageArgs a(ctx);
            a.where("where", at);
            std::vector<Location> where{at};
            if (!(t.entries.front().scoreAt == at)) where.push_back(t.entries.front().scoreAt);
            out.push_back(makeFinding(kScoresNotFilledIn, std::nullopt, std::move(where), "", "", a));
            continue;
        }
        for (const auto &e : t.entries) {
            if (e.score) continue;
            MessageArgs a(ctx);
            a.indicator(names, e.indicator).where("where", e.scoreAt);
            if (blank(e)) {
                out.push_back(makeFinding(kScoreMissing, e.indicator, {e.scoreAt, e.nameAt}, "", "", a));
                continue;
            }
            const std::string text = thai::normalize(e.scoreText);
            a.set("found", text);
            out.push_back(makeFinding(formulaError(text) ? kFormulaError : kScoreNotNumber, e.indicator,
                                      {e.scoreAt, e.nameAt}, "", text, a));
        }
    }
}

} // namespace

extern constexpr Rule scoreNotNumber{
    "score_not_number", {&kScoreNotNumber, &kFormulaError, &kScoreMissing, &kScoresNotFilledIn}, check};

} // namespace ita::rules
