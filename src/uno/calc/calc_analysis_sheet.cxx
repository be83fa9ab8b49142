#include "uno/calc/calc_analysis_sheet.hxx"

#include "uno/calc/own_sheets.hxx"
#include "uno/calc/sheet_writer.hxx"
#include "uno/common/uno_strings.hxx"

#include "core/analysis/summary.hpp"
#include "core/text/messages.hpp"
#include "core/text/thai_text.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartAxisArrangeOrderType.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/ChartDataRowSource.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/ChartSymbolType.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

namespace {

constexpr char kChartName[] = "ITA-analysis-chart";
constexpr sal_Int32 kBelowColor = 0xC00000;
constexpr sal_Int32 kHeaderBack = 0xDDE4EE;
// Columns A..H: the printed page (A4 portrait). Chart data sits right of it, unprinted.
constexpr int kLastPrinted = 7;
constexpr int kDataCol = 9; // J: chart categories, K: scores, L: target
constexpr int kMeasureCol = 25;
constexpr int kLabelColumns =
    9; // characters per line of a chart label // Z: scratch cell used to measure wrapped text
constexpr sal_Int32 kWidths[] = {1500, 1700, 4800, 1800, 1800, 1800, 2000, 3000};

// Line breaks at Thai word boundaries (ICU's dictionary-based line breaker), lines of
// at most maxColumns visible characters (combining vowels and tone marks take none).
std::string wrapThai(const std::string &text, int maxColumns) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaks(
        icu::BreakIterator::createLineInstance(icu::Locale("th"), status));
    if (U_FAILURE(status)) return text;
    breaks->setText(u);
    auto columns = [](const icu::UnicodeString &s) {
        int n = 0;
        for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
            if (u_charType(s.char32At(i)) != U_NON_SPACING_MARK) ++n;
        return n;
    };
    icu::UnicodeString out, line;
    int32_t start = breaks->first();
    for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE; start = end, end = breaks->next()) {
        const icu::UnicodeString piece(u, start, end - start);
        if (!line.isEmpty() && columns(line) + columns(piece) > maxColumns) {
            out += line.trim();
            out += u'\n';
            line.remove();
        }
        line += piece;
    }
    out += line.trim();
    std::string result;
    out.toUTF8String(result);
    return result;
}

std::string thaiInt(int v) {
    return thai::formatInteger(v, true);
}

const IndicatorResult *indicator(const Analysis &a, int number) {
    for (const auto &r : a.indicators)
        if (r.number == number) return &r;
    return nullptr;
}

void header(const SheetWriter &w, int col1, int col2, int row) {
    w.bold(col1, row, col2, row);
    w.set(col1, row, col2, row, "CellBackColor", Any(kHeaderBack));
    w.set(col1, row, col2, row, "IsTextWrapped", Any(true));
    w.set(col1, row, col2, row, "HoriJustify", Any(table::CellHoriJustify_CENTER));
    w.set(col1, row, col2, row, "VertJustify", Any(sal_Int32(table::CellVertJustify2::CENTER)));
}

sal_Int32 printedWidth(int col1, int col2) {
    sal_Int32 w = 0;
    for (int c = col1; c <= col2; ++c)
        w += kWidths[c];
    return w;
}

// A text over merged columns, wrapped; fitRowHeights gives its row the height.
void wrappedText(const SheetWriter &w, int col1, int col2, int row, const std::string &text,
                 bool isBold = false, float size = 0) {
    w.text(col1, row, text);
    w.merge(col1, row, col2, row);
    w.set(col1, row, "VertJustify", Any(sal_Int32(table::CellVertJustify2::TOP)));
    w.set(col1, row, "IsTextWrapped", Any(true));
    if (isBold) w.bold(col1, row, col1, row);
    if (size > 0) {
        w.set(col1, row, "CharHeight", Any(size));
        w.set(col1, row, "CharHeightComplex", Any(size + 2));
    }
}

