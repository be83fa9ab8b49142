// Marks findings on the user's sheets without touching their cells: a comment
// (annotation) and an outline shape over the cell, both named with
// kMarkPrefix, plus a report sheet with links. Undo: one step each.
#pragma once

#include <string>
#include <vector>

#include "core/validate/validation.hpp"

#include <com/sun/star/uno/XInterface.hpp>

namespace ita::lo {
// Replaces earlier marks, then marks every finding and writes the report sheet.
// notes: lines printed under the summary of the report sheet (what was done to a copy).
void annotateCalc(const css::uno::Reference<css::uno::XInterface> &doc, const ValidationReport &report,
                  const std::vector<std::string> &notes = {});
// Removes every mark and the report sheet. Cells' values, formulas and formats are untouched.
void clearCalcMarks(const css::uno::Reference<css::uno::XInterface> &doc);
} // namespace ita::lo
