// Score tables whose header spans two rows: "ตัวชี้วัด" merged over both, "คะแนน" merged over
// the sub-columns "ปี ๒๕๖๕ | ปี ๒๕๖๖". A merged cell's text stands in its first cell (as Calc
// keeps a merged area, and as the Writer reader places a merged cell by the rows' column
// separators); this year's and last year's columns are told by their years.
#include "core/read/document_facts.hpp"
#include "core/validate/validation.hpp"
#include "uno/writer/writer_columns.hxx"

#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

const char *const kNames[10] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                                "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                                "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                                "การป้องกันการทุจริต"};
// FY2566 (91.02, ผ่านดี; see sheetFY2566) and FY2565 (82.41, B; see sheetFY2565).
const char *const k2566[10] = {"91.20", "88.45", "90.10", "89.75", "92.30",
                               "87.60", "86.40", "88.15", "93.50", "95.00"};
const char *const k2565[10] = {"92.15", "85.30", "90.42", "88.76", "87.50",
                               "86.91", "84.20", "83.47", "79.50", "72.00"};

std::string thaiDigits(std::string s) {
    return thai::toThaiDigits(s);
}

// ที่ | ตัวชี้วัด | คะแนน (over two) | เครื่องมือ ; the sub-row names the years (in the order given).
Rows twoRowTable(const std::string &older, const std::string &newer, bool thai, bool newerFirst = false,
                 const std::string &extra = "") {
    Rows rows = {{"ที่", "ตัวชี้วัด", "คะแนน", "", "เครื่องมือ"},
                 {"", "", newerFirst ? newer : older, newerFirst ? older : newer, ""}};
    if (!extra.empty()) {
        rows[0].insert(rows[0].begin() + 4, "");
        rows[1].insert(rows[1].begin() + 4, extra);
    }
    const char *tools[10] = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
    for (int i = 0; i < 10; ++i) {
        std::string a = k2565[i], b = k2566[i];
        if (thai) {
            a = thaiDigits(a);
            b = thaiDigits(b);
        }
        Rows::value_type r = {std::to_string(i + 1), kNames[i], newerFirst ? b : a, newerFirst ? a : b,
                              tools[i]};
        if (!extra.empty()) r.insert(r.begin() + 4, "");
        rows.push_back(r);
    }
    return rows;
}

void expectYears(const DocumentFacts &f, int scoreCol, int prevCol) {
    ASSERT_EQ(f.tables.size(), 1u);
    const ScoreTable &t = f.tables[0];
    EXPECT_EQ(t.headerRow, 0);
    EXPECT_EQ(t.nameCol, 1);
    EXPECT_EQ(t.scoreCol, scoreCol);
    ASSERT_TRUE(t.previousCol);
    EXPECT_EQ(*t.previousCol, prevCol);
    EXPECT_EQ(t.scoreYear, 2566);
    ASSERT_EQ(t.entries.size(), 10u);
    for (int i = 0; i < 10; ++i) {
        const ScoreEntry &e = t.entries[static_cast<size_t>(i)];
        EXPECT_EQ(e.indicator, i + 1);
        ASSERT_TRUE(e.score) << i;
        EXPECT_NEAR(*e.score, std::stod(k2566[i]), 1e-9) << i;
        ASSERT_TRUE(e.previous) << i;
        EXPECT_NEAR(*e.previous, std::stod(k2565[i]), 1e-9) << i;
        EXPECT_EQ(e.toolText, i < 5 ? "IIT" : i < 8 ? "EIT" : "OIT") << i;
    }
}

const Framework &fw() {
    return *registry().latest();
}

} // namespace

TEST(TwoRowHeader, YearsInThaiDigitsInAWriterTable) {
    auto doc = writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
                         {writerTable("Table1", twoRowTable("ปี ๒๕๖๕", "ปี ๒๕๖๖", true))});
    expectYears(readFacts(doc, fw()), 3, 2);
}

