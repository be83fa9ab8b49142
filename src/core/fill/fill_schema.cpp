#include "core/fill/fill_schema.hpp"

#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace ita::fill {
namespace {

struct NameDef {
    const char *key;
    const char *th; // normalised, as looked up
    ValueType type;
    const char *shown = nullptr; // as documented and inserted, when it differs from th
};
constexpr ValueType T = ValueType::Text, N = ValueType::Number, D = ValueType::Date;

const NameDef kRootFields[] = {
    {"agency", "หน่วยงาน", T},
    {"agency_type", "ประเภท", T},
    {"district", "อำเภอ", T},
    {"province", "จังหวัด", T},
    {"unit", "ส่วนราชการ", T},
    {"phone", "โทรศัพท์", T},
    {"letter_code", "ที่", T},
    {"executive_position", "ตำแหน่งผู้บริหาร", T},
    {"executive_name", "ชื่อผู้บริหาร", T},
    {"deputy_name", "ชื่อปลัด", T},
    {"deputy_position", "ตำแหน่งปลัด", T},
    {"author_name", "ชื่อผู้รายงาน", T},
    {"author_position", "ตำแหน่งผู้รายงาน", T},
    {"recipient", "เรียน", T},
    {"period", "รอบการรายงาน", T},
    {"period_range", "ช่วงรายงาน", T},
    {"date", "วันที่", D},
    {"letter_number", "เลขที่หนังสือ", T},
    {"reference", "ที่หนังสือ", T},
    {"fiscal_year", "ปีงบประมาณ", N},
    {"previous_year", "ปีงบประมาณก่อน", N},
    {"next_year", "ปีงบประมาณถัดไป", N},
    {"fiscal_period", "ช่วงปีงบประมาณ", T},
    {"total", "คะแนนรวม", N},
    {"rating", "ระดับ", T},
    {"rating_meaning", "ความหมายระดับ", T},
    {"target", "เป้าหมาย", N},
    {"gap", "ส่วนต่างเป้าหมาย", N},
    {"previous_total", "คะแนนรวมปีก่อน", N},
    {"previous_rating", "ระดับปีก่อน", T},
    {"change", "การเปลี่ยนแปลง", N},
    {"iit", "คะแนนiit", N, "คะแนนIIT"},
    {"eit", "คะแนนeit", N, "คะแนนEIT"},
    {"oit", "คะแนนoit", N, "คะแนนOIT"},
    {"strongest_names", "ตัวชี้วัดคะแนนสูงสุด", T},
    {"strongest_score", "คะแนนสูงสุด", N},
    {"weakest_names", "ตัวชี้วัดคะแนนต่ำสุด", T},
    {"weakest_score", "คะแนนต่ำสุด", N},
    {"below_target_count", "จำนวนตัวชี้วัดต่ำกว่าเป้าหมาย", N},
    {"measure_count", "จำนวนมาตรการ", N},
    {"summary", "สรุปผล", T},
};
const NameDef kIndicatorFields[] = {
    {"number", "ตัวชี้วัดที่", N},      {"name", "ชื่อ", T},          {"name_en", "ชื่ออังกฤษ", T},
    {"tool", "เครื่องมือ", T},       {"score", "คะแนน", N},      {"rank", "อันดับ", N},
    {"previous", "คะแนนปีก่อน", N}, {"change", "เปลี่ยนแปลง", N}, {"gap", "ส่วนต่างเป้าหมาย", N},
    {"index", "ลำดับ", N},
};
const NameDef kToolFields[] = {
    {"code", "รหัส", T},     {"name", "ชื่อ", T},     {"name_en", "ชื่ออังกฤษ", T},
    {"weight", "น้ำหนัก", N}, {"score", "คะแนน", N}, {"contribution", "คะแนนถ่วงน้ำหนัก", N},
    {"index", "ลำดับ", N},
};
const NameDef kMeasureFields[] = {
    {"measure", "มาตรการ", T},
    {"indicators", "ตัวชี้วัดที่เกี่ยวข้อง", T},
    {"indicator_names", "ชื่อตัวชี้วัดที่เกี่ยวข้อง", T},
    {"method", "วิธีการ", T},
    {"responsible", "ผู้รับผิดชอบ", T},
    {"period", "ระยะเวลา", T},
    {"start", "เริ่ม", D},
    {"end", "สิ้นสุด", D},
    {"monitoring", "การกำกับติดตาม", T},
    {"status", "สถานะ", T},
    {"status_mark", "เครื่องหมายสถานะ", T},
    {"result", "ผลการดำเนินการ", T},
    {"outcome", "ผลลัพธ์", T},
    {"suggestion", "ข้อเสนอแนะ", T},
    {"index", "ลำดับ", N},
};

struct CondDef {
    const char *key;
    const char *th;
};
const CondDef kRootConds[] = {
    {"below_target", "ต่ำกว่าเป้าหมาย"},
    {"meets_target", "ผ่านเป้าหมาย"},
    {"six_month", "รอบ6เดือน"},
    {"annual", "รอบ12เดือน"},
    {"has_previous", "มีปีก่อน"},
    {"improved", "เพิ่มขึ้น"},
    {"declined", "ลดลง"},
    {"letter_scheme", "เกณฑ์ระดับตัวอักษร"},
    {"pass_scheme", "เกณฑ์ผ่าน"},
};
const CondDef kIndicatorConds[] = {
    {"below_target", "ต่ำกว่าเป้าหมาย"},
    {"full", "เต็ม"},
    {"has_previous", "มีปีก่อน"},
    {"improved", "เพิ่มขึ้น"},
    {"declined", "ลดลง"},
};
const CondDef kToolConds[] = {{"below_target", "ต่ำกว่าเป้าหมาย"}, {"full", "เต็ม"}};
const CondDef kMeasureConds[] = {
    {"done", "ดำเนินการแล้ว"}, {"in_progress", "อยู่ระหว่างดำเนินการ"}, {"not_started", "ยังไม่ได้ดำเนินการ"}};

struct ListDef {
    const char *key;
    const char *th;
    RecordKind item;
};
const ListDef kRootLists[] = {
    {"indicators", "ตัวชี้วัด", RecordKind::Indicator},
    {"ranked", "ตัวชี้วัดเรียงตามคะแนน", RecordKind::Indicator},
    {"below_target", "ตัวชี้วัดต่ำกว่าเป้าหมาย", RecordKind::Indicator},
    {"strongest", "ตัวชี้วัดคะแนนสูงสุด", RecordKind::Indicator},
    {"weakest", "ตัวชี้วัดคะแนนต่ำสุด", RecordKind::Indicator},
    {"not_full", "ตัวชี้วัดไม่เต็ม", RecordKind::Indicator},
    {"tools", "เครื่องมือ", RecordKind::Tool},
    {"measures", "มาตรการ", RecordKind::Measure},
    {"measures_done", "มาตรการที่ดำเนินการแล้ว", RecordKind::Measure},
    {"measures_in_progress", "มาตรการที่อยู่ระหว่างดำเนินการ", RecordKind::Measure},
    {"measures_not_started", "มาตรการที่ยังไม่ได้ดำเนินการ", RecordKind::Measure},
};
const ListDef kToolLists[] = {{"tool_indicators", "ตัวชี้วัดของเครื่องมือ", RecordKind::Indicator}};

template <class Def, size_t K> const Def *lookup(const Def (&defs)[K], const std::string &name) {
    for (const Def &d : defs)
        if (name == d.key || name == d.th) return &d;
    return nullptr;
}

// The per-indicator fields: Thai prefix + N, or "i" + N + suffix.
struct IndicatorKind {
    const char *thPrefix;
    const char *suffix;
    ValueType type;
};
const IndicatorKind kIndicatorKinds[] = {{"คะแนนปีก่อนตัวชี้วัดที่", "_previous", N},
                                         {"เปลี่ยนแปลงตัวชี้วัดที่", "_change", N},
                                         {"คะแนนตัวชี้วัดที่", "", N},
                                         {"ชื่อตัวชี้วัดที่", "_name", T},
                                         {"อันดับตัวชี้วัดที่", "_rank", N}};
// In the order docs/fill-language.md lists them.
const IndicatorKind *const kIndicatorKindsDocumented[] = {
    &kIndicatorKinds[2], &kIndicatorKinds[3], &kIndicatorKinds[4], &kIndicatorKinds[0], &kIndicatorKinds[1]};

// "คะแนนตัวชี้วัดที่9", "i9_rank" -> "i9", "i9_rank".
bool indicatorField(const std::string &name, FieldRef &out) {
    const auto &kinds = kIndicatorKinds;
    auto number = [](std::string_view s) -> int {
        if (s.empty() || s.size() > 2) return 0;
        int n = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return 0;
            n = n * 10 + (c - '0');
        }
        return n >= 1 && n <= 10 ? n : 0;
    };
    for (const auto &k : kinds) {
        const std::string_view p = k.thPrefix;
        if (name.compare(0, p.size(), p) == 0) {
            int n = number(std::string_view(name).substr(p.size()));
            if (!n) return false;
            out = {"i" + std::to_string(n) + k.suffix, k.type};
            return true;
        }
    }
    if (name.size() >= 2 && name[0] == 'i') {
        const size_t us = name.find('_');
        int n =
            number(std::string_view(name).substr(1, us == std::string::npos ? std::string::npos : us - 1));
        if (!n) return false;
        const std::string suffix = us == std::string::npos ? "" : name.substr(us);
        for (const auto &k : kinds)
            if (suffix == k.suffix) {
                out = {name, k.type};
                return true;
            }
    }
    return false;
}

} // namespace

