// Weighted total, tool scores and rating of one set of indicator scores.
#pragma once

#include "core/frameworks/framework.hpp"

#include <map>
#include <optional>
#include <string>

namespace ita {

using Scores = std::map<int, double>; // indicator number -> score 0..100

// tool code -> mean of its indicators present in scores; a tool with none is absent.
std::map<std::string, double> toolScores(const Framework &fw, const Scores &scores);
// sum of tool weight * tool score; nullopt unless every indicator of fw is present.
std::optional<double> weightedTotal(const Framework &fw, const Scores &scores);
// Rating for a total (and, for the FY2566+ scheme, the tool scores).
// total is compared after rounding to 2 decimals, as published.
const RatingLevel *rate(const Framework &fw, double total, const std::map<std::string, double> &tools);

// Reading a stated rating text ("AA", "ผ่านดีเยี่ยม", "ระดับ B", "ผ่านการประเมิน").
struct RatingMatch {
    const RatingLevel *level = nullptr; // in the framework asked about
    bool fromOtherScheme = false;       // e.g. "AA" in FY2568: a letter grade where "pass" applies
    std::string otherSchemeCode;        // the code recognised in the other scheme
};
// registry-wide: recognises codes of every scheme; nullopt if the text is no rating.
std::optional<RatingMatch> matchRating(const Framework &fw, const std::vector<const Framework *> &all,
                                       const std::string &text);

double round2(double v); // half away from zero, on the decimal value (80.785 -> 80.79)

} // namespace ita
