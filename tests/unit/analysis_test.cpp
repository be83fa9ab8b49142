#include "core/analysis/analysis.hpp"
#include "test_frameworks.hpp"

#include <gtest/gtest.h>

using namespace ita;

namespace {

const Framework &fy(int year) {
    return test::framework(year);
}

// FY2564 with indicators 1 and 6 tied at the top. By hand:
//   IIT 92.47 + 81.36 + 88.15 + 79.62 + 85.04 = 426.64; x 0.06 = 25.5984
//   EIT 92.47 + 83.58 + 80.93 = 256.98;                 x 0.10 = 25.6980
//   OIT 72.50 + 68.75 = 141.25;                         x 0.20 = 28.2500
//   total 79.5464 -> 79.55 (B)
const Scores kScores = {{1, 92.47}, {2, 81.36}, {3, 88.15}, {4, 79.62}, {5, 85.04},
                        {6, 92.47}, {7, 83.58}, {8, 80.93}, {9, 72.50}, {10, 68.75}};
// Previous year: 0.06 x 410 + 0.10 x 240 + 0.20 x 130 = 24.6 + 24.0 + 26.0 = 74.60
const Scores kPrevious = {{1, 90.00}, {2, 80.00}, {3, 85.00}, {4, 75.00}, {5, 80.00},
                          {6, 85.00}, {7, 80.00}, {8, 75.00}, {9, 70.00}, {10, 60.00}};

} // namespace

TEST(Analysis, TotalsAndRating) {
    const Analysis a = analyse(fy(2564), kScores);
    EXPECT_EQ(a.fiscalYear, 2564);
    EXPECT_NEAR(a.total, 79.5464, 1e-9);
    EXPECT_DOUBLE_EQ(a.totalRounded, 79.55);
    EXPECT_EQ(a.ratingCode, "B");
    EXPECT_EQ(a.ratingLabelTh, "B");
    EXPECT_EQ(
        a.ratingMeaningTh.rfind("หน่วยงานสามารถดำเนินการสอดคล้องตามตัวชี้วัดและหลักเกณฑ์การประเมิน ITA เป็นส่วนใหญ่", 0),
        0u);
    EXPECT_FALSE(a.ratingMeaningEn.empty());
    EXPECT_DOUBLE_EQ(a.target, 85);
    EXPECT_FALSE(a.previousTotal.has_value());
    EXPECT_FALSE(a.totalChange.has_value());
}

TEST(Analysis, Tools) {
    const Analysis a = analyse(fy(2564), kScores);
    ASSERT_EQ(a.tools.size(), 3u);
    EXPECT_EQ(a.tools[0].code, "IIT");
    EXPECT_NEAR(a.tools[0].score, 85.328, 1e-9);
    EXPECT_NEAR(a.tools[0].contribution, 25.5984, 1e-9);
    EXPECT_DOUBLE_EQ(a.tools[0].weight, 0.30);
    EXPECT_EQ(a.tools[1].code, "EIT");
    EXPECT_NEAR(a.tools[1].score, 85.66, 1e-9);
    EXPECT_NEAR(a.tools[1].contribution, 25.698, 1e-9);
    EXPECT_EQ(a.tools[2].code, "OIT");
    EXPECT_NEAR(a.tools[2].score, 70.625, 1e-9);
    EXPECT_NEAR(a.tools[2].contribution, 28.25, 1e-9);
    EXPECT_EQ(a.tools[2].nameTh, "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)");
}

TEST(Analysis, RankingStrongestWeakestBelowTarget) {
    const Analysis a = analyse(fy(2564), kScores);
    // 92.47 (1, 6 tied: lower number first), 88.15, 85.04, 83.58, 81.36, 80.93, 79.62, 72.50, 68.75
    EXPECT_EQ(a.ranking, (std::vector<int>{1, 6, 3, 5, 7, 2, 8, 4, 9, 10}));
    EXPECT_EQ(a.strongest, (std::vector<int>{1, 6}));
    EXPECT_EQ(a.weakest, std::vector<int>{10});
    // Below 85, lowest first; 85.04 is not below.
    EXPECT_EQ(a.belowTarget, (std::vector<int>{10, 9, 4, 8, 2, 7}));

    ASSERT_EQ(a.indicators.size(), 10u);
    const auto &i1 = a.indicators[0];
    EXPECT_EQ(i1.number, 1);
    EXPECT_EQ(i1.nameTh, "การปฏิบัติหน้าที่");
    EXPECT_EQ(i1.tool, "IIT");
    EXPECT_EQ(i1.rank, 1);
    EXPECT_FALSE(i1.belowTarget);
    EXPECT_EQ(a.indicators[5].rank, 2);
    EXPECT_EQ(a.indicators[4].rank, 4); // 85.04
    EXPECT_FALSE(a.indicators[4].belowTarget);
    EXPECT_EQ(a.indicators[9].rank, 10);
    EXPECT_TRUE(a.indicators[9].belowTarget);
    EXPECT_EQ(a.indicators[7].nameTh, "การปรับปรุงระบบการทำงาน");
}

