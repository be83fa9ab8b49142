#include "core/fill/fill_data.hpp"

#include "core/analysis/analyse_source.hpp"
#include "core/analysis/analysis.hpp"
#include "core/analysis/summary.hpp"
#include "core/fill/fill_schema.hpp"
#include "core/frameworks/scoring.hpp"
#include "core/read/document_facts.hpp"
#include "core/read/measures.hpp"
#include "core/text/messages.hpp"
#include "core/text/user_error.hpp"
#include "core/validate/validation.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

// The Thai words here are vocabulary, not messages: the agency block's labels, the measure
// table's column words, the status and period values the Thai documents are filled with (the
// catalogue test allow-lists this file for them). Messages come from the catalogue.
namespace ita::fill {
namespace {

// "Thai (English)", as FillDataError says everything.
[[noreturn]] void refuse(const char *key, const msg::Args &args) {
    throw FillDataError(UserError(key, args).what());
}

std::string monthYear(int ceYear, int month, bool abbreviated) {
    Format f;
    f.digits = 2;
    f.date = abbreviated ? Format::DateStyle::ShortMonthYear : Format::DateStyle::MonthYear;
    FillValue v = FillValue::ofDate(thai::Date{ceYear, month, 1});
    if (!abbreviated) return formatValue(v, f, false);
    // Abbreviated month with the full BE year: "ต.ค. 2567", as fiscalYearPeriod() writes it.
    f.date = Format::DateStyle::Year;
    const std::string year = formatValue(v, f, false);
    f.date = Format::DateStyle::ShortMonthYear;
    std::string s = formatValue(v, f, false);
    return s.substr(0, s.rfind(' ')) + " " + year;
}

thai::Date today() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
#ifdef _WIN32
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    return thai::Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string cellText(const Cell *c) {
    return c ? thai::normalize(c->text) : std::string();
}

// A label cell's key: compact, without a trailing ':'.
std::string labelKey(const std::string &text) {
    std::string k = thai::compact(text);
    while (!k.empty() && (k.back() == ':' || k.back() == '.')) {
        if (k.back() == '.' && k != "โทร.") break;
        k.pop_back();
    }
    return k;
}

void readAgencyBlock(const SourceDocument &doc, FillRecord &root) {
    for (const AgencyLabel &label : agencyLabels()) {
        bool found = false;
        for (const Grid &g : doc.grids) {
            for (int r = 0; r < g.rowCount() && !found; ++r) {
                const auto &row = g.rows[static_cast<size_t>(r)];
                for (int c = 0; c < static_cast<int>(row.size()) && !found; ++c) {
                    const std::string &t = row[static_cast<size_t>(c)].text;
                    if (t.empty() || t.size() > 80) continue;
                    const std::string key = labelKey(t);
                    if (std::find_if(label.labels.begin(), label.labels.end(),
                                     [&](const char *l) { return key == l; }) == label.labels.end())
                        continue;
                    std::string value;
                    for (int cc = c + 1; cc < static_cast<int>(row.size()) && value.empty(); ++cc)
                        value = cellText(g.at(r, cc));
                    if (value.empty()) value = cellText(g.at(r + 1, c));
                    if (value.empty()) continue;
                    root.fields[label.key] = FillValue::ofText(value);
                    found = true;
                }
            }
            if (found) break;
        }
    }
}

// The measures sheet's other columns, by header text (the core reads measure, indicators,
// responsible, period and status).
struct MeasureColumns {
    int method = -1, monitoring = -1, result = -1, outcome = -1, suggestion = -1;
};

MeasureColumns measureColumns(const Grid &g, int dataRow) {
    MeasureColumns mc;
    for (int r = dataRow - 1; r >= 0 && r >= dataRow - 200; --r) {
        const auto &row = g.rows[static_cast<size_t>(r)];
        bool measure = false, responsible = false;
        for (const Cell &c : row) {
            const std::string k = thai::compact(c.text);
            if (k.find("มาตรการ") != std::string::npos) measure = true;
            if (k.find("ผู้รับผิดชอบ") != std::string::npos) responsible = true;
        }
        if (!measure || !responsible) continue;
        for (int c = 0; c < static_cast<int>(row.size()); ++c) {
            const std::string k = thai::compact(row[static_cast<size_t>(c)].text);
            auto has = [&](const char *w) { return k.find(w) != std::string::npos; };
            if (has("ข้อเสนอแนะ"))
                mc.suggestion = c;
            else if (has("ผลลัพธ์") || has("ผลสำเร็จ"))
                mc.outcome = c;
            else if (has("ผลการดำเนิน"))
                mc.result = c;
            else if (has("ติดตาม"))
                mc.monitoring = c;
            else if (has("วิธีการ") || has("ขั้นตอน"))
                mc.method = c;
        }
        break;
    }
    return mc;
}

const char *statusText(MeasureStatus s) {
    switch (s) {
    case MeasureStatus::Done:
        return "ดำเนินการแล้ว";
    case MeasureStatus::InProgress:
        return "อยู่ระหว่างดำเนินการ";
    case MeasureStatus::NotStarted:
        return "ยังไม่ได้ดำเนินการ";
    case MeasureStatus::Unknown:
        break;
    }
    return "";
}

const char *statusMark(MeasureStatus s) {
    switch (s) {
    case MeasureStatus::Done:
        return "\u2713";
    case MeasureStatus::InProgress:
        return "\u25D0";
    case MeasureStatus::NotStarted:
        return "\u2717";
    case MeasureStatus::Unknown:
        break;
    }
    return "";
}

std::string joinNames(const Framework &fw, const std::vector<int> &numbers) {
    std::string s;
    for (size_t i = 0; i < numbers.size(); ++i) {
        const IndicatorDef *d = fw.indicator(numbers[i]);
        if (!d) continue;
        if (!s.empty()) s += i + 1 == numbers.size() ? " และ" : ",";
        if (!s.empty()) s += ' ';
        s += d->nameTh;
    }
    return s;
}

FillRecord indicatorRecord(const IndicatorResult &r, double target) {
    FillRecord rec;
    rec.fields["number"] = FillValue::ofNumber(r.number, 0);
    rec.fields["name"] = FillValue::ofText(r.nameTh);
    rec.fields["name_en"] = FillValue::ofText(r.nameEn);
    rec.fields["tool"] = FillValue::ofText(r.tool);
    rec.fields["score"] = FillValue::ofNumber(r.score, 2);
    rec.fields["rank"] = FillValue::ofNumber(r.rank, 0);
    rec.fields["previous"] = FillValue::ofNumber(r.previous, 2);
    rec.fields["change"] = FillValue::ofNumber(r.change, 2);
    rec.fields["gap"] = FillValue::ofNumber(std::max(0.0, round2(target - round2(r.score))), 2);
    rec.conditions["below_target"] = r.belowTarget;
    rec.conditions["full"] = round2(r.score) >= 100;
    rec.conditions["has_previous"] = r.previous.has_value();
    rec.conditions["improved"] = r.change && round2(*r.change) > 0;
    rec.conditions["declined"] = r.change && round2(*r.change) < 0;
    return rec;
}

void numberList(std::vector<FillRecord> &list) {
    for (size_t i = 0; i < list.size(); ++i)
        list[i].fields["index"] = FillValue::ofNumber(static_cast<double>(i + 1), 0);
}

// Fields computed from others: kept consistent after --set overrides.
// "อำเภอบ้านผือ" and "บ้านผือ" are both written in the อำเภอ cell; templates write
// "อำเภอ{{อำเภอ}}", so the value is the bare name.
void stripPrefix(FillRecord &root, const char *key, std::initializer_list<const char *> prefixes) {
    auto it = root.fields.find(key);
    if (it == root.fields.end() || it->second.empty) return;
    std::string &v = it->second.text;
    for (const char *p : prefixes) {
        const std::string prefix = p;
        if (v.rfind(prefix, 0) == 0 && v.size() > prefix.size()) {
            v = v.substr(v.find_first_not_of(' ', prefix.size()));
            return;
        }
    }
}

void derive(FillRecord &root) {
    stripPrefix(root, "district", {"อำเภอ", "อ."});
    stripPrefix(root, "province", {"จังหวัด", "จ."});
    const FillValue *fyv = root.field("fiscal_year");
    const int fy = fyv && !fyv->empty ? static_cast<int>(fyv->number) : 0;

    const FillValue *p = root.field("period");
    const std::string raw = p ? thai::compact(thai::toArabicDigits(p->text)) : "";
    const bool six = raw.find('6') != std::string::npos || raw.find("หก") != std::string::npos ||
                     raw.find("ครึ่ง") != std::string::npos;
    root.fields["period"] = FillValue::ofText(six ? "รอบ 6 เดือน" : "รอบ 12 เดือน");
    root.conditions["six_month"] = six;
    root.conditions["annual"] = !six;
    if (fy > 0) {
        const int ce = fy - 543;
        root.fields["period_range"] =
            FillValue::ofText(monthYear(ce - 1, 10, false) + " \u2013 " + monthYear(ce, six ? 3 : 9, false));
        root.fields["fiscal_period"] =
            FillValue::ofText(monthYear(ce - 1, 10, true) + " \u2013 " + monthYear(ce, 9, true));
    }

    const FillValue *code = root.field("letter_code");
    const FillValue *number = root.field("letter_number");
    std::string ref = code ? code->text : "";
    // "ลป ๗๕๒๐๑/-" written whole in the sheet's ที่ cell: the number replaces what
    // follows the slash instead of adding a second one
    const auto slash = ref.rfind('/');
    if (slash != std::string::npos) ref.erase(slash);
    if (!ref.empty() || (number && !number->empty)) {
        ref += "/";
        ref += number && !number->empty ? number->text : "-";
    }
    root.fields["reference"] = FillValue::ofText(ref);
    // A signer the sheet does not name prints as a dotted line to write on, as a
    // clerk leaves it by hand; never as an empty "( )".
    for (const char *key :
         {"author_name", "author_position", "deputy_name", "deputy_position", "executive_name"}) {
        const FillValue *v = root.field(key);
        if (!v || v->empty) root.fields[key] = FillValue::ofText(std::string(36, '.'));
    }
    if (!root.field("recipient") || root.field("recipient")->empty) {
        const FillValue *exec = root.field("executive_position");
        root.fields["recipient"] = FillValue::ofText(exec ? exec->text : "");
    }
}

std::optional<thai::Date> parseDate(const std::string &s) {
    int y = 0, m = 0, d = 0;
    const std::string a = thai::toArabicDigits(s);
    if (std::sscanf(a.c_str(), "%d-%d-%d", &y, &m, &d) != 3 &&
        std::sscanf(a.c_str(), "%d/%d/%d", &d, &m, &y) != 3)
        return std::nullopt;
    if (y > 2400) y -= 543;
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return std::nullopt;
    return thai::Date{y, m, d};
}

} // namespace

const std::vector<AgencyLabel> &agencyLabels() {
    static const std::vector<AgencyLabel> labels = {
        {"agency", {"หน่วยงาน", "ชื่อหน่วยงาน"}},
        {"agency_type", {"ประเภท", "ประเภทหน่วยงาน"}},
        {"district", {"อำเภอ"}},
        {"province", {"จังหวัด"}},
        {"unit", {"ส่วนราชการ"}},
        {"phone", {"โทรศัพท์", "โทร.", "โทร"}},
        {"letter_code", {"ที่"}},
        {"executive_position", {"ตำแหน่งผู้บริหาร"}},
        {"executive_name", {"ชื่อผู้บริหาร", "ชื่อนายก"}},
        {"deputy_name", {"ชื่อปลัด"}},
        {"deputy_position", {"ตำแหน่งปลัด"}},
        {"author_name", {"ชื่อผู้รายงาน", "ผู้รายงาน"}},
        {"author_position", {"ตำแหน่งผู้รายงาน"}},
        {"recipient", {"เรียน"}},
        {"period", {"รอบการรายงาน", "รอบรายงาน"}},
    };
    return labels;
}

std::string summarySentence(const FillRecord &root, bool thaiDigits) {
    Format f;
    auto v = [&](const char *key) {
        const FillValue *x = root.field(key);
        return x ? formatValue(*x, f, thaiDigits) : std::string();
    };
    // A sentence of the Thai document: the Thai text whatever the UI language.
    return msg::th("fill.summary",
                   {{"year", v("fiscal_year")}, {"total", v("total")}, {"rating", v("rating")}});
}

void applyOverrides(FillData &d, const std::vector<std::pair<std::string, std::string>> &overrides) {
    for (const auto &[name, value] : overrides) {
        FieldRef ref;
        if (!findField(RecordKind::Root, normalizeName(name), ref))
            refuse("fill.data.unknownField", {{"name", name}});
        FillValue v;
        switch (ref.type) {
        case ValueType::Text:
            v = FillValue::ofText(value);
            break;
        case ValueType::Number: {
            auto n = thai::parseNumber(value);
            if (!n) refuse("fill.data.notNumber", {{"name", name}, {"value", value}});
            const FillValue *old = d.root.field(ref.key);
            v = FillValue::ofNumber(*n, old ? old->decimals : 2);
            break;
        }
        case ValueType::Date: {
            auto dt = parseDate(value);
            if (!dt) refuse("fill.data.notDate", {{"name", name}, {"value", value}});
            v = FillValue::ofDate(*dt);
            break;
        }
        }
        d.root.fields[ref.key] = v;
    }
    if (!overrides.empty()) derive(d.root);
}

FillData buildFillData(const SourceDocument &doc, const FrameworkRegistry &registry,
                       const FillSettings &settings) {
    // The one analysis pipeline (year check, usable scores, last year's column),
    // as the analysis sheet and `ita analyse` have it.
    AnalyseOptions options;
    options.fiscalYear = settings.fiscalYear;
    options.documentName = doc.path;
    Analysis a;
    try {
        a = analyseSource(doc, registry, options);
    } catch (const std::exception &e) { // UserError, FrameworkError: already the clerk's message
        throw FillDataError(e.what());
    }
    const Framework *fw = registry.find(a.fiscalYear);
    if (!fw) refuse("ui.noFramework", {{"year", std::to_string(a.fiscalYear)}});
    const DocumentFacts facts = readFacts(doc, *fw);

    FillData d;
    d.thaiDigits = settings.thaiDigits;
    FillRecord &root = d.root;
    readAgencyBlock(doc, root);
    if ((!root.field("agency") || root.field("agency")->empty) && facts.agency)
        root.fields["agency"] = FillValue::ofText(facts.agency->value);
    if ((!root.field("district") || root.field("district")->empty) && facts.district)
        root.fields["district"] = FillValue::ofText(facts.district->value);
    for (const AgencyLabel &l : agencyLabels())
        if (!root.field(l.key)) root.fields[l.key] = FillValue::ofText("");

    root.fields["date"] = FillValue::ofDate(settings.date ? *settings.date : today());
    root.fields["letter_number"] = FillValue::ofText(settings.letterNumber);
    root.fields["fiscal_year"] = FillValue::ofNumber(a.fiscalYear, 0);
    root.fields["previous_year"] = FillValue::ofNumber(a.fiscalYear - 1, 0);
    root.fields["next_year"] = FillValue::ofNumber(a.fiscalYear + 1, 0);
    root.fields["total"] = FillValue::ofNumber(a.totalRounded, 2);
    root.fields["rating"] = FillValue::ofText(a.ratingLabelTh);
    root.fields["rating_meaning"] = FillValue::ofText(a.ratingMeaningTh);
    root.fields["target"] = FillValue::ofNumber(a.target, 2);
    root.fields["gap"] = FillValue::ofNumber(std::max(0.0, round2(a.target - a.totalRounded)), 2);
    root.fields["previous_total"] = FillValue::ofNumber(a.previousTotal, 2);
    root.fields["change"] = FillValue::ofNumber(a.totalChange, 2);
    std::string previousRating;
    Scores prev;
    for (const IndicatorResult &r : a.indicators)
        if (r.previous) prev.emplace(r.number, *r.previous);
    if (a.previousTotal && prev.size() == a.indicators.size()) {
        const Framework *pfw = registry.find(a.fiscalYear - 1);
        if (!pfw) pfw = fw;
        if (const RatingLevel *lvl = rate(*pfw, *a.previousTotal, toolScores(*pfw, prev)))
            previousRating = lvl->labelTh;
    }
    root.fields["previous_rating"] = FillValue::ofText(previousRating);
    for (const char *code : {"IIT", "EIT", "OIT"}) {
        std::string key = code;
        std::transform(key.begin(), key.end(), key.begin(), [](char c) { return static_cast<char>(c + 32); });
        root.fields[key] = FillValue::none(ValueType::Number);
        for (const ToolResult &t : a.tools)
            if (t.code == code) root.fields[key] = FillValue::ofNumber(t.score, 2);
    }

    auto byNumber = [&](int n) -> const IndicatorResult * {
        for (const IndicatorResult &r : a.indicators)
            if (r.number == n) return &r;
        return nullptr;
    };
    auto listOf = [&](const std::vector<int> &numbers) {
        std::vector<FillRecord> list;
        for (int n : numbers)
            if (const IndicatorResult *r = byNumber(n)) list.push_back(indicatorRecord(*r, a.target));
        numberList(list);
        return list;
    };
    std::vector<int> all, notFull;
    for (const IndicatorResult &r : a.indicators) {
        all.push_back(r.number);
        if (round2(r.score) < 100) notFull.push_back(r.number);
        const std::string k = "i" + std::to_string(r.number);
        root.fields[k] = FillValue::ofNumber(r.score, 2);
        root.fields[k + "_name"] = FillValue::ofText(r.nameTh);
        root.fields[k + "_rank"] = FillValue::ofNumber(r.rank, 0);
        root.fields[k + "_previous"] = FillValue::ofNumber(r.previous, 2);
        root.fields[k + "_change"] = FillValue::ofNumber(r.change, 2);
    }
    root.lists["indicators"] = listOf(all);
    root.lists["ranked"] = listOf(a.ranking);
    root.lists["below_target"] = listOf(a.belowTarget);
    root.lists["strongest"] = listOf(a.strongest);
    root.lists["weakest"] = listOf(a.weakest);
    root.lists["not_full"] = listOf(notFull);
    root.fields["strongest_names"] = FillValue::ofText(joinNames(*fw, a.strongest));
    root.fields["weakest_names"] = FillValue::ofText(joinNames(*fw, a.weakest));
    root.fields["strongest_score"] = FillValue::ofNumber(
        a.strongest.empty() ? std::nullopt : std::optional<double>(byNumber(a.strongest[0])->score), 2);
    root.fields["weakest_score"] = FillValue::ofNumber(
        a.weakest.empty() ? std::nullopt : std::optional<double>(byNumber(a.weakest[0])->score), 2);
    root.fields["below_target_count"] = FillValue::ofNumber(static_cast<double>(a.belowTarget.size()), 0);

    std::vector<FillRecord> tools;
    for (const ToolResult &t : a.tools) {
        FillRecord rec;
        rec.fields["code"] = FillValue::ofText(t.code);
        rec.fields["name"] = FillValue::ofText(t.nameTh);
        rec.fields["name_en"] = FillValue::ofText(t.nameEn);
        rec.fields["weight"] = FillValue::ofNumber(t.weight * 100, 0);
        rec.fields["score"] = FillValue::ofNumber(t.score, 2);
        rec.fields["contribution"] = FillValue::ofNumber(t.contribution, 2);
        rec.conditions["below_target"] = round2(t.score) < a.target;
        std::vector<int> mine;
        bool full = true;
        if (const ToolDef *td = fw->tool(t.code))
            for (int n : td->indicators) {
                mine.push_back(n);
                if (const IndicatorResult *r = byNumber(n); r && round2(r->score) < 100) full = false;
            }
        rec.conditions["full"] = full && !mine.empty();
        rec.lists["tool_indicators"] = listOf(mine);
        tools.push_back(std::move(rec));
    }
    numberList(tools);
    root.lists["tools"] = std::move(tools);

    const bool below = a.totalRounded < a.target;
    root.conditions["below_target"] = below;
    root.conditions["meets_target"] = !below;
    root.conditions["has_previous"] = a.previousTotal.has_value();
    root.conditions["improved"] = a.totalChange && round2(*a.totalChange) > 0;
    root.conditions["declined"] = a.totalChange && round2(*a.totalChange) < 0;
    root.conditions["letter_scheme"] = fw->scheme == "letter";
    root.conditions["pass_scheme"] = fw->scheme != "letter";

    // Measures.
    std::vector<FillRecord> measures, done, inProgress, notStarted;
    for (const MeasureRow &m : readMeasures(doc, *fw)) {
        if (m.grid < 0 || m.grid >= static_cast<int>(doc.grids.size())) continue;
        const Grid &g = doc.grids[static_cast<size_t>(m.grid)];
        const MeasureColumns mc = measureColumns(g, m.row);
        auto col = [&](int c) { return c >= 0 ? cellText(g.at(m.row, c)) : std::string(); };
        FillRecord rec;
        rec.fields["measure"] = FillValue::ofText(m.measure);
        std::string nums;
        for (int n : m.indicators)
            nums += (nums.empty() ? "" : ", ") + std::to_string(n);
        rec.fields["indicators"] = FillValue::ofText(nums);
        std::string names;
        for (int n : m.indicators)
            if (const IndicatorDef *id = fw->indicator(n)) names += (names.empty() ? "" : ", ") + id->nameTh;
        rec.fields["indicator_names"] = FillValue::ofText(names);
        rec.fields["method"] = FillValue::ofText(col(mc.method));
        rec.fields["responsible"] = FillValue::ofText(m.responsible);
        std::string period = m.periodText;
        if (m.start && m.end)
            period = monthYear(m.start->year, m.start->month, true) + " \u2013 " +
                     monthYear(m.end->year, m.end->month, true);
        rec.fields["period"] = FillValue::ofText(period);
        rec.fields["start"] = m.start ? FillValue::ofDate(*m.start) : FillValue::none(ValueType::Date);
        rec.fields["end"] = m.end ? FillValue::ofDate(*m.end) : FillValue::none(ValueType::Date);
        rec.fields["monitoring"] = FillValue::ofText(col(mc.monitoring));
        rec.fields["status"] = FillValue::ofText(statusText(m.status));
        rec.fields["status_mark"] = FillValue::ofText(statusMark(m.status));
        rec.fields["result"] = FillValue::ofText(col(mc.result));
        rec.fields["outcome"] = FillValue::ofText(col(mc.outcome));
        rec.fields["suggestion"] = FillValue::ofText(col(mc.suggestion));
        rec.conditions["done"] = m.status == MeasureStatus::Done;
        rec.conditions["in_progress"] = m.status == MeasureStatus::InProgress;
        rec.conditions["not_started"] = m.status == MeasureStatus::NotStarted;
        if (m.status == MeasureStatus::Done) done.push_back(rec);
        if (m.status == MeasureStatus::InProgress) inProgress.push_back(rec);
        if (m.status == MeasureStatus::NotStarted) notStarted.push_back(rec);
        measures.push_back(std::move(rec));
    }
    for (auto *l : {&measures, &done, &inProgress, &notStarted})
        numberList(*l);
    root.fields["measure_count"] = FillValue::ofNumber(static_cast<double>(measures.size()), 0);
    root.lists["measures"] = std::move(measures);
    root.lists["measures_done"] = std::move(done);
    root.lists["measures_in_progress"] = std::move(inProgress);
    root.lists["measures_not_started"] = std::move(notStarted);

    derive(root);
    // The total and rating, then the analysis sentences the analysis sheet prints
    // (strongest, weakest, below target, change): one wording for both.
    std::string summary = summarySentence(root, false);
    for (const std::string &sentence : summarySentences(a, msg::Lang::Th, false))
        summary += " " + sentence;
    root.fields["summary"] = FillValue::ofText(summary);
    applyOverrides(d, settings.overrides);
    return d;
}

} // namespace ita::fill
