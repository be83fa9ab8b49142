#include "uno/calc/copy_cleaning.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/document/XEmbeddedScripts.hpp>
#include <com/sun/star/document/XEventsSupplier.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/script/XLibraryContainer.hpp>
#include <com/sun/star/sheet/SheetLinkMode.hpp>
#include <com/sun/star/sheet/XAreaLinks.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetLinkable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace ita::lo {

namespace {

int emptyLibraries(const Reference<script::XLibraryContainer> &libs) {
    if (!libs.is()) return 0;
    int removed = 0;
    for (const OUString &name : libs->getElementNames()) {
        try {
            if (!libs->isLibraryLoaded(name)) libs->loadLibrary(name);
            Reference<container::XNameContainer> lib(libs->getByName(name), UNO_QUERY);
            if (lib.is())
                for (const OUString &module : lib->getElementNames()) {
                    lib->removeByName(module);
                    ++removed;
                }
            if (name != "Standard") libs->removeLibrary(name);
        } catch (const uno::Exception &) {
            // a library that cannot be read cannot run either; it goes with the next save
        }
    }
    return removed;
}

int unbindEvents(const Reference<uno::XInterface> &doc) {
    Reference<document::XEventsSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return 0;
    Reference<container::XNameReplace> events = supplier->getEvents();
    int removed = 0;
    for (const OUString &name : events->getElementNames()) {
        Sequence<beans::PropertyValue> binding;
        if (!(events->getByName(name) >>= binding) || !binding.hasElements()) continue;
        events->replaceByName(name, Any(Sequence<beans::PropertyValue>()));
        ++removed;
    }
    return removed;
}

// Formulas that read another file ('file:///…'#$Sheet1.A1, WEBSERVICE,
// DDE): the copy keeps the value shown, so it reads the same on any PC.
int freezeExternalFormulas(const Reference<sheet::XSpreadsheet> &sheet) {
    Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const table::CellRangeAddress end =
        Reference<sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    const Sequence<Sequence<OUString>> formulas =
        Reference<sheet::XCellRangeFormula>(sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow),
                                            UNO_QUERY_THROW)
            ->getFormulaArray();
    int frozen = 0;
    for (sal_Int32 r = 0; r < formulas.getLength(); ++r)
        for (sal_Int32 c = 0; c < formulas[r].getLength(); ++c) {
            const OUString &f = formulas[r][c];
            if (!f.startsWith("=")) continue;
            const OUString upper = f.toAsciiUpperCase();
            if (upper.indexOf("'FILE:") < 0 && upper.indexOf("WEBSERVICE(") < 0 &&
                upper.indexOf("DDE(") < 0 && upper.indexOf("FILTERXML(") < 0)
                continue;
            Reference<table::XCell> cell = sheet->getCellByPosition(c, r);
            if (cell->getType() == table::CellContentType_FORMULA && cell->getError() == 0) {
                const double v = cell->getValue();
                const OUString shown = Reference<text::XTextRange>(cell, UNO_QUERY_THROW)->getString();
                if (shown.isEmpty() || v != 0 || shown == "0")
                    cell->setValue(v);
                else
                    Reference<text::XTextRange>(cell, UNO_QUERY_THROW)->setString(shown);
            } else {
                Reference<text::XTextRange> text(cell, UNO_QUERY_THROW);
                text->setString(text->getString());
            }
            ++frozen;
        }
    return frozen;
}

// OLE objects that show another file (Insert > OLE Object > From file, linked):
// removed from the copy, which would otherwise open that file wherever it is read.
int removeLinkedObjects(const Reference<sheet::XSpreadsheet> &sheet) {
    Reference<drawing::XDrawPageSupplier> supplier(sheet, UNO_QUERY);
    if (!supplier.is()) return 0;
    Reference<drawing::XShapes> shapes(supplier->getDrawPage(), UNO_QUERY);
    if (!shapes.is()) return 0;
    int removed = 0;
    for (sal_Int32 i = shapes->getCount() - 1; i >= 0; --i) {
        Reference<drawing::XShape> shape(shapes->getByIndex(i), UNO_QUERY);
        Reference<lang::XServiceInfo> info(shape, UNO_QUERY);
        Reference<beans::XPropertySet> props(shape, UNO_QUERY);
        if (!info.is() || !props.is() || !info->supportsService("com.sun.star.drawing.OLE2Shape")) continue;
        OUString link;
        try {
            props->getPropertyValue("LinkURL") >>= link;
        } catch (const uno::Exception &) {
            continue; // no link property: an embedded object, kept
        }
        if (link.isEmpty()) continue;
        shapes->remove(shape);
        ++removed;
    }
    return removed;
}

} // namespace

CleanedCopy cleanCopy(const Reference<uno::XInterface> &doc) {
    CleanedCopy out;
    Reference<document::XEmbeddedScripts> scripts(doc, UNO_QUERY);
    if (scripts.is()) {
        out.macroModules +=
            emptyLibraries(Reference<script::XLibraryContainer>(scripts->getBasicLibraries(), UNO_QUERY));
        out.macroModules +=
            emptyLibraries(Reference<script::XLibraryContainer>(scripts->getDialogLibraries(), UNO_QUERY));
    }
    out.macroModules += unbindEvents(doc);

    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY);
    if (!calc.is()) return out;
    Reference<beans::XPropertySet> props(doc, UNO_QUERY);
    if (props.is()) {
        try {
            Reference<sheet::XAreaLinks> areas(props->getPropertyValue("AreaLinks"), UNO_QUERY);
            // removing an area link keeps the cells it filled
            for (sal_Int32 i = areas.is() ? areas->getCount() - 1 : -1; i >= 0; --i) {
                areas->removeByIndex(i);
                ++out.links;
            }
        } catch (const uno::Exception &) {
        }
    }
    Reference<container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY);
        if (!sheet.is()) continue;
        Reference<sheet::XSheetLinkable> linkable(sheet, UNO_QUERY);
        if (linkable.is() && linkable->getLinkMode() != sheet::SheetLinkMode_NONE) {
            // The sheet keeps its data. Not setLinkMode(NONE): it runs the office's
            // type detection on the linked URL, which opens (or downloads) that file;
            // link() with a filter name given detects nothing.
            linkable->link(OUString(), OUString(), "calc8", OUString(), sheet::SheetLinkMode_NONE);
            ++out.links;
        }
        out.links += removeLinkedObjects(sheet);
        out.links += freezeExternalFormulas(sheet);
    }
    return out;
}

} // namespace ita::lo
