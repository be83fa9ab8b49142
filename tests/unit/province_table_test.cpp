// Provincial summary tables (one row per agency): read from a sheet or a Writer table and
// checked row by row (ITA030-ITA033), without the single-agency rules reading them as one
// agency's scores. The tables are 20 agencies each; totals and ratings recomputed by hand in
// tests/fixtures/README.md (province-fy2567, province-fy2564).
#include "core/read/province_table.hpp"
#include "core/text/thai_text.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ita;
using namespace ita::test;

namespace {

// Planted: row 5 total 93.23 (92.33), row 9 ผ่านดี with EIT 83.40 (ผ่าน), row 14 อบต.หนองกี่ is
// row 3 again, row 18 EIT empty.
// FY2567, tool scores: ลำดับ | ชื่อ อปท. | อำเภอ | IIT | EIT | OIT | คะแนนรวม | ผลการประเมิน
const Rows kAgencies2567 = {
    {"1", "เทศบาลเมืองบุรีรัมย์", "เมืองบุรีรัมย์", "96.10", "97.25", "98.40", "97.37", "ผ่านดีเยี่ยม"},
    {"2", "เทศบาลตำบลนางรอง", "นางรอง", "88.52", "86.10", "90.35", "88.53", "ผ่านดี"},
    {"3", "องค์การบริหารส่วนตำบลหนองกี่", "หนองกี่", "84.20", "88.90", "91.10", "88.37", "ผ่าน"},
    {"4", "เทศบาลตำบลลำปลายมาศ", "ลำปลายมาศ", "78.35", "80.12", "75.60", "77.78", "ต้องปรับปรุง"},
    {"5", "องค์การบริหารส่วนตำบลสะเดา", "เมืองบุรีรัมย์", "92.40", "89.75", "94.20", "93.23", "ผ่านดี"},
    {"6", "เทศบาลตำบลประโคนชัย", "ประโคนชัย", "65.30", "70.25", "60.10", "64.71", "ต้องปรับปรุงโดยด่วน"},
    {"7", "องค์การบริหารส่วนตำบลบ้านกรวด", "บ้านกรวด", "90.05", "91.30", "87.44", "89.38", "ผ่านดี"},
    {"8", "เทศบาลตำบลพุทไธสง", "พุทไธสง", "86.75", "85.20", "88.90", "87.15", "ผ่านดี"},
    {"9", "องค์การบริหารส่วนตำบลกระสัง", "กระสัง", "87.60", "83.40", "91.50", "87.90", "ผ่านดี"},
    {"10", "เทศบาลตำบลสตึก", "สตึก", "95.10", "96.20", "97.30", "96.31", "ผ่านดีเยี่ยม"},
    {"11", "องค์การบริหารส่วนตำบลคูเมือง", "คูเมือง", "80.45", "84.10", "88.60", "84.81", "ต้องปรับปรุง"},
    {"12", "เทศบาลตำบลละหานทราย", "ละหานทราย", "89.90", "90.10", "89.95", "89.98", "ผ่านดี"},
    {"13", "องค์การบริหารส่วนตำบลปะคำ", "ปะคำ", "70.20", "72.35", "68.40", "70.13", "ต้องปรับปรุง"},
    {"14", "อบต.หนองกี่", "หนองกี่", "93.10", "92.55", "94.80", "93.62", "ผ่านดี"},
    {"15", "เทศบาลตำบลนาโพธิ์", "นาโพธิ์", "99.00", "98.50", "99.20", "98.93", "ผ่านดีเยี่ยม"},
    {"16", "องค์การบริหารส่วนตำบลห้วยราช", "ห้วยราช", "85.00", "85.00", "85.00", "85.00", "ผ่านดี"},
    {"17", "เทศบาลตำบลโนนสุวรรณ", "โนนสุวรรณ", "82.10", "86.30", "92.70", "87.60", "ผ่าน"},
    {"18", "องค์การบริหารส่วนตำบลชำนิ", "ชำนิ", "91.25", "", "86.35", "88.56", "ผ่านดี"},
    {"19", "เทศบาลตำบลบ้านใหม่ไชยพจน์", "บ้านใหม่ไชยพจน์", "76.50", "79.90", "83.20", "80.20", "ต้องปรับปรุง"},
    {"20", "องค์การบริหารส่วนตำบลแคนดง", "แคนดง", "94.60", "95.40", "96.75", "95.70", "ผ่านดี"},
};
// FY2564, indicator scores 1-10, letter grades: ที่ | หน่วยงาน | 1..10 | คะแนนรวม | ระดับ
const Rows kAgencies2564 = {
    {"1", "องค์การบริหารส่วนจังหวัดสุรินทร์", "99.31", "95.50", "95.79", "96.68", "100.00", "96.65", "100.00",
     "100.00", "97.28", "96.58", "97.67", "AA"},
    {"2", "เทศบาลเมืองสุรินทร์", "88.57", "84.25", "88.45", "89.69", "85.90", "89.47", "86.47", "91.58", "86.60",
     "88.14", "87.91", "A"},
    {"3", "เทศบาลตำบลท่าตูม", "81.37", "75.38", "79.84", "78.82", "80.69", "79.63", "75.72", "81.50", "79.93",
     "80.23", "79.48", "B"},
    {"4", "องค์การบริหารส่วนตำบลเมืองที", "71.31", "66.65", "68.80", "66.30", "68.30", "66.33", "67.17", "68.44",
     "72.21", "71.06", "69.83", "C"},
    {"5", "เทศบาลตำบลรัตนบุรี", "91.51", "88.63", "93.57", "90.58", "88.09", "93.29", "89.79", "88.19", "88.44",
     "94.40", "90.84", "A"},
    {"6", "องค์การบริหารส่วนตำบลกาบเชิง", "63.54", "59.82", "60.59", "59.55", "60.34", "62.15", "63.04", "59.19",
     "57.47", "57.96", "59.75", "D"},
    {"7", "เทศบาลตำบลปราสาท", "80.21", "80.30", "84.10", "86.34", "82.65", "80.25", "82.77", "82.69", "82.98",
     "86.06", "83.20", "B"},
    {"8", "องค์การบริหารส่วนตำบลสังขะ", "86.04", "87.31", "83.98", "87.12", "88.64", "88.50", "86.22", "88.85",
     "84.31", "86.41", "86.49", "B"},
    {"9", "เทศบาลตำบลศีขรภูมิ", "73.52", "77.17", "74.37", "76.74", "78.46", "79.37", "77.22", "76.46", "72.20",
     "73.76", "75.31", "B"},
    {"10", "องค์การบริหารส่วนตำบลจอมพระ", "92.21", "95.64", "93.25", "99.32", "93.93", "92.82", "94.10", "95.13",
     "95.36", "94.74", "94.69", "A"},
    {"11", "เทศบาลตำบลชุมพลบุรี", "53.86", "49.60", "54.19", "48.39", "54.40", "54.77", "48.62", "48.10",
     "49.43", "53.02", "51.27", "E"},
    {"12", "เทศบาลเมืองสุรินทร์", "82.38", "79.56", "84.01", "77.89", "83.77", "79.74", "79.48", "84.19", "78.98",
     "80.24", "80.64", "B"},
    {"13", "องค์การบริหารส่วนตำบลลำดวน", "89.58", "89.79", "91.39", "91.13", "89.01", "94.48", "93.02", "93.76",
     "91.48", "89.15", "91.31", "A"},
    {"14", "เทศบาลตำบลสำโรงทาบ", "71.48", "66.05", "65.97", "71.96", "65.58", "71.01", "71.90", "71.81",
     "68.99", "69.31", "69.59", "C"},
    {"15", "องค์การบริหารส่วนตำบลบัวเชด", "78.12", "79.53", "80.95", "76.02", "74.62", "79.92", "75.14", "75.42",
     "77.02", "76.91", "77.19", "B"},
    {"16", "เทศบาลตำบลสนม", "87.41", "86.30", "85.66", "85.27", "88.58", "92.64", "", "89.74", "91.46",
     "87.08", "88.69", "A"},
    {"17", "องค์การบริหารส่วนตำบลพนมดงรัก", "97.15", "95.43", "100.00", "97.42", "100.00", "98.59", "97.80",
     "100.00", "98.51", "100.00", "98.74", "AA"},
    {"18", "เทศบาลตำบลศรีณรงค์", "69.25", "74.52", "73.70", "71.94", "72.31", "69.53", "75.54", "70.16",
     "73.17", "70.90", "72.04", "C"},
    {"19", "องค์การบริหารส่วนตำบลเขวาสินรินทร์", "80.42", "84.50", "87.66", "82.42", "84.79", "86.65", "83.81",
     "80.39", "80.44", "85.17", "83.39", "B"},
    {"20", "เทศบาลตำบลโนนนารายณ์", "41.49", "47.17", "41.46", "42.75", "43.74", "42.55", "41.42", "43.77",
     "42.69", "41.13", "42.53", "F"},
};

Rows province2567() {
    Rows rows = {{"สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ขององค์กรปกครองส่วนท้องถิ่น "
                  "จังหวัดบุรีรัมย์ ประจำปีงบประมาณ พ.ศ. 2567"},
                 {},
                 {"ลำดับ", "ชื่อ อปท.", "อำเภอ", "IIT", "EIT", "OIT", "คะแนนรวม", "ผลการประเมิน"}};
    rows.insert(rows.end(), kAgencies2567.begin(), kAgencies2567.end());
    return rows;
}

// province2567() with its four planted errors corrected: a summary with nothing wrong.
Rows correctProvince2567() {
    Rows rows = province2567();
    rows[7][6] = "92.33";
    rows[11][7] = "ผ่าน";
    rows[16][1] = "เทศบาลตำบลหนองกี่";
    rows[20][4] = "88.80";
    return rows;
}

// Planted: row 4 total 69.83 (69.33), row 8 B (A), row 12 เทศบาลเมืองสุรินทร์ is row 2 again,
// row 16 indicator 7 empty.
Rows province2564(bool names) {
    static const char *const kNames[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                                         "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                                         "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                                         "การป้องกันการทุจริต"};
    std::vector<std::string> header = {"ที่", "หน่วยงาน"};
    for (int i = 1; i <= 10; ++i)
        header.push_back(names ? kNames[i - 1] : "ตัวชี้วัดที่ " + std::to_string(i));
    header.push_back("คะแนนรวม");
    header.push_back("ระดับผลการประเมิน");
    Rows rows = {{"ผลการประเมิน ITA ขององค์กรปกครองส่วนท้องถิ่นในจังหวัดสุรินทร์ ประจำปีงบประมาณ พ.ศ. 2564"}, {}, header};
    rows.insert(rows.end(), kAgencies2564.begin(), kAgencies2564.end());
    return rows;
}

Rows thaiDigits(Rows rows) {
    for (auto &r : rows)
        for (auto &c : r)
            c = thai::toThaiDigits(c);
    return rows;
}

const Finding &only(const ValidationReport &r, const std::string &code) {
    auto n =
        std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding &f) { return f.code == code; });
    EXPECT_EQ(n, 1) << code << "\n" << dump(r);
    static const Finding none{};
    auto it =
        std::find_if(r.findings.begin(), r.findings.end(), [&](const Finding &f) { return f.code == code; });
    return it == r.findings.end() ? none : *it;
}

