// A measures table is never a score table (issue 10, item 8): in a workbook made from the
// bundled template, the measures sheet's "ตัวชี้วัดที่เกี่ยวข้อง" cells hold indicator numbers in
// Thai digits ("๖, ๗", "๘") beside measures named after indicators; they are no scores. A
// measure serving an indicator the year lacks ("๑๑") is ITA025; a period finding points at the
// cell that is wrong.
#include "core/read/measures.hpp"
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

Cell date(double serial, const std::string &shown) {
    Cell c;
    c.text = shown;
    c.number = serial;
    return c;
}

// The template's measures sheet (sheet 2): title, agency, blank, header in row 4, measures from
// row 5. Dates as Calc stores them (serial numbers, shown as "1 ต.ค. 67").
Grid measuresSheet(const std::vector<std::vector<std::string>> &measures,
                   const std::vector<std::pair<Cell, Cell>> &dates) {
    Rows rows = {{"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568"},
                 {"องค์การบริหารส่วนตำบลหนองบัว"},
                 {},
                 {"มาตรการ", "ตัวชี้วัดที่เกี่ยวข้อง", "วิธีการ/ขั้นตอน", "ผู้รับผิดชอบ", "เริ่ม", "สิ้นสุด", "การกำกับติดตาม",
                  "สถานะ", "ผลการดำเนินการ", "ผลลัพธ์", "ข้อเสนอแนะ"}};
    for (const auto &m : measures)
        rows.push_back({m[0], m[1], m[2], m[3], "", "", "รายงานผลต่อนายก อบต.", "ดำเนินการแล้ว"});
    Grid g = sheet("มาตรการ", rows, 1);
    for (size_t i = 0; i < dates.size(); ++i) {
        g.rows[4 + i][4] = dates[i].first;
        g.rows[4 + i][5] = dates[i].second;
    }
    return g;
}

const std::vector<std::string> kAgency = {"องค์การบริหารส่วนตำบลหนองบัว",
                                          "องค์การบริหารส่วนตำบล",
                                          "เมือง",
                                          "ลำปาง",
                                          "สำนักปลัด",
                                          "0 5421 0000",
                                          "ลป 75201",
                                          "นายก อบต."};
// FY2568 set of tests/fixtures/README.md: every indicator above the target.
const std::vector<std::string> kScores = {"99.12", "98.40", "97.85", "99.50",  "96.73",
                                          "98.20", "97.64", "96.88", "100.00", "98.75"};

SourceDocument templateWorkbook(const std::vector<std::vector<std::string>> &measures,
                                const std::vector<std::pair<Cell, Cell>> &dates) {
    return workbook({templateGrid(kAgency, kScores), measuresSheet(measures, dates)});
}

const std::pair<Cell, Cell> kYear{date(45566, "1 ต.ค. 67"), date(45930, "30 ก.ย. 68")};

} // namespace

TEST(MeasuresTable, ThaiDigitIndicatorNumbersBesideIndicatorNamesAreNoScores) {
    auto doc = templateWorkbook({{"คุณภาพการดำเนินงาน", "๖, ๗", "1. ปรับปรุงขั้นตอนการให้บริการ", "สำนักปลัด"},
                                 {"การปรับปรุงระบบการทำงาน", "๘", "1. นำระบบ e-Service มาใช้", "กองช่าง"},
                                 {"การเปิดเผยข้อมูล", "๙", "1. เผยแพร่ข้อมูลบนเว็บไซต์", "สำนักปลัด"}},
                                {kYear, kYear, kYear});
    auto r = check(doc);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_EQ(r.facts.tables.size(), 1u);
    EXPECT_EQ(r.facts.tables[0].gridName, "คะแนน ITA");
    auto m = readMeasures(doc, *registry().find(2568));
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m[0].indicators, (std::vector<int>{6, 7}));
    EXPECT_EQ(m[1].indicators, (std::vector<int>{8}));
    EXPECT_EQ(m[2].indicators, (std::vector<int>{9}));
}

