#include "core/read/document_facts.hpp"

#include "rules_support.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <ctime>

using namespace ita;
using test::Rows;

namespace {

const Framework &fw(int year) {
    return test::registry().require(year);
}

std::string ref(const Location &l) {
    return l.isParagraph() ? "P" + std::to_string(l.paragraph) : l.cellRef();
}

std::vector<int> indicators(const ScoreTable &t) {
    std::vector<int> out;
    for (const auto &e : t.entries)
        out.push_back(e.indicator);
    return out;
}

// The product's own score sheet (templates/ita-score-sheet.fods), filled in: merged
// cells read as empty cells, formulas as their values.
SourceDocument templateSheet() {
    Grid g = test::templateGrid(
        {"อบต.โคกสำโรง", "องค์การบริหารส่วนตำบล", "โคกสำโรง", "ลพบุรี", "สำนักปลัด", "0-3644-1234", "ลบ 75201/-",
         "นายกองค์การบริหารส่วนตำบลโคกสำโรง"},
        {"95.12", "88.40", "91.05", "86.77", "90.00", "93.61", "89.48", "90.73", "100.00", "87.50"},
        {"90.10", "85.00", "89.95", "80.25", "88.88", "92.00", "87.12", "86.54", "94.44", "75.00"});
    g.rows[24][4] = test::formula(91.4567, "91.4567");
    g.rows[25][4] = test::textCell("ผ่านดี");
    g.rows[25][4].isFormula = true;
    g.rows[26][4] = test::formula(90.268, "90.268");
    g.rows[27][4] = test::formula(91.2733333333333, "91.2733333333333");
    g.rows[28][4] = test::formula(93.75, "93.75");
    return test::workbook({g});
}

} // namespace

TEST(DocumentFacts, TemplateLayout) {
    const DocumentFacts f = readFacts(templateSheet(), fw(2568));
    // the title states the year first; the label's value agrees
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2568);
    EXPECT_EQ(f.fiscalYear->text, "2568");
    EXPECT_EQ(ref(f.fiscalYear->at), "A2");
    EXPECT_TRUE(f.otherYears.empty());
    ASSERT_TRUE(f.agency);
    EXPECT_EQ(f.agency->value, "อบต.โคกสำโรง");
    EXPECT_EQ(ref(f.agency->at), "C4");
    ASSERT_TRUE(f.district); // the "อำเภอ" label of the agency block
    EXPECT_EQ(f.district->value, "โคกสำโรง");
    EXPECT_EQ(ref(f.district->at), "C6");

    ASSERT_EQ(f.tables.size(), 1u);
    const ScoreTable &t = f.tables[0];
    EXPECT_EQ(t.grid, 0);
    EXPECT_EQ(t.gridName, "คะแนน ITA");
    EXPECT_EQ(t.headerRow, 13);
    EXPECT_EQ(t.nameCol, 1);
    EXPECT_EQ(t.scoreCol, 4);
    EXPECT_EQ(t.previousCol, 5);
    EXPECT_EQ(t.toolCol, 3);
    EXPECT_FALSE(t.rankCol);
    EXPECT_FALSE(t.isRanking);
    EXPECT_EQ(t.firstRow, 14);
    EXPECT_EQ(t.lastRow, 23);
    EXPECT_EQ(indicators(t), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));

    const ScoreEntry &e1 = t.entries[0];
    EXPECT_EQ(ref(e1.nameAt), "B15");
    EXPECT_EQ(ref(e1.scoreAt), "E15");
    EXPECT_EQ(e1.scoreText, "95.12");
    EXPECT_DOUBLE_EQ(*e1.score, 95.12);
    EXPECT_EQ(e1.digits, thai::DigitSystem::Arabic);
    EXPECT_DOUBLE_EQ(*e1.previous, 90.10);
    EXPECT_EQ(ref(*e1.previousAt), "F15");
    EXPECT_EQ(e1.toolText, "IIT");
    EXPECT_EQ(ref(*e1.toolAt), "D15");
    EXPECT_FALSE(e1.statedRank);
    EXPECT_DOUBLE_EQ(*t.entries[8].score, 100.0);
    EXPECT_EQ(t.entries[9].toolText, "OIT");
    EXPECT_DOUBLE_EQ(*t.entries[9].previous, 75.0);

    // the tool scores below the total are no totals
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 91.4567);
    EXPECT_EQ(ref(f.statedTotals[0].at), "E25");
    ASSERT_EQ(f.statedRatings.size(), 1u);
    EXPECT_EQ(f.statedRatings[0].value, "ผ่านดี");
    EXPECT_EQ(ref(f.statedRatings[0].at), "E26");

    EXPECT_TRUE(f.textFigures.empty());
    EXPECT_TRUE(f.extremeClaims.empty());
    EXPECT_TRUE(f.thaiDigitCells.empty());
    EXPECT_EQ(f.arabicDigitCells.size(), 11u); // ten scores and the total
}

TEST(DocumentFacts, BlankTemplateStatesNothingButTheYear) {
    SourceDocument doc = templateSheet();
    Grid &g = doc.grids[0];
    for (int r : {3, 4, 5, 6, 7, 8, 9, 10})
        g.rows[static_cast<size_t>(r)][2] = Cell{};
    for (int r = 14; r <= 28; ++r) {
        g.rows[static_cast<size_t>(r)][4] = Cell{};
        g.rows[static_cast<size_t>(r)][5] = Cell{};
    }
    const DocumentFacts f = readFacts(doc, fw(2568));
    EXPECT_FALSE(f.agency); // not "ประเภท", the label below
    EXPECT_TRUE(f.statedTotals.empty());
    EXPECT_TRUE(f.statedRatings.empty());
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(f.tables[0].entries.size(), 10u);
    EXPECT_FALSE(f.tables[0].entries[0].score);
    EXPECT_EQ(f.tables[0].entries[0].scoreText, "");
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2568);
}

TEST(DocumentFacts, FindFiscalYearOnTheTemplate) {
    const auto y = findFiscalYear(templateSheet());
    ASSERT_TRUE(y);
    EXPECT_EQ(y->value, 2568);
    EXPECT_EQ(ref(y->at), "A2");
}