std::vector<std::string> places(const Finding &f) {
    std::vector<std::string> out;
    for (const auto &l : f.locations)
        out.push_back(l.kind == GridKind::Sheet
                          ? l.cellRef()
                          : l.gridName + ":" + std::to_string(l.row) + "," + std::to_string(l.col));
    return out;
}

} // namespace

TEST(ProvinceTable, TheToolColumnsTotalAndRatingOfTwentyAgenciesAreRead) {
    const Grid g = sheet("สรุป", province2567());
    const auto t = readProvinceTable(g, 0, *registry().find(2567));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->headerRow, 2);
    EXPECT_EQ(t->agencyCol, 1);
    EXPECT_EQ(t->toolCols, (std::map<std::string, int>{{"EIT", 4}, {"IIT", 3}, {"OIT", 5}}));
    EXPECT_TRUE(t->indicatorCols.empty());
    EXPECT_EQ(t->totalCol, 6);
    EXPECT_EQ(t->ratingCol, 7);
    EXPECT_EQ(t->titleYear, 2567);
    ASSERT_EQ(t->rows.size(), 20u);
    EXPECT_EQ(t->rows[0].agency.text, "เทศบาลเมืองบุรีรัมย์");
    EXPECT_EQ(t->rows[19].row, 22);
    EXPECT_DOUBLE_EQ(*t->rows[8].tools.at("EIT").value, 83.40);
    EXPECT_FALSE(t->rows[17].tools.at("EIT").value);
    EXPECT_EQ(t->lastRow, 22);
}

