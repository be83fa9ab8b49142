// ITA009: an implausible fiscal year, with the year probably meant.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// FY2565 sheet (total 82.41, B) whose title states the year as given.
SourceDocument sheetWithYear(const std::string &title) {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 2); // no blank row
    rows[0] = {title};
    return test::workbook({test::sheet("คะแนน", rows)});
}

} // namespace

TEST(ImplausibleYear, CorrectYearsAreQuiet) {
    EXPECT_TRUE(check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565")).findings.empty());
    EXPECT_TRUE(check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕")).findings.empty());
}

TEST(ImplausibleYear, DigitsExchangedSuggestTheYearMeant) {
    auto r = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2656"));
    // Nothing year-dependent is judged on a year that cannot be right: one finding.
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA009"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.found, "2656");
    EXPECT_EQ(f.expected, "2565");
    EXPECT_EQ(f.locations[0].cellRef(), "A1");
    EXPECT_NE(f.messageEn.find("typo for 2565"), std::string::npos) << f.messageEn;
    EXPECT_FALSE(r.fiscalYear.has_value());
}

TEST(ImplausibleYear, ThaiDigitsInTheSuggestion) {
    auto r = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๖๕๖"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA009"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "๒๖๕๖");
    EXPECT_EQ(r.findings[0].expected, "๒๕๖๕");
    EXPECT_NE(r.findings[0].messageTh.find("พ.ศ. ๒๕๖๕"), std::string::npos) << r.findings[0].messageTh;
}

TEST(ImplausibleYear, OtherYearsInTheDocumentDecideBetweenSlips) {
    // 2656 could be 2565 (5 and 6 exchanged) or 2566 (two digits swapped); a report
    // that analyses FY2565's result for FY2566 means 2566.
    auto doc =
        test::writerDoc({"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2656",
                         "จากผลการประเมิน ITA ปี พ.ศ. 2565 หน่วยงานได้นำผลมาวิเคราะห์เพื่อปรับปรุงในปี พ.ศ. 2566"});
    auto r = check(doc);
    // (a plan without a score table is also told that no scores were checked)
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA017", "ITA009"})) << dump(r);
    EXPECT_EQ(r.findings[1].expected, "2566");
    EXPECT_EQ(r.findings[1].locations[0].paragraph, 0);
}

TEST(ImplausibleYear, ChristianEraYear) {
    auto r = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ 2022"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA009"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "2022");
    EXPECT_EQ(r.findings[0].expected, "2565");
    EXPECT_NE(r.findings[0].messageEn.find("CE year"), std::string::npos) << r.findings[0].messageEn;
}

TEST(ImplausibleYear, TooOldWithASwap) {
    auto r = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2456"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA009"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "2564");
}

TEST(ImplausibleYear, FarFutureWithoutSuggestion) {
    auto r = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2591"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA009"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "");
    EXPECT_NE(r.findings[0].messageEn.find("Check the fiscal year"), std::string::npos)
        << r.findings[0].messageEn;
}

TEST(ImplausibleYear, TheCurrentYearDecidesWhatIsTooLate) {
    // Two years ahead is still plausible (a plan for next year), with no framework yet.
    auto soon = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570"), 2568);
    EXPECT_EQ(codes(soon), std::vector<std::string>{"ITA015"}) << dump(soon);
    auto late = check(sheetWithYear("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570"), 2566);
    ASSERT_EQ(codes(late), std::vector<std::string>{"ITA009"}) << dump(late);
}
