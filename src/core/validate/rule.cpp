#include "core/validate/rule.hpp"

#include "core/model/fiscal_year.hpp"

#include <utility>

namespace ita {

std::string FindingText::code() const {
    const std::string_view k = key;
    return std::string(k.substr(0, k.find('.')));
}

RuleContext::RuleContext(const SourceDocument &doc, const DocumentFacts &facts,
                         const std::vector<MeasureRow> &measures, const FrameworkRegistry &registry,
                         const ValidationOptions &options, const Framework *fw, std::optional<int> fiscalYear,
                         std::optional<AssessedYear> assessed)
    : doc_(doc), facts_(facts), measures_(measures), registry_(registry), fw_(fw),
      names_(fw ? fw : registry.latest()), fiscalYear_(fiscalYear), assessed_(std::move(assessed)),
      documentYear_(assessed_ && facts.fiscalYear ? std::optional<int>(facts.fiscalYear->value)
                                                  : std::nullopt),
      fiscalYearGiven_(options.fiscalYear.has_value()),
      currentYearBE_(options.currentYearBE.value_or(clockYearBE())), tolerance_(options.tolerance),
      referenceTable_(names_ ? primaryTable(facts, *names_, options.tolerance) : nullptr) {}

const Rule *findRule(std::string_view name) {
    for (const Rule *rule : allRules())
        if (name == rule->name) return rule;
    return nullptr;
}

const FindingText *findingText(std::string_view key) {
    for (const Rule *rule : allRules())
        for (size_t i = 0; i < rule->textCount; ++i)
            if (key == rule->texts[i]->key) return rule->texts[i];
    return nullptr;
}

} // namespace ita
