#include "uno/calc/calc_marks.hxx"

#include "uno/calc/own_sheets.hxx"
#include "uno/calc/sheet_writer.hxx"
#include "uno/common/uno_strings.hxx"

#include "core/report/cell_findings.hpp"
#include "core/text/messages.hpp"
#include "core/text/thai_text.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/UndoFailedException.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

namespace {

constexpr sal_Int32 kErrorColor = 0xD00000;
constexpr sal_Int32 kWarningColor = 0xF08000;
constexpr sal_Int32 kPassColor = 0x006000;
constexpr sal_Int32 kLineWidth = 60; // 0.6 mm: visible on screen and in print, thin enough not to hide digits
// The shape's description says whether the comment at its cell is ours.
constexpr const char *kCommentAdded = "ITA-comment: added";
constexpr const char *kCommentKept = "ITA-comment: not added, the cell has the user's comment";

std::string commentText(const CellFindings &m) {
    std::string t = kCommentMarker;
    for (const Finding *f : m.findings)
        t += "\n" + findingNote(*f);
    return t;
}

Reference<sheet::XSpreadsheet> sheetByName(const Reference<uno::XInterface> &doc, const std::string &name,
                                           int index) {
    Reference<sheet::XSpreadsheets> sheets = sheetsOf(doc);
    if (!name.empty() && sheets->hasByName(toOU(name)))
        return Reference<sheet::XSpreadsheet>(sheets->getByName(toOU(name)), UNO_QUERY_THROW);
    Reference<container::XIndexAccess> idx(sheets, UNO_QUERY_THROW);
    if (index >= 0 && index < idx->getCount())
        return Reference<sheet::XSpreadsheet>(idx->getByIndex(index), UNO_QUERY_THROW);
    return nullptr;
}

// Cells that already carry a comment: they are the user's (ours were just removed).
std::set<std::pair<int, int>> commentedCells(const Reference<sheet::XSpreadsheet> &sheet) {
    std::set<std::pair<int, int>> cells;
    Reference<sheet::XSheetAnnotationsSupplier> sup(sheet, UNO_QUERY);
    if (!sup.is()) return cells;
    Reference<container::XIndexAccess> notes(sup->getAnnotations(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < notes->getCount(); ++i) {
        Reference<sheet::XSheetAnnotation> note(notes->getByIndex(i), UNO_QUERY);
        if (!note.is()) continue;
        const table::CellAddress a = note->getPosition();
        cells.emplace(a.Row, a.Column);
    }
    return cells;
}

// Everything needed to draw one outline again (undo of clear, redo of validate).
struct OutlineSpec {
    std::string sheet, name, title, description;
    int col = -1, row = -1; // the anchor cell
    sal_Int32 color = kErrorColor;
    awt::Point pos; // used when the anchor cell is unknown
    awt::Size size;
};

OutlineSpec outlineFor(const CellFindings &m, bool commentAdded) {
    OutlineSpec o;
    o.sheet = m.sheetName;
    o.col = m.col;
    o.row = m.row;
    o.color = m.hasError() ? kErrorColor : kWarningColor;
    o.name = std::string(kMarkPrefix) + m.codes() + ":" + m.cellRef();
    for (const Finding *f : m.findings) {
        if (!o.title.empty()) o.title += ", ";
        o.title += f->code + " " + severityText(f->severity);
        o.description += findingNote(*f) + "\n";
    }
    o.description += commentAdded ? kCommentAdded : kCommentKept;
    return o;
}

Reference<drawing::XShapes> drawPage(const Reference<sheet::XSpreadsheet> &sheet) {
    Reference<drawing::XDrawPageSupplier> sup(sheet, UNO_QUERY_THROW);
    return Reference<drawing::XShapes>(sup->getDrawPage(), UNO_QUERY_THROW);
}

void drawOutline(const Reference<uno::XInterface> &doc, const OutlineSpec &o) {
    Reference<sheet::XSpreadsheet> sheet = sheetByName(doc, o.sheet, -1);
    if (!sheet.is()) return;
    Reference<table::XCell> cell;
    awt::Point pos = o.pos;
    awt::Size size = o.size;
    if (o.col >= 0 && o.row >= 0) {
        cell = sheet->getCellByPosition(o.col, o.row);
        Reference<beans::XPropertySet> cellProps(cell, UNO_QUERY_THROW);
        cellProps->getPropertyValue("Position") >>= pos;
        cellProps->getPropertyValue("Size") >>= size;
    }
    Reference<lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<drawing::XShape> shape(factory->createInstance("com.sun.star.drawing.RectangleShape"),
                                     UNO_QUERY_THROW);
    drawPage(sheet)->add(shape);
    Reference<beans::XPropertySet> props(shape, UNO_QUERY_THROW);
    props->setPropertyValue("FillStyle", Any(drawing::FillStyle_NONE));
    props->setPropertyValue("LineStyle", Any(drawing::LineStyle_SOLID));
    props->setPropertyValue("LineWidth", Any(kLineWidth));
    props->setPropertyValue("LineColor", Any(o.color));
    shape->setPosition(pos);
    shape->setSize(size);
    Reference<container::XNamed>(shape, UNO_QUERY_THROW)->setName(toOU(o.name));
    props->setPropertyValue("Title", Any(toOU(o.title)));
    props->setPropertyValue("Description", Any(toOU(o.description)));
    // Anchoring comes last: any change to a cell-anchored shape on a sheet other than
    // the first (its size, even its name) makes LibreOffice 7.4 loop forever when the
    // document is saved, writing an endless temporary file.
    if (cell.is()) {
        // Anchored to the cell, so that sorting or inserting rows keeps the mark on its cell.
        props->setPropertyValue("Anchor", Any(cell));
        props->setPropertyValue("ResizeWithCell", Any(true));
    }
}

// Removes our outlines from every sheet and returns them, so that undo can draw them again.
std::vector<OutlineSpec> eraseOutlines(const Reference<uno::XInterface> &doc,
                                       const std::set<std::string> *only = nullptr) {
    std::vector<OutlineSpec> removed;
    Reference<container::XIndexAccess> sheets(sheetsOf(doc), UNO_QUERY_THROW);
    const OUString prefix = OUString::createFromAscii(kMarkPrefix);
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s) {
        Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(s), UNO_QUERY_THROW);
        const std::string sheetName = toStd(Reference<container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        Reference<drawing::XShapes> page = drawPage(sheet);
        for (sal_Int32 i = page->getCount() - 1; i >= 0; --i) {
            Reference<drawing::XShape> shape(page->getByIndex(i), UNO_QUERY);
            Reference<container::XNamed> named(shape, UNO_QUERY);
            if (!named.is() || !named->getName().startsWith(prefix)) continue;
            OutlineSpec o;
            o.sheet = sheetName;
            o.name = toStd(named->getName());
            if (only && !only->count(sheetName + "\n" + o.name)) continue;
            Reference<beans::XPropertySet> props(shape, UNO_QUERY);
            if (props.is()) {
                OUString t, d;
                props->getPropertyValue("Title") >>= t;
                props->getPropertyValue("Description") >>= d;
                o.title = toStd(t);
                o.description = toStd(d);
                props->getPropertyValue("LineColor") >>= o.color;
                Reference<sheet::XCellAddressable> anchor(props->getPropertyValue("Anchor"), UNO_QUERY);
                if (anchor.is()) {
                    o.col = anchor->getCellAddress().Column;
                    o.row = anchor->getCellAddress().Row;
                }
            }
            o.pos = shape->getPosition();
            o.size = shape->getSize();
            page->remove(shape);
            removed.push_back(o);
        }
    }
    return removed;
}

Reference<document::XUndoManager> undoManager(const Reference<uno::XInterface> &doc) {
    Reference<document::XUndoManagerSupplier> sup(doc, UNO_QUERY);
    return sup.is() ? sup->getUndoManager() : nullptr;
}

// Calc records no undo for shapes added or removed through the API, and the string
// attributes it does record (name, title, description) crash LibreOffice 7.4 when
// undone after a sheet insertion. So drawing happens with recording off and this
// action undoes and redoes the outlines; comments and the report sheet are
// recorded by Calc itself in the same undo step.
class OutlinesUndo : public cppu::WeakImplHelper1<document::XUndoAction> {
  public:
    OutlinesUndo(const Reference<uno::XInterface> &doc, std::vector<OutlineSpec> removed,
                 std::vector<OutlineSpec> added)
        : doc_(doc), removed_(std::move(removed)), added_(std::move(added)) {}
    OUString SAL_CALL getTitle() override { return toOU(msg::th("report.undoMarks")); }
    void SAL_CALL undo() override { swap(added_, removed_); }
    void SAL_CALL redo() override { swap(removed_, added_); }

