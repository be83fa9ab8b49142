#include "core/read/indicator_names.hpp"

#include "core/text/thai_text.hpp"
#include "test_frameworks.hpp"

#include <gtest/gtest.h>

using namespace ita;

namespace {

const Framework &fy2564() {
    return test::framework(2564);
}

const IndicatorMatcher &matcher() {
    static const IndicatorMatcher m(fy2564());
    return m;
}

} // namespace

TEST(IndicatorNames, CanonicalNames) {
    const auto &m = matcher();
    EXPECT_EQ(m.matchCell("การปฏิบัติหน้าที่"), 1);
    EXPECT_EQ(m.matchCell("การใช้งบประมาณ"), 2);
    EXPECT_EQ(m.matchCell("การใช้อำนาจ"), 3);
    EXPECT_EQ(m.matchCell("การใช้ทรัพย์สินของราชการ"), 4);
    EXPECT_EQ(m.matchCell("การแก้ไขปัญหาการทุจริต"), 5);
    EXPECT_EQ(m.matchCell("คุณภาพการดำเนินงาน"), 6);
    EXPECT_EQ(m.matchCell("ประสิทธิภาพการสื่อสาร"), 7);
    EXPECT_EQ(m.matchCell("การปรับปรุงระบบการทำงาน"), 8);
    EXPECT_EQ(m.matchCell("การเปิดเผยข้อมูล"), 9);
    EXPECT_EQ(m.matchCell("การป้องกันการทุจริต"), 10);
}

TEST(IndicatorNames, AliasesFromTheFramework) {
    EXPECT_EQ(matcher().matchCell("การใช้ทรัพย์สินของทางราชการ"), 4);
    EXPECT_EQ(matcher().matchCell("การปรับปรุงการทำงาน"), 8);
}

TEST(IndicatorNames, NumberingPrefixes) {
    const auto &m = matcher();
    EXPECT_EQ(m.matchCell("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"), 1);
    EXPECT_EQ(m.matchCell("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร"), 7);
    EXPECT_EQ(m.matchCell("ตัวชี้วัดที่๑๐ การป้องกันการทุจริต"), 10);
    EXPECT_EQ(m.matchCell("1.การใช้ทรัพย์สินของทางราชการ"), 4);
    EXPECT_EQ(m.matchCell("๙. การเปิดเผยข้อมูล"), 9);
    EXPECT_EQ(m.matchCell("(3) การใช้อำนาจ"), 3);
    EXPECT_EQ(m.matchCell("10) การป้องกันการทุจริต"), 10);
    EXPECT_EQ(m.matchCell("- การใช้งบประมาณ"), 2);
}

TEST(IndicatorNames, PrefixNumberDisagreeingWithTheNameTrustsTheName) {
    EXPECT_EQ(matcher().matchCell("ตัวชี้วัดที่ ๓ การใช้งบประมาณ"), 2);
    EXPECT_EQ(matcher().matchCell("5. คุณภาพการดำเนินงาน"), 6);
}

TEST(IndicatorNames, StraySpacesZeroWidthAndNbsp) {
    const auto &m = matcher();
    EXPECT_EQ(m.matchCell("การปฏิบัติ หน้าที่"), 1);
    EXPECT_EQ(m.matchCell("การ ใช้ อำนาจ"), 3);
    EXPECT_EQ(m.matchCell("การเปิด\u200Bเผย\u200Bข้อมูล"), 9);
    EXPECT_EQ(m.matchCell("ประสิทธิภาพ\u00A0การสื่อสาร "), 7);
    EXPECT_EQ(m.matchCell("  ตัวชี้วัดที่\u00A0๘  การปรับปรุง ระบบการทำงาน"), 8);
    // NIKHAHIT + SARA AA for SARA AM, as PDF conversions write "การใช้อำนาจ"
    EXPECT_EQ(m.matchCell("การใช้อ\u0E4D\u0E32นาจ"), 3);
}

TEST(IndicatorNames, ToolSuffixAllowed) {
    EXPECT_EQ(matcher().matchCell("การปฏิบัติหน้าที่ (IIT)"), 1);
}

TEST(IndicatorNames, NotNames) {
    const auto &m = matcher();
    EXPECT_EQ(m.matchCell(""), std::nullopt);
    EXPECT_EQ(m.matchCell("85.50"), std::nullopt);
    EXPECT_EQ(m.matchCell("ตัวชี้วัด"), std::nullopt);
    EXPECT_EQ(m.matchCell("ตัวชี้วัดที่ 1"), std::nullopt);
    EXPECT_EQ(m.matchCell("คะแนน"), std::nullopt);
    EXPECT_EQ(m.matchCell("การทุจริต"), std::nullopt);
    // sentences mentioning a name are running text
    EXPECT_EQ(m.matchCell("-การใช้ทรัพย์สินของราชการ พบว่าการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ"),
              std::nullopt);
    EXPECT_EQ(m.matchCell("๑. มาตรการ ส่งเสริมการ ปฏิบัติหน้าที่"), std::nullopt);
    EXPECT_EQ(m.matchCell("มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ"), std::nullopt);
}

