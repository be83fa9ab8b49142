// The judgements several rules must make the same way: which scores are equal as
// published, which table holds last year's column, what the stated tool scores give,
// where two tables disagree.
#pragma once

#include "core/analysis/table_scores.hpp"
#include "core/frameworks/scoring.hpp"
#include "core/text/thai_text.hpp"
#include "core/validate/rule.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ita::rules {

// Scores compared as published: to 2 decimals.
bool same2(double a, double b);

// The two-year table whose previous-year column holds the cell at (a total or rating stated
// there is last year's), nullptr otherwise.
const ScoreTable *previousColumnTable(const RuleContext &ctx, const Location &at);
const ScoreEntry *entryOf(const ScoreTable &t, int indicator); // nullptr when absent or duplicated

// Does this set of scores reproduce any stated total? (needs the framework in force)
bool reproducesStatedTotal(const RuleContext &ctx, const Scores &scores);

// The total the stated tool scores give with the year's weights, when the document states a
// score for every tool of ctx.fw (defined in tool_score_total.cpp); and those scores by tool code.
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