TEST(ProvinceTable, IndicatorColumnsByNameByNumberAndInThaiDigits) {
    const Framework &fw = *registry().find(2564);
    for (bool names : {true, false}) {
        const auto t = readProvinceTable(sheet("สรุป", province2564(names)), 0, fw);
        ASSERT_TRUE(t) << names;
        EXPECT_EQ(t->indicatorCols.size(), 10u);
        EXPECT_EQ(t->indicatorCols.at(1), 2);
        EXPECT_EQ(t->indicatorCols.at(10), 11);
        EXPECT_EQ(t->totalCol, 12);
        EXPECT_EQ(t->ratingCol, 13);
        EXPECT_EQ(t->rows.size(), 20u);
    }
    const auto w = readProvinceTable(writerTable("Table1", thaiDigits(province2564(false))), 0, fw);
    ASSERT_TRUE(w);
    EXPECT_EQ(w->titleYear, 2564);
    EXPECT_NEAR(*w->rows[0].indicators.at(1).value, 99.31, 1e-9);
    // Headers that are only the numbers 1..10.
    Rows numbered = province2564(false);
    for (int i = 1; i <= 10; ++i)
        numbered[2][static_cast<size_t>(i + 1)] = std::to_string(i);
    const auto n = readProvinceTable(sheet("สรุป", numbered), 0, fw);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->indicatorCols.size(), 10u);
}

TEST(ProvinceTable, AHeaderOfTwoRowsWithMergedAgencyAndTotalCells) {
    Rows rows = province2567();
    rows[1] = {"ลำดับ", "ชื่อ อปท.", "อำเภอ", "คะแนนรายเครื่องมือ", "", "", "คะแนนรวม", "ผลการประเมิน"};
    rows[2] = {"", "", "", "IIT", "EIT", "OIT", "", ""};
    const auto t = readProvinceTable(sheet("สรุป", rows), 0, *registry().find(2567));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->firstRow, 1);
    EXPECT_EQ(t->headerRow, 2);
    EXPECT_EQ(t->agencyCol, 1);
    EXPECT_EQ(t->toolCols.size(), 3u);
    EXPECT_EQ(t->totalCol, 6);
    EXPECT_EQ(t->ratingCol, 7);
    EXPECT_EQ(t->headers.at(6), "คะแนนรวม");
    const auto r = checkSheet(rows, "สรุป");
    // The same planted findings as with one header row, and nothing from the header's two rows.
    EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"})) << dump(r);
    ASSERT_EQ(r.findings.size(), 4u) << dump(r);
}

TEST(ProvinceTable, OneAgencysSheetIsNoProvinceTable) {
    const Framework &fw = *registry().find(2565);
    EXPECT_FALSE(readProvinceTable(sheet("คะแนน", sheetFY2565()), 0, fw));
    EXPECT_FALSE(readProvinceTable(sheet("คะแนน", sheetFY2566()), 0, fw));
    // The header alone, or with one agency under it, is a form, not a summary.
    Rows form = province2567();
    form.resize(4);
    EXPECT_FALSE(readProvinceTable(sheet("สรุป", form), 0, fw));
}