std::vector<DocumentedField> documentedFields() {
    std::vector<DocumentedField> out;
    for (const NameDef &d : kRootFields)
        out.push_back({d.key, d.shown ? d.shown : d.th, d.key, false});
    for (const IndicatorKind *k : kIndicatorKindsDocumented)
        out.push_back({std::string("i") + k->suffix, std::string(k->thPrefix) + "N",
                       std::string("iN") + k->suffix, true});
    return out;
}

std::string placeholderFor(std::string_view name, bool english) {
    FieldRef ref;
    if (!findField(RecordKind::Root, normalizeName(name), ref)) return {};
    for (const NameDef &d : kRootFields)
        if (ref.key == d.key) return "{{" + std::string(english ? d.key : d.shown ? d.shown : d.th) + "}}";
    // "i9_rank": the number, then the kind by its suffix.
    const size_t us = ref.key.find('_');
    const std::string number = ref.key.substr(1, us == std::string::npos ? std::string::npos : us - 1);
    const std::string suffix = us == std::string::npos ? "" : ref.key.substr(us);
    if (english) return "{{" + ref.key + "}}";
    for (const IndicatorKind &k : kIndicatorKinds)
        if (suffix == k.suffix) {
            std::string out = "{{" + std::string(k.thPrefix);
            appendThaiDigits(out, number);
            return out + "}}";
        }
    return {};
}

