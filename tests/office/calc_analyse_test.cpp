// Analyse on a real Calc document: the analysis sheet's numbers, ranking,
// sentences and chart; refreshed, never duplicated; user cells untouched.
#include "calc_test_docs.hpp"

#include <filesystem>

#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <cmath>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using namespace ita::test;

namespace {

const std::string kAnalysis = "ITA วิเคราะห์ผล";

// FY2564 with last year's column. Ties: 3 and 9 at 95.10, 2 and 5 at 80.00.
// total = 0.06*(92.4+80+95.1+88+80) + 0.10*(86.5+79.3+84.99) + 0.20*(95.1+70.25) = 84.279
// last year = 0.06*428.5 + 0.10*247 + 0.20*165 = 83.41; change 84.28 - 83.41 = +0.87
const std::vector<std::string> kNow = {"92.40", "80",    "95.10", "88",    "80",
                                       "86.50", "79.30", "84.99", "95.10", "70.25"};
const std::vector<std::string> kBefore = {"90", "82", "93.50", "85", "78", "84", "80", "83", "90", "75"};

Rows analysisInput() {
    Rows rows = {{"ปีงบประมาณ", "2564"}, {}, {"ตัวชี้วัด", "คะแนน", "คะแนนปีก่อน"}};
    for (size_t i = 0; i < kNow.size(); ++i)
        rows.push_back({indicatorNames()[i], kNow[i], kBefore[i]});
    rows.push_back({"คะแนนรวม", "84.28"});
    rows.push_back({"ระดับผลการประเมิน", "B"});
    return rows;
}

std::string textAt(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    return str(Reference<text::XTextRange>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)->getString());
}
double valueAt(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    return sh->getCellByPosition(col, row)->getValue();
}
bool isNumber(const Reference<sheet::XSpreadsheet> &sh, int col, int row) {
    return sh->getCellByPosition(col, row)->getType() == table::CellContentType_VALUE;
}
int findRow(const Reference<sheet::XSpreadsheet> &sh, int col, const std::string &s) {
    for (int r = 0; r < 200; ++r)
        if (textAt(sh, col, r) == s) return r;
    return -1;
}
std::string formatOf(const Reference<lang::XComponent> &doc, const Reference<sheet::XSpreadsheet> &sh,
                     int col, int row) {
    sal_Int32 key = 0;
    Reference<beans::XPropertySet>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)
        ->getPropertyValue("NumberFormat") >>= key;
    Reference<util::XNumberFormats> formats =
        Reference<util::XNumberFormatsSupplier>(doc, UNO_QUERY_THROW)->getNumberFormats();
    rtl::OUString code;
    formats->getByKey(key)->getPropertyValue("FormatString") >>= code;
    return str(code);
}

Reference<table::XTableCharts> charts(const Reference<sheet::XSpreadsheet> &sh) {
    return Reference<table::XTableChartsSupplier>(sh, UNO_QUERY_THROW)->getCharts();
}

sal_Int32 sheetCount(const Reference<lang::XComponent> &doc) {
    return Reference<container::XIndexAccess>(
               Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW)
        ->getCount();
}

class CalcAnalyse : public ClosesDocs {};

} // namespace

