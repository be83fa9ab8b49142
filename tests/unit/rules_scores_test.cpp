// The rules on one table's rows: ITA001 missing, ITA002 duplicate, ITA003 not a number,
// ITA004 out of range, ITA005 under the wrong tool. Each broken sheet yields exactly its finding.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {} // namespace

TEST(MissingIndicator, ARowDeletedIsNamedOnce) {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 8); // 5. การแก้ไขปัญหาการทุจริต
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA001"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.indicator, 5);
    EXPECT_EQ(refs(f), std::vector<std::string>{"B4"}); // the table's name header
    EXPECT_EQ(f.expected, "การแก้ไขปัญหาการทุจริต");
    EXPECT_NE(f.messageTh.find("การแก้ไขปัญหาการทุจริต"), std::string::npos) << f.messageTh;
    EXPECT_NE(f.messageEn.find("Solving corruption problems"), std::string::npos) << f.messageEn;
}

// The row is there, its name typed wrong: the finding points at that name, not at the
// header, and says to correct it (not to add a score that is there).
TEST(MissingIndicator, ANameTypedWrongIsPointedAt) {
    Rows rows = sheetFY2565();
    rows[4][1] = "1. การปฏิบัติหน้าทื่"; // the first row
    rows[9][1] = "6. คุณภาพการดำเนินงาน";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA001"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 1);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"B5", "B4"}));
    EXPECT_EQ(f.found, "1. การปฏิบัติหน้าทื่");
    EXPECT_NE(f.messageTh.find("กรุณาแก้เป็น การปฏิบัติหน้าที่"), std::string::npos) << f.messageTh;
    EXPECT_NE(f.messageEn.find("matches no indicator"), std::string::npos) << f.messageEn;
    // Two typos in a table in indicator order: each with its own row.
    rows[12][1] = "9. การเปิดเผยข้อมุล";
    auto two = checkSheet(rows);
    ASSERT_EQ(codes(two), (std::vector<std::string>{"ITA001", "ITA001"})) << dump(two);
    EXPECT_EQ(refs(two.findings[1]).front(), "B13");
}

// The last indicator's row comes just before the total: typed wrong, it is pointed at
// too; a total's label there is not taken for a name typed wrong.
TEST(MissingIndicator, TheLastNameTypedWrongIsPointedAt) {
    Rows rows = sheetFY2565();
    rows[13][1] = "10. การป้องกันการทุจริด";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA001"}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 10);
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"B14", "B4"}));
    EXPECT_EQ(r.findings[0].found, "10. การป้องกันการทุจริด");
    EXPECT_NE(r.findings[0].messageTh.find("กรุณาแก้เป็น การป้องกันการทุจริต"), std::string::npos);
    // with the first name typed wrong as well: both rows
    rows[4][1] = "1. การปฏิบัติหน้าทื่";
    auto two = checkSheet(rows);
    ASSERT_EQ(codes(two), (std::vector<std::string>{"ITA001", "ITA001"})) << dump(two);
    EXPECT_EQ(refs(two.findings[0]).front(), "B5");
    EXPECT_EQ(refs(two.findings[1]).front(), "B14");
    // the last row deleted: the total's row below is no name typed wrong
    Rows gone = sheetFY2565();
    gone.erase(gone.begin() + 13);
    gone[13][1] = "คะแนน ITA";
    auto g = checkSheet(gone);
    ASSERT_FALSE(g.findings.empty()) << dump(g);
    EXPECT_EQ(g.findings[0].code, "ITA001");
    EXPECT_EQ(refs(g.findings[0]), std::vector<std::string>{"B4"}) << dump(g);
}

TEST(MissingIndicator, TwoRowsMissingGiveTwoFindings) {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 12, rows.begin() + 14); // 9 and 10
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA001", "ITA001"})) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 9);
    EXPECT_EQ(r.findings[1].indicator, 10);
}