TEST(ProvinceTable, AgencyKeysIgnoreAbbreviationsAndSpaces) {
    EXPECT_EQ(agencyKey("อบต.หนองกี่"), agencyKey("องค์การบริหารส่วนตำบลหนองกี่"));
    EXPECT_EQ(agencyKey("ทต. นางรอง"), agencyKey("เทศบาลตำบล นางรอง"));
    EXPECT_NE(agencyKey("เทศบาลตำบลนางรอง"), agencyKey("เทศบาลเมืองนางรอง"));
}

TEST(ProvinceRows, FY2567ToolScoresExactlyThePlantedFindings) {
    const auto r = checkSheet(province2567(), "สรุป");
    ASSERT_EQ(r.findings.size(), 4u) << dump(r);
    const Finding &total = only(r, "ITA030");
    EXPECT_EQ(places(total), (std::vector<std::string>{"G8"}));
    EXPECT_EQ(total.expected, "92.33");
    EXPECT_EQ(total.found, "93.23");
    EXPECT_EQ(total.severity, Severity::Error);
    EXPECT_EQ(total.messageTh,
              "องค์การบริหารส่วนตำบลสะเดา: คะแนนรวม 93.23 (ชีต 'สรุป' เซลล์ G8) "
              "ไม่ตรงกับคะแนนที่คำนวณจากคะแนนรายเครื่องมือในแถวเดียวกันตามเกณฑ์ปีงบประมาณ พ.ศ. 2567 ซึ่งได้ 92.33 "
              "กรุณาตรวจสอบคะแนนรวมหรือคะแนนในแถวนี้");

    // The per-tool minimum: 87.90 reaches 85, but EIT 83.40 does not.
    const Finding &rating = only(r, "ITA031");
    EXPECT_EQ(places(rating), (std::vector<std::string>{"H12"}));
    EXPECT_EQ(rating.expected, "ผ่าน");
    EXPECT_EQ(rating.found, "ผ่านดี");
    EXPECT_EQ(
        rating.messageEn,
        "องค์การบริหารส่วนตำบลกระสัง: the rating ผ่านดี is wrong (sheet 'สรุป' cell H12): under the FY2567 "
        "scheme a total of 87.90 is rated ผ่าน, because EIT 83.40 is below 85.00, the minimum every tool "
        "needs for ผ่านดี.");

    const Finding &dup = only(r, "ITA032");
    EXPECT_EQ(places(dup), (std::vector<std::string>{"B17", "B6"}));
    EXPECT_EQ(dup.found, "อบต.หนองกี่");

    const Finding &missing = only(r, "ITA033");
    EXPECT_EQ(places(missing), (std::vector<std::string>{"E21"}));
    EXPECT_EQ(missing.messageTh, "องค์การบริหารส่วนตำบลชำนิ: ยังไม่ได้กรอกช่อง EIT (ชีต 'สรุป' เซลล์ E21) "
                                 "จึงตรวจสอบแถวนี้ไม่ได้ครบถ้วน");
    EXPECT_EQ(r.fiscalYear, 2567);
}

TEST(ProvinceRows, FY2564IndicatorScoresAndLetterGradesExactlyThePlantedFindings) {
    for (bool names : {true, false}) {
        SCOPED_TRACE(names ? "names" : "numbers");
        const auto r = checkSheet(province2564(names), "สรุป");
        ASSERT_EQ(r.findings.size(), 4u) << dump(r);
        const Finding &total = only(r, "ITA030");
        EXPECT_EQ(places(total), (std::vector<std::string>{"M7"}));
        EXPECT_EQ(total.expected, "69.33");
        EXPECT_EQ(total.found, "69.83");
        EXPECT_NE(total.messageEn.find("indicator scores under the FY2564 framework"), std::string::npos)
            << total.messageEn;
        const Finding &rating = only(r, "ITA031");
        EXPECT_EQ(places(rating), (std::vector<std::string>{"N11"}));
        EXPECT_EQ(rating.expected, "A");
        EXPECT_EQ(rating.found, "B");
        const Finding &dup = only(r, "ITA032");
        EXPECT_EQ(places(dup), (std::vector<std::string>{"B15", "B5"}));
        const Finding &missing = only(r, "ITA033");
        EXPECT_EQ(places(missing), (std::vector<std::string>{"I19"}));
        EXPECT_EQ(missing.indicator, 7);
    }
}

TEST(ProvinceRows, AWriterTableInThaiDigitsIsLocatedByTableRowAndColumn) {
    Rows rows = thaiDigits(province2564(false));
    const std::string title = rows[0][0];
    rows.erase(rows.begin(), rows.begin() + 2);
    // A clerk's typo: a letter O for a zero in a score is not a number.
    rows[5][5] = "8O.25"; // agency 5, indicator 4
    const auto r = check(writerDoc({title}, {writerTable("Table1", rows)}));
    ASSERT_EQ(r.findings.size(), 5u) << dump(r);
    EXPECT_EQ(places(only(r, "ITA030")), (std::vector<std::string>{"Table1:4,12"}));
    EXPECT_EQ(only(r, "ITA030").found, "๖๙.๘๓");
    EXPECT_EQ(places(only(r, "ITA031")), (std::vector<std::string>{"Table1:8,13"}));
    EXPECT_EQ(places(only(r, "ITA032")), (std::vector<std::string>{"Table1:12,1", "Table1:2,1"}));
    std::vector<std::vector<std::string>> missing;
    for (const auto &f : r.findings)
        if (f.code == "ITA033") missing.push_back(places(f));
    EXPECT_EQ(missing, (std::vector<std::vector<std::string>>{{"Table1:5,5"}, {"Table1:16,8"}})) << dump(r);
}

