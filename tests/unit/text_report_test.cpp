// What `ita validate` says of one file (text report and the summary's status), from the JSON the
// service gives: a document with no scores to check (a measures plan, a memo without figures)
// is not called correct.
#include "cli/result_status.hpp"
#include "cli/text_report.hpp"

#include "core/report/report_json.hpp"
#include "rules_support.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <sstream>

using namespace ita;
namespace json = boost::json;

namespace {

// A FY2566 implementation report: a measures table, no score anywhere.
SourceDocument measuresOnly() {
    const test::Rows measures = {
        {"ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"},
        {"๑", "มาตรการเสริมสร้างความซื่อสัตย์สุจริต", "จัดทำคู่มือการปฏิบัติงาน", "ต.ค. ๖๕ - ก.ย. ๖๖", "สำนักปลัด"},
        {"๒", "เปิดโอกาสให้บุคลากรร้องเรียนเรื่องการทุจริต", "ประชาสัมพันธ์ช่องทางการร้องเรียน",
         "๑ ต.ค. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖", "งานนิติกร"},
    };
    return test::writerDoc({"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
                           {test::writerTable("Table1", measures)});
}

json::value reportOf(const SourceDocument &doc) {
    ValidationReport r = test::check(doc);
    r.path = "x.odt";
    return json::parse(toJson(r));
}

std::string line(const json::value &report, bool english) {
    std::ostringstream out;
    cli::TextReport(out, english).file(report);
    return out.str();
}

} // namespace

TEST(TextReport, AReportWithoutScoresIsNotCalledCorrect) {
    const json::value v = reportOf(measuresOnly());
    ASSERT_EQ(v.at("counts").at("errors"), 0) << v;
    ASSERT_EQ(v.at("counts").at("warnings"), 0) << v;
    EXPECT_EQ(v.at("status"), "ok") << "the JSON keeps its meaning: no finding";
    EXPECT_EQ(v.at("checked").at("scores"), false) << v;
    EXPECT_EQ(v.at("checked").at("measures"), 2) << v;
    EXPECT_EQ(cli::summaryStatus(v), "no_scores");

    const std::string th = line(v, false), en = line(v, true);
    EXPECT_EQ(th.find("ถูกต้อง"), std::string::npos) << th;
    EXPECT_EQ(th.find("- / -"), std::string::npos) << th;
    EXPECT_EQ(th, "x.odt: ไม่พบข้อผิดพลาด แต่ไม่ได้ตรวจคะแนน เพราะไม่พบตารางคะแนนในเอกสาร  "
                  "[ปีงบประมาณ 2566; ไม่พบตารางคะแนน; ตรวจมาตรการ 2 รายการ]\n");
    EXPECT_EQ(en, "x.odt: no findings, but no scores were checked: no score table found  "
                  "[FY 2566; no score table; 2 measures checked]\n");
}

TEST(TextReport, AScoreSheetWithoutFindingsIsCorrect) {
    const json::value v = reportOf(test::workbook({test::sheet("คะแนน", test::sheetFY2565())}));
    EXPECT_EQ(v.at("checked").at("scores"), true) << v;
    EXPECT_EQ(cli::summaryStatus(v), "ok");
    EXPECT_EQ(line(v, false), "x.odt: ถูกต้อง  [ปีงบประมาณ 2565; คะแนนรวม 82.41 / 82.41; ระดับ B / B]\n");
    EXPECT_EQ(line(v, true), "x.odt: OK  [FY 2565; total 82.41 / 82.41; rating B / B]\n");
}

// A memo without figures: ITA017 says so; the facts say no score table rather than "- / -".
TEST(TextReport, AMemoWithoutFiguresHasItsWarningAndNoDashes) {
    const json::value v = reportOf(test::writerDoc(
        {"บันทึกข้อความ", "เรื่อง รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "จึงเรียนมาเพื่อโปรดทราบ"}));
    EXPECT_EQ(v.at("checked").at("scores"), false) << v;
    EXPECT_EQ(cli::summaryStatus(v), "warnings");
    const std::string th = line(v, false);
    EXPECT_NE(th.find("ITA017"), std::string::npos) << th;
    EXPECT_NE(th.find("[ปีงบประมาณ 2566; ไม่พบตารางคะแนน; ไม่พบมาตรการ]"), std::string::npos) << th;
}

// JSON from an extension that does not say what it checked reads as before.
TEST(TextReport, WithoutTheCheckedFieldTheScoresCountAsChecked) {
    const json::value v = json::parse(R"({"path": "y.ods", "status": "ok", "fiscal_year": 2564,
        "total": {"stated": null, "computed": null}, "rating": {"stated": null, "computed": null},
        "counts": {"errors": 0, "warnings": 0}, "findings": []})");
    EXPECT_EQ(cli::summaryStatus(v), "ok");
    EXPECT_EQ(line(v, true), "y.ods: OK  [FY 2564; total - / -; rating - / -]\n");
}

// A FY2566 plan reporting the FY2565 assessment is judged as FY2565: both reports show the
// document's own year beside it (the summary in a column of its own), and only then.
TEST(TextReport, TheDocumentsOwnYearWhereItIsNotTheYearJudged) {
    const test::Rows scores = {{"ตัวชี้วัด", "คะแนน"},
                               {"การปฏิบัติหน้าที่", "๘๘.๕๒"},
                               {"การใช้งบประมาณ", "๗๕.๓๑"},
                               {"การใช้อำนาจ", "๘๖.๑๔"},
                               {"การใช้ทรัพย์สินของราชการ", "๘๐.๒๗"},
                               {"การแก้ไขปัญหาการทุจริต", "๘๓.๐๙"},
                               {"คุณภาพการดำเนินงาน", "๘๔.๖๖"},
                               {"ประสิทธิภาพการสื่อสาร", "๗๙.๘๕"},
                               {"การปรับปรุงระบบการทำงาน", "๗๘.๑๒"},
                               {"การเปิดเผยข้อมูล", "๗๒.๕๐"},
                               {"การป้องกันการทุจริต", "๖๘.๗๕"}};
    const json::value v = reportOf(test::writerDoc(
        {"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบลโคกสำโรง",
         "องค์การบริหารส่วนตำบลโคกสำโรงได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
         "ปี พ.ศ. ๒๕๖๕ ได้คะแนน ๗๗.๓๑ คะแนน อยู่ในระดับ B โดยได้รับคะแนนรายตัวชี้วัดดังนี้"},
        {test::writerTable("Table1", scores)}));
    ASSERT_EQ(v.at("fiscal_year"), 2565) << v;
    ASSERT_EQ(v.at("document_year"), 2566) << v;
    ASSERT_TRUE(cli::documentYearApart(v).has_value());
    EXPECT_EQ(*cli::documentYearApart(v), 2566);
    EXPECT_NE(line(v, false).find("[ปีงบประมาณ 2565 (เอกสารของปี 2566); คะแนนรวม 77.31 / 77.31"),
              std::string::npos)
        << line(v, false);

    const json::value same = reportOf(test::workbook({test::sheet("คะแนน", test::sheetFY2565())}));
    ASSERT_EQ(same.at("document_year"), 2565) << same;
    EXPECT_FALSE(cli::documentYearApart(same).has_value());
}
