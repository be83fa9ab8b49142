#include "uno/calc/sheet_writer.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <vector>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

Reference<sheet::XSpreadsheets> sheetsOf(const Reference<uno::XInterface> &doc) {
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
    return calc->getSheets();
}

Reference<sheet::XSpreadsheet> sheetAtEnd(const Reference<uno::XInterface> &doc, const std::string &name,
                                          bool &existed) {
    Reference<sheet::XSpreadsheets> sheets = sheetsOf(doc);
    const OUString n = toOU(name);
    existed = sheets->hasByName(n);
    if (!existed) {
        Reference<container::XIndexAccess> idx(sheets, UNO_QUERY_THROW);
        sheets->insertNewByName(n, static_cast<sal_Int16>(idx->getCount()));
    }
    return Reference<sheet::XSpreadsheet>(sheets->getByName(n), UNO_QUERY_THROW);
}

Reference<sheet::XSpreadsheet> freshSheetAtEnd(const Reference<uno::XInterface> &doc,
                                               const std::string &name) {
    removeSheet(doc, name);
    bool existed = false;
    return sheetAtEnd(doc, name, existed);
}

bool removeSheet(const Reference<uno::XInterface> &doc, const std::string &name) {
    Reference<sheet::XSpreadsheets> sheets = sheetsOf(doc);
    const OUString n = toOU(name);
    if (!sheets->hasByName(n)) return false;
    sheets->removeByName(n);
    return true;
}

sal_Int32 numberFormat(const Reference<uno::XInterface> &doc, const std::string &code) {
    Reference<util::XNumberFormatsSupplier> sup(doc, UNO_QUERY_THROW);
    Reference<util::XNumberFormats> formats = sup->getNumberFormats();
    // en-US: the format codes below use '.' as the decimal separator.
    const lang::Locale locale("en", "US", "");
    const OUString c = toOU(code);
    sal_Int32 key = formats->queryKey(c, locale, false);
    if (key < 0) key = formats->addNew(c, locale);
    return key;
}

Reference<table::XCell> SheetWriter::cell(int col, int row) const {
    return sheet_->getCellByPosition(col, row);
}

Reference<table::XCellRange> SheetWriter::range(int col1, int row1, int col2, int row2) const {
    return sheet_->getCellRangeByPosition(col1, row1, col2, row2);
}

void SheetWriter::text(int col, int row, const std::string &s) const {
    // setString, not setFormula: "8O.5" or "=..." in a message stays text.
    Reference<text::XTextRange>(cell(col, row), UNO_QUERY_THROW)->setString(toOU(s));
}

void SheetWriter::number(int col, int row, double v, sal_Int32 format) const {
    Reference<table::XCell> c = cell(col, row);
    c->setValue(v);
    if (format >= 0)
        Reference<beans::XPropertySet>(c, UNO_QUERY_THROW)->setPropertyValue("NumberFormat", Any(format));
}

void SheetWriter::formula(int col, int row, const std::string &f) const {
    cell(col, row)->setFormula(toOU(f));
}

void SheetWriter::set(int col1, int row1, int col2, int row2, const char *prop, const Any &v) const {
    Reference<beans::XPropertySet>(range(col1, row1, col2, row2), UNO_QUERY_THROW)
        ->setPropertyValue(OUString::createFromAscii(prop), v);
}

void SheetWriter::bold(int col1, int row1, int col2, int row2) const {
    const Any weight(awt::FontWeight::BOLD);
    set(col1, row1, col2, row2, "CharWeight", weight);
    // Thai is "complex" script: its weight is a separate property.
    set(col1, row1, col2, row2, "CharWeightComplex", weight);
}

void SheetWriter::merge(int col1, int row1, int col2, int row2) const {
    Reference<util::XMergeable>(range(col1, row1, col2, row2), UNO_QUERY_THROW)->merge(true);
}

