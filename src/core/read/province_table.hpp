// A provincial summary table: one row per agency (agency, tool or indicator scores, total,
// rating), what a province compiles from its agencies' results and forwards. Each row is a
// result of its own; the single-agency readers (readFacts) do not see these rows.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/model/grid.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ita {

struct ProvinceValue {
    std::string text;            // as written
    std::optional<double> value; // when it reads as a number (Thai digits, "88.52 %")
    Location at;
    bool empty() const;
};

struct ProvinceRow {
    int row = -1;
    ProvinceValue agency;
    std::map<std::string, ProvinceValue> tools; // tool code -> cell, for every tool column
    std::map<int, ProvinceValue> indicators;    // indicator number -> cell, for every indicator column
    std::optional<ProvinceValue> total, rating, year, district;
};

struct ProvinceTable {
    int grid = -1;
    std::string gridName;
    GridKind kind = GridKind::Sheet;
    int headerRow = -1; // the row naming the score columns
    int firstRow = -1;  // the header's first row (the row above when the header takes two)
    int agencyCol = -1;
    std::map<std::string, int> toolCols;
    std::map<int, int> indicatorCols;
    std::optional<int> totalCol, ratingCol, yearCol, districtCol;
    std::map<int, std::string> headers; // column -> header text as written
    std::optional<int> titleYear;  // "ปีงบประมาณ พ.ศ. ๒๕๖๗" above the header
    std::vector<ProvinceRow> rows; // agency rows, in order
    bool passFail = false; // the rating column says "ผ่าน" / "ไม่ผ่าน" (the target), not levels
    int lastRow = -1; // the last row that belongs to the table
};

// The province table of a grid, if it holds one. names: tool codes and names, indicator names
// (the same in every framework on record).
std::optional<ProvinceTable> readProvinceTable(const Grid &g, int gridIndex, const Framework &names);
std::vector<ProvinceTable> readProvinceTables(const SourceDocument &doc, const Framework &names);

// g itself when it holds no province table; else a copy in scratch with the table's header and
// rows blanked, so that readers of one agency's result see only what is around the table (the
// title with its year).
const Grid &withoutProvinceTable(const Grid &g, const Framework &names, Grid &scratch);

// A key that names the same agency however it is abbreviated or spaced:
// "อบต.โคกสำโรง" and "องค์การบริหารส่วนตำบล โคกสำโรง" give the same key.
std::string agencyKey(const std::string &name);
// A rating cell that says whether the agency reached the target rather than its level:
// "ผ่าน", "ผ่านเกณฑ์", "ผ่านการประเมิน" (pass) or "ไม่ผ่าน…" (not). bare: the word "ผ่าน" alone,
// which from FY2566 is also a level's name.
struct PassFail {
    bool pass = false;
    bool bare = false;
};
std::optional<PassFail> passFailWord(const std::string &text);
// The word a pass/fail column would hold for pass.
std::string passFailLabel(bool pass);

// A district's name without "อำเภอ" / "อ.": "อ.เมือง" and "อำเภอ เมือง" give the same key.
std::string districtKey(const std::string &name);

} // namespace ita
