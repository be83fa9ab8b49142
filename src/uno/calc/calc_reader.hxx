// Calc sheets -> core grids (values, displayed text, formula flag).
#pragma once

#include "uno/common/document_flows.hxx"

namespace ita::lo {
SourceDocument readCalcDocument(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &path,
                                const Progress &progress);
}