void SheetWriter::columnWidth(int col, sal_Int32 mm100) const {
    Reference<table::XColumnRowRange> cr(sheet_, UNO_QUERY_THROW);
    Reference<beans::XPropertySet> c(cr->getColumns()->getByIndex(col), UNO_QUERY_THROW);
    c->setPropertyValue("Width", Any(mm100));
}

void SheetWriter::rowHeight(int row, sal_Int32 mm100) const {
    Reference<table::XColumnRowRange> cr(sheet_, UNO_QUERY_THROW);
    Reference<beans::XPropertySet> r(cr->getRows()->getByIndex(row), UNO_QUERY_THROW);
    r->setPropertyValue("Height", Any(mm100));
}

void SheetWriter::optimalRowHeights(int row1, int row2) const {
    Reference<table::XColumnRowRange> cr(range(0, row1, 0, row2), UNO_QUERY_THROW);
    Reference<beans::XPropertySet>(cr->getRows(), UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", Any(true));
}

namespace {
Reference<container::XNameContainer> pageStyles(const Reference<uno::XInterface> &doc) {
    Reference<style::XStyleFamiliesSupplier> sup(doc, UNO_QUERY_THROW);
    return Reference<container::XNameContainer>(sup->getStyleFamilies()->getByName("PageStyles"),
                                                UNO_QUERY_THROW);
}
} // namespace

void usePageStyle(const Reference<uno::XInterface> &doc, const Reference<sheet::XSpreadsheet> &sheet,
                  const std::string &name, bool landscape, int pagesHigh) {
    Reference<container::XNameContainer> styles = pageStyles(doc);
    const OUString n = toOU(name);
    if (!styles->hasByName(n)) {
        Reference<lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
        Reference<style::XStyle> style(factory->createInstance("com.sun.star.style.PageStyle"),
                                       UNO_QUERY_THROW);
        styles->insertByName(n, Any(style));
    }
    Reference<beans::XPropertySet> ps(styles->getByName(n), UNO_QUERY_THROW);
    ps->setPropertyValue("IsLandscape", Any(landscape));
    ps->setPropertyValue("Width", Any(sal_Int32(landscape ? 29700 : 21000)));
    ps->setPropertyValue("Height", Any(sal_Int32(landscape ? 21000 : 29700)));
    for (const char *m : {"LeftMargin", "RightMargin"})
        ps->setPropertyValue(OUString::createFromAscii(m), Any(sal_Int32(1500)));
    for (const char *m : {"TopMargin", "BottomMargin"})
        ps->setPropertyValue(OUString::createFromAscii(m), Any(sal_Int32(1500)));
    // One page wide, as many pages high as needed: a clerk prints it as is.
    ps->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
    ps->setPropertyValue("ScaleToPagesY", Any(sal_Int16(pagesHigh)));
    Reference<beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(n));
}

void useThaiFont(const SheetWriter &w, int lastCol, int lastRow) {
    const Any font(OUString("Tahoma"));
    w.set(0, 0, lastCol, lastRow, "CharFontNameComplex", font);
    w.set(0, 0, lastCol, lastRow, "CharLocaleComplex", Any(lang::Locale("th", "TH", "")));
}

void useBaseFontSize(const SheetWriter &w, int lastCol, int lastRow) {
    w.set(0, 0, lastCol, lastRow, "CharFontName", Any(OUString("Liberation Sans")));
    for (const char *height : {"CharHeight", "CharHeightAsian", "CharHeightComplex"})
        w.set(0, 0, lastCol, lastRow, height, Any(float(10)));
}

