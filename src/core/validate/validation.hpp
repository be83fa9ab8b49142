// Validation: every rule reads DocumentFacts (and the framework) and adds
// findings. One rule per file under src/core/rules/.
#pragma once

#include "core/analysis/table_scores.hpp"
#include "core/frameworks/framework.hpp"
#include "core/model/finding.hpp"
#include "core/read/document_facts.hpp"
#include "core/read/measures.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita {

struct ValidationOptions {
    double tolerance = 0.02;          // stated vs recomputed total
    std::optional<int> fiscalYear;    // overrides the stated one (BE)
    std::optional<int> currentYearBE; // "this year" for the implausible-year rule; the clock when unset
};

struct RuleContext {
    const SourceDocument &doc;
    const DocumentFacts &facts;
    const Framework *fw; // nullptr when the year has no framework (or is implausible);
                         // registry.latest() when no year is stated (structure checks only)
    const FrameworkRegistry &registry;
    const ValidationOptions &options;
    const std::vector<MeasureRow> &measures;
    // Added for the rules; defaults keep older aggregate initialisations valid.
    const Framework *names = nullptr; // for indicator names: fw, else registry.latest()
    std::optional<int> fiscalYear;    // the year judged (BE); unset when none is stated or it is implausible
    int currentYearBE = 0;
    const ScoreTable *primary = nullptr; // primaryTable() under fw (else names), computed once by validate()
    // The year the document itself is for when its scores are an earlier year's (a FY N plan
    // reporting the FY N-1 assessment): its measures' year. Unset when it is fiscalYear.
    std::optional<int> documentYear;
};

using Rule = void (*)(const RuleContext &, std::vector<Finding> &);
const std::vector<std::pair<const char *, Rule>> &allRules(); // name, function

struct ValidationReport {
    std::string path;
    std::optional<int> fiscalYear;   // the year the scores are judged by
    std::optional<int> documentYear; // the year the document states for itself (a plan's year)
    const Framework *framework = nullptr;
    std::string agency;
    std::string district; // bare name ("บ้านไผ่"), "" when the document states none
    std::optional<double> statedTotal, computedTotal; // computed from the primary table
    std::string statedRating, computedRating;
    std::vector<Finding> findings; // sorted: grid, row, col, code
    DocumentFacts facts;
    int errors() const;
    int warnings() const;
};

ValidationReport validate(const SourceDocument &doc, const FrameworkRegistry &registry,
                          const ValidationOptions &options = {});

} // namespace ita
