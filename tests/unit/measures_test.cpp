#include "core/read/measures.hpp"

#include "test_frameworks.hpp"
#include "test_grids.hpp"

#include <gtest/gtest.h>

using namespace ita;
using test::Rows;

namespace {

const Framework &fy2568() {
    return test::framework(2568);
}

std::string ymd(const std::optional<thai::Date> &d) {
    if (!d) return "-";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return buf;
}

std::string period(std::string_view text) {
    auto p = parsePeriod(text);
    return p ? ymd(p->start) + " " + ymd(p->end) : "none";
}

// A date cell as Calc gives it: the serial number, shown as General.
Cell dateCell(int y, int m, int d) {
    const double serial = thai::toSerial(thai::Date{y, m, d});
    Cell c;
    c.number = serial;
    c.text = std::to_string(static_cast<long>(serial));
    return c;
}

} // namespace

TEST(Periods, AbbreviatedMonthsTwoDigitYears) {
    EXPECT_EQ(period("ต.ค. ๖๕ - ก.ย. ๖๖"), "2022-10-01 2023-09-30");
    EXPECT_EQ(period("ต.ค.65-ก.ย.66"), "2022-10-01 2023-09-30");
}

TEST(Periods, AbbreviatedMonthsFourDigitYears) {
    EXPECT_EQ(period("ต.ค. ๒๕๖๔ – ก.ย. ๒๕๖๕"), "2021-10-01 2022-09-30");
    EXPECT_EQ(period("ม.ค. 2567 ถึง มี.ค. 2567"), "2024-01-01 2024-03-31");
}

TEST(Periods, FullMonths) {
    EXPECT_EQ(period("ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕"), "2021-10-01 2022-03-31");
    EXPECT_EQ(period("กุมภาพันธ์ 2567"), "2024-02-01 2024-02-29"); // leap year
}

TEST(Periods, Days) {
    EXPECT_EQ(period("1 ต.ค. 2565 - 30 ก.ย. 2566"), "2022-10-01 2023-09-30");
    EXPECT_EQ(period("๑ - ๓๐ ก.ย. ๒๕๖๖"), "2023-09-01 2023-09-30");
    EXPECT_EQ(period("8 เมษายน 2565"), "2022-04-08 2022-04-08");
    EXPECT_EQ(period("1/10/2565 - 31/3/2566"), "2022-10-01 2023-03-31");
}

TEST(Periods, YearLeftOutOnTheLeft) {
    EXPECT_EQ(period("ต.ค. - ธ.ค. 2565"), "2022-10-01 2022-12-31");
    EXPECT_EQ(period("ต.ค. - มี.ค. 2566"), "2022-10-01 2023-03-31");
}

TEST(Periods, StraySpacesAndExplanationAfter) {
    EXPECT_EQ(period("ต . ค . ๖๕ -  ก . ย . ๖๖"), "2022-10-01 2023-09-30");
    EXPECT_EQ(period("มกราคม ๒๕๖๕ - ตุลาคม ๒๕๖๕ ที่ เลือกดำเนินการช่วง นี้เนื่องจากหน่วยงาน"), "2022-01-01 2022-10-31");
}

TEST(Periods, NoDates) {
    EXPECT_EQ(period("ตลอดปีงบประมาณ"), "none");
    EXPECT_EQ(period("ต ล อ ด ปีงบประมาณ"), "none");
    EXPECT_EQ(period(""), "none");
    EXPECT_EQ(period("ทุกเดือน"), "none");
    EXPECT_EQ(period("31 ก.พ. 2566"), "none"); // no such day
}

