// The rules on one table's rows: ITA001 missing, ITA002 duplicate, ITA003 not a number,
// ITA004 out of range, ITA005 under the wrong tool. Each broken sheet yields exactly its finding.
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

std::vector<std::string> refs(const Finding &f) {
    std::vector<std::string> out;
    for (const auto &l : f.locations)
        out.push_back(l.cellRef());
    return out;
}

// FY2565, total 82.4058 -> 82.41, B. Rows 5..14 (1-based) hold indicators 1..10 in B and C.
Rows sheetFY2565() {
    return {
        {"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2565"},
        {"หน่วยงาน", "องค์การบริหารส่วนตำบลโคกสำโรง"},
        {},
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

ValidationReport checkSheet(const Rows &rows) {
    return check(test::workbook({test::sheet("คะแนน", rows)}));
}

} // namespace

TEST(MissingIndicator, ARowDeletedIsNamedOnce) {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 8); // 5. การแก้ไขปัญหาการทุจริต
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::MissingIndicator}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.indicator, 5);
    EXPECT_EQ(refs(f), std::vector<std::string>{"B4"}); // the table's name header
    EXPECT_EQ(f.expected, "การแก้ไขปัญหาการทุจริต");
    EXPECT_NE(f.messageTh.find("การแก้ไขปัญหาการทุจริต"), std::string::npos) << f.messageTh;
    EXPECT_NE(f.messageEn.find("Solving corruption problems"), std::string::npos) << f.messageEn;
}

TEST(MissingIndicator, TwoRowsMissingGiveTwoFindings) {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 12, rows.begin() + 14); // 9 and 10
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), (std::vector<std::string>{msg::code::MissingIndicator, msg::code::MissingIndicator}))
        << dump(r);
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
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::DuplicateIndicator}) << dump(r);
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
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::ScoreNotNumber}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 3);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"C7", "B7"}));
    EXPECT_EQ(f.found, "9O.42");
    EXPECT_NE(f.messageTh.find("9O.42"), std::string::npos) << f.messageTh;
}

TEST(ScoreOutOfRange, SlippedDecimalPoint) {
    Rows rows = sheetFY2565();
    rows[12][2] = "795.0";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::ScoreOutOfRange}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 9);
    EXPECT_EQ(refs(f), (std::vector<std::string>{"C13", "B13"}));
    EXPECT_EQ(f.found, "795.00");
    EXPECT_EQ(f.expected, "0–100");
}

TEST(ScoreOutOfRange, ThaiDigitsStayThai) {
    Rows t = {{"ตัวชี้วัด", "คะแนน"},
              {"การปฏิบัติหน้าที่", "๙๒.๑๕"},
              {"การใช้งบประมาณ", "๘๕.๓๐"},
              {"การใช้อำนาจ", "๙๐.๔๒"},
              {"การใช้ทรัพย์สินของราชการ", "๘๘.๗๖"},
              {"การแก้ไขปัญหาการทุจริต", "๘๗.๕๐"},
              {"คุณภาพการดำเนินงาน", "๘๖๙.๑"},
              {"ประสิทธิภาพการสื่อสาร", "๘๔.๒๐"},
              {"การปรับปรุงระบบการทำงาน", "๘๓.๔๗"},
              {"การเปิดเผยข้อมูล", "๗๙.๕๐"},
              {"การป้องกันการทุจริต", "๗๒.๐๐"}};
    auto r = check(
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"}, {test::writerTable("Table1", t)}));
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::ScoreOutOfRange}) << dump(r);
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
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::WrongTool}) << dump(r);
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
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::WrongTool}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 10);
    EXPECT_EQ(r.findings[0].found, "EIT");
    EXPECT_EQ(r.findings[0].expected, "OIT");
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"B14", "A14"}));
}

namespace {

// templates/ita-score-sheet.fods as the office reads it before any score is typed: the ten
// indicator rows with empty score cells (E15:E24), the total and rating formulas showing "".
SourceDocument templateForm(const std::vector<std::string> &scores = {}) {
    Rows rows = {
        {"แบบรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"},
        {"ประจำปีงบประมาณ พ.ศ. 2568"},
        {},
        {"หน่วยงาน", "", ""},
        {"ประเภท", "", ""},
        {"อำเภอ", "", ""},
        {"จังหวัด", "", ""},
        {"ส่วนราชการ", "", ""},
        {"โทรศัพท์", "", ""},
        {"ที่", "", ""},
        {"ตำแหน่งผู้บริหาร", "", ""},
        {"ปีงบประมาณ พ.ศ.", "", "2568"},
        {},
        {"ตัวชี้วัดที่", "ตัวชี้วัด", "", "เครื่องมือ", "คะแนน", "คะแนนปีก่อน"},
    };
    const char *const names[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                                 "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                                 "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                                 "การป้องกันการทุจริต"};
    for (size_t i = 0; i < 10; ++i)
        rows.push_back({std::to_string(i + 1), names[i], "",
                        i < 5   ? "IIT"
                        : i < 8 ? "EIT"
                                : "OIT",
                        i < scores.size() ? scores[i] : "", ""});
    for (const char *label :
         {"คะแนนรวม", "ระดับผลการประเมิน", "คะแนนเครื่องมือ IIT", "คะแนนเครื่องมือ EIT", "คะแนนเครื่องมือ OIT"})
        rows.push_back({"", "", "", label, "", ""});
    Grid g = test::sheet("คะแนน ITA", rows);
    for (size_t r = 24; r <= 28; ++r)
        g.rows[r][4].isFormula = true; // =IF(COUNT(E15:E24)=10;…;"")
    return test::workbook({g});
}

} // namespace

// A blank form is not a document full of errors: one warning for the table.
TEST(ScoreMissing, BlankTemplateGivesOneWarningForTheTable) {
    auto r = check(templateForm());
    ASSERT_EQ(codes(r), std::vector<std::string>{msg::code::ScoresNotFilledIn}) << dump(r);
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
    ASSERT_EQ(codes(r), std::vector<std::string>(7, msg::code::ScoreMissing)) << dump(r);
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
    ASSERT_EQ(codes(r), (std::vector<std::string>{msg::code::ScoreMissing, msg::code::ScoreNotNumber}))
        << dump(r);
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
    EXPECT_EQ(std::count(c.begin(), c.end(), msg::code::ScoresNotFilledIn), 0) << dump(r);
    EXPECT_EQ(std::count(c.begin(), c.end(), msg::code::ScoreNotNumber), 0) << dump(r);
}
