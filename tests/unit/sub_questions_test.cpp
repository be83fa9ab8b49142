// Detailed score tables (the ITAS report pasted into an analysis): under each indicator its
// sub-question rows with their own scores. The rows belong to the indicator above them; the
// names of other indicators in their question texts name no indicator.
#include "core/read/detail/read_facts.hpp"
#include "core/read/document_facts.hpp"

#include "rules_support.hpp"

#include <gtest/gtest.h>

#include <functional>

using namespace ita;
using test::Rows;

namespace {

const Framework &fw2564() {
    return test::registry().require(2564);
}

struct Item {
    const char *code, *text, *score;
};
struct Indicator {
    const char *name, *tool, *score;
    std::vector<Item> items;
};

// The FY2564 set (77.31, B), each indicator with sub-questions whose texts hold indicator names.
const std::vector<Indicator> &fy2564() {
    static const std::vector<Indicator> set = {
        {"การปฏิบัติหน้าที่",
         "IIT",
         "88.52",
         {{"i1", "ปฏิบัติงานตามมาตรฐาน ขั้นตอน และระยะเวลาที่กำหนด", "90.12"},
          {"i2", "ปฏิบัติงานโดยมุ่งผลสัมฤทธิ์ของงาน", "87.00"}}},
        {"การใช้งบประมาณ",
         "IIT",
         "75.31",
         {{"i7", "การใช้งบประมาณอย่างคุ้มค่า", "78.40"}, {"i8", "การเปิดเผยข้อมูล", "72.22"}}},
        {"การใช้อำนาจ",
         "IIT",
         "86.14",
         {{"i13", "มอบหมายงานอย่างเป็นธรรม", "85.90"}, {"i14", "การใช้อำนาจ", "86.38"}}},
        {"การใช้ทรัพย์สินของราชการ",
         "IIT",
         "80.27",
         {{"i19", "แนวปฏิบัติการใช้ทรัพย์สินของราชการ", "79.66"}, {"i20", "การขอยืมทรัพย์สิน", "80.88"}}},
        {"การแก้ไขปัญหาการทุจริต",
         "IIT",
         "83.09",
         {{"i26", "การดำเนินการป้องกันการทุจริต", "82.30"}, {"i27", "การแก้ไขปัญหาการทุจริต", "83.88"}}},
        {"คุณภาพการดำเนินงาน",
         "EIT",
         "84.66",
         {{"e1", "คุณภาพการดำเนินงาน", "86.20"}, {"e2", "ตรงไปตรงมา", "83.12"}}},
        {"ประสิทธิภาพการสื่อสาร",
         "EIT",
         "79.85",
         {{"e9", "ช่องทางการเปิดเผยข้อมูล", "78.75"}, {"e10", "ตอบคำถามได้ชัดเจน", "80.95"}}},
        {"การปรับปรุงระบบการทำงาน",
         "EIT",
         "78.12",
         {{"e14", "มีการปรับปรุงการทำงาน", "79.62"}, {"e15", "การใช้งบประมาณ", "76.62"}}},
        {"การเปิดเผยข้อมูล",
         "OIT",
         "72.50",
         {{"o17", "แผนการใช้จ่ายงบประมาณประจำปี", "100.00"}, {"o19", "การเปิดเผยข้อมูล", "45.00"}}},
        {"การป้องกันการทุจริต",
         "OIT",
         "68.75",
         {{"o39", "แผนปฏิบัติการป้องกันการทุจริต", "100.00"}, {"o41", "การป้องกันการทุจริต", "37.50"}}},
    };
    return set;
}

// label(n, k, item): the text of item k (1-based) of indicator n as the table writes it.
template <class Label> Rows detailedSheet(Label label, const char *wrongScore3 = nullptr) {
    Rows rows = {{"ปีงบประมาณ", "2564"}, {}, {"ตัวชี้วัด / ข้อคำถาม", "เครื่องมือ", "คะแนน"}};
    int n = 0;
    for (const auto &ind : fy2564()) {
        ++n;
        rows.push_back({"ตัวชี้วัดที่ " + std::to_string(n) + " " + ind.name, ind.tool,
                        n == 3 && wrongScore3 ? wrongScore3 : ind.score});
        int k = 0;
        for (const auto &it : ind.items)
            rows.push_back({label(n, ++k, it), "", it.score});
    }
    rows.push_back({"คะแนนรวม", "", "77.31"});
    rows.push_back({"ระดับผลการประเมิน", "", "B"});
    return rows;
}

std::string itas(int, int, const Item &it) {
    return std::string(it.code) + " " + it.text;
}

void expectTenWithTheirItems(const DocumentFacts &f) {
    ASSERT_EQ(f.tables.size(), 1u);
    const ScoreTable &t = f.tables[0];
    ASSERT_EQ(t.entries.size(), 10u);
    for (size_t i = 0; i < 10; ++i) {
        const ScoreEntry &e = t.entries[i];
        EXPECT_EQ(e.indicator, static_cast<int>(i) + 1);
        ASSERT_TRUE(e.score.has_value());
        EXPECT_DOUBLE_EQ(*e.score, std::stod(fy2564()[i].score)) << "indicator " << i + 1;
        ASSERT_EQ(e.items.size(), fy2564()[i].items.size()) << "indicator " << i + 1;
        for (size_t k = 0; k < e.items.size(); ++k) {
            ASSERT_TRUE(e.items[k].score.has_value());
            EXPECT_DOUBLE_EQ(*e.items[k].score, std::stod(fy2564()[i].items[k].score));
        }
    }
}

} // namespace