std::string normalizeName(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { // NBSP
            i += 2;
            continue;
        }
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
            const unsigned char d = static_cast<unsigned char>(s[i + 2]);
            if (d >= 0x8B && d <= 0x8D) { // zero-width space / (non-)joiner
                i += 3;
                continue;
            }
        }
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
            static_cast<unsigned char>(s[i + 2]) == 0xBF) { // BOM / ZWNBSP
            i += 3;
            continue;
        }
        if (c == 0xE0 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB9) {
            const unsigned char d = static_cast<unsigned char>(s[i + 2]);
            if (d >= 0x90 && d <= 0x99) { // Thai digit
                out += static_cast<char>('0' + (d - 0x90));
                i += 3;
                continue;
            }
        }
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c == '-')
            out += '_';
        else
            out += static_cast<char>(c);
        ++i;
    }
    return out;
}

bool findField(RecordKind kind, const std::string &name, FieldRef &out) {
    const NameDef *d = nullptr;
    switch (kind) {
    case RecordKind::Root:
        d = lookup(kRootFields, name);
        if (!d) return indicatorField(name, out);
        break;
    case RecordKind::Indicator:
        d = lookup(kIndicatorFields, name);
        break;
    case RecordKind::Tool:
        d = lookup(kToolFields, name);
        break;
    case RecordKind::Measure:
        d = lookup(kMeasureFields, name);
        break;
    }
    if (!d) return false;
    out = {d->key, d->type};
    return true;
}

bool findList(RecordKind in, const std::string &name, ListRef &out) {
    const ListDef *d = nullptr;
    if (in == RecordKind::Root) d = lookup(kRootLists, name);
    if (in == RecordKind::Tool) d = lookup(kToolLists, name);
    if (!d) return false;
    out = {d->key, d->item};
    return true;
}

bool findCondition(RecordKind kind, const std::string &name, std::string &key) {
    const CondDef *d = nullptr;
    switch (kind) {
    case RecordKind::Root:
        d = lookup(kRootConds, name);
        break;
    case RecordKind::Indicator:
        d = lookup(kIndicatorConds, name);
        break;
    case RecordKind::Tool:
        d = lookup(kToolConds, name);
        break;
    case RecordKind::Measure:
        d = lookup(kMeasureConds, name);
        break;
    }
    if (!d) return false;
    key = d->key;
    return true;
}

