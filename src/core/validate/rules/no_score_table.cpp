// ITA017: nothing to check the scores against: no indicator table, no measures, no figures.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/province_rows.hpp"
#include "core/validate/rules/shared_judgements.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kNoScoreTable{
    "ITA017", Severity::Warning, "ไม่พบตารางคะแนนรายตัวชี้วัดในเอกสาร จึงไม่ได้ตรวจสอบคะแนน",
    "No indicator score table found in the document; the scores were not checked."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    for (const auto &t : ctx.facts().tables)
        if (!t.entries.empty()) return;
    // A measures plan or a report that gives its figures in sentences is checked as such.
    if (!ctx.measures().empty() || !ctx.facts().textFigures.empty()) return;
    // A report of the three tool scores is checked by them (ITA026, ITA027).
    if (toolScoreTotal(ctx)) return;
    // A provincial summary is checked row by row (ITA030-ITA033).
    if (hasProvinceTable(ctx)) return;
    out.push_back(makeFinding(kNoScoreTable, std::nullopt, {}, "", "", MessageArgs{}));
}

} // namespace

extern constexpr Rule noScoreTable{"no_score_table", {&kNoScoreTable}, check};

} // namespace ita::rules
