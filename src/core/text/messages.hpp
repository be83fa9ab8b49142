// The one catalogue of user-facing texts (findings and UI), Thai and English,
// formatted with ICU MessageFormat and named arguments: {indicator}, {found} ...
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ita::msg {

enum class Lang { Th, En };
using Args = std::map<std::string, std::string>;

// key: a finding code ("ITA001") or a UI key ("ui.summary"). Unknown key -> the key itself.
std::string text(std::string_view key, Lang lang, const Args& args = {});
inline std::string th(std::string_view key, const Args& a = {}) { return text(key, Lang::Th, a); }
inline std::string en(std::string_view key, const Args& a = {}) { return text(key, Lang::En, a); }
bool has(std::string_view key);
// Every key of the catalogue, in its order.
std::vector<std::string_view> allKeys();

// The reason a file cannot be read, as `ita` states it in English (an "unreadable.*" text,
// which the JSON output keeps), in `lang`. A reason of no such form comes back as it is.
std::string unreadableReason(std::string_view english, Lang lang);

// Stable finding codes. Never renumber: users filter and documents cite them.
namespace code {
inline constexpr const char* MissingIndicator   = "ITA001"; // error
inline constexpr const char* DuplicateIndicator = "ITA002"; // error
inline constexpr const char* ScoreNotNumber     = "ITA003"; // error
inline constexpr const char* ScoreOutOfRange    = "ITA004"; // error
inline constexpr const char* WrongTool          = "ITA005"; // error
inline constexpr const char* TotalMismatch      = "ITA006"; // error
inline constexpr const char* RatingWrong        = "ITA007"; // error
inline constexpr const char* RatingOtherScheme  = "ITA008"; // warning
inline constexpr const char* ImplausibleYear    = "ITA009"; // error
inline constexpr const char* CrossTableMismatch = "ITA010"; // error
inline constexpr const char* TextFigureMismatch = "ITA011"; // error
inline constexpr const char* RankingWrong       = "ITA012"; // error
inline constexpr const char* ExtremeClaimWrong  = "ITA013"; // error
inline constexpr const char* MixedDigits        = "ITA014"; // warning
inline constexpr const char* NoFramework        = "ITA015"; // error
inline constexpr const char* NoFiscalYear       = "ITA016"; // warning
inline constexpr const char* NoScoreTable       = "ITA017"; // warning
inline constexpr const char* ScoreMissing       = "ITA018"; // error: an indicator's score cell left empty
inline constexpr const char* ScoresNotFilledIn  = "ITA019"; // warning: a score table with every score empty (a blank form)
inline constexpr const char* MeasureNoUnit      = "ITA020"; // error
inline constexpr const char* MeasurePeriod      = "ITA021"; // error: outside the fiscal year or unreadable
inline constexpr const char* TargetNotAddressed = "ITA022"; // warning
inline constexpr const char* ScoresNotRead      = "ITA023"; // warning: indicators named, no score read as a number
inline constexpr const char* FigureNotChecked   = "ITA024"; // warning: a stated total or rating that cannot be recomputed
inline constexpr const char* MeasureUnknownIndicator = "ITA025"; // error: a measure serves an indicator the year lacks
inline constexpr const char* ToolTotalMismatch  = "ITA026"; // error: a total the stated tool scores do not reproduce
inline constexpr const char* ToolRatingWrong    = "ITA027"; // error: a rating the tool scores do not give (per-tool minima)
inline constexpr const char* ChangeClaimWrong   = "ITA028"; // error: "rose (fell) the most" naming another indicator
inline constexpr const char* ChangeFigureMismatch = "ITA029"; // error: a stated change the years' columns do not give
inline constexpr const char* ProvinceTotalMismatch = "ITA030"; // error: a province table row's total its scores do not give
inline constexpr const char* ProvinceRatingWrong = "ITA031"; // error: a province table row's rating its total does not give
inline constexpr const char* ProvinceDuplicateAgency = "ITA032"; // error: an agency listed twice in a province table
inline constexpr const char* ProvinceValueMissing = "ITA033"; // error: a province table cell empty or not a number
inline constexpr const char* AssessedYearAssumed = "ITA034"; // warning: scores read as the assessed year's, not the document's
} // namespace code

} // namespace ita::msg
