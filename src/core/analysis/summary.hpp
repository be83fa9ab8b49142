// The summary sentences of an analysis, as a clerk writes them in the ITA report:
// the analysis sheet prints them, the Writer template fill puts them into documents.
#pragma once

#include "core/analysis/analysis.hpp"
#include "core/text/messages.hpp"

#include <string>
#include <vector>

namespace ita {

// In order: the highest and the lowest indicators (or one sentence when every indicator
// scores the same), the indicators below the target, the change from last year (only
// when the previous year's scores are known). Numbers in Thai digits when thaiDigits.
std::vector<std::string> summarySentences(const Analysis &a, msg::Lang lang = msg::Lang::Th,
                                          bool thaiDigits = true);

// "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน" / "indicator 6 (Quality of operations)".
std::string indicatorPhrase(const IndicatorResult &r, msg::Lang lang, bool thaiDigits);
// "A B และC" / "A, B and C".
std::string joinList(const std::vector<std::string> &items, msg::Lang lang);

} // namespace ita
