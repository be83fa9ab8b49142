#include "core/report/report_json.hpp"
#include "test_frameworks.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace ita;
namespace json = boost::json;

namespace {

const Framework &fy(int year) {
    return test::framework(year);
}

ValidationReport sampleReport() {
    Grid sheet;
    sheet.kind = GridKind::Sheet;
    sheet.index = 0;
    sheet.name = "คะแนน";
    Grid table;
    table.kind = GridKind::WriterTable;
    table.index = 1;
    table.name = "Table2";

    ValidationReport r;
    r.path = "ITA-2564-อบต.โคกสำโรง.ods";
    r.fiscalYear = 2564;
    r.documentYear = 2565; // a FY2565 plan reporting the FY2564 assessment
    r.agency = "องค์การบริหารส่วนตำบลโคกสำโรง";
    r.district = "โคกสำโรง";
    r.statedTotal = 80.78;
    r.computedTotal = 78.9204;
    r.statedRating = "A";
    r.computedRating = "B";
    r.checked.scores = true;
    r.checked.measures = 3;

    Finding total;
    total.code = "ITA006";
    total.severity = Severity::Error;
    total.locations = {Location::cell(sheet, 11, 2), Location::cell(sheet, 6, 1)};
    total.expected = "78.92";
    total.found = "80.78";
    total.messageTh = "คะแนนรวมไม่ตรงกับคะแนนรายตัวชี้วัด";
    total.messageEn = "The total does not match the indicator scores";
    r.findings.push_back(total);

    Finding cross;
    cross.code = "ITA010";
    cross.severity = Severity::Error;
    cross.indicator = 4;
    cross.locations = {Location::cell(table, 4, 2), Location::para(3)};
    cross.expected = "79.62";
    cross.found = "76.92";
    cross.messageTh = "ตัวชี้วัดที่ 4 มีคะแนนไม่ตรงกันระหว่างตาราง";
    cross.messageEn = "Indicator 4 has different scores in two places";
    r.findings.push_back(cross);

    Finding digits;
    digits.code = "ITA014";
    digits.severity = Severity::Warning;
    digits.locations = {Location::para(0)};
    digits.messageTh = "เอกสารใช้ทั้งเลขไทยและเลขอารบิก";
    digits.messageEn = "The document mixes Thai and Arabic digits";
    r.findings.push_back(digits);
    return r;
}

} // namespace

TEST(ReportJson, ValidationReportShape) {
    const std::string out = toJson(sampleReport());
    const json::value got = json::parse(out);
    const json::value want = json::parse(R"J({
      "path": "ITA-2564-อบต.โคกสำโรง.ods",
      "status": "findings",
      "fiscal_year": 2564,
      "document_year": 2565,
      "agency": "องค์การบริหารส่วนตำบลโคกสำโรง",
      "district": "โคกสำโรง",
      "total": {"stated": 80.78, "computed": 78.92},
      "rating": {"stated": "A", "computed": "B"},
      "counts": {"errors": 2, "warnings": 1},
      "checked": {"scores": true, "measures": 3},
      "findings": [
        {"code": "ITA006", "severity": "error", "indicator": null,
         "message": "คะแนนรวมไม่ตรงกับคะแนนรายตัวชี้วัด",
         "message_en": "The total does not match the indicator scores",
         "expected": "78.92", "found": "80.78",
         "locations": [{"sheet": "คะแนน", "cell": "C12", "where": "ชีต 'คะแนน' เซลล์ C12"},
                       {"sheet": "คะแนน", "cell": "B7", "where": "ชีต 'คะแนน' เซลล์ B7"}]},
        {"code": "ITA010", "severity": "error", "indicator": 4,
         "message": "ตัวชี้วัดที่ 4 มีคะแนนไม่ตรงกันระหว่างตาราง",
         "message_en": "Indicator 4 has different scores in two places",
         "expected": "79.62", "found": "76.92",
         "locations": [{"table": "Table2", "row": 5, "column": 3, "where": "ตาราง Table2 แถว 5 คอลัมน์ 3"},
                       {"paragraph": 4, "where": "ย่อหน้าที่ 4"}]},
        {"code": "ITA014", "severity": "warning", "indicator": null,
         "message": "เอกสารใช้ทั้งเลขไทยและเลขอารบิก",
         "message_en": "The document mixes Thai and Arabic digits",
         "expected": null, "found": null,
         "locations": [{"paragraph": 1, "where": "ย่อหน้าที่ 1"}]}
      ]
    })J");
    EXPECT_EQ(got, want) << out;
    // Keys in the documented order, numbers as people write them.
    EXPECT_EQ(out.rfind("{\n  \"path\": ", 0), 0u) << out;
    EXPECT_NE(out.find("\"total\": {\"stated\": 80.78, \"computed\": 78.92}"), std::string::npos) << out;
    EXPECT_EQ(out.find("E1"), std::string::npos) << out;
    EXPECT_NE(
        out.find(
            "{\"table\": \"Table2\", \"row\": 5, \"column\": 3, \"where\": \"ตาราง Table2 แถว 5 คอลัมน์ 3\"}"),
        std::string::npos)
        << out;
}

