// The analysis pipeline (document -> analysis), its summary sentences and the grouping of
// findings per cell: the core functions the Calc sheets, the service and the Writer fill share.
#include "core/analysis/analyse_source.hpp"
#include "core/analysis/summary.hpp"
#include "core/report/cell_findings.hpp"
#include "core/text/user_error.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

AnalyseOptions pinnedAnalyse(int currentYearBE = 2568) {
    AnalyseOptions o;
    o.currentYearBE = currentYearBE;
    o.documentName = "คะแนน.ods";
    return o;
}

std::string errorOf(const Rows &rows) {
    try {
        analyseSource(workbook({sheet("คะแนน", rows)}), registry(), pinnedAnalyse());
    } catch (const std::exception &e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST(AnalysisPipeline, SentencesOfAClerksSheet) {
    // FY2565: IIT 88.826, EIT 84.86, OIT 75.75, total 82.41 (B); below 85: 7, 8, 9, 10.
    const Analysis a = analyseSource(workbook({sheet("คะแนน", sheetFY2565())}), registry(), pinnedAnalyse());
    EXPECT_DOUBLE_EQ(a.totalRounded, 82.41);
    EXPECT_EQ(a.ratingCode, "B");
    const auto th = summarySentences(a);
    ASSERT_EQ(th.size(), 3u);
    EXPECT_EQ(th[0], "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๒.๑๕ คะแนน");
    EXPECT_EQ(th[1], "ตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต มีคะแนน ๗๒.๐๐ คะแนน");
    EXPECT_EQ(th[2], "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย ๘๕ คะแนน มี ๔ ตัวชี้วัด ได้แก่ "
                     "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๗๒.๐๐ คะแนน) ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๗๙.๕๐ คะแนน) "
                     "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (๘๓.๔๗ คะแนน) และตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร "
                     "(๘๔.๒๐ คะแนน)");
    const auto en = summarySentences(a, msg::Lang::En, false);
    EXPECT_EQ(en[2],
              "4 indicators score below the target of 85: indicator 10 (Corruption prevention) (72.00), "
              "indicator 9 (Information disclosure) (79.50), indicator 8 (Improvement of the work system) "
              "(83.47) and indicator 7 (Communication efficiency) (84.20).");
}

TEST(AnalysisPipeline, ChangeFromLastYearAndTies) {
    const Framework &fw = registry().require(2564);
    Scores now, before;
    for (const auto &ind : fw.indicators) {
        now[ind.number] = 90;
        before[ind.number] = 88.5;
    }
    const Analysis a = analyse(fw, now, before);
    const auto th = summarySentences(a);
    ASSERT_EQ(th.size(), 3u);
    EXPECT_EQ(th[0], "ทุกตัวชี้วัดได้คะแนนเท่ากัน คือ ๙๐.๐๐ คะแนน");
    EXPECT_EQ(th[2], "คะแนนรวมเพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๓ (๘๘.๕๐ คะแนน) ๑.๕๐ คะแนน");
    EXPECT_EQ(summarySentences(a, msg::Lang::En, false)[2], "The total rose by 1.50 from FY2563 (88.50).");
    const Analysis same = analyse(fw, now, now);
    EXPECT_EQ(summarySentences(same)[2], "คะแนนรวมเท่ากับปีงบประมาณ พ.ศ. ๒๕๖๓ (๙๐.๐๐ คะแนน)");
}

TEST(AnalysisPipeline, RefusesWhatValidateRefuses) {
    // A Christian-Era year is no fiscal year (validate() says ITA009); analysis stops too.
    Rows ce = sheetFY2565();
    ce[0] = {"ผลการประเมิน ITA ประจำปีงบประมาณ 2022"};
    EXPECT_EQ(errorOf(ce), "ปีงบประมาณ 2022 ในเอกสารไม่น่าจะถูกต้อง: ระบุปีงบประมาณ (the fiscal year 2022 stated "
                           "in คะแนน.ods is implausible)");
    Rows noYear = sheetFY2565();
    noYear[0] = {"ผลการประเมิน ITA"};
    EXPECT_EQ(errorOf(noYear), "ไม่พบปีงบประมาณในเอกสาร: ระบุปีงบประมาณ (no fiscal year stated in คะแนน.ods)");
    // Indicator 3 twice: neither row counts (as in the rules), so the table is incomplete.
    Rows dup = sheetFY2565();
    dup[7] = {"", "3. การใช้อำนาจ", "88.76"};
    EXPECT_EQ(errorOf(dup), "ตารางคะแนนใน คะแนน.ods ไม่มีคะแนนของตัวชี้วัดที่ 3, 4 (scores missing for "
                            "indicators 3, 4 (FY2565))");
    // A score above 100 is not used either.
    Rows high = sheetFY2565();
    high[4][2] = "192.15";
    EXPECT_EQ(errorOf(high), "ตารางคะแนนใน คะแนน.ods ไม่มีคะแนนของตัวชี้วัดที่ 1 (scores missing for indicator 1 "
                             "(FY2565))");
}

TEST(CellFindings, OneEntryPerCell) {
    Rows rows = sheetFY2565();
    rows[4][2] = "192.15"; // C5: ITA004, and the total C15 no longer matches (ITA006)
    const ValidationReport r = checkSheet(rows);
    const auto cells = findingsByCell(r.findings);
    ASSERT_FALSE(cells.empty());
    const CellFindings *c5 = nullptr;
    for (const auto &c : cells)
        if (c.cellRef() == "C5") c5 = &c;
    ASSERT_NE(c5, nullptr);
    EXPECT_EQ(c5->sheetName, "คะแนน");
    EXPECT_EQ(c5->codes(), "ITA004");
    EXPECT_TRUE(c5->hasError());
    ASSERT_EQ(c5->findings.size(), 1u);
    EXPECT_EQ(findingNote(*c5->findings.front()).rfind("ข้อผิดพลาด ITA004: ", 0), 0u);
    EXPECT_NE(findingNote(*c5->findings.front()).find("ค่าที่พบ 192.15)"), std::string::npos)
        << findingNote(*c5->findings.front());
    EXPECT_EQ(findingNote(*c5->findings.front(), msg::Lang::En).rfind("error ITA004: ", 0), 0u);
    // Every cell once.
    for (size_t i = 0; i < cells.size(); ++i)
        for (size_t j = i + 1; j < cells.size(); ++j)
            EXPECT_FALSE(cells[i].sheetName == cells[j].sheetName && cells[i].row == cells[j].row &&
                         cells[i].col == cells[j].col);
}