TEST(MissingIndicator, FragmentsAndOneToolTablesAreNotLists) {
    // Beside the full table: the three weakest indicators, and the IIT indicators alone.
    Rows weakest = {{"ตัวชี้วัดที่ต้องเร่งพัฒนา", "คะแนน"},
                    {"การปรับปรุงระบบการทำงาน", "83.47"},
                    {"การเปิดเผยข้อมูล", "79.50"},
                    {"การป้องกันการทุจริต", "72.00"}};
    Rows iit = {{"ตัวชี้วัด", "คะแนน"},      {"การปฏิบัติหน้าที่", "92.15"},          {"การใช้งบประมาณ", "85.30"},
                {"การใช้อำนาจ", "90.42"}, {"การใช้ทรัพย์สินของราชการ", "88.76"}, {"การแก้ไขปัญหาการทุจริต", "87.50"}};
    auto r = check(test::workbook(
        {test::sheet("คะแนน", sheetFY2565()), test::sheet("จุดอ่อน", weakest), test::sheet("IIT", iit)}));
    EXPECT_GE(r.facts.tables.size(), 3u);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(DuplicateIndicator, ANameCopiedIntoTheNextRow) {
    Rows rows = sheetFY2565();
    rows[11][1] = "7. ประสิทธิภาพการสื่อสาร"; // row 12 should be 8. การปรับปรุงระบบการทำงาน
    auto r = checkSheet(rows);
    // The duplicate explains the gap: no separate "8 is missing", and no total can be computed.
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA002"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 7);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"B11", "B12"}));
    EXPECT_NE(f.messageEn.find("cell B11"), std::string::npos) << f.messageEn;
    EXPECT_NE(f.messageEn.find("cell B12"), std::string::npos) << f.messageEn;
}

TEST(ScoreNotNumber, LetterOForZero) {
    Rows rows = sheetFY2565();
    rows[6][2] = "9O.42";
    auto r = checkSheet(rows);
    // The table cannot be totalled, so neither the total nor the rating is judged on it.
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA003"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 3);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"C7", "B7"}));
    EXPECT_EQ(f.found, "9O.42");
    EXPECT_NE(f.messageTh.find("9O.42"), std::string::npos) << f.messageTh;
}

TEST(ScoreNotNumber, AFormulaThatFailsIsSaidToBeOne) {
    Rows rows = sheetFY2565();
    rows[6][2] = "#NAME?"; // what Calc shows for =SUMM(...)
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA003"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.found, "#NAME?");
    EXPECT_NE(f.messageEn.find("holds a formula error (#NAME?)"), std::string::npos) << f.messageEn;
    EXPECT_NE(f.messageTh.find("มีสูตรที่คำนวณผิดพลาด"), std::string::npos) << f.messageTh;
    rows[6][2] = "Err:502";
    EXPECT_NE(checkSheet(rows).findings.at(0).messageEn.find("formula error (Err:502)"), std::string::npos);
}

TEST(ScoreOutOfRange, SlippedDecimalPoint) {
    Rows rows = sheetFY2565();
    rows[12][2] = "795.0";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA004"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 9);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"C13", "B13"}));
    EXPECT_EQ(f.found, "795.00");
    EXPECT_EQ(f.expected, "0–100");
}

TEST(ScoreOutOfRange, ThaiDigitsStayThai) {
    Rows t = thaiTableFY2565();
    t[6][1] = "๘๖๙.๑"; // คุณภาพการดำเนินงาน, ๘๖.๙๑ with the point slipped
    auto r = check(
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"}, {test::writerTable("Table1", t)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA004"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "๘๖๙.๑๐");
    EXPECT_EQ(r.findings[0].expected, "๐–๑๐๐");
    EXPECT_EQ(r.findings[0].locations[0].row, 6);
    EXPECT_EQ(r.findings[0].locations[0].col, 1);
}

TEST(WrongTool, GroupLabelOneRowTooLow) {
    Rows rows = sheetFY2565();
    rows[9][0] = "";
    rows[10][0] = "EIT"; // 6. คุณภาพการดำเนินงาน now falls under IIT
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA005"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 6);
    EXPECT_EQ(f.found, "IIT");
    EXPECT_EQ(f.expected, "EIT");
    ASSERT_GE(f.locations.size(), 2u);
    EXPECT_EQ(f.locations[0].cellRef(), "B10");
    EXPECT_EQ(f.locations[1].cellRef(), "A5");
}

TEST(WrongTool, ToolNamedInThaiOnEveryRow) {
    const std::string iit = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน";
    const std::string eit = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก";
    const std::string oit = "แบบวัดการเปิดเผยข้อมูลสาธารณะ";
    Rows rows = sheetFY2565();
    for (int i = 4; i <= 13; ++i)
        rows[static_cast<size_t>(i)][0] = i <= 8 ? iit : i <= 11 ? eit : oit;
    auto ok = checkSheet(rows);
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    rows[13][0] = eit; // 10. การป้องกันการทุจริต is OIT
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA005"}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 10);
    EXPECT_EQ(r.findings[0].found, "EIT");
    EXPECT_EQ(r.findings[0].expected, "OIT");
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"B14", "A14"}));
}

