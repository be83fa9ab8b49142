// Building grids and documents from string tables in tests.
//
//   auto doc = ita::test::workbook({ita::test::sheet("คะแนน", {{"ตัวชี้วัด", "คะแนน"},
//                                                               {"การปฏิบัติหน้าที่", "85.50"}})});
//
// sheet(): a text that Calc would store as a number ("85.50", "-3", "2568", "1,234.5")
// also sets Cell::number, with the text as typed; Thai digits stay text, as in Calc.
// writerTable(): Writer tables hold text only. Use formula() to mark a formula cell.
#pragma once

#include "core/model/grid.hpp"

#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ita::test {

using Rows = std::vector<std::vector<std::string>>;

// "85.50", " 80 ", "-3.5", "1,234.5" -> number; anything else (Thai digits, units) -> nullopt.
inline std::optional<double> arabicNumber(const std::string &s) {
    size_t b = 0, e = s.size();
    while (b < e && s[b] == ' ')
        ++b;
    while (e > b && s[e - 1] == ' ')
        --e;
    std::string digits;
    size_t i = b;
    if (i < e && (s[i] == '-' || s[i] == '+')) digits += s[i++];
    int intDigits = 0, group = -1;
    for (; i < e && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ','); ++i) {
        if (s[i] == ',') {
            if (intDigits == 0 || (group >= 0 && group != 3) || (group < 0 && intDigits > 3))
                return std::nullopt;
            group = 0;
            continue;
        }
        digits += s[i];
        ++intDigits;
        if (group >= 0) ++group;
    }
    if (intDigits == 0 || (group >= 0 && group != 3)) return std::nullopt;
    if (i < e && s[i] == '.') {
        digits += s[i++];
        int frac = 0;
        for (; i < e && std::isdigit(static_cast<unsigned char>(s[i])); ++i, ++frac)
            digits += s[i];
        if (frac == 0) return std::nullopt;
    }
    if (i != e) return std::nullopt;
    double v = 0;
    const char *first = digits.data() + (digits[0] == '+' ? 1 : 0);
    if (std::from_chars(first, digits.data() + digits.size(), v).ec != std::errc()) return std::nullopt;
    return v;
}

inline Cell cell(const std::string &text) {
    Cell c;
    c.text = text;
    c.number = arabicNumber(text);
    return c;
}

inline Cell textCell(const std::string &text) {
    Cell c;
    c.text = text;
    return c;
}

// A formula cell: the value and the text Calc shows for it.
inline Cell formula(double value, const std::string &shown) {
    Cell c;
    c.text = shown;
    c.number = value;
    c.isFormula = true;
    return c;
}

inline Grid sheet(const std::string &name, const Rows &rows, int index = 0) {
    Grid g;
    g.kind = GridKind::Sheet;
    g.index = index;
    g.name = name;
    for (const auto &r : rows) {
        std::vector<Cell> row;
        for (const auto &t : r)
            row.push_back(cell(t));
        g.rows.push_back(std::move(row));
    }
    return g;
}

inline Grid writerTable(const std::string &name, const Rows &rows, int index = 0) {
    Grid g;
    g.kind = GridKind::WriterTable;
    g.index = index;
    g.name = name;
    for (const auto &r : rows) {
        std::vector<Cell> row;
        for (const auto &t : r)
            row.push_back(textCell(t));
        g.rows.push_back(std::move(row));
    }
    return g;
}

// Grids get their position as index (sheet 0, 1, ... / Table1, Table2 ...).
inline SourceDocument workbook(std::vector<Grid> grids, const std::string &path = "test.ods") {
    SourceDocument d;
    d.path = path;
    for (size_t i = 0; i < grids.size(); ++i)
        grids[i].index = static_cast<int>(i);
    d.grids = std::move(grids);
    return d;
}

inline SourceDocument writerDoc(const std::vector<std::string> &paragraphs, std::vector<Grid> tables = {},
                                const std::string &path = "test.odt") {
    SourceDocument d = workbook(std::move(tables), path);
    for (size_t i = 0; i < paragraphs.size(); ++i)
        d.paragraphs.push_back(Paragraph{static_cast<int>(i), paragraphs[i]});
    return d;
}

} // namespace ita::test
