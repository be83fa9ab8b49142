// A year without a framework (issue 10, item 5): FY2569, which clerks analyse now and for which
// the NACC has published no framework, gets ITA015 as a warning that says which checks could not
// run; the indicators are read by the latest framework's names and the framework-free checks run.
#include "core/validate/validation.hpp"

#include "core/text/messages.hpp"
#include "rules_support.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::test;

namespace {

Rows sheetFY2569() {
    Rows rows = sheetFY2566();
    rows[0][0] = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569";
    rows[6][1] = "การใช้ทรัพย์สินของทางราชการ"; // an alias of indicator 4 in the latest framework
    return rows;
}

} // namespace

TEST(NoFramework, ACorrectFY2569SheetIsAWarningOnly) {
    auto r = checkSheet(sheetFY2569());
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA015"}) << dump(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(r.errors(), 0);
    EXPECT_EQ(f.locations.at(0).cellRef(), "A1");
    EXPECT_NE(
        f.messageEn.find("the total, the rating, the weights and the indicators' tools were not checked"),
        std::string::npos)
        << f.messageEn;
    EXPECT_NE(f.messageEn.find("put fy2569.json"), std::string::npos) << f.messageEn;
    EXPECT_NE(f.messageTh.find("จึงยังไม่ได้ตรวจคะแนนรวม"), std::string::npos) << f.messageTh;
    ASSERT_TRUE(r.fiscalYear.has_value());
    EXPECT_EQ(*r.fiscalYear, 2569);
    EXPECT_EQ(r.framework, nullptr);
    // read by the latest framework's names, alias included
    ASSERT_EQ(r.facts.tables.size(), 1u);
    ASSERT_EQ(r.facts.tables[0].entries.size(), 10u);
    EXPECT_EQ(r.facts.tables[0].entries[3].indicator, 4);
    EXPECT_EQ(r.statedTotal, 91.02);
    EXPECT_FALSE(r.computedTotal.has_value()); // no weights for FY2569
}

TEST(NoFramework, TheFrameworkFreeChecksStillRun) {
    Rows rows = sheetFY2569();
    rows[4][2] = "9I.20"; // C5: not a number
    rows[9][2] = "876.0"; // C10: out of range
    Grid g = sheet("คะแนน", rows);
    Rows ranking = {{"อันดับ", "ตัวชี้วัด", "คะแนน"},
                    {"1", "การป้องกันการทุจริต", "95.00"},
                    {"2", "การเปิดเผยข้อมูล", "93.50"},
                    {"3", "การแก้ไขปัญหาการทุจริต", "92.00"}};
    auto doc = workbook({g, sheet("อันดับ", ranking)});
    auto r = check(doc);
    EXPECT_EQ(codes(r), (std::vector<std::string>{"ITA015", "ITA003", "ITA004", "ITA010"})) << dump(r);
    EXPECT_EQ(r.errors(), 3);
    EXPECT_EQ(r.warnings(), 1);
}

TEST(NoFramework, AFigureInASentenceIsCheckedAgainstTheTable) {
    auto doc =
        writerDoc({"รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "ตัวชี้วัดการเปิดเผยข้อมูล ได้ ๙๕.๓๐ คะแนน"},
                  {writerTable("Table1", thaiTableFY2565())});
    auto r = check(doc);
    ASSERT_EQ(codes(r), (std::vector<std::string>{"ITA015", "ITA011"})) << dump(r);
    EXPECT_EQ(r.findings[1].found, "๙๕.๓๐");
    EXPECT_EQ(r.findings[1].expected, "๗๙.๕๐");
}

TEST(NoFramework, AddingTheYearChecksEverything) {
    FrameworkRegistry reg;
    reg.addDirectory(ITA_FRAMEWORKS_DIR);
    Framework fy2569 = *reg.find(2568);
    fy2569.fiscalYear = 2569;
    reg.add(fy2569);
    Rows rows = sheetFY2569();
    rows[13][2] = "91.52";
    auto r = validate(workbook({sheet("คะแนน", rows)}), reg, pinned());
    ASSERT_EQ(codes(r), std::vector<std::string>{"ITA006"}) << dump(r);
    EXPECT_EQ(r.findings[0].expected, "91.02");
}