TEST(IndicatorNames, LongestNameWins) {
    // the alias is longer than the canonical name and contains no other name
    EXPECT_EQ(matcher().matchCell("๔. การใช้ทรัพย์สินของทางราชการ"), 4);
}

TEST(IndicatorNames, FindInTextGivesOffsetsInTheNormalisedText) {
    const std::string t =
        thai::normalize("สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนนเฉลี่ย ๙๕.๕๐ คะแนน "
                        "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๒ การใช้ งบประมาณ");
    const auto ms = matcher().findInText(t);
    ASSERT_EQ(ms.size(), 2u);
    EXPECT_EQ(ms[0].number, 1);
    EXPECT_EQ(t.substr(ms[0].begin, ms[0].end - ms[0].begin), "การปฏิบัติหน้าที่");
    EXPECT_EQ(ms[1].number, 2);
    // a stray space inside the name is part of the mention
    EXPECT_EQ(t.substr(ms[1].begin, ms[1].end - ms[1].begin), "การใช้ งบประมาณ");
}

TEST(IndicatorNames, FindInTextNumberedMentionWithoutName) {
    const std::string t = "ตัวชี้วัดที่ ๗ ได้ ๘๐.๕๐ คะแนน และตามตัวชี้วัดย่อยที่ ๑๐.๒";
    const auto ms = matcher().findInText(t);
    ASSERT_EQ(ms.size(), 1u);
    EXPECT_EQ(ms[0].number, 7);
    EXPECT_EQ(t.substr(ms[0].begin, ms[0].end - ms[0].begin), "ตัวชี้วัดที่ ๗");
}

TEST(IndicatorNames, FindInTextEveryName) {
    const std::string t = "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน และตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงานมีคะแนนสูงสุดแล้ว "
                          "ในส่วนของตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร";
    const auto ms = matcher().findInText(t);
    ASSERT_EQ(ms.size(), 3u);
    EXPECT_EQ(ms[0].number, 6);
    EXPECT_EQ(ms[1].number, 8);
    EXPECT_EQ(ms[2].number, 7);
}

TEST(IndicatorNames, EmptyFrameworkMatchesNothing) {
    const Framework none;
    const IndicatorMatcher m(none);
    EXPECT_EQ(m.matchCell("การปฏิบัติหน้าที่"), std::nullopt);
    EXPECT_TRUE(m.findInText("การปฏิบัติหน้าที่").empty());
}

// Narrow columns: names without their leading "การ", or cut short with "ฯ" when the cut
// still names one indicator.
TEST(IndicatorNames, ShortenedNames) {
    const auto &m = matcher();
    EXPECT_EQ(m.matchCell("ปฏิบัติหน้าที่"), 1);
    EXPECT_EQ(m.matchCell("ใช้งบประมาณ"), 2);
    EXPECT_EQ(m.matchCell("1. ใช้อำนาจ"), 3);
    EXPECT_EQ(m.matchCell("ใช้ทรัพย์สินฯ"), 4);
    EXPECT_EQ(m.matchCell("การใช้ทรัพย์สินฯ"), 4);
    EXPECT_EQ(m.matchCell("แก้ไขปัญหาการทุจริต"), 5);
    EXPECT_EQ(m.matchCell("การแก้ไขปัญหาฯ"), 5);
    EXPECT_EQ(m.matchCell("ปรับปรุงระบบการทำงาน"), 8);
    EXPECT_EQ(m.matchCell("ตัวชี้วัดที่ ๙ เปิดเผยข้อมูล"), 9);
    EXPECT_EQ(m.matchCell("ป้องกันการทุจริต"), 10);
    // a cut that fits several names, or too little of a name, names none
    EXPECT_EQ(m.matchCell("การใช้ฯ"), std::nullopt);
    EXPECT_EQ(m.matchCell("การฯ"), std::nullopt);
    // the short form must be the whole cell
    EXPECT_EQ(m.matchCell("ใช้งบประมาณ 25,000 บาท"), std::nullopt);
    EXPECT_EQ(m.matchCell("ใช้อำนาจหน้าที่ตามกฎหมาย"), std::nullopt);
}
