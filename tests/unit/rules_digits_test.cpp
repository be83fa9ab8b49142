// ITA014: Thai and Arabic digits mixed in the scores of one document; ITA017: nothing to check.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {} // namespace

TEST(MixedDigits, OneScoreTypedInThaiDigits) {
    Rows rows = shortSheetFY2565();
    rows[3][2] = "๘๕.๓๐";
    auto r = check(test::workbook({test::sheet("คะแนน", rows)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA014"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    ASSERT_EQ(f.locations.size(), 1u);
    EXPECT_EQ(f.locations[0].cellRef(), "C4");
    EXPECT_NE(f.messageEn.find("1 figure in Thai digits"), std::string::npos) << f.messageEn;
}

TEST(MixedDigits, ArabicTotalInAThaiReport) {
    Rows t = thaiTableFY2565();
    auto consistent = check(
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "หน่วยงานได้คะแนน ๘๒.๔๑ คะแนน อยู่ในระดับ B"},
                        {test::writerTable("Table1", t)}));
    EXPECT_TRUE(consistent.findings.empty()) << dump(consistent);
    auto r = check(
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "หน่วยงานได้คะแนน 82.41 คะแนน อยู่ในระดับ B"},
                        {test::writerTable("Table1", t)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA014"}) << dump(r);
    ASSERT_EQ(r.findings[0].locations.size(), 1u);
    EXPECT_TRUE(r.findings[0].locations[0].isParagraph());
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 1);
}

TEST(NoScoreTable, AMemoWithoutScores) {
    auto r = check(test::writerDoc({"บันทึกข้อความ", "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลโคกสำโรง",
                                    "เรื่อง รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                                    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                                    "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการต่อไป"}));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA017"}) << dump(r);
    EXPECT_EQ(r.findings[0].severity, Severity::Warning);
    EXPECT_TRUE(r.findings[0].locations.empty());
}

TEST(NoScoreTable, FiguresInSentencesAreSomethingToCheck) {
    auto r = check(test::writerDoc(
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๗๙.๕๐ คะแนน ต่ำกว่าเป้าหมาย"}));
    EXPECT_FALSE(r.facts.textFigures.empty());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}
