// validate() end to end: correct documents give no finding at all; the year decides the
// framework (ITA015, ITA016); findings come sorted; the report's summary fields.
#include "core/validate/rule.hpp"
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace ita;
using namespace ita::test;

namespace {

SourceDocument correctReport() {
    return test::writerDoc(
        reportParagraphs(),
        {test::writerTable("Table1", rankingTable()), test::writerTable("Table2", toolTable())},
        "analysis.odt");
}

} // namespace

TEST(Validation, CorrectSheetHasNoFinding) {
    auto r = validate(test::workbook({test::sheet("คะแนน", sheetFY2565())}), registry(), pinned());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.fiscalYear.has_value());
    EXPECT_EQ(*r.fiscalYear, 2565);
    ASSERT_NE(r.framework, nullptr);
    EXPECT_EQ(r.framework->fiscalYear, 2565);
    EXPECT_EQ(r.agency, "องค์การบริหารส่วนตำบลโคกสำโรง");
    ASSERT_TRUE(r.statedTotal && r.computedTotal);
    EXPECT_DOUBLE_EQ(*r.statedTotal, 82.41);
    EXPECT_NEAR(*r.computedTotal, 82.4058, 1e-9);
    EXPECT_EQ(r.statedRating, "B");
    EXPECT_EQ(r.computedRating, "B");
    EXPECT_EQ(r.errors(), 0);
    EXPECT_EQ(r.warnings(), 0);
}

TEST(Validation, CorrectFreeFormReportHasNoFinding) {
    auto r = validate(correctReport(), registry(), pinned());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.fiscalYear.has_value());
    EXPECT_EQ(*r.fiscalYear, 2564);
    EXPECT_EQ(r.facts.tables.size(), 2u);
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 88.3566, 1e-9);
    EXPECT_EQ(r.computedRating, "A");
}

TEST(Validation, CorrectPassSchemeSheetHasNoFinding) {
    auto r = validate(test::workbook({test::sheet("ITA2566", sheetFY2566())}), registry(), pinned());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    EXPECT_EQ(r.statedRating, "ผ่านดี");
    EXPECT_EQ(r.computedRating, "ผ่านดี");
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 91.023, 1e-9);
}

TEST(Validation, YearWithoutFrameworkIsReportedAndSchemeChecksSkipped) {
    Rows rows = sheetFY2565();
    rows[0][0] = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569";
    rows[15][2] = "ผ่านดีเยี่ยม"; // cannot be judged without the year's scheme
    auto r = validate(test::workbook({test::sheet("คะแนน", rows)}), registry(), pinned());
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA015"}) << dump(r);
    const Finding &f = r.findings[0];
    // A warning since issue 10: FY2569's framework is not published, its correct files are no errors.
    EXPECT_EQ(f.severity, Severity::Warning);
    ASSERT_EQ(f.locations.size(), 1u);
    EXPECT_EQ(f.locations[0].cellRef(), "A1");
    EXPECT_NE(f.messageTh.find("2569"), std::string::npos) << f.messageTh;
    EXPECT_EQ(r.framework, nullptr);
    ASSERT_TRUE(r.fiscalYear.has_value());
    EXPECT_EQ(*r.fiscalYear, 2569);
    EXPECT_FALSE(r.computedTotal.has_value());
}

TEST(Validation, YearWithoutFrameworkStillChecksNumbersAndTables) {
    Rows rows = sheetFY2565();
    rows[0][0] = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569";
    rows[6][2] = "9O.42";
    auto r = validate(test::workbook({test::sheet("คะแนน", rows)}), registry(), pinned());
    EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA015", "ITA003"})) << dump(r);
}

TEST(Validation, NoStatedYearWarnsAndChecksStructureOnly) {
    Rows rows = sheetFY2565();
    rows[0][0] = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";
    rows[14][2] = "84.41"; // a total is checked: weights are the same in every framework
    auto r = validate(test::workbook({test::sheet("คะแนน", rows)}), registry(), pinned());
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA016", "ITA006"})) << dump(r);
    EXPECT_EQ(r.findings[0].severity, Severity::Warning);
    EXPECT_TRUE(r.findings[0].locations.empty());
    EXPECT_EQ(r.findings[1].locations[0].cellRef(), "C15");
    EXPECT_FALSE(r.fiscalYear.has_value());
    EXPECT_EQ(r.framework, nullptr);
    EXPECT_TRUE(r.computedRating.empty());
}

TEST(Validation, OptionYearOverridesTheStatedOne) {
    ValidationOptions o = pinned();
    o.fiscalYear = 2566; // the letter "B" is then from the other scheme
    auto r = validate(test::workbook({test::sheet("คะแนน", sheetFY2565())}), registry(), o);
    ASSERT_TRUE(r.fiscalYear.has_value());
    EXPECT_EQ(*r.fiscalYear, 2566);
    EXPECT_EQ(codes(r), std::vector<std::string>{"ITA008"}) << dump(r);
    EXPECT_EQ(r.computedRating, "ต้องปรับปรุง");
}

