// ITA010: one indicator, two different scores in two tables; ITA011: a figure in the text
// that is not the table's. One copy error gives one finding, at the copy.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

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
    auto r = check(report(reportParagraphs(), rankingTable(), tools));
    // Table1 still reproduces the stated total: no total finding.
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA010"}) << dump(r);
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
    auto r = check(report(reportParagraphs(), ranking, toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA010"}) << dump(r);
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
    auto r = check(
        report(reportParagraphs(), rankingTable(), toolTable(), {test::writerTable("Table3", weakest)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA010"}) << dump(r);
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
    auto r = check(
        report(reportParagraphs(), rankingTable(), toolTable(), {test::writerTable("Table3", lastYear)}));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(TextFigureMismatch, DigitsTransposedInTheSummary) {
    auto p = reportParagraphs();
    p[3] = "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๒๑ คะแนน "
           "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน";
    auto r = check(report(p, rankingTable(), toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA011"}) << dump(r);
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
    auto p = reportParagraphs();
    p[3] = "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๑๒ คะแนน "
           "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๖๔ คะแนน";
    auto r = check(report(p, rankingTable(), toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA011"}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 8);
    EXPECT_EQ(r.findings[0].found, "๘๒.๖๔");
    EXPECT_EQ(r.findings[0].expected, "๘๒.๙๔");
    EXPECT_EQ(r.findings[0].messageEn.find("transposed"), std::string::npos) << r.findings[0].messageEn;
}

// A sentence comparing two years: last year's figure is not this year's; this year's is judged.
TEST(TextFigureMismatch, ASentenceComparingTwoYearsIsJudgedOnThisYearsFigure) {
    auto p = reportParagraphs();
    p.push_back("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ปี ๒๕๖๓ ได้ ๘๐.๐๐ คะแนน ปี ๒๕๖๔ ได้ ๙๐.๕๐ คะแนน");
    auto ok = check(report(p, rankingTable(), toolTable()));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);

    p.back() = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ปี ๒๕๖๓ ได้ ๘๐.๐๐ คะแนน ปี ๒๕๖๔ ได้ ๙๐.๐๕ คะแนน";
    auto r = check(report(p, rankingTable(), toolTable()));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA011"}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 9);
    EXPECT_EQ(r.findings[0].found, "๙๐.๐๕");
    EXPECT_EQ(r.findings[0].expected, "๙๐.๕๐");
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 5);

    // the year after the figures
    p.back() = "การเปิดเผยข้อมูล ได้ ๘๐.๐๐ คะแนนในปี ๒๕๖๓ และ ๙๐.๕๐ คะแนนในปี ๒๕๖๔";
    auto after = check(report(p, rankingTable(), toolTable()));
    EXPECT_TRUE(after.findings.empty()) << dump(after);
}

// tests/fixtures/free-side-by-side.fods through validate(): what its README line promises.
TEST(CrossTableMismatch, TablesSideBySideOnOneSheet) {
    auto r = checkSheet(sideBySideSheet(), "สรุปผล ITA");
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA014", "ITA010"})) << dump(r);
    const Finding &mixed = r.findings[0];
    EXPECT_EQ(mixed.severity, Severity::Warning);
    EXPECT_NE(mixed.messageEn.find("10 figures in Thai digits, 11 in Arabic digits"), std::string::npos)
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