TEST(DocumentFacts, FreeLayoutThaiDigitsAndPrefixes) {
    Rows rows = {
        {"ผลคะแนนรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", ""},
        {"ตัวชี้วัดที่ ๑ การปฏิบัติ หน้าที่", "๙๒.๓๘"},
        {"ตัวชี้วัดที่ ๒ การใช้งบ ประมาณ", "๗๘.๕๐"},
        {"ตัวชี้วัดที่ ๓ การใช้อำนาจ", "๘๘.๐๔"},
        {"ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ", "๘๑.๒๒"},
        {"", ""}, // a blank row inside the table (page break in the original)
        {"ตัวชี้วัดที่ ๕ การแก้ไขปัญหา\u200Bการทุจริต", "๘๕.๐๐"},
        {"ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "๙๐.๑๑"},
        {"ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "๘๗.๖๕"},
        {"ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "๘๔.๓๒"},
        {"ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "๗๐.๕๖"},
        {"ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "๘O.๕๐"},
    };
    SourceDocument doc = test::writerDoc({"องค์การบริหารส่วนตำบลกะลาเส ได้คะแนนรวม ๘๓.๑๒ คะแนน อยู่ในระดับ B"},
                                         {test::writerTable("Table1", rows)});
    const DocumentFacts f = readFacts(doc, fw(2565));
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2565);
    EXPECT_EQ(f.fiscalYear->text, "๒๕๖๕");
    EXPECT_EQ(f.fiscalYear->at.grid, 0);
    EXPECT_EQ(f.fiscalYear->at.row, 0);

    ASSERT_EQ(f.tables.size(), 1u);
    const ScoreTable &t = f.tables[0];
    EXPECT_EQ(t.kind, GridKind::WriterTable);
    EXPECT_EQ(t.headerRow, -1);
    EXPECT_EQ(t.nameCol, 0);
    EXPECT_EQ(t.scoreCol, 1);
    EXPECT_EQ(indicators(t), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    EXPECT_EQ(t.entries[0].scoreText, "๙๒.๓๘");
    EXPECT_DOUBLE_EQ(*t.entries[0].score, 92.38);
    EXPECT_EQ(t.entries[0].digits, thai::DigitSystem::Thai);
    EXPECT_EQ(t.entries[4].nameAt.row, 6);
    EXPECT_DOUBLE_EQ(*t.entries[4].score, 85.0);
    EXPECT_EQ(t.entries[9].scoreText, "๘O.๕๐");
    EXPECT_FALSE(t.entries[9].score);
    EXPECT_TRUE(t.entries[0].toolText.empty());

    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 83.12);
    EXPECT_EQ(f.statedTotals[0].text, "๘๓.๑๒");
    EXPECT_EQ(ref(f.statedTotals[0].at), "P0");
    ASSERT_EQ(f.statedRatings.size(), 1u);
    EXPECT_EQ(f.statedRatings[0].value, "B");
    ASSERT_TRUE(f.agency);
    EXPECT_EQ(f.agency->value, "องค์การบริหารส่วนตำบลกะลาเส");
    EXPECT_EQ(f.thaiDigitCells.size(), 11u);
    EXPECT_TRUE(f.arabicDigitCells.empty());
    EXPECT_TRUE(f.textFigures.empty());
}

TEST(DocumentFacts, NumbersAsTextWithUnitAndMixedDigits) {
    Rows rows = {
        {"ตัวชี้วัด", "ผลคะแนน"},
        {"การปฏิบัติหน้าที่", "๘๐.๗๘ คะแนน"},
        {"การใช้งบประมาณ", "75.5"},
        {"การใช้อำนาจ", ""},
    };
    const DocumentFacts f = readFacts(test::writerDoc({}, {test::writerTable("Table1", rows)}), fw(2564));
    ASSERT_EQ(f.tables.size(), 1u);
    const ScoreTable &t = f.tables[0];
    EXPECT_EQ(t.headerRow, 0);
    ASSERT_EQ(t.entries.size(), 3u);
    EXPECT_DOUBLE_EQ(*t.entries[0].score, 80.78);
    EXPECT_EQ(t.entries[0].digits, thai::DigitSystem::Thai);
    EXPECT_DOUBLE_EQ(*t.entries[1].score, 75.5);
    EXPECT_EQ(t.entries[1].digits, thai::DigitSystem::Arabic);
    // a score left out under a header is an entry without a score
    EXPECT_EQ(t.entries[2].scoreText, "");
    EXPECT_FALSE(t.entries[2].score);
    EXPECT_EQ(f.thaiDigitCells.size(), 1u);
    EXPECT_EQ(f.arabicDigitCells.size(), 1u);
}

// "88.52%" typed in Calc or Excel is a number cell formatted as a percentage: the value
// 0.8852, shown as 88.52%. The score (and the total) is what the cell shows.
TEST(DocumentFacts, PercentFormattedCellsAreTheScoresTheyShow) {
    Rows rows = {{"ตัวชี้วัด", "คะแนน"}, {"การปฏิบัติหน้าที่", ""}, {"การใช้งบประมาณ", ""}, {"คะแนนรวม", ""}};
    Grid g = test::sheet("Sheet1", rows);
    auto percent = [](double v, const std::string &shown) {
        Cell c;
        c.text = shown;
        c.number = v;
        return c;
    };
    g.rows[1][1] = percent(0.8852, "88.52%");
    g.rows[2][1] = percent(75.31, "75.31"); // a plain number stays itself
    g.rows[3][1] = percent(0.7731, "77.31 %");
    const DocumentFacts f = readFacts(test::workbook({g}), fw(2564));
    ASSERT_EQ(f.tables.size(), 1u);
    ASSERT_EQ(f.tables[0].entries.size(), 2u);
    EXPECT_NEAR(*f.tables[0].entries[0].score, 88.52, 1e-9);
    EXPECT_DOUBLE_EQ(*f.tables[0].entries[1].score, 75.31);
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_NEAR(f.statedTotals[0].value, 77.31, 1e-9);
}

TEST(DocumentFacts, YearColumnsLaterYearIsCurrent) {
    Rows rows = {
        {"ตัวชี้วัด", "ปี ๒๕๖๔", "ปี ๒๕๖๕"},
        {"การปฏิบัติหน้าที่", "85.10", "90.20"},
        {"การใช้งบประมาณ", "70.00", "72.50"},
    };
    const DocumentFacts f = readFacts(test::workbook({test::sheet("เปรียบเทียบ", rows)}), fw(2565));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(f.tables[0].scoreCol, 2);
    EXPECT_EQ(f.tables[0].previousCol, 1);
    EXPECT_DOUBLE_EQ(*f.tables[0].entries[1].score, 72.5);
    EXPECT_DOUBLE_EQ(*f.tables[0].entries[1].previous, 70.0);
    // years in headers are stated years, not the fiscal year
    EXPECT_FALSE(f.fiscalYear);
    ASSERT_EQ(f.otherYears.size(), 2u);
    EXPECT_EQ(f.otherYears[0].value, 2564);
    EXPECT_EQ(f.otherYears[1].value, 2565);
}

TEST(DocumentFacts, TwoTablesRankingAndByTool) {
    // 002: a ranking table and a table by tool, the tool named on the first row of its group.
    Rows ranking = {
        {"อันดับ", "ตัวชี้วัด", "คะแนน"},          {"1", "การปฏิบัติหน้าที่", "95.62"},
        {"2", "คุณภาพการดำเนินงาน", "90.34"},  {"3", "การแก้ไขปัญหาการทุจริต", "88.71"},
        {"4", "ประสิทธิภาพการสื่อสาร", "86.25"}, {"5", "การปรับปรุงการทำงาน", "84.10"},
        {"6", "การใช้อำนาจ", "83.33"},        {"7", "การป้องกันการทุจริต", "75.00"},
        {"8", "การเปิดเผยข้อมูล", "72.22"},     {"9", "การใช้ทรัพย์สินของราชการ", "70.05"},
        {"10", "การใช้งบประมาณ", "65.48"},
    };
    Rows byTool = {
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน", "ประเด็นที่ต้องแก้ไข/ปรับปรุง/ รักษาระดับ"},
        {"IIT", "๑. การปฏิบัติหน้าที่", "95.62",
         "จากข้อมูล IIT มีประเด็นที่ต้องแก้ไข คือ -การใช้งบประมาณ พบว่า บุคลากรไม่รู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปี"},
        {"", "2. การใช้งบประมาณ", "65.48", "และขาดการเปิดโอกาสให้บุคลากร มีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ"},
        {"", "3. การใช้อำนาจ", "83.33",
         "-ประเด็นการใช้ทรัพย์สินของราชการ พบว่าการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ"},
        {"", "4. การใช้ทรัพย์สินของราชการ", "70.05", "-การปฏิบัติหน้าที่ ในประเด็นการปฏิบัติงานหรือให้บริการแก่ผู้ที่มาติดต่อ"},
        {"", "5. การแก้ไขปัญหาการทุจริต", "88.71", "-การแก้ไขปัญหาการทุจริต ประเด็นการนำผลการตรวจสอบของฝ่ายตรวจสอบ"},
        {"EIT", "6. คุณภาพการดำเนินงาน", "90.34", "จากข้อมูล EIT พบว่าควรได้รับการปรับปรุงทั้งสามด้าน"},
        {"", "7. ประสิทธิภาพการสื่อสาร", "86.25", "-ประสิทธิภาพการสื่อสาร การเผยแพร่ข้อมูลของหน่วยงาน"},
        {"", "8. การปรับปรุงระบบการทำงาน", "84.10", "-การปรับปรุงระบบการทำงาน ต้องมีการปรับปรุงคุณภาพการปฏิบัติงาน"},
        {"", "", "", ""},
        {"OIT", "9. การเปิดเผยข้อมูล", "72.22",
         "จากข้อมูล OIT ทั้งประเด็นการเปิดเผยข้อมูล และการป้องกันการทุจริตต้องมีการปรับปรุง"},
        {"", "10. การป้องกันการทุจริต", "75.00", ""},
    };
    const DocumentFacts f = readFacts(
        test::writerDoc({}, {test::writerTable("Table1", ranking), test::writerTable("Table2", byTool)}),
        fw(2564));
    ASSERT_EQ(f.tables.size(), 2u);

    const ScoreTable &r = f.tables[0];
    EXPECT_EQ(r.grid, 0);
    EXPECT_TRUE(r.isRanking);
    EXPECT_EQ(r.rankCol, 0);
    EXPECT_EQ(indicators(r), (std::vector<int>{1, 6, 5, 7, 8, 3, 10, 9, 4, 2}));
    for (size_t i = 0; i < r.entries.size(); ++i)
        EXPECT_EQ(r.entries[i].statedRank, static_cast<int>(i) + 1);
    EXPECT_EQ(r.entries[3].rankAt->row, 4);
    EXPECT_DOUBLE_EQ(*r.entries[9].score, 65.48);

    const ScoreTable &t = f.tables[1];
    EXPECT_EQ(t.grid, 1);
    EXPECT_FALSE(t.isRanking);
    EXPECT_EQ(t.toolCol, 0);
    EXPECT_EQ(indicators(t), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    const std::vector<std::string> tools = {"IIT", "IIT", "IIT", "IIT", "IIT",
                                            "EIT", "EIT", "EIT", "OIT", "OIT"};
    const std::vector<int> toolRows = {1, 1, 1, 1, 1, 6, 6, 6, 10, 10};
    for (size_t i = 0; i < t.entries.size(); ++i) {
        EXPECT_EQ(t.entries[i].toolText, tools[i]) << i;
        ASSERT_TRUE(t.entries[i].toolAt);
        EXPECT_EQ(t.entries[i].toolAt->row, toolRows[i]) << i;
        EXPECT_EQ(t.entries[i].toolAt->col, 0);
    }
    // the long "issues" texts mention indicators but hold no figures
    EXPECT_TRUE(f.textFigures.empty());
    EXPECT_EQ(f.arabicDigitCells.size(), 20u);
}

TEST(DocumentFacts, RepeatedHeaderStartsANewTable) {
    Rows rows = {
        {"ตัวชี้วัด", "คะแนน"}, {"การปฏิบัติหน้าที่", "80.00"}, {"การใช้งบประมาณ", "81.00"},
        {"ตัวชี้วัด", "คะแนน"}, {"การปฏิบัติหน้าที่", "80.00"}, {"การใช้งบประมาณ", "18.00"},
    };
    const DocumentFacts f = readFacts(test::workbook({test::sheet("Sheet1", rows)}), fw(2564));
    ASSERT_EQ(f.tables.size(), 2u);
    EXPECT_EQ(f.tables[0].headerRow, 0);
    EXPECT_EQ(f.tables[1].headerRow, 3);
    EXPECT_EQ(f.tables[1].entries.size(), 2u);
    EXPECT_DOUBLE_EQ(*f.tables[1].entries[1].score, 18.0);
}

// A ranking split over two pages: Word makes two tables, the header repeated on the second.
// Together they list each indicator once, the ranks going on: one table.
TEST(DocumentFacts, ATableSplitOverTwoPagesIsOneTable) {
    Rows first = {{"อันดับ", "ตัวชี้วัด", "คะแนน"},           {"1", "การปฏิบัติหน้าที่", "88.52"},
                  {"2", "การใช้อำนาจ", "86.14"},         {"3", "คุณภาพการดำเนินงาน", "84.66"},
                  {"4", "การแก้ไขปัญหาการทุจริต", "83.09"}, {"5", "การใช้ทรัพย์สินของราชการ", "80.27"}};
    Rows second = {{"อันดับ", "ตัวชี้วัด", "คะแนน"},
                   {"6", "ประสิทธิภาพการสื่อสาร", "79.85"},
                   {"7", "การปรับปรุงระบบการทำงาน", "78.12"},
                   {"8", "การใช้งบประมาณ", "75.31"},
                   {"9", "การเปิดเผยข้อมูล", "72.50"},
                   {"10", "การป้องกันการทุจริต", "68.75"}};
    const DocumentFacts f = readFacts(
        test::writerDoc({}, {test::writerTable("Table1", first), test::writerTable("Table2", second)}),
        fw(2564));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(indicators(f.tables[0]), (std::vector<int>{1, 3, 6, 5, 4, 7, 8, 2, 9, 10}));
    EXPECT_EQ(f.tables[0].entries[5].scoreAt.grid, 1);
    EXPECT_EQ(f.tables[0].entries[5].scoreAt.row, 1);
    EXPECT_EQ(f.tables[0].entries[9].statedRank, 10);

    // The ranks start again: two rankings (of two years, say), not one split.
    Rows again = second;
    for (int i = 1; i <= 5; ++i)
        again[static_cast<size_t>(i)][0] = std::to_string(i);
    EXPECT_EQ(readFacts(test::writerDoc(
                            {}, {test::writerTable("Table1", first), test::writerTable("Table2", again)}),
                        fw(2564))
                  .tables.size(),
              2u);
    // Together short of the ten: left as two tables (fragments, "the strongest five").
    Rows four(second.begin(), second.end() - 1);
    EXPECT_EQ(readFacts(test::writerDoc(
                            {}, {test::writerTable("Table1", first), test::writerTable("Table2", four)}),
                        fw(2564))
                  .tables.size(),
              2u);
}

// The same in a sheet: the header repeated for the second printed page after "(ต่อ)".
TEST(DocumentFacts, ASheetTableWithItsHeaderRepeatedIsOneTable) {
    Rows rows = {{"ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "คะแนน"},
                 {"1", "การปฏิบัติหน้าที่", "IIT", "88.52"},
                 {"2", "การใช้งบประมาณ", "IIT", "75.31"},
                 {"3", "การใช้อำนาจ", "IIT", "86.14"},
                 {"4", "การใช้ทรัพย์สินของราชการ", "IIT", "80.27"},
                 {"5", "การแก้ไขปัญหาการทุจริต", "IIT", "83.09"},
                 {},
                 {"(ต่อ)"},
                 {"ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "คะแนน"},
                 {"6", "คุณภาพการดำเนินงาน", "EIT", "84.66"},
                 {"7", "ประสิทธิภาพการสื่อสาร", "EIT", "79.85"},
                 {"8", "การปรับปรุงระบบการทำงาน", "EIT", "78.12"},
                 {"9", "การเปิดเผยข้อมูล", "OIT", "72.50"},
                 {"10", "การป้องกันการทุจริต", "OIT", "68.75"},
                 {"", "คะแนนรวม", "", "77.31"}};
    const DocumentFacts f = readFacts(test::workbook({test::sheet("Sheet1", rows)}), fw(2564));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(f.tables[0].entries.size(), 10u);
    EXPECT_EQ(f.tables[0].headerRow, 0);
    EXPECT_EQ(f.tables[0].lastRow, 13);
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 77.31);
}

TEST(DocumentFacts, GapOfThreeRowsEndsATable) {
    Rows rows = {
        {"การปฏิบัติหน้าที่", "80.00"}, {"การใช้งบประมาณ", "81.00"}, {}, {"หมายเหตุ"}, {}, {"การใช้อำนาจ", "82.00"},
    };
    const DocumentFacts f = readFacts(test::workbook({test::sheet("Sheet1", rows)}), fw(2564));
    ASSERT_EQ(f.tables.size(), 2u);
    EXPECT_EQ(f.tables[0].entries.size(), 2u);
    EXPECT_EQ(f.tables[1].entries.size(), 1u);
}

TEST(DocumentFacts, AnalysisTextOf002WithNumbers) {
    const std::vector<std::string> paragraphs = {
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ องค์การบริหารส่วนตำบลกะลาเส อำเภอลี้เกา "
        "จังหวัดตรัง",
        "๑. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินการของหน่วยงานภาครัฐ ITA "
        "ขององค์การบริหารส่วนตำบลกะลาเส ปี พ.ศ. ๒๕๖๔",
        "องค์การบริหารส่วนตำบลกะลาเสได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินการของหน่วยงานภาครัฐ ปี พ.ศ. "
        "๒๕๖๔ เป็นคะแนน ๗๙.๗๐ คะแนน ได้ระดับผลการประเมิน B โดยได้รับคะแนนรายตัวชี้วัดดังนี้",
        "คะแนนสูงสุดรายตัวชี้วัด",
        "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนนเฉลี่ย ๙๕.๖๒ คะแนน "
        "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๒ การใช้งบประมาณ มีคะแนนเฉลี่ย ๖๕.๔๘ คะแนน",
        "หน่วยงานได้ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2564 จำนวน 79.70 "
        "คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ B หมายถึง "
        "หน่วยงานสามารถดำเนินการสอดคล้องตามตัวชี้วัดและหลักเกณฑ์การประเมิน ITA เป็นส่วนใหญ่ "
        "โดยมีบางประเด็นที่จำเป็นวางแผนพัฒนา และปรับปรุงประมาณการร้อยละ 15-25 ของตัวชี้วัดหรือข้อคำถามทั้งหมด",
        "- แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการจัดการความเสี่ยงในกรณีที่เกิดการทุจริต / "
        "เป็นกิจกรรมหรือการดำเนินการที่สอดคล้องกับมาตรการหรือการดำเนินการเพื่อบริหารจัดการความเสี่ยงตามข้อ O36 / "
        "เป็นข้อมูลในระยะเวลาอย่างน้อย 6 เดือนแรกของปีที่รับการประเมิน",
        "จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินการของหน่วยงานภาครัฐ ปี พ.ศ. ๒๕๖๔ "
        "ขององค์การบริหารส่วนตำบลกะลาเส คะแนนที่ได้รับ ๗๙.๗๐ คะแนน ได้ระดับผลการประเมิน B "
        "โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ได้ดังนี้",
        "จากที่ประชุมองค์การบริหารส่วนตำบลกะลาเส เมื่อวันที่ ๑ กุมภาพันธ์ ๒๕๖๕ ผู้บริหารและเจ้าหน้าที่ "
        "ได้ร่วมกันพิจารณามาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    };
    const DocumentFacts f = readFacts(test::writerDoc(paragraphs), fw(2564));
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2565);
    EXPECT_EQ(f.fiscalYear->text, "๒๕๖๕");
    EXPECT_EQ(ref(f.fiscalYear->at), "P0");
    // every place 2564 is named ("ประจำปี 2564" in P5 too), the fiscal year's own repeats not
    ASSERT_EQ(f.otherYears.size(), 4u);
    for (const auto &y : f.otherYears)
        EXPECT_EQ(y.value, 2564);
    EXPECT_EQ(ref(f.otherYears[0].at), "P1");
    EXPECT_EQ(ref(f.otherYears[1].at), "P2");
    EXPECT_EQ(ref(f.otherYears[2].at), "P5");
    EXPECT_EQ(ref(f.otherYears[3].at), "P7");
    EXPECT_EQ(f.otherYears[2].text, "2564");
    ASSERT_TRUE(f.agency);
    EXPECT_EQ(f.agency->value, "องค์การบริหารส่วนตำบลกะลาเส");
    EXPECT_EQ(ref(f.agency->at), "P0");

    ASSERT_EQ(f.statedTotals.size(), 3u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 79.70);
    EXPECT_EQ(f.statedTotals[0].text, "๗๙.๗๐");
    EXPECT_EQ(ref(f.statedTotals[0].at), "P2");
    EXPECT_EQ(f.statedTotals[1].text, "79.70");
    EXPECT_EQ(ref(f.statedTotals[1].at), "P5");
    EXPECT_EQ(ref(f.statedTotals[2].at), "P7");

    ASSERT_EQ(f.statedRatings.size(), 3u);
    for (const auto &r : f.statedRatings)
        EXPECT_EQ(r.value, "B");
    EXPECT_EQ(ref(f.statedRatings[1].at), "P5");

    ASSERT_EQ(f.extremeClaims.size(), 2u);
    EXPECT_TRUE(f.extremeClaims[0].highest);
    EXPECT_EQ(f.extremeClaims[0].indicator, 1);
    EXPECT_FALSE(f.extremeClaims[1].highest);
    EXPECT_EQ(f.extremeClaims[1].indicator, 2);
    EXPECT_EQ(ref(f.extremeClaims[1].at), "P4");

    ASSERT_EQ(f.textFigures.size(), 2u);
    EXPECT_EQ(f.textFigures[0].indicator, 1);
    EXPECT_DOUBLE_EQ(f.textFigures[0].value, 95.62);
    EXPECT_EQ(f.textFigures[0].valueText, "๙๕.๖๒");
    EXPECT_EQ(f.textFigures[1].indicator, 2);
    EXPECT_DOUBLE_EQ(f.textFigures[1].value, 65.48);
    EXPECT_EQ(ref(f.textFigures[1].at), "P4");

    EXPECT_EQ(f.thaiDigitCells.size(), 2u); // the totals of P2 and P7
    EXPECT_EQ(f.arabicDigitCells.size(), 1u);
}

TEST(DocumentFacts, PlaceholdersAreNotFigures) {
    // 002 as published: "xx.xx" where the numbers go.
    const DocumentFacts f =
        readFacts(test::writerDoc({"ปี พ.ศ. ๒๕๖๔ เป็นคะแนน xx.xx คะแนน ได้ระดับผลการประเมิน B",
                                   "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนนเฉลี่ย xx.xx คะแนน"}),
                  fw(2564));
    EXPECT_TRUE(f.statedTotals.empty());
    EXPECT_TRUE(f.textFigures.empty());
    EXPECT_EQ(f.extremeClaims.size(), 1u);
    EXPECT_EQ(f.statedRatings.size(), 1u);
}

TEST(DocumentFacts, TotalAndRatingsOf004) {
    Rows rows = {
        {"หน่วยงาน", "คะแนนรวม ITA ปี ๒๕๖๘", "ระดับผลคะแนน", ""},
        {"องค์การบริหารส่วนตำบลเสมิง", "๙๙.๘๕", "AA", "ผ่านดีเยี่ยม"},
    };
    const std::vector<std::string> paragraphs = {
        "การพัฒนาองค์กร",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "ในวันที่ ๒ มีนาคม ๒๕๖๙ เวลา ๑๐.๐๐ น. องค์การบริหารส่วนตำบลเสม็ด ได้ดำเนินการประชุมประจำเดือน มีนาคม ๒๕๖๙",
        "การประเมินตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment: "
        "EIT) ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน และตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงานมีคะแนนสูงสุดแล้ว "
        "ในส่วนของตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร องค์การบริหารส่วนตำบลเสมีจ จะดำเนินการดังนี้",
        "๑๐. เปิดช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการมากยิ่งขึ้น",
    };
    const DocumentFacts f =
        readFacts(test::writerDoc(paragraphs, {test::writerTable("Table1", rows)}), fw(2568));
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 99.85);
    EXPECT_EQ(f.statedTotals[0].text, "๙๙.๘๕");
    EXPECT_EQ(f.statedTotals[0].at.row, 1);
    EXPECT_EQ(f.statedTotals[0].at.col, 1);
    ASSERT_EQ(f.statedRatings.size(), 2u);
    EXPECT_EQ(f.statedRatings[0].value, "AA");
    EXPECT_EQ(f.statedRatings[0].at.col, 2);
    EXPECT_EQ(f.statedRatings[1].value, "ผ่านดีเยี่ยม");
    EXPECT_EQ(f.statedRatings[1].at.col, 3);
    ASSERT_TRUE(f.agency);
    EXPECT_EQ(f.agency->value, "องค์การบริหารส่วนตำบลเสมิง");
    EXPECT_EQ(f.agency->at.row, 1);
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2569);
    EXPECT_EQ(ref(f.fiscalYear->at), "P1");
    ASSERT_EQ(f.otherYears.size(), 1u);
    EXPECT_EQ(f.otherYears[0].value, 2568);
    EXPECT_TRUE(f.tables.empty());
    EXPECT_TRUE(f.textFigures.empty());
    EXPECT_TRUE(f.extremeClaims.empty()); // "มีคะแนนสูงสุดแล้ว": at the maximum, no ranking claim
    EXPECT_EQ(f.thaiDigitCells.size(), 1u);
}

TEST(DocumentFacts, Text003GivesNoFigures) {
    const std::vector<std::string> paragraphs = {
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "เทศบาลตำบลเกษตรพัฒนา ตำบลเกษตรพัฒนา อำเภอบ้านแพ้ว จังหวัดสมุทรสาคร",
        "จากการประเมินผลคุณธรรมและความโปร่งใสในการดำเนินงานของเทศบาลตำบลเกษตรพัฒนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "โดยภาพรวมได้คะแนน ๘๙.๗๒ อยู่ในระดับ ผ่านการประเมิน เทศบาลตำบลเกษตรพัฒนาได้รายงานผลการดำเนินงานตามมาตรการ"
        "เพื่อส่งเสริมคุณธรรมและความโปร่งใสในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
        "และได้แสดงมาตรการกิจกรรมที่ดำเนินการ การสรุปผลการดำเนินการ และผลลัพธ์ของการ ดำเนินการ "
        "กำหนดผู้รับผิดชอบ หรือผู้ที่เกี่ยวข้อง ดังนี้",
        "ตามที่ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ การประเมิน ITA ตามตัวชี้วัดย่อยที่ ๑๐.๒ "
        "ได้กำหนดเงื่อนไขให้หน่วยงานผู้เข้ารับการประเมินต้องกำหนดมาตรการภายในเพื่อป้องกันการทุจริต "
        "ห้วงเดือน ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕ ส่วนราชการ สำนักปลัด โทร. ๐-๗๓๕๖-๓๑๗๐ ต่อ ๑๐๑",
    };
    const DocumentFacts f = readFacts(test::writerDoc(paragraphs), fw(2566));
    EXPECT_TRUE(f.textFigures.empty());
    EXPECT_TRUE(f.extremeClaims.empty());
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 89.72);
    EXPECT_EQ(ref(f.statedTotals[0].at), "P3");
    ASSERT_EQ(f.statedRatings.size(), 1u);
    EXPECT_EQ(f.statedRatings[0].value, "ผ่านการประเมิน");
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2566);
    ASSERT_TRUE(f.agency);
    EXPECT_EQ(f.agency->value, "เทศบาลตำบลเกษตรพัฒนา");
    ASSERT_TRUE(f.district);
    EXPECT_EQ(f.district->value, "บ้านแพ้ว");
    EXPECT_EQ(f.district->text, "อำเภอบ้านแพ้ว");
    EXPECT_EQ(ref(f.district->at), "P1");
}

TEST(DocumentFacts, FiguresAfterNamesInSentences) {
    const std::vector<std::string> paragraphs = {
        "ผลการประเมินรายตัวชี้วัด พบว่า การเปิดเผยข้อมูล ได้ ๘๗.๕๐ คะแนน เพิ่มขึ้นจากปีก่อน ๕.๒๕ คะแนน "
        "ส่วนการป้องกันการทุจริต ได้ 62 คะแนน ซึ่งต่ำกว่าเป้าหมาย ๘๕.๐๐ คะแนน",
        "ตัวชี้วัดที่ ๗ ได้ ๘๐.๕๐ คะแนน ณ เวลา ๑๐.๓๐ น.",
    };
    const DocumentFacts f = readFacts(test::writerDoc(paragraphs), fw(2566));
    ASSERT_EQ(f.textFigures.size(), 3u);
    EXPECT_EQ(f.textFigures[0].indicator, 9);
    EXPECT_DOUBLE_EQ(f.textFigures[0].value, 87.5);
    EXPECT_EQ(f.textFigures[0].valueText, "๘๗.๕๐");
    EXPECT_EQ(f.textFigures[1].indicator, 10);
    EXPECT_DOUBLE_EQ(f.textFigures[1].value, 62);
    EXPECT_EQ(f.textFigures[2].indicator, 7);
    EXPECT_DOUBLE_EQ(f.textFigures[2].value, 80.5);
    EXPECT_EQ(ref(f.textFigures[2].at), "P1");
    EXPECT_TRUE(f.statedTotals.empty());
}

TEST(DocumentFacts, FiscalYearSpellings) {
    auto year = [](const std::string &p) -> std::optional<int> {
        auto y = findFiscalYear(test::writerDoc({p}));
        return y ? std::optional<int>(y->value) : std::nullopt;
    };
    EXPECT_EQ(year("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"), 2564);
    EXPECT_EQ(year("ปีงบประมาณ 2564"), 2564);
    EXPECT_EQ(year("ประจำปีงบประมาณ ๒๕๖๖"), 2566);
    EXPECT_EQ(year("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี ๒๕๖๖"), 2566);
    EXPECT_EQ(year("ปีงบประมาณ พ.ศ.๒๕๖๕"), 2565);
    EXPECT_EQ(year("ปีงบ ประมาณ (พ.ศ.) 2567"), 2567);
    // implausible years count: validation reports them
    EXPECT_EQ(year("ประจำปีงบประมาณ พ.ศ. ๒๖๕๖"), 2656);
    EXPECT_EQ(year("ปีงบประมาณ 2021"), 2021);
    // other years are not fiscal years
    EXPECT_EQ(year("ลงวันที่ ๘ เมษายน ๒๕๖๕"), std::nullopt);
    EXPECT_EQ(year("ปี พ.ศ. ๒๕๖๔"), std::nullopt);
    EXPECT_EQ(year("ปีงบประมาณ"), std::nullopt);
}

TEST(DocumentFacts, FiscalYearLabelCellOfASheet) {
    Rows rows = {{"ปีงบประมาณ (พ.ศ.)", "", "๒๕๖๗"}, {}, {"แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"}};
    SourceDocument doc = test::workbook({test::sheet("ข้อมูล", rows)});
    const DocumentFacts f = readFacts(doc, fw(2567));
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2567);
    EXPECT_EQ(f.fiscalYear->text, "๒๕๖๗");
    EXPECT_EQ(ref(f.fiscalYear->at), "C1");
    ASSERT_EQ(f.otherYears.size(), 1u);
    EXPECT_EQ(f.otherYears[0].value, 2568);
    EXPECT_EQ(findFiscalYear(doc)->value, 2567);
}

// A Writer report opens with its title; its tables (here the measures, whose period runs
// into the next year) come after it, whatever they say.
TEST(DocumentFacts, FiscalYearOfAWriterReportIsItsTitles) {
    const std::vector<std::string> paragraphs = {
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "เทศบาลตำบลเกษตรพัฒนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "เทศบาลตำบลเกษตรพัฒนาได้ดำเนินการตามมาตรการ ดังนี้",
    };
    Rows measures = {
        {"ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"},
        {"๑", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ปีงบประมาณ ๒๕๖๗", "สำนักปลัด"},
    };
    Rows label = {{"ปีงบประมาณ (พ.ศ.)", "", "๒๕๖๗"}};
    for (const Rows &rows : {measures, label}) {
        SourceDocument doc = test::writerDoc(paragraphs, {test::writerTable("Table1", rows)});
        const DocumentFacts f = readFacts(doc, fw(2566));
        ASSERT_TRUE(f.fiscalYear);
        EXPECT_EQ(f.fiscalYear->value, 2566);
        EXPECT_EQ(f.fiscalYear->text, "๒๕๖๖");
        EXPECT_EQ(ref(f.fiscalYear->at), "P1");
        ASSERT_EQ(f.otherYears.size(), 1u);
        EXPECT_EQ(f.otherYears[0].value, 2567);
        EXPECT_EQ(f.otherYears[0].at.gridName, "Table1");
        ASSERT_TRUE(findFiscalYear(doc));
        EXPECT_EQ(findFiscalYear(doc)->value, 2566);
    }
    // With no year in its text, the report's tables tell it.
    SourceDocument untitled = test::writerDoc({paragraphs[0]}, {test::writerTable("Table1", label)});
    ASSERT_TRUE(readFacts(untitled, fw(2567)).fiscalYear);
    EXPECT_EQ(readFacts(untitled, fw(2567)).fiscalYear->value, 2567);
    EXPECT_EQ(findFiscalYear(untitled)->value, 2567);
}

TEST(DocumentFacts, TotalLabelsBesideAndInCell) {
    Rows rows = {
        {"ผลคะแนนรวม", "", "80.78"},
        {"คะแนนรวม ๘๑.๐๐"},
        {"คะแนนรวม IIT", "90.00"}, // a tool's subtotal
        {"รวม", "2566"},           // a year, not a total
    };
    const DocumentFacts f = readFacts(test::workbook({test::sheet("สรุป", rows)}), fw(2566));
    ASSERT_EQ(f.statedTotals.size(), 2u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 80.78);
    EXPECT_EQ(ref(f.statedTotals[0].at), "C1");
    EXPECT_DOUBLE_EQ(f.statedTotals[1].value, 81.0);
    EXPECT_EQ(f.statedTotals[1].text, "๘๑.๐๐");
    EXPECT_EQ(ref(f.statedTotals[1].at), "A2");
    EXPECT_EQ(f.thaiDigitCells.size(), 1u);
    EXPECT_EQ(f.arabicDigitCells.size(), 1u);
}

// Scores typed with their unit, and the total too: the total is read like the scores.
TEST(DocumentFacts, ATotalWithItsUnit) {
    Rows rows = {{"ตัวชี้วัด", "คะแนน"},
                 {"การปฏิบัติหน้าที่", "88.52 คะแนน"},
                 {"การใช้งบประมาณ", "๗๕.๓๑ คะแนน"},
                 {"คะแนนรวม", "77.81 คะแนน"}};
    const DocumentFacts f = readFacts(test::workbook({test::sheet("สรุป", rows)}), fw(2564));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_DOUBLE_EQ(*f.tables[0].entries[1].score, 75.31);
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 77.81);
    EXPECT_EQ(ref(f.statedTotals[0].at), "B4");
}

// The tools' scores in a sentence are no totals of the document.
TEST(DocumentFacts, ToolScoresInASentenceAreNoTotals) {
    const DocumentFacts f = readFacts(
        test::writerDoc(
            {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ได้คะแนน ๗๗.๓๑ คะแนน",
             "เมื่อพิจารณารายเครื่องมือ พบว่า IIT ได้ ๘๒.๖๗ คะแนน EIT ได้ ๘๐.๘๘ คะแนน และ OIT ได้ ๗๐.๖๓ คะแนน",
             "การปฏิบัติหน้าที่ (IIT) ได้ ๘๘.๕๒ คะแนน"}),
        fw(2564));
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 77.31);
    ASSERT_EQ(f.textFigures.size(), 1u); // a name with its tool code keeps its figure
    EXPECT_EQ(f.textFigures[0].indicator, 1);
}

