// A document as the core sees it: grids of cells (Calc sheets, Writer tables)
// plus running-text paragraphs. The UNO adapters build this; the core never
// sees LibreOffice.
#pragma once

#include "core/text/messages.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita {

enum class GridKind { Sheet, WriterTable };

struct Cell {
    std::string text;            // what the user sees (UTF-8), formatted result for formulas
    std::optional<double> number; // set when the cell holds a number (value or formula result)
    bool isFormula = false;
};

struct Grid {
    GridKind kind = GridKind::Sheet;
    int index = 0;      // sheet index or table index (0-based)
    std::string name;   // sheet name, or Writer table name ("Table1")
    std::vector<std::vector<Cell>> rows; // rows[r][c]; rows may be ragged

    const Cell* at(int row, int col) const {
        if (row < 0 || col < 0 || row >= static_cast<int>(rows.size())) return nullptr;
        const auto& r = rows[static_cast<size_t>(row)];
        if (col >= static_cast<int>(r.size())) return nullptr;
        return &r[static_cast<size_t>(col)];
    }
    int rowCount() const { return static_cast<int>(rows.size()); }
};

struct Paragraph {
    int index = 0; // 0-based paragraph number in the body text
    std::string text;
};

struct SourceDocument {
    std::string path; // file name shown in messages (may be empty)
    std::vector<Grid> grids;
    std::vector<Paragraph> paragraphs; // Writer body text outside tables
};

// Where a finding points. Exactly one of: a cell of a grid, or a paragraph.
struct Location {
    GridKind kind = GridKind::Sheet;
    int grid = -1;          // index into SourceDocument::grids, -1 for a paragraph
    std::string gridName;   // sheet or table name
    int row = -1, col = -1; // 0-based
    int paragraph = -1;     // 0-based, for running text

    static Location cell(const Grid& g, int row, int col) {
        Location l;
        l.kind = g.kind; l.grid = g.index; l.gridName = g.name; l.row = row; l.col = col;
        return l;
    }
    static Location para(int index) { Location l; l.paragraph = index; return l; }

    bool isParagraph() const { return paragraph >= 0; }
    std::string cellRef() const;  // "B7" (column letters + 1-based row); empty for paragraphs
    std::string where() const;    // readable: "ชีต 'คะแนน' เซลล์ B7", "ตาราง Table2 แถว 3 คอลัมน์ 2", "ย่อหน้าที่ 4"
    std::string whereEn() const;  // "sheet 'คะแนน' cell B7", "table Table2 row 3 column 2", "paragraph 4"
    std::string in(msg::Lang lang) const; // where() or whereEn(), from the catalogue
    bool operator==(const Location& o) const {
        return kind == o.kind && grid == o.grid && row == o.row && col == o.col && paragraph == o.paragraph;
    }
};

std::string columnLetters(int col); // 0 -> "A", 26 -> "AA"

} // namespace ita