// Empties a sheet written earlier: contents, formats, merges, row heights and our chart.
void clearSheet(const Reference<sheet::XSpreadsheet> &sheet) {
    Reference<table::XTableChartsSupplier> tcs(sheet, UNO_QUERY_THROW);
    Reference<table::XTableCharts> charts = tcs->getCharts();
    // Every chart: the sheet is ours and rewritten whole, and a chart saved to .xlsx
    // comes back under another name ("Object 1").
    for (const OUString &name : charts->getElementNames())
        charts->removeByName(name);
    Reference<drawing::XShapes> page(
        Reference<drawing::XDrawPageSupplier>(sheet, UNO_QUERY_THROW)->getDrawPage(), UNO_QUERY_THROW);
    for (sal_Int32 i = page->getCount() - 1; i >= 0; --i)
        page->remove(Reference<drawing::XShape>(page->getByIndex(i), UNO_QUERY_THROW));
    const SheetWriter w(sheet);
    Reference<table::XCellRange> all = w.range(0, 0, kMeasureCol, 400);
    Reference<util::XMergeable>(all, UNO_QUERY_THROW)->merge(false);
    Reference<sheet::XSheetOperation>(all, UNO_QUERY_THROW)
        ->clearContents(sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME | sheet::CellFlags::STRING |
                        sheet::CellFlags::ANNOTATION | sheet::CellFlags::FORMULA |
                        sheet::CellFlags::HARDATTR | sheet::CellFlags::STYLES | sheet::CellFlags::EDITATTR);
    w.optimalRowHeights(0, 400);
}

