// Measures tables: ITA020 no responsible unit, ITA021 a period outside the fiscal year or
// unreadable, ITA022 an indicator below the target that no measure addresses.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// A FY2566 implementation report shaped like seed 003.
Rows measuresTable() {
    return {
        {"ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"},
        {"๑", "มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติ วัฒนธรรมที่ดีในการต่อต้านการทุจริต",
         "๑. จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่แต่ละตำแหน่ง ๒. จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร",
         "ต.ค. ๖๕ - ก.ย. ๖๖", "งานเจ้าหน้าที่สำนักงานปลัด"},
        {"๒", "เปิดโอกาสให้บุคลากรสามารถร้องเรียน/ร้องทุกข์และร้องเรียนเรื่องการทุจริตได้สะดวกและปลอดภัย",
         "ประชาสัมพันธ์ให้บุคลากรทราบถึงช่องทางการร้องเรียน/ร้องทุกข์", "๑ ต.ค. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖", "งานนิติกร"},
        {"๓", "มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ",
         "๑. ระบุขั้นตอนและแนวทางในการขอยืมทรัพย์สินของทางราชการ ๒. เผยแพร่ประชาสัมพันธ์ผ่านเว็บไซต์", "ตลอดปี งบประมาณ",
         "๑.สำนักปลัด ๒.กองคลัง"},
    };
}

SourceDocument implementationReport(const Rows &measures) {
    return test::writerDoc(
        {"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
         "เทศบาลตำบลเกษตรพัฒนาได้ดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ดังนี้"},
        {test::writerTable("Table1", measures)});
}

Rows planSheet(const std::string &lastIndicators) {
    return {
        {"ที่", "มาตรการ", "ตัวชี้วัดที่เกี่ยวข้อง", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"},
        {"1", "เพิ่มช่องทางการสื่อสารและตอบข้อซักถามของประชาชน", "7", "สำนักปลัด", "ต.ค. 64 - ก.ย. 65"},
        {"2", "เปิดโอกาสให้ผู้รับบริการมีส่วนร่วมปรับปรุงการทำงาน", "8", "กองช่าง", "ต.ค. 64 - มี.ค. 65"},
        {"3", "เผยแพร่ข้อมูลพื้นฐานและผลการจัดซื้อจัดจ้างบนเว็บไซต์", lastIndicators, "กองคลัง", "ต.ค. 64 - ก.ย. 65"},
    };
}

SourceDocument scoresAndPlan(const std::string &lastIndicators) {
    return test::workbook(
        {test::sheet("คะแนน", shortSheetFY2565()), test::sheet("มาตรการ", planSheet(lastIndicators), 1)});
}

} // namespace

TEST(Measures, CorrectReportIsQuiet) {
    auto r = check(implementationReport(measuresTable()));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(MeasureNoUnit, BlankOrDashUnit) {
    Rows m = measuresTable();
    m[2][4] = "";
    m[3][4] = "-";
    auto r = check(implementationReport(m));
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA020", "ITA020"})) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].row, 2);
    EXPECT_EQ(r.findings[0].locations[0].col, 4);
    EXPECT_EQ(r.findings[0].locations[1].col, 1);
    EXPECT_NE(r.findings[0].messageTh.find("เปิดโอกาสให้บุคลากรสามารถร้องเรียน"), std::string::npos)
        << r.findings[0].messageTh;
    EXPECT_EQ(r.findings[1].locations[0].row, 3);
    EXPECT_EQ(r.findings[1].found, "-");
}

TEST(MeasurePeriod, NextYearsPeriod) {
    Rows m = measuresTable();
    m[1][3] = "ต.ค. ๖๖ - ก.ย. ๖๗";
    auto r = check(implementationReport(m));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.found, "ต.ค. ๖๖ - ก.ย. ๖๗");
    EXPECT_EQ(f.expected, "ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖");
    EXPECT_EQ(f.locations[0].row, 1);
    EXPECT_EQ(f.locations[0].col, 3);
    EXPECT_NE(f.messageEn.find("outside the fiscal year"), std::string::npos) << f.messageEn;
}

TEST(MeasurePeriod, StartsBeforeTheYear) {
    Rows m = measuresTable();
    m[2][3] = "๑ ก.ย. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖";
    auto r = check(implementationReport(m));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].row, 2);
}

TEST(MeasurePeriod, PeriodFollowedByAReason) {
    // From seed 000 (FY2565): the measure runs into October 2565, FY2566.
    Rows m = measuresTable();
    m[2][3] = "มกราคม ๒๕๖๖ - ตุลาคม ๒๕๖๖ ที่ เลือกดำเนินการช่วงนี้เนื่องจากหน่วยงานจะมีผู้บริหารที่มาจากการเลือกตั้ง";
    auto r = check(implementationReport(m));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    EXPECT_NE(r.findings[0].messageEn.find("outside the fiscal year"), std::string::npos)
        << r.findings[0].messageEn;
    m[2][3] = "มกราคม ๒๕๖๖ - กันยายน ๒๕๖๖ ที่ เลือกดำเนินการช่วงนี้เนื่องจากหน่วยงานจะมีผู้บริหารที่มาจากการเลือกตั้ง";
    auto ok = check(implementationReport(m));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
}

TEST(MeasurePeriod, UnreadableDate) {
    Rows m = measuresTable();
    m[2][3] = "๓๒ ต.ค. ๖๕";
    auto r = check(implementationReport(m));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "๓๒ ต.ค. ๖๕");
    EXPECT_NE(r.findings[0].messageEn.find("cannot be read"), std::string::npos) << r.findings[0].messageEn;
}

TEST(MeasurePeriod, WordingsWithoutDatesAreAccepted) {
    Rows m = measuresTable();
    m[1][3] = "ทุกไตรมาส";
    m[2][3] = "ภายใน ๓๐ วัน";
    m[3][3] = "ปีงบประมาณ ๒๕๖๖";
    auto r = check(implementationReport(m));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    m[3][3] = "ตลอดปี ๒๕๖๗";
    auto r2 = check(implementationReport(m));
    EXPECT_EQ(codes(r2), std::vector<std::string>{"ITA021"}) << dump(r2);
    ASSERT_TRUE(r2.fiscalYear.has_value());
    EXPECT_EQ(*r2.fiscalYear, 2566);
}

TEST(TargetNotAddressed, EveryWeakIndicatorHasAMeasure) {
    auto r = check(scoresAndPlan("9, 10"));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(TargetNotAddressed, OneWeakIndicatorForgotten) {
    auto r = check(scoresAndPlan("9"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA022"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(f.indicator, 10);
    EXPECT_EQ(f.found, "72.00");
    EXPECT_EQ(f.locations[0].cellRef(), "C12");
    EXPECT_EQ(f.locations[0].gridName, "คะแนน");
    EXPECT_NE(f.messageEn.find("below the target of 85.00"), std::string::npos) << f.messageEn;
}

TEST(TargetNotAddressed, NotJudgedWithoutAnIndicatorsColumn) {
    Rows plan = planSheet("9");
    for (auto &row : plan)
        row.erase(row.begin() + 2);
    auto r =
        check(test::workbook({test::sheet("คะแนน", shortSheetFY2565()), test::sheet("มาตรการ", plan, 1)}));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

// The indicators column names the indicators instead of numbering them.
TEST(TargetNotAddressed, IndicatorsNamedInTheMeasuresColumn) {
    auto ok = check(scoresAndPlan("การเปิดเผยข้อมูล, การป้องกันการทุจริต"));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    ASSERT_EQ(ok.facts.tables.size(), 1u);

    auto r = check(scoresAndPlan("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA022"}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 10);
}
