// Validate on real Calc documents: comments and outline shapes on the cells
// at fault, the report sheet with links, clear, re-run and undo.
#include "calc_test_docs.hpp"

#include <filesystem>

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using namespace ita::test;

namespace {

const std::string kReport = "ITA ผลการตรวจสอบ";
const std::string kMarker = "[ITA Tools]";

// FY2564: 0.06*(85.5+78.2+88.1+80+75.3) + 0.10*(82.4+79.9+77.6) + 0.20*(70+72.5) = 76.916
const std::vector<std::string> kScores = {"85.50", "78.20", "88.10", "80", "75.30",
                                          "82.40", "79.90", "77.60", "70", "72.50"};

struct ShapeInfo {
    std::string name, description;
    awt::Point pos;
    awt::Size size;
    sal_Int32 lineColor = 0, lineWidth = 0;
    drawing::FillStyle fill = drawing::FillStyle_SOLID;
};

// Every shape but comment captions (Calc lists those on the draw page too;
// notes() counts comments).
std::vector<ShapeInfo> shapes(const Reference<sheet::XSpreadsheet> &sh) {
    std::vector<ShapeInfo> out;
    Reference<drawing::XShapes> page(
        Reference<drawing::XDrawPageSupplier>(sh, UNO_QUERY_THROW)->getDrawPage(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < page->getCount(); ++i) {
        Reference<drawing::XShape> s(page->getByIndex(i), UNO_QUERY_THROW);
        Reference<beans::XPropertySet> p(s, UNO_QUERY_THROW);
        ShapeInfo info;
        rtl::OUString name, desc;
        p->getPropertyValue("Name") >>= name;
        p->getPropertyValue("Description") >>= desc;
        info.name = str(name);
        if (str(s->getShapeType()) == "com.sun.star.drawing.CaptionShape") continue; // a comment's caption
        info.description = str(desc);
        info.pos = s->getPosition();
        info.size = s->getSize();
        p->getPropertyValue("LineColor") >>= info.lineColor;
        p->getPropertyValue("LineWidth") >>= info.lineWidth;
        p->getPropertyValue("FillStyle") >>= info.fill;
        out.push_back(info);
    }
    return out;
}

struct Note {
    int col = 0, row = 0;
    std::string text;
};

std::vector<Note> notes(const Reference<sheet::XSpreadsheet> &sh) {
    std::vector<Note> out;
    Reference<container::XIndexAccess> all(
        Reference<sheet::XSheetAnnotationsSupplier>(sh, UNO_QUERY_THROW)->getAnnotations(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        Reference<sheet::XSheetAnnotation> a(all->getByIndex(i), UNO_QUERY_THROW);
        Note n;
        n.col = a->getPosition().Column;
        n.row = a->getPosition().Row;
        n.text = str(Reference<text::XTextRange>(a, UNO_QUERY_THROW)->getString());
        out.push_back(n);
    }
    return out;
}

size_t countMarks(const Reference<lang::XComponent> &doc) {
    size_t n = 0;
    Reference<container::XIndexAccess> sheets(
        Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<sheet::XSpreadsheet> sh(sheets->getByIndex(i), UNO_QUERY_THROW);
        n += shapes(sh).size() + notes(sh).size();
    }
    return n;
}

sal_Int32 sheetCount(const Reference<lang::XComponent> &doc) {
    Reference<container::XIndexAccess> sheets(
        Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW);
    return sheets->getCount();
}

std::string lastSheetName(const Reference<lang::XComponent> &doc) {
    Reference<container::XIndexAccess> sheets(
        Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW);
    Reference<container::XNamed> last(sheets->getByIndex(sheets->getCount() - 1), UNO_QUERY_THROW);
    return str(last->getName());
}

std::string textAt(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    return str(Reference<text::XTextRange>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)->getString());
}

sal_Int32 charColorAt(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    sal_Int32 color = -1;
    Reference<beans::XPropertySet>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)
        ->getPropertyValue("CharColor") >>= color;
    return color;
}

// The row in column col whose text is exactly s, or -1.
int findRow(const Reference<sheet::XSpreadsheet> &sh, int col, const std::string &s) {
    for (int r = 0; r < 200; ++r)
        if (textAt(sh, col, r) == s) return r;
    return -1;
}

awt::Point cellPos(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    awt::Point p;
    Reference<beans::XPropertySet>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)
        ->getPropertyValue("Position") >>= p;
    return p;
}
awt::Size cellSize(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    awt::Size s;
    Reference<beans::XPropertySet>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)
        ->getPropertyValue("Size") >>= s;
    return s;
}

