#include "uno/calc/calc_reader.hxx"

#include "uno/calc/own_sheets.hxx"
#include "uno/common/uno_strings.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>
#include <cstdio>

using namespace css;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

namespace {

constexpr sal_Int32 kMaxRows = 5000;
constexpr sal_Int32 kMaxCols = 100;

// Numbers as Calc shows them in General format, enough for digit-system checks.
std::string numberText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

Grid readSheet(const Reference<sheet::XSpreadsheet> &sheet, int index, const std::string &name) {
    Grid grid;
    grid.kind = GridKind::Sheet;
    grid.index = index;
    grid.name = name;

    Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoEndOfUsedArea(false);
    const table::CellRangeAddress end =
        Reference<sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    // Row and column numbers stay absolute: locations name the user's real cells.
    // Score sheets and reports are a few hundred rows; a stray entry far below
    // (row 1,000,000) must not make a submission cost millions of cells.
    const sal_Int32 lastRow = std::min<sal_Int32>(end.EndRow, kMaxRows - 1);
    const sal_Int32 lastCol = std::min<sal_Int32>(end.EndColumn, kMaxCols - 1);
    Reference<table::XCellRange> range = sheet->getCellRangeByPosition(0, 0, lastCol, lastRow);
    // One call per sheet for values and one for formulas: per-cell calls over
    // the bridge would cost milliseconds per sheet.
    const Sequence<Sequence<uno::Any>> data =
        Reference<sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    const Sequence<Sequence<OUString>> formulas =
        Reference<sheet::XCellRangeFormula>(range, UNO_QUERY_THROW)->getFormulaArray();

    grid.rows.resize(static_cast<size_t>(data.getLength()));
    for (sal_Int32 r = 0; r < data.getLength(); ++r) {
        const Sequence<uno::Any> &row = data[r];
        auto &out = grid.rows[static_cast<size_t>(r)];
        out.resize(static_cast<size_t>(row.getLength()));
        for (sal_Int32 c = 0; c < row.getLength(); ++c) {
            Cell &cell = out[static_cast<size_t>(c)];
            double d = 0;
            OUString s;
            if (row[c] >>= d) {
                cell.number = d;
                // The text the clerk sees ("91.00", "1 ต.ค. 66"), for messages and digit
                // checks. The component runs inside the office, so this per-cell call is cheap.
                Reference<text::XTextRange> shown(sheet->getCellByPosition(c, r), UNO_QUERY);
                cell.text = shown.is() ? toStd(shown->getString()) : numberText(d);
                if (cell.text.empty() || cell.text.find('#') != std::string::npos) cell.text = numberText(d);
            } else if (row[c] >>= s) {
                cell.text = toStd(s);
            }
            if (r < formulas.getLength() && c < formulas[r].getLength())
                cell.isFormula = formulas[r][c].startsWith("=");
            // A formula that fails has no value in the data array: the clerk sees
            // its error ("#NAME?", "Err:502"), and so must the findings, instead
            // of an empty cell ("not filled in").
            if (cell.isFormula && !cell.number && cell.text.empty()) {
                Reference<text::XTextRange> shown(sheet->getCellByPosition(c, r), UNO_QUERY);
                if (shown.is()) cell.text = toStd(shown->getString());
            }
        }
    }
    return grid;
}

} // namespace

SourceDocument readCalcDocument(const Reference<uno::XInterface> &doc, const std::string &path,
                                const Progress &progress) {
    SourceDocument out;
    out.path = path;
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
    Reference<container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
    const sal_Int32 n = sheets->getCount();
    for (sal_Int32 i = 0; i < n; ++i) {
        Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name = toStd(Reference<container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (!isOwnSheet(name)) out.grids.push_back(readSheet(sheet, static_cast<int>(i), name));
        if (progress) progress(static_cast<int>(i) + 1, static_cast<int>(n));
    }
    return out;
}

} // namespace ita::lo
