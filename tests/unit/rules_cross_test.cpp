// ITA010: one indicator, two different scores in two tables; ITA011: a figure in the text
// that is not the table's. One copy error gives one finding, at the copy.
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

// FY2564 analysis in Thai digits: total 88.3566 -> 88.36, A.
std::vector<std::string> paragraphs() {
    return {
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "องค์การบริหารส่วนตำบลกะลาเส อำเภอลี้เกา จังหวัดตรัง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        "องค์การบริหารส่วนตำบลกะลาเสได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        "ได้คะแนน ๘๘.๓๖ คะแนน อยู่ในระดับ A โดยได้รับคะแนนรายตัวชี้วัดดังนี้",
        "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๑๒ คะแนน "
        "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน",
        "ผลการประเมินแยกตามเครื่องมือการประเมิน มีรายละเอียดดังนี้",
    };
}

Rows rankingTable() {
    return {
        {"อันดับ", "ตัวชี้วัด", "คะแนน"},
        {"๑", "การปฏิบัติหน้าที่", "๙๕.๑๒"},
        {"๒", "การใช้ทรัพย์สินของราชการ", "๙๓.๐๕"},
        {"๓", "การใช้อำนาจ", "๙๑.๗๓"},
        {"๔", "การเปิดเผยข้อมูล", "๙๐.๕๐"},
        {"๕", "การแก้ไขปัญหาการทุจริต", "๘๙.๖๖"},
        {"๖", "การใช้งบประมาณ", "๘๘.๔๐"},
        {"๗", "คุณภาพการดำเนินงาน", "๘๗.๒๕"},
        {"๘", "การป้องกันการทุจริต", "๘๖.๒๕"},
        {"๙", "ประสิทธิภาพการสื่อสาร", "๘๕.๑๐"},
        {"๑๐", "การปรับปรุงระบบการทำงาน", "๘๒.๙๔"},
    };
}

Rows toolTable() {
    return {
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน", "ประเด็นที่ต้องพัฒนา"},
        {"IIT", "๑. การปฏิบัติหน้าที่", "๙๕.๑๒", "-"},
        {"", "๒. การใช้งบประมาณ", "๘๘.๔๐", "-"},
        {"", "๓. การใช้อำนาจ", "๙๑.๗๓", "-"},
        {"", "๔. การใช้ทรัพย์สินของราชการ", "๙๓.๐๕", "-"},
        {"", "๕. การแก้ไขปัญหาการทุจริต", "๘๙.๖๖", "-"},
        {"EIT", "๖. คุณภาพการดำเนินงาน", "๘๗.๒๕", "-"},
        {"", "๗. ประสิทธิภาพการสื่อสาร", "๘๕.๑๐", "-"},
        {"", "๘. การปรับปรุงระบบการทำงาน", "๘๒.๙๔", "ควรเปิดโอกาสให้ผู้รับบริการมีส่วนร่วมปรับปรุงการทำงาน"},
        {"OIT", "๙. การเปิดเผยข้อมูล", "๙๐.๕๐", "-"},
        {"", "๑๐. การป้องกันการทุจริต", "๘๖.๒๕", "-"},
    };
}

SourceDocument report(const std::vector<std::string> &paras, const Rows &ranking, const Rows &tools,
                      std::vector<Grid> more = {}) {
    std::vector<Grid> grids{test::writerTable("Table1", ranking), test::writerTable("Table2", tools)};
    for (auto &g : more)
        grids.push_back(std::move(g));
    return test::writerDoc(paras, std::move(grids));
}

// (table, row, column) of a location, for compact expectations
std::tuple<std::string, int, int> at(const Location &l) {
    return {l.gridName, l.row, l.col};
}

} // namespace

TEST(CrossTableMismatch, CopyErrorInTheSecondTable) {
    Rows tools = toolTable();
    tools[3][2] = "๙๗.๑๓"; // การใช้อำนาจ is ๙๑.๗๓
    auto r = check(report(paragraphs(), rankingTable(), tools));
    // Table1 still reproduces the stated total: no total finding.
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::CrossTableMismatch}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 3);
    EXPECT_EQ(f.found, "๙๗.๑๓");
    EXPECT_EQ(f.expected, "๙๑.๗๓");
    ASSERT_EQ(f.locations.size(), 4u);
    EXPECT_EQ(at(f.locations[0]), std::make_tuple(std::string("Table2"), 3, 2)); // the copy first
    EXPECT_EQ(at(f.locations[1]), std::make_tuple(std::string("Table2"), 3, 1));
    EXPECT_EQ(at(f.locations[2]), std::make_tuple(std::string("Table1"), 3, 2));
    EXPECT_EQ(at(f.locations[3]), std::make_tuple(std::string("Table1"), 3, 1));
    EXPECT_NE(f.messageEn.find("The first table reproduces the stated total"), std::string::npos)
        << f.messageEn;
}

