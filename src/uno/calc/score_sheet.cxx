#include "uno/calc/score_sheet.hxx"
#include "uno/calc/score_sheet_template.hxx"

#include "uno/common/extension_package.hxx"
#include "uno/common/ui_feedback.hxx"
#include "uno/common/uno_errors.hxx"
#include "uno/common/uno_strings.hxx"

#include "core/model/fiscal_year.hpp"
#include "core/text/messages.hpp"
#include "core/text/thai_text.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <optional>
#include <string>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

namespace {

// The bundled template (templates/ita-score-sheet.fods in the sources); its words
// are in score_sheet_template.hxx.
constexpr char kTemplatePath[] = "/templates/ITA/ita-score-sheet.ots";
using namespace score_template;
constexpr sal_Int32 kScanRows = 60, kScanCols = 8;

std::string noFrameworkMessage(int year) {
    return msg::th("ui.noFramework", {{"year", std::to_string(year)}});
}

// A runtime-built dialog (no .xdl to package): a combo box of the years that
// have a framework, in which another year may also be typed.
std::optional<int> askFiscalYear(const Reference<uno::XComponentContext> &ctx,
                                 const Reference<frame::XFrame> &frame, const std::vector<int> &years,
                                 int proposed) {
    Reference<lang::XMultiServiceFactory> factory(
        ctx->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", ctx),
        UNO_QUERY_THROW);
    Reference<beans::XPropertySet> dlg(factory, UNO_QUERY_THROW);
    dlg->setPropertyValue("Title", Any(toOU(msg::th("scoreSheet.title"))));
    dlg->setPropertyValue("Width", Any(sal_Int32(170)));
    dlg->setPropertyValue("Height", Any(sal_Int32(62)));
    dlg->setPropertyValue("PositionX", Any(sal_Int32(100)));
    dlg->setPropertyValue("PositionY", Any(sal_Int32(80)));
    Reference<container::XNameContainer> models(factory, UNO_QUERY_THROW);

    auto add = [&](const char *service, const char *name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                   sal_Int32 h) {
        Reference<beans::XPropertySet> m(factory->createInstance(OUString::createFromAscii(service)),
                                         UNO_QUERY_THROW);
        m->setPropertyValue("PositionX", Any(x));
        m->setPropertyValue("PositionY", Any(y));
        m->setPropertyValue("Width", Any(w));
        m->setPropertyValue("Height", Any(h));
        models->insertByName(OUString::createFromAscii(name), Any(m));
        return m;
    };
    auto label = add("com.sun.star.awt.UnoControlFixedTextModel", "label", 8, 6, 154, 12);
    const std::string known =
        years.empty() ? std::string()
                      : std::to_string(years.front()) +
                            (years.size() > 1 ? "–" + std::to_string(years.back()) : std::string());
    label->setPropertyValue("Label",
                            Any(toOU(known.empty() ? msg::th("scoreSheet.year")
                                                   : msg::th("scoreSheet.yearKnown", {{"years", known}}))));
    auto combo = add("com.sun.star.awt.UnoControlComboBoxModel", "year", 8, 20, 80, 13);
    uno::Sequence<OUString> items(static_cast<sal_Int32>(years.size()));
    for (size_t i = 0; i < years.size(); ++i)
        items[static_cast<sal_Int32>(i)] = toOU(std::to_string(years[years.size() - 1 - i]));
    combo->setPropertyValue("StringItemList", Any(items));
    combo->setPropertyValue("Dropdown", Any(true));
    combo->setPropertyValue("Text", Any(toOU(std::to_string(proposed))));
    auto ok = add("com.sun.star.awt.UnoControlButtonModel", "ok", 60, 42, 50, 14);
    ok->setPropertyValue("Label", Any(toOU(msg::th("ui.ok"))));
    ok->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", Any(true));
    auto cancel = add("com.sun.star.awt.UnoControlButtonModel", "cancel", 114, 42, 50, 14);
    cancel->setPropertyValue("Label", Any(toOU(msg::th("ui.cancel"))));
    cancel->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_CANCEL)));

    Reference<awt::XControl> control(
        ctx->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", ctx),
        UNO_QUERY_THROW);
    control->setModel(Reference<awt::XControlModel>(factory, UNO_QUERY_THROW));
    Reference<awt::XWindowPeer> parent;
    if (frame.is()) parent.set(frame->getContainerWindow(), UNO_QUERY);
    control->createPeer(Reference<awt::XToolkit>(awt::Toolkit::create(ctx), UNO_QUERY_THROW), parent);
    Reference<awt::XDialog> dialog(control, UNO_QUERY_THROW);
    const sal_Int16 result = dialog->execute();
    Reference<awt::XTextComponent> text(
        Reference<awt::XControlContainer>(control, UNO_QUERY_THROW)->getControl("year"), UNO_QUERY_THROW);
    const std::string typed = toStd(text->getText().trim());
    Reference<lang::XComponent>(control, UNO_QUERY_THROW)->dispose();
    if (result != 1) return std::nullopt;
    const auto number = thai::parseNumber(typed);
    if (!number || *number != static_cast<double>(static_cast<int>(*number))) return 0; // not a year
    return static_cast<int>(*number);
}