TEST(ReportJson, CleanReportIsOk) {
    ValidationReport r;
    r.path = "clean.odt";
    const json::value got = json::parse(toJson(r));
    const json::value want = json::parse(R"J({
      "path": "clean.odt", "status": "ok", "fiscal_year": null, "document_year": null, "agency": null,
      "district": null,
      "total": {"stated": null, "computed": null}, "rating": {"stated": null, "computed": null},
      "counts": {"errors": 0, "warnings": 0}, "checked": {"scores": false, "measures": 0},
      "findings": []})J");
    EXPECT_EQ(got, want);
}

// FY2564 example of analysis_test: total 79.5464 -> 79.55 (B); previous 74.60.
TEST(ReportJson, Analysis) {
    const Scores s = {{1, 92.47}, {2, 81.36}, {3, 88.15}, {4, 79.62}, {5, 85.04},
                      {6, 92.47}, {7, 83.58}, {8, 80.93}, {9, 72.50}, {10, 68.75}};
    const Scores prev = {{1, 90.00}, {2, 80.00}, {3, 85.00}, {4, 75.00}, {5, 80.00},
                         {6, 85.00}, {7, 80.00}, {8, 75.00}, {9, 70.00}, {10, 60.00}};
    const Analysis a = analyse(fy(2564), s, prev);
    const std::string out = toJson(a);
    const json::value v = json::parse(out);
    const json::object &o = v.as_object();

    EXPECT_EQ(o.at("fiscal_year"), 2564);
    EXPECT_NEAR(o.at("total").to_number<double>(), 79.5464, 1e-9);
    EXPECT_EQ(o.at("total_rounded"), 79.55);
    EXPECT_EQ(o.at("rating").at("code"), "B");
    EXPECT_EQ(o.at("rating").at("label"), "B");
    EXPECT_EQ(o.at("rating").at("meaning"), json::value(a.ratingMeaningTh));
    EXPECT_EQ(o.at("rating").at("meaning_en"), json::value(a.ratingMeaningEn));
    EXPECT_EQ(o.at("target").to_number<double>(), 85);
    EXPECT_EQ(o.at("ranking"), json::parse("[1, 6, 3, 5, 7, 2, 8, 4, 9, 10]"));
    EXPECT_EQ(o.at("strongest"), json::parse("[1, 6]"));
    EXPECT_EQ(o.at("weakest"), json::parse("[10]"));
    EXPECT_EQ(o.at("below_target"), json::parse("[10, 9, 4, 8, 2, 7]"));
    EXPECT_EQ(o.at("previous_total"), 74.6);
    EXPECT_EQ(o.at("total_change"), 4.95);

    const auto &tools = o.at("tools").as_array();
    ASSERT_EQ(tools.size(), 3u);
    const json::value eit =
        json::parse(R"J({"code": "EIT", "name_th": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
        "name_en": "External Integrity and Transparency Assessment (EIT)", "weight": 0.3, "score": 85.66,
        "contribution": 25.7})J");
    EXPECT_EQ(tools[1], eit);
    const auto &inds = o.at("indicators").as_array();
    ASSERT_EQ(inds.size(), 10u);
    const json::value i4 = json::parse(R"J({"number": 4, "name_th": "การใช้ทรัพย์สินของราชการ",
        "name_en": "Use of government property", "tool": "IIT", "score": 79.62, "rank": 8,
        "below_target": true, "previous": 75, "change": 4.62})J");
    EXPECT_EQ(inds[3], i4);

    // A first year has no previous figures: nulls, not zeros.
    const json::value first = json::parse(toJson(analyse(fy(2564), s)));
    EXPECT_TRUE(first.at("previous_total").is_null());
    EXPECT_TRUE(first.at("total_change").is_null());
    EXPECT_TRUE(first.at("indicators").at(0).at("previous").is_null());
    EXPECT_TRUE(first.at("indicators").at(0).at("change").is_null());
}
