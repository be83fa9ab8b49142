// The names of the fill language (docs/fill-language.md): every field, list, condition and
// format with its Thai name and English alias, resolved to one canonical key.
#pragma once

#include "core/fill/fill_data.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ita::fill {

// What record a name is looked up in: the document, or an item of a list.
enum class RecordKind { Root, Indicator, Tool, Measure };

// Spaces and zero-width characters removed, ASCII lower-cased, Thai digits made Arabic,
// '-' made '_': the form names are compared in.
std::string normalizeName(std::string_view name);

struct FieldRef {
    std::string key;
    ValueType type = ValueType::Text;
};
struct ListRef {
    std::string key;
    RecordKind item = RecordKind::Indicator;
};

// name is normalised by the caller. Root fields include the per-indicator ones ("i9", "i9_rank").
bool findField(RecordKind kind, const std::string &name, FieldRef &out);
// Lists visible in a record of kind `in` (tool_indicators only inside a tool).
bool findList(RecordKind in, const std::string &name, ListRef &out);
bool findCondition(RecordKind kind, const std::string &name, std::string &key);

// The fields a template can hold anywhere (docs/fill-language.md §5), in the order that
// document lists them: what ITA > Insert field offers. The five per-indicator fields come
// once each with N standing for the indicator's number ("คะแนนตัวชี้วัดที่N", "iN_name").
struct DocumentedField {
    std::string key; // canonical key ("total"; "i", "i_name" … for the per-indicator ones)
    std::string th;  // the Thai name as documented
    std::string en;  // the English alias as documented
    bool perIndicator = false;
};
std::vector<DocumentedField> documentedFields();

// The placeholder for a field named in any spelling the language accepts ("total",
// "คะแนน รวม", "i9", "คะแนนตัวชี้วัดที่๙"), written with its Thai name (Thai digits) or
// its English alias: "{{คะแนนรวม}}", "{{คะแนนตัวชี้วัดที่๙}}", "{{i9}}". Empty when the
// name is no field outside a repeat.
std::string placeholderFor(std::string_view name, bool english);

// Formats ("เลขไทย", "dec2", "signed", "long"...).
struct Format {
    int digits = 0;    // 0 default, 1 Thai, 2 Arabic
    int decimals = -1; // -1: the value's default
    bool sign = false, absolute = false;
    enum class DateStyle { Default, Long, Short, MonthYear, ShortMonthYear, Year } date = DateStyle::Default;
    bool numberOnly() const { return decimals >= 0 || sign || absolute; }
    bool dateOnly() const { return date != DateStyle::Default; }
};
// Adds one named format to f; false when the name is unknown.
bool addFormat(const std::string &normalizedName, Format &f);

// The value as text under the format and the document's digit system.
std::string formatValue(const FillValue &v, const Format &f, bool thaiDigits);

// Byte-level digit conversion (fast paths used while filling).
void appendThaiDigits(std::string &out, std::string_view s);
void appendArabicDigits(std::string &out, std::string_view s);
std::string fixedDecimals(double v, int decimals); // half away from zero, no "-0.00"

} // namespace ita::fill
