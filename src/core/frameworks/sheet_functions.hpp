// What the spreadsheet functions (ITA.TOTAL, ITA.RATING, ITA.TOOLSCORE) compute, on
// plain values: the add-in only converts Calc's arguments and turns UserError into a
// cell error. Every tool code, count and level comes from the framework.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/frameworks/scoring.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita::sheetfn {

// One cell of a range as Calc passes it: a number, a text (Thai or Arabic digits) or empty.
struct Value {
    std::optional<double> number;
    std::string text;
};

// The indicator scores of a range, in the framework's indicator order; empty cells are
// skipped. Throws UserError (argument 0) for a text that is no number, a score outside
// 0..100, or a count other than the framework's number of indicators.
Scores scores(const Framework &fw, const std::vector<Value> &cells);
double total(const Framework &fw, const std::vector<Value> &cells);
// tool: a tool code of the framework, any case. Throws UserError (argument 2) for another.
double toolScore(const Framework &fw, const std::vector<Value> &cells, const std::string &tool);
// toolScores: the tool scores given, in the framework's tool order (nullopt: not given).
// Throws UserError when the total or a tool score is outside 0..100, when more scores
// than tools are given, or when the total reaches a level with conditions on the tool
// scores and not every tool score is given.
const RatingLevel &rating(const Framework &fw, double total,
                          const std::vector<std::optional<double>> &toolScores);

} // namespace ita::sheetfn