void addChart(const Reference<uno::XInterface> &doc, const Reference<sheet::XSpreadsheet> &sheet,
              const Analysis &a, int dataRow, const awt::Rectangle &rect) {
    const sal_Int16 sheetIndex =
        Reference<sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
    table::CellRangeAddress data;
    data.Sheet = sheetIndex;
    data.StartColumn = kDataCol;
    data.EndColumn = kDataCol + 2;
    data.StartRow = dataRow;
    data.EndRow = dataRow + static_cast<sal_Int32>(a.indicators.size());

    Reference<table::XTableChartsSupplier> tcs(sheet, UNO_QUERY_THROW);
    Reference<table::XTableCharts> charts = tcs->getCharts();
    if (charts->hasByName(kChartName)) charts->removeByName(kChartName);
    charts->addNewByName(kChartName, rect, seq({data}), true, true);
    Reference<document::XEmbeddedObjectSupplier> eos(charts->getByName(kChartName), UNO_QUERY_THROW);
    Reference<chart::XChartDocument> chart(eos->getEmbeddedObject(), UNO_QUERY_THROW);
    Reference<lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    Reference<chart::XDiagram> diagram(factory->createInstance("com.sun.star.chart.BarDiagram"),
                                       UNO_QUERY_THROW);
    chart->setDiagram(diagram);

    Reference<beans::XPropertySet> dp(diagram, UNO_QUERY_THROW);
    dp->setPropertyValue("DataRowSource", Any(chart::ChartDataRowSource_COLUMNS));
    dp->setPropertyValue("Vertical", Any(false));             // columns, not horizontal bars
    dp->setPropertyValue("NumberOfLines", Any(sal_Int32(1))); // the last series (target) as a line

    Reference<beans::XPropertySet> cp(chart, UNO_QUERY_THROW);
    cp->setPropertyValue("HasMainTitle", Any(true));
    Reference<beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
        ->setPropertyValue(
            "String", Any(toOU(msg::th("sheet.analysis.chartTitle", {{"year", thaiInt(a.fiscalYear)}}))));
    cp->setPropertyValue("HasLegend", Any(true));
    Reference<beans::XPropertySet>(chart->getLegend(), UNO_QUERY_THROW)
        ->setPropertyValue("Alignment", Any(chart::ChartLegendPosition_BOTTOM));

    dp->setPropertyValue("HasYAxisTitle", Any(true));
    Reference<chart::XAxisYSupplier> ySup(diagram, UNO_QUERY_THROW);
    Reference<beans::XPropertySet>(ySup->getYAxisTitle(), UNO_QUERY_THROW)
        ->setPropertyValue("String", Any(toOU(msg::th("sheet.analysis.score"))));
    Reference<beans::XPropertySet> yAxis = ySup->getYAxis();
    yAxis->setPropertyValue("AutoMin", Any(false));
    yAxis->setPropertyValue("AutoMax", Any(false));
    yAxis->setPropertyValue("Min", Any(0.0));
    yAxis->setPropertyValue("Max", Any(100.0));
    yAxis->setPropertyValue("AutoStepMain", Any(false));
    yAxis->setPropertyValue("StepMain", Any(10.0));
    // Whole numbers on the axis: "100", not the scores' "100.00".
    yAxis->setPropertyValue("LinkNumberFormatToSource", Any(false));
    yAxis->setPropertyValue("NumberFormat", Any(numberFormat(doc, "0")));

    Reference<chart::XAxisXSupplier> xSup(diagram, UNO_QUERY_THROW);
    Reference<beans::XPropertySet> xAxis = xSup->getXAxis();
    // The labels carry their own line breaks at Thai word boundaries (see wrapThai),
    // short enough to fit: the chart breaks inside Thai words, and labels too wide
    // for their column are turned 45° with every second one left out.
    xAxis->setPropertyValue("TextBreak", Any(true));
    xAxis->setPropertyValue("TextRotation", Any(sal_Int32(0)));
    xAxis->setPropertyValue("ArrangeOrder", Any(chart::ChartAxisArrangeOrderType_SIDE_BY_SIDE));
    xAxis->setPropertyValue("TextCanOverlap", Any(false));
    xAxis->setPropertyValue("CharHeight", Any(float(7)));
    xAxis->setPropertyValue("CharHeightComplex", Any(float(7)));

    Reference<beans::XPropertySet> bars = diagram->getDataRowProperties(0);
    bars->setPropertyValue("FillColor", Any(sal_Int32(0x4472C4)));
    bars->setPropertyValue("DataCaption", Any(sal_Int32(chart::ChartDataCaption::VALUE)));
    bars->setPropertyValue("CharHeight", Any(float(8)));
    bars->setPropertyValue("CharHeightComplex", Any(float(8)));

    Reference<beans::XPropertySet> target = diagram->getDataRowProperties(1);
    target->setPropertyValue("SymbolType", Any(sal_Int32(chart::ChartSymbolType::NONE)));
    // The old API leaves the line series' LineStyle at NONE (an invisible target):
    // style it on the chart2 model.
    Reference<chart2::XChartDocument> model(chart, UNO_QUERY_THROW);
    Reference<chart2::XCoordinateSystemContainer> systems(model->getFirstDiagram(), UNO_QUERY_THROW);
    for (const auto &system : systems->getCoordinateSystems()) {
        Reference<chart2::XChartTypeContainer> types(system, UNO_QUERY_THROW);
        for (const auto &type : types->getChartTypes()) {
            if (type->getChartType() != "com.sun.star.chart2.LineChartType") continue;
            Reference<chart2::XDataSeriesContainer> series(type, UNO_QUERY_THROW);
            for (const auto &s : series->getDataSeries()) {
                Reference<beans::XPropertySet> p(s, UNO_QUERY_THROW);
                p->setPropertyValue("LineStyle", Any(drawing::LineStyle_SOLID));
                p->setPropertyValue("LineWidth", Any(sal_Int32(60)));
                p->setPropertyValue("Color", Any(kBelowColor));
            }
        }
    }
}

} // namespace

