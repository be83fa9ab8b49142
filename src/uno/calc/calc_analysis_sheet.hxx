// The analysis sheet: total, rating and meaning, tool scores, ranking,
// weakest indicators, change from last year and a bar chart with the target.
#pragma once

#include "core/analysis/analysis.hpp"

#include <com/sun/star/uno/XInterface.hpp>

namespace ita::lo {
// Writes or refreshes (never duplicates) the sheet analysisSheetName() and its chart.
void writeAnalysisSheet(const css::uno::Reference<css::uno::XInterface> &doc, const Analysis &analysis);
} // namespace ita::lo
