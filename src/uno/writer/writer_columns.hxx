// Where the cells of an irregular Writer table stand. A Writer row holds as many cells as
// it has boxes, named A, B, C… in order whatever columns they cover: under a header cell
// merged over two columns ("คะแนน" over "ปี ๒๕๖๕ | ปี ๒๕๖๖") the names of the rows differ in
// count. The rows' column separators say where each cell begins; the columns of the grid are
// every distinct beginning in the table. No UNO here, so that it is tested without an office.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace ita::lo {

// leftEdges[r]: where each cell of row r begins, in the table's relative units, in order (the
// first is 0). Edges closer than tolerance are one column. Returns, per row, each cell's column.
inline std::vector<std::vector<int>> gridColumns(const std::vector<std::vector<int>> &leftEdges,
                                                 int tolerance) {
    std::vector<int> all;
    for (const auto &row : leftEdges)
        all.insert(all.end(), row.begin(), row.end());
    std::sort(all.begin(), all.end());
    std::vector<int> columns; // the first edge of each column
    for (int e : all)
        if (columns.empty() || e - columns.back() > tolerance) columns.push_back(e);
    std::vector<std::vector<int>> out(leftEdges.size());
    for (size_t r = 0; r < leftEdges.size(); ++r)
        for (int e : leftEdges[r]) {
            // the column whose first edge is nearest
            auto it = std::lower_bound(columns.begin(), columns.end(), e - tolerance);
            int c = static_cast<int>(it - columns.begin());
            if (it == columns.end()) c = static_cast<int>(columns.size()) - 1;
            if (c + 1 < static_cast<int>(columns.size()) &&
                std::abs(columns[static_cast<size_t>(c) + 1] - e) <
                    std::abs(columns[static_cast<size_t>(c)] - e))
                ++c;
            out[r].push_back(c);
        }
    return out;
}

} // namespace ita::lo
