// ITA012: a ranking table whose order or rank numbers disagree with its scores; ITA013: a
// "highest"/"lowest" claim naming the wrong indicator. Ties may go either way.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

const std::string kYear = "องค์การบริหารส่วนตำบลกะลาเส อำเภอลี้เกา จังหวัดตรัง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔";
const std::string kTotal = "องค์การบริหารส่วนตำบลกะลาเสได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                           "ภาครัฐ ได้คะแนน ๘๘.๓๖ คะแนน อยู่ในระดับ A โดยได้รับคะแนนรายตัวชี้วัดดังนี้";

std::string claims(const std::string &highest, const std::string &lowest) {
    return "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ " + highest + " ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ " + lowest;
}

const std::string kRightClaims =
    claims("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๑๒ คะแนน", "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน");

SourceDocument withTotal(const Rows &ranking, const std::string &claimText = kRightClaims) {
    return test::writerDoc({"รายงานการวิเคราะห์ผลการประเมิน ITA", kYear, kTotal, claimText},
                           {test::writerTable("Table1", ranking)});
}

// Without a stated total: the scores below are free to tie.
SourceDocument rankingOnly(const Rows &ranking, const std::string &claimText) {
    return test::writerDoc({"ผลการประเมิน ITA เรียงตามคะแนน", kYear, claimText},
                           {test::writerTable("Table1", ranking)});
}

} // namespace

TEST(RankingWrong, CorrectRankingIsQuiet) {
    auto r = check(withTotal(rankingTable()));
    EXPECT_TRUE(r.findings.empty()) << dump(r);
    ASSERT_EQ(r.facts.tables.size(), 1u);
    EXPECT_TRUE(r.facts.tables[0].isRanking);
}

TEST(RankingWrong, TwoRowsSwapped) {
    Rows t = rankingTable();
    std::swap(t[3][1], t[4][1]);
    std::swap(t[3][2], t[4][2]); // rank ๓ now holds ๙๐.๕๐, rank ๔ holds ๙๑.๗๓
    auto r = check(withTotal(t));
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA012", "ITA012"})) << dump(r);
    const Finding &a = r.findings[0];
    EXPECT_EQ(a.indicator, 9);
    EXPECT_EQ(a.found, "๓");
    EXPECT_EQ(a.expected, "๔");
    EXPECT_EQ(a.locations[0].row, 3);
    EXPECT_EQ(a.locations[0].col, 0);
    EXPECT_NE(a.messageTh.find("อันดับ ๓"), std::string::npos) << a.messageTh;
    const Finding &b = r.findings[1];
    EXPECT_EQ(b.indicator, 3);
    EXPECT_EQ(b.found, "๔");
    EXPECT_EQ(b.expected, "๓");
    EXPECT_EQ(b.locations[0].row, 4);
}

TEST(RankingWrong, OneRankNumberTyped) {
    Rows t = rankingTable();
    t[5][0] = "๖";
    auto r = check(withTotal(t));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA012"}) << dump(r);
    EXPECT_EQ(r.findings[0].indicator, 5);
    EXPECT_EQ(r.findings[0].found, "๖");
    EXPECT_EQ(r.findings[0].expected, "๕");
    EXPECT_EQ(r.findings[0].locations[0].row, 5);
}

TEST(RankingWrong, TiesMayShareOrSplitRanksInEitherOrder) {
    Rows t = rankingTable();
    t[5][2] = "๙๐.๕๐"; // การแก้ไขปัญหาการทุจริต ties with การเปิดเผยข้อมูล
    auto split = check(rankingOnly(t, kRightClaims));
    EXPECT_TRUE(split.findings.empty()) << dump(split);
    t[5][0] = "๔";
    auto shared = check(rankingOnly(t, kRightClaims));
    EXPECT_TRUE(shared.findings.empty()) << dump(shared);
    std::swap(t[4][1], t[5][1]);
    auto swapped = check(rankingOnly(t, kRightClaims));
    EXPECT_TRUE(swapped.findings.empty()) << dump(swapped);
    t[5][0] = "๖"; // a tied score shares ๔ or takes ๕, not ๖
    auto skipped = check(rankingOnly(t, kRightClaims));
    ASSERT_EQ(codes(skipped), std::vector<std::string>{"ITA012"}) << dump(skipped);
    EXPECT_EQ(skipped.findings[0].expected, "๔");
}

// A score typed wrong ("9O.50") is ITA003's; the rows ranked below it are not wrong for it.
// A rank that is wrong whatever the unread score is still is.
TEST(RankingWrong, AnUnreadScoreDoesNotShiftTheRanksBelowIt) {
    Rows t = rankingTable();
    t[4][2] = "๙O.๕๐";
    auto r = check(rankingOnly(t, kRightClaims));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA003"}) << dump(r);
    t[8][0] = "๙"; // ๘๖.๒๕ is seventh or eighth, never ninth
    auto wrong = check(rankingOnly(t, kRightClaims));
    ASSERT_EQ(codes(wrong), (std::vector<std::string>{"ITA003", "ITA012"})) << dump(wrong);
    EXPECT_EQ(wrong.findings[1].indicator, 10);
}

TEST(ExtremeClaimWrong, LowestNamesTheWrongIndicator) {
    auto r = check(withTotal(rankingTable(), claims("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๑๒ คะแนน",
                                                    "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร มีคะแนน ๘๕.๑๐ คะแนน")));
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA013"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.indicator, 7);
    EXPECT_EQ(f.found, "ประสิทธิภาพการสื่อสาร");
    EXPECT_EQ(f.expected, "การปรับปรุงระบบการทำงาน");
    EXPECT_TRUE(f.locations[0].isParagraph());
    EXPECT_EQ(f.locations[0].paragraph, 3);
    EXPECT_NE(f.messageTh.find("ต่ำสุด"), std::string::npos) << f.messageTh;
    EXPECT_NE(f.messageEn.find("Improvement of the work system"), std::string::npos) << f.messageEn;
}

TEST(ExtremeClaimWrong, AnyOfTiedIndicatorsIsRight) {
    Rows t = rankingTable();
    t[2][0] = "๑";
    t[2][2] = "๙๕.๑๒"; // การใช้ทรัพย์สินของราชการ ties for the top
    auto ok = check(rankingOnly(t, claims("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ มีคะแนน ๙๕.๑๒ คะแนน",
                                          "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน")));
    EXPECT_TRUE(ok.findings.empty()) << dump(ok);
    auto wrong = check(rankingOnly(t, claims("ตัวชี้วัดที่ ๓ การใช้อำนาจ มีคะแนน ๙๑.๗๓ คะแนน",
                                             "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน")));
    ASSERT_EQ(codes(wrong), std::vector<std::string>{"ITA013"}) << dump(wrong);
    EXPECT_EQ(wrong.findings[0].expected, "การปฏิบัติหน้าที่, การใช้ทรัพย์สินของราชการ");
}