  private:
    // The undo manager records nothing while it undoes or redoes.
    void swap(const std::vector<OutlineSpec> &drop, const std::vector<OutlineSpec> &draw) {
        Reference<uno::XInterface> doc(doc_);
        if (!doc.is()) throw document::UndoFailedException("the document is gone", nullptr, uno::Any());
        std::set<std::string> names;
        for (const OutlineSpec &o : drop)
            names.insert(o.sheet + "\n" + o.name);
        eraseOutlines(doc, &names);
        for (const OutlineSpec &o : draw)
            drawOutline(doc, o);
    }
    uno::WeakReference<uno::XInterface> doc_;
    std::vector<OutlineSpec> removed_, added_;
};

// Turns undo recording off for a while (nests; always turned back on).
class NoUndoRecording {
  public:
    explicit NoUndoRecording(Reference<document::XUndoManager> m) : m_(std::move(m)) {
        if (m_.is()) m_->lock();
    }
    ~NoUndoRecording() {
        try {
            if (m_.is()) m_->unlock();
        } catch (const uno::Exception &) {
        }
    }

  private:
    Reference<document::XUndoManager> m_;
};

void recordOutlines(const Reference<uno::XInterface> &doc, const Reference<document::XUndoManager> &undo,
                    std::vector<OutlineSpec> removed, std::vector<OutlineSpec> added) {
    if (!undo.is() || (removed.empty() && added.empty())) return;
    undo->addUndoAction(new OutlinesUndo(doc, std::move(removed), std::move(added)));
}

void addComment(const Reference<sheet::XSpreadsheet> &sheet, const CellFindings &m) {
    Reference<table::XCell> cell = sheet->getCellByPosition(m.col, m.row);
    const table::CellAddress address =
        Reference<sheet::XCellAddressable>(cell, UNO_QUERY_THROW)->getCellAddress();
    Reference<sheet::XSheetAnnotationsSupplier> sup(sheet, UNO_QUERY_THROW);
    sup->getAnnotations()->insertNew(address, toOU(commentText(m)));
}

// A score or total as the report prints it: two decimals, "-" when there is none.
std::string scoreOrDash(const std::optional<double> &v) {
    return v ? thai::formatFixed(*v, 2, false) : std::string("-");
}

void writeReportSheet(const Reference<uno::XInterface> &doc, const ValidationReport &report,
                      const std::vector<std::string> &notes) {
    Reference<sheet::XSpreadsheet> sheet = freshSheetAtEnd(doc, reportSheetName());
    const SheetWriter w(sheet);
    enum { cCode, cSeverity, cWhere, cMessage, cExpected, cFound, cLast = cFound };
    const sal_Int32 widths[] = {2000, 2900, 5000, 10600, 3000, 2600};
    for (int c = 0; c <= cLast; ++c)
        w.columnWidth(c, widths[c]);
    useThaiFont(w, cLast, 10 + static_cast<int>(report.findings.size()));

    int row = 0;
    const std::string file = report.path.empty() ? msg::th("report.unsaved") : report.path;
    w.text(0, row, msg::th("ui.report.title") + " — " + msg::th("ui.report.file") + " " + file);
    w.bold(0, row, 0, row);
    w.set(0, row, "CharHeight", Any(float(14)));
    w.set(0, row, "CharHeightComplex", Any(float(16)));
    ++row;
    w.text(0, row++,
           report.fiscalYear ? msg::th("report.year", {{"year", std::to_string(*report.fiscalYear)}})
                             : msg::th("report.noYear"));
    if (!report.checked.scores && !report.statedTotal && report.statedRating.empty()) {
        // Nothing to compare (a measures plan): "total - / rating -" would read as a check that
        // found blanks; say that no score table was found, as `ita validate` does.
        w.text(0, row++, msg::th("report.noScores", {{"measures", std::to_string(report.checked.measures)}}));
    } else {
        w.text(0, row++,
               msg::th("report.totals", {{"stated", scoreOrDash(report.statedTotal)},
                                         {"computed", scoreOrDash(report.computedTotal)}}));
        w.text(0, row++,
               msg::th("report.ratings",
                       {{"stated", report.statedRating.empty() ? "-" : report.statedRating},
                        {"computed", report.computedRating.empty() ? "-" : report.computedRating}}));
    }
    const std::string summary =
        report.findings.empty() ? msg::th(report.checked.scores ? "ui.noFindings" : "ui.noFindingsNoScores")
                                : msg::th("ui.summary", {{"errors", std::to_string(report.errors())},
                                                         {"warnings", std::to_string(report.warnings())}});
    w.text(0, row, summary);
    w.bold(0, row, 0, row);
    // Green only for a pass: a document whose scores were not checked (a measures plan) is no
    // pass even without findings, so its line takes the warning colour.
    w.set(0, row, "CharColor",
          Any(report.errors()                               ? kErrorColor
              : report.warnings() || !report.checked.scores ? kWarningColor
                                                            : kPassColor));
    ++row;
    for (const std::string &note : notes)
        w.text(0, row++, note);
    w.optimalRowHeights(0, row - 1);

    if (!report.findings.empty()) {
        ++row;
        const int header = row;
        const char *keys[] = {"ui.report.code",    "ui.report.severity", "ui.report.where",
                              "ui.report.message", "ui.report.expected", "ui.report.found"};
        for (int c = 0; c <= cLast; ++c)
            w.text(c, row, msg::th(keys[c]));
        w.bold(0, row, cLast, row);
        w.set(0, row, cLast, row, "CellBackColor", Any(sal_Int32(0xDDE4EE)));
        ++row;
        for (const Finding &f : report.findings) {
            w.text(cCode, row, f.code);
            w.text(cSeverity, row, severityText(f.severity));
            w.set(cSeverity, row, "CharColor",
                  Any(f.severity == Severity::Error ? kErrorColor : kWarningColor));
            if (!f.locations.empty()) {
                const Location &l = f.locations.front();
                if (!l.isParagraph() && l.kind == GridKind::Sheet && l.row >= 0 && l.col >= 0) {
                    // A jump inside the document: "#'Sheet'.B7".
                    const std::string target = "#" + quotedSheetName(l.gridName) + "." + l.cellRef();
                    w.formula(cWhere, row,
                              "=HYPERLINK(" + formulaString(target) + ";" + formulaString(l.where()) + ")");
                } else {
                    w.text(cWhere, row, l.where());
                }
            }
            w.text(cMessage, row, f.messageTh);
            w.text(cExpected, row, f.expected);
            w.text(cFound, row, f.found);
            ++row;
        }
        w.set(0, header, cLast, row - 1, "IsTextWrapped", Any(true));
        w.set(0, header, cLast, row - 1, "VertJustify", Any(sal_Int32(table::CellVertJustify2::TOP)));
        frame(w, 0, header, cLast, row - 1);
        w.optimalRowHeights(header, row - 1);
    }
    usePageStyle(doc, sheet, reportPageStyle(), true);
}

} // namespace