TEST(CrossTableMismatch, CopyErrorInTheFirstTable) {
    // The ranking table carries the slip; the table by tool reproduces the total. The
    // ranking is right by the true scores, so no ranking finding either.
    Rows ranking = rankingTable();
    ranking[3][2] = "๙๗.๓๑";
    auto r = check(report(paragraphs(), ranking, toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::CrossTableMismatch}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.found, "๙๗.๓๑");
    EXPECT_EQ(f.expected, "๙๑.๗๓");
    EXPECT_EQ(at(f.locations[0]), std::make_tuple(std::string("Table1"), 3, 2));
    EXPECT_NE(f.messageEn.find("The second table reproduces the stated total"), std::string::npos)
        << f.messageEn;
    EXPECT_NE(f.messageTh.find("ตารางที่สอง"), std::string::npos) << f.messageTh;
}

TEST(CrossTableMismatch, AFragmentTableIsComparedToo) {
    Rows weakest = {
        {"ตัวชี้วัดที่ต่ำกว่าเป้าหมาย", "คะแนน"}, {"ประสิทธิภาพการสื่อสาร", "๘๕.๐๑"}, {"การปรับปรุงระบบการทำงาน", "๘๒.๙๔"}};
    auto r = check(report(paragraphs(), rankingTable(), toolTable(), {test::writerTable("Table3", weakest)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::CrossTableMismatch}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 7);
    EXPECT_EQ(r.findings[0].found, "๘๕.๐๑");
    EXPECT_EQ(r.findings[0].expected, "๘๕.๑๐");
    EXPECT_EQ(std::get<0>(at(r.findings[0].locations[0])), "Table3");
}

TEST(CrossTableMismatch, LastYearsTableIsNotACopy) {
    // A table of the previous year's scores differs everywhere: another data set.
    Rows lastYear = {
        {"ตัวชี้วัด", "คะแนน ปี ๒๕๖๓"},     {"การปฏิบัติหน้าที่", "๘๘.๐๐"},          {"การใช้งบประมาณ", "๘๐.๒๐"},
        {"การใช้อำนาจ", "๘๕.๔๐"},       {"การใช้ทรัพย์สินของราชการ", "๘๔.๐๐"}, {"การแก้ไขปัญหาการทุจริต", "๘๑.๒๕"},
        {"คุณภาพการดำเนินงาน", "๘๓.๕๐"}, {"ประสิทธิภาพการสื่อสาร", "๗๙.๙๐"},    {"การปรับปรุงระบบการทำงาน", "๗๘.๐๐"},
        {"การเปิดเผยข้อมูล", "๗๐.๐๐"},    {"การป้องกันการทุจริต", "๖๕.๕๐"}};
    auto r =
        check(report(paragraphs(), rankingTable(), toolTable(), {test::writerTable("Table3", lastYear)}));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(TextFigureMismatch, DigitsTransposedInTheSummary) {
    auto p = paragraphs();
    p[3] = "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๒๑ คะแนน "
           "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน";
    auto r = check(report(p, rankingTable(), toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::TextFigureMismatch}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 1);
    EXPECT_EQ(f.found, "๙๕.๒๑");
    EXPECT_EQ(f.expected, "๙๕.๑๒");
    EXPECT_TRUE(f.locations[0].isParagraph());
    EXPECT_EQ(f.locations[0].paragraph, 3);
    EXPECT_EQ(at(f.locations[1]), std::make_tuple(std::string("Table1"), 1, 2));
    EXPECT_NE(f.messageEn.find("transposed"), std::string::npos) << f.messageEn;
    EXPECT_NE(f.messageTh.find("สลับหลัก"), std::string::npos) << f.messageTh;
}

TEST(TextFigureMismatch, PlainWrongFigure) {
    auto p = paragraphs();
    p[3] = "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๑๒ คะแนน "
           "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๖๔ คะแนน";
    auto r = check(report(p, rankingTable(), toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::TextFigureMismatch}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 8);
    EXPECT_EQ(r.findings[0].found, "๘๒.๖๔");
    EXPECT_EQ(r.findings[0].expected, "๘๒.๙๔");
    EXPECT_EQ(r.findings[0].messageEn.find("transposed"), std::string::npos) << r.findings[0].messageEn;
}

// A sentence comparing two years: last year's figure is not this year's; this year's is judged.
TEST(TextFigureMismatch, ASentenceComparingTwoYearsIsJudgedOnThisYearsFigure) {
    auto p = paragraphs();
    p.push_back("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ปี ๒๕๖๓ ได้ ๘๐.๐๐ คะแนน ปี ๒๕๖๔ ได้ ๙๐.๕๐ คะแนน");
    auto ok = check(report(p, rankingTable(), toolTable()));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);

    p.back() = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ปี ๒๕๖๓ ได้ ๘๐.๐๐ คะแนน ปี ๒๕๖๔ ได้ ๙๐.๐๕ คะแนน";
    auto r = check(report(p, rankingTable(), toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::TextFigureMismatch}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 9);
    EXPECT_EQ(r.findings[0].found, "๙๐.๐๕");
    EXPECT_EQ(r.findings[0].expected, "๙๐.๕๐");
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 5);

    // the year after the figures
    p.back() = "การเปิดเผยข้อมูล ได้ ๘๐.๐๐ คะแนนในปี ๒๕๖๓ และ ๙๐.๕๐ คะแนนในปี ๒๕๖๔";
    auto after = check(report(p, rankingTable(), toolTable()));
    EXPECT_TRUE(after.findings.empty()) << dump(after);
}

