// Rules on hand-built DocumentFacts: the judgements that do not depend on how a document
// is read (which table is primary, ties, direction of a ranking, last year's scheme).
#include "core/validate/rule.hpp"
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using ita::test::registry;

namespace {

const double kScores[] = {92.15, 85.30, 90.42, 88.76, 87.50, 86.91, 84.20, 83.47, 79.50, 72.00}; // 82.4058

Grid grid(int index, const std::string &name) {
    Grid g;
    g.kind = GridKind::WriterTable;
    g.index = index;
    g.name = name;
    return g;
}

// A table of indicators in the given order with the given scores (by indicator number).
ScoreTable table(int index, const std::vector<int> &order, const std::map<int, double> &scores) {
    Grid g = grid(index, "Table" + std::to_string(index + 1));
    ScoreTable t;
    t.grid = index;
    t.gridName = g.name;
    t.kind = g.kind;
    t.headerRow = 0;
    t.nameCol = 0;
    t.scoreCol = 1;
    int row = 1;
    for (int n : order) {
        ScoreEntry e;
        e.indicator = n;
        e.nameAt = Location::cell(g, row, 0);
        e.scoreAt = Location::cell(g, row, 1);
        e.score = scores.at(n);
        e.scoreText = thai::formatFixed(*e.score, 2, false);
        e.digits = thai::DigitSystem::Arabic;
        t.entries.push_back(e);
        ++row;
    }
    t.firstRow = 1;
    t.lastRow = row - 1;
    return t;
}

std::map<int, double> defaultScores() {
    std::map<int, double> s;
    for (int i = 0; i < 10; ++i)
        s[i + 1] = kScores[i];
    return s;
}

std::vector<int> byNumber() {
    return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
}

Stated<double> total(double v, int paragraph) {
    return {v, thai::formatFixed(v, 2, false), Location::para(paragraph)};
}

struct Checks {
    SourceDocument doc;
    DocumentFacts facts;
    std::vector<MeasureRow> measures;
    ValidationOptions options;
    std::vector<Finding> findings;

    Checks() { options.currentYearBE = 2568; }

    void rule(const char *name, std::optional<int> year, const Framework *fw) {
        const RuleContext ctx(doc, facts, measures, registry(), options, fw, year);
        findRule(name)->check(ctx, findings);
    }
    void rule(const char *name, int year) { rule(name, year, registry().find(year)); }
    std::vector<std::string> codes() const {
        std::vector<std::string> c;
        for (const auto &f : findings)
            c.push_back(f.code);
        return c;
    }
};

} // namespace

TEST(PrimaryTableChoice, ReproducingThenCompleteThenLargest) {
    const Framework &fw = *registry().find(2565);
    DocumentFacts f;
    auto wrong = defaultScores();
    wrong[3] = 97.42;
    auto fragment = defaultScores();
    f.tables.push_back(table(0, {9, 10}, fragment));
    f.tables.push_back(table(1, byNumber(), wrong));
    f.tables.push_back(table(2, byNumber(), defaultScores()));
    f.statedTotals.push_back(total(82.41, 1));
    EXPECT_EQ(primaryTable(f, fw, 0.02), &f.tables[2]); // reproduces 82.41
    f.statedTotals.clear();
    EXPECT_EQ(primaryTable(f, fw, 0.02), &f.tables[1]); // the first complete one
    f.tables.erase(f.tables.begin() + 1, f.tables.end());
    f.tables.push_back(table(1, {1, 2, 3}, fragment));
    EXPECT_EQ(primaryTable(f, fw, 0.02), &f.tables[1]); // the largest
    EXPECT_EQ(primaryTable(DocumentFacts{}, fw, 0.02), nullptr);
}

TEST(CrossTableLogic, NoStatedTotalNoHint) {
    Checks r;
    auto wrong = defaultScores();
    wrong[5] = 78.50;
    r.facts.tables.push_back(table(0, byNumber(), defaultScores()));
    r.facts.tables.push_back(table(1, byNumber(), wrong));
    r.rule("cross_table_mismatch", 2565);
    ASSERT_EQ(r.codes(), std::vector<std::string>{"ITA010"});
    EXPECT_EQ(r.findings[0].found, "78.50");
    EXPECT_EQ(r.findings[0].expected, "87.50");
    EXPECT_EQ(r.findings[0].messageEn.find("reproduces"), std::string::npos) << r.findings[0].messageEn;
}

TEST(CrossTableLogic, ThreeDisagreementsOutOfTenAreStillCopies) {
    Checks r;
    auto wrong = defaultScores();
    wrong[1] = 29.15;
    wrong[2] = 58.30;
    wrong[3] = 9.42;
    r.facts.tables.push_back(table(0, byNumber(), defaultScores()));
    r.facts.tables.push_back(table(1, byNumber(), wrong));
    r.rule("cross_table_mismatch", 2565);
    EXPECT_EQ(r.findings.size(), 3u);
}