TEST(Measures, TemplateSheet) {
    // The measures sheet of templates/ita-score-sheet.fods, filled in.
    Rows rows = {
        {"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568"},
        {"อบต.โคกสำโรง"},
        {},
        {"มาตรการ", "ตัวชี้วัดที่เกี่ยวข้อง", "วิธีการ/ขั้นตอน", "ผู้รับผิดชอบ", "เริ่ม", "สิ้นสุด", "การกำกับติดตาม", "สถานะ",
         "ผลการดำเนินการ", "ผลลัพธ์", "ข้อเสนอแนะ"},
        {"มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "9, 10", "ปรับปรุงเว็บไซต์", "สำนักปลัด", "", "", "รายงานทุก ๖ เดือน",
         "ดำเนินการแล้ว"},
        {"มาตรการส่งเสริมการใช้งบประมาณอย่างโปร่งใส", "๒", "เปิดเผยแผนการใช้จ่าย", "กองคลัง", "", "", "",
         "อยู่ระหว่างดำเนินการ"},
        {"มาตรการป้องกันการรับสินบน", "", "ประกาศเจตนารมณ์", "", "", "", "", "ยังไม่ได้ดำเนินการ"},
        {"", "", "", "", "", "", "", ""},
    };
    Grid g = test::sheet("มาตรการ", rows, 1);
    g.rows[4][4] = dateCell(2024, 10, 1);
    g.rows[4][5] = dateCell(2025, 9, 30);
    g.rows[5][4] = test::cell("ม.ค. 2568");
    g.rows[5][5] = test::cell("มี.ค. 2568");
    SourceDocument doc = test::workbook({test::sheet("คะแนน ITA", {{"ตัวชี้วัด", "คะแนน"}}), g});

    const auto ms = readMeasures(doc);
    ASSERT_EQ(ms.size(), 3u);
    const MeasureRow &m = ms[0];
    EXPECT_EQ(m.grid, 1);
    EXPECT_EQ(m.row, 4);
    EXPECT_EQ(m.measure, "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ");
    EXPECT_EQ(m.measureAt.cellRef(), "A5");
    EXPECT_EQ(m.indicators, (std::vector<int>{9, 10}));
    ASSERT_TRUE(m.indicatorsAt);
    EXPECT_EQ(m.indicatorsAt->cellRef(), "B5");
    EXPECT_EQ(m.responsible, "สำนักปลัด");
    EXPECT_EQ(m.responsibleAt->cellRef(), "D5");
    EXPECT_EQ(ymd(m.start), "2024-10-01");
    EXPECT_EQ(ymd(m.end), "2025-09-30");
    EXPECT_EQ(m.periodAt->cellRef(), "E5");
    EXPECT_EQ(m.status, MeasureStatus::Done);

    EXPECT_EQ(ms[1].indicators, (std::vector<int>{2}));
    EXPECT_EQ(ymd(ms[1].start), "2025-01-01");
    EXPECT_EQ(ymd(ms[1].end), "2025-03-31");
    EXPECT_EQ(ms[1].periodText, "ม.ค. 2568 – มี.ค. 2568");
    EXPECT_EQ(ms[1].status, MeasureStatus::InProgress);

    // a measure without a unit is still a row: validation reports it
    EXPECT_EQ(ms[2].responsible, "");
    ASSERT_TRUE(ms[2].responsibleAt);
    EXPECT_EQ(ms[2].responsibleAt->cellRef(), "D7");
    EXPECT_TRUE(ms[2].indicators.empty());
    EXPECT_FALSE(ms[2].start);
    EXPECT_EQ(ms[2].status, MeasureStatus::NotStarted);
}

