// The summary of a validated batch as a spreadsheet: a flat ODF document that
// the office converts into the .ods/.xlsx/.csv the officer asked for (so the
// workbook is the office's own and opens right in Calc and Excel).
#pragma once

#include "cli/result_status.hpp" // summaryStatus

#include "core/text/messages.hpp"

#include <boost/json.hpp>

#include <string>
#include <vector>

namespace ita::cli {

// Sheet "Files": one row per result (as `ita validate --format json` prints
// them, input order), the file linked with HYPERLINK, an autofilter, a frozen
// header row and row colours (errors red, warnings amber, unreadable grey; a file with no scores
// checked amber and one not checked grey: neither passed).
// Sheet "Findings": one row per finding.
// Headers, sheet names, status words and reasons in `lang` (English: the JSON's status words).
std::string summaryFods(const std::vector<boost::json::value> &results, msg::Lang lang);

} // namespace ita::cli