TEST(RankingLogic, WeakestFirstWithoutRankNumbersIsAnOrder) {
    Checks r;
    std::vector<int> ascending = {10, 9, 8, 7, 2, 6, 5, 4, 3, 1};
    ScoreTable t = table(0, ascending, defaultScores());
    t.isRanking = true;
    r.facts.tables.push_back(t);
    r.rule("ranking_wrong", 2565);
    EXPECT_TRUE(r.findings.empty());
    std::swap(r.facts.tables[0].entries[3].score, r.facts.tables[0].entries[4].score); // 84.20 <-> 85.30
    std::swap(r.facts.tables[0].entries[0].score, r.facts.tables[0].entries[1].score); // 72.00 <-> 79.50
    r.rule("ranking_wrong", 2565);
    EXPECT_EQ(r.findings.size(), 2u);
}

TEST(RankingLogic, ARankingTableIsJudgedByItsOwnScoresAndThePrimarys) {
    // The ranking copies indicator 6's score wrongly (the cross-table rule's finding); by the
    // true scores its order is right, so the ranking rule says nothing.
    Checks r;
    auto wrong = defaultScores();
    wrong[6] = 96.91;
    std::vector<int> ranked = {1, 3, 4, 5, 6, 2, 7, 8, 9, 10};
    ScoreTable t = table(1, ranked, wrong);
    t.isRanking = true;
    for (size_t i = 0; i < t.entries.size(); ++i)
        t.entries[i].statedRank = static_cast<int>(i) + 1;
    r.facts.tables.push_back(table(0, byNumber(), defaultScores()));
    r.facts.tables.push_back(t);
    r.facts.statedTotals.push_back(total(82.41, 2));
    r.rule("ranking_wrong", 2565);
    EXPECT_TRUE(r.findings.empty());
}

TEST(ExtremeClaimLogic, NotJudgedOnAPartialList) {
    Checks r;
    r.facts.tables.push_back(table(0, {1, 2, 3, 4, 5}, defaultScores()));
    r.facts.extremeClaims.push_back(ExtremeClaim{true, 2, Location::para(3), "มากที่สุดคือ การใช้งบประมาณ"});
    r.rule("extreme_claim_wrong", 2565);
    EXPECT_TRUE(r.findings.empty());
}

TEST(RatingLogic, LastYearsLetterGradeInAnAnalysisOfLastYear) {
    // FY2566 plan analysing FY2565's result (82.41, B in the letter scheme of 2565).
    Checks r;
    r.facts.tables.push_back(table(0, byNumber(), defaultScores()));
    r.facts.statedTotals.push_back(total(82.41, 2));
    r.facts.statedRatings.push_back({"B", "B", Location::para(2)});
    r.rule("rating", 2566);
    ASSERT_EQ(r.codes(), std::vector<std::string>{"ITA008"}); // no FY2565 in sight
    EXPECT_EQ(r.findings[0].expected, "ต้องปรับปรุง");
    r.findings.clear();
    r.facts.otherYears.push_back({2565, "2565", Location::para(1)});
    r.rule("rating", 2566);
    EXPECT_TRUE(r.findings.empty());
}

TEST(RatingLogic, NoYearNoRatingJudgement) {
    Checks r;
    r.facts.tables.push_back(table(0, byNumber(), defaultScores()));
    r.facts.statedRatings.push_back({"AA", "AA", Location::para(2)});
    r.rule("rating", std::nullopt, registry().latest());
    EXPECT_TRUE(r.findings.empty());
}

TEST(MessageArgs, NamesAndPlacesPerLanguage) {
    Grid g = grid(0, "Table1");
    rules::MessageArgs a;
    a.indicator(registry().latest(), 9).where("where", Location::cell(g, 2, 1));
    EXPECT_EQ(a.th.at("name"), "การเปิดเผยข้อมูล");
    EXPECT_EQ(a.en.at("name"), "Information disclosure");
    EXPECT_EQ(a.th.at("where"), "ตาราง Table1 แถว 3 คอลัมน์ 2");
    EXPECT_EQ(a.en.at("where"), "table Table1 row 3 column 2");
    a.thaiDigits = true;
    a.number("indicator", 9);
    EXPECT_EQ(a.th.at("indicator"), "๙");
    EXPECT_EQ(a.en.at("indicator"), "9");
    EXPECT_EQ(rules::fixed2Like(80.5, "๘๐.๕"), "๘๐.๕๐");
    EXPECT_EQ(rules::fixed2Like(80.5, "80.5"), "80.50");
    EXPECT_EQ(rules::shortText("มาตรการส่งเสริมคุณธรรม", 7), "มาตรการ…");
}
