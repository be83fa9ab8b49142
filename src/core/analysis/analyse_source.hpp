// From a read document to its analysis: the pipeline the Calc analysis sheet, the
// UNO service (and so `ita analyse`) and the Writer template fill share.
#pragma once

#include "core/analysis/analysis.hpp"
#include "core/frameworks/framework.hpp"
#include "core/model/grid.hpp"

#include <optional>
#include <string>

namespace ita {

struct AnalyseOptions {
    std::optional<int> fiscalYear;    // overrides the stated one (BE)
    double tolerance = 0.02;          // stated vs recomputed total, to pick the primary table
    std::optional<int> currentYearBE; // "this year" for the plausible-year check; the clock when unset
    std::string documentName;         // shown in messages; doc.path when empty
};

// The fiscal year is the one given, else the one the document states, which must be
// plausible (as validate() requires); the scores are the primary table's usable scores
// (duplicates and scores outside 0..100 left out, as the rules do), with last year's
// column when it is complete.
// Throws UserError (catalogue "analysis.error.*") when the year or a complete table is
// missing, FrameworkError when the year has no framework.
Analysis analyseSource(const SourceDocument &doc, const FrameworkRegistry &registry,
                       const AnalyseOptions &options = {});

} // namespace ita
