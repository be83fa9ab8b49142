#include "core/report/cell_findings.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace ita {

bool CellFindings::hasError() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding *f) { return f->severity == Severity::Error; });
}

std::string CellFindings::cellRef() const {
    Location l;
    l.row = row;
    l.col = col;
    return l.cellRef();
}

std::string CellFindings::codes() const {
    std::string c;
    for (const Finding *f : findings) {
        if (c.find(f->code) != std::string::npos) continue;
        if (!c.empty()) c += "+";
        c += f->code;
    }
    return c;
}

std::vector<CellFindings> findingsByCell(const std::vector<Finding> &findings) {
    std::vector<CellFindings> cells;
    std::map<std::tuple<std::string, int, int>, size_t> at;
    for (const Finding &f : findings) {
        std::set<std::pair<std::string, int>> rowsMarked;
        for (const Location &l : f.locations) {
            if (l.isParagraph() || l.kind != GridKind::Sheet || l.row < 0 || l.col < 0) continue;
            if (!rowsMarked.emplace(l.gridName, l.row).second) continue;
            const auto key = std::make_tuple(l.gridName, l.row, l.col);
            auto it = at.find(key);
            if (it == at.end()) {
                CellFindings c;
                c.sheetName = l.gridName;
                c.sheetIndex = l.grid;
                c.row = l.row;
                c.col = l.col;
                it = at.emplace(key, cells.size()).first;
                cells.push_back(std::move(c));
            }
            auto &list = cells[it->second].findings;
            if (std::find(list.begin(), list.end(), &f) == list.end()) list.push_back(&f);
        }
    }
    return cells;
}

std::string severityText(Severity s, msg::Lang lang) {
    return msg::text(s == Severity::Error ? "ui.severity.error" : "ui.severity.warning", lang);
}

std::string findingNote(const Finding &f, msg::Lang lang) {
    std::string t = severityText(f.severity, lang) + " " + f.code + ": " +
                    (lang == msg::Lang::Th ? f.messageTh : f.messageEn);
    std::string values;
    if (!f.expected.empty()) values += msg::text("ui.report.expected", lang) + " " + f.expected;
    if (!f.found.empty()) {
        if (!values.empty()) values += " · ";
        values += msg::text("ui.report.found", lang) + " " + f.found;
    }
    if (!values.empty()) t += "\n(" + values + ")";
    return t;
}

} // namespace ita
