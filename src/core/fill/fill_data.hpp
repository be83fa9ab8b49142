// What a template is filled with: fields, lists of records and conditions, built from
// the score-sheet workbook (or any document the validator reads) plus run-time settings.
// Names are the canonical English keys of docs/fill-language.md; fill_schema.hpp maps
// the Thai names and aliases onto them.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/model/grid.hpp"
#include "core/text/thai_text.hpp"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ita::fill {

enum class ValueType { Text, Number, Date };

struct FillValue {
    ValueType type = ValueType::Text;
    bool empty = true;
    std::string text;  // Text
    double number = 0; // Number
    int decimals = 2;  // Number: default decimals
    thai::Date date{}; // Date

    static FillValue none(ValueType t) {
        FillValue v;
        v.type = t;
        return v;
    }
    static FillValue ofText(std::string s) {
        FillValue v;
        v.type = ValueType::Text;
        v.empty = s.empty();
        v.text = std::move(s);
        return v;
    }
    static FillValue ofNumber(double n, int decimals) {
        FillValue v;
        v.type = ValueType::Number;
        v.empty = false;
        v.number = n;
        v.decimals = decimals;
        return v;
    }
    static FillValue ofNumber(const std::optional<double> &n, int decimals) {
        if (!n) {
            FillValue v;
            v.type = ValueType::Number;
            return v;
        }
        return ofNumber(*n, decimals);
    }
    static FillValue ofDate(const thai::Date &d) {
        FillValue v;
        v.type = ValueType::Date;
        v.empty = false;
        v.date = d;
        return v;
    }
};

struct FillRecord {
    std::map<std::string, FillValue> fields;
    std::map<std::string, bool> conditions;
    std::map<std::string, std::vector<FillRecord>> lists;

    const FillValue *field(const std::string &key) const {
        auto it = fields.find(key);
        return it == fields.end() ? nullptr : &it->second;
    }
};

struct FillData {
    FillRecord root;
    bool thaiDigits = true; // the default digit system of every inserted value
};

// Run-time settings: the Fill dialog, `ita fill` options.
struct FillSettings {
    std::optional<thai::Date> date; // the memo's date; today when unset
    std::string letterNumber;       // "" prints "ลป ๗๕๒๐๑/-"
    bool thaiDigits = true;
    std::optional<int> fiscalYear; // overrides the stated year
    // --set FIELD=VALUE, by Thai or English name (root fields only). Applied last.
    std::vector<std::pair<std::string, std::string>> overrides;
};

struct FillDataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reads the workbook the way validation does (facts, primary score table, measures), analyses
// the scores with the fiscal year's framework and reads the labelled agency block.
// Throws FillDataError (Thai, with the English in parentheses) when there is no fiscal year,
// no framework for it, no complete score table, or an override names an unknown field.
FillData buildFillData(const SourceDocument &doc, const FrameworkRegistry &registry,
                       const FillSettings &settings = {});

// Applies --set overrides to d (also used by buildFillData). Throws FillDataError for an
// unknown field name.
void applyOverrides(FillData &d, const std::vector<std::pair<std::string, std::string>> &overrides);

// The first sentence of the field "summary" (total, rating, change); the analysis
// sentences of core/analysis/summary.hpp follow it.
std::string summarySentence(const FillRecord &root, bool thaiDigits);

// The agency block labels read from any sheet: label cell -> value to its right (or below).
// Exposed for tests and for the template author's documentation.
struct AgencyLabel {
    const char *key;                  // canonical field key
    std::vector<const char *> labels; // Thai labels accepted (compact form)
};
const std::vector<AgencyLabel> &agencyLabels();

} // namespace ita::fill
