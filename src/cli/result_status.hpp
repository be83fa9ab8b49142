// One file's status in a validated batch, judged once for the text report and the summary
// workbook so that they say the same.
#pragma once

#include <boost/json/value.hpp>

#include <initializer_list>
#include <optional>
#include <string>

namespace ita::cli {

// The value at a path of object keys in a result ({"total", "stated"}), nullptr where any is missing.
const boost::json::value *at(const boost::json::value &v, std::initializer_list<const char *> path);

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
