// Shared by the validation rules: building findings with both messages, and
// the few judgements several rules must make the same way (which scores are
// usable, which table is the reference, how a number is displayed).
#pragma once

#include "core/analysis/table_scores.hpp"
#include "core/frameworks/scoring.hpp"
#include "core/text/messages.hpp"
#include "core/validate/rule.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ita::rules {

// The same argument can read differently per language (a place, an indicator's name).
struct MessageArgs {
    msg::Args th, en;
    bool thaiDigits = false; // numbers in the Thai message follow the document's digits
    MessageArgs() = default;
    explicit MessageArgs(const RuleContext &ctx);
    MessageArgs &number(const std::string &key, long value);
    MessageArgs &set(const std::string &key, const std::string &value);
    MessageArgs &set(const std::string &key, const std::string &thValue, const std::string &enValue);
    MessageArgs &where(const std::string &key, const Location &at);
    // {indicator} (number) and {name} (Thai / English name)
    MessageArgs &indicator(const Framework *names, int number);
};

// A finding of the kind `text` declares (its code, severity and messages).
Finding makeFinding(const FindingText &text, std::optional<int> indicator, std::vector<Location> locations,
                    std::string expected, std::string found, const MessageArgs &args);

// The digits the document writes its scores in (Thai when it has more Thai than Arabic).
bool documentWritesThai(const RuleContext &ctx);

// True when the text writes its digits in Thai (๐-๙); mixed text counts as Thai
// because a clerk who typed one Thai digit meant Thai digits.
bool writesThai(std::string_view text);
std::string fixed2(double v, bool thai);
// v with 2 decimals in the digit system that `like` was written in
std::string fixed2Like(double v, std::string_view like);
std::string integerLike(long v, std::string_view like);

// At most maxChars code points, with "…" when cut (a measure's text can fill a page).
std::string shortText(const std::string &s, size_t maxChars);

// Scores compared as published: to 2 decimals.
bool same2(double a, double b);

std::string nameTh(const Framework *names, int number);
std::string nameEn(const Framework *names, int number);

// The two-year table whose previous-year column holds the cell at (a total or rating stated
// there is last year's), nullptr otherwise.
const ScoreTable *previousColumnTable(const RuleContext &ctx, const Location &at);
const ScoreEntry *entryOf(const ScoreTable &t, int indicator); // nullptr when absent or duplicated

// Does this set of scores reproduce any stated total? (needs the framework in force)
bool reproducesStatedTotal(const RuleContext &ctx, const Scores &scores);

// The total the stated tool scores give with the year's weights, when the document states a
// score for every tool of ctx.fw (tool_score_total.cpp); and those scores by tool code.
std::optional<double> toolScoreTotal(const RuleContext &ctx);
std::map<std::string, double> statedToolScores(const RuleContext &ctx);

bool dateBefore(const thai::Date &a, const thai::Date &b);

// Tables compared cell by cell: pairs of entries for the same indicator with different scores.
// Empty when the two tables hold different data sets (another year, another agency): more than
// half of the shared indicators disagree.
struct CrossMismatch {
    const ScoreEntry *a;
    const ScoreEntry *b;
};
std::vector<CrossMismatch> crossMismatches(const ScoreTable &a, const ScoreTable &b);

} // namespace ita::rules