// "ผลรวม" labels the total row as "รวม" does.
TEST(DocumentFacts, TheTotalRowLabelledPhonRuam) {
    Rows rows = {
        {"ตัวชี้วัด", "คะแนน"}, {"การปฏิบัติหน้าที่", "88.52"}, {"การใช้งบประมาณ", "75.31"}, {"ผลรวม", "77.81"}};
    const DocumentFacts f = readFacts(test::workbook({test::sheet("สรุป", rows)}), fw(2564));
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 77.81);
    EXPECT_EQ(ref(f.statedTotals[0].at), "B4");
}

TEST(DocumentFacts, RatingSentences) {
    const DocumentFacts f =
        readFacts(test::writerDoc({"ได้ระดับผลการประเมิน B", "อยู่ในระดับ ผ่านการประเมิน", "ระดับ AA",
                                   "เพื่อยกระดับการดำเนินงาน และรักษาระดับคะแนน ผ่านระบบ E-Service"}),
                  fw(2566));
    ASSERT_EQ(f.statedRatings.size(), 3u);
    EXPECT_EQ(f.statedRatings[0].value, "B");
    EXPECT_EQ(f.statedRatings[1].value, "ผ่านการประเมิน");
    EXPECT_EQ(f.statedRatings[2].value, "AA");
    EXPECT_EQ(ref(f.statedRatings[2].at), "P2");
}