bool hasPageStyle(const Reference<lang::XComponent> &doc, const std::string &name) {
    Reference<style::XStyleFamiliesSupplier> sup(doc, UNO_QUERY_THROW);
    Reference<container::XNameAccess> styles(sup->getStyleFamilies()->getByName("PageStyles"),
                                             UNO_QUERY_THROW);
    return styles->hasByName(ou(name));
}

// Sheet "คะแนน": good scores but a stated total of 80.00 (B14; the scores give 76.92).
// Sheet "สรุป": the same table without year or total, indicator 3 typed as "8O.5" (B4).
Reference<lang::XComponent> twoErrorsDoc(const std::string &file, bool visible = false) {
    auto bad = kScores;
    bad[2] = "8O.5";
    Rows second = {{"ตัวชี้วัด", "คะแนน"}};
    for (size_t i = 0; i < bad.size(); ++i)
        second.push_back({indicatorNames()[i], bad[i]});
    return newCalcDoc(file, Sheets{{"คะแนน", scoreSheet("2564", kScores, "80.00", "B")}, {"สรุป", second}},
                      visible);
}

class CalcValidate : public ClosesDocs {};

} // namespace

TEST_F(CalcValidate, CorrectDocumentGetsNoMarksAndANoFindingsReport) {
    auto doc = keep(newCalcDoc("validate-good.ods", "คะแนน", scoreSheet("2564", kScores, "76.92", "B")));
    const std::string before = snapshotCells(doc);
    const auto json = boost::json::parse(dispatch(doc, "Validate"));
    EXPECT_EQ(json.at("counts").at("errors").as_int64(), 0);
    EXPECT_EQ(countMarks(doc), 0u);
    ASSERT_TRUE(hasSheet(doc, kReport));
    EXPECT_EQ(lastSheetName(doc), kReport);
    auto report = ita::test::sheet(doc, kReport);
    EXPECT_EQ(textAt(report, 0, 0), "ผลการตรวจสอบ ITA — ไฟล์ validate-good.ods");
    EXPECT_EQ(textAt(report, 0, 1), "ปีงบประมาณ พ.ศ. 2564");
    EXPECT_EQ(textAt(report, 0, 2), "คะแนนรวมที่ระบุในเอกสาร: 76.92    คะแนนรวมที่คำนวณได้: 76.92");
    const int passed = findRow(report, 0, "ตรวจสอบแล้ว ไม่พบข้อผิดพลาดหรือคำเตือน");
    ASSERT_NE(passed, -1);
    EXPECT_EQ(charColorAt(report, 0, passed), 0x006000) << "a pass in green";
    EXPECT_EQ(findRow(report, 0, "รหัส"), -1) << "no findings table when there is nothing to list";
    EXPECT_EQ(snapshotCells(doc), before);
}

