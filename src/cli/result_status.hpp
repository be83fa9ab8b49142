// One file's status in a validated batch, judged once for the text report and the summary
// workbook so that they say the same.
#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <string>

namespace ita::cli {

// Were scores read and judged? False for a document without any (the "checked" field); true
// without the field (an older extension's JSON).
bool scoresChecked(const boost::json::value &result);

// The year the document states for itself where it is not the year its scores were judged by
// (a FY N plan reporting the FY N-1 assessment): both reports show it beside the judged year.
std::optional<long> documentYearApart(const boost::json::value &result);

// "errors", "warnings", "ok", "no_scores" (nothing wrong, but no scores to check: a measures
// plan, a memo without figures), "unreadable" or "not_checked" for one result.
std::string summaryStatus(const boost::json::value &result);

} // namespace ita::cli