TEST(ProvinceRows, PercentSignsAndThaiDigitsReadAsScores) {
    Rows rows = thaiDigits(province2567());
    for (size_t r = 3; r < rows.size(); ++r)
        for (size_t c = 3; c <= 6; ++c)
            if (!rows[r][c].empty()) rows[r][c] += c == 6 ? " คะแนน" : " %"; // the total with its unit
    const auto r = check(writerDoc({}, {writerTable("Table1", rows)}));
    EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"})) << dump(r);
    EXPECT_EQ(only(r, "ITA030").found, "๙๓.๒๓");
    EXPECT_EQ(only(r, "ITA031").messageTh,
              "องค์การบริหารส่วนตำบลกระสัง: ระดับผลการประเมิน ผ่านดี ไม่ถูกต้อง (ตาราง Table1 แถว 12 คอลัมน์ 8) "
              "ตามเกณฑ์ปีงบประมาณ พ.ศ. ๒๕๖๗ คะแนนรวม ๘๗.๙๐ ได้ระดับ ผ่าน เพราะ EIT ๘๓.๔๐ ต่ำกว่า ๘๕.๐๐ คะแนน "
              "ซึ่งระดับ ผ่านดี กำหนดให้ทุกเครื่องมือได้ไม่ต่ำกว่านี้");
}

TEST(ProvinceRows, ACorrectSummaryHasNoFindingAndIsNotCalledNoScoreTable) {
    Rows rows = correctProvince2567();
    const auto r = checkSheet(rows, "สรุป");
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(ProvinceRows, EachRowsYearColumnChoosesItsFramework) {
    // No year in a title: each row states its own; FY2565 letter grades beside FY2567 levels.
    const Rows rows = {{"หน่วยงาน", "ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"},
                       {"เทศบาลตำบลนางรอง", "2565", "88.52", "86.10", "90.35", "88.53", "A"},
                       {"เทศบาลตำบลนางรอง", "2567", "88.52", "86.10", "90.35", "88.53", "ผ่านดี"},
                       {"องค์การบริหารส่วนตำบลกระสัง", "2567", "87.60", "83.40", "91.50", "87.90", "A"}};
    const auto r = checkSheet(rows, "สรุป");
    const Finding &rating = only(r, "ITA031");
    EXPECT_EQ(places(rating), (std::vector<std::string>{"G4"}));
    EXPECT_EQ(rating.expected, "ผ่าน");
    // The same agency in two years is no duplicate; both totals are right.
    for (const char *code : {"ITA030", "ITA032", "ITA033"})
        EXPECT_EQ(std::count_if(r.findings.begin(), r.findings.end(),
                                [&](const Finding &f) { return f.code == code; }),
                  0)
            << dump(r);
}

// Issue 11 item 2, rows a province's sheet has between and below its agencies: district
// headings, subtotals and averages (in the agency column or merged left of it), blank rows
// between groups, a copy of the header, notes and a table of counts. None is an agency,
// and none ends the table: the agencies after them are still checked.
TEST(ProvinceRows, DistrictHeadingsSubtotalsBlankRowsAndNotesAreNoAgenciesAndDoNotEndTheTable) {
    Rows rows = province2567();
    rows[7][6] = "92.33"; // only two findings remain planted: H12 ผ่านดี (ผ่าน), E21 empty
    rows[16][1] = "เทศบาลตำบลหนองกี่";
    Rows v(rows.begin(), rows.begin() + 3);
    auto add = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            v.push_back(rows[i]);
    };
    v.push_back({"", "อำเภอเมืองบุรีรัมย์"}); // a heading in the agency column
    add(3, 7);
    v.push_back({"", "เฉลี่ย", "", "85.00", "85.00", "85.00", "85.00", ""}); // a subtotal
    v.push_back({});                                                       // a blank row between groups
    v.push_back({"อำเภอกระสัง (๓ แห่ง)"});                                   // a heading merged over A:C
    add(7, 13);
    v.push_back({"รวมอำเภอกระสัง", "", "", "88.00", "88.00", "88.00", "88.00", "ผ่านดี"}); // merged A:C
    v.push_back({});
    v.push_back(rows[2]); // the header again, over the rest
    add(13, rows.size());
    v.push_back({"", "คะแนนเฉลี่ยทั้งจังหวัด", "", "86.00", "86.00", "86.00", "86.00", "ผ่านดี"});
    v.push_back({"หมายเหตุ: ข้อมูลจากระบบ ITAS ณ วันที่ ๓๐ กันยายน ๒๕๖๗"});
    v.push_back({});
    v.push_back({"", "ระดับผลการประเมิน", "", "จำนวน (แห่ง)", "ร้อยละ"});
    v.push_back({"", "ผ่านดีเยี่ยม", "", "4", "20.00"});
    v.push_back({"", "ผ่านดี", "", "8", "40.00"});

    const auto t = readProvinceTable(sheet("สรุป", v), 0, *registry().find(2567));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->rows.size(), 20u);
    EXPECT_EQ(t->rows.back().agency.text, "องค์การบริหารส่วนตำบลแคนดง");
    EXPECT_EQ(t->lastRow, 30); // the province's average; the note and the counts are not the table's

    const auto r = checkSheet(v, "สรุป");
    ASSERT_EQ(r.findings.size(), 2u) << dump(r);
    EXPECT_EQ(places(only(r, "ITA031")), (std::vector<std::string>{"H16"}));
    EXPECT_EQ(places(only(r, "ITA033")), (std::vector<std::string>{"E28"}));
}