TEST(SubQuestions, ItemCodesAndNumberingAreRecognised) {
    using read::makeKey;
    using read::subItemMark;
    for (const char *yes :
         {"i1 บุคลากรในหน่วยงาน", "(i1) บุคลากร", "E3", "(e3)", "o39 แผนปฏิบัติการป้องกันการทุจริต", "O43.",
          "1.1 การใช้งบประมาณอย่างคุ้มค่า", "๙.๑ ข้อมูลพื้นฐาน", "10.2 มาตรการภายใน", "ข้อ 5 การเปิดเผยข้อมูล",
          "ข้อที่ ๒๖ ท่านสามารถร้องเรียน", "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "ตัวชี้วัดที่ 9.1 ข้อมูลพื้นฐาน", "1.1. การใช้งบประมาณ"})
        EXPECT_TRUE(subItemMark(makeKey(yes))) << yes;
    for (const char *no :
         {"IIT", "EIT การปฏิบัติหน้าที่", "OIT", "E-Service", "1. การปฏิบัติหน้าที่", "๑๐.การป้องกันการทุจริต", "ข้อมูลพื้นฐาน",
          "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "88.52", "1.5", "I123 x", "- การปฏิบัติหน้าที่"})
        EXPECT_FALSE(subItemMark(makeKey(no))) << no;
}

TEST(SubQuestions, ItasCodesInTheNameColumnAreTheIndicatorsRows) {
    const Rows rows = detailedSheet(itas);
    const DocumentFacts f = readFacts(test::workbook({test::sheet("คะแนน", rows)}), fw2564());
    expectTenWithTheirItems(f);
    // Each item keeps its cells: o39 is the first item of indicator 10.
    const ScoreEntry &ten = f.tables[0].entries[9];
    EXPECT_EQ(ten.items[0].labelAt.cellRef(), "A32");
    ASSERT_TRUE(ten.items[0].scoreAt.has_value());
    EXPECT_EQ(ten.items[0].scoreAt->cellRef(), "C32");
    ASSERT_EQ(f.statedTotals.size(), 1u);
    EXPECT_EQ(f.statedTotals[0].at.cellRef(), "C34");
    const auto r = test::checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << test::dump(r);
}

TEST(SubQuestions, EveryNumberingStyleInAWriterTable) {
    const std::vector<std::function<std::string(int, int, const Item &)>> styles = {
        [](int n, int k, const Item &it) {
            return std::to_string(n) + "." + std::to_string(k) + " " + it.text;
        },
        [](int, int, const Item &it) { return "(" + std::string(it.code) + ") " + it.text; },
        [](int, int, const Item &it) { return "ข้อ " + std::string(it.code + 1) + " " + it.text; },
        [](int, int, const Item &it) { return "- " + std::string(it.text); },
        [](int, int, const Item &it) { return "• " + std::string(it.text); },
    };
    for (size_t s = 0; s < styles.size(); ++s) {
        SCOPED_TRACE("style " + std::to_string(s));
        const Rows rows = detailedSheet(styles[s]);
        const SourceDocument doc = test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2564"},
                                                   {test::writerTable("Table1", rows)});
        expectTenWithTheirItems(readFacts(doc, fw2564()));
        const auto r = test::check(doc);
        EXPECT_TRUE(r.findings.empty()) << test::dump(r);
    }
}

// ITAS codes in a column of their own, the question beside them.
TEST(SubQuestions, CodesInAColumnOfTheirOwn) {
    Rows rows = {{"ปีงบประมาณ", "2564"}, {}, {"ข้อ", "ตัวชี้วัด", "คะแนน"}};
    int n = 0;
    for (const auto &ind : fy2564()) {
        rows.push_back({std::to_string(++n), ind.name, ind.score});
        for (const auto &it : ind.items)
            rows.push_back({it.code, it.text, it.score});
    }
    rows.push_back({"", "คะแนนรวม", "77.31"});
    expectTenWithTheirItems(readFacts(test::workbook({test::sheet("คะแนน", rows)}), fw2564()));
    const auto r = test::checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << test::dump(r);
}

// A list of indicators written with dashes is the list itself, not sub-items of the first.
TEST(SubQuestions, DashedIndicatorNamesAreStillIndicators) {
    Rows rows = {{"ปีงบประมาณ", "2564"}, {}, {"ตัวชี้วัด", "คะแนน"}};
    for (const auto &ind : fy2564())
        rows.push_back({"- " + std::string(ind.name), ind.score});
    rows.push_back({"คะแนนรวม", "77.31"});
    const DocumentFacts f = readFacts(test::workbook({test::sheet("คะแนน", rows)}), fw2564());
    ASSERT_EQ(f.tables.size(), 1u);
    EXPECT_EQ(f.tables[0].entries.size(), 10u);
    for (const auto &e : f.tables[0].entries)
        EXPECT_TRUE(e.items.empty());
    EXPECT_TRUE(test::checkSheet(rows).findings.empty()) << test::dump(test::checkSheet(rows));
}

// The indicator's own score is checked against the total, not its items' scores.
TEST(SubQuestions, AWrongIndicatorScoreIsFoundByTheTotal) {
    const auto r = test::checkSheet(detailedSheet(itas, "68.14"));
    ASSERT_EQ(r.findings.size(), 1u) << test::dump(r);
    EXPECT_EQ(r.findings[0].code, "ITA006");
    EXPECT_EQ(r.findings[0].expected, "76.23");
    EXPECT_EQ(r.findings[0].found, "77.31");
}

// A typed-wrong indicator name among sub-question rows is still pointed at (ITA001 with its
// cell), and the sub-question rows are not taken for unread names.
TEST(SubQuestions, ATypoInANameAmongItemsIsPointedAt) {
    Rows rows = detailedSheet(itas);
    ASSERT_EQ(rows[15][0], "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต");
    rows[15][0] = "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจรติ";
    const auto r = test::checkSheet(rows);
    ASSERT_EQ(r.findings.size(), 1u) << test::dump(r);
    EXPECT_EQ(r.findings[0].code, "ITA001");
    ASSERT_TRUE(r.findings[0].indicator.has_value());
    EXPECT_EQ(*r.findings[0].indicator, 5);
    EXPECT_EQ(test::refs(r.findings[0])[0], "A16");
}

// A sub-question's score outside 0-100 (a slipped decimal point, a stray minus) is reported at
// its own cell like an indicator's (ITA004), naming the item and its indicator; the total is
// still right, since it is computed from the indicators' scores.
TEST(SubQuestions, AnItemScoreOutOfRangeIsReportedAtItsCell) {
    Rows rows = detailedSheet(itas);
    ASSERT_EQ(rows[23][0], "e10 ตอบคำถามได้ชัดเจน");
    rows[23][2] = "809.5"; // e10, 80.95 with its point slipped
    const auto r = test::checkSheet(rows);
    ASSERT_EQ(test::codes(r), std::vector<std::string>{"ITA004"}) << test::dump(r);
    const Finding &f = r.findings[0];
    ASSERT_TRUE(f.indicator.has_value());
    EXPECT_EQ(*f.indicator, 7);
    EXPECT_EQ(test::refs(f), (std::vector<std::string>{"C24", "A24"}));
    EXPECT_EQ(f.found, "809.50");
    EXPECT_EQ(f.expected, "0–100");
    EXPECT_NE(f.messageTh.find("e10 ตอบคำถามได้ชัดเจน"), std::string::npos) << f.messageTh;
    EXPECT_NE(f.messageTh.find("ประสิทธิภาพการสื่อสาร"), std::string::npos) << f.messageTh;
    EXPECT_NE(f.messageEn.find("809.50"), std::string::npos) << f.messageEn;
}

TEST(SubQuestions, ANegativeItemScoreInThaiDigitsIsReported) {
    Rows rows = detailedSheet([](int n, int k, const Item &it) {
        return std::to_string(n) + "." + std::to_string(k) + " " + it.text;
    });
    ASSERT_EQ(rows[29][0], "9.2 การเปิดเผยข้อมูล");
    rows[29][2] = "-๔๕.๐๐";
    const SourceDocument doc =
        test::writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2564"}, {test::writerTable("Table1", rows)});
    const auto r = test::check(doc);
    ASSERT_EQ(test::codes(r), std::vector<std::string>{"ITA004"}) << test::dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(*f.indicator, 9);
    ASSERT_FALSE(f.locations.empty());
    EXPECT_EQ(f.locations[0].row, 29);
    EXPECT_EQ(f.locations[0].col, 2);
    EXPECT_EQ(f.found, "-๔๕.๐๐");
    EXPECT_EQ(f.expected, "๐–๑๐๐");
}

// 0 and 100 are scores (an OIT item is either), an item without a score is no score.
TEST(SubQuestions, ItemScoresAtTheBoundsOrMissingAreNotReported) {
    Rows rows = detailedSheet(itas);
    ASSERT_EQ(rows[29][0], "o19 การเปิดเผยข้อมูล");
    rows[29][2] = "0";
    rows[28][2] = "100";
    rows[23][2] = "";
    const auto r = test::checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << test::dump(r);
}
