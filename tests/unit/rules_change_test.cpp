// Claims about change (issue 10, item 2): "the indicator whose score rose the most is …" (ITA028)
// and "… เพิ่มขึ้น ๒.๕๐ คะแนน" (ITA029) are judged on the difference between the years' columns,
// not read as claims about the highest score.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "core/text/thai_text.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// FY2566 over FY2565 (Thai digits). Changes: +1.20 +0.45 0 +4.50 +0.30 | +0.60 -0.50 +0.15 | +3.50
// +1.00: indicator 4 rose the most, indicator 7 fell the most. Total 91.02, ผ่านดี.
Grid twoYears() {
    const char *names[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                           "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                           "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                           "การป้องกันการทุจริต"};
    const char *prev[] = {"90.00", "88.00", "90.10", "85.25", "92.00",
                          "87.00", "86.90", "88.00", "90.00", "94.00"};
    const char *curr[] = {"91.20", "88.45", "90.10", "89.75", "92.30",
                          "87.60", "86.40", "88.15", "93.50", "95.00"};
    Rows rows = {{"ตัวชี้วัด", "ปี ๒๕๖๕", "ปี ๒๕๖๖"}};
    for (int i = 0; i < 10; ++i)
        rows.push_back({names[i], thai::toThaiDigits(prev[i]), thai::toThaiDigits(curr[i])});
    return writerTable("Table1", rows);
}

SourceDocument report(const std::string &claim) {
    return writerDoc({"รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
                      "เทศบาลตำบลต้นไทร ได้คะแนน ๙๑.๐๒ คะแนน อยู่ในระดับ ผ่านดี", claim},
                     {twoYears()});
}

} // namespace

TEST(ChangeClaims, ARightReportHasNoFinding) {
    auto r = check(report("ตัวชี้วัดที่ได้คะแนนเพิ่มขึ้นมากที่สุดคือ การใช้ทรัพย์สินของราชการ "
                          "ส่วนตัวชี้วัดที่มีคะแนนลดลงมากที่สุดคือ ประสิทธิภาพการสื่อสาร "
                          "โดยการใช้ทรัพย์สินของราชการ เพิ่มขึ้น ๔.๕๐ คะแนน"));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(ChangeClaims, AFalseLargestIncreaseNamesTheRealIndicatorAndFigure) {
    auto r = check(report("ตัวชี้วัดที่ได้คะแนนเพิ่มขึ้นมากที่สุดคือ การเปิดเผยข้อมูล"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA028"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.expected, "การใช้ทรัพย์สินของราชการ");
    EXPECT_EQ(f.found, "การเปิดเผยข้อมูล");
    EXPECT_EQ(f.locations[0].paragraph, 2);
    EXPECT_EQ(f.messageEn,
              "The text names Information disclosure (a change of +3.50) as the indicator whose score "
              "rose the most, but by the table (table Table1 row 2 column 3) it is Use of government "
              "property, with +4.50 (from 85.25 to 89.75) (paragraph 3).");
    EXPECT_NE(f.messageTh.find("เปลี่ยนแปลง +๔.๕๐ คะแนน (จาก ๘๕.๒๕ เป็น ๘๙.๗๕)"), std::string::npos)
        << f.messageTh;
}

TEST(ChangeClaims, AFalseLargestDecrease) {
    auto r = check(report("ตัวชี้วัดที่มีคะแนนลดลงมากที่สุดคือ การใช้อำนาจ"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA028"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "ประสิทธิภาพการสื่อสาร");
    EXPECT_NE(r.findings[0].messageEn.find("fell the most"), std::string::npos) << r.findings[0].messageEn;
    EXPECT_NE(r.findings[0].messageEn.find("with -0.50 (from 86.90 to 86.40)"), std::string::npos)
        << r.findings[0].messageEn;
}

TEST(ChangeClaims, AStatedChangeIsCheckedAgainstTheYearsColumns) {
    auto r = check(report("ตัวชี้วัดการเปิดเผยข้อมูล เพิ่มขึ้น ๒.๕๐ คะแนน"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA029"}) << dump(r);
    const Finding &f = r.findings[0];
    ASSERT_TRUE(f.indicator.has_value());
    EXPECT_EQ(*f.indicator, 9);
    EXPECT_EQ(f.found, "+๒.๕๐");
    EXPECT_EQ(f.expected, "+๓.๕๐");
    EXPECT_NE(f.messageEn.find("(from 90.00 to 93.50)"), std::string::npos) << f.messageEn;
}

TEST(ChangeClaims, AHighestScoreClaimIsStillAHighestScoreClaim) {
    auto r = check(report("ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ การเปิดเผยข้อมูล"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA013"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "การป้องกันการทุจริต");
}
