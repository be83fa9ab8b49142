// The year the scores belong to: a measures plan or memo for FY N whose analysis reports the
// FY N-1 assessment holds N-1's scores (N-1's rules apply), while its own year (document_year)
// still dates its measures; ITA034 says so when only a heading names the assessed year.
#include "core/analysis/analyse_source.hpp"
#include "core/read/document_facts.hpp"
#include "core/report/report_json.hpp"
#include "core/validate/validation.hpp"

#include "core/text/thai_text.hpp"
#include "rules_support.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// The FY2564 set as FY2565's result (made up): 77.31, B in FY2565's letter scheme. Under
// FY2566's rules "B" would be the other scheme's word (ITA008).
Rows scoreTable() {
    return {{"ตัวชี้วัด", "คะแนน"},
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
}

// Measures for FY2566 (1 Oct 2565 - 30 Sep 2566): outside FY2565.
Rows measuresTable(const std::string &secondPeriod = "ม.ค. ๖๖ - มี.ค. ๖๖") {
    return {{"ที่", "มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"},
            {"๑", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "ประกาศบนเว็บไซต์ทุกเดือน", "กองคลัง", "ต.ค. ๖๕ - ก.ย. ๖๖"},
            {"๒", "จัดอบรมการป้องกันการทุจริต", "อบรมบุคลากรปีละครั้ง", "สำนักปลัด", secondPeriod}};
}

const char *const kTitle =
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบลโคกสำโรง";
const char *const kResult =
    "องค์การบริหารส่วนตำบลโคกสำโรงได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
    "ปี พ.ศ. ๒๕๖๕ ได้คะแนน ๗๗.๓๑ คะแนน อยู่ในระดับ B โดยได้รับคะแนนรายตัวชี้วัดดังนี้";

SourceDocument plan(const std::string &result = kResult,
                    const std::string &secondPeriod = "ม.ค. ๖๖ - มี.ค. ๖๖") {
    return test::writerDoc({kTitle, "๑. การวิเคราะห์ผลการประเมิน ITA", result},
                           {test::writerTable("Table1", scoreTable()),
                            test::writerTable("Table2", measuresTable(secondPeriod), 1)});
}

// The same as a Calc sheet: the title, a heading naming the assessed year without a score,
// the score table with its total and rating, then the measures.
Rows planSheet(const std::string &heading) {
    Rows rows = {{"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"},
                 {"หน่วยงาน", "องค์การบริหารส่วนตำบลหนองบัว"},
                 {heading},
                 {"ตัวชี้วัดที่", "ตัวชี้วัด", "คะแนน"}};
    const Rows t = scoreTable();
    for (size_t i = 1; i < t.size(); ++i)
        rows.push_back({std::to_string(i), t[i][0], thai::toArabicDigits(t[i][1])});
    rows.push_back({"", "คะแนนรวม", "77.31"});
    rows.push_back({"", "ระดับผลการประเมิน", "B"});
    rows.push_back({});
    rows.push_back({"มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"});
    rows.push_back({"เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "ประกาศบนเว็บไซต์ทุกเดือน", "กองคลัง", "ต.ค. 65 - ก.ย. 66"});
    return rows;
}

} // namespace

TEST(AssessedYear, APlanReportingLastYearsAssessmentIsJudgedByThatYear) {
    const auto r = check(plan());
    EXPECT_TRUE(r.findings.empty()) << dump(r); // no ITA008 for B, no ITA021 for FY2566 dates
    ASSERT_TRUE(r.fiscalYear);
    EXPECT_EQ(*r.fiscalYear, 2565);
    ASSERT_TRUE(r.documentYear);
    EXPECT_EQ(*r.documentYear, 2566);
    ASSERT_NE(r.framework, nullptr);
    EXPECT_EQ(r.framework->fiscalYear, 2565);
    EXPECT_EQ(r.computedRating, "B");
}

TEST(AssessedYear, MeasuresAreStillDatedByThePlansOwnYear) {
    // A measure running into FY2567 is outside the FY2566 plan, and the finding names FY2566.
    const auto r = check(plan(kResult, "ต.ค. ๖๖ - ธ.ค. ๖๖"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA021"}) << dump(r);
    EXPECT_NE(thai::toArabicDigits(r.findings[0].messageEn).find("ก.ย. 2566"), std::string::npos)
        << r.findings[0].messageEn;
    EXPECT_EQ(*r.fiscalYear, 2565);
}

TEST(AssessedYear, TheFactsNameTheAssessedYearWithItsScore) {
    const auto f = readFacts(plan(), *registry().latest());
    ASSERT_EQ(f.assessedYears.size(), 1u);
    EXPECT_EQ(f.assessedYears[0].year.value, 2565);
    EXPECT_EQ(f.assessedYears[0].year.text, "๒๕๖๕");
    EXPECT_TRUE(f.assessedYears[0].withScore);
    EXPECT_TRUE(f.assessedYears[0].year.at.isParagraph());
    ASSERT_TRUE(earlierAssessment(f, 2566));
    EXPECT_FALSE(earlierAssessment(f, 2565)); // its own year's result
    EXPECT_FALSE(earlierAssessment(f, 2567)); // two years back is no plan's analysis
}

TEST(AssessedYear, AHeadingAloneIsAnAssumptionAndSaysSo) {
    for (const char *heading :
         {"ผลการประเมิน ITA ประจำปีงบประมาณ 2565", "ผลการประเมินคุณธรรมและความโปร่งใส ปี พ.ศ. ๒๕๖๕"}) {
        SCOPED_TRACE(heading);
        const auto r = check(test::workbook({test::sheet("แผน", planSheet(heading))}));
        ASSERT_EQ(codes(r), std::vector<std::string>{"ITA034"}) << dump(r);
        const Finding &f = r.findings[0];
        EXPECT_EQ(f.severity, Severity::Warning);
        EXPECT_EQ(refs(f), std::vector<std::string>{"A3"});
        EXPECT_NE(f.messageEn.find("Scores read as FY2565, the year of the assessment"), std::string::npos)
            << f.messageEn;
        EXPECT_NE(f.messageEn.find("the document is the FY2566 one"), std::string::npos) << f.messageEn;
        // (the years in the document's digits: its scores are in Thai digits)
        const std::string th = thai::toArabicDigits(f.messageTh);
        EXPECT_NE(th.find("ผลการประเมินของปีงบประมาณ พ.ศ. 2565"), std::string::npos) << f.messageTh;
        EXPECT_NE(th.find("เอกสารนี้เป็นของปีงบประมาณ พ.ศ. 2566"), std::string::npos) << f.messageTh;
        EXPECT_EQ(*r.fiscalYear, 2565);
        EXPECT_EQ(*r.documentYear, 2566);
        EXPECT_EQ(r.computedRating, "B");
    }
}

TEST(AssessedYear, WithoutTheHeadingThePlansYearJudges) {
    // The control: the same sheet naming no assessed year is a FY2566 document, and B is
    // FY2566's other scheme.
    const auto r = check(test::workbook({test::sheet("แผน", planSheet("ผลการประเมิน ITA"))}));
    EXPECT_EQ(*r.fiscalYear, 2566);
    EXPECT_EQ(*r.documentYear, 2566);
    EXPECT_EQ(codes(r), std::vector<std::string>{"ITA008"}) << dump(r);
}

TEST(AssessedYear, ItsOwnYearsAssessmentOrAComparisonKeepTheDocumentsYear) {
    const std::vector<std::string> results = {
        // an analysis of FY2566 that also names last year's assessment
        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๙๑.๐๒ คะแนน ส่วนผลการประเมิน ITA ปี พ.ศ. ๒๕๖๕ ได้คะแนน "
        "๗๗.๓๑ คะแนน",
        // a comparison with an earlier year
        "เมื่อเปรียบเทียบกับผลการประเมิน ITA ปี พ.ศ. ๒๕๖๕ ได้คะแนน ๗๗.๓๑ คะแนน",
        "ผลการประเมิน ITA ปี พ.ศ. ๒๕๖๕ (ปีที่ผ่านมา) ได้คะแนน ๗๗.๓๑ คะแนน",
        // a satisfaction survey is no ITA assessment
        "ผลการประเมินความพึงพอใจของผู้รับบริการ ปี พ.ศ. ๒๕๖๕ ได้คะแนน ๙๐.๑๒ คะแนน",
    };
    for (const auto &text : results) {
        SCOPED_TRACE(text);
        const auto f = readFacts(plan(text), *registry().latest());
        EXPECT_FALSE(earlierAssessment(f, 2566));
    }
}

TEST(AssessedYear, AScoreColumnHeadedWithTheDocumentsYearKeepsIt) {
    Rows t = scoreTable();
    t[0] = {"ตัวชี้วัด", "ปี ๒๕๖๕", "ปี ๒๕๖๖"};
    for (size_t i = 1; i < t.size(); ++i)
        t[i].push_back(t[i][1]);
    auto doc = test::writerDoc({kTitle, kResult}, {test::writerTable("Table1", t)});
    const auto f = readFacts(doc, *registry().latest());
    ASSERT_FALSE(f.tables.empty());
    EXPECT_EQ(f.tables[0].scoreYear, 2566);
    EXPECT_FALSE(earlierAssessment(f, 2566));
}

TEST(AssessedYear, AGivenFiscalYearIsObeyed) {
    ValidationOptions o = pinned();
    o.fiscalYear = 2566;
    const auto r =
        validate(test::workbook({test::sheet("แผน", planSheet("ผลการประเมิน ITA ประจำปีงบประมาณ 2565"))}),
                 registry(), o);
    EXPECT_EQ(*r.fiscalYear, 2566);
    EXPECT_EQ(*r.documentYear, 2566);
    for (const auto &f : r.findings)
        EXPECT_NE(f.code, "ITA034") << dump(r);
}

TEST(AssessedYear, AMemoWithoutScoresSaysNothingAboutThem) {
    // Seed 000's memo: it names the analysed year, states no score: no assumption to tell.
    auto memo = test::writerDoc(
        {"เรื่อง รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๖",
         "ตามที่ได้วิเคราะห์ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลโคกสำโรง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ "
         "และได้กำหนดมาตรการ"});
    const auto r = check(memo);
    EXPECT_EQ(*r.fiscalYear, 2565);
    EXPECT_EQ(*r.documentYear, 2566);
    for (const auto &f : r.findings)
        EXPECT_NE(f.code, "ITA034") << dump(r);
}

TEST(AssessedYear, TheJsonReportCarriesTheDocumentsYear) {
    const auto j = boost::json::parse(toJson(check(plan()))).as_object();
    EXPECT_EQ(j.at("fiscal_year").as_int64(), 2565);
    EXPECT_EQ(j.at("document_year").as_int64(), 2566);
    const auto plain = boost::json::parse(toJson(checkSheet(sheetFY2565()))).as_object();
    EXPECT_EQ(plain.at("fiscal_year").as_int64(), 2565);
    EXPECT_EQ(plain.at("document_year").as_int64(), 2565);
}

TEST(AssessedYear, TheAnalysisUsesTheAssessedYear) {
    AnalyseOptions o;
    o.currentYearBE = 2568;
    const Analysis a = analyseSource(plan(), registry(), o);
    EXPECT_EQ(a.fiscalYear, 2565);
    EXPECT_EQ(a.ratingCode, "B");
}