TEST(Validation, ToleranceOption) {
    Rows rows = sheetFY2565();
    rows[14][2] = "82.45"; // 0.0442 from 82.4058
    auto strict = validate(test::workbook({test::sheet("คะแนน", rows)}), registry(), pinned());
    EXPECT_EQ(codes(strict), std::vector<std::string>{"ITA006"}) << dump(strict);
    ValidationOptions loose = pinned();
    loose.tolerance = 0.05;
    auto r = validate(test::workbook({test::sheet("คะแนน", rows)}), registry(), loose);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(Validation, EmptyDocumentWarnsTwice) {
    auto r = validate(test::writerDoc({"บันทึกข้อความ", "เรื่อง ขอส่งรายงาน"}), registry(), pinned());
    EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA016", "ITA017"})) << dump(r);
    EXPECT_EQ(r.errors(), 0);
    EXPECT_EQ(r.warnings(), 2);
}

TEST(Validation, FindingsAreSortedByPlace) {
    Rows rows = sheetFY2565();
    rows[12][2] = "795.0"; // C13: out of range
    rows[5][2] = "85.3O";  // C6: not a number
    rows[15][2] = "AA";    // C16: wrong rating
    auto r = validate(test::workbook({test::sheet("คะแนน", rows)}), registry(), pinned());
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA003", "ITA004", "ITA007"})) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].cellRef(), "C6");
    EXPECT_EQ(r.findings[1].locations[0].cellRef(), "C13");
    EXPECT_EQ(r.findings[2].locations[0].cellRef(), "C16");
}

TEST(Validation, EveryRuleHasAStableNameAndEveryCodeAMessage) {
    // 22, province_rows, no_framework, no_fiscal_year (ITA015, ITA016), assessed_year_assumed (ITA034),
    // tool_score_wrong (ITA035)
    EXPECT_EQ(allRules().size(), 27u);
    for (const char *c :
         {"ITA001", "ITA002", "ITA003", "ITA004", "ITA005", "ITA006", "ITA007", "ITA008", "ITA009", "ITA010",
          "ITA011", "ITA012", "ITA013", "ITA014", "ITA015", "ITA016", "ITA017", "ITA020", "ITA021", "ITA022",
          "ITA023", "ITA024", "ITA030", "ITA031", "ITA032", "ITA033", "ITA034", "ITA035"})
        EXPECT_TRUE(msg::has(c)) << c;
}

// A rule declares its findings' texts itself: each key once, found by the catalogue,
// no catalogue key of the same name; figure_not_checked runs last.
TEST(Validation, EveryFindingTextIsDeclaredOnceByOneRule) {
    std::set<std::string> names, keys;
    for (const Rule *rule : allRules()) {
        EXPECT_TRUE(names.insert(rule->name).second) << rule->name;
        EXPECT_GT(rule->textCount, 0u) << rule->name;
        for (size_t i = 0; i < rule->textCount; ++i) {
            const FindingText &t = *rule->texts[i];
            EXPECT_TRUE(keys.insert(t.key).second) << t.key;
            EXPECT_EQ(findingText(t.key), &t) << t.key;
            EXPECT_EQ(msg::th(t.key), msg::format(t.text(), msg::Lang::Th)) << t.key;
            EXPECT_EQ(t.code().size(), 6u) << t.key;
        }
        EXPECT_EQ(findRule(rule->name), rule);
    }
    const std::vector<std::string_view> all = msg::allKeys();
    EXPECT_EQ(std::set<std::string_view>(all.begin(), all.end()).size(), all.size());
    EXPECT_EQ(std::string(allRules().back()->name), "figure_not_checked");
    EXPECT_EQ(findingText("ITA999"), nullptr);
    EXPECT_EQ(findRule("no_such_rule"), nullptr);
}

TEST(PrimaryTable, PrefersTheTableThatReproducesTheStatedTotal) {
    // Table1 (ranking) has a copy error in indicator 3; Table2 reproduces 88.36.
    Rows ranking = rankingTable();
    ranking[3][2] = "๙๗.๓๑";
    SourceDocument doc = test::writerDoc(
        reportParagraphs(), {test::writerTable("Table1", ranking), test::writerTable("Table2", toolTable())});
    auto r = validate(doc, registry(), pinned());
    ASSERT_EQ(r.facts.tables.size(), 2u);
    const ScoreTable *p = primaryTable(r.facts, *registry().find(2564), 0.02);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->gridName, "Table2");
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 88.3566, 1e-9);
}

