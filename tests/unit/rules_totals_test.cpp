// ITA006 stated total vs the recomputed one, ITA007 wrong rating, ITA008 a rating of the
// other scheme.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// FY2568 report in Thai digits, every tool at 99.85: ผ่านดีเยี่ยม (AA in the letter scheme).
SourceDocument reportFY2568(const std::string &resultSentence) {
    Rows t = {{"ตัวชี้วัด", "คะแนน"},
              {"๑. การปฏิบัติหน้าที่", "๙๙.๙๐"},
              {"๒. การใช้งบประมาณ", "๙๙.๘๐"},
              {"๓. การใช้อำนาจ", "๙๙.๘๕"},
              {"๔. การใช้ทรัพย์สินของราชการ", "๙๙.๙๕"},
              {"๕. การแก้ไขปัญหาการทุจริต", "๙๙.๗๕"},
              {"๖. คุณภาพการดำเนินงาน", "๙๙.๗๐"},
              {"๗. ประสิทธิภาพการสื่อสาร", "๑๐๐.๐๐"},
              {"๘. การปรับปรุงระบบการทำงาน", "๙๙.๘๕"},
              {"๙. การเปิดเผยข้อมูล", "๙๙.๘๕"},
              {"๑๐. การป้องกันการทุจริต", "๙๙.๘๕"}};
    return test::writerDoc({"รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", resultSentence,
                            "โดยมีคะแนนรายตัวชี้วัดดังนี้"},
                           {test::writerTable("Table1", t)});
}

} // namespace

TEST(TotalMismatch, StatedTotalTypedWrong) {
    Rows rows = sheetFY2565();
    rows[14][2] = "85.41";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.locations[0].cellRef(), "C15");
    EXPECT_EQ(f.expected, "82.41");
    EXPECT_EQ(f.found, "85.41");
    EXPECT_NE(f.messageEn.find("difference of 3.00"), std::string::npos) << f.messageEn;
    EXPECT_NE(f.messageEn.find("FY2565"), std::string::npos) << f.messageEn;
    EXPECT_NE(f.messageEn.find("tolerance 0.02"), std::string::npos) << f.messageEn;
}

TEST(TotalMismatch, PublishedRoundingIsTolerated) {
    // Published totals come from unrounded scores: 82.4058 may be printed 82.39..82.42.
    for (const char *ok : {"82.39", "82.40", "82.42"}) {
        Rows rows = sheetFY2565();
        rows[14][2] = ok;
        auto r = checkSheet(rows);
        EXPECT_TRUE(r.findings.empty()) << ok << "\n" << dump(r);
    }
    for (const char *bad : {"82.38", "82.43"}) {
        Rows rows = sheetFY2565();
        rows[14][2] = bad;
        auto r = checkSheet(rows);
        EXPECT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << bad << "\n" << dump(r);
    }
}

TEST(TotalMismatch, AScoreTypoShowsAsTheTotalOnlyNotAlsoTheRating) {
    Rows rows = sheetFY2565();
    rows[12][2] = "97.50"; // 79.50 retyped: the recomputed total becomes 86.01, an A
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "86.01");
    EXPECT_EQ(r.findings[0].found, "82.41");
}