TEST(ProvinceRows, AnAgencyWithNoResultAfterABlankRowIsStillChecked) {
    Rows rows = correctProvince2567();
    rows.push_back({});
    rows.push_back({"21", "องค์การบริหารส่วนตำบลหนองโพธิ์", "นาโพธิ์"});
    const auto r = checkSheet(rows, "สรุป");
    EXPECT_FALSE(r.findings.empty());
    for (const auto &f : r.findings)
        EXPECT_EQ(f.code, "ITA033") << dump(r);
}

// A header of two rows with the tools merged over their indicators: "IIT" over 1-5, "EIT"
// over 6-8, "OIT" over 9-10, the numbers (or "ตัวชี้วัดที่ n") below. The scores are the
// indicators'; the tools' cells name groups (read as tool scores, every total was wrong and
// the row of numbers was an agency with no name).
TEST(ProvinceRows, ToolsMergedOverIndicatorColumnsInATwoRowHeader) {
    for (bool numbers : {true, false}) {
        SCOPED_TRACE(numbers ? "numbers" : "ตัวชี้วัดที่ n");
        Rows rows = province2564(false);
        std::vector<std::string> upper = {"ที่",   "หน่วยงาน", "IIT", "",    "", "",         "",
                                          "EIT", "",        "",    "OIT", "", "คะแนนรวม", "ระดับผลการประเมิน"};
        std::vector<std::string> lower = {"", ""};
        for (int i = 1; i <= 10; ++i)
            lower.push_back(numbers ? std::to_string(i) : "ตัวชี้วัดที่ " + std::to_string(i));
        lower.insert(lower.end(), {"", ""});
        rows[1] = upper;
        rows[2] = lower;
        const auto t = readProvinceTable(sheet("สรุป", rows), 0, *registry().find(2564));
        ASSERT_TRUE(t);
        EXPECT_EQ(t->firstRow, 1);
        EXPECT_EQ(t->headerRow, 2);
        EXPECT_TRUE(t->toolCols.empty());
        EXPECT_EQ(t->indicatorCols.size(), 10u);
        EXPECT_EQ(t->totalCol, 12);
        const auto r = checkSheet(rows, "สรุป");
        EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"})) << dump(r);
        EXPECT_EQ(places(only(r, "ITA030")), (std::vector<std::string>{"M7"}));
    }
}

// The headers a province writes for the agency and the total in other words: "เทศบาล/อบต.",
// "หน่วยรับการประเมิน", "ชื่อ", "คะแนน", "คะแนน (เต็ม ๑๐๐)", "รวมคะแนน"; indicators as
// "ตัวชี้วัด n". Not recognised, the table went unchecked (only "no score table").
TEST(ProvinceTable, AgencyAndTotalHeadersInOtherWords) {
    const std::vector<std::pair<std::string, std::string>> headers = {
        {"เทศบาล/อบต.", "คะแนนรวม"}, {"หน่วยรับการประเมิน", "คะแนนรวม"}, {"ชื่อ", "คะแนนรวม"},
        {"ชื่อ อปท.", "คะแนน"},        {"ชื่อ อปท.", "คะแนน (เต็ม ๑๐๐)"},  {"อปท.", "รวมคะแนน"}};
    for (const auto &[agency, total] : headers) {
        SCOPED_TRACE(agency + " / " + total);
        Rows rows = province2567();
        rows[2][1] = agency;
        rows[2][6] = total;
        const auto r = checkSheet(rows, "สรุป");
        EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"})) << dump(r);
    }
    Rows rows = province2564(false);
    for (int i = 1; i <= 10; ++i)
        rows[2][static_cast<size_t>(i + 1)] = "ตัวชี้วัด " + thai::toThaiDigits(std::to_string(i));
    const auto t = readProvinceTable(sheet("สรุป", rows), 0, *registry().find(2564));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->indicatorCols.size(), 10u);
    // "คะแนน…" is the total only when no header names the total: beside "คะแนนรวม" it is another column.
    rows = province2567();
    rows[2][2] = "คะแนนปีก่อน";
    const auto both = readProvinceTable(sheet("สรุป", rows), 0, *registry().find(2567));
    ASSERT_TRUE(both);
    EXPECT_EQ(both->totalCol, 6);
}

// One province has tambons of the same name in different districts: with a district column
// they are two agencies. The same agency written "ทต นางรอง" (no dot) is still a duplicate.
TEST(ProvinceRows, SameNameInAnotherDistrictIsNoDuplicateAnAbbreviationWithoutItsDotIs) {
    Rows rows = correctProvince2567();
    rows.push_back(
        {"21", "องค์การบริหารส่วนตำบลสะเดา", "พลับพลาชัย", "80.00", "80.00", "80.00", "80.00", "ต้องปรับปรุง"});
    rows.push_back({"22", "ทต นางรอง", "อ.นางรอง", "80.00", "80.00", "80.00", "80.00", "ต้องปรับปรุง"});
    const auto r = checkSheet(rows, "สรุป");
    ASSERT_EQ(r.findings.size(), 1u) << dump(r);
    EXPECT_EQ(places(only(r, "ITA032")), (std::vector<std::string>{"B25", "B5"}));
    EXPECT_EQ(agencyKey("อบต บ้านกรวด"), agencyKey("องค์การบริหารส่วนตำบลบ้านกรวด"));
    EXPECT_EQ(districtKey("อำเภอ เมืองบุรีรัมย์"), districtKey("อ.เมืองบุรีรัมย์"));
    // The district's header merged down over a header of two rows.
    rows[1] = {"ลำดับ", "ชื่อ อปท.", "อำเภอ", "คะแนนรายเครื่องมือ", "", "", "คะแนนรวม", "ผลการประเมิน"};
    rows[2] = {"", "", "", "IIT", "EIT", "OIT", "", ""};
    const auto two = checkSheet(rows, "สรุป");
    EXPECT_EQ(codes(two), (std::vector<std::string>{"ITA032"})) << dump(two);
}

