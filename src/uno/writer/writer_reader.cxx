#include "uno/writer/writer_reader.hxx"

#include "uno/common/uno_strings.hxx"
#include "uno/writer/writer_columns.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <algorithm>
#include <map>
#include <numeric>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

// Writer names cells "B3"; split cells get names like "B3.1.1", which we map
// to their top-level cell so that a value still lands on the right row.
bool parseCellName(const std::string &name, int &row, int &col) {
    size_t i = 0;
    col = 0;
    while (i < name.size() && ((name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= 'a' && name[i] <= 'z'))) {
        const char ch = name[i];
        // Writer uses A..Z then a..z for columns 27..52
        const int v = (ch >= 'A' && ch <= 'Z') ? ch - 'A' : 26 + (ch - 'a');
        col = col * 52 + v;
        ++i;
    }
    if (i == 0 || i >= name.size()) return false;
    row = 0;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9')
        row = row * 10 + (name[i++] - '0');
    row -= 1;
    return row >= 0;
}

std::vector<TableCell> tableCells(const Reference<text::XTextTable> &table) {
    std::vector<TableCell> cells;
    std::map<int, int> boxes; // row -> cells in it
    for (const OUString &n : table->getCellNames()) {
        TableCell c{n, 0, 0};
        if (!parseCellName(toStd(n), c.row, c.col)) continue;
        boxes[c.row] = std::max(boxes[c.row], c.col + 1);
        cells.push_back(std::move(c));
    }
    // A regular table: every row has as many cells as the widest; the names are the columns.
    const int widest =
        std::accumulate(boxes.begin(), boxes.end(), 0,
                        [](int m, const std::pair<const int, int> &b) { return std::max(m, b.second); });
    if (std::all_of(boxes.begin(), boxes.end(), [&](const auto &b) { return b.second == widest; }))
        return cells;
    try {
        Reference<container::XIndexAccess> rows(table->getRows(), UNO_QUERY_THROW);
        sal_Int16 sum = 10000;
        Reference<beans::XPropertySet>(table, UNO_QUERY_THROW)->getPropertyValue("TableColumnRelativeSum") >>=
            sum;
        std::vector<std::vector<int>> edges(static_cast<size_t>(rows->getCount()));
        for (sal_Int32 r = 0; r < rows->getCount(); ++r) {
            Reference<beans::XPropertySet> row(rows->getByIndex(r), UNO_QUERY_THROW);
            uno::Sequence<text::TableColumnSeparator> seps;
            row->getPropertyValue("TableColumnSeparators") >>= seps;
            // A shape the separators do not describe (cells split into lines): names as they are.
            // Fewer names than boxes is no such shape: the boxes under a cell merged down from
            // the row above have no name, the others keep their place ("A2", "B2" covered
            // under "ที่" and "หน่วยงาน", the numbers from "C2", the last two covered again).
            if (seps.getLength() + 1 < boxes[r]) return cells;
            auto &e = edges[static_cast<size_t>(r)];
            e.push_back(0);
            for (const auto &sep : seps)
                e.push_back(sep.Position);
        }
        const auto columns = gridColumns(edges, std::max(1, sum / 200));
        for (TableCell &c : cells)
            c.col = columns[static_cast<size_t>(c.row)][static_cast<size_t>(c.col)];
    } catch (const uno::Exception &) {
        // the names are the best there is
    }
    return cells;
}

namespace {

// The document records changes (Edit > Track Changes, Word's Track Changes): its text still
// holds what was deleted ("๘๘.๒๕" struck out before "๘๘.๕๒"), which getString() returns with
// the rest. Without redlines the text is read whole, as always.
bool hasRedlines(const Reference<uno::XInterface> &doc) {
    try {
        Reference<document::XRedlinesSupplier> rs(doc, UNO_QUERY);
        if (!rs.is()) return false;
        Reference<container::XEnumerationAccess> all(rs->getRedlines(), UNO_QUERY);
        return all.is() && all->hasElements();
    } catch (const uno::Exception &) {
        return false;
    }
}

// A paragraph's text as it reads with the changes accepted: portions inside a recorded
// deletion left out. inDelete carries a deletion that goes on into the next paragraph.
std::string textWithoutDeletions(const Reference<text::XTextRange> &paragraph, bool &inDelete) {
    Reference<container::XEnumerationAccess> portions(paragraph, UNO_QUERY);
    if (!portions.is()) return toStd(paragraph->getString());
    std::string out;
    Reference<container::XEnumeration> e = portions->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<beans::XPropertySet> props(e->nextElement(), UNO_QUERY);
        Reference<text::XTextRange> portion(props, UNO_QUERY);
        if (!props.is() || !portion.is()) continue;
        OUString type;
        props->getPropertyValue("TextPortionType") >>= type;
        if (type == "Redline") {
            OUString change;
            bool start = false;
            props->getPropertyValue("RedlineType") >>= change;
            props->getPropertyValue("IsStart") >>= start;
            if (change == "Delete") inDelete = start;
            continue;
        }
        if (!inDelete) out += toStd(portion->getString());
    }
    return out;
}

