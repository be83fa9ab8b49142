#include "core/frameworks/scoring.hpp"
#include "test_frameworks.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace ita;

namespace {

const FrameworkRegistry &registry() {
    return test::builtInFrameworks();
}

const Framework &fy(int year) {
    return registry().require(year);
}

std::string ratingOf(int year, double total, const std::map<std::string, double> &tools = {}) {
    const RatingLevel *lv = rate(fy(year), total, tools);
    return lv ? lv->code : "(none)";
}

std::vector<const Framework *> all() {
    std::vector<const Framework *> v;
    for (int y : registry().years())
        v.push_back(registry().find(y));
    return v;
}

} // namespace

TEST(Round2, HalfAwayFromZeroOnTheDecimalValue) {
    EXPECT_DOUBLE_EQ(round2(80.785), 80.79); // 80.785 is 80.78499999... in binary
    EXPECT_DOUBLE_EQ(round2(0.125), 0.13);
    EXPECT_DOUBLE_EQ(round2(84.995), 85.00);
    EXPECT_DOUBLE_EQ(round2(1.005), 1.01);
    EXPECT_DOUBLE_EQ(round2(80.784), 80.78);
    EXPECT_DOUBLE_EQ(round2(94.994999), 94.99);
    EXPECT_DOUBLE_EQ(round2(-0.125), -0.13);
    EXPECT_DOUBLE_EQ(round2(-2.675), -2.68);
    EXPECT_DOUBLE_EQ(round2(100), 100);
    EXPECT_FALSE(std::signbit(round2(-0.001))); // never "-0.00"
}

// A realistic FY2564 sheet. By hand:
//   IIT: 92.47 + 81.36 + 88.15 + 79.62 + 85.04 = 426.64; x 0.06 = 25.5984
//   EIT: 86.21 + 83.58 + 80.93 = 250.72;                x 0.10 = 25.0720
//   OIT: 72.50 + 68.75 = 141.25;                        x 0.20 = 28.2500
//   total = 78.9204 -> 78.92, rating B
TEST(Scoring, Fy2564WeightedTotal) {
    const Scores s = {{1, 92.47}, {2, 81.36}, {3, 88.15}, {4, 79.62}, {5, 85.04},
                      {6, 86.21}, {7, 83.58}, {8, 80.93}, {9, 72.50}, {10, 68.75}};
    const auto total = weightedTotal(fy(2564), s);
    ASSERT_TRUE(total.has_value());
    EXPECT_NEAR(*total, 78.9204, 1e-9);
    EXPECT_DOUBLE_EQ(round2(*total), 78.92);

    const auto tools = toolScores(fy(2564), s);
    ASSERT_EQ(tools.size(), 3u);
    EXPECT_NEAR(tools.at("IIT"), 85.328, 1e-9);
    EXPECT_NEAR(tools.at("EIT"), 250.72 / 3, 1e-9);
    EXPECT_NEAR(tools.at("OIT"), 70.625, 1e-9);
    EXPECT_EQ(rate(fy(2564), *total, tools)->code, "B");
}

TEST(Scoring, IncompleteScores) {
    const Scores s = {{1, 92.47}, {2, 81.36}, {6, 86.21}};
    EXPECT_FALSE(weightedTotal(fy(2564), s).has_value());
    const auto tools = toolScores(fy(2564), s);
    EXPECT_EQ(tools.size(), 2u); // OIT has no score and is absent
    EXPECT_NEAR(tools.at("IIT"), (92.47 + 81.36) / 2, 1e-9);
    EXPECT_EQ(tools.count("OIT"), 0u);
}