TEST_F(CalcAnalyse, SheetHoldsTheAnalysisAsNumbersAndThaiText) {
    auto doc = keep(newCalcDoc("analyse.ods", "คะแนน", analysisInput()));
    const std::string before = snapshotCells(doc);
    const auto json = boost::json::parse(dispatch(doc, "Analyse"));
    ASSERT_TRUE(hasSheet(doc, kAnalysis));
    EXPECT_EQ(snapshotCells(doc), before);
    auto sh = ita::test::sheet(doc, kAnalysis);

    EXPECT_EQ(textAt(sh, 0, 0), "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔");
    const int total = findRow(sh, 0, "คะแนนรวม");
    ASSERT_NE(total, -1);
    ASSERT_TRUE(isNumber(sh, 2, total));
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, total), 84.28);
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, total), json.at("total_rounded").to_number<double>());
    EXPECT_EQ(formatOf(doc, sh, 2, total), "0.00");
    EXPECT_EQ(textAt(sh, 2, total), "84.28");
    const int rating = findRow(sh, 0, "ระดับผลการประเมิน");
    EXPECT_EQ(textAt(sh, 2, rating), "B");
    const int meaning = findRow(sh, 0, "ความหมาย");
    EXPECT_EQ(textAt(sh, 2, meaning), str(ou(std::string(json.at("rating").at("meaning").as_string()))));
    EXPECT_NE(textAt(sh, 2, meaning).find("ร้อยละ 15-25"), std::string::npos);
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, findRow(sh, 0, "เป้าหมาย")), 85.0);
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, findRow(sh, 0, "คะแนนรวมปีก่อน")), 83.41);
    const int change = findRow(sh, 0, "เปลี่ยนแปลง");
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, change), 0.87);
    EXPECT_EQ(textAt(sh, 2, change), "+0.87");

    // Tools: IIT 87.10, EIT 83.5966…, OIT 82.675
    const int tools = findRow(sh, 0, "เครื่องมือ");
    ASSERT_NE(tools, -1);
    EXPECT_EQ(textAt(sh, 0, tools + 1), "IIT");
    EXPECT_EQ(textAt(sh, 1, tools + 1), "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
    EXPECT_DOUBLE_EQ(valueAt(sh, 5, tools + 1), 30.0);
    EXPECT_NEAR(valueAt(sh, 6, tools + 1), 87.10, 1e-9);
    EXPECT_EQ(textAt(sh, 6, tools + 2), "83.60");
    EXPECT_EQ(textAt(sh, 0, tools + 3), "OIT");
    EXPECT_NEAR(valueAt(sh, 6, tools + 3), 82.675, 1e-9);
    EXPECT_NEAR(valueAt(sh, 7, tools + 3), 33.07, 1e-9);

    // Ranking: best first, ties by indicator number (3 before 9, 2 before 5).
    const int head = findRow(sh, 0, "อันดับ");
    ASSERT_NE(head, -1);
    EXPECT_EQ(textAt(sh, 7, head), "สถานะเทียบ\nเป้าหมาย ๘๕");
    const std::vector<int> order = {3, 9, 1, 4, 6, 8, 2, 5, 7, 10};
    const auto &ranking = json.at("ranking").as_array();
    ASSERT_EQ(ranking.size(), order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const int r = head + 1 + static_cast<int>(i);
        EXPECT_EQ(ranking[i].as_int64(), order[i]);
        EXPECT_DOUBLE_EQ(valueAt(sh, 0, r), static_cast<double>(i + 1));
        EXPECT_DOUBLE_EQ(valueAt(sh, 1, r), order[i]) << "rank " << i + 1;
        EXPECT_EQ(textAt(sh, 2, r), indicatorNames()[static_cast<size_t>(order[i] - 1)]);
        const auto &ind = json.at("indicators").as_array()[static_cast<size_t>(order[i] - 1)];
        EXPECT_DOUBLE_EQ(valueAt(sh, 4, r), ind.at("score").to_number<double>());
        EXPECT_EQ(formatOf(doc, sh, 4, r), "0.00");
        EXPECT_DOUBLE_EQ(valueAt(sh, 5, r), ind.at("previous").to_number<double>());
        EXPECT_NEAR(valueAt(sh, 6, r), ind.at("change").to_number<double>(), 1e-9);
        EXPECT_EQ(textAt(sh, 7, r), ind.at("below_target").as_bool() ? "ต่ำกว่าเป้าหมาย" : "ผ่านเป้าหมาย");
    }
    EXPECT_EQ(textAt(sh, 4, head + 6), "84.99");
    EXPECT_EQ(textAt(sh, 7, head + 6), "ต่ำกว่าเป้าหมาย");
    EXPECT_EQ(textAt(sh, 6, head + 10), "-4.75");

    // Sentences
    const int summary = findRow(sh, 0, "สรุปผล");
    ASSERT_NE(summary, -1);
    EXPECT_EQ(textAt(sh, 0, summary + 1), "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๓ การใช้อำนาจ และตัวชี้วัดที่ ๙ "
                                          "การเปิดเผยข้อมูล มีคะแนน ๙๕.๑๐ คะแนน");
    EXPECT_EQ(textAt(sh, 0, summary + 2),
              "ตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต มีคะแนน ๗๐.๒๕ คะแนน");
    EXPECT_EQ(textAt(sh, 0, summary + 3),
              "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย ๘๕ คะแนน มี ๕ ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต "
              "(๗๐.๒๕ คะแนน) ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๗๙.๓๐ คะแนน) ตัวชี้วัดที่ ๒ การใช้งบประมาณ "
              "(๘๐.๐๐ คะแนน) ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (๘๐.๐๐ คะแนน) และตัวชี้วัดที่ ๘ "
              "การปรับปรุงระบบการทำงาน (๘๔.๙๙ คะแนน)");
    EXPECT_EQ(textAt(sh, 0, summary + 4), "คะแนนรวมเพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๓ (๘๓.๔๑ คะแนน) ๐.๘๗ คะแนน");

    // Printed: columns A..H only (the chart's data sits in J..L).
    const auto areas = Reference<sheet::XPrintAreas>(sh, UNO_QUERY_THROW)->getPrintAreas();
    ASSERT_EQ(areas.getLength(), 1);
    EXPECT_EQ(areas[0].EndColumn, 7);
    EXPECT_GT(areas[0].EndRow, summary + 4);
}

