// Names of the sheets and page styles this extension writes (from the message catalogue:
// documents carry them, so they never change). Reading skips these sheets, so that a
// report or an analysis is never validated as if it were the user's data.
#pragma once

#include "core/text/messages.hpp"

#include <string>

namespace ita::lo {

inline std::string reportSheetName() {
    return msg::th("sheet.report.name");
}
inline std::string analysisSheetName() {
    return msg::th("sheet.analysis.name");
}
inline std::string reportPageStyle() {
    return msg::th("sheet.report.pageStyle");
}
inline std::string analysisPageStyle() {
    return msg::th("sheet.analysis.pageStyle");
}
// Drawing shapes and annotations this extension adds carry this name prefix.
inline constexpr const char *kMarkPrefix = "ITA-mark:";

inline bool isOwnSheet(const std::string &name) {
    return name == reportSheetName() || name == analysisSheetName();
}

} // namespace ita::lo