void writeAnalysisSheet(const Reference<uno::XInterface> &doc, const Analysis &a) {
    bool existed = false;
    Reference<sheet::XSpreadsheet> sheet = sheetAtEnd(doc, analysisSheetName(), existed);
    if (existed) clearSheet(sheet);
    const SheetWriter w(sheet);
    for (int c = 0; c <= kLastPrinted; ++c)
        w.columnWidth(c, kWidths[c]);
    useBaseFontSize(w, kDataCol + 2, 80);
    useThaiFont(w, kDataCol + 2, 80);
    const sal_Int32 fmt2 = numberFormat(doc, "0.00");
    const sal_Int32 fmtChange = numberFormat(doc, "+0.00;-0.00;0.00");
    const std::string target = thai::formatTarget(a.target, true);

    int row = 0;
    wrappedText(w, 0, kLastPrinted, row++, msg::th("sheet.analysis.title", {{"year", thaiInt(a.fiscalYear)}}),
                true, 13);
    ++row;

    // Label (A:B) and value (C) pairs; values stay numbers for the clerk's own formulas.
    auto label = [&](int r, const char *key) {
        w.text(0, r, msg::th(key));
        w.merge(0, r, 1, r);
        w.bold(0, r, 0, r);
        w.set(0, r, "VertJustify", Any(sal_Int32(table::CellVertJustify2::TOP)));
    };
    label(row, "sheet.analysis.total");
    w.number(2, row++, a.totalRounded, fmt2);
    label(row, "sheet.analysis.rating");
    w.text(2, row++, a.ratingLabelTh);
    label(row, "sheet.analysis.meaning");
    wrappedText(w, 2, kLastPrinted, row++, a.ratingMeaningTh.empty() ? "-" : a.ratingMeaningTh);
    label(row, "sheet.analysis.target");
    w.number(2, row++, a.target, fmt2);
    if (a.previousTotal) {
        label(row, "sheet.analysis.previousTotal");
        w.number(2, row++, *a.previousTotal, fmt2);
    }
    if (a.totalChange) {
        label(row, "sheet.analysis.change");
        w.number(2, row++, *a.totalChange, fmtChange);
    }
    w.set(2, 2, 2, row - 1, "HoriJustify", Any(table::CellHoriJustify_LEFT));
    ++row;

    // Tools
    wrappedText(w, 0, kLastPrinted, row++, msg::th("sheet.analysis.tools"), true);
    const int toolHeader = row;
    w.text(0, row, msg::th("sheet.analysis.tool"));
    w.text(1, row, msg::th("sheet.analysis.toolName"));
    w.merge(1, row, 4, row);
    w.text(5, row, msg::th("sheet.analysis.weight"));
    w.text(6, row, msg::th("sheet.analysis.score"));
    w.text(7, row, msg::th("sheet.analysis.weighted"));
    header(w, 0, kLastPrinted, row);
    ++row;
    for (const ToolResult &t : a.tools) {
        w.text(0, row, t.code);
        w.text(1, row, t.nameTh);
        w.merge(1, row, 4, row);
        w.number(5, row, t.weight * 100, fmt2);
        w.number(6, row, t.score, fmt2);
        w.number(7, row, t.contribution, fmt2);
        ++row;
    }
    w.set(0, toolHeader + 1, 0, row - 1, "HoriJustify", Any(table::CellHoriJustify_CENTER));
    frame(w, 0, toolHeader, kLastPrinted, row - 1);
    ++row;

    // Ranking
    wrappedText(w, 0, kLastPrinted, row++, msg::th("sheet.analysis.ranking"), true);
    const int rankHeader = row;
    const char *heads[] = {"sheet.analysis.rank",  "sheet.analysis.number", "sheet.analysis.indicatorName",
                           "sheet.analysis.tool",  "sheet.analysis.score",  "sheet.analysis.previous",
                           "sheet.analysis.change"};
    for (int c = 0; c < 7; ++c)
        w.text(c, row, msg::th(heads[c]));
    w.text(7, row, msg::th("sheet.analysis.status", {{"target", target}}));
    header(w, 0, kLastPrinted, row);
    ++row;
    for (size_t i = 0; i < a.ranking.size(); ++i) {
        const IndicatorResult *r = indicator(a, a.ranking[i]);
        if (!r) continue;
        w.number(0, row, r->rank);
        w.number(1, row, r->number);
        w.text(2, row, r->nameTh);
        w.text(3, row, r->tool);
        w.number(4, row, r->score, fmt2);
        if (r->previous) w.number(5, row, *r->previous, fmt2);
        if (r->change) w.number(6, row, *r->change, fmtChange);
        w.text(7, row, msg::th(r->belowTarget ? "sheet.analysis.below" : "sheet.analysis.reached"));
        if (r->belowTarget) w.set(7, row, "CharColor", Any(kBelowColor));
        ++row;
    }
    w.set(0, rankHeader + 1, 1, row - 1, "HoriJustify", Any(table::CellHoriJustify_CENTER));
    w.set(3, rankHeader + 1, 3, row - 1, "HoriJustify", Any(table::CellHoriJustify_CENTER));
    w.set(7, rankHeader + 1, 7, row - 1, "HoriJustify", Any(table::CellHoriJustify_CENTER));
    frame(w, 0, rankHeader, kLastPrinted, row - 1);
    ++row;

    // Sentences as a clerk writes them in the report.
    wrappedText(w, 0, kLastPrinted, row++, msg::th("sheet.analysis.summary"), true);
    const std::vector<std::string> sentences = summarySentences(a, msg::Lang::Th, true);
    for (const std::string &s : sentences)
        if (!s.empty()) wrappedText(w, 0, kLastPrinted, row++, s);
    // No blank row after the text: the chart starts a page of its own anyway, and a blank
    // row that does not fit under a full page of text printed as a page holding only the
    // edge of the chart.

    fitRowHeights(w, 0, row - 1, kLastPrinted, kMeasureCol);

    // The chart under the text, as wide as the printed columns.
    awt::Point at;
    Reference<beans::XPropertySet>(w.cell(0, row), UNO_QUERY_THROW)->getPropertyValue("Position") >>= at;
    const awt::Rectangle rect(at.X, at.Y, printedWidth(0, kLastPrinted), 12000);

    // Chart data (outside the printed columns), by indicator number. Its rows lie
    // under the chart: the two-line labels make them taller, which must not stretch
    // the tables above.
    const int dataRow = row;
    // The chart starts a page of its own: fitted to the width, text and chart are
    // too tall for one A4 page, and a chart cut in two is unreadable.
    Reference<table::XColumnRowRange> rowsOf(sheet, UNO_QUERY_THROW);
    Reference<beans::XPropertySet>(rowsOf->getRows()->getByIndex(row), UNO_QUERY_THROW)
        ->setPropertyValue("IsStartOfNewPage", Any(true));
    w.text(kDataCol, dataRow, msg::th("sheet.analysis.indicator"));
    w.text(kDataCol + 1, dataRow, msg::th("sheet.analysis.score"));
    w.text(kDataCol + 2, dataRow, msg::th("sheet.analysis.targetOf", {{"target", target}}));
    w.bold(kDataCol, dataRow, kDataCol + 2, dataRow);
    for (size_t i = 0; i < a.indicators.size(); ++i) {
        const IndicatorResult &r = a.indicators[i];
        const int rr = dataRow + 1 + static_cast<int>(i);
        w.text(kDataCol, rr, wrapThai(thaiInt(r.number) + ". " + r.nameTh, kLabelColumns));
        w.number(kDataCol + 1, rr, r.score, fmt2);
        w.number(kDataCol + 2, rr, a.target, fmt2);
    }
    w.columnWidth(kDataCol, 5000);
    addChart(doc, sheet, a, dataRow, rect);

    // Print A..H down to the last row under the chart.
    int lastRow = row;
    for (;; ++lastRow) {
        awt::Point p;
        awt::Size s;
        Reference<beans::XPropertySet> cell(w.cell(0, lastRow), UNO_QUERY_THROW);
        cell->getPropertyValue("Position") >>= p;
        cell->getPropertyValue("Size") >>= s;
        if (p.Y + s.Height >= rect.Y + rect.Height || lastRow > row + 200) break;
    }
    table::CellRangeAddress area;
    area.Sheet = Reference<sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
    area.StartColumn = 0;
    area.StartRow = 0;
    area.EndColumn = kLastPrinted;
    area.EndRow = lastRow;
    Reference<sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)->setPrintAreas(seq({area}));
    usePageStyle(doc, sheet, analysisPageStyle(), false);
}

} // namespace ita::lo