namespace {

// FY2565 beside FY2564. 2564: IIT 79.37, EIT 76.0667, OIT 63.35 -> 23.811 + 22.82 + 25.34 = 71.971, C.
Grid twoYearSheet(const std::string &lastRating, double lastTotal, const std::string &lastTotalText) {
    Rows rows = {
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 เปรียบเทียบกับปี 2564"},
        {"ตัวชี้วัด", "คะแนนปี 2564", "คะแนนปี 2565"},
        {"1. การปฏิบัติหน้าที่", "83.60", "92.15"},
        {"2. การใช้งบประมาณ", "75.80", "85.30"},
        {"3. การใช้อำนาจ", "81.00", "90.42"},
        {"4. การใช้ทรัพย์สินของราชการ", "79.60", "88.76"},
        {"5. การแก้ไขปัญหาการทุจริต", "76.85", "87.50"},
        {"6. คุณภาพการดำเนินงาน", "79.10", "86.91"},
        {"7. ประสิทธิภาพการสื่อสาร", "75.50", "84.20"},
        {"8. การปรับปรุงระบบการทำงาน", "73.60", "83.47"},
        {"9. การเปิดเผยข้อมูล", "65.60", "79.50"},
        {"10. การป้องกันการทุจริต", "61.10", "72.00"},
        {"คะแนนรวม", "", ""},
        {"ระดับผลการประเมิน", lastRating, "B"},
    };
    Grid g = test::sheet("เปรียบเทียบ", rows);
    g.rows[12][1] = test::formula(lastTotal, lastTotalText);
    g.rows[12][2] = test::formula(82.4058, "82.41");
    return g;
}

} // namespace

TEST(Validation, TwoYearSheetWithFormulaTotals) {
    auto r = validate(test::workbook({twoYearSheet("C", 71.971, "71.97")}), registry(), pinned());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 82.4058, 1e-9);
    ASSERT_EQ(r.facts.tables.size(), 1u);
    EXPECT_TRUE(r.facts.tables[0].previousCol.has_value());
    // Both totals of the row are read, this year's first; the summary fields take this
    // year's column, never last year's (the formula's value, shown as 82.41).
    ASSERT_EQ(r.facts.statedTotals.size(), 2u);
    EXPECT_EQ(r.facts.statedTotals[0].at.cellRef(), "C13");
    EXPECT_EQ(r.facts.statedTotals[1].at.cellRef(), "B13");
    ASSERT_TRUE(r.statedTotal);
    EXPECT_DOUBLE_EQ(*r.statedTotal, 82.4058);
    EXPECT_EQ(r.statedRating, "B");
}

TEST(Validation, LastYearsColumnIsJudgedOnLastYearsScores) {
    auto rating = validate(test::workbook({twoYearSheet("B", 71.971, "71.97")}), registry(), pinned());
    ASSERT_EQ(codes(rating), std::vector<std::string>{"ITA007"}) << dump(rating);
    EXPECT_EQ(rating.findings[0].locations[0].cellRef(), "B14");
    EXPECT_EQ(rating.findings[0].expected, "C");
    EXPECT_NE(rating.findings[0].messageEn.find("FY2564"), std::string::npos) << rating.findings[0].messageEn;
    EXPECT_NE(rating.findings[0].messageEn.find("71.97"), std::string::npos) << rating.findings[0].messageEn;

    auto total = validate(test::workbook({twoYearSheet("C", 72.971, "72.97")}), registry(), pinned());
    ASSERT_EQ(codes(total), std::vector<std::string>{"ITA006"}) << dump(total);
    EXPECT_EQ(total.findings[0].locations[0].cellRef(), "B13");
    EXPECT_EQ(total.findings[0].expected, "71.97");
    EXPECT_NE(total.findings[0].messageEn.find("FY2564"), std::string::npos) << total.findings[0].messageEn;
}

TEST(Validation, OneTablePerTool) {
    // An analysis that lists each tool's indicators in its own table.
    auto doc = test::writerDoc({"รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                                "เทศบาลตำบลต้นไทร ได้คะแนน ๙๑.๐๒ คะแนน อยู่ในระดับ ผ่านดี"},
                               {test::writerTable("Table1", {{"ตัวชี้วัด (IIT)", "คะแนน"},
                                                             {"การปฏิบัติหน้าที่", "๙๑.๒๐"},
                                                             {"การใช้งบประมาณ", "๘๘.๔๕"},
                                                             {"การใช้อำนาจ", "๙๐.๑๐"},
                                                             {"การใช้ทรัพย์สินของราชการ", "๘๙.๗๕"},
                                                             {"การแก้ไขปัญหาการทุจริต", "๙๒.๓๐"}}),
                                test::writerTable("Table2", {{"ตัวชี้วัด (EIT)", "คะแนน"},
                                                             {"คุณภาพการดำเนินงาน", "๘๗.๖๐"},
                                                             {"ประสิทธิภาพการสื่อสาร", "๘๖.๔๐"},
                                                             {"การปรับปรุงระบบการทำงาน", "๘๘.๑๕"}}),
                                test::writerTable("Table3", {{"ตัวชี้วัด (OIT)", "คะแนน"},
                                                             {"การเปิดเผยข้อมูล", "๙๓.๕๐"},
                                                             {"การป้องกันการทุจริต", "๙๕.๐๐"}})});
    auto r = validate(doc, registry(), pinned());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}
