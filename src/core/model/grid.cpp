#include "core/model/grid.hpp"

#include "core/text/messages.hpp"

namespace ita {

std::string columnLetters(int col) {
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

std::string Location::cellRef() const {
    if (isParagraph() || row < 0 || col < 0) return {};
    return columnLetters(col) + std::to_string(row + 1);
}

std::string Location::where() const {
    return in(msg::Lang::Th);
}

std::string Location::whereEn() const {
    return in(msg::Lang::En);
}

std::string Location::in(msg::Lang lang) const {
    if (isParagraph())
        return msg::text("location.paragraph", lang, {{"number", std::to_string(paragraph + 1)}});
    if (kind == GridKind::Sheet)
        return msg::text("location.sheetCell", lang, {{"sheet", gridName}, {"cell", cellRef()}});
    return msg::text(
        "location.tableCell", lang,
        {{"table", gridName}, {"row", std::to_string(row + 1)}, {"column", std::to_string(col + 1)}});
}

} // namespace ita
