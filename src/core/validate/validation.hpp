// Validation: every rule reads DocumentFacts (and the framework) and adds
// findings. One rule per file under validate/rules/ (rule.hpp says what a rule is).
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

// What the document gave the rules to judge: a report without findings of a document that had
// nothing of the kind (a measures plan, a memo without figures) must not read as "correct".
struct CheckedParts {
    bool scores = false; // scores were read and judged: an indicator table or figures, tool scores,
                         // a province's rows
    int measures = 0;    // measure rows read and judged
};

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
    CheckedParts checked;
    DocumentFacts facts;
    int errors() const;
    int warnings() const;
};

ValidationReport validate(const SourceDocument &doc, const FrameworkRegistry &registry,
                          const ValidationOptions &options = {});

} // namespace ita
