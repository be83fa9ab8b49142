// Writer tables and body paragraphs -> core grids and paragraphs.
#pragma once

#include "uno/common/document_flows.hxx"

#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <vector>

namespace ita::lo {
SourceDocument readWriterDocument(const css::uno::Reference<css::uno::XInterface> &doc,
                                  const std::string &path, const Progress &progress);

// The body paragraphs in the numbering of Paragraph::index and Location::paragraph
// (tables are not counted): what the marks use to find a finding's paragraph again.
std::vector<css::uno::Reference<css::text::XTextRange>>
bodyParagraphs(const css::uno::Reference<css::uno::XInterface> &doc);

// "B3" -> row 2, column 1; a split cell "B3.1.1" -> its top-level cell.
bool parseCellName(const std::string &name, int &row, int &col);

// A cell of a Writer table and where it stands in the grid the reader makes of the table: in
// a table with merged cells a name's letter counts cells in its row, the column is found from
// the rows' column separators (writer_columns.hxx). Findings name these rows and columns.
struct TableCell {
    rtl::OUString name;
    int row = 0, col = 0;
};
std::vector<TableCell> tableCells(const css::uno::Reference<css::text::XTextTable> &table);
} // namespace ita::lo