TEST(Rating, LetterBandEdges) {
    EXPECT_EQ(ratingOf(2564, 100), "AA");
    EXPECT_EQ(ratingOf(2564, 95.00), "AA");
    EXPECT_EQ(ratingOf(2564, 94.995), "AA"); // published as 95.00
    EXPECT_EQ(ratingOf(2564, 94.994), "A");
    EXPECT_EQ(ratingOf(2564, 94.99), "A");
    EXPECT_EQ(ratingOf(2564, 85.00), "A");
    EXPECT_EQ(ratingOf(2564, 84.99), "B");
    EXPECT_EQ(ratingOf(2564, 75.00), "B");
    EXPECT_EQ(ratingOf(2562, 74.99), "C");
    EXPECT_EQ(ratingOf(2563, 65.00), "C");
    EXPECT_EQ(ratingOf(2563, 64.99), "D");
    EXPECT_EQ(ratingOf(2565, 55.00), "D");
    EXPECT_EQ(ratingOf(2565, 54.99), "E");
    EXPECT_EQ(ratingOf(2565, 50.00), "E");
    EXPECT_EQ(ratingOf(2565, 49.99), "F");
    EXPECT_EQ(ratingOf(2565, 0), "F");
}

// Published FY2566 case: 95.81 with EIT below 95 was rated ผ่านดี. By hand:
//   IIT 98.50 97.20 98.10 96.80 97.40 -> 488.00 / 5 = 97.60; x 0.30 = 29.28
//   EIT 94.30 93.60 94.50             -> 282.40 / 3 = 94.1333; x 0.30 = 28.24
//   OIT 96.45 95.00                   -> 191.45 / 2 = 95.725; x 0.40 = 38.29
//   total = 95.81
TEST(Rating, Fy2566TotalAbove95ButAToolBelow95IsPhanDi) {
    const Scores s = {{1, 98.50}, {2, 97.20}, {3, 98.10}, {4, 96.80}, {5, 97.40},
                      {6, 94.30}, {7, 93.60}, {8, 94.50}, {9, 96.45}, {10, 95.00}};
    const auto total = weightedTotal(fy(2566), s);
    ASSERT_TRUE(total.has_value());
    EXPECT_NEAR(*total, 95.81, 1e-9);
    EXPECT_EQ(rate(fy(2566), *total, toolScores(fy(2566), s))->code, "ผ่านดี");
}

// Published FY2566 case: 94.64 with EIT below 85 was rated ผ่าน. By hand:
//   IIT 99.50 98.70 99.20 98.90 98.70 -> 495.00 / 5 = 99.00; x 0.30 = 29.70
//   EIT 84.20 83.90 85.30             -> 253.40 / 3 = 84.4667; x 0.30 = 25.34
//   OIT 100.00 98.00                  -> 198.00 / 2 = 99.00; x 0.40 = 39.60
//   total = 94.64
TEST(Rating, Fy2566EitBelow85IsPhan) {
    const Scores s = {{1, 99.50}, {2, 98.70}, {3, 99.20}, {4, 98.90},  {5, 98.70},
                      {6, 84.20}, {7, 83.90}, {8, 85.30}, {9, 100.00}, {10, 98.00}};
    const auto total = weightedTotal(fy(2566), s);
    ASSERT_TRUE(total.has_value());
    EXPECT_NEAR(*total, 94.64, 1e-9);
    EXPECT_EQ(rate(fy(2566), *total, toolScores(fy(2566), s))->code, "ผ่าน");
}

TEST(Rating, PassSchemeLevels) {
    const std::map<std::string, double> allHigh = {{"IIT", 96.1}, {"EIT", 95.0}, {"OIT", 99.2}};
    EXPECT_EQ(ratingOf(2566, 96.50, allHigh), "ผ่านดีเยี่ยม");
    // A tool at 94.995 is published as 95.00 and meets the 95 minimum.
    EXPECT_EQ(ratingOf(2567, 96.50, {{"IIT", 94.995}, {"EIT", 97}, {"OIT", 97}}), "ผ่านดีเยี่ยม");
    EXPECT_EQ(ratingOf(2567, 96.50, {{"IIT", 94.994}, {"EIT", 97}, {"OIT", 97}}), "ผ่านดี");
    EXPECT_EQ(ratingOf(2566, 94.99, allHigh), "ผ่านดี");
    EXPECT_EQ(ratingOf(2568, 85.00, {{"IIT", 85}, {"EIT", 85}, {"OIT", 85}}), "ผ่านดี");
    EXPECT_EQ(ratingOf(2568, 85.00, {{"IIT", 90}, {"EIT", 84.99}, {"OIT", 90}}), "ผ่าน");
    EXPECT_EQ(ratingOf(2566, 84.99, allHigh), "ต้องปรับปรุง");
    EXPECT_EQ(ratingOf(2566, 70.00, allHigh), "ต้องปรับปรุง");
    EXPECT_EQ(ratingOf(2566, 69.99, allHigh), "ต้องปรับปรุงโดยด่วน");
    EXPECT_EQ(ratingOf(2566, 0, allHigh), "ต้องปรับปรุงโดยด่วน");
    // Without tool scores a per-tool condition cannot be shown to hold.
    EXPECT_EQ(ratingOf(2566, 96.50), "ผ่าน");
}