TEST_F(CalcAnalyse, ChartShowsTheTenScoresAndTheTargetLine) {
    auto doc = keep(newCalcDoc("analyse-chart.ods", "คะแนน", analysisInput()));
    dispatch(doc, "Analyse");
    auto sh = ita::test::sheet(doc, kAnalysis);
    auto list = charts(sh);
    ASSERT_EQ(list->getElementNames().getLength(), 1);
    Reference<document::XEmbeddedObjectSupplier> eos(list->getByName(list->getElementNames()[0]),
                                                     UNO_QUERY_THROW);
    Reference<chart::XChartDocument> chart(eos->getEmbeddedObject(), UNO_QUERY_THROW);
    Reference<chart::XDiagram> diagram = chart->getDiagram();
    EXPECT_EQ(str(diagram->getDiagramType()), "com.sun.star.chart.BarDiagram");
    Reference<beans::XPropertySet> dp(diagram, UNO_QUERY_THROW);
    bool vertical = true;
    sal_Int32 lines = 0;
    dp->getPropertyValue("Vertical") >>= vertical;
    dp->getPropertyValue("NumberOfLines") >>= lines;
    EXPECT_FALSE(vertical) << "columns (vertical bars), not horizontal bars";
    EXPECT_EQ(lines, 1) << "the target series is drawn as a line";
    Reference<beans::XPropertySet> y = Reference<chart::XAxisYSupplier>(diagram, UNO_QUERY_THROW)->getYAxis();
    double mn = -1, mx = -1;
    y->getPropertyValue("Min") >>= mn;
    y->getPropertyValue("Max") >>= mx;
    EXPECT_EQ(mn, 0.0);
    EXPECT_EQ(mx, 100.0);
    rtl::OUString title;
    Reference<beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)->getPropertyValue("String") >>= title;
    EXPECT_EQ(str(title), "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๔");

    // The target is a visible line (the old API alone leaves it without a line style).
    int lineSeries = 0;
    Reference<chart2::XChartDocument> model(chart, UNO_QUERY_THROW);
    Reference<chart2::XCoordinateSystemContainer> systems(model->getFirstDiagram(), UNO_QUERY_THROW);
    for (const auto &system : systems->getCoordinateSystems())
        for (const auto &type :
             Reference<chart2::XChartTypeContainer>(system, UNO_QUERY_THROW)->getChartTypes()) {
            const auto list = Reference<chart2::XDataSeriesContainer>(type, UNO_QUERY_THROW)->getDataSeries();
            if (str(type->getChartType()) == "com.sun.star.chart2.ColumnChartType")
                EXPECT_EQ(list.getLength(), 1);
            if (str(type->getChartType()) != "com.sun.star.chart2.LineChartType") continue;
            for (const auto &s : list) {
                ++lineSeries;
                drawing::LineStyle style = drawing::LineStyle_NONE;
                sal_Int32 width = 0;
                Reference<beans::XPropertySet> p(s, UNO_QUERY_THROW);
                p->getPropertyValue("LineStyle") >>= style;
                p->getPropertyValue("LineWidth") >>= width;
                EXPECT_EQ(style, drawing::LineStyle_SOLID);
                EXPECT_GE(width, 35);
            }
        }
    EXPECT_EQ(lineSeries, 1);

    Reference<chart::XChartDataArray> data(chart->getData(), UNO_QUERY_THROW);
    const auto values = data->getData();
    ASSERT_EQ(values.getLength(), 10);
    const auto series = data->getColumnDescriptions();
    ASSERT_EQ(series.getLength(), 2);
    EXPECT_EQ(str(series[0]), "คะแนน");
    EXPECT_EQ(str(series[1]), "เป้าหมาย ๘๕");
    const auto cats = data->getRowDescriptions();
    // Labels are broken into lines at Thai word boundaries, never inside a word.
    EXPECT_EQ(str(cats[0]), "๑. การ\nปฏิบัติหน้าที่");
    EXPECT_EQ(str(cats[6]), "๗.\nประสิทธิภาพ\nการสื่อสาร");
    for (sal_Int32 i = 0; i < cats.getLength(); ++i) {
        std::string joined = str(cats[i]);
        joined.erase(std::remove(joined.begin(), joined.end(), '\n'), joined.end());
        EXPECT_NE(joined.find(indicatorNames()[static_cast<size_t>(i)]), std::string::npos) << joined;
    }
    for (sal_Int32 i = 0; i < 10; ++i) {
        EXPECT_DOUBLE_EQ(values[i][0], std::strtod(kNow[static_cast<size_t>(i)].c_str(), nullptr)) << i;
        EXPECT_DOUBLE_EQ(values[i][1], 85.0);
    }
}