TEST_F(CalcValidate, AMeasuresPlanWithoutScoresIsNotCalledCorrect) {
    // What `ita validate` says of it too (cli.noScores): its measures were checked, no scores were.
    auto doc =
        keep(newCalcDoc("validate-measures-only.ods", "มาตรการ",
                        Rows{{"แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567"},
                             {"ลำดับ", "มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ"},
                             {"1", "เผยแพร่ข้อมูลข่าวสารบนเว็บไซต์", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "สำนักปลัด"}}));
    const auto json = boost::json::parse(dispatch(doc, "Validate"));
    EXPECT_EQ(json.at("counts").at("errors").as_int64(), 0);
    EXPECT_FALSE(json.at("checked").at("scores").as_bool());
    auto report = ita::test::sheet(doc, kReport);
    const int line =
        findRow(report, 0, "ตรวจสอบแล้ว ไม่พบข้อผิดพลาด แต่ไม่ได้ตรวจคะแนน เพราะไม่พบตารางคะแนนในเอกสาร");
    ASSERT_NE(line, -1);
    EXPECT_EQ(charColorAt(report, 0, line), 0xF08000)
        << "no pass: the warning colour, not the green of a pass";
    EXPECT_EQ(findRow(report, 0, "ตรวจสอบแล้ว ไม่พบข้อผิดพลาดหรือคำเตือน"), -1);
    // no "total - / rating -" as if blanks had been compared: what was not checked, and why
    EXPECT_EQ(textAt(report, 0, 2),
              "คะแนนรวมและระดับผลการประเมิน: ไม่ได้ตรวจ เพราะไม่พบตารางคะแนนในเอกสาร; ตรวจมาตรการ 1 รายการ");
    for (int r = 0; r < 20; ++r)
        EXPECT_EQ(textAt(report, 0, r).find(": -"), std::string::npos) << r << ": " << textAt(report, 0, r);
}

TEST_F(CalcValidate, WrongScoreTextAndWrongTotalAreMarkedAtExactlyThoseCells) {
    auto doc = keep(twoErrorsDoc("validate-two-errors.ods"));
    const auto json = boost::json::parse(dispatch(doc, "Validate"));
    ASSERT_EQ(json.at("findings").as_array().size(), 2u) << json;

    auto scores = ita::test::sheet(doc, "คะแนน");
    auto summary = ita::test::sheet(doc, "สรุป");
    // One outline each, over the cell, red, unfilled, 0.5-0.7 mm.
    auto s1 = shapes(scores);
    ASSERT_EQ(s1.size(), 1u);
    EXPECT_EQ(s1[0].name, "ITA-mark:ITA006:B14");
    EXPECT_EQ(s1[0].pos.X, cellPos(scores, 1, 13).X);
    EXPECT_EQ(s1[0].pos.Y, cellPos(scores, 1, 13).Y);
    EXPECT_EQ(s1[0].size.Width, cellSize(scores, 1, 13).Width);
    EXPECT_EQ(s1[0].size.Height, cellSize(scores, 1, 13).Height);
    EXPECT_EQ(s1[0].fill, drawing::FillStyle_NONE);
    EXPECT_EQ(s1[0].lineColor, 0xD00000);
    EXPECT_GE(s1[0].lineWidth, 50);
    EXPECT_LE(s1[0].lineWidth, 70);
    EXPECT_NE(s1[0].description.find("ITA-comment: added"), std::string::npos);
    auto s2 = shapes(summary);
    ASSERT_EQ(s2.size(), 1u) << "the name cell A4 is context, not a second mark";
    EXPECT_EQ(s2[0].name, "ITA-mark:ITA003:B4");
    EXPECT_EQ(s2[0].pos.Y, cellPos(summary, 1, 3).Y);
    EXPECT_EQ(s2[0].pos.X, cellPos(summary, 1, 3).X);

    // One comment each, at the same cells, with the Thai message and the values.
    auto n1 = notes(scores);
    ASSERT_EQ(n1.size(), 1u);
    EXPECT_EQ(n1[0].col, 1);
    EXPECT_EQ(n1[0].row, 13);
    EXPECT_EQ(n1[0].text.rfind(kMarker, 0), 0u) << n1[0].text;
    EXPECT_NE(n1[0].text.find("ข้อผิดพลาด ITA006: คะแนนรวม 80.00"), std::string::npos) << n1[0].text;
    EXPECT_NE(n1[0].text.find("ค่าที่ถูกต้อง 76.92 · ค่าที่พบ 80.00"), std::string::npos) << n1[0].text;
    auto n2 = notes(summary);
    ASSERT_EQ(n2.size(), 1u);
    EXPECT_EQ(n2[0].col, 1);
    EXPECT_EQ(n2[0].row, 3);
    EXPECT_NE(n2[0].text.find("ITA003"), std::string::npos);
    EXPECT_NE(n2[0].text.find("“8O.5”"), std::string::npos) << n2[0].text;

    // The report: one row per finding, in the report's order, with a working link.
    ASSERT_EQ(lastSheetName(doc), kReport);
    auto report = ita::test::sheet(doc, kReport);
    EXPECT_EQ(textAt(report, 0, 4), "พบข้อผิดพลาด 2 รายการ คำเตือน 0 รายการ");
    const int header = findRow(report, 0, "รหัส");
    ASSERT_NE(header, -1);
    EXPECT_EQ(textAt(report, 1, header), "ประเภท");
    EXPECT_EQ(textAt(report, 2, header), "ตำแหน่ง");
    EXPECT_EQ(textAt(report, 3, header), "รายละเอียด");
    EXPECT_EQ(textAt(report, 0, header + 1), "ITA006");
    EXPECT_EQ(textAt(report, 1, header + 1), "ข้อผิดพลาด");
    EXPECT_EQ(textAt(report, 4, header + 1), "76.92");
    EXPECT_EQ(textAt(report, 5, header + 1), "80.00");
    EXPECT_EQ(textAt(report, 0, header + 2), "ITA003");
    EXPECT_EQ(textAt(report, 5, header + 2), "8O.5");
    EXPECT_EQ(textAt(report, 0, header + 3), "");
    EXPECT_EQ(textAt(report, 3, header + 1),
              std::string(json.at("findings").as_array()[0].at("message").as_string()));

    auto link = report->getCellByPosition(2, header + 1);
    EXPECT_EQ(str(link->getFormula()), "=HYPERLINK(\"#'คะแนน'.B14\";\"ชีต 'คะแนน' เซลล์ B14\")");
    EXPECT_EQ(link->getError(), 0);
    EXPECT_EQ(textAt(report, 2, header + 1), "ชีต 'คะแนน' เซลล์ B14");
    auto link2 = report->getCellByPosition(2, header + 2);
    EXPECT_EQ(str(link2->getFormula()), "=HYPERLINK(\"#'สรุป'.B4\";\"ชีต 'สรุป' เซลล์ B4\")");
    // The jump target names a real cell: INDIRECT of it reads the marked values.
    auto probe = report->getCellByPosition(10, 0);
    probe->setFormula(ou("=INDIRECT(\"'คะแนน'.B14\")"));
    EXPECT_DOUBLE_EQ(probe->getValue(), 80.0);
    probe->setFormula(ou("=INDIRECT(\"'สรุป'.B4\")"));
    EXPECT_EQ(textAt(report, 10, 0), "8O.5");
}

