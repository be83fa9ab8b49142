// Issue 8: a framework of a shape no fiscal year has had so far (four tools, twelve
// indicators, three levels with minima for single tools, a letter code and a Thai label
// per level, its own scheme name) goes through reading, validation, analysis, the summary
// sentences and the spreadsheet functions with no code that knows it.
#include "core/analysis/analyse_source.hpp"
#include "core/analysis/summary.hpp"
#include "core/frameworks/sheet_functions.hpp"
#include "core/text/user_error.hpp"
#include "core/validate/validation.hpp"
#include "test_grids.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

const FrameworkRegistry &registry() {
    static const FrameworkRegistry reg = [] {
        FrameworkRegistry r;
        r.addDirectory(ITA_FRAMEWORKS_DIR);
        r.addDirectory(ITA_TEST_DATA_DIR "/frameworks-new-shape");
        return r;
    }();
    return reg;
}

const Framework &fy2590() {
    return registry().require(2590);
}

// CIT (1-3) 90.00, PIT (4-6) 88.00, SIT (7-9) 90.00, DIT (10-12) 94.00:
// 0.20 x 90 + 0.30 x 88 + 0.25 x 90 + 0.25 x 94 = 18 + 26.4 + 22.5 + 23.5 = 90.40.
// DIT >= 90 and SIT >= 80: AA (ผ่านดีเยี่ยม). Scores in C4:C15, total C16, rating C17.
Rows sheet2590(const std::string &rating = "AA ผ่านดีเยี่ยม", const std::string &toolOf9 = "") {
    return {
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2590"},
        {"หน่วยงาน", "เทศบาลตำบลหนองบัว"},
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน"},
        {"CIT", "การบริหารความเสี่ยง", "92.00"},
        {"", "การจัดซื้อจัดจ้าง", "88.00"},
        {"", "การรับเรื่องร้องเรียน", "90.00"},
        {"PIT", "การพัฒนาบุคลากร", "88.00"},
        {"", "การใช้เทคโนโลยีดิจิทัล", "86.00"},
        {"", "การมีส่วนร่วมของประชาชน", "90.00"},
        {"SIT", "ความเป็นธรรมในการให้บริการ", "95.00"},
        {"", "การควบคุมภายใน", "90.00"},
        {toolOf9, "การบริหารสัญญา", "85.00"},
        {"DIT", "ข้อมูลเปิดภาครัฐ", "96.00"},
        {"", "การต่อต้านสินบน", "94.00"},
        {"", "การคุ้มครองผู้แจ้งเบาะแส", "92.00"},
        {"", "คะแนนรวม", "90.40"},
        {"", "ผลการประเมิน", rating},
    };
}

ValidationReport check(const Rows &rows) {
    ValidationOptions o;
    o.currentYearBE = 2589;
    return validate(workbook({sheet("คะแนน", rows)}), registry(), o);
}

std::string codes(const ValidationReport &r) {
    std::string s;
    for (const auto &f : r.findings)
        s += (s.empty() ? "" : " ") + f.code + "@" +
             (f.locations.empty() ? "-" : f.locations.front().cellRef());
    return s;
}

sheetfn::Value num(double v) {
    sheetfn::Value x;
    x.number = v;
    return x;
}

std::vector<sheetfn::Value> scores2590() {
    std::vector<sheetfn::Value> v;
    for (double s : {92.0, 88.0, 90.0, 88.0, 86.0, 90.0, 95.0, 90.0, 85.0, 96.0, 94.0, 92.0})
        v.push_back(num(s));
    return v;
}

} // namespace

TEST(NewShapeFramework, LoadsFromData) {
    const Framework &fw = fy2590();
    EXPECT_EQ(fw.scheme, "reform");
    EXPECT_EQ(fw.indicators.size(), 12u);
    ASSERT_EQ(fw.tools.size(), 4u);
    EXPECT_EQ(fw.tools[3].code, "DIT");
    EXPECT_EQ(fw.indicator(12)->tool, "DIT");
    ASSERT_EQ(fw.ratings.size(), 3u);
    EXPECT_EQ(fw.ratings[0].minFor("DIT"), std::optional<double>(90));
    EXPECT_EQ(fw.ratings[0].minFor("SIT"), std::optional<double>(80));
    EXPECT_EQ(fw.ratings[0].minFor("CIT"), std::nullopt);
    EXPECT_EQ(fw.ratings[1].minFor("CIT"), std::optional<double>(70));
}

TEST(NewShapeFramework, RatingUsesMinimaPerTool) {
    const Framework &fw = fy2590();
    auto level = [&](double total, std::map<std::string, double> tools) {
        const RatingLevel *lv = rate(fw, total, tools);
        return lv ? lv->code : std::string("(none)");
    };
    EXPECT_EQ(level(90.40, {{"CIT", 90}, {"PIT", 88}, {"SIT", 90}, {"DIT", 94}}), "AA");
    // CIT and PIT have no minimum for AA: low scores there do not matter.
    EXPECT_EQ(level(90.40, {{"CIT", 60}, {"PIT", 60}, {"SIT", 80}, {"DIT", 90}}), "AA");
    // A: every tool at 70 or more.
    EXPECT_EQ(level(85, {{"CIT", 69.99}, {"PIT", 90}, {"SIT", 90}, {"DIT", 90}}), "F");
    EXPECT_EQ(level(90.40, {{"CIT", 90}, {"PIT", 88}, {"SIT", 79.99}, {"DIT", 94}}), "A");
    EXPECT_EQ(level(90.40, {{"CIT", 90}, {"PIT", 88}, {"SIT", 90}, {"DIT", 89.99}}), "A");
    EXPECT_EQ(level(79.99, {{"CIT", 90}, {"PIT", 88}, {"SIT", 90}, {"DIT", 94}}), "F");
}

