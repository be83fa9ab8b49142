// JSON shapes shared by the UNO service, the CLI and the tests (Boost.JSON).
#pragma once

#include "core/analysis/analysis.hpp"
#include "core/validate/validation.hpp"

#include <string>

namespace ita {

// {"path","status":"ok"|"findings","fiscal_year","agency","district","total":{"stated","computed"},
//  "rating":{"stated","computed"},"counts":{"errors","warnings"},"checked":{"scores","measures"},
//  "findings":[{"code","severity","indicator","message","message_en","expected","found",
//  "locations":[{"sheet","cell","where"} |
//  {"table","row","column","where"} | {"paragraph","where"}]}]}
std::string toJson(const ValidationReport& report);
// {"fiscal_year","total","total_rounded","rating":{"code","label","meaning","meaning_en"},"target",
//  "tools":[...],"indicators":[...],"ranking":[...],"strongest","weakest","below_target",
//  "previous_total","total_change"}
std::string toJson(const Analysis& analysis);

} // namespace ita