// A rating column of "ผ่าน" / "ไม่ผ่าน" says whether each agency reached the target (85), not
// its level: "ผ่าน" for a ผ่านดี agency is right there, and each word is judged against the
// target (every row was ITA031, expecting the level). "AA ผ่านดีเยี่ยม", this year's level
// beside the old grade, is right too.
TEST(ProvinceRows, APassFailColumnIsJudgedAgainstTheTarget) {
    for (int year : {2564, 2567}) {
        SCOPED_TRACE(year);
        Rows rows = year == 2567 ? province2567() : province2564(false);
        const size_t total = year == 2567 ? 6 : 12, rating = total + 1;
        for (size_t i = 3; i < rows.size(); ++i)
            rows[i][rating] = *arabicNumber(rows[i][total]) >= 85 ? "ผ่าน" : "ไม่ผ่าน";
        rows[6][rating] = "ผ่าน";   // 77.78 (2567), 90.84 (2564)
        rows[7][rating] = "ไม่ผ่าน"; // 93.23 -> 92.33 (2567), 90.84 (2564)
        const auto r = checkSheet(rows, "สรุป");
        std::vector<std::string> wrong;
        for (const auto &f : r.findings)
            if (f.code == "ITA031") wrong.push_back(places(f)[0] + " " + f.expected);
        if (year == 2567) {
            EXPECT_EQ(wrong, (std::vector<std::string>{"H7 ไม่ผ่าน", "H8 ผ่าน"})) << dump(r);
            const auto f = std::find_if(r.findings.begin(), r.findings.end(),
                                        [](const Finding &x) { return x.code == "ITA031"; });
            EXPECT_EQ(f->messageTh, "เทศบาลตำบลลำปลายมาศ: ระดับผลการประเมิน ผ่าน ไม่ถูกต้อง (ชีต 'สรุป' เซลล์ H7) "
                                    "ตามเกณฑ์ปีงบประมาณ พ.ศ. 2567 คะแนนรวม 77.78 ได้ระดับ ไม่ผ่าน "
                                    "เมื่อเทียบกับค่าเป้าหมาย 85.00 คะแนน");
        } else {
            EXPECT_EQ(wrong, (std::vector<std::string>{"N7 ไม่ผ่าน", "N8 ผ่าน"})) << dump(r);
        }
    }
    Rows rows = province2567();
    rows[3][7] = "AA ผ่านดีเยี่ยม";
    rows[4][7] = "ผ่านการประเมิน"; // 88.53, ผ่านดี: it did pass
    const auto r = checkSheet(rows, "สรุป");
    EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"})) << dump(r);
}

// An agency whose result has not come: "-" in its scores, "รอผล" as its rating, or nothing.
// One finding for the row (it was one for each of its four or five cells).
TEST(ProvinceRows, AnAgencyWithoutScoresYetIsOneFinding) {
    Rows rows = correctProvince2567();
    rows.push_back({"21", "องค์การบริหารส่วนตำบลหนองโพธิ์", "นาโพธิ์", "-", "-", "-", "-", "รอผล"});
    rows.push_back({"22", "เทศบาลตำบลละหานทราย", "ละหานทราย", "", "", "", "", ""}); // and listed twice
    const auto r = checkSheet(rows, "สรุป");
    ASSERT_EQ(r.findings.size(), 3u) << dump(r);
    EXPECT_EQ(places(only(r, "ITA032")), (std::vector<std::string>{"B25", "B15"}));
    std::vector<const Finding *> rowsWithout;
    for (const auto &f : r.findings)
        if (f.code == "ITA033") rowsWithout.push_back(&f);
    ASSERT_EQ(rowsWithout.size(), 2u) << dump(r);
    EXPECT_EQ(places(*rowsWithout[0]), (std::vector<std::string>{"D24"}));
    EXPECT_EQ(rowsWithout[0]->messageTh, "องค์การบริหารส่วนตำบลหนองโพธิ์: ยังไม่มีคะแนนในแถวนี้ (พบ “รอผล”) "
                                         "(ชีต 'สรุป' เซลล์ D24) จึงตรวจสอบแถวนี้ไม่ได้ครบถ้วน");
    EXPECT_EQ(places(*rowsWithout[1]), (std::vector<std::string>{"D25"}));
    EXPECT_EQ(rowsWithout[1]->messageEn,
              "เทศบาลตำบลละหานทราย: the row has no scores (sheet 'สรุป' cell D25), so "
              "the row cannot be fully checked.");
}

