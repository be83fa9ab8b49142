// A provincial summary table, row by row: ITA030 a row's total that its own scores do not give
// under its year's framework; ITA031 a rating its total (and tool scores) do not give; ITA032 an
// agency listed twice; ITA033 a value left empty or not a number. Each row is judged alone, and
// a row missing a score is not judged on its total (ITA033 says why).
#include "core/validate/rules/province_rows.hpp"
#include "core/validate/rules/finding_builder.hpp"

#include "core/read/detail/read_text.hpp"
#include "core/read/province_table.hpp"
#include "core/text/thai_text.hpp"

#include <cmath>
#include <map>

namespace ita::rules {

namespace {

constexpr FindingText kProvinceTotalMismatch{
    "ITA030", Severity::Error,
    "{agency}: คะแนนรวม {found} ({where}) ไม่ตรงกับคะแนนที่คำนวณจาก{basis, select, "
    "tools {คะแนนรายเครื่องมือ} other {คะแนนรายตัวชี้วัด}}ในแถวเดียวกันตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
    "ซึ่งได้ {expected} กรุณาตรวจสอบคะแนนรวมหรือคะแนนในแถวนี้",
    "{agency}: the total {found} ({where}) does not match the total recomputed from the row''s "
    "{basis, select, tools {tool scores} other {indicator scores}} under the FY{year} framework: {expected}. "
    "Check the total or the row''s scores."};

constexpr FindingText kProvinceRatingWrong{
    "ITA031", Severity::Error,
    "{agency}: ระดับผลการประเมิน {found} ไม่ถูกต้อง ({where}) ตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
    "คะแนนรวม {total} ได้ระดับ {expected}{reason, select, "
    "tool { เพราะ {below} ต่ำกว่า {min} คะแนน ซึ่งระดับ {found} กำหนดให้ทุกเครื่องมือได้ไม่ต่ำกว่านี้} "
    "target { เมื่อเทียบกับค่าเป้าหมาย {min} คะแนน} other {}}",
    "{agency}: the rating {found} is wrong ({where}): under the FY{year} scheme a total of {total} is rated "
    "{expected}{reason, select, tool {, because {below} is below {min}, the minimum every tool needs for "
    "{found}} target { against the target of {min}} other {}}."};

constexpr FindingText kProvinceDuplicateAgency{
    "ITA032", Severity::Error,
    "{agency} อยู่ในตารางสรุปสองครั้ง ({first} และ {second}) กรุณาตรวจสอบว่าคัดลอกแถวซ้ำหรือใส่ชื่อหน่วยงานผิด",
    "{agency} is listed twice in the summary table ({first} and {second}). Check for a copied row or a "
    "wrong agency name."};

constexpr FindingText kProvinceValueMissing{
    "ITA033", Severity::Error,
    "{agency}: {kind, select, text {ช่อง {column} ไม่ใช่ตัวเลข (พบ “{found}”)} "
    "row {ยังไม่มีคะแนนในแถวนี้{found, select, other { (พบ “{found}”)} none {}}} "
    "other {ยังไม่ได้กรอกช่อง {column}}} ({where}) จึงตรวจสอบแถวนี้ไม่ได้ครบถ้วน",
    "{agency}: {kind, select, text {{column} is not a number (found \"{found}\")} "
    "row {the row has no scores{found, select, other { (found \"{found}\")} none {}}} other {{column} is "
    "empty}} "
    "({where}), so the row cannot be fully checked."};

struct RowScores {
    std::optional<double> total;         // computed
    std::map<std::string, double> tools; // tool scores the rating is judged by
    bool fromTools = false;
};

// The computed total of a row: from its indicator scores when it gives them all, else from
// its tool scores when it gives them all.
RowScores computed(const Framework &fw, const ProvinceTable &t, const ProvinceRow &r) {
    RowScores out;
    if (!t.indicatorCols.empty()) {
        Scores s;
        for (const auto &[i, v] : r.indicators)
            if (v.value) s[i] = *v.value;
        if (auto total = weightedTotal(fw, s)) {
            out.total = total;
            out.tools = toolScores(fw, s);
            return out;
        }
    }
    if (!t.toolCols.empty()) {
        double total = 0;
        for (const auto &tool : fw.tools) {
            auto it = r.tools.find(tool.code);
            if (it == r.tools.end() || !it->second.value) return out;
            total += tool.weight * *it->second.value;
            out.tools[tool.code] = *it->second.value;
        }
        out.total = total;
        out.fromTools = true;
    }
    return out;
}

std::string agencyName(const ProvinceRow &r) {
    return thai::normalize(r.agency.text);
}

void missing(const RuleContext &ctx, const ProvinceTable &t, const ProvinceRow &r, const ProvinceValue &v,
             int col, std::optional<int> indicator, std::vector<Finding> &out) {
    const std::string header = t.headers.count(col) ? thai::normalize(t.headers.at(col)) : "";
    const std::string found = thai::normalize(v.text);
    MessageArgs a(ctx);
    const std::string row = std::to_string(r.row + 1);
    a.set("agency", r.agency.empty() ? msg::th("location.row", {{"row", row}}) : agencyName(r),
          r.agency.empty() ? msg::en("location.row", {{"row", row}}) : agencyName(r))
        .set("column", header)
        .set("kind", v.empty() ? "empty" : "text")
        .set("found", found)
        .where("where", v.at);
    out.push_back(makeFinding(kProvinceValueMissing, indicator, {v.at}, "", found, a));
}

// The row's first score cell when none of its scores and not its total is a number.
const ProvinceValue *noScores(const ProvinceTable &t, const ProvinceRow &r) {
    const ProvinceValue *first = nullptr;
    auto see = [&](const ProvinceValue &v, int col) {
        if (v.value) return false;
        if (!first || col < first->at.col) first = &v;
        return true;
    };
    for (const auto &[i, v] : r.indicators)
        if (!see(v, t.indicatorCols.at(i))) return nullptr;
    for (const auto &[code, v] : r.tools)
        if (!see(v, t.toolCols.at(code))) return nullptr;
    if (r.total && !see(*r.total, *t.totalCol)) return nullptr;
    return first;
}

void pending(const RuleContext &ctx, const ProvinceRow &r, const ProvinceValue &first,
             std::vector<Finding> &out) {
    // What the row says instead of scores: "รอผล" in the rating, "-" in the scores.
    std::string found;
    for (const ProvinceValue *v : {r.rating ? &*r.rating : nullptr, &first})
        if (v && found.empty() && !v->empty()) found = thai::normalize(v->text);
    MessageArgs a(ctx);
    const std::string row = std::to_string(r.row + 1);
    a.set("agency", r.agency.empty() ? msg::th("location.row", {{"row", row}}) : agencyName(r),
          r.agency.empty() ? msg::en("location.row", {{"row", row}}) : agencyName(r))
        .set("column", "")
        .set("kind", "row")
        .set("found", found.empty() ? "none" : found)
        .where("where", first.at);
    out.push_back(makeFinding(kProvinceValueMissing, std::nullopt, {first.at}, "", found, a));
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    static const Framework empty{};
    const Framework &names = ctx.names() ? *ctx.names() : empty;
    const auto tables = readProvinceTables(ctx.doc(), names);
    if (tables.empty()) return;
    std::vector<const Framework *> all;
    for (int y : ctx.registry().years())
        if (const Framework *f = ctx.registry().find(y)) all.push_back(f);
    const double tol = ctx.tolerance();

    for (const auto &t : tables) {
        std::map<std::string, const ProvinceRow *> seen;
        for (const auto &r : t.rows) {
            // Values left empty or not numbers.
            bool complete = true;
            if (r.agency.empty()) missing(ctx, t, r, r.agency, t.agencyCol, std::nullopt, out);
            const bool byIndicators = !t.indicatorCols.empty();
            // An agency whose result has not come ("รอผล", "-", nothing): one finding for the
            // row, not one for each of its cells.
            const ProvinceValue *none = noScores(t, r);
            if (none) {
                pending(ctx, r, *none, out);
                complete = false;
            }
            if (byIndicators && !none)
                for (const auto &[i, v] : r.indicators)
                    if (!v.value) {
                        complete = false;
                        missing(ctx, t, r, v, t.indicatorCols.at(i), i, out);
                    }
            if (!byIndicators && !none)
                for (const auto &[code, v] : r.tools)
                    if (!v.value) {
                        complete = false;
                        missing(ctx, t, r, v, t.toolCols.at(code), std::nullopt, out);
                    }
            if (r.total && !r.total->value && !none)
                missing(ctx, t, r, *r.total, *t.totalCol, std::nullopt, out);
            if (r.rating && r.rating->empty() && !none)
                missing(ctx, t, r, *r.rating, *t.ratingCol, std::nullopt, out);

            // The same agency twice.
            if (!r.agency.empty()) {
                // The same agency in two years (a year column) is two results; the same name in
                // two districts (a district column) two agencies.
                const std::string year = r.year ? read::makeKey(r.year->text) : "";
                const std::string district = r.district ? districtKey(r.district->text) : "";
                auto [it, inserted] =
                    seen.emplace(agencyKey(r.agency.text) + '\x1f' + district + '\x1f' + year, &r);
                if (!inserted) {
                    MessageArgs a(ctx);
                    a.set("agency", agencyName(r))
                        .where("first", it->second->agency.at)
                        .where("second", r.agency.at);
                    out.push_back(makeFinding(kProvinceDuplicateAgency, std::nullopt,
                                              {r.agency.at, it->second->agency.at}, "", agencyName(r), a));
                }
            }
            if (!complete) continue;

            // The row's year: its own column, the table's title, the document's.
            std::optional<int> year;
            if (r.year && r.year->value) year = static_cast<int>(std::lround(*r.year->value));
            // "๖๗" for 2567, as in "ต.ค. ๖๖": a two-digit year is the Buddhist Era's.
            if (year && *year >= 0 && *year < 100) *year += 2500;
            if (!year) year = t.titleYear;
            if (!year) year = ctx.fiscalYear();
            const Framework *fw = year ? ctx.registry().find(*year) : nullptr;
            if (!fw) continue;
            const RowScores s = computed(*fw, t, r);
            if (!s.total) continue;
            const double total = *s.total;

            std::optional<double> judged = total;
            if (r.total && r.total->value && std::fabs(*r.total->value - total) > tol + 1e-9) {
                const std::string found = fixed2Like(*r.total->value, r.total->text);
                const std::string expected = fixed2Like(round2(total), r.total->text);
                MessageArgs a(ctx);
                a.set("agency", agencyName(r))
                    .set("found", found)
                    .set("expected", expected)
                    .set("basis", s.fromTools ? "tools" : "indicators")
                    .number("year", *year)
                    .where("where", r.total->at);
                out.push_back(
                    makeFinding(kProvinceTotalMismatch, std::nullopt, {r.total->at}, expected, found, a));
            } else if (r.total && r.total->value) {
                judged = *r.total->value;
            }

            if (!r.rating || r.rating->empty()) continue;
            const RatingLevel *level = rate(*fw, *judged, s.tools);
            if (!level) continue;
            const std::string stated = thai::normalize(r.rating->text);
            auto m = matchRating(*fw, all, stated);
            // This year's level, alone or beside the old scheme's grade ("AA ผ่านดีเยี่ยม").
            const bool isLevel = m && m->level && !m->fromOtherScheme;
            const bool thaiDigits = writesThai(r.total ? r.total->text : stated);
            // "ผ่าน" / "ไม่ผ่าน": the target reached or not, in a column that says so (or a word
            // that is no level of the year's scheme, "ผ่านการประเมิน").
            if (auto word = passFailWord(stated); word && (t.passFail || !word->bare || !isLevel)) {
                const bool reaches = round2(*judged) + 1e-9 >= fw->target;
                if (word->pass == reaches) continue;
                const std::string expected = passFailLabel(reaches);
                MessageArgs a(ctx);
                a.set("agency", agencyName(r))
                    .set("found", stated)
                    .set("expected", expected)
                    .set("total", fixed2(round2(*judged), thaiDigits), fixed2(round2(*judged), false))
                    .set("reason", "target")
                    .set("below", "")
                    .set("min", fixed2(fw->target, thaiDigits), fixed2(fw->target, false))
                    .number("year", *year)
                    .where("where", r.rating->at);
                out.push_back(
                    makeFinding(kProvinceRatingWrong, std::nullopt, {r.rating->at}, expected, stated, a));
                continue;
            }
            if (m && m->level && m->level->code == level->code) continue;
            // Why the stated level is not reached: a tool under its minimum.
            std::string below, belowEn, min, minEn;
            if (m && m->level && m->level->minEachTool && round2(*judged) + 1e-9 >= m->level->minTotal) {
                for (const auto &[code, v] : s.tools) {
                    if (round2(v) + 1e-9 >= *m->level->minEachTool) continue;
                    below += (below.empty() ? "" : ", ") + code + " " + fixed2(v, thaiDigits);
                    belowEn += (belowEn.empty() ? "" : ", ") + code + " " + fixed2(v, false);
                }
                min = fixed2(*m->level->minEachTool, thaiDigits);
                minEn = fixed2(*m->level->minEachTool, false);
            }
            MessageArgs a(ctx);
            a.set("agency", agencyName(r))
                .set("found", stated)
                .set("expected", level->labelTh)
                .set("total", fixed2(round2(*judged), thaiDigits), fixed2(round2(*judged), false))
                .set("reason", below.empty() ? "other" : "tool")
                .set("below", below, belowEn)
                .set("min", min, minEn)
                .number("year", *year)
                .where("where", r.rating->at);
            out.push_back(
                makeFinding(kProvinceRatingWrong, std::nullopt, {r.rating->at}, level->labelTh, stated, a));
        }
    }
}

} // namespace

extern constexpr Rule provinceRows{
    "province_rows",
    {&kProvinceTotalMismatch, &kProvinceRatingWrong, &kProvinceDuplicateAgency, &kProvinceValueMissing},
    check};

bool hasProvinceTable(const RuleContext &ctx) {
    static const Framework empty{};
    const Framework &names = ctx.names() ? *ctx.names() : empty;
    for (const auto &g : ctx.doc().grids)
        if (readProvinceTable(g, g.index, names)) return true;
    return false;
}

} // namespace ita::rules
