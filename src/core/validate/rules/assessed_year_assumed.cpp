// ITA034: a plan or memo for FY N whose only sign of the FY N-1 assessment is a heading
// ("ผลการประเมิน ITA ประจำปีงบประมาณ N-1"), no score stated with that year: its scores are
// judged as FY N-1's, which is an assumption, so it is said (with how to say otherwise).
#include "core/validate/rules/finding_builder.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kAssessedYearAssumed{
    "ITA034", Severity::Warning,
    "อ่านคะแนนเป็นผลการประเมินของปีงบประมาณ พ.ศ. {year} ซึ่งเป็นปีที่ได้รับการประเมิน ({where}) "
    "ส่วนเอกสารนี้เป็นของปีงบประมาณ พ.ศ. {documentYear} จึงตรวจคะแนนตามเกณฑ์ปี {year} "
    "และตรวจระยะเวลาของมาตรการตามปี {documentYear} หากคะแนนเป็นผลของปี {documentYear} "
    "ให้ระบุปีนั้นในข้อความผลการประเมิน (หรือใช้คำสั่ง ita --fiscal-year {documentYear})",
    "Scores read as FY{year}, the year of the assessment ({where}); the document is the FY{documentYear} "
    "one. The scores were judged by FY{year}''s rules and the measures'' dates by FY{documentYear}. If the "
    "scores are FY{documentYear}''s, state that year with them (or run ita --fiscal-year {documentYear})."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const auto &assessed = ctx.assessedYear();
    if (!assessed || assessed->withScore || !ctx.documentYear() || !ctx.fiscalYear()) return;
    // A memo without scores judges none: nothing was assumed about them.
    const DocumentFacts &f = ctx.facts();
    if (f.tables.empty() && f.statedTotals.empty() && f.statedRatings.empty()) return;
    const int documentYear = *ctx.documentYear();
    MessageArgs a(ctx);
    a.number("year", *ctx.fiscalYear())
        .number("documentYear", documentYear)
        .where("where", assessed->year.at);
    out.push_back(makeFinding(kAssessedYearAssumed, std::nullopt, {assessed->year.at},
                              std::to_string(documentYear), assessed->year.text, a));
}

} // namespace

extern constexpr Rule assessedYearAssumed{"assessed_year_assumed", {&kAssessedYearAssumed}, check};

} // namespace ita::rules