// The text of a table cell, paragraph by paragraph as getString() joins them.
std::string cellTextWithoutDeletions(const Reference<text::XText> &text) {
    Reference<container::XEnumerationAccess> paragraphs(text, UNO_QUERY);
    if (!paragraphs.is()) return toStd(text->getString());
    std::string out;
    bool inDelete = false, first = true;
    Reference<container::XEnumeration> e = paragraphs->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<text::XTextRange> p(e->nextElement(), UNO_QUERY);
        if (!p.is()) continue;
        if (!first) out += "\n";
        first = false;
        out += textWithoutDeletions(p, inDelete);
    }
    return out;
}

Grid readTable(const Reference<text::XTextTable> &table, int index, bool redlines) {
    Grid grid;
    grid.kind = GridKind::WriterTable;
    grid.index = index;
    grid.name = toStd(Reference<container::XNamed>(table, UNO_QUERY_THROW)->getName());
    for (const TableCell &tc : tableCells(table)) {
        const int row = tc.row, col = tc.col;
        const OUString &n = tc.name;
        Reference<table::XCell> cell = table->getCellByName(n);
        Reference<text::XText> text(cell, UNO_QUERY);
        if (!text.is()) continue;
        if (static_cast<int>(grid.rows.size()) <= row) grid.rows.resize(static_cast<size_t>(row) + 1);
        auto &r = grid.rows[static_cast<size_t>(row)];
        if (static_cast<int>(r.size()) <= col) r.resize(static_cast<size_t>(col) + 1);
        Cell &c = r[static_cast<size_t>(col)];
        const std::string s = redlines ? cellTextWithoutDeletions(text) : toStd(text->getString());
        c.text = c.text.empty() ? s : c.text + " " + s;
    }
    return grid;
}

} // namespace

SourceDocument readWriterDocument(const Reference<uno::XInterface> &doc, const std::string &path,
                                  const Progress &progress) {
    SourceDocument out;
    out.path = path;
    Reference<text::XTextTablesSupplier> supplier(doc, UNO_QUERY_THROW);
    Reference<container::XIndexAccess> tables(supplier->getTextTables(), UNO_QUERY_THROW);
    const sal_Int32 n = tables->getCount();
    const bool redlines = hasRedlines(doc);
    for (sal_Int32 i = 0; i < n; ++i) {
        Reference<text::XTextTable> table(tables->getByIndex(i), UNO_QUERY_THROW);
        out.grids.push_back(readTable(table, static_cast<int>(i), redlines));
        if (progress) progress(static_cast<int>(i) + 1, static_cast<int>(n) + 1);
    }
    int index = 0;
    bool inDelete = false;
    for (const Reference<text::XTextRange> &range : bodyParagraphs(doc))
        out.paragraphs.push_back(
            Paragraph{index++, redlines ? textWithoutDeletions(range, inDelete) : toStd(range->getString())});
    if (progress) progress(static_cast<int>(n) + 1, static_cast<int>(n) + 1);
    return out;
}

std::vector<Reference<text::XTextRange>> bodyParagraphs(const Reference<uno::XInterface> &doc) {
    std::vector<Reference<text::XTextRange>> out;
    Reference<text::XTextDocument> textDoc(doc, UNO_QUERY_THROW);
    // Body paragraphs only; tables are enumerated as their own elements and skipped.
    Reference<container::XEnumerationAccess> access(textDoc->getText(), UNO_QUERY_THROW);
    Reference<container::XEnumeration> e = access->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (!info.is() || info->supportsService("com.sun.star.text.TextTable")) continue;
        Reference<text::XTextRange> range(info, UNO_QUERY);
        if (range.is()) out.push_back(range);
    }
    return out;
}

} // namespace ita::lo
