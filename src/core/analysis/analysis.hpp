// The analysis model that templates, the analysis sheet and `ita analyse` use.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/frameworks/scoring.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita {

struct IndicatorResult {
    int number = 0;
    std::string nameTh, nameEn, tool;
    double score = 0;
    int rank = 0; // 1 = best; ties broken by indicator number
    bool belowTarget = false;
    std::optional<double> previous, change;
};

struct ToolResult {
    std::string code, nameTh, nameEn;
    double weight = 0;       // 0..1
    double score = 0;        // mean of its indicators
    double contribution = 0; // weight * score
};

struct Analysis {
    int fiscalYear = 0;
    double total = 0;        // unrounded
    double totalRounded = 0; // 2 decimals
    std::string ratingCode, ratingLabelTh, ratingMeaningTh, ratingMeaningEn;
    double target = 85;
    std::vector<ToolResult> tools;
    std::vector<IndicatorResult> indicators; // by indicator number
    std::vector<int> ranking;                // indicator numbers, best first
    std::vector<int> strongest;              // every indicator with the highest score
    std::vector<int> weakest;                // every indicator with the lowest score
    std::vector<int> belowTarget;            // ascending score
    std::optional<double> previousTotal, totalChange;
};

// The framework's indicators that have no score, in framework order, and the same as
// "1, 6" for messages.
std::vector<int> missingIndicators(const Framework &fw, const Scores &scores);
std::string numberList(const std::vector<int> &numbers);

// Throws std::invalid_argument naming the missing indicators when scores are incomplete.
Analysis analyse(const Framework &fw, const Scores &scores, const std::optional<Scores> &previous = {});

} // namespace ita