TEST(TwoRowHeader, YearsInArabicDigitsOrAsNumbersInASheet) {
    for (const auto &[older, newer] :
         std::vector<std::pair<std::string, std::string>>{{"ปี 2565", "ปี 2566"},
                                                          {"2565", "2566"},
                                                          {"ปีงบประมาณ 2565", "ปีงบประมาณ 2566"},
                                                          {"พ.ศ. 2565", "พ.ศ. 2566"}}) {
        SCOPED_TRACE(newer);
        auto doc = workbook({sheet("คะแนน", twoRowTable(older, newer, false))});
        expectYears(readFacts(doc, fw()), 3, 2);
    }
}

TEST(TwoRowHeader, TheLaterYearIsThisYearsWhereverItStands) {
    auto doc = workbook({sheet("คะแนน", twoRowTable("ปี 2565", "ปี 2566", false, true))});
    expectYears(readFacts(doc, fw()), 2, 3);
}

TEST(TwoRowHeader, AChangeColumnBesideTheYearsKeepsTheHeader) {
    for (const char *extra : {"ผลต่าง", "เพิ่มขึ้น/ลดลง", "เพิ่ม/ลด"}) {
        SCOPED_TRACE(extra);
        auto doc = writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
                             {writerTable("Table1", twoRowTable("ปี ๒๕๖๕", "ปี ๒๕๖๖", true, false, extra))});
        expectYears(readFacts(doc, fw()), 3, 2);
    }
}

TEST(TwoRowHeader, ASheetWithTheTotalsValidatesWithoutFindings) {
    Rows rows = twoRowTable("ปี 2565", "ปี 2566", false);
    rows.insert(rows.begin(), {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566"});
    rows.push_back({"", "คะแนนรวม", "82.41", "91.02", ""});
    rows.push_back({"", "ระดับผลการประเมิน", "B", "ผ่านดี", ""});
    const auto r = check(workbook({sheet("คะแนน", rows)}));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.computedTotal);
    EXPECT_NEAR(*r.computedTotal, 91.02, 0.005);
    EXPECT_EQ(r.computedRating, "ผ่านดี");
}

TEST(TwoRowHeader, AWrongScoreIsFoundInThisYearsColumn) {
    Rows rows = twoRowTable("ปี 2565", "ปี 2566", false);
    rows.insert(rows.begin(), {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566"});
    rows.push_back({"", "คะแนนรวม", "82.41", "91.02", ""});
    rows[3][3] = "8O.45"; // indicator 2, FY2566
    const auto r = check(workbook({sheet("คะแนน", rows)}));
    ASSERT_FALSE(r.findings.empty());
    EXPECT_EQ(r.findings[0].code, "ITA003") << dump(r);
    EXPECT_EQ(refs(r.findings[0]).at(0), "D4");
}

// The Writer reader's placement: the header row has 4 cells (คะแนน merged over two columns),
// the others 5; each cell's first edge in relative units of 10000.
TEST(WriterColumns, MergedCellsStandAtTheirFirstColumn) {
    const std::vector<std::vector<int>> edges = {{0, 800, 4800, 8200}, // ที่ ตัวชี้วัด คะแนน เครื่องมือ
                                                 {0, 800, 4800, 6500, 8200},  // sub-row
                                                 {0, 801, 4799, 6502, 8200}}; // rounding
    const auto cols = lo::gridColumns(edges, 50);
    EXPECT_EQ(cols[0], (std::vector<int>{0, 1, 2, 4}));
    EXPECT_EQ(cols[1], (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(cols[2], (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(WriterColumns, ARegularTableKeepsItsColumns) {
    const auto cols = lo::gridColumns({{0, 5000}, {0, 5000}}, 50);
    EXPECT_EQ(cols[0], (std::vector<int>{0, 1}));
    EXPECT_EQ(cols[1], (std::vector<int>{0, 1}));
    EXPECT_TRUE(lo::gridColumns({}, 50).empty());
}