TEST(MatchRating, CodesAndSpellingsOfTheYear) {
    auto code = [](int year, const std::string &text) -> std::string {
        auto m = matchRating(fy(year), all(), text);
        if (!m) return "(no rating)";
        if (m->fromOtherScheme) return "other:" + m->otherSchemeCode + (m->level ? "+" + m->level->code : "");
        return m->level ? m->level->code : "(null)";
    };
    EXPECT_EQ(code(2564, "B"), "B");
    EXPECT_EQ(code(2564, "ระดับ B"), "B");
    EXPECT_EQ(code(2564, "ผลการประเมินระดับ AA"), "AA");
    EXPECT_EQ(code(2564, " ระดับ  A "), "A");
    EXPECT_EQ(code(2564, "b"), "B");
    EXPECT_EQ(code(2566, "ผ่านดีเยี่ยม"), "ผ่านดีเยี่ยม");
    EXPECT_EQ(code(2566, "ผ่าน ดี เยี่ยม"), "ผ่านดีเยี่ยม"); // stray spaces from a PDF conversion
    EXPECT_EQ(code(2566, "ผ่านการประเมิน"), "ผ่าน"); // seed 003: "อยู่ในระดับ ผ่านการประเมิน"
    EXPECT_EQ(code(2566, "อยู่ในระดับ ผ่านการประเมิน"), "ผ่าน");
    EXPECT_EQ(code(2567, "ต้องปรับปรุงโดยด่วน"), "ต้องปรับปรุงโดยด่วน");
    EXPECT_EQ(code(2567, "ต้องปรับปรุง"), "ต้องปรับปรุง");
}

TEST(MatchRating, OtherSchemeIsRecognisedAndMarked) {
    auto m = matchRating(fy(2568), all(), "AA");
    ASSERT_TRUE(m.has_value());
    EXPECT_TRUE(m->fromOtherScheme);
    EXPECT_EQ(m->otherSchemeCode, "AA");
    EXPECT_EQ(m->level, nullptr);

    m = matchRating(fy(2564), all(), "ผ่านดี");
    ASSERT_TRUE(m.has_value());
    EXPECT_TRUE(m->fromOtherScheme);
    EXPECT_EQ(m->otherSchemeCode, "ผ่านดี");

    // Seed 004 (FY2568): "๙๙.๘๕ AA ผ่านดีเยี่ยม" - both schemes side by side.
    m = matchRating(fy(2568), all(), "AA ผ่านดีเยี่ยม");
    ASSERT_TRUE(m.has_value());
    ASSERT_NE(m->level, nullptr);
    EXPECT_EQ(m->level->code, "ผ่านดีเยี่ยม");
    EXPECT_TRUE(m->fromOtherScheme);
    EXPECT_EQ(m->otherSchemeCode, "AA");

    // Without other frameworks there is nothing to recognise "AA" by.
    EXPECT_FALSE(matchRating(fy(2568), {}, "AA").has_value());
}

TEST(MatchRating, TextThatIsNoRating) {
    EXPECT_FALSE(matchRating(fy(2564), all(), "").has_value());
    EXPECT_FALSE(matchRating(fy(2564), all(), "ระดับ").has_value());
    EXPECT_FALSE(matchRating(fy(2564), all(), "๗๘.๙๒").has_value());
    EXPECT_FALSE(matchRating(fy(2564), all(), "AAA").has_value());
    EXPECT_FALSE(matchRating(fy(2566), all(), "หน่วยงานผ่านการประเมินในระดับดี").has_value());
    EXPECT_FALSE(matchRating(fy(2566), all(), "ผ่าน ต้องปรับปรุง").has_value()); // two levels at once
}
