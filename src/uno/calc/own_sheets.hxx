// Names of the sheets this extension writes. Reading skips them, so that a
// report or an analysis is never validated as if it were the user's data.
#pragma once

#include <string>

namespace ita::lo {

inline constexpr const char *kReportSheet = "ITA ผลการตรวจสอบ";
inline constexpr const char *kAnalysisSheet = "ITA วิเคราะห์ผล";
// Drawing shapes and annotations this extension adds carry this name prefix.
inline constexpr const char *kMarkPrefix = "ITA-mark:";

inline bool isOwnSheet(const std::string &name) {
    return name == kReportSheet || name == kAnalysisSheet;
}

} // namespace ita::lo
