// ITA016: no fiscal year in the document and none given: the rules judge the structure by
// the latest framework, and leave ratings alone (the scheme depends on the year).
#include "core/validate/rules/finding_builder.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kNoFiscalYear{
    "ITA016", Severity::Warning,
    "ไม่พบปีงบประมาณในเอกสาร จึงไม่ทราบว่าต้องใช้เกณฑ์การประเมินของปีใด "
    "กรุณาระบุ “ประจำปีงบประมาณ พ.ศ. …” ในเอกสาร",
    "No fiscal year found in the document, so the assessment framework could not be chosen. "
    "State the fiscal year (BE) in the document."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (ctx.fiscalYear() || ctx.facts().fiscalYear) return; // an implausible year is ITA009
    out.push_back(makeFinding(kNoFiscalYear, std::nullopt, {}, "", "", MessageArgs(ctx)));
}

} // namespace

extern constexpr Rule noFiscalYear{"no_fiscal_year", {&kNoFiscalYear}, check};

} // namespace ita::rules
