// FillData from a score-sheet workbook laid out like templates/ita-score-sheet.fods.
#include "core/fill/fill_data.hpp"
#include "core/fill/fill_schema.hpp"

#include "test_frameworks.hpp"
#include "test_grids.hpp"

#include <gtest/gtest.h>

using namespace ita;
using namespace ita::fill;

namespace {

const FrameworkRegistry &registry() {
    return test::builtInFrameworks();
}

SourceDocument scoreSheet(bool withPrevious = true, const std::string &period = "รอบ 6 เดือน") {
    test::Rows score = {
        {"แบบรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"},
        {"หน่วยงาน", "องค์การบริหารส่วนตำบลโคกสำโรง"},
        {"ประเภท", "องค์การบริหารส่วนตำบล"},
        {"อำเภอ", "โคกสำโรง"},
        {"จังหวัด", "ลพบุรี"},
        {"ส่วนราชการ", "สำนักปลัด องค์การบริหารส่วนตำบลโคกสำโรง"},
        {"โทรศัพท์", "0 3644 1234"},
        {"ที่", "ลป 75201"},
        {"ตำแหน่งผู้บริหาร", "นายกองค์การบริหารส่วนตำบลโคกสำโรง"},
        {"ชื่อผู้บริหาร", "นายสมชาย ใจดี"},
        {"ชื่อปลัด", "นางสาวสมศรี มีสุข"},
        {"ตำแหน่งปลัด", "ปลัดองค์การบริหารส่วนตำบลโคกสำโรง"},
        {"ชื่อผู้รายงาน:", "นายสมศักดิ์ รักงาน"},
        {"ตำแหน่งผู้รายงาน", "นิติกรปฏิบัติการ"},
        {"รอบการรายงาน", period},
        {"ปีงบประมาณ พ.ศ.", "2567"},
        {"ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "คะแนน", withPrevious ? "คะแนนปีก่อน" : ""},
    };
    const char *names[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                           "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                           "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                           "การป้องกันการทุจริต"};
    const char *tools[] = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
    const char *scores[] = {"90", "95", "92", "88", "80", "86", "84", "90", "100", "75"};
    for (int i = 0; i < 10; ++i)
        score.push_back({std::to_string(i + 1), names[i], tools[i], scores[i], withPrevious ? "85" : ""});
    test::Rows measures = {
        {"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567"},
        {"มาตรการ", "ตัวชี้วัดที่เกี่ยวข้อง", "วิธีการ/ขั้นตอน", "ผู้รับผิดชอบ", "เริ่ม", "สิ้นสุด", "การกำกับติดตาม", "สถานะ",
         "ผลการดำเนินการ", "ผลลัพธ์", "ข้อเสนอแนะ"},
        {"เผยแพร่ข้อมูลผ่านเว็บไซต์", "9", "ปรับปรุงเว็บไซต์", "สำนักปลัด", "ต.ค. 66", "ก.ย. 67",
         "รายงานผู้บริหารรอบ 6 เดือน", "ดำเนินการแล้ว", "ปรับปรุงแล้ว", "ประชาชนเข้าถึงข้อมูล", "ไม่มี"},
        {"ป้องกันการทุจริต", "10", "ประกาศเจตจำนง", "สำนักปลัด", "ต.ค. 66", "ก.ย. 67", "รายงานผู้บริหาร",
         "อยู่ระหว่างดำเนินการ", "", "", ""},
    };
    return test::workbook({test::sheet("คะแนน ITA", score, 0), test::sheet("มาตรการ", measures, 1)});
}

std::string show(const FillRecord &r, const std::string &key, const std::string &format = "") {
    Format f;
    if (!format.empty()) addFormat(format, f);
    const FillValue *v = r.field(key);
    return v ? formatValue(*v, f, true) : "<missing " + key + ">";
}

} // namespace

TEST(FillData, ScoreSheetFieldsAndAnalysis) {
    FillSettings s;
    s.date = thai::Date{2024, 4, 8};
    s.letterNumber = "123";
    const FillData d = buildFillData(scoreSheet(), registry(), s);
    const FillRecord &r = d.root;
    EXPECT_EQ(show(r, "agency"), "องค์การบริหารส่วนตำบลโคกสำโรง");
    EXPECT_EQ(show(r, "phone"), "๐ ๓๖๔๔ ๑๒๓๔");
    EXPECT_EQ(show(r, "reference"), "ลป ๗๕๒๐๑/๑๒๓");
    EXPECT_EQ(show(r, "recipient"), "นายกองค์การบริหารส่วนตำบลโคกสำโรง");
    EXPECT_EQ(show(r, "author_name"), "นายสมศักดิ์ รักงาน");
    EXPECT_EQ(show(r, "deputy_position"), "ปลัดองค์การบริหารส่วนตำบลโคกสำโรง");
    EXPECT_EQ(show(r, "date"), "๘ เมษายน ๒๕๖๗");
    EXPECT_EQ(show(r, "date", "short"), "๘ เม.ย. ๖๗");
    EXPECT_EQ(show(r, "fiscal_year"), "๒๕๖๗");
    EXPECT_EQ(show(r, "total"), "๘๗.๗๐");
    EXPECT_EQ(show(r, "rating"), "ผ่านดี");
    EXPECT_EQ(show(r, "previous_total"), "๘๕.๐๐");
    EXPECT_EQ(show(r, "change", "signed"), "+๒.๗๐");
    EXPECT_EQ(show(r, "eit"), "๘๖.๖๗");
    EXPECT_EQ(show(r, "i9_rank"), "๑");
    EXPECT_EQ(show(r, "weakest_names"), "การป้องกันการทุจริต");
    EXPECT_EQ(show(r, "period"), "รอบ ๖ เดือน");
    EXPECT_EQ(show(r, "period_range"), "ตุลาคม ๒๕๖๖ \u2013 มีนาคม ๒๕๖๗");
    EXPECT_EQ(show(r, "fiscal_period"), "ต.ค. ๒๕๖๖ \u2013 ก.ย. ๒๕๖๗");
    EXPECT_TRUE(r.conditions.at("six_month"));
    EXPECT_TRUE(r.conditions.at("improved"));
    EXPECT_FALSE(r.conditions.at("below_target"));
    // the total and rating, then the analysis sheet's own sentences (one wording for both)
    EXPECT_EQ(show(r, "summary"),
              "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๗.๗๐ คะแนน อยู่ในระดับ ผ่านดี "
              "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล มีคะแนน ๑๐๐.๐๐ คะแนน "
              "ตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต มีคะแนน ๗๕.๐๐ คะแนน "
              "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย ๘๕ คะแนน มี ๓ ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต "
              "(๗๕.๐๐ คะแนน) ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (๘๐.๐๐ คะแนน) และตัวชี้วัดที่ ๗ "
              "ประสิทธิภาพการสื่อสาร (๘๔.๐๐ คะแนน) คะแนนรวมเพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ (๘๕.๐๐ คะแนน) "
              "๒.๗๐ คะแนน");

    const auto &below = r.lists.at("below_target");
    ASSERT_EQ(below.size(), 3u);
    EXPECT_EQ(show(below[0], "name"), "การป้องกันการทุจริต");
    EXPECT_EQ(show(below[1], "number"), "๕");
    EXPECT_EQ(show(below[2], "gap"), "๑.๐๐");
    const auto &ranked = r.lists.at("ranked");
    ASSERT_EQ(ranked.size(), 10u);
    EXPECT_EQ(show(ranked[0], "name"), "การเปิดเผยข้อมูล");
    EXPECT_EQ(show(ranked[1], "score"), "๙๕.๐๐");
    const auto &tools = r.lists.at("tools");
    ASSERT_EQ(tools.size(), 3u);
    EXPECT_EQ(show(tools[2], "weight"), "๔๐");
    EXPECT_EQ(tools[2].lists.at("tool_indicators").size(), 2u);
}

TEST(FillData, MeasuresWithTheirColumns) {
    const FillData d = buildFillData(scoreSheet(), registry());
    const auto &m = d.root.lists.at("measures");
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(show(m[0], "measure"), "เผยแพร่ข้อมูลผ่านเว็บไซต์");
    EXPECT_EQ(show(m[0], "method"), "ปรับปรุงเว็บไซต์");
    EXPECT_EQ(show(m[0], "monitoring"), "รายงานผู้บริหารรอบ ๖ เดือน");
    EXPECT_EQ(show(m[0], "result"), "ปรับปรุงแล้ว");
    EXPECT_EQ(show(m[0], "outcome"), "ประชาชนเข้าถึงข้อมูล");
    EXPECT_EQ(show(m[0], "status"), "ดำเนินการแล้ว");
    EXPECT_EQ(show(m[0], "indicator_names"), "การเปิดเผยข้อมูล");
    EXPECT_EQ(show(m[1], "status"), "อยู่ระหว่างดำเนินการ");
    EXPECT_EQ(d.root.lists.at("measures_done").size(), 1u);
    EXPECT_EQ(d.root.lists.at("measures_in_progress").size(), 1u);
    EXPECT_EQ(show(d.root, "measure_count"), "๒");
}

TEST(FillData, AnnualWithoutPreviousAndOverrides) {
    FillSettings s;
    s.letterNumber = "";
    s.overrides = {{"เรียน", "นายอำเภอโคกสำโรง"}, {"period", "12 เดือน"}, {"date", "2025-04-08"}};
    const FillData d = buildFillData(scoreSheet(false, ""), registry(), s);
    EXPECT_EQ(show(d.root, "recipient"), "นายอำเภอโคกสำโรง");
    EXPECT_EQ(show(d.root, "reference"), "ลป ๗๕๒๐๑/-");
    EXPECT_TRUE(d.root.conditions.at("annual"));
    EXPECT_FALSE(d.root.conditions.at("has_previous"));
    EXPECT_EQ(show(d.root, "previous_total"), "");
    EXPECT_EQ(show(d.root, "date"), "๘ เมษายน ๒๕๖๘");
    EXPECT_EQ(show(d.root, "period_range"), "ตุลาคม ๒๕๖๖ \u2013 กันยายน ๒๕๖๗");
}

TEST(FillData, UnknownOverrideAndNoYearAreErrors) {
    FillSettings s;
    s.overrides = {{"คะแนนรวมม", "1"}};
    EXPECT_THROW(buildFillData(scoreSheet(), registry(), s), FillDataError);
    const SourceDocument empty = test::workbook({test::sheet("x", {{"a", "b"}})});
    try {
        buildFillData(empty, registry());
        FAIL() << "no error";
    } catch (const FillDataError &e) {
        EXPECT_NE(std::string(e.what()).find("no fiscal year"), std::string::npos);
    }
}

TEST(FillSchema, FormatsAndNames) {
    Format f;
    EXPECT_TRUE(addFormat(normalizeName("ทศนิยม๐"), f));
    EXPECT_EQ(formatValue(FillValue::ofNumber(85, 2), f, true), "๘๕");
    Format a;
    addFormat("arabic", a);
    addFormat("signed", a);
    EXPECT_EQ(formatValue(FillValue::ofNumber(-0.5, 2), a, true), "-0.50");
    EXPECT_EQ(formatValue(FillValue::ofNumber(1.25, 2), Format{}, true), "๑.๒๕");
    EXPECT_EQ(formatValue(FillValue::ofNumber(-0.5, 2), Format{}, true), "-๐.๕๐");
    EXPECT_EQ(formatValue(FillValue::ofNumber(80.785, 2), Format{}, false), "80.79");
    Format y;
    addFormat("ปี", y);
    EXPECT_EQ(formatValue(FillValue::ofDate({2025, 4, 8}), y, true), "๒๕๖๘");
    Format my;
    addFormat("เดือนปี", my);
    EXPECT_EQ(formatValue(FillValue::ofDate({2025, 4, 8}), my, false), "เมษายน 2568");
    FieldRef r;
    EXPECT_TRUE(findField(RecordKind::Root, normalizeName("คะแนน ตัวชี้วัดที่ ๙"), r));
    EXPECT_EQ(r.key, "i9");
    EXPECT_TRUE(findField(RecordKind::Root, normalizeName("I10_Rank"), r));
    EXPECT_EQ(r.key, "i10_rank");
    EXPECT_FALSE(findField(RecordKind::Root, normalizeName("i11"), r));
    EXPECT_TRUE(findField(RecordKind::Root, normalizeName("คะแนน IIT"), r));
    EXPECT_EQ(r.key, "iit");
}
