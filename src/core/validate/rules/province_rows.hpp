// What the rule for provincial summary tables (province_rows.cpp) tells the others.
#pragma once

#include "core/validate/rule.hpp"

#include <vector>

namespace ita::rules {

// Does the document hold a provincial summary table? (its rows are not one agency's scores)
bool hasProvinceTable(const RuleContext &ctx);

} // namespace ita::rules