TEST(Analysis, TiesAtTheBottomAndAtTarget) {
    Scores s = kScores;
    s[2] = 68.75;  // ties with 10 at the bottom
    s[7] = 85.00;  // exactly the target is not below it
    s[3] = 84.999; // printed 85.00: not below either
    const Analysis a = analyse(fy(2564), s);
    EXPECT_EQ(a.weakest, (std::vector<int>{2, 10}));
    EXPECT_EQ(a.belowTarget, (std::vector<int>{2, 10, 9, 4, 8}));
    EXPECT_EQ(a.ranking, (std::vector<int>{1, 6, 5, 3, 7, 8, 4, 9, 2, 10}));
}

TEST(Analysis, ChangeFromPreviousYear) {
    const Analysis a = analyse(fy(2564), kScores, kPrevious);
    ASSERT_TRUE(a.previousTotal.has_value());
    EXPECT_NEAR(*a.previousTotal, 74.60, 1e-9);
    ASSERT_TRUE(a.totalChange.has_value());
    EXPECT_DOUBLE_EQ(*a.totalChange, 4.95); // 79.55 - 74.60
    EXPECT_NEAR(*a.indicators[0].change, 2.47, 1e-9);
    EXPECT_DOUBLE_EQ(*a.indicators[0].previous, 90.00);
    EXPECT_NEAR(*a.indicators[9].change, 8.75, 1e-9);

    // A previous year with gaps: changes where known, no previous total.
    Scores partial = {{1, 90.00}, {9, 75.00}};
    const Analysis b = analyse(fy(2564), kScores, partial);
    EXPECT_FALSE(b.previousTotal.has_value());
    EXPECT_FALSE(b.totalChange.has_value());
    EXPECT_NEAR(*b.indicators[8].change, -2.50, 1e-9);
    EXPECT_FALSE(b.indicators[1].previous.has_value());
    EXPECT_FALSE(b.indicators[1].change.has_value());
}

TEST(Analysis, PassSchemeRating) {
    // FY2566: 95.81 with EIT at 94.13 is ผ่านดี (see scoring_test for the arithmetic).
    const Scores s = {{1, 98.50}, {2, 97.20}, {3, 98.10}, {4, 96.80}, {5, 97.40},
                      {6, 94.30}, {7, 93.60}, {8, 94.50}, {9, 96.45}, {10, 95.00}};
    const Analysis a = analyse(fy(2566), s);
    EXPECT_DOUBLE_EQ(a.totalRounded, 95.81);
    EXPECT_EQ(a.ratingCode, "ผ่านดี");
    EXPECT_EQ(a.ratingLabelTh, "ผ่านดี");
    EXPECT_TRUE(a.belowTarget.empty());
    EXPECT_EQ(a.strongest, std::vector<int>{1});
    EXPECT_EQ(a.weakest, std::vector<int>{7});
}

TEST(Analysis, MissingIndicatorsAreNamed) {
    Scores s = kScores;
    s.erase(3);
    s.erase(7);
    try {
        analyse(fy(2564), s);
        FAIL() << "incomplete scores must be refused";
    } catch (const std::invalid_argument &e) {
        EXPECT_EQ(std::string(e.what()), "scores missing for indicators 3, 7 (FY2564)");
    }
    s = kScores;
    s.erase(10);
    EXPECT_THROW(
        {
            try {
                analyse(fy(2564), s);
            } catch (const std::invalid_argument &e) {
                EXPECT_EQ(std::string(e.what()), "scores missing for indicator 10 (FY2564)");
                throw;
            }
        },
        std::invalid_argument);
}
