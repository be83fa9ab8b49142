// ITA014: Thai and Arabic digits mixed in the scores of one document; ITA017: nothing to check.
#include "core/validation.hpp"

#include "core/messages.hpp"
#include "test_grids.hpp"

#include <gtest/gtest.h>

#include <sstream>

using namespace ita;
using ita::test::Rows;

namespace {

const FrameworkRegistry &registry() {
    static const FrameworkRegistry reg = [] {
        FrameworkRegistry r;
        r.addDirectory(ITA_FRAMEWORKS_DIR);
        return r;
    }();
    return reg;
}

ValidationReport check(const SourceDocument &doc) {
    ValidationOptions o;
    o.currentYearBE = 2568;
    return validate(doc, registry(), o);
}

std::string dump(const ValidationReport &r) {
    std::ostringstream s;
    for (const auto &f : r.findings) {
        s << f.code << " at";
        for (const auto &l : f.locations)
            s << " [" << l.whereEn() << "]";
        s << " expected=" << f.expected << " found=" << f.found << "\n    " << f.messageEn << "\n";
    }
    return s.str();
}

std::vector<std::string> codes(const ValidationReport &r) {
    std::vector<std::string> c;
    for (const auto &f : r.findings)
        c.push_back(f.code);
    return c;
}

// FY2565, total 82.41, B.
Rows sheetFY2565() {
    return {
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565"},
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน"},
        {"IIT", "1. การปฏิบัติหน้าที่", "92.15"},
        {"", "2. การใช้งบประมาณ", "85.30"},
        {"", "3. การใช้อำนาจ", "90.42"},
        {"", "4. การใช้ทรัพย์สินของราชการ", "88.76"},
        {"", "5. การแก้ไขปัญหาการทุจริต", "87.50"},
        {"EIT", "6. คุณภาพการดำเนินงาน", "86.91"},
        {"", "7. ประสิทธิภาพการสื่อสาร", "84.20"},
        {"", "8. การปรับปรุงระบบการทำงาน", "83.47"},
        {"OIT", "9. การเปิดเผยข้อมูล", "79.50"},
        {"", "10. การป้องกันการทุจริต", "72.00"},
        {"", "คะแนนรวม", "82.41"},
        {"", "ระดับผลการประเมิน", "B"},
    };
}

} // namespace

TEST(MixedDigits, OneScoreTypedInThaiDigits) {
    Rows rows = sheetFY2565();
    rows[3][2] = "๘๕.๓๐";
    auto r = check(test::workbook({test::sheet("คะแนน", rows)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::MixedDigits}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    ASSERT_EQ(f.locations.size(), 1u);
    EXPECT_EQ(f.locations[0].cellRef(), "C4");
    EXPECT_NE(f.messageEn.find("1 cells in Thai digits"), std::string::npos) << f.messageEn;
}

TEST(MixedDigits, ArabicTotalInAThaiReport) {
    Rows t = {{"ตัวชี้วัด", "คะแนน"},
              {"การปฏิบัติหน้าที่", "๙๒.๑๕"},
              {"การใช้งบประมาณ", "๘๕.๓๐"},
              {"การใช้อำนาจ", "๙๐.๔๒"},
              {"การใช้ทรัพย์สินของราชการ", "๘๘.๗๖"},
              {"การแก้ไขปัญหาการทุจริต", "๘๗.๕๐"},
              {"คุณภาพการดำเนินงาน", "๘๖.๙๑"},
              {"ประสิทธิภาพการสื่อสาร", "๘๔.๒๐"},
              {"การปรับปรุงระบบการทำงาน", "๘๓.๔๗"},
              {"การเปิดเผยข้อมูล", "๗๙.๕๐"},
              {"การป้องกันการทุจริต", "๗๒.๐๐"}};
    auto consistent = check(
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "หน่วยงานได้คะแนน ๘๒.๔๑ คะแนน อยู่ในระดับ B"},
                        {test::writerTable("Table1", t)}));
    EXPECT_TRUE(consistent.findings.empty()) << dump(consistent);
    auto r = check(
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "หน่วยงานได้คะแนน 82.41 คะแนน อยู่ในระดับ B"},
                        {test::writerTable("Table1", t)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::MixedDigits}) << dump(r);
    ASSERT_EQ(r.findings[0].locations.size(), 1u);
    EXPECT_TRUE(r.findings[0].locations[0].isParagraph());
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 1);
}

TEST(NoScoreTable, AMemoWithoutScores) {
    auto r = check(test::writerDoc({"บันทึกข้อความ", "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลโคกสำโรง",
                                    "เรื่อง รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                                    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                                    "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการต่อไป"}));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::NoScoreTable}) << dump(r);
    EXPECT_EQ(r.findings[0].severity, Severity::Warning);
    EXPECT_TRUE(r.findings[0].locations.empty());
}

TEST(NoScoreTable, FiguresInSentencesAreSomethingToCheck) {
    auto r = check(test::writerDoc(
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๗๙.๕๐ คะแนน ต่ำกว่าเป้าหมาย"}));
    EXPECT_FALSE(r.facts.textFigures.empty());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}
