#include "uno/writer/writer_marks.hxx"

#include "uno/common/uno_strings.hxx"
#include "uno/writer/writer_reader.hxx"

#include "core/report/cell_findings.hpp"
#include "core/text/messages.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

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

// Where one comment goes: a table cell, a body paragraph, or the document's start.
struct Place {
    int table = -1, row = -1, col = -1;
    int paragraph = -1;
    std::vector<const Finding *> findings; // in the order of the report
    auto key() const { return std::make_tuple(table, row, col, paragraph); }
};

// One place per table row of a finding (a rule may add the indicator's name cell
// beside the score cell as context: the comment belongs on the cell to fix), and
// one per paragraph. Findings that point nowhere in the body share one place.
std::vector<Place> placesOf(const std::vector<Finding> &findings) {
    std::vector<Place> places;
    std::map<std::tuple<int, int, int, int>, size_t> at;
    auto add = [&](Place p, const Finding &f) {
        auto it = at.find(p.key());
        if (it == at.end()) {
            it = at.emplace(p.key(), places.size()).first;
            places.push_back(std::move(p));
        }
        auto &list = places[it->second].findings;
        if (std::find(list.begin(), list.end(), &f) == list.end()) list.push_back(&f);
    };
    for (const Finding &f : findings) {
        std::set<std::pair<int, int>> rowsMarked;
        bool placed = false;
        for (const Location &l : f.locations) {
            Place p;
            if (l.isParagraph()) {
                p.paragraph = l.paragraph;
            } else if (l.kind == GridKind::WriterTable && l.grid >= 0 && l.row >= 0 && l.col >= 0) {
                if (!rowsMarked.emplace(l.grid, l.row).second) continue;
                p.table = l.grid;
                p.row = l.row;
                p.col = l.col;
            } else {
                continue;
            }
            add(std::move(p), f);
            placed = true;
        }
        if (!placed) add(Place{}, f);
    }
    return places;
}

std::string commentText(const Place &p) {
    std::string t = kWriterCommentMarker;
    for (const Finding *f : p.findings)
        t += "\n" + findingNote(*f);
    return t;
}

// The cell at (row, col) as the reader numbered it (a split cell counts as its top-level cell,
// a merged one stands at its first column).
Reference<text::XText> cellText(const Reference<text::XTextTable> &table, int row, int col) {
    for (const TableCell &c : tableCells(table))
        if (c.row == row && c.col == col)
            return Reference<text::XText>(table->getCellByName(c.name), UNO_QUERY);
    return nullptr;
}

// The start of the place, or null when the document no longer has it (edited since).
Reference<text::XTextRange> anchorOf(const Reference<uno::XInterface> &doc, const Place &p,
                                     const std::vector<Reference<text::XTextRange>> &paragraphs) {
    if (p.table >= 0) {
        Reference<container::XIndexAccess> tables(
            Reference<text::XTextTablesSupplier>(doc, UNO_QUERY_THROW)->getTextTables(), UNO_QUERY_THROW);
        if (p.table >= tables->getCount()) return nullptr;
        Reference<text::XTextTable> table(tables->getByIndex(p.table), UNO_QUERY_THROW);
        Reference<text::XText> cell = cellText(table, p.row, p.col);
        return cell.is() ? cell->getStart() : nullptr;
    }
    if (p.paragraph >= 0) {
        if (p.paragraph >= static_cast<int>(paragraphs.size())) return nullptr;
        return paragraphs[static_cast<size_t>(p.paragraph)]->getStart();
    }
    return Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText()->getStart();
}

void insertComment(const Reference<uno::XInterface> &doc, const Reference<text::XTextRange> &at,
                   const std::string &content) {
    Reference<lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<text::XTextContent> field(factory->createInstance("com.sun.star.text.textfield.Annotation"),
                                        UNO_QUERY_THROW);
    Reference<beans::XPropertySet> props(field, UNO_QUERY_THROW);
    props->setPropertyValue("Author", Any(OUString::createFromAscii(kWriterCommentAuthor)));
    props->setPropertyValue("Initials", Any(OUString("ITA")));
    props->setPropertyValue("Content", Any(toOU(content)));
    // Collapsed at the start: nothing is absorbed, the paragraph's text stays as it was.
    at->getText()->insertTextContent(at, field, false);
}

bool isOurs(const Reference<beans::XPropertySet> &props) {
    OUString author, content;
    props->getPropertyValue("Author") >>= author;
    props->getPropertyValue("Content") >>= content;
    return author.equalsAscii(kWriterCommentAuthor) && content.startsWith(toOU(kWriterCommentMarker));
}

} // namespace

int clearWriterMarks(const Reference<uno::XInterface> &doc) {
    Reference<text::XTextFieldsSupplier> sup(doc, UNO_QUERY_THROW);
    Reference<container::XEnumeration> e = sup->getTextFields()->createEnumeration();
    std::vector<Reference<text::XTextContent>> ours;
    while (e->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        Reference<beans::XPropertySet> props(info, UNO_QUERY);
        if (props.is() && isOurs(props)) ours.emplace_back(info, UNO_QUERY);
    }
    // Removed after the enumeration: removing while enumerating skips fields.
    int removed = 0;
    for (const Reference<text::XTextContent> &c : ours) {
        if (!c.is()) continue;
        Reference<text::XTextRange> anchor = c->getAnchor();
        anchor->getText()->removeTextContent(c);
        ++removed;
    }
    return removed;
}

int annotateWriter(const Reference<uno::XInterface> &doc, const ValidationReport &report) {
    clearWriterMarks(doc);
    const std::vector<Reference<text::XTextRange>> paragraphs = bodyParagraphs(doc);
    int added = 0;
    for (const Place &p : placesOf(report.findings)) {
        Reference<text::XTextRange> at = anchorOf(doc, p, paragraphs);
        if (!at.is()) at = anchorOf(doc, Place{}, paragraphs);
        insertComment(doc, at, commentText(p));
        ++added;
    }
    return added;
}

} // namespace ita::lo