TEST(Measures, IndicatorNamesNeedTheFramework) {
    Rows rows = {
        {"มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ"},
        {"มาตรการเปิดเผยข้อมูล", "การเปิดเผยข้อมูล และ การป้องกันการทุจริต", "สำนักปลัด"},
        {"มาตรการลดขั้นตอน", "ตัวชี้วัดที่ ๖ และ ๘", "ทุกส่วนราชการ"},
        {"มาตรการจัดการทรัพย์สิน", "1-4", "กองคลัง"},
        {"มาตรการควบคุมงบประมาณ", "ตัวชี้วัดที่ ๓ การใช้งบประมาณ", "กองคลัง"},
    };
    SourceDocument doc = test::workbook({test::sheet("มาตรการ", rows)});
    const auto plain = readMeasures(doc);
    ASSERT_EQ(plain.size(), 4u);
    EXPECT_TRUE(plain[0].indicators.empty());
    EXPECT_EQ(plain[1].indicators, (std::vector<int>{6, 8}));
    EXPECT_EQ(plain[2].indicators, (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(plain[3].indicators, (std::vector<int>{3})); // only the number is readable

    const auto named = readMeasures(doc, fy2568());
    ASSERT_EQ(named.size(), 4u);
    EXPECT_EQ(named[0].indicators, (std::vector<int>{9, 10}));
    EXPECT_EQ(named[1].indicators, (std::vector<int>{6, 8}));
    EXPECT_EQ(named[2].indicators, (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(named[3].indicators, (std::vector<int>{2})); // the name, not the number before it
}

TEST(Measures, FreeFormOf003) {
    // 003: an implementation report in a Writer table, the header repeated after a page break.
    Rows rows = {
        {"ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลา ดำเนินการ", "ผู้รับผิดชอบ",
         "สรุปผลการดำเนินการตาม มาตรการหรือกิจกรรม", "ผลลัพธ์หรือความสำเร็จ"},
        {"๑", "มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติ วัฒนธรรมที่ดีในการต่อต้านการทุจริต",
         "๑. จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่แต่ละตำแหน่ง", "ต.ค. ๖๕ - ก.ย. ๖๖", "งานเจ้าหน้าที่สำนักงานปลัด",
         "๑. จัดทำคู่มือ", "๑. มีคู่มือการปฏิบัติงาน"},
        {"ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลา ดำเนินการ", "ผู้รับผิดชอบ",
         "สรุปผลการดำเนินการตาม มาตรการหรือกิจกรรม", "ผลลัพธ์หรือความสำเร็จ"},
        {"๓", "มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วมในการปรับปรุง พัฒนาการดำเนินงานของเทศบาลตำบลเกษตรพัฒนา",
         "๑. จัดให้มีช่องทางการรับฟังความคิดเห็น", "ตลอดปี งบประมาณ", "๑.เจ้าหน้าที่งานประชาสัมพันธ์ ๒.ทุกกองงาน", "", ""},
    };
    const auto ms = readMeasures(test::writerDoc({}, {test::writerTable("Table1", rows)}));
    ASSERT_EQ(ms.size(), 2u);
    EXPECT_EQ(ms[0].row, 1);
    EXPECT_EQ(ms[0].measureAt.col, 1);
    EXPECT_EQ(ms[0].periodText, "ต.ค. ๖๕ - ก.ย. ๖๖");
    EXPECT_EQ(ymd(ms[0].start), "2022-10-01");
    EXPECT_EQ(ymd(ms[0].end), "2023-09-30");
    EXPECT_EQ(ms[0].responsible, "งานเจ้าหน้าที่สำนักงานปลัด");
    EXPECT_FALSE(ms[0].indicatorsAt);
    EXPECT_EQ(ms[0].status, MeasureStatus::Unknown);
    EXPECT_EQ(ms[1].row, 3);
    EXPECT_EQ(ms[1].periodText, "ตลอดปี งบประมาณ");
    EXPECT_FALSE(ms[1].start);
    EXPECT_FALSE(ms[1].end);
    EXPECT_EQ(ms[1].periodAt->col, 3);
}

TEST(Measures, ContinuationRowsAndSpacedOutPeriodOf002) {
    Rows rows = {
        {"มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาการ ดำเนินการ", "การติดตามผล"},
        {"๑. มาตรการ ส่งเสริมการ ปฏิบัติหน้าที่", "๑.ปรับปรุงการปฏิบัติงานให้ เป็นไปตามขั้นตอน", "ทุกส่วนราชการ",
         "ต ล อ ด ปีงบประมาณ", "รายงานผลต่อ ผู้บังคับบัญชา ตามลำดับ"},
        {"", "๒. เพิ่มช่องทางการเผยแพร่ข้อมูลข่าวสารในการใช้จ่ายงบประมาณเพื่อความโปร่งใส", "", "", ""},
        {"๒. มาตรการ ส่งเสริมการใช้ จ่ายงบประมาณ", "๑. เปิดโอกาสให้บุคลากร ภายในมีส่วนร่วม", "ทุกส่วนราชการ",
         "ต.ค. ๒๕๖๔ – ก.ย. ๒๕๖๕", "รายงานผลต่อ ผู้บังคับบัญชา ตามลำดับ"},
    };
    const auto ms = readMeasures(test::writerDoc({}, {test::writerTable("Table3", rows)}));
    ASSERT_EQ(ms.size(), 2u);
    EXPECT_EQ(ms[0].measure, "๑. มาตรการ ส่งเสริมการ ปฏิบัติหน้าที่");
    EXPECT_FALSE(ms[0].start);
    EXPECT_EQ(ms[1].row, 3);
    EXPECT_EQ(ymd(ms[1].start), "2021-10-01");
    EXPECT_EQ(ymd(ms[1].end), "2022-09-30");
}

TEST(Measures, PeriodOverStartAndEndInTwoHeaderRows) {
    Rows rows = {
        {"มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", ""},
        {"", "", "เริ่ม", "สิ้นสุด"},
        {"มาตรการประเมินความพึงพอใจ", "สำนักปลัด", "1 ต.ค. 2566", "31 มี.ค. 2567"},
    };
    const auto ms = readMeasures(test::workbook({test::sheet("แผน", rows)}));
    ASSERT_EQ(ms.size(), 1u);
    EXPECT_EQ(ms[0].row, 2);
    EXPECT_EQ(ymd(ms[0].start), "2023-10-01");
    EXPECT_EQ(ymd(ms[0].end), "2024-03-31");
    EXPECT_EQ(ms[0].periodAt->col, 2);
}

TEST(Measures, NoMeasuresTable) {
    Rows rows = {{"มาตรการ", "วิธีการ", "การกำกับติดตาม"}, {"มาตรการประเมินความพึงพอใจ", "สำรวจ", "รายงาน"}};
    EXPECT_TRUE(readMeasures(test::workbook({test::sheet("แผน", rows)})).empty());
    EXPECT_TRUE(readMeasures(SourceDocument{}).empty());
}