namespace {

// Removes our comments (the ones that start with the marker: a user's comment at a
// marked cell was never replaced, and one the user wrote since is not ours).
void eraseComments(const Reference<uno::XInterface> &doc) {
    Reference<container::XIndexAccess> sheets(sheetsOf(doc), UNO_QUERY_THROW);
    const OUString marker = toOU(kCommentMarker);
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s) {
        Reference<sheet::XSheetAnnotationsSupplier> noteSup(sheets->getByIndex(s), UNO_QUERY_THROW);
        Reference<sheet::XSheetAnnotations> notes = noteSup->getAnnotations();
        for (sal_Int32 i = notes->getCount() - 1; i >= 0; --i) {
            Reference<text::XTextRange> text(notes->getByIndex(i), UNO_QUERY);
            if (text.is() && text->getString().startsWith(marker)) notes->removeByIndex(i);
        }
    }
}

std::vector<OutlineSpec> eraseMarks(const Reference<uno::XInterface> &doc,
                                    const Reference<document::XUndoManager> &undo) {
    std::vector<OutlineSpec> removed;
    {
        NoUndoRecording off(undo);
        removed = eraseOutlines(doc);
    }
    eraseComments(doc);
    removeSheet(doc, reportSheetName());
    dropPageStyleIfUnused(doc, reportPageStyle());
    return removed;
}

} // namespace