TEST(TotalMismatch, ThaiDigitsInASentence) {
    auto r = check(reportFY2568("เทศบาลตำบลเกษตรพัฒนา ได้คะแนน ๙๘.๘๕ คะแนน อยู่ในระดับ ผ่านดีเยี่ยม"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_TRUE(f.locations[0].isParagraph());
    EXPECT_EQ(f.locations[0].paragraph, 1);
    EXPECT_EQ(f.expected, "๙๙.๘๕");
    EXPECT_EQ(f.found, "๙๘.๘๕");
    EXPECT_NE(f.messageTh.find("๒๕๖๘"), std::string::npos) << f.messageTh;
}

TEST(RatingWrong, LetterGradeOneLevelTooHigh) {
    Rows rows = sheetFY2565();
    rows[15][2] = "A";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA007"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.locations[0].cellRef(), "C16");
    EXPECT_EQ(f.expected, "B");
    EXPECT_EQ(f.found, "A");
    EXPECT_NE(f.messageEn.find("82.41"), std::string::npos) << f.messageEn;
}

TEST(RatingWrong, PassSchemeNeedsEveryToolForTheHigherLevels) {
    Rows rows = sheetFY2566();
    rows[14][2] = "ผ่านดีเยี่ยม"; // total 91.02 < 95
    auto r = checkSheet(rows, "ITA2566");
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA007"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "ผ่านดี");
    EXPECT_EQ(r.findings[0].found, "ผ่านดีเยี่ยม");

    rows[14][2] = "ผ่าน"; // every tool >= 85: the level is ผ่านดี
    auto r2 = checkSheet(rows, "ITA2566");
    ASSERT_EQ(codes(r2), std::vector<std::string>{"ITA007"}) << dump(r2);
    EXPECT_EQ(r2.findings[0].expected, "ผ่านดี");
}

TEST(RatingWrong, GenericPassWordingIsAccepted) {
    Rows rows = sheetFY2566();
    rows[14][2] = "ผ่านการประเมิน";
    auto r = checkSheet(rows, "ITA2566");
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(RatingWrong, ToolBelow85MakesItPlainPass) {
    // EIT 6-8 lowered to a mean of 83.00, OIT raised to keep the total: the level is ผ่าน.
    Rows rows = sheetFY2566();
    rows[8][2] = "83.00";
    rows[9][2] = "82.50";
    rows[10][2] = "83.50";
    rows[11][2] = "97.00";
    rows[12][2] = "96.92";
    // IIT 90.36*0.3 + EIT 83.00*0.3 + OIT 96.96*0.4 = 27.108 + 24.9 + 38.784 = 90.792
    rows[13][2] = "90.79";
    rows[14][2] = "ผ่านดี";
    auto r = checkSheet(rows, "ITA2566");
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA007"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "ผ่าน");
    rows[14][2] = "ผ่าน";
    auto ok = checkSheet(rows, "ITA2566");
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
}

TEST(RatingOtherScheme, LetterGradeInAPassYearIsAWarning) {
    Rows rows = sheetFY2566();
    rows[14][2] = "A"; // right in the letter scheme for 91.02
    auto r = checkSheet(rows, "ITA2566");
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA008"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(f.expected, "ผ่านดี");
    EXPECT_EQ(f.found, "A");
    EXPECT_EQ(f.locations[0].cellRef(), "C15");
}

TEST(RatingOtherScheme, BothSchemesInOneCellGiveOnlyTheWarning) {
    Rows rows = sheetFY2566();
    rows[14][2] = "A ผ่านดี";
    auto r = checkSheet(rows, "ITA2566");
    EXPECT_EQ(codes(r), std::vector<std::string>{"ITA008"}) << dump(r);
}

TEST(RatingOtherScheme, OtherSchemeGradeThatIsWrongEvenThereIsAnError) {
    Rows rows = sheetFY2566();
    rows[14][2] = "AA"; // 91.02 is an A even in the letter scheme
    auto r = checkSheet(rows, "ITA2566");
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA007"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "ผ่านดี");
    EXPECT_EQ(r.findings[0].found, "AA");
}

TEST(RatingOtherScheme, BothSchemesInASentenceFY2568) {
    auto ok = check(reportFY2568("เทศบาลตำบลเกษตรพัฒนา ได้คะแนน ๙๙.๘๕ คะแนน อยู่ในระดับ ผ่านดีเยี่ยม"));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    auto r = check(reportFY2568("เทศบาลตำบลเกษตรพัฒนา ได้คะแนน ๙๙.๘๕ คะแนน อยู่ในระดับ AA ผ่านดีเยี่ยม"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA008"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "AA");
    EXPECT_EQ(r.findings[0].expected, "ผ่านดีเยี่ยม");
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 1);
    ASSERT_EQ(r.facts.statedRatings.size(), 2u);
    EXPECT_EQ(r.facts.statedRatings[1].value, "ผ่านดีเยี่ยม");
}

// Both ratings of the sentence are judged: the pass level written after AA is wrong here.
TEST(RatingWrong, SecondRatingOfASentenceIsJudged) {
    auto r = check(reportFY2568("เทศบาลตำบลเกษตรพัฒนา ได้คะแนน ๙๙.๘๕ คะแนน อยู่ในระดับ AA ผ่านดี"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA007"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "ผ่านดี");
    EXPECT_EQ(r.findings[0].expected, "ผ่านดีเยี่ยม");
    EXPECT_NE(r.findings[0].messageTh.find("๙๙.๘๕"), std::string::npos) << r.findings[0].messageTh;
}

// "๙๙.๘๕ AA ผ่านดีเยี่ยม" as seed 004 writes it, in a sentence without "ระดับ".
TEST(RatingOtherScheme, RatingsWrittenAfterTheTotalFY2568) {
    auto r = check(reportFY2568("องค์การบริหารส่วนตำบลเสมิง ได้คะแนนรวม ๙๙.๘๕ AA ผ่านดีเยี่ยม"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA008"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "AA");
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 1);
    EXPECT_EQ(r.statedRating, "AA");
    auto ok = check(reportFY2568("องค์การบริหารส่วนตำบลเสมิง ได้คะแนนรวม ๙๙.๘๕ ผ่านดีเยี่ยม"));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    EXPECT_EQ(ok.statedRating, "ผ่านดีเยี่ยม");
}

namespace {

// FY2565 beside FY2564 with last year's column first. FY2564 (README set): 77.3128 -> 77.31, B;
// FY2565: 82.4058 -> 82.41, B.
Rows twoYearRows(const std::string &lastTotal, const std::string &thisTotal) {
    return {
        {"ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลโคกสำโรง ประจำปีงบประมาณ พ.ศ. 2565"},
        {"ตัวชี้วัด", "ปี 2564", "ปี 2565"},
        {"1. การปฏิบัติหน้าที่", "88.52", "92.15"},
        {"2. การใช้งบประมาณ", "75.31", "85.30"},
        {"3. การใช้อำนาจ", "86.14", "90.42"},
        {"4. การใช้ทรัพย์สินของราชการ", "80.27", "88.76"},
        {"5. การแก้ไขปัญหาการทุจริต", "83.09", "87.50"},
        {"6. คุณภาพการดำเนินงาน", "84.66", "86.91"},
        {"7. ประสิทธิภาพการสื่อสาร", "79.85", "84.20"},
        {"8. การปรับปรุงระบบการทำงาน", "78.12", "83.47"},
        {"9. การเปิดเผยข้อมูล", "72.50", "79.50"},
        {"10. การป้องกันการทุจริต", "68.75", "72.00"},
        {"คะแนนรวม", lastTotal, thisTotal},
        {"ระดับผลการประเมิน", "B", "B"},
    };
}

} // namespace

TEST(TotalMismatch, TwoYearTotalRowThisYearsColumnIsJudged) {
    auto ok = checkSheet(twoYearRows("77.31", "82.41"), "เปรียบเทียบ");
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    ASSERT_TRUE(ok.statedTotal);
    EXPECT_DOUBLE_EQ(*ok.statedTotal, 82.41);

    auto r = checkSheet(twoYearRows("77.31", "82.61"), "เปรียบเทียบ");
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].cellRef(), "C13");
    EXPECT_EQ(r.findings[0].expected, "82.41");
    EXPECT_EQ(r.findings[0].found, "82.61");
    EXPECT_NE(r.findings[0].messageEn.find("FY2565"), std::string::npos) << r.findings[0].messageEn;

    // last year's total is judged on last year's column and framework
    auto last = checkSheet(twoYearRows("77.91", "82.41"), "เปรียบเทียบ");
    ASSERT_EQ(codes(last), std::vector<std::string>{"ITA006"}) << dump(last);
    EXPECT_EQ(last.findings[0].locations[0].cellRef(), "B13");
    EXPECT_EQ(last.findings[0].expected, "77.31");
    EXPECT_NE(last.findings[0].messageEn.find("FY2564"), std::string::npos) << last.findings[0].messageEn;
}

// "ปี ๒๕๖๔ ได้ … ปี ๒๕๖๕ ได้ …": last year's total in the sentence is no total of this year.
TEST(TotalMismatch, SentenceComparingYearsJudgesThisYearsTotal) {
    auto doc = [](const std::string &sentence) {
        SourceDocument d =
            test::writerDoc({"รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", sentence},
                            {test::writerTable("Table1", thaiTableFY2565())});
        return check(d);
    };
    auto ok = doc("องค์การบริหารส่วนตำบลโคกสำโรง ปี ๒๕๖๔ ได้ ๗๗.๓๑ คะแนน อยู่ในระดับ B "
                  "ปี ๒๕๖๕ ได้ ๘๒.๔๑ คะแนน อยู่ในระดับ B");
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    auto r = doc("องค์การบริหารส่วนตำบลโคกสำโรง ปี ๒๕๖๔ ได้ ๘๒.๔๑ คะแนน อยู่ในระดับ B "
                 "ปี ๒๕๖๕ ได้ ๗๗.๓๑ คะแนน อยู่ในระดับ C");
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA006", "ITA007"})) << dump(r);
    EXPECT_EQ(r.findings[0].found, "๗๗.๓๑");
    EXPECT_EQ(r.findings[0].expected, "๘๒.๔๑");
    EXPECT_EQ(r.findings[1].found, "C");
    EXPECT_EQ(r.findings[1].expected, "B");
}

// A memo with no table listing every indicator's score, one per paragraph: the list is its
// score table, so the total it states is recomputed (it used to say no score was found).
TEST(TotalMismatch, AMemoListingEveryScoreInItsParagraphs) {
    const std::vector<std::string> names = {
        "การปฏิบัติหน้าที่",        "การใช้งบประมาณ",    "การใช้อำนาจ",        "การใช้ทรัพย์สินของราชการ",
        "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน",
        "การเปิดเผยข้อมูล",      "การป้องกันการทุจริต"};
    const std::vector<std::string> scores = {"๘๘.๕๒", "๗๕.๓๑", "๘๖.๑๔", "๘๐.๒๗", "๘๓.๐๙",
                                             "๘๔.๖๖", "๗๙.๘๕", "๗๘.๑๒", "๗๒.๕๐", "๖๘.๗๕"};
    auto memo = [&](const std::string &total) {
        std::vector<std::string> ps = {"บันทึกข้อความ", "เรื่อง รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
                                       "องค์การบริหารส่วนตำบลโคกสำโรงได้คะแนนรวม " + total +
                                           " คะแนน อยู่ในระดับ B รายละเอียดดังนี้"};
        for (size_t i = 0; i < names.size(); ++i)
            ps.push_back(thai::toThaiDigits(std::to_string(i + 1)) + ". " + names[i] + " " + scores[i] +
                         " คะแนน");
        return check(test::writerDoc(ps));
    };
    auto ok = memo("๗๗.๓๑");
    ASSERT_EQ(ok.facts.textFigures.size(), 10u); // "การปฏิบัติหน้าที่ ๘๘.๕๒" too: no "ที่ ๘๘"
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    auto r = memo("๗๘.๓๑");
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "๗๗.๓๑");
    ASSERT_FALSE(r.findings[0].locations.empty());
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 2);
}

// "คะแนน ITA" is how many clerks label the total row: read as the stated total (so a wrong one
// is found), in a sheet and in a Writer table, in Arabic or Thai digits.
TEST(TotalLabel, ItaScoreLabelsAreTheStatedTotal) {
    for (const char *label :
         {"คะแนน ITA", "คะแนน ITA รวม", "ผลคะแนน ITA", "คะแนน ITA:", "คะแนนการประเมิน ITA", "คะแนน ITA ปีนี้"}) {
        SCOPED_TRACE(label);
        Rows rows = sheetFY2565();
        rows[14][1] = label;
        const auto right = checkSheet(rows);
        EXPECT_TRUE(right.findings.empty()) << dump(right);
        ASSERT_TRUE(right.statedTotal.has_value());
        EXPECT_DOUBLE_EQ(*right.statedTotal, 82.41);
        rows[14][2] = "82.91";
        const auto wrong = checkSheet(rows);
        ASSERT_EQ(codes(wrong), std::vector<std::string>{"ITA006"}) << dump(wrong);
        EXPECT_EQ(refs(wrong.findings[0]), std::vector<std::string>{"C15"});

        Rows table = thaiTableFY2565();
        table.push_back({label, "๘๒.๙๑"});
        const auto writer =
            check(writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"}, {writerTable("Table1", table)}));
        ASSERT_EQ(codes(writer), std::vector<std::string>{"ITA006"}) << dump(writer);
        EXPECT_EQ(writer.findings[0].found, "๘๒.๙๑");
    }
}

// A row comparing with another year ("คะแนน ITA ปี 2564", "… ปีที่แล้ว") is no total of this year.
TEST(TotalLabel, ItaScoreOfAnotherYearIsNotTheTotal) {
    for (const char *label :
         {"คะแนน ITA ปี 2564", "คะแนน ITA ปี ๒๕๖๔", "คะแนน ITA ปีที่แล้ว", "คะแนน ITA ปีก่อน", "คะแนน ITA ปี 64",
          "ผลคะแนน ITA ปีงบประมาณ 2564", "คะแนน ITA รวม ปีที่แล้ว", "คะแนนรวมปีที่แล้ว"}) {
        SCOPED_TRACE(label);
        Rows rows = sheetFY2565();
        rows.insert(rows.begin() + 15, {"", label, "78.00"}); // below this year's total
        const auto both = checkSheet(rows);
        EXPECT_TRUE(both.findings.empty()) << dump(both);
        ASSERT_EQ(both.facts.statedTotals.size(), 1u);
        EXPECT_DOUBLE_EQ(both.facts.statedTotals[0].value, 82.41);
        rows.erase(rows.begin() + 14); // only the other year's row
        const auto alone = checkSheet(rows);
        EXPECT_FALSE(alone.statedTotal.has_value()) << dump(alone);
        EXPECT_TRUE(alone.findings.empty()) << dump(alone);
    }
}

// "คะแนน ITA" heading the score column is still that column, and its first score is no total
// even when the first indicator's name is typed wrong.
TEST(TotalLabel, ItaScoreAsTheScoreColumnHeader) {
    Rows rows = sheetFY2565();
    rows[3][2] = "คะแนน ITA";
    const auto r = checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 82.41, 0.01);
    rows[4][1] = "1. การปฏิบัติหน้าทื่";
    const auto typo = checkSheet(rows);
    ASSERT_EQ(codes(typo), std::vector<std::string>{"ITA001"}) << dump(typo);
    ASSERT_EQ(typo.facts.statedTotals.size(), 1u);
    EXPECT_DOUBLE_EQ(typo.facts.statedTotals[0].value, 82.41);
}

// The same words in a sentence: "ได้คะแนน ITA ๙๘.๘๕ คะแนน" states the total.
TEST(TotalLabel, ItaScoreInASentence) {
    auto r = check(reportFY2568("เทศบาลตำบลเกษตรพัฒนา ได้คะแนน ITA ๙๘.๘๕ คะแนน อยู่ในระดับ ผ่านดีเยี่ยม"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 1);
    EXPECT_EQ(r.findings[0].found, "๙๘.๘๕");
    auto right = check(reportFY2568("เทศบาลตำบลเกษตรพัฒนา มีผลคะแนน ITA ๙๙.๘๕ คะแนน อยู่ในระดับ ผ่านดีเยี่ยม"));
    EXPECT_TRUE(right.findings.empty()) << dump(right);
    ASSERT_TRUE(right.statedTotal.has_value());
    EXPECT_DOUBLE_EQ(*right.statedTotal, 99.85);
}

// "คะแนน ITA" heading a column of tool scores: the first tool's score is no total.
TEST(TotalLabel, ItaScoreOverToolScores) {
    const Rows rows = {{"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567"},
                       {"เครื่องมือ", "คะแนน ITA"},
                       {"IIT", "84.53"},
                       {"EIT", "90.00"},
                       {"OIT", "92.00"},
                       {"คะแนนรวม", "89.16"},
                       {"ระดับผลการประเมิน", "ผ่าน"}};
    const auto r = checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_EQ(r.facts.statedTotals.size(), 1u) << dump(r);
    EXPECT_DOUBLE_EQ(r.facts.statedTotals[0].value, 89.16);
}

namespace {

// sheetFY2565 with the weights beside the scores and the weighted scores after them, as a
// clerk shows how the total is made: เครื่องมือ | ตัวชี้วัด | น้ำหนัก (ร้อยละ) | คะแนน |
// คะแนนถ่วงน้ำหนัก; the total row sums the weights (100, D15) and the weighted scores (F15).
Rows weightedFY2565(const std::string &total, const std::string &weightHeader = "น้ำหนัก (ร้อยละ)") {
    Rows rows = sheetFY2565();
    const char *weights[10] = {"6", "6", "6", "6", "6", "10", "10", "10", "20", "20"};
    rows[3] = {"เครื่องมือ", "ตัวชี้วัด", weightHeader, "คะแนน", "คะแนนถ่วงน้ำหนัก"};
    for (int i = 0; i < 10; ++i) {
        Rows::value_type &r = rows[static_cast<size_t>(4 + i)];
        const double weighted = std::stod(r[2]) * std::stod(weights[i]) / 100;
        r = {r[0], r[1], weights[i], r[2], std::to_string(weighted)};
    }
    rows[14] = {"", "รวม", "100", "", total};
    rows[15] = {"", "ระดับผลการประเมิน", "", "", "B"};
    return rows;
}

} // namespace

// The weights' 100 in the total row was taken for the total: a right sheet got an ITA006
// (found 100.00) and a wrong total in the weighted column went unreported.
TEST(TotalMismatch, TheWeightsSumIsNoTotal) {
    auto ok = checkSheet(weightedFY2565("82.41"));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    ASSERT_TRUE(ok.statedTotal);
    EXPECT_DOUBLE_EQ(*ok.statedTotal, 82.41);

    auto r = checkSheet(weightedFY2565("82.91"));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].cellRef(), "E15");
    EXPECT_EQ(r.findings[0].found, "82.91");

    for (const char *header : {"ค่าถ่วงน้ำหนัก", "น้ำหนักคะแนน", "ค่าน้ำหนัก", "คะแนนเต็ม"}) {
        auto other = checkSheet(weightedFY2565("82.41", header));
        EXPECT_TRUE(other.findings.empty()) << header << "\n" << dump(other);
    }
}

// A tool table with its weights (30 %, 30 %, 40 %) and weighted scores above the indicators:
// its total row "รวม | | 100 | 82.41" states 82.41.
TEST(TotalMismatch, AToolTablesWeightsSumIsNoTotal) {
    Rows rows = sheetFY2565();
    rows.erase(rows.end() - 2, rows.end()); // the total and rating come with the tool table
    const Rows tools = {{"เครื่องมือ", "คะแนน", "น้ำหนัก", "คะแนนถ่วงน้ำหนัก"},
                        {"IIT", "88.83", "30", "26.65"},
                        {"EIT", "84.86", "30", "25.46"},
                        {"OIT", "75.75", "40", "30.30"},
                        {"รวม", "", "100", "82.41"},
                        {"ระดับผลการประเมิน", "B"},
                        {}};
    rows.insert(rows.begin() + 3, tools.begin(), tools.end());
    auto r = checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.statedTotal);
    EXPECT_DOUBLE_EQ(*r.statedTotal, 82.41);
}

namespace {

// sheetFY2565 with its scores before the names, "คะแนน | ตัวชี้วัด", the total and the rating
// in the score column left of their labels (A15, A16).
Rows scoresFirstFY2565(const std::string &total, const std::string &rating) {
    Rows rows = sheetFY2565();
    for (size_t i = 3; i < rows.size(); ++i)
        rows[i] = {rows[i][2], rows[i][1]};
    rows[14][0] = total;
    rows[15][0] = rating;
    return rows;
}

} // namespace

// The total and rating left of their labels went unread: a wrong one was "ถูกต้อง".
TEST(TotalMismatch, ScoresBeforeTheNamesTotalAndRatingLeftOfTheirLabels) {
    auto ok = checkSheet(scoresFirstFY2565("82.41", "B"));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    ASSERT_TRUE(ok.statedTotal);
    EXPECT_DOUBLE_EQ(*ok.statedTotal, 82.41);

    auto r = checkSheet(scoresFirstFY2565("83.41", "A"));
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA006", "ITA007"})) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].cellRef(), "A15");
    EXPECT_EQ(r.findings[0].found, "83.41");
    EXPECT_EQ(r.findings[1].locations[0].cellRef(), "A16");
    EXPECT_EQ(r.findings[1].expected, "B");
}
