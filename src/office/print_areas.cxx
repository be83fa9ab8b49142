#include "office/print_areas.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <algorithm>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::office {

ContentPrintAreas::ContentPrintAreas(const Reference<lang::XComponent> &doc) {
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY);
    if (!calc.is()) return;
    try {
        Reference<container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
        Reference<container::XIndexAccess> drawPages;
        if (Reference<drawing::XDrawPagesSupplier> s{doc, UNO_QUERY}; s.is())
            drawPages.set(s->getDrawPages(), UNO_QUERY);
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
            Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
            Reference<sheet::XPrintAreas> areas(sheet, UNO_QUERY_THROW);
            if (areas->getPrintAreas().hasElements()) continue; // the clerk's (or our) own choice
            // A chart or a picture prints where it lies, whatever the cells hold.
            if (drawPages.is() && i < drawPages->getCount()) {
                Reference<drawing::XDrawPage> page(drawPages->getByIndex(i), UNO_QUERY);
                if (page.is() && page->getCount() > 0) continue;
            }
            Reference<sheet::XUsedAreaCursor> cursor(sheet->createCursor(), UNO_QUERY_THROW);
            cursor->gotoStartOfUsedArea(false);
            cursor->gotoEndOfUsedArea(true);
            const table::CellRangeAddress used =
                Reference<sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
            const sal_Int16 content = sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                      sheet::CellFlags::STRING | sheet::CellFlags::FORMULA;
            const uno::Sequence<table::CellRangeAddress> filled =
                Reference<sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                    ->queryContentCells(content)
                    ->getRangeAddresses();
            if (!filled.hasElements()) continue; // an empty sheet prints nothing anyway
            sal_Int32 lastRow = 0;
            for (const auto &r : filled)
                lastRow = std::max(lastRow, r.EndRow);
            if (lastRow >= used.EndRow) continue;
            table::CellRangeAddress area = used;
            area.EndRow = lastRow;
            areas->setPrintAreas(uno::Sequence<table::CellRangeAddress>(&area, 1));
            changed_.push_back(areas);
        }
    } catch (const uno::Exception &) {
        // The PDF then holds what Calc prints by itself: more pages, nothing lost.
    }
}

ContentPrintAreas::~ContentPrintAreas() {
    for (const auto &areas : changed_) {
        try {
            areas->setPrintAreas(uno::Sequence<table::CellRangeAddress>());
        } catch (const uno::Exception &) {
        }
    }
}

} // namespace ita::office