bool addFormat(const std::string &n, Format &f) {
    if (n == "thai" || n == "เลขไทย")
        f.digits = 1;
    else if (n == "arabic" || n == "เลขอารบิก")
        f.digits = 2;
    else if (n == "signed" || n == "เครื่องหมาย")
        f.sign = true;
    else if (n == "abs" || n == "ไม่มีเครื่องหมาย")
        f.absolute = true;
    else if (n == "long" || n == "วันที่เต็ม")
        f.date = Format::DateStyle::Long;
    else if (n == "short" || n == "วันที่ย่อ")
        f.date = Format::DateStyle::Short;
    else if (n == "month_year" || n == "เดือนปี")
        f.date = Format::DateStyle::MonthYear;
    else if (n == "short_month_year" || n == "เดือนปีย่อ")
        f.date = Format::DateStyle::ShortMonthYear;
    else if (n == "year" || n == "ปี")
        f.date = Format::DateStyle::Year;
    else {
        std::string_view digits;
        const std::string_view sv = n;
        if (sv.size() == 4 && sv.substr(0, 3) == "dec")
            digits = sv.substr(3);
        else if (sv.size() > 1 && sv.substr(0, sv.size() - 1) == "ทศนิยม")
            digits = sv.substr(sv.size() - 1);
        if (digits.size() != 1 || digits[0] < '0' || digits[0] > '4') return false;
        f.decimals = digits[0] - '0';
    }
    return true;
}

void appendThaiDigits(std::string &out, std::string_view s) {
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            out += '\xE0';
            out += '\xB9';
            out += static_cast<char>(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
}

void appendArabicDigits(std::string &out, std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\xE0' && i + 2 < s.size() && s[i + 1] == '\xB9' &&
            static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99) {
            out += static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90));
            i += 2;
        } else {
            out += s[i];
        }
    }
}

std::string fixedDecimals(double v, int decimals) {
    if (!std::isfinite(v)) return "";
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // The nudge puts 80.785 (stored as 80.78499...) back on its decimal value before
    // rounding half away from zero, as round2() does for published scores.
    const double s = v * scale;
    double r = std::round(s + (s >= 0 ? 1e-9 : -1e-9));
    if (r == 0) r = 0; // no "-0.00"
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, r / scale);
    return buf;
}

std::string formatValue(const FillValue &v, const Format &f, bool thaiDigits) {
    if (v.empty) return "";
    static const char *const kMonths[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                                          "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
    static const char *const kShort[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                         "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
    std::string s;
    switch (v.type) {
    case ValueType::Text:
        s = v.text;
        break;
    case ValueType::Number: {
        double n = f.absolute ? std::fabs(v.number) : v.number;
        s = fixedDecimals(n, f.decimals >= 0 ? f.decimals : v.decimals);
        if (f.sign && s.find_first_of("123456789") != std::string::npos && s[0] != '-') s.insert(0, "+");
        break;
    }
    case ValueType::Date: {
        const int m = v.date.month >= 1 && v.date.month <= 12 ? v.date.month - 1 : 0;
        const int be = v.date.year + 543;
        char yy[8];
        std::snprintf(yy, sizeof yy, "%02d", be % 100);
        switch (f.date) {
        case Format::DateStyle::Default:
        case Format::DateStyle::Long:
            s = std::to_string(v.date.day) + " " + kMonths[m] + " " + std::to_string(be);
            break;
        case Format::DateStyle::Short:
            s = std::to_string(v.date.day) + " " + kShort[m] + " " + yy;
            break;
        case Format::DateStyle::MonthYear:
            s = std::string(kMonths[m]) + " " + std::to_string(be);
            break;
        case Format::DateStyle::ShortMonthYear:
            s = std::string(kShort[m]) + " " + yy;
            break;
        case Format::DateStyle::Year:
            s = std::to_string(be);
            break;
        }
        break;
    }
    }
    const bool thai = f.digits == 1 || (f.digits == 0 && thaiDigits);
    std::string out;
    out.reserve(s.size() * 2);
    if (thai)
        appendThaiDigits(out, s);
    else
        appendArabicDigits(out, s);
    return out;
}

} // namespace ita::fill
