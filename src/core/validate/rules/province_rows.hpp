// The rule for provincial summary tables (province_rows.cpp), apart from the single-agency rules.
#pragma once

#include "core/validate/validation.hpp"

#include <vector>

namespace ita::rules {

void provinceRows(const RuleContext &, std::vector<Finding> &); // ITA030, ITA031, ITA032, ITA033
// Does the document hold a provincial summary table? (its rows are not one agency's scores)
bool hasProvinceTable(const RuleContext &ctx);

} // namespace ita::rules