TEST_F(CalcAnalyse, AnalysingTwiceRefreshesTheOneSheetAndChart) {
    auto doc = keep(newCalcDoc("analyse-twice.ods", "คะแนน", analysisInput()));
    dispatch(doc, "Analyse");
    const sal_Int32 sheets = sheetCount(doc);
    auto sh = ita::test::sheet(doc, kAnalysis);
    // A clerk scribbles on the analysis sheet, then fixes a score and analyses again.
    putCell(sh, 2, 150, "โน้ต");
    putCell(ita::test::sheet(doc, "คะแนน"), 1, 12, "80.25"); // indicator 10: 70.25 -> 80.25, total +2.00
    putCell(ita::test::sheet(doc, "คะแนน"), 1, 13, "86.28");
    const auto json = boost::json::parse(dispatch(doc, "Analyse"));
    EXPECT_EQ(sheetCount(doc), sheets);
    sh = ita::test::sheet(doc, kAnalysis);
    EXPECT_EQ(charts(sh)->getElementNames().getLength(), 1);
    Reference<container::XIndexAccess> page(
        Reference<drawing::XDrawPageSupplier>(sh, UNO_QUERY_THROW)->getDrawPage(), UNO_QUERY_THROW);
    EXPECT_EQ(page->getCount(), 1) << "only the chart on the analysis sheet";
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, findRow(sh, 0, "คะแนนรวม")), 86.28);
    EXPECT_DOUBLE_EQ(json.at("total_rounded").to_number<double>(), 86.28);
    EXPECT_EQ(textAt(sh, 2, findRow(sh, 0, "ระดับผลการประเมิน")), "A");
    EXPECT_EQ(textAt(sh, 2, 150), "") << "the sheet is rewritten, not patched";
    const int head = findRow(sh, 0, "อันดับ");
    EXPECT_DOUBLE_EQ(valueAt(sh, 1, head + 7), 10) << "80.25 ranks above the two 80.00";
    EXPECT_DOUBLE_EQ(valueAt(sh, 1, head + 10), 7);
    // And through the service, as a macro or `ita analyse --write` does it.
    tools()->analyse(doc, ou("{\"write\":true}"));
    EXPECT_EQ(sheetCount(doc), sheets);
    EXPECT_EQ(charts(ita::test::sheet(doc, kAnalysis))->getElementNames().getLength(), 1);
}