// tests/fixtures/free-side-by-side.fods, cell for cell: a table by tool (A4:C14, Arabic
// numbers) and a ranking (E4:G14, Thai-digit text) side by side; indicator 7 is 83.75 in
// C11 but ๘๓.๗๐ in G12. FY2566: 83.21, ต้องปรับปรุง.
TEST(CrossTableMismatch, TablesSideBySideOnOneSheet) {
    Rows rows = {
        {"สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) เทศบาลตำบลบ้านแพ้ว ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
        {},
        {"คะแนนรายตัวชี้วัดแยกตามเครื่องมือ", "", "", "", "ตัวชี้วัดเรียงตามคะแนนจากมากไปน้อย"},
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน", "", "อันดับ", "ตัวชี้วัด", "คะแนน"},
        {"IIT", "1. การปฏิบัติหน้าที่", "90.15", "", "๑", "การปฏิบัติหน้าที่", "๙๐.๑๕"},
        {"", "2. การใช้งบประมาณ", "84.20", "", "๒", "การใช้อำนาจ", "๘๘.๙๗"},
        {"", "3. การใช้อำนาจ", "88.97", "", "๓", "การแก้ไขปัญหาการทุจริต", "๘๖.๔๔"},
        {"", "4. การใช้ทรัพย์สินของราชการ", "85.10", "", "๔", "การใช้ทรัพย์สินของราชการ", "๘๕.๑๐"},
        {"", "5. การแก้ไขปัญหาการทุจริต", "86.44", "", "๕", "คุณภาพการดำเนินงาน", "๘๕.๐๒"},
        {"EIT", "6. คุณภาพการดำเนินงาน", "85.02", "", "๖", "การปรับปรุงระบบการทำงาน", "๘๔.๙๐"},
        {"", "7. ประสิทธิภาพการสื่อสาร", "83.75", "", "๗", "การใช้งบประมาณ", "๘๔.๒๐"},
        {"", "8. การปรับปรุงระบบการทำงาน", "84.90", "", "๘", "ประสิทธิภาพการสื่อสาร", "๘๓.๗๐"},
        {"OIT", "9. การเปิดเผยข้อมูล", "80.25", "", "๙", "การเปิดเผยข้อมูล", "๘๐.๒๕"},
        {"", "10. การป้องกันการทุจริต", "78.50", "", "๑๐", "การป้องกันการทุจริต", "๗๘.๕๐"},
        {},
        {"คะแนนรวม", "", "83.21"},
        {"ระดับผลการประเมิน", "", "ต้องปรับปรุง"},
    };
    auto r = check(test::workbook({test::sheet("สรุปผล ITA", rows)}));
    ASSERT_EQ(codes(r), (std::vector<std::string>{msg::code::MixedDigits, msg::code::CrossTableMismatch}))
        << dump(r);
    const Finding &mixed = r.findings[0];
    EXPECT_EQ(mixed.severity, Severity::Warning);
    EXPECT_NE(mixed.messageEn.find("10 cells in Thai digits, 11 in Arabic digits"), std::string::npos)
        << mixed.messageEn;
    const Finding &f = r.findings[1];
    EXPECT_EQ(f.indicator, 7);
    EXPECT_EQ(f.found, "๘๓.๗๐");
    EXPECT_EQ(f.expected, "๘๓.๗๕");
    std::vector<std::string> cells;
    for (const auto &l : f.locations)
        cells.push_back(l.cellRef());
    EXPECT_EQ(cells, (std::vector<std::string>{"G12", "F12", "C11", "B11"}));
    EXPECT_EQ(r.computedRating, "ต้องปรับปรุง");
}
