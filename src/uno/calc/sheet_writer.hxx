// Small helpers for the sheets this extension writes (report, analysis):
// cells, formats, column widths, page styles. Only for our own sheets and
// shapes; the user's cells are never written through these.
#pragma once

#include "uno/common/uno_strings.hxx"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XInterface.hpp>

#include <string>

namespace ita::lo {

// Comments we add start with this text; a comment that does not is the user's.
inline constexpr const char *kCommentMarker = "[ITA Tools]";

css::uno::Reference<css::sheet::XSpreadsheets> sheetsOf(const css::uno::Reference<css::uno::XInterface> &doc);
// The sheet at its place if it exists (existed = true), else a new one at the end.
css::uno::Reference<css::sheet::XSpreadsheet> sheetAtEnd(const css::uno::Reference<css::uno::XInterface> &doc,
                                                         const std::string &name, bool &existed);
// A brand-new sheet at the end, replacing one of that name.
css::uno::Reference<css::sheet::XSpreadsheet>
freshSheetAtEnd(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &name);
bool removeSheet(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &name);

// Number format key for a format code such as "0.00" (added when missing).
sal_Int32 numberFormat(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &code);

// Writes cells of our own sheets; columns and rows are 0-based.
class SheetWriter {
  public:
    SheetWriter(css::uno::Reference<css::sheet::XSpreadsheet> sheet) : sheet_(std::move(sheet)) {}
    css::uno::Reference<css::table::XCell> cell(int col, int row) const;
    css::uno::Reference<css::table::XCellRange> range(int col1, int row1, int col2, int row2) const;
    void text(int col, int row, const std::string &s) const;
    void number(int col, int row, double v, sal_Int32 format = -1) const;
    void formula(int col, int row, const std::string &f) const;
    void set(int col1, int row1, int col2, int row2, const char *prop, const css::uno::Any &v) const;
    void set(int col, int row, const char *prop, const css::uno::Any &v) const {
        set(col, row, col, row, prop, v);
    }
    void bold(int col1, int row1, int col2, int row2) const;
    void merge(int col1, int row1, int col2, int row2) const;
    void columnWidth(int col, sal_Int32 mm100) const;
    void rowHeight(int row, sal_Int32 mm100) const;
    void optimalRowHeights(int row1, int row2) const;
    const css::uno::Reference<css::sheet::XSpreadsheet> &sheet() const { return sheet_; }

  private:
    css::uno::Reference<css::sheet::XSpreadsheet> sheet_;
};

// A page style of that name (created when missing) for A4, the given orientation,
// fitted to one page wide and pagesHigh pages high (0: as many as needed); assigned to the sheet.
void usePageStyle(const css::uno::Reference<css::uno::XInterface> &doc,
                  const css::uno::Reference<css::sheet::XSpreadsheet> &sheet, const std::string &name,
                  bool landscape, int pagesHigh = 0);
// The Thai (complex-script) font of the sheets we write: Tahoma, Thai-capable on every
// Windows (fontconfig maps it to Loma on Linux), and Thai as the complex-script
// language. Calc then measures row heights with the font that really draws the Thai.
void useThaiFont(const SheetWriter &w, int lastCol, int lastRow);

// 10 pt Liberation Sans / Tahoma, set rather than inherited, for sheets whose
// columns have fixed widths: a workbook made from our template has TH SarabunPSK
// 16 pt as its Default style, which on Debian renders half again as wide and cut
// names and statuses off in the analysis sheet.
void useBaseFontSize(const SheetWriter &w, int lastCol, int lastRow);

// Thin grey grid lines around and inside a block of cells (report and analysis tables).
void frame(const SheetWriter &w, int col1, int row1, int col2, int row2);

// Row heights that fit the text, for rows firstRow..lastRow, columns 0..lastCol.
// Calc's optimal height ignores merged cells and, for unwrapped Thai-only text,
// uses metrics that cut fonts such as Loma; each text is measured wrapped in the
// scratch column (as wide as the cell or its merged area), and the row fixed at
// the tallest. The scratch column is left empty and at Calc's default width.
void fitRowHeights(const SheetWriter &w, int firstRow, int lastRow, int lastCol, int scratchCol);
// Removes the page style when no sheet uses it any more.
void dropPageStyleIfUnused(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &name);

// 'Sheet name' with embedded apostrophes doubled, for formulas and jump targets.
std::string quotedSheetName(const std::string &name);
// A text as a formula string literal: "…" with embedded quotes doubled.
std::string formulaString(const std::string &s);

} // namespace ita::lo