TEST_F(CalcAnalyse, AnIncompleteTableIsRefusedWithoutWritingASheet) {
    auto rows = analysisInput();
    rows[5][1] = "8O.5";
    auto doc = keep(newCalcDoc("analyse-incomplete.ods", "คะแนน", rows));
    EXPECT_THROW(dispatch(doc, "Analyse"), std::runtime_error);
    EXPECT_FALSE(hasSheet(doc, kAnalysis));
}

// For a person to look at: <build>/test-out/analysis.pdf (docs/analysis-sheet.png).
TEST_F(CalcAnalyse, ExportsTheAnalysedExampleAsPdf) {
    auto doc = keep(newCalcDoc("analyse-pdf.ods", "คะแนน", analysisInput()));
    dispatch(doc, "Analyse");
    const std::string pdf = outDir() + "/analysis.pdf";
    storeWithFilter(doc, pdf, "calc_pdf_Export");
    EXPECT_TRUE(std::filesystem::file_size(pdf) > 1000);
}

// A clerk analyses, saves, reopens and analyses again: still one sheet, one chart.
class CalcAnalyseSaved : public CalcAnalyse, public ::testing::WithParamInterface<const char *> {};

TEST_P(CalcAnalyseSaved, TheSheetAndChartSurviveSavingAndRefreshAfterReopening) {
    const std::string ext = GetParam();
    auto doc = newCalcDoc("analyse-saved-src.ods", "คะแนน", analysisInput());
    dispatch(doc, "Analyse");
    const std::string file = outDir() + "/analyse-saved." + ext;
    storeWithFilter(doc, file, ext == "xlsx" ? "Calc Office Open XML" : "calc8");
    closeDoc(doc);

    auto again = keep(openCopy(file));
    const sal_Int32 sheets = sheetCount(again);
    auto sh = ita::test::sheet(again, kAnalysis);
    EXPECT_EQ(charts(sh)->getElementNames().getLength(), 1);
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, findRow(sh, 0, "คะแนนรวม")), 84.28);
    dispatch(again, "Analyse");
    EXPECT_EQ(sheetCount(again), sheets);
    sh = ita::test::sheet(again, kAnalysis);
    EXPECT_EQ(charts(sh)->getElementNames().getLength(), 1);
    Reference<container::XIndexAccess> page(
        Reference<drawing::XDrawPageSupplier>(sh, UNO_QUERY_THROW)->getDrawPage(), UNO_QUERY_THROW);
    EXPECT_EQ(page->getCount(), 1);
    EXPECT_DOUBLE_EQ(valueAt(sh, 2, findRow(sh, 0, "คะแนนรวม")), 84.28);
}

INSTANTIATE_TEST_SUITE_P(Formats, CalcAnalyseSaved, ::testing::Values("ods", "xlsx"));
