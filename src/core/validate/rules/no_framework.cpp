// ITA015: the year judged has no framework on record (FY2569 before its criteria are
// published). A warning: the checks that need none still run, and the message says which
// could not and how to add the year.
#include "core/validate/rules/finding_builder.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kNoFramework{
    "ITA015", Severity::Warning,
    "ไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ พ.ศ. {year} ในระบบ จึงยังไม่ได้ตรวจคะแนนรวม ระดับผลการประเมิน "
    "น้ำหนักคะแนน และเครื่องมือของตัวชี้วัด ส่วนการตรวจอื่นทำแล้ว (คะแนนตัวชี้วัดเดียวกันตรงกันทุกตาราง "
    "ตัวเลขในข้อความ การจัดอันดับ ช่วงคะแนน และการใช้ตัวเลข) โดยอ่านชื่อตัวชี้วัดตามเกณฑ์ปีล่าสุดที่มีในระบบ "
    "เมื่อมีเกณฑ์ของปีนี้แล้ว ให้เพิ่มไฟล์ fy{year}.json (รูปแบบเดียวกับเกณฑ์ปีอื่น) ในโฟลเดอร์ user/ita/frameworks "
    "ของโปรไฟล์ LibreOffice หรือใช้คำสั่ง ita --frameworks โฟลเดอร์",
    "No ITA framework for FY{year}, so the total, the rating, the weights and the indicators'' tools were "
    "not "
    "checked; the other checks ran (the same score for an indicator in every table, figures in sentences, "
    "rankings, ranges, digits), reading the indicators by the latest framework''s names. To add the year, "
    "put "
    "fy{year}.json (the format of the other years) in the user/ita/frameworks folder of your LibreOffice "
    "profile, or pass ita --frameworks DIR."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fiscalYear() || ctx.fw()) return;
    const auto &stated = ctx.facts().fiscalYear;
    MessageArgs a(ctx);
    a.number("year", *ctx.fiscalYear());
    std::vector<Location> at;
    if (stated && !ctx.fiscalYearGiven()) at.push_back(stated->at);
    out.push_back(makeFinding(kNoFramework, std::nullopt, std::move(at), "", stated ? stated->text : "", a));
}

} // namespace

extern constexpr Rule noFramework{"no_framework", {&kNoFramework}, check};

} // namespace ita::rules