TEST(DocumentFacts, NameWithToolCodeInTheSameCell) {
    Rows rows = {{"EIT การใช้งบประมาณ", "80.00"}, {"การใช้อำนาจ", "70.00"}};
    const DocumentFacts f = readFacts(test::workbook({test::sheet("Sheet1", rows)}), fw(2564));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(f.tables[0].entries[0].toolText, "EIT การใช้งบประมาณ");
    EXPECT_EQ(f.tables[0].entries[1].toolText, "EIT การใช้งบประมาณ"); // carried down
}

TEST(DocumentFacts, EmptyDocument) {
    const DocumentFacts f = readFacts(SourceDocument{}, fw(2564));
    EXPECT_FALSE(f.fiscalYear);
    EXPECT_TRUE(f.tables.empty());
    EXPECT_FALSE(findFiscalYear(SourceDocument{}));
}

// Not a test of speed (no timing assertion): prints what readFacts costs on the template sheet.
TEST(DocumentFacts, PrintsReadFactsCost) {
    const SourceDocument doc = templateSheet();
    const Framework &f = fw(2568);
    const int n = 20000;
    size_t sink = 0;
    // CPU time of this thread: other processes on the machine do not count.
    auto cpu = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
    };
    const double t0 = cpu();
    for (int i = 0; i < n; ++i)
        sink += readFacts(doc, f).tables.size();
    const double us = (cpu() - t0) / n;
    std::printf("[ info ] readFacts on the filled-in template sheet (34x6): %.2f us CPU per call\n", us);
    EXPECT_EQ(sink, static_cast<size_t>(n));
}

