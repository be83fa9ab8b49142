#include "core/model/grid.hpp"

namespace ita {

std::string columnLetters(int col) {
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

std::string Location::cellRef() const {
    if (isParagraph() || row < 0 || col < 0) return {};
    return columnLetters(col) + std::to_string(row + 1);
}

std::string Location::where() const {
    if (isParagraph()) return "ย่อหน้าที่ " + std::to_string(paragraph + 1);
    if (kind == GridKind::Sheet) return "ชีต '" + gridName + "' เซลล์ " + cellRef();
    return "ตาราง " + gridName + " แถว " + std::to_string(row + 1) + " คอลัมน์ " + std::to_string(col + 1);
}

std::string Location::whereEn() const {
    if (isParagraph()) return "paragraph " + std::to_string(paragraph + 1);
    if (kind == GridKind::Sheet) return "sheet '" + gridName + "' cell " + cellRef();
    return "table " + gridName + " row " + std::to_string(row + 1) + " column " + std::to_string(col + 1);
}

} // namespace ita
