// Tool-score tables (issue 10, item 7): a report that gives only IIT, EIT and OIT with a stated
// total and rating is recomputed with the year's weights (ITA026) and its rating judged by the
// year's rule, per-tool minima included (ITA027), each at its paragraph or cell.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

// FY2567: IIT 84.53, EIT 90.00, OIT 92.00 -> 25.359 + 27 + 36.8 = 89.159 -> 89.16; IIT under 85,
// so ผ่าน (not ผ่านดี).
SourceDocument toolReport(const std::string &sentence, const Rows &table) {
    return writerDoc({"รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", sentence},
                     {writerTable("Table1", table)});
}

Rows thaiTools() {
    return {{"เครื่องมือการประเมิน", "คะแนน"},
            {"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "๘๔.๕๓"},
            {"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "๙๐.๐๐"},
            {"แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "๙๒.๐๐"}};
}

} // namespace

TEST(ToolScores, AGoodRatingWithOneToolUnder85IsWrong) {
    auto r = check(toolReport("เทศบาลตำบลต้นไทร ได้คะแนน ๘๙.๑๖ คะแนน อยู่ในระดับ ผ่านดี", thaiTools()));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA027"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.found, "ผ่านดี");
    EXPECT_EQ(f.expected, "ผ่าน");
    EXPECT_EQ(f.locations[0].paragraph, 1);
    EXPECT_EQ(f.locations.size(), 4u); // and the three tool cells
    EXPECT_EQ(f.messageEn,
              "The rating ผ่านดี is wrong (paragraph 2): under the FY2567 scheme a total of 89.16 with "
              "the tool scores IIT 84.53, EIT 90.00, OIT 92.00 is rated ผ่าน, because IIT 84.53 is "
              "below 85.00, the minimum every tool needs for ผ่านดี.");
    EXPECT_NE(f.messageTh.find("เพราะ IIT ๘๔.๕๓ ต่ำกว่า ๘๕.๐๐ คะแนน"), std::string::npos) << f.messageTh;
    ASSERT_TRUE(r.computedTotal.has_value());
    EXPECT_NEAR(*r.computedTotal, 89.159, 1e-9);
    EXPECT_EQ(r.computedRating, "ผ่าน");
}

TEST(ToolScores, ARightReportIsOkAndChecked) {
    auto r = check(toolReport("เทศบาลตำบลต้นไทร ได้คะแนน ๘๙.๑๖ คะแนน อยู่ในระดับ ผ่าน", thaiTools()));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    EXPECT_EQ(r.computedRating, "ผ่าน");
}

TEST(ToolScores, AWrongTotalIsFoundAtItsParagraph) {
    auto r = check(toolReport("เทศบาลตำบลต้นไทร ได้คะแนน ๘๙.๖๑ คะแนน อยู่ในระดับ ผ่าน", thaiTools()));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA026"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.found, "๘๙.๖๑");
    EXPECT_EQ(f.expected, "๘๙.๑๖");
    EXPECT_EQ(f.locations[0].paragraph, 1);
    EXPECT_EQ(f.messageEn,
              "The stated total ๘๙.๖๑ (paragraph 2) does not match the total recomputed from the tool "
              "scores (IIT 84.53, EIT 90.00, OIT 92.00) with the FY2567 weights (IIT 30%, EIT 30%, "
              "OIT 40%): ๘๙.๑๖. Check the total or the tool scores.");
}

TEST(ToolScores, CellsOfASheetAndTheTemplatesToolRows) {
    Rows rows = {{"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567"},
                 {"หน่วยงาน", "เทศบาลตำบลต้นไทร"},
                 {"คะแนนเครื่องมือ IIT", "84.53"},
                 {"คะแนนเครื่องมือ EIT", "90.00"},
                 {"คะแนนเครื่องมือ OIT", "92.00"},
                 {"คะแนนรวม", "89.16"},
                 {"ระดับผลการประเมิน", "ผ่านดี"}};
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA027"}) << dump(r);
    EXPECT_EQ(refs(r.findings[0]), (std::vector<std::string>{"B7", "B3", "B4", "B5"}));
}

TEST(ToolScores, TheLetterSchemeHasNoToolMinima) {
    // FY2565: 0.3*84.53 + 0.3*90 + 0.4*92 = 89.16 -> A; a stated AA is wrong (ITA007 from the total).
    Rows rows = {{"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565"},
                 {"IIT", "84.53"},
                 {"EIT", "90.00"},
                 {"OIT", "92.00"},
                 {"คะแนนรวม", "89.16"},
                 {"ระดับผลการประเมิน", "AA"}};
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA007"}) << dump(r);
    EXPECT_EQ(r.computedRating, "A");
}

TEST(ToolScores, WithAnIndicatorTableTheIndicatorsDecide) {
    // The template's tool rows beside a complete indicator table add nothing.
    Rows rows = sheetFY2566();
    rows.push_back({"", "คะแนนเครื่องมือ IIT", "90.36"});
    rows.push_back({"", "คะแนนเครื่องมือ EIT", "87.38"});
    rows.push_back({"", "คะแนนเครื่องมือ OIT", "94.25"});
    auto r = checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
}

// A tool score copied wrong beside a complete indicator table: the indicators' total is right,
// so nothing said the IIT figure was not their mean.
TEST(ToolScores, AToolScoreThatIsNotItsIndicatorsMeanIsWrong) {
    Rows rows = sheetFY2566();
    const std::string iit = "C" + std::to_string(rows.size() + 1);
    rows.push_back({"", "คะแนนเครื่องมือ IIT", "90.63"});
    rows.push_back({"", "คะแนนเครื่องมือ EIT", "87.38"});
    rows.push_back({"", "คะแนนเครื่องมือ OIT", "94.25"});
    auto r = checkSheet(rows);
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA035"}) << dump(r);
    EXPECT_EQ(r.findings[0].locations[0].cellRef(), iit);
    EXPECT_EQ(r.findings[0].expected, "90.36");
    EXPECT_EQ(r.findings[0].found, "90.63");
    EXPECT_NE(r.findings[0].messageEn.find("indicators 1, 2, 3, 4, 5"), std::string::npos)
        << r.findings[0].messageEn;

    // The tools' weighted parts of the total (0.3 x 90.36 = 27.11, …) are no tool scores.
    rows[rows.size() - 3][2] = "27.11";
    rows[rows.size() - 2][2] = "26.21";
    rows[rows.size() - 1][2] = "37.70";
    auto weighted = checkSheet(rows);
    EXPECT_TRUE(weighted.findings.empty()) << dump(weighted);

    // Last year's tool score (of the table's last-year column) is that year's, not wrong.
    Rows two = {{"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566"}, {"ตัวชี้วัด", "ปี 2565", "ปี 2566"}};
    for (size_t i = 0; i < 10; ++i)
        two.push_back({rows[3 + i][1], rows[3 + i][2], rows[3 + i][2]});
    two[2][1] = "80.00"; // indicator 1 last year: IIT 88.12 then
    two.push_back({"IIT", "88.12", "90.36"});
    auto lastYear = checkSheet(two);
    for (const auto &f : lastYear.findings)
        EXPECT_NE(f.code, "ITA035") << dump(lastYear);
}

// The shipped analysis template's tool table: เครื่องมือ | แบบวัด | น้ำหนัก (ร้อยละ) | คะแนน. The
// weight (30, 30, 40) beside the form's name is no tool score: our own filled analysis must
// not get ITA035 (it did: "IIT 30.00 is not the mean of its indicators").
TEST(ToolScores, AToolsWeightBesideItsFormIsNoToolScore) {
    Rows rows = sheetFY2566();
    rows.push_back({"เครื่องมือ", "แบบวัด", "น้ำหนัก (ร้อยละ)", "คะแนน"});
    rows.push_back({"IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "30", "90.36"});
    rows.push_back({"EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "30", "87.38"});
    rows.push_back({"OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "40", "94.25"});
    auto r = checkSheet(rows);
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_EQ(r.facts.toolScores.size(), 3u) << dump(r);
    EXPECT_DOUBLE_EQ(r.facts.toolScores[0].value, 90.36);

    // and a wrong one there is still found, at its score cell
    rows[rows.size() - 3][3] = "90.63";
    auto wrong = checkSheet(rows);
    ASSERT_EQ(codes(wrong), std::vector<std::string>{"ITA035"}) << dump(wrong);
    EXPECT_EQ(wrong.findings[0].locations[0].cellRef(), "D" + std::to_string(rows.size() - 2));
}