TEST(MeasuresTable, AMeasureServingAnIndicatorTheYearLacks) {
    auto doc = templateWorkbook({{"คุณภาพการดำเนินงาน", "๖, ๗", "1. ปรับปรุงขั้นตอนการให้บริการ", "สำนักปลัด"},
                                 {"มาตรการบริหารความเสี่ยงการทุจริต", "๑๐, ๑๑", "1. ประเมินความเสี่ยง", "สำนักปลัด"}},
                                {kYear, kYear});
    auto r = check(doc);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA025"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Error);
    ASSERT_TRUE(f.indicator.has_value());
    EXPECT_EQ(*f.indicator, 11);
    EXPECT_EQ(f.found, "๑๑");
    EXPECT_EQ(refs(f), (std::vector<std::string>{"B6", "A6"}));
    EXPECT_EQ(f.messageEn,
              "The measure \"มาตรการบริหารความเสี่ยงการทุจริต\" serves indicator 11, but the FY2568 "
              "framework has indicators 1–10 only (sheet 'มาตรการ' cell B6). Check the indicator number.");
    EXPECT_NE(f.messageTh.find("ระบุตัวชี้วัดที่ ๑๑"), std::string::npos) << f.messageTh;
}

TEST(MeasuresTable, WithoutTheYearsFrameworkTheMessageSaysWhichWasAssumed) {
    Grid scores = templateGrid(kAgency, kScores);
    scores.rows[1][0].text = "ประจำปีงบประมาณ พ.ศ. 2569";
    scores.rows[11][2] = cell("2569");
    Grid measures = measuresSheet({{"มาตรการบริหารความเสี่ยงการทุจริต", "11", "1. ประเมินความเสี่ยง", "สำนักปลัด"}},
                                  {{date(45931, "1 ต.ค. 68"), date(46295, "30 ก.ย. 69")}});
    auto r = check(workbook({scores, measures}));
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA015", "ITA025"})) << dump(r);
    EXPECT_NE(r.findings[1].messageEn.find(
                  "the latest framework on record (FY2568, taken because this year has none)"),
              std::string::npos)
        << r.findings[1].messageEn;
}

TEST(MeasuresTable, APeriodFindingPointsAtTheEndWhenTheEndIsOutside) {
    auto doc = templateWorkbook({{"คุณภาพการดำเนินงาน", "๖, ๗", "1. ปรับปรุงขั้นตอนการให้บริการ", "สำนักปลัด"}},
                                {{date(45839, "1 ก.ค. 68"), date(46022, "31 ธ.ค. 68")}});
    auto r = check(doc);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"F5", "E5", "A5"}));
    EXPECT_NE(r.findings[0].messageEn.find("cell F5"), std::string::npos) << r.findings[0].messageEn;
}

TEST(MeasuresTable, APeriodFindingPointsAtTheStartWhenTheStartIsOutside) {
    auto doc = templateWorkbook({{"คุณภาพการดำเนินงาน", "๖", "1. ปรับปรุงขั้นตอนการให้บริการ", "สำนักปลัด"}},
                                {{date(45474, "1 ก.ค. 67"), date(45930, "30 ก.ย. 68")}});
    auto r = check(doc);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"E5", "A5"}));
}

TEST(MeasuresTable, OitItemCodesAreNoIndicators) {
    auto doc = workbook({measuresSheet({{"มาตรการเผยแพร่ข้อมูล", "O1-O43", "1. เผยแพร่", "สำนักปลัด"},
                                        {"มาตรการป้องกันการทุจริต", "ตัวชี้วัดที่ ๑๐ และ 11", "1. จัดทำแผน", "สำนักปลัด"}},
                                       {kYear, kYear})});
    auto m = readMeasures(doc, *registry().find(2568));
    ASSERT_EQ(m.size(), 2u);
    EXPECT_TRUE(m[0].indicators.empty());
    EXPECT_EQ(m[1].indicators, (std::vector<int>{10, 11}));
}