std::string templateUrl(const Reference<uno::XComponentContext> &ctx) {
    const OUString location = extensionLocation(ctx);
    if (location.isEmpty()) throw uno::RuntimeException("ITA Tools is not installed: no template folder");
    return toStd(location) + kTemplatePath;
}

std::string cellText(const Reference<sheet::XSpreadsheet> &sheet, sal_Int32 col, sal_Int32 row) {
    Reference<text::XTextRange> t(sheet->getCellByPosition(col, row), UNO_QUERY_THROW);
    return toStd(t->getString().trim());
}

struct Layout {
    sal_Int32 yearRow = -1, yearCol = -1;
    sal_Int32 firstFieldRow = -1; // the row of "หน่วยงาน", whose value is in the year's column
    sal_Int32 headerRow = -1, numberCol = -1, nameCol = -1, toolCol = -1;
    std::vector<sal_Int32> indicatorRows; // in order 1..n
};

Layout findLayout(const Reference<sheet::XSpreadsheet> &sheet) {
    Layout l;
    for (sal_Int32 r = 0; r < kScanRows; ++r)
        for (sal_Int32 c = 0; c < kScanCols; ++c) {
            const std::string t = cellText(sheet, c, r);
            if (l.yearRow < 0 && t.rfind(kYearLabel, 0) == 0 && t.size() < 40) {
                // the year is the first filled cell to the right of its label
                for (sal_Int32 v = c + 1; v < kScanCols && l.yearRow < 0; ++v)
                    if (sheet->getCellByPosition(v, r)->getType() != table::CellContentType_EMPTY) {
                        l.yearRow = r;
                        l.yearCol = v;
                    }
            }
            if (l.firstFieldRow < 0 && t == kAgencyLabel) l.firstFieldRow = r;
            if (l.headerRow < 0 && t == kNumberHeader) {
                l.headerRow = r;
                l.numberCol = c;
                for (sal_Int32 h = c + 1; h < kScanCols; ++h) {
                    const std::string head = cellText(sheet, h, r);
                    if (head == kNameHeader) l.nameCol = h;
                    if (head == kToolHeader) l.toolCol = h;
                }
            }
        }
    if (l.headerRow < 0 || l.nameCol < 0 || l.toolCol < 0 || l.yearRow < 0)
        throw uno::RuntimeException("the score-sheet template lacks its year cell or indicator table");
    for (sal_Int32 r = l.headerRow + 1; r < kScanRows; ++r) {
        Reference<table::XCell> cell = sheet->getCellByPosition(l.numberCol, r);
        if (cell->getType() != table::CellContentType_VALUE) break;
        l.indicatorRows.push_back(r);
    }
    return l;
}

