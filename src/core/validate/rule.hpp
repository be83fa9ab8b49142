// What a validation rule is and what it sees. A rule is one file under rules/: the texts of
// the findings it reports (code, severity, Thai and English) beside the check that reports
// them, and one line in rules/rule_list.cpp, which fixes the order the rules run in.
#pragma once

#include "core/analysis/table_scores.hpp"
#include "core/frameworks/framework.hpp"
#include "core/model/finding.hpp"
#include "core/read/document_facts.hpp"
#include "core/read/measures.hpp"
#include "core/text/messages.hpp"
#include "core/validate/validation.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ita {

// One kind of finding. The key is its code ("ITA001"), stable: users filter by it and
// documents cite it, never renumber; "ITA003.formula" is a second wording of ITA003.
// The texts are ICU MessageFormat patterns with named arguments ('' prints one
// apostrophe), part of the message catalogue: msg::text finds them by their key. Thai is
// written for the municipal legal officer: plain official Thai, the indicator as
// "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน" as in the reports themselves, the place in brackets.
struct FindingText {
    const char *key;
    Severity severity;
    const char *th;
    const char *en;
    std::string code() const; // the key up to its '.'
    msg::Text text() const { return {key, th, en}; }
};

// Everything a rule may read, judged once by validate(): the document and its facts, the
// framework in force and the year. Rules never see the options themselves.
class RuleContext {
  public:
    // fw: the year's framework; nullptr when the year has none or is implausible, the latest
    // when no year is stated (structure checks only). fiscalYear: the year judged. assessed:
    // the earlier assessment whose scores a plan or memo reports (earlierAssessment()), when
    // fiscalYear is that year and not the document's own.
    RuleContext(const SourceDocument &doc, const DocumentFacts &facts,
                const std::vector<MeasureRow> &measures, const FrameworkRegistry &registry,
                const ValidationOptions &options, const Framework *fw, std::optional<int> fiscalYear,
                std::optional<AssessedYear> assessed = std::nullopt);

    const SourceDocument &doc() const { return doc_; }
    const DocumentFacts &facts() const { return facts_; }
    const std::vector<MeasureRow> &measures() const { return measures_; }
    const FrameworkRegistry &registry() const { return registry_; }
    const Framework *fw() const { return fw_; }
    // For indicator names: fw(), else the latest framework on record (nullptr if none).
    const Framework *names() const { return names_; }
    // The year judged (BE); unset when none is stated or it is implausible.
    std::optional<int> fiscalYear() const { return fiscalYear_; }
    // The year the document itself is for when its scores are an earlier year's (a FY N plan
    // reporting the FY N-1 assessment): its measures' year. Unset when it is fiscalYear().
    std::optional<int> documentYear() const { return documentYear_; }
    // Where the document names that earlier assessment; unset with documentYear().
    const std::optional<AssessedYear> &assessedYear() const { return assessed_; }
    // The caller named the year (ValidationOptions::fiscalYear), not the document.
    bool fiscalYearGiven() const { return fiscalYearGiven_; }
    // "This year" (BE) for the plausibility of years: the options' or the clock's.
    int currentYearBE() const { return currentYearBE_; }
    double tolerance() const { return tolerance_; } // stated vs recomputed total
    // The reference table for judging claims: primaryTable() under fw(), else under names()
    // (structure only, no weights); nullptr when there is no table.
    const ScoreTable *referenceTable() const { return referenceTable_; }

  private:
    const SourceDocument &doc_;
    const DocumentFacts &facts_;
    const std::vector<MeasureRow> &measures_;
    const FrameworkRegistry &registry_;
    const Framework *fw_;
    const Framework *names_;
    std::optional<int> fiscalYear_;
    std::optional<AssessedYear> assessed_;
    std::optional<int> documentYear_;
    bool fiscalYearGiven_;
    int currentYearBE_;
    double tolerance_;
    const ScoreTable *referenceTable_;
};

// A rule: a stable name (tests pick rules by it), the kinds of finding it reports, and
// its check, which appends findings (it may read the ones earlier rules added).
struct Rule {
    using Check = void (*)(const RuleContext &, std::vector<Finding> &);
    static constexpr size_t kMaxTexts = 4;

    constexpr Rule(const char *name, std::initializer_list<const FindingText *> texts, Check check)
        : name(name), check(check) {
        for (const FindingText *t : texts)
            this->texts[textCount++] = t;
    }

    const char *name;
    std::array<const FindingText *, kMaxTexts> texts{};
    size_t textCount = 0;
    Check check;
};

// Every rule, in the order they run (rules/rule_list.cpp).
const std::vector<const Rule *> &allRules();
const Rule *findRule(std::string_view name);
// The finding text declared under this key by any rule, nullptr when none is.
const FindingText *findingText(std::string_view key);

} // namespace ita