// Cells are classified once per set of names: another framework's names give other answers.
TEST(DocumentFacts, CachesFollowTheFrameworksNames) {
    Rows rows = {{"การปรับปรุงการทำงาน", "81.25"}, {"การเปิดเผยข้อมูล", "90.00"}};
    const SourceDocument doc = test::workbook({test::sheet("Sheet1", rows)});
    Framework noAliases = fw(2564);
    for (auto &i : noAliases.indicators)
        i.aliases.clear();
    for (int round = 0; round < 2; ++round) {
        const DocumentFacts with = readFacts(doc, fw(2564));
        ASSERT_EQ(with.tables.size(), 1u);
        EXPECT_EQ(indicators(with.tables[0]), (std::vector<int>{8, 9}));
        const DocumentFacts without = readFacts(doc, noAliases);
        ASSERT_EQ(without.tables.size(), 1u);
        EXPECT_EQ(indicators(without.tables[0]), (std::vector<int>{9}));
    }
}

// tests/fixtures/free-side-by-side.fods: a table by tool and a ranking side by side.
TEST(DocumentFacts, TablesSideBySide) {
    const DocumentFacts f =
        readFacts(test::workbook({test::sheet("สรุปผล ITA", test::sideBySideSheet())}), fw(2566));
    ASSERT_EQ(f.tables.size(), 2u);
    const ScoreTable &byTool = f.tables[0];
    EXPECT_EQ(byTool.nameCol, 1);
    EXPECT_EQ(byTool.scoreCol, 2);
    EXPECT_EQ(byTool.toolCol, 0);
    EXPECT_FALSE(byTool.rankCol);
    EXPECT_FALSE(byTool.isRanking);
    EXPECT_EQ(indicators(byTool), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    EXPECT_EQ(byTool.entries[6].scoreText, "83.75");
    EXPECT_EQ(byTool.entries[9].toolText, "OIT");
    EXPECT_FALSE(byTool.entries[0].statedRank);

    const ScoreTable &ranking = f.tables[1];
    EXPECT_EQ(ranking.nameCol, 5);
    EXPECT_EQ(ranking.scoreCol, 6);
    EXPECT_EQ(ranking.rankCol, 4);
    EXPECT_TRUE(ranking.isRanking);
    EXPECT_FALSE(ranking.toolCol);
    EXPECT_EQ(indicators(ranking), (std::vector<int>{1, 3, 5, 4, 6, 8, 2, 7, 9, 10}));
    EXPECT_EQ(ranking.entries[7].scoreText, "๘๓.๗๐");
    EXPECT_EQ(ranking.entries[7].scoreAt.cellRef(), "G12");
    EXPECT_EQ(ranking.entries[7].statedRank, 8);
    EXPECT_TRUE(ranking.entries[7].toolText.empty());

    EXPECT_EQ(f.thaiDigitCells.size(), 10u);
    EXPECT_EQ(f.arabicDigitCells.size(), 11u);
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_EQ(f.statedTotals[0].at.cellRef(), "C16");
}

TEST(DocumentFacts, HeaderlessTablesSideBySide) {
    Rows rows = {
        {"การปฏิบัติหน้าที่", "90.15", "", "การปฏิบัติหน้าที่", "90.15"},
        {"การใช้งบประมาณ", "84.20", "", "การใช้อำนาจ", "88.97"},
        {"การใช้อำนาจ", "88.97", "", "การใช้งบประมาณ", "84.20"},
    };
    const DocumentFacts f = readFacts(test::workbook({test::sheet("Sheet1", rows)}), fw(2566));
    ASSERT_EQ(f.tables.size(), 2u);
    EXPECT_EQ(indicators(f.tables[0]), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(indicators(f.tables[1]), (std::vector<int>{1, 3, 2}));
    EXPECT_EQ(f.tables[1].scoreCol, 4);
}

// "คะแนนรวม | 72.10 | 77.31": with last year's column first, this year's total is the
// second number of the row, the one in the column the table takes as this year's.
TEST(DocumentFacts, TwoYearTotalRowTakesTheTablesCurrentColumn) {
    Rows rows = {
        {"ตัวชี้วัด", "ปี ๒๕๖๕", "ปี ๒๕๖๖"},
        {"การปฏิบัติหน้าที่", "80.10", "90.15"},
        {"การใช้งบประมาณ", "70.00", "84.20"},
        {"คะแนนรวม", "72.10", "77.31"},
        {"ระดับผลการประเมิน", "ต้องปรับปรุง", "ต้องปรับปรุง"},
    };
    const DocumentFacts f = readFacts(test::workbook({test::sheet("เปรียบเทียบ", rows)}), fw(2566));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(f.tables[0].scoreCol, 2);
    ASSERT_EQ(f.statedTotals.size(), 2u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 77.31);
    EXPECT_EQ(ref(f.statedTotals[0].at), "C4");
    EXPECT_DOUBLE_EQ(f.statedTotals[1].value, 72.10);
    EXPECT_EQ(ref(f.statedTotals[1].at), "B4");

    // last year's column after this year's
    Rows after = {
        {"ตัวชี้วัด", "คะแนน", "คะแนนปีก่อน"},
        {"การปฏิบัติหน้าที่", "90.15", "80.10"},
        {"การใช้งบประมาณ", "84.20", "70.00"},
        {"คะแนนรวม", "77.31", "72.10"},
    };
    const DocumentFacts g = readFacts(test::workbook({test::sheet("เปรียบเทียบ", after)}), fw(2566));
    ASSERT_EQ(g.statedTotals.size(), 2u);
    EXPECT_EQ(ref(g.statedTotals[0].at), "B4");
    EXPECT_EQ(ref(g.statedTotals[1].at), "C4");

    // a total row away from any table keeps the first number beside the label
    Rows free = {{"สรุปผลคะแนน"}, {"คะแนนรวม", "", "77.31", "ต้องปรับปรุง"}};
    const DocumentFacts h = readFacts(test::workbook({test::sheet("สรุป", free)}), fw(2566));
    ASSERT_EQ(h.statedTotals.size(), 1u);
    EXPECT_EQ(ref(h.statedTotals[0].at), "C2");
}

TEST(DocumentFacts, TwoRatingsInOneSentence) {
    const DocumentFacts f =
        readFacts(test::writerDoc({
                      "องค์การบริหารส่วนตำบลเสมิง ได้คะแนน ๙๙.๘๕ คะแนน อยู่ในระดับ AA ผ่านดีเยี่ยม",
                      "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนนรวม ๙๙.๘๕ AA ผ่านดีเยี่ยม",
                      "ได้ระดับผลการประเมิน AA (ผ่านดีเยี่ยม) ตามเกณฑ์ใหม่",
                      "ตัวชี้วัดที่ ๙ ได้ ๑๐๐.๐๐ คะแนน ผ่านเกณฑ์ทุกข้อ", // "ผ่าน" of "ผ่านเกณฑ์" is no rating
                  }),
                  fw(2568));
    ASSERT_EQ(f.statedRatings.size(), 6u);
    const char *const want[][2] = {{"AA", "P0"},       {"ผ่านดีเยี่ยม", "P0"}, {"AA", "P1"},
                                   {"ผ่านดีเยี่ยม", "P1"}, {"AA", "P2"},       {"ผ่านดีเยี่ยม", "P2"}};
    for (size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(f.statedRatings[i].value, want[i][0]) << i;
        EXPECT_EQ(ref(f.statedRatings[i].at), want[i][1]) << i;
    }
    ASSERT_EQ(f.statedTotals.size(), 2u);
    EXPECT_EQ(ref(f.statedTotals[1].at), "P1");
    EXPECT_EQ(f.statedTotals[1].text, "๙๙.๘๕");
}

// "ปี ๒๕๖๔ ได้ ๗๐.๐๐ … ปี ๒๕๖๕ ได้ ๗๙.๕๐": each figure is the year's before it (or, when the
// sentence names the year after the figure, that one); the latest year's is this year's.
TEST(DocumentFacts, YearComparisonsKeepTheLatestYearsFigures) {
    const DocumentFacts f =
        readFacts(test::writerDoc({
                      "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                      "เทศบาลตำบลต้นไทร ปี ๒๕๖๔ ได้ ๗๐.๐๐ คะแนน อยู่ในระดับ C ปี ๒๕๖๕ ได้ ๗๙.๕๐ คะแนน อยู่ในระดับ B",
                      "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ปี ๒๕๖๔ ได้ ๖๕.๖๐ คะแนน ปี ๒๕๖๕ ได้ ๗๙.๕๐ คะแนน",
                      "การป้องกันการทุจริต ได้ ๖๑.๑๐ คะแนนในปี ๒๕๖๔ และ ๗๒.๐๐ คะแนนในปี ๒๕๖๕",
                      // one year named: nothing to pair, the figure stays
                      "ผลการประเมินปี ๒๕๖๕ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ได้ ๘๓.๔๗ คะแนน",
                  }),
                  fw(2565));
    ASSERT_TRUE(f.fiscalYear);
    EXPECT_EQ(f.fiscalYear->value, 2565);
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(f.statedTotals[0].value, 79.5);
    EXPECT_EQ(ref(f.statedTotals[0].at), "P1");
    ASSERT_EQ(f.statedRatings.size(), 1u);
    EXPECT_EQ(f.statedRatings[0].value, "B");
    ASSERT_EQ(f.textFigures.size(), 3u);
    EXPECT_EQ(f.textFigures[0].indicator, 9);
    EXPECT_EQ(f.textFigures[0].valueText, "๗๙.๕๐");
    EXPECT_EQ(ref(f.textFigures[0].at), "P2");
    EXPECT_EQ(f.textFigures[1].indicator, 10);
    EXPECT_EQ(f.textFigures[1].valueText, "๗๒.๐๐");
    EXPECT_EQ(ref(f.textFigures[1].at), "P3");
    EXPECT_EQ(f.textFigures[2].indicator, 8);
    EXPECT_EQ(f.textFigures[2].valueText, "๘๓.๔๗");
    // 2564 is named in P1, P2 and P3
    ASSERT_EQ(f.otherYears.size(), 3u);
    EXPECT_EQ(ref(f.otherYears[2].at), "P3");
}

// The district as clerks write it in running text: after the agency, in full or abbreviated.
TEST(DocumentFacts, DistrictInText) {
    struct Case {
        std::string text, name, written;
    };
    const std::vector<Case> cases = {
        {"องค์การบริหารส่วนตำบลโคกสำโรง อำเภอโคกสำโรง จังหวัดลพบุรี", "โคกสำโรง", "อำเภอโคกสำโรง"},
        {"เทศบาลเมืองบ้านไผ่ อ.บ้านไผ่ จ.ขอนแก่น", "บ้านไผ่", "อ.บ้านไผ่"},
        {"อบต.หนองบัว อ.บ้านไผ่จ.ขอนแก่น โทร. ๐๔๓-๒๗๔-๑๒๓", "บ้านไผ่", "อ.บ้านไผ่"},
        {"ที่ว่าการอำเภอเมือง จังหวัดลพบุรี", "เมือง", "อำเภอเมือง"},
        {"อำเภอบ้านแพ้วจังหวัดสมุทรสาคร", "บ้านแพ้ว", "อำเภอบ้านแพ้ว"},
        {"องค์การบริหารส่วนตำบลกะลาเส อำเภอ สิเกา จังหวัดตรัง", "สิเกา", "อำเภอ สิเกา"},
        {"(อ.เมืองขอนแก่น จ.ขอนแก่น)", "เมืองขอนแก่น", "อ.เมืองขอนแก่น"},
    };
    for (const auto &c : cases) {
        const DocumentFacts f = readFacts(test::writerDoc({c.text}), fw(2567));
        ASSERT_TRUE(f.district) << c.text;
        EXPECT_EQ(f.district->value, c.name) << c.text;
        EXPECT_EQ(f.district->text, c.written) << c.text;
        EXPECT_EQ(ref(f.district->at), "P0") << c.text;
    }
}

// "อำเภอ" in sentences about districts in general, and "อ." closing other words, name none.
TEST(DocumentFacts, NoDistrictInGeneralSentences) {
    for (const std::string text : {
             "ทุกอำเภอในจังหวัดขอนแก่นส่งแบบรายงานครบแล้ว",
             "ประสานงานระดับอำเภอ และจังหวัด",
             "ส่วนราชการระดับอำเภอ โรงเรียนบ้านหนองบัว",
             "อำเภอละ ๒ แห่ง",
             "ได้ ๘๐.๕๐ คะแนน ต่อ.บ้านไผ่ จ.ขอนแก่น",
             "ผู้ตรวจ ร.อ.สมชาย ใจดี",
             "ที่ว่าการอำเภอ",
         }) {
        const DocumentFacts f = readFacts(test::writerDoc({text}), fw(2567));
        EXPECT_FALSE(f.district) << text << " -> " << (f.district ? f.district->value : "");
    }
}

// The district written with the agency's name wins over one another sentence names first.
TEST(DocumentFacts, DistrictOfTheAgency) {
    const DocumentFacts f = readFacts(test::writerDoc({
                                          "ประชุมชี้แจง ณ ที่ว่าการอำเภอกระนวน จังหวัดขอนแก่น",
                                          "องค์การบริหารส่วนตำบลบ้านแฮด อำเภอบ้านแฮด จังหวัดขอนแก่น",
                                      }),
                                      fw(2567));
    ASSERT_TRUE(f.district);
    EXPECT_EQ(f.district->value, "บ้านแฮด");
    EXPECT_EQ(ref(f.district->at), "P1");
}

// An "อำเภอ" label in a grid: the value beside it (bare or with its prefix) or, in a row of
// headers, below it; a label with a figure or a dash beside it states none.
TEST(DocumentFacts, DistrictLabelInGrid) {
    {
        const DocumentFacts f = readFacts(test::workbook({test::sheet("ข้อมูล",
                                                                      {
                                                                          {"หน่วยงาน", "อบต.หนองบัว"},
                                                                          {"อำเภอ:", "อำเภอบ้านผือ"},
                                                                          {"จังหวัด", "อุดรธานี"},
                                                                      })}),
                                          fw(2567));
        ASSERT_TRUE(f.agency);
        EXPECT_EQ(f.agency->value, "อบต.หนองบัว");
        ASSERT_TRUE(f.district);
        EXPECT_EQ(f.district->value, "บ้านผือ");
        EXPECT_EQ(f.district->text, "อำเภอบ้านผือ");
        EXPECT_EQ(ref(f.district->at), "B2");
    }
    {
        const DocumentFacts f = readFacts(test::workbook({test::sheet("ข้อมูล",
                                                                      {
                                                                          {"หน่วยงาน", "อำเภอ", "จังหวัด"},
                                                                          {"อบต.หนองบัว", "บ้านผือ", "อุดรธานี"},
                                                                      })}),
                                          fw(2567));
        ASSERT_TRUE(f.agency); // no longer "อำเภอ", the header beside it
        EXPECT_EQ(f.agency->value, "อบต.หนองบัว");
        ASSERT_TRUE(f.district);
        EXPECT_EQ(f.district->value, "บ้านผือ");
        EXPECT_EQ(ref(f.district->at), "B2");
    }
    for (const std::string value : {"-", "2567", ""}) {
        const DocumentFacts f = readFacts(
            test::workbook({test::sheet("ข้อมูล", {{"อำเภอ", value}, {"จังหวัด", "อุดรธานี"}})}), fw(2567));
        EXPECT_FALSE(f.district) << value;
    }
}

namespace {

const char *const kNames2566[10] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                                    "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                                    "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                                    "การป้องกันการทุจริต"};
const char *const kScores2566[10] = {"90.15", "84.20", "88.97", "85.10", "86.44",
                                     "85.02", "83.75", "84.90", "80.25", "78.50"};

} // namespace

// "ตัวชี้วัด" merged over the numbers' and the names' columns (the cell over the names is
// empty), "คะแนน" beside it, tool groups as merged rows. The names stand one column right of
// the header's: the score was looked for one column right of "คะแนน" too, in an empty
// column, and the sheet said its table had no scores (ITA019).
TEST(DocumentFacts, ANameHeaderMergedOverTheNumbersAndTheNames) {
    Rows rows = {{"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566"}, {"ตัวชี้วัด", "", "คะแนน"}};
    for (int i = 0; i < 10; ++i) {
        if (i == 0) rows.push_back({"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "", ""});
        if (i == 5) rows.push_back({"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "", ""});
        if (i == 8) rows.push_back({"แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", "", ""});
        rows.push_back({std::to_string(i + 1), kNames2566[i], kScores2566[i]});
    }
    rows.push_back({"คะแนนรวม", "", "83.21"});
    rows.push_back({"ระดับผลการประเมิน", "", "ต้องปรับปรุง"});
    const DocumentFacts f = readFacts(test::workbook({test::sheet("สรุป", rows)}), fw(2566));
    ASSERT_EQ(f.tables.size(), 1u);
    const ScoreTable &t = f.tables[0];
    EXPECT_EQ(t.nameCol, 0); // the header's
    EXPECT_EQ(t.scoreCol, 2);
    ASSERT_EQ(t.entries.size(), 10u);
    for (int i = 0; i < 10; ++i) {
        const ScoreEntry &e = t.entries[static_cast<size_t>(i)];
        EXPECT_EQ(e.indicator, i + 1);
        ASSERT_TRUE(e.score) << i;
        EXPECT_DOUBLE_EQ(*e.score, std::stod(kScores2566[i])) << i;
        EXPECT_EQ(e.scoreAt.col, 2) << i;
    }
    const auto r = test::check(test::workbook({test::sheet("สรุป", rows)}));
    EXPECT_TRUE(r.findings.empty()) << test::dump(r);
    ASSERT_TRUE(r.computedTotal);
    EXPECT_NEAR(*r.computedTotal, 83.21, 0.005);

    // A header that does name the column between them: the rows stand one column right of
    // their headers (shifted), and the score is under "คะแนน" moved as far.
    Rows shifted = {{"ตัวชี้วัด", "คะแนน"}};
    for (int i = 0; i < 10; ++i)
        shifted.push_back({"", kNames2566[i], kScores2566[i]});
    const DocumentFacts s = readFacts(test::workbook({test::sheet("สรุป", shifted)}), fw(2566));
    ASSERT_EQ(s.tables.size(), 1u);
    ASSERT_EQ(s.tables[0].entries.size(), 10u);
    EXPECT_EQ(s.tables[0].entries[0].scoreAt.col, 2);
}

// A Writer table split by hand: the first part with its header, the rest in the next table
// without one. Read apart, indicators 1-5 were "missing" (five ITA001) and no total was
// computed.
TEST(DocumentFacts, TheRestOfATableWithoutItsHeaderIsTheSameTable) {
    Rows first = {{"ที่", "ตัวชี้วัด", "คะแนน"}}, rest;
    for (int i = 0; i < 10; ++i)
        (i < 5 ? first : rest).push_back({std::to_string(i + 1), kNames2566[i], kScores2566[i]});
    rest.push_back({"", "คะแนนรวม", "83.21"});
    const auto doc = test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
                                     {test::writerTable("Table1", first), test::writerTable("Table2", rest)});
    const DocumentFacts f = readFacts(doc, fw(2566));
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(indicators(f.tables[0]), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    EXPECT_EQ(f.tables[0].entries[5].scoreAt.grid, 1);
    const auto r = test::check(doc);
    EXPECT_TRUE(r.findings.empty()) << test::dump(r);
    ASSERT_TRUE(r.computedTotal);
    EXPECT_NEAR(*r.computedTotal, 83.21, 0.005);

    // A ranking split so: the rest's ranks are read from the header's rank column and judged.
    Rows top = {{"อันดับ", "ตัวชี้วัด", "คะแนน"}}, bottom;
    const int order[10] = {1, 3, 5, 4, 6, 8, 2, 7, 9, 10}; // by score, FY2566 set
    for (int k = 0; k < 10; ++k) {
        const int i = order[k] - 1;
        (k < 5 ? top : bottom).push_back({std::to_string(k + 1), kNames2566[i], kScores2566[i]});
    }
    const DocumentFacts ranked = readFacts(
        test::writerDoc({}, {test::writerTable("Table1", top), test::writerTable("Table2", bottom)}),
        fw(2566));
    ASSERT_EQ(ranked.tables.size(), 1u);
    ASSERT_EQ(ranked.tables[0].entries.size(), 10u);
    EXPECT_TRUE(ranked.tables[0].isRanking);
    ASSERT_TRUE(ranked.tables[0].entries[9].statedRank);
    EXPECT_EQ(*ranked.tables[0].entries[9].statedRank, 10);
    ASSERT_TRUE(ranked.tables[0].entries[9].rankAt);
    EXPECT_EQ(ranked.tables[0].entries[9].rankAt->grid, 1);
    bottom[1][0] = "9"; // rank 7 typed 9
    const auto wrongRank =
        test::check(test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
                                    {test::writerTable("Table1", top), test::writerTable("Table2", bottom)}));
    ASSERT_EQ(test::codes(wrongRank), std::vector<std::string>{"ITA012"}) << test::dump(wrongRank);

    // A second table of other rows (five indicators again) is no rest of the first.
    Rows again;
    for (int i = 0; i < 5; ++i)
        again.push_back({std::to_string(i + 1), kNames2566[i], kScores2566[i]});
    EXPECT_EQ(readFacts(test::writerDoc(
                            {}, {test::writerTable("Table1", first), test::writerTable("Table2", again)}),
                        fw(2566))
                  .tables.size(),
              2u);
}
