// Findings grouped by the cell they point at: one comment and one outline per cell in
// Calc, one note per cell in any other output.
#pragma once

#include "core/model/finding.hpp"
#include "core/text/messages.hpp"

#include <string>
#include <vector>

namespace ita {

struct CellFindings {
    std::string sheetName;
    int sheetIndex = -1;
    int row = 0, col = 0;
    std::vector<const Finding *> findings; // in the order of the report
    bool hasError() const;
    std::string cellRef() const; // "C11"
    std::string codes() const;   // "ITA004+ITA006", each code once
};

// Sheet cells only (no paragraphs). A rule may add the indicator's name cell beside the
// score cell as context: one cell per row of a finding keeps the mark on the cell to fix.
// The result points into findings.
std::vector<CellFindings> findingsByCell(const std::vector<Finding> &findings);

// "ข้อผิดพลาด ITA004: <message>\n(ค่าที่ถูกต้อง … · ค่าที่พบ …)": one finding as a cell note shows it.
std::string findingNote(const Finding &f, msg::Lang lang = msg::Lang::Th);
// "ข้อผิดพลาด" / "error".
std::string severityText(Severity s, msg::Lang lang = msg::Lang::Th);

} // namespace ita
