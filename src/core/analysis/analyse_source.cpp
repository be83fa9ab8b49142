#include "core/analysis/analyse_source.hpp"

#include "core/analysis/table_scores.hpp"
#include "core/model/fiscal_year.hpp"
#include "core/read/document_facts.hpp"
#include "core/text/user_error.hpp"

namespace ita {

Analysis analyseSource(const SourceDocument &doc, const FrameworkRegistry &registry,
                       const AnalyseOptions &options) {
    const std::string name = options.documentName.empty() ? doc.path : options.documentName;
    std::optional<int> year = options.fiscalYear;
    if (!year) {
        if (auto stated = findFiscalYear(doc)) {
            const int current = options.currentYearBE.value_or(clockYearBE());
            if (!plausibleFiscalYear(stated->value, current))
                throw UserError("analysis.error.implausibleYear",
                                {{"year", stated->text}, {"document", name}});
            year = stated->value;
        }
    }
    if (!year) throw UserError("analysis.error.noYear", {{"document", name}});
    // A plan for FY N reporting the FY N-1 assessment holds N-1's scores (as validate reads them).
    const Framework *names = registry.find(*year);
    if (!names) names = registry.latest();
    DocumentFacts facts;
    if (names) facts = readFacts(doc, *names);
    if (!options.fiscalYear)
        if (auto earlier = earlierAssessment(facts, *year)) year = earlier->year.value;
    const Framework &fw = registry.require(*year);
    if (&fw != names) facts = readFacts(doc, fw);
    const ScoreTable *table = primaryTable(facts, fw, options.tolerance);
    if (!table) throw UserError("analysis.error.noTable", {{"document", name}});
    const Scores scores = usableScores(*table);
    if (const std::vector<int> missing = missingIndicators(fw, scores); !missing.empty()) {
        const msg::Args args{{"document", name},
                             {"year", std::to_string(fw.fiscalYear)},
                             {"count", std::to_string(missing.size())},
                             {"indicators", numberList(missing)}};
        throw UserError("analysis.error.incomplete", args);
    }
    const Scores previous = previousScores(*table);
    std::optional<Scores> prev;
    if (isComplete(previous, fw)) prev = previous;
    return analyse(fw, scores, prev);
}

} // namespace ita