TEST(NewShapeFramework, ValidateReadsToolsAndRatingsFromTheData) {
    const ValidationReport ok = check(sheet2590());
    EXPECT_EQ(ok.errors(), 0) << codes(ok);
    EXPECT_EQ(ok.fiscalYear, std::optional<int>(2590));
    ASSERT_TRUE(ok.computedTotal.has_value());
    EXPECT_NEAR(*ok.computedTotal, 90.40, 1e-9);
    EXPECT_EQ(ok.computedRating, "ผ่านดีเยี่ยม");
    EXPECT_EQ(ok.statedRating, "AA ผ่านดีเยี่ยม");

    // The letter code and the label of another level: a wrong rating (ITA007) at C17.
    const ValidationReport wrong = check(sheet2590("A ผ่าน"));
    EXPECT_EQ(codes(wrong), "ITA007@C17");

    // Indicator 9 under the DIT heading: the reader knows DIT only from the framework.
    const ValidationReport tool = check(sheet2590("AA ผ่านดีเยี่ยม", "DIT"));
    EXPECT_EQ(codes(tool), "ITA005@B12") << codes(tool);
}

TEST(NewShapeFramework, AnalyseAndSummary) {
    AnalyseOptions o;
    o.currentYearBE = 2589;
    const Analysis a = analyseSource(workbook({sheet("คะแนน", sheet2590())}), registry(), o);
    EXPECT_EQ(a.fiscalYear, 2590);
    EXPECT_DOUBLE_EQ(a.totalRounded, 90.40);
    EXPECT_EQ(a.ratingCode, "AA");
    EXPECT_EQ(a.ratingLabelTh, "ผ่านดีเยี่ยม");
    ASSERT_EQ(a.tools.size(), 4u);
    EXPECT_NEAR(a.tools[1].score, 88.0, 1e-9);
    EXPECT_NEAR(a.tools[1].contribution, 26.4, 1e-9);
    EXPECT_EQ(a.indicators.size(), 12u);
    EXPECT_EQ(a.strongest, std::vector<int>({10}));
    EXPECT_EQ(a.weakest, std::vector<int>({9}));
    EXPECT_TRUE(a.belowTarget.empty());
    const auto th = summarySentences(a);
    ASSERT_EQ(th.size(), 3u);
    EXPECT_EQ(th[0], "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑๐ ข้อมูลเปิดภาครัฐ มีคะแนน ๙๖.๐๐ คะแนน");
    EXPECT_EQ(th[1], "ตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๙ การบริหารสัญญา มีคะแนน ๘๕.๐๐ คะแนน");
    EXPECT_EQ(th[2], "ทุกตัวชี้วัดได้คะแนนตั้งแต่เป้าหมาย ๘๕ คะแนนขึ้นไป");
    const auto en = summarySentences(a, msg::Lang::En, false);
    EXPECT_EQ(en[0], "The highest score, 96.00, is that of indicator 10 (Open government data).");
}

TEST(NewShapeFramework, SpreadsheetFunctions) {
    const Framework &fw = fy2590();
    EXPECT_NEAR(sheetfn::total(fw, scores2590()), 90.40, 1e-9);
    EXPECT_NEAR(sheetfn::toolScore(fw, scores2590(), "dit"), 94.0, 1e-9);
    EXPECT_EQ(sheetfn::rating(fw, 90.40, {90, 88, 90, 94}).labelTh, "ผ่านดีเยี่ยม");
    EXPECT_EQ(sheetfn::rating(fw, 90.40, {90, 88, 79, 94}).labelTh, "ผ่าน");
    // Below every level with a tool condition, no tool score is needed.
    EXPECT_EQ(sheetfn::rating(fw, 75, {}).labelTh, "ไม่ผ่าน");
    try {
        sheetfn::rating(fw, 90.40, {90, 88});
        FAIL() << "no error without every tool score";
    } catch (const UserError &e) {
        EXPECT_EQ(e.key(), "function.error.needTools");
        EXPECT_EQ(e.text(msg::Lang::En), "FY2590 needs the CIT, PIT, SIT and DIT scores to tell the rating");
        EXPECT_EQ(e.argument, 2);
    }
    try {
        sheetfn::toolScore(fw, scores2590(), "OIT");
        FAIL() << "OIT is no tool of FY2590";
    } catch (const UserError &e) {
        EXPECT_EQ(e.text(msg::Lang::Th), "ไม่มีเครื่องมือ OIT ในเกณฑ์ปีงบประมาณ 2590");
    }
    auto eleven = scores2590();
    eleven.pop_back();
    try {
        sheetfn::total(fw, eleven);
        FAIL() << "eleven scores";
    } catch (const UserError &e) {
        EXPECT_EQ(e.text(msg::Lang::En), "expected 12 scores, got 11");
    }
}