TEST_F(CalcValidate, ValidatingTwiceDoesNotDuplicateMarks) {
    auto doc = keep(twoErrorsDoc("validate-twice.ods"));
    dispatch(doc, "Validate");
    const size_t marks = countMarks(doc);
    const sal_Int32 sheets = sheetCount(doc);
    EXPECT_EQ(marks, 4u); // two outlines, two comments
    dispatch(doc, "Validate");
    EXPECT_EQ(countMarks(doc), marks);
    EXPECT_EQ(sheetCount(doc), sheets);
    // The service with {"annotate":true} replaces them the same way.
    tools()->validate(doc, ou("{\"annotate\":true}"));
    EXPECT_EQ(countMarks(doc), marks);
    EXPECT_EQ(sheetCount(doc), sheets);
}

TEST_F(CalcValidate, ClearLeavesTheCellsExactlyAsBefore) {
    auto doc = keep(twoErrorsDoc("validate-clear.ods"));
    const std::string before = snapshotCells(doc);
    const sal_Int32 sheets = sheetCount(doc);
    dispatch(doc, "Validate");
    ASSERT_GT(countMarks(doc), 0u);
    EXPECT_EQ(snapshotCells(doc), before);
    EXPECT_TRUE(hasPageStyle(doc, "ITA รายงานผลการตรวจสอบ"));
    EXPECT_EQ(dispatch(doc, "ClearMarks"), "cleared");
    EXPECT_EQ(snapshotCells(doc), before);
    EXPECT_EQ(countMarks(doc), 0u);
    EXPECT_FALSE(hasSheet(doc, kReport));
    EXPECT_EQ(sheetCount(doc), sheets);
    EXPECT_FALSE(hasPageStyle(doc, "ITA รายงานผลการตรวจสอบ"));
}