void fitRowHeights(const SheetWriter &w, int firstRow, int lastRow, int lastCol, int scratchCol) {
    Reference<table::XColumnRowRange> cr(w.sheet(), UNO_QUERY_THROW);
    Reference<table::XTableColumns> columns = cr->getColumns();
    std::vector<sal_Int32> widths(static_cast<size_t>(lastCol) + 1);
    for (int c = 0; c <= lastCol; ++c)
        Reference<beans::XPropertySet>(columns->getByIndex(c), UNO_QUERY_THROW)->getPropertyValue("Width") >>=
            widths[static_cast<size_t>(c)];
    Reference<beans::XPropertySet> rows(cr->getRows(), UNO_QUERY_THROW);
    Reference<table::XCell> scratch;
    for (int r = firstRow; r <= lastRow; ++r) {
        sal_Int32 best = 0;
        for (int c = 0; c <= lastCol; ++c) {
            Reference<table::XCell> cell = w.cell(c, r);
            if (cell->getType() != table::CellContentType_TEXT) continue;
            Reference<sheet::XSheetCellCursor> cursor =
                w.sheet()->createCursorByRange(Reference<sheet::XSheetCellRange>(cell, UNO_QUERY_THROW));
            cursor->collapseToMergedArea();
            const table::CellRangeAddress area =
                Reference<sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
            if (area.EndRow > area.StartRow) continue;
            sal_Int32 width = 0;
            for (sal_Int32 k = area.StartColumn; k <= std::min<sal_Int32>(area.EndColumn, lastCol); ++k)
                width += widths[static_cast<size_t>(k)];
            Reference<beans::XPropertySet> from(cell, UNO_QUERY_THROW);
            bool wrapped = false;
            from->getPropertyValue("IsTextWrapped") >>= wrapped;
            if (!wrapped) width = 50000; // one line, however long
            w.columnWidth(scratchCol, width);
            scratch = w.cell(scratchCol, r);
            Reference<text::XTextRange>(scratch, UNO_QUERY_THROW)
                ->setString(Reference<text::XTextRange>(cell, UNO_QUERY_THROW)->getString());
            Reference<beans::XPropertySet> to(scratch, UNO_QUERY_THROW);
            for (const char *p : {"CharFontName", "CharFontNameComplex", "CharLocaleComplex", "CharHeight",
                                  "CharHeightComplex", "CharWeight", "CharWeightComplex"})
                to->setPropertyValue(OUString::createFromAscii(p),
                                     from->getPropertyValue(OUString::createFromAscii(p)));
            to->setPropertyValue("IsTextWrapped", Any(true));
            w.optimalRowHeights(r, r);
            sal_Int32 h = 0;
            Reference<beans::XPropertySet>(cr->getRows()->getByIndex(r), UNO_QUERY_THROW)
                ->getPropertyValue("Height") >>= h;
            best = std::max(best, h);
            Reference<sheet::XSheetOperation>(w.range(scratchCol, r, scratchCol, r), UNO_QUERY_THROW)
                ->clearContents(sheet::CellFlags::STRING | sheet::CellFlags::HARDATTR);
        }
        if (best > 0)
            w.rowHeight(r, best);
        else
            w.optimalRowHeights(r, r);
    }
    w.columnWidth(scratchCol, 2258); // Calc's default: 2.258 cm
}

void dropPageStyleIfUnused(const Reference<uno::XInterface> &doc, const std::string &name) {
    Reference<container::XNameContainer> styles = pageStyles(doc);
    const OUString n = toOU(name);
    if (!styles->hasByName(n)) return;
    Reference<style::XStyle> style(styles->getByName(n), UNO_QUERY_THROW);
    if (!style->isInUse()) styles->removeByName(n);
}

std::string quotedSheetName(const std::string &name) {
    std::string out = "'";
    for (char c : name) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string formulaString(const std::string &s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

static table::BorderLine2 thinLine() {
    table::BorderLine2 line;
    line.Color = 0x808080;
    line.LineStyle = table::BorderLineStyle::SOLID;
    line.LineWidth = 18;
    line.OuterLineWidth = 18;
    return line;
}

void frame(const SheetWriter &w, int col1, int row1, int col2, int row2) {
    table::TableBorder2 border;
    const table::BorderLine2 line = thinLine();
    border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
    border.HorizontalLine = border.VerticalLine = line;
    border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid = border.IsRightLineValid =
        true;
    border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
    w.set(col1, row1, col2, row2, "TableBorder2", Any(border));
}

} // namespace ita::lo