namespace {

// The product's template before any score is typed (or with the first few typed).
SourceDocument templateForm(const std::vector<std::string> &scores = {}) {
    return workbook({templateGrid({}, scores)});
}

} // namespace

// A blank form is not a document full of errors: one warning for the table.
TEST(ScoreMissing, BlankTemplateGivesOneWarningForTheTable) {
    auto r = check(templateForm());
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA019"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_FALSE(f.indicator);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"E14", "E15"})); // the score column's header first
    EXPECT_EQ(f.messageTh, "ตารางคะแนนยังไม่ได้กรอกคะแนน (ชีต 'คะแนน ITA' เซลล์ E14)");
    EXPECT_EQ(f.messageEn, "The score table has no scores filled in yet (sheet 'คะแนน ITA' cell E14).");
    EXPECT_EQ(r.errors(), 0);
    EXPECT_EQ(r.warnings(), 1);
}

// A half-filled form: each empty score is "not filled in", not "not a number (found “”)".
TEST(ScoreMissing, PartlyFilledTemplateNamesEachEmptyScore) {
    auto r = check(templateForm({"99.12", "98.40", "97.85"}));
    ASSERT_EQ(codes(r), std::vector<std::string>(7, "ITA018")) << dump(r);
    for (size_t i = 0; i < 7; ++i) {
        const Finding &f = r.findings[i];
        EXPECT_EQ(f.severity, Severity::Error);
        EXPECT_EQ(f.indicator, static_cast<int>(i) + 4);
        EXPECT_EQ(refs(f),
                  (std::vector<std::string>{"E" + std::to_string(18 + i), "B" + std::to_string(18 + i)}));
        EXPECT_EQ(f.found, "");
    }
    EXPECT_EQ(r.findings[0].messageTh,
              "ยังไม่ได้กรอกคะแนนตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (ชีต 'คะแนน ITA' เซลล์ E18)");
    EXPECT_EQ(r.findings[0].messageEn,
              "The score of indicator 4 (Use of government property) has not been filled in "
              "(sheet 'คะแนน ITA' cell E18).");
}

TEST(ScoreMissing, OneScoreLeftOutAmongTypedOnes) {
    Rows rows = sheetFY2565();
    rows[6][2] = ""; // 3. การใช้อำนาจ
    rows[9][2] = "-"; // 6. คุณภาพการดำเนินงาน: a dash is written, not a score
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA018", "ITA003"})) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 3);
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"C7", "B7"}));
    EXPECT_EQ(r.findings[1].indicator, 6);
    EXPECT_EQ(r.findings[1].found, "-");
}

// Names listed with text beside them (a table of issues) are no blank form.
TEST(ScoreMissing, NamesWithTextAreNoForm) {
    Rows rows = {{"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565"},
                 {"ตัวชี้วัด", "คะแนน", "ประเด็นที่ต้องพัฒนา"},
                 {"การเปิดเผยข้อมูล", "-", "ควรเผยแพร่ข้อมูลให้ครบถ้วน"},
                 {"การป้องกันการทุจริต", "ดี", "จัดทำมาตรการป้องกันการรับสินบน"}};
    auto r = check(test::workbook({test::sheet("ประเด็น", rows)}));
    const auto c = codes(r);
    EXPECT_EQ(std::count(c.begin(), c.end(), "ITA019"), 0) << dump(r);
    EXPECT_EQ(std::count(c.begin(), c.end(), "ITA003"), 0) << dump(r);
}
