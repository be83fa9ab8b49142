// The dialog of ITA > Fill document…: which score sheet, which template, the memo's
// date and letter number, Thai digits. Built at run time with the UNO toolkit (no
// .xdl to package and to keep in step with the catalogue); every text comes from
// the message catalogue in the office's UI language.
#pragma once

#include "uno/common/fill_open.hxx"

#include <com/sun/star/frame/XFrame.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ita::lo {

struct FillDialogInput {
    msg::Lang lang = msg::Lang::Th;
    // The document the menu was used in (a Calc sheet is the default score sheet, a
    // Writer document may be the template).
    css::uno::Reference<css::uno::XInterface> current;
    std::string currentTitle;
    // Other score sheets open in Calc: (window title, document).
    std::vector<std::pair<std::string, css::uno::Reference<css::uno::XInterface>>> openSheets;
    // What is preselected: options (template name or file, date, number, digits), sheetFile.
    FillChoices defaults;
    bool templateIsCurrent = false; // preselect the current Writer document as the template
};

// The clerk's choices, or nothing when the dialog was cancelled.
std::optional<FillChoices> askFillChoices(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                                          const css::uno::Reference<css::frame::XFrame> &frame,
                                          const FillDialogInput &input);

} // namespace ita::lo