// Fits the indicator rows to the framework: names and tools, and as many rows
// as it has indicators. Rows are inserted before the last indicator row (or
// removed from there) so that formulas over the score column stretch with them.
void fitIndicators(const Reference<sheet::XSpreadsheet> &sheet, Layout &l, const Framework &fw) {
    const auto want = static_cast<sal_Int32>(fw.indicators.size());
    auto have = static_cast<sal_Int32>(l.indicatorRows.size());
    if (have < 2) throw uno::RuntimeException("the score-sheet template has no indicator rows");
    Reference<table::XTableRows> rows(Reference<table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows(),
                                      UNO_QUERY_THROW);
    if (want != have) {
        const sal_Int32 last = l.indicatorRows.back();
        if (want > have) {
            rows->insertByIndex(last, want - have);
            // the inserted rows take the format of the row above: copy the last full row into them
            Reference<sheet::XCellRangeMovement> move(sheet, UNO_QUERY_THROW);
            const sal_Int16 sheetIndex =
                Reference<sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
            for (sal_Int32 r = last; r < last + want - have; ++r) {
                table::CellRangeAddress src;
                src.Sheet = sheetIndex;
                src.StartColumn = 0;
                src.EndColumn = kScanCols - 1;
                src.StartRow = src.EndRow = last - 1;
                table::CellAddress dst;
                dst.Sheet = src.Sheet;
                dst.Column = 0;
                dst.Row = r;
                move->copyRange(dst, src);
            }
        } else {
            rows->removeByIndex(last - (have - want), have - want);
        }
        // the formulas count the scores they need
        const OUString oldCount = "=" + OUString::number(have) + ";",
                       newCount = "=" + OUString::number(want) + ";";
        for (sal_Int32 r = 0; r < kScanRows; ++r)
            for (sal_Int32 c = 0; c < kScanCols; ++c) {
                Reference<table::XCell> cell = sheet->getCellByPosition(c, r);
                if (cell->getType() != table::CellContentType_FORMULA) continue;
                OUString f = cell->getFormula();
                if (f.indexOf(oldCount) >= 0) cell->setFormula(f.replaceAll(oldCount, newCount));
            }
        l.indicatorRows.clear();
        for (sal_Int32 i = 0; i < want; ++i)
            l.indicatorRows.push_back(l.headerRow + 1 + i);
        have = want;
    }
    for (sal_Int32 i = 0; i < want; ++i) {
        const IndicatorDef &ind = fw.indicators[static_cast<size_t>(i)];
        const sal_Int32 r = l.indicatorRows[static_cast<size_t>(i)];
        sheet->getCellByPosition(l.numberCol, r)->setValue(ind.number);
        Reference<text::XTextRange>(sheet->getCellByPosition(l.nameCol, r), UNO_QUERY_THROW)
            ->setString(toOU(ind.nameTh));
        const ToolDef *tool = fw.toolOf(ind.number);
        Reference<text::XTextRange>(sheet->getCellByPosition(l.toolCol, r), UNO_QUERY_THROW)
            ->setString(toOU(tool ? tool->code : ind.tool));
    }
}

} // namespace

std::string newScoreSheet(const Reference<uno::XComponentContext> &ctx, const Reference<frame::XFrame> &frame,
                          const CallOptions &options, bool silent) {
    const FrameworkRegistry registry = loadFrameworks(ctx, options.frameworksDir);
    int year = options.fiscalYear.value_or(currentFiscalYearBE());
    if (!options.fiscalYear && !silent) {
        // Asked until the clerk picks a year that has a framework, or cancels.
        for (;;) {
            const std::optional<int> chosen = askFiscalYear(ctx, frame, registry.years(), year);
            if (!chosen) return {};
            if (*chosen > 0 && registry.find(*chosen)) {
                year = *chosen;
                break;
            }
            showMessage(ctx, frame, BoxKind::Error, "ITA Tools",
                        *chosen > 0 ? noFrameworkMessage(*chosen)
                                    : msg::th("scoreSheet.askYear", {{"example", std::to_string(year)}}));
        }
    }
    const Framework *fw = registry.find(year);
    if (!fw) throwIllegalArgument(noFrameworkMessage(year));

    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "AsTemplate"; // an untitled copy: the template itself is never opened for editing
    args[0].Value <<= true;
    Reference<lang::XComponent> doc = loader->loadComponentFromURL(toOU(templateUrl(ctx)), "_blank", 0, args);
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY);
    if (!calc.is()) throw uno::RuntimeException("the score-sheet template could not be opened");
    try {
        Reference<sheet::XSpreadsheet> sheet(calc->getSheets()->getByName(toOU(kSheet)), UNO_QUERY_THROW);
        Layout layout = findLayout(sheet);
        fitIndicators(sheet, layout, *fw);
        sheet->getCellByPosition(layout.yearCol, layout.yearRow)->setValue(year);
        // Nothing to undo back to: the document starts as this year's sheet.
        Reference<document::XUndoManagerSupplier> undo(doc, UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->clear();
        Reference<util::XModifiable> modifiable(doc, UNO_QUERY);
        if (modifiable.is()) modifiable->setModified(false);
        // the clerk starts typing at the first field of the agency block
        Reference<frame::XController> controller =
            Reference<frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController();
        Reference<view::XSelectionSupplier> selection(controller, UNO_QUERY);
        if (selection.is() && layout.firstFieldRow >= 0)
            selection->select(Any(sheet->getCellByPosition(layout.yearCol, layout.firstFieldRow)));
    } catch (...) {
        // no half-made document left open
        Reference<util::XCloseable> closeable(doc, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            doc->dispose();
        throw;
    }
    Reference<frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<frame::XTitle> title(model, UNO_QUERY);
    if (title.is()) return toStd(title->getTitle());
    return toStd(model->getURL());
}

} // namespace ita::lo