TEST_F(CalcValidate, AUsersCommentIsNeitherReplacedNorCleared) {
    auto doc = keep(twoErrorsDoc("validate-user-comment.ods"));
    auto scores = ita::test::sheet(doc, "คะแนน");
    table::CellAddress b14(0, 1, 13);
    Reference<sheet::XSheetAnnotationsSupplier>(scores, UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(b14, ou("ยอดนี้คัดลอกจากหนังสือแจ้งผล"));
    dispatch(doc, "Validate");
    auto n = notes(scores);
    ASSERT_EQ(n.size(), 1u);
    EXPECT_EQ(n[0].text, "ยอดนี้คัดลอกจากหนังสือแจ้งผล");
    auto s = shapes(scores);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].name, "ITA-mark:ITA006:B14");
    EXPECT_NE(s[0].description.find("ITA006"), std::string::npos);
    EXPECT_NE(s[0].description.find("not added"), std::string::npos) << s[0].description;
    // The other sheet's cell had no comment: it gets ours.
    EXPECT_EQ(notes(ita::test::sheet(doc, "สรุป")).size(), 1u);

    dispatch(doc, "Validate");
    EXPECT_EQ(notes(scores).size(), 1u);
    dispatch(doc, "ClearMarks");
    n = notes(scores);
    ASSERT_EQ(n.size(), 1u);
    EXPECT_EQ(n[0].text, "ยอดนี้คัดลอกจากหนังสือแจ้งผล");
    EXPECT_EQ(shapes(scores).size(), 0u);
    EXPECT_EQ(notes(ita::test::sheet(doc, "สรุป")).size(), 0u);
}

TEST_F(CalcValidate, OneUndoRemovesEverythingValidateAdded) {
    // Shown (off-screen): Calc's undo of a sheet insertion needs the active view, as
    // when a clerk presses Ctrl+Z; in a hidden frame LibreOffice 7.4 crashes there.
    auto doc = keep(twoErrorsDoc("validate-undo.ods", true));
    const std::string before = snapshotCells(doc);
    const sal_Int32 sheets = sheetCount(doc);
    Reference<document::XUndoManager> undo =
        Reference<document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)->getUndoManager();
    undo->clear();
    dispatch(doc, "Validate");
    ASSERT_EQ(countMarks(doc), 4u);
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_EQ(str(undo->getCurrentUndoActionTitle()), "ITA: ตรวจสอบ");
    undo->undo();
    EXPECT_EQ(countMarks(doc), 0u);
    EXPECT_FALSE(hasSheet(doc, kReport));
    EXPECT_EQ(sheetCount(doc), sheets);
    EXPECT_EQ(snapshotCells(doc), before);
    EXPECT_FALSE(undo->isUndoPossible()) << "validate must be one undo step";
    undo->redo();
    EXPECT_EQ(countMarks(doc), 4u);
    EXPECT_TRUE(hasSheet(doc, kReport));
    auto s = shapes(ita::test::sheet(doc, "คะแนน"));
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].name, "ITA-mark:ITA006:B14");
    EXPECT_EQ(s[0].pos.Y, cellPos(ita::test::sheet(doc, "คะแนน"), 1, 13).Y);

    // Clear is one step as well, and undoing it brings the marks back.
    dispatch(doc, "ClearMarks");
    EXPECT_EQ(countMarks(doc), 0u);
    EXPECT_EQ(str(undo->getCurrentUndoActionTitle()), "ITA: ล้างเครื่องหมาย");
    undo->undo();
    EXPECT_EQ(countMarks(doc), 4u);
    EXPECT_TRUE(hasSheet(doc, kReport));
    s = shapes(ita::test::sheet(doc, "สรุป"));
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].name, "ITA-mark:ITA003:B4");
    EXPECT_NE(s[0].description.find("ITA-comment: added"), std::string::npos);
    EXPECT_EQ(snapshotCells(doc), before);
}

