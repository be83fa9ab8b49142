// ITA026: a stated total that the stated tool scores (IIT, EIT, OIT) and the year's weights do
// not reproduce; ITA027: a stated rating that the year's rule does not give for that total and
// those tool scores (per-tool minima included). For reports that give the three tool scores and
// no indicator table: with a complete indicator table the indicator rules judge the figures.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include "core/text/thai_text.hpp"

#include <cmath>
#include <map>

namespace ita::rules {

namespace {

// The first score stated for each tool, when every tool of the framework has one.
std::optional<std::map<std::string, const ToolScore *>> statedTools(const RuleContext &ctx) {
    if (!ctx.fw() || ctx.fw()->tools.empty() || ctx.facts().toolScores.empty()) return std::nullopt;
    std::map<std::string, const ToolScore *> out;
    for (const auto &t : ctx.facts().toolScores)
        out.emplace(t.tool, &t);
    for (const auto &t : ctx.fw()->tools)
        if (!out.count(t.code)) return std::nullopt;
    return out;
}

bool indicatorTotalComputable(const RuleContext &ctx) {
    const ScoreTable *ref = ctx.referenceTable();
    return ref && weightedTotal(*ctx.fw(), usableScores(*ref)).has_value();
}

std::string toolList(const Framework &fw, const std::map<std::string, const ToolScore *> &tools, bool thai) {
    std::string s;
    for (const auto &t : fw.tools)
        s += (s.empty() ? "" : ", ") + t.code + " " + fixed2(tools.at(t.code)->value, thai);
    return s;
}

std::string weightList(const Framework &fw, bool thai) {
    std::string s;
    for (const auto &t : fw.tools) {
        std::string pct = std::to_string(std::lround(t.weight * 100));
        s += (s.empty() ? "" : ", ") + t.code + " " + (thai ? thai::toThaiDigits(pct) : pct) + "%";
    }
    return s;
}

} // namespace

std::optional<double> toolScoreTotal(const RuleContext &ctx) {
    auto tools = statedTools(ctx);
    if (!tools) return std::nullopt;
    double total = 0;
    for (const auto &t : ctx.fw()->tools)
        total += t.weight * tools->at(t.code)->value;
    return total;
}

std::map<std::string, double> statedToolScores(const RuleContext &ctx) {
    std::map<std::string, double> out;
    if (auto tools = statedTools(ctx))
        for (const auto &[code, t] : *tools)
            out[code] = t->value;
    return out;
}

namespace {

constexpr FindingText kToolTotalMismatch{
    "ITA026", Severity::Error,
    "คะแนนรวม {found} ({where}) ไม่ตรงกับคะแนนที่คำนวณจากคะแนนรายเครื่องมือ ({tools}) "
    "ตามน้ำหนักของปีงบประมาณ พ.ศ. {year} ({weights}) ซึ่งได้ {expected} "
    "กรุณาตรวจสอบคะแนนรวมหรือคะแนนรายเครื่องมือ",
    "The stated total {found} ({where}) does not match the total recomputed from the tool scores ({tools}) "
    "with the FY{year} weights ({weights}): {expected}. Check the total or the tool scores."};

constexpr FindingText kToolRatingWrong{
    "ITA027", Severity::Error,
    "ระดับผลการประเมิน {found} ไม่ถูกต้อง ({where}) ตามเกณฑ์ปีงบประมาณ พ.ศ. {year} คะแนนรวม {total} "
    "กับคะแนนรายเครื่องมือ ({tools}) ได้ระดับ {expected}{reason, select, "
    "tool { เพราะ {below} ต่ำกว่า {min} คะแนน ซึ่งระดับ {found} กำหนดให้ทุกเครื่องมือได้ไม่ต่ำกว่านี้} "
    "other {}}",
    "The rating {found} is wrong ({where}): under the FY{year} scheme a total of {total} with the tool "
    "scores {tools} is rated {expected}{reason, select, "
    "tool {, because {below} is below {min}, the minimum every tool needs for {found}} "
    "other {}}."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    auto tools = statedTools(ctx);
    if (!tools || indicatorTotalComputable(ctx)) return;
    const Framework &fw = *ctx.fw();
    const double total = *toolScoreTotal(ctx);
    const double tol = ctx.tolerance();
    const int year = ctx.fiscalYear().value_or(fw.fiscalYear);
    const std::string like = tools->begin()->second->text;
    const bool thaiDigits = writesThai(like);

    // The total the rating is judged by: a stated one that the tools reproduce, else the computed one.
    std::optional<double> judged;
    for (const auto &st : ctx.facts().statedTotals) {
        if (previousColumnTable(ctx, st.at)) continue;
        const double diff = std::fabs(st.value - total);
        if (diff <= tol + 1e-9) {
            if (!judged) judged = st.value;
            continue;
        }
        const std::string found = fixed2Like(st.value, st.text);
        const std::string expected = fixed2Like(round2(total), st.text);
        MessageArgs a(ctx);
        a.set("found", found)
            .set("expected", expected)
            .set("tools", toolList(fw, *tools, writesThai(st.text)), toolList(fw, *tools, false))
            .set("weights", weightList(fw, writesThai(st.text)), weightList(fw, false))
            .number("year", year)
            .where("where", st.at);
        std::vector<Location> at{st.at};
        for (const auto &t : fw.tools)
            at.push_back(tools->at(t.code)->at);
        out.push_back(makeFinding(kToolTotalMismatch, std::nullopt, std::move(at), expected, found, a));
    }
    if (!ctx.fiscalYear()) return; // the scheme depends on the year
    const double t = judged.value_or(total);
    const RatingLevel *level = rate(fw, t, statedToolScores(ctx));
    if (!level) return;

    std::vector<const Framework *> all;
    for (int y : ctx.registry().years())
        if (const Framework *f = ctx.registry().find(y)) all.push_back(f);
    for (const auto &r : ctx.facts().statedRatings) {
        if (previousColumnTable(ctx, r.at)) continue;
        auto m = matchRating(fw, all, r.value);
        if (!m || !m->level || m->fromOtherScheme || m->level->code == level->code) continue;
        // "ผ่านการประเมิน" says the agency passed, not which pass level.
        if (!m->level->minEachTool && r.value.find("ผ่านการประเมิน") != std::string::npos &&
            round2(t) + 1e-9 >= m->level->minTotal)
            continue;
        bool said = false; // ITA007 already names this cell
        for (const auto &f : out)
            said = said || (f.code == "ITA007" && !f.locations.empty() && f.locations[0] == r.at);
        if (said) continue;
        // Why the stated level is not reached: a tool under its minimum.
        std::string below, belowEn;
        if (m->level->minEachTool && round2(t) + 1e-9 >= m->level->minTotal)
            for (const auto &tool : fw.tools) {
                const double v = tools->at(tool.code)->value;
                if (round2(v) + 1e-9 >= *m->level->minEachTool) continue;
                below += (below.empty() ? "" : ", ") + tool.code + " " + fixed2(v, thaiDigits);
                belowEn += (belowEn.empty() ? "" : ", ") + tool.code + " " + fixed2(v, false);
            }
        MessageArgs a(ctx);
        a.set("found", r.value)
            .set("expected", level->labelTh)
            .set("total", fixed2(round2(t), thaiDigits), fixed2(round2(t), false))
            .set("tools", toolList(fw, *tools, thaiDigits), toolList(fw, *tools, false))
            .set("reason", below.empty() ? "other" : "tool")
            .set("below", below, belowEn)
            .set("min", m->level->minEachTool ? fixed2(*m->level->minEachTool, thaiDigits) : "",
                 m->level->minEachTool ? fixed2(*m->level->minEachTool, false) : "")
            .number("year", *ctx.fiscalYear())
            .where("where", r.at);
        std::vector<Location> at{r.at};
        for (const auto &tool : fw.tools)
            at.push_back(tools->at(tool.code)->at);
        out.push_back(makeFinding(kToolRatingWrong, std::nullopt, std::move(at), level->labelTh, r.value, a));
    }
}

} // namespace

extern constexpr Rule toolScoreTotalWrong{
    "tool_score_total", {&kToolTotalMismatch, &kToolRatingWrong}, check};

} // namespace ita::rules
