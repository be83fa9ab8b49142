// Never a silent "ok" (issue 10, item 1): scores written as percentages are read as the
// score; ITA023 when indicators are named but no score reads as a number; ITA024 when a
// stated total or rating cannot be recomputed.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "core/text/thai_text.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// sheetFY2565() with each score cell rewritten by f (Thai digits, a percent sign ...) and the
// total C15 a formula whose result Calc shows as text (the template's =IF(COUNT(..)=10;..;"")).
template <class F> SourceDocument percentSheet(F f, const Cell &total) {
    Rows rows = sheetFY2565();
    for (size_t r = 4; r <= 13; ++r)
        rows[r][2] = f(rows[r][2]);
    Grid g = sheet("คะแนน", rows);
    g.rows[14][2] = total;
    return workbook({g});
}

Cell emptyFormula() {
    Cell c;
    c.isFormula = true; // shows "" until the ten scores are numbers
    return c;
}

} // namespace

TEST(PercentScores, ThaiDigitsWithAPercentSignAreTheScores) {
    auto doc = percentSheet([](const std::string &s) { return thai::toThaiDigits(s) + "%"; }, emptyFormula());
    auto r = check(doc);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 82.4058, 1e-6);
    EXPECT_EQ(r.computedRating, "B");
    ASSERT_EQ(r.facts.tables.size(), 1u);
    ASSERT_TRUE(r.facts.tables[0].entries[0].score.has_value());
    EXPECT_DOUBLE_EQ(*r.facts.tables[0].entries[0].score, 92.15);
    EXPECT_EQ(r.facts.tables[0].entries[0].scoreText, "๙๒.๑๕%");
}

TEST(PercentScores, RoyLaAndASpaceBeforeThePercentSign) {
    for (auto f :
         {+[](const std::string &s) { return "ร้อยละ " + s; }, +[](const std::string &s) { return s + " %"; },
          +[](const std::string &s) { return s + " เปอร์เซ็นต์"; }}) {
        auto r = check(percentSheet(f, formula(82.41, "82.41")));
        EXPECT_TRUE(r.findings.empty()) << dump(r);
        ASSERT_TRUE(r.computedTotal.has_value());
        EXPECT_NEAR(*r.computedTotal, 82.4058, 1e-6);
    }
}

TEST(PercentScores, AWrongTotalBesidePercentScoresIsFound) {
    auto r = check(
        percentSheet([](const std::string &s) { return s + "%"; }, formula(0, "0.00"))); // SUM over text is 0
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "82.41");
    EXPECT_EQ(r.findings[0].locations[0].cellRef(), "C15");
}

TEST(PercentScores, APercentAbove100IsNoScore) {
    Rows rows = sheetFY2565();
    rows[4][2] = "192.15%";
    auto r = checkSheet(rows);
    ASSERT_FALSE(r.findings.empty());
    EXPECT_EQ(r.findings[0].code, "ITA003") << dump(r);
    EXPECT_EQ(r.findings[0].found, "192.15%");
}

TEST(ScoresNotRead, NamedIndicatorsWithoutOneNumberAreSaid) {
    Rows rows = sheetFY2565();
    for (size_t r = 4; r <= 13; ++r)
        rows[r][2] = thai::toThaiDigits(rows[r][2]).replace(thai::toThaiDigits(rows[r][2]).find('.'), 1, ",");
    rows[14][2] = "";
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA023"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(f.found, "๙๒,๑๕");
    EXPECT_EQ(refs(f), (std::vector<std::string>{"C5", "B5"}));
    EXPECT_EQ(f.messageEn,
              "10 indicators are named (sheet 'คะแนน' cell C5) but none of their scores reads as a "
              "number (e.g. \"๙๒,๑๕\"), so the scores, the total and the rating were not checked. "
              "Enter the scores as numbers, e.g. 88.52.");
    EXPECT_NE(f.messageTh.find("อ่านคะแนนเป็นตัวเลขไม่ได้เลย"), std::string::npos) << f.messageTh;
    EXPECT_FALSE(r.computedTotal.has_value());
}

TEST(ScoresNotRead, WordsBesideNamesWithoutAScoreHeaderAreNoScoreTable) {
    // A plan listing what each indicator needs: names with words, no digits, no header.
    Rows rows = {{"แผนพัฒนาตามผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2566"},
                 {"การเปิดเผยข้อมูล", "เพิ่มข้อมูลบนเว็บไซต์ให้ครบถ้วน"},
                 {"การป้องกันการทุจริต", "จัดทำแผนป้องกันการทุจริต"}};
    auto r = checkSheet(rows);
    for (const auto &f : r.findings)
        EXPECT_NE(f.code, "ITA023") << dump(r);
}

TEST(FigureNotChecked, AStatedTotalWithFiguresOnlyInSentences) {
    auto doc =
        writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565",
                   "องค์การบริหารส่วนตำบลโคกสำโรง ได้คะแนน 82.41 คะแนน", "ตัวชี้วัดการเปิดเผยข้อมูล ได้ 79.50 คะแนน"});
    auto r = check(doc);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA024"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(f.found, "82.41");
    ASSERT_EQ(f.locations.size(), 1u);
    EXPECT_EQ(f.locations[0].paragraph, 1);
    EXPECT_EQ(f.messageEn,
              "The stated total 82.41 (paragraph 2) could not be checked: no indicator scores or "
              "tool scores were found. Give every indicator's score so that it can be checked.");
    EXPECT_NE(f.messageTh.find("คะแนนรวม 82.41"), std::string::npos) << f.messageTh;
}

TEST(FigureNotChecked, ARatingWithNothingToJudgeItBy) {
    auto doc = writerDoc(
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 อยู่ในระดับ B", "ตัวชี้วัดการเปิดเผยข้อมูล ได้ 79.50 คะแนน"});
    auto r = check(doc);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA024"}) << dump(r);
    EXPECT_EQ(r.findings[0].found, "B");
    EXPECT_NE(r.findings[0].messageEn.find("stated rating B"), std::string::npos) << r.findings[0].messageEn;
    EXPECT_NE(r.findings[0].messageEn.find("no computed or stated total"), std::string::npos);
}

TEST(FigureNotChecked, SilentWhenAnotherFindingSaysWhy) {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 11); // indicator 8 missing: ITA001 says why the total is unchecked
    auto r = checkSheet(rows);
    EXPECT_EQ(codes(r), std::vector<std::string>{"ITA001"}) << dump(r);
}

TEST(FigureNotChecked, SilentWhenTheTotalIsRecomputed) {
    auto r = checkSheet(sheetFY2565());
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(FigureNotChecked, OneTablePerToolIsRecomputedTogether) {
    // The FY2566 scores split by tool over three Writer tables; the sentence's total is wrong.
    Rows all = sheetFY2566();
    auto part = [&](const char *title, size_t from, size_t to) {
        Rows t = {{title, "คะแนน"}};
        for (size_t r = from; r <= to; ++r)
            t.push_back({all[r][1], all[r][2]});
        return t;
    };
    auto doc = writerDoc({"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566", "ได้คะแนน 91.52 คะแนน"},
                         {writerTable("Table1", part("ตัวชี้วัด (IIT)", 3, 7), 0),
                          writerTable("Table2", part("ตัวชี้วัด (EIT)", 8, 10), 1),
                          writerTable("Table3", part("ตัวชี้วัด (OIT)", 11, 12), 2)});
    auto r = check(doc);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "91.02");
    EXPECT_EQ(r.findings[0].found, "91.52");
    EXPECT_EQ(r.findings[0].locations[0].paragraph, 1);
}