TEST_F(CalcValidate, ASheetNameWithAnApostropheStillLinks) {
    auto doc =
        keep(newCalcDoc("validate-apostrophe.ods", "ITA's คะแนน", scoreSheet("2564", kScores, "80.00", "B")));
    dispatch(doc, "Validate");
    auto report = ita::test::sheet(doc, kReport);
    const int header = findRow(report, 0, "รหัส");
    ASSERT_NE(header, -1);
    auto link = report->getCellByPosition(2, header + 1);
    EXPECT_EQ(link->getError(), 0);
    EXPECT_EQ(textAt(report, 2, header + 1), "ชีต 'ITA's คะแนน' เซลล์ B14");
    auto probe = report->getCellByPosition(10, 0);
    probe->setFormula(ou("=INDIRECT(\"'ITA''s คะแนน'.B14\")"));
    EXPECT_DOUBLE_EQ(probe->getValue(), 80.0);
    EXPECT_NE(str(link->getFormula()).find("#'ITA''s คะแนน'.B14"), std::string::npos)
        << str(link->getFormula());
}

// For a person to look at: the validated example exported as PDF
// (<build>/test-out/validated.pdf); docs/validated-sheet.png is made from it.
TEST_F(CalcValidate, ExportsTheMarkedExampleAsPdf) {
    auto doc = keep(openCopy(std::string(ITA_SOURCE_DIR) + "/examples/sao-khoksamrong-fy2564-errors.xlsx"));
    // The name a clerk sees, not the test's copy name.
    const auto json =
        boost::json::parse(dispatch(doc, "Validate", "{\"path\":\"sao-khoksamrong-fy2564-errors.xlsx\"}"));
    EXPECT_GT(json.at("findings").as_array().size(), 0u);
    EXPECT_GT(countMarks(doc), 0u);
    const std::string pdf = outDir() + "/validated.pdf";
    storeWithFilter(doc, pdf, "calc_pdf_Export");
    EXPECT_TRUE(std::filesystem::file_size(pdf) > 1000);
}

// A clerk validates, saves (as .xlsx or .ods), closes, and clears the marks another day.
class CalcValidateSaved : public CalcValidate, public ::testing::WithParamInterface<const char *> {};

TEST_P(CalcValidateSaved, MarksSurviveSavingAndClearAfterReopening) {
    const std::string ext = GetParam();
    auto doc = twoErrorsDoc("validate-saved-src.ods");
    const std::string before = snapshotCells(doc);
    dispatch(doc, "Validate");
    const std::string file = outDir() + "/validate-saved." + ext;
    storeWithFilter(doc, file, ext == "xlsx" ? "Calc Office Open XML" : "calc8");
    closeDoc(doc);

    auto again = keep(openCopy(file));
    EXPECT_EQ(countMarks(again), 4u);
    auto s = shapes(ita::test::sheet(again, "คะแนน"));
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].name, "ITA-mark:ITA006:B14");
    // LibreOffice 7.4 writes no shape description to .xlsx; clear does not need it
    // (our comments are told by their marker).
    if (ext == "ods") EXPECT_NE(s[0].description.find("ITA-comment: added"), std::string::npos);
    EXPECT_TRUE(hasSheet(again, kReport));
    // Validating the reopened file replaces the marks, it does not add to them.
    dispatch(again, "Validate");
    EXPECT_EQ(countMarks(again), 4u);
    dispatch(again, "ClearMarks");
    EXPECT_EQ(countMarks(again), 0u);
    EXPECT_FALSE(hasSheet(again, kReport));
    EXPECT_EQ(snapshotCells(again), before);
}

INSTANTIATE_TEST_SUITE_P(Formats, CalcValidateSaved, ::testing::Values("ods", "xlsx"));