void clearCalcMarks(const Reference<uno::XInterface> &doc) {
    const Reference<document::XUndoManager> undo = undoManager(doc);
    recordOutlines(doc, undo, eraseMarks(doc, undo), {});
}

void annotateCalc(const Reference<uno::XInterface> &doc, const ValidationReport &report,
                  const std::vector<std::string> &notes) {
    const Reference<document::XUndoManager> undo = undoManager(doc);
    std::vector<OutlineSpec> removed = eraseMarks(doc, undo);
    std::vector<OutlineSpec> added;
    std::map<std::string, std::set<std::pair<int, int>>> userComments;
    for (const CellFindings &m : findingsByCell(report.findings)) {
        Reference<sheet::XSpreadsheet> sheet = sheetByName(doc, m.sheetName, m.sheetIndex);
        if (!sheet.is()) continue;
        auto it = userComments.find(m.sheetName);
        if (it == userComments.end()) it = userComments.emplace(m.sheetName, commentedCells(sheet)).first;
        const bool userComment = it->second.count({m.row, m.col}) > 0;
        if (!userComment) addComment(sheet, m);
        added.push_back(outlineFor(m, !userComment));
        added.back().sheet = toStd(Reference<container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    }
    {
        NoUndoRecording off(undo);
        for (const OutlineSpec &o : added)
            drawOutline(doc, o);
    }
    writeReportSheet(doc, report, notes);
    recordOutlines(doc, undo, std::move(removed), std::move(added));
}

} // namespace ita::lo