// A Writer table split over two pages is two tables: the second under a copy of the header,
// or under none. Its agencies went unchecked (no header) or were not compared with the first
// table's (a copy of the header): the planted duplicate and the wrong total in the second
// part were missed.
TEST(ProvinceRows, AWriterTableSplitInTwoIsOneSummary) {
    const Rows rows = province2564(false);
    const std::string title = rows[0][0];
    const Rows first(rows.begin() + 2, rows.begin() + 9); // header and agencies 1-6
    for (bool header : {false, true}) {
        SCOPED_TRACE(header ? "header copied" : "no header");
        Rows second;
        if (header) second.push_back(rows[2]);
        // The first part's header in two rows, the lower one short: in Writer the boxes under
        // the total's and the rating's cells merged down are not read.
        Rows firstPart = first;
        std::vector<std::string> lower = {"", ""};
        lower.insert(lower.end(), first[0].begin() + 2, first[0].begin() + 12);
        for (size_t c = 2; c < 12; ++c)
            firstPart[0][c] = c == 2 ? "คะแนนรายตัวชี้วัด" : "";
        firstPart.insert(firstPart.begin() + 1, lower);
        second.insert(second.end(), rows.begin() + 9, rows.end()); // agencies 7-20
        const auto r =
            check(writerDoc({title}, {writerTable("Table1", firstPart), writerTable("Table1_2", second, 1)}));
        ASSERT_EQ(r.findings.size(), 4u) << dump(r);
        const int off = header ? 1 : 0;
        EXPECT_EQ(places(only(r, "ITA030")), (std::vector<std::string>{"Table1:5,12"}));
        EXPECT_EQ(places(only(r, "ITA031")),
                  (std::vector<std::string>{"Table1_2:" + std::to_string(1 + off) + ",13"}));
        EXPECT_EQ(places(only(r, "ITA032")),
                  (std::vector<std::string>{"Table1_2:" + std::to_string(5 + off) + ",1", "Table1:3,1"}));
        EXPECT_EQ(places(only(r, "ITA033")),
                  (std::vector<std::string>{"Table1_2:" + std::to_string(9 + off) + ",8"}));
    }
}

// A year column in two digits ("67", "๖๕"), as provinces abbreviate the Buddhist Era year: the
// rows were not judged at all (no framework for the year 67).
TEST(ProvinceRows, ATwoDigitYearColumnIsTheBuddhistEraYear) {
    const Rows rows = {{"หน่วยงาน", "ปี", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"},
                       {"เทศบาลตำบลนางรอง", "๖๕", "88.52", "86.10", "90.35", "88.53", "A"},
                       {"เทศบาลตำบลนางรอง", "67", "88.52", "86.10", "90.35", "88.53", "ผ่านดี"},
                       {"องค์การบริหารส่วนตำบลกระสัง", "67", "87.60", "83.40", "91.50", "87.90", "ผ่านดี"},
                       {"องค์การบริหารส่วนตำบลสะเดา", "67", "92.40", "89.75", "94.20", "93.23", "ผ่านดี"}};
    const auto r = checkSheet(rows, "สรุป");
    EXPECT_EQ(places(only(r, "ITA031")), (std::vector<std::string>{"G4"}));
    EXPECT_EQ(places(only(r, "ITA030")), (std::vector<std::string>{"F5"}));
}

// Last year's results beside this year's, the older first: "คะแนนรวม ปี ๒๕๖๖ | คะแนนรวม ปี
// ๒๕๖๗", or a heading per year merged over its tools and total. This year's columns are the
// table's (last year's total was judged against this year's tools: every row ITA030).
TEST(ProvinceTable, LastYearsColumnsBesideThisYearsAreNotTheTable) {
    Rows rows = province2567();
    rows[2] = {"ลำดับ", "ชื่อ อปท.",         "อำเภอ",           "IIT",        "EIT",
               "OIT",  "คะแนนรวม ปี ๒๕๖๖", "คะแนนรวม ปี ๒๕๖๗", "ผลการประเมิน"};
    for (size_t i = 3; i < rows.size(); ++i)
        rows[i].insert(rows[i].begin() + 6, "80.00");
    auto t = readProvinceTable(sheet("สรุป", rows), 0, *registry().find(2567));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->totalCol, 7);
    EXPECT_EQ(codes(checkSheet(rows, "สรุป")),
              (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"}));

    // A heading per year over a header of two rows.
    Rows two = province2567();
    two[1] = {"ลำดับ", "ชื่อ อปท.", "ปี 2566", "", "", "", "ปี 2567", "", "", "", "ผลการประเมิน"};
    two[2] = {"", "", "IIT", "EIT", "OIT", "คะแนนรวม", "IIT", "EIT", "OIT", "คะแนนรวม", ""};
    for (size_t i = 3; i < two.size(); ++i) {
        std::vector<std::string> r = {two[i][0], two[i][1], "80.00", "80.00", "80.00", "80.00"};
        r.insert(r.end(), two[i].begin() + 3, two[i].end());
        two[i] = r;
    }
    t = readProvinceTable(sheet("สรุป", two), 0, *registry().find(2567));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->toolCols, (std::map<std::string, int>{{"EIT", 7}, {"IIT", 6}, {"OIT", 8}}));
    EXPECT_EQ(t->totalCol, 9);
    EXPECT_EQ(codes(checkSheet(two, "สรุป")),
              (std::vector<std::string>{"ITA030", "ITA031", "ITA032", "ITA033"}));
}
