// Which scores of a table count: the one judgement validation, analysis and the
// template fill must make the same way.
#pragma once

#include "core/frameworks/scoring.hpp"
#include "core/read/document_facts.hpp"

#include <vector>

namespace ita {

// A score that arithmetic can use: a number in 0..100 of an indicator named once in its table.
Scores usableScores(const ScoreTable &t);
// Indicators named more than once in the table.
std::vector<int> duplicatedIndicators(const ScoreTable &t);
// Every indicator of fw has a score.
bool isComplete(const Scores &s, const Framework &fw);
// The previous-year column's scores (indicators named once, in 0..100).
Scores previousScores(const ScoreTable &t);

// The table taken as "the" scores of the document: the first complete one that
// reproduces the stated total, else the first complete one, else the largest.
const ScoreTable *primaryTable(const DocumentFacts &facts, const Framework &fw, double tolerance);

} // namespace ita
