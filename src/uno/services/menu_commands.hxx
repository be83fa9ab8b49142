// What each ITA menu entry does, one function per command; the protocol handler
// (menu_dispatcher.cxx) only routes to them. Each returns the command's result as
// the dispatch result (JSON where it has structure), so that macros and the tests
// see what the clerk sees.
#pragma once

#include "core/text/messages.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ita::lo {

struct MenuCall {
    css::uno::Reference<css::uno::XComponentContext> ctx;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::frame::XModel> model; // the document the menu was used in
    std::string options;                           // JSON, as the service takes (dispatch argument Options)
    bool silent = false;                           // no dialog, no message box (macros, tests)
    msg::Lang lang = msg::Lang::Th;                // of the UI
};

// Calc: marks on the cells and the report sheet; Writer: a comment at each paragraph
// or cell. One undo step; a summary box. Returns the validation report (JSON).
std::string validateCommand(const MenuCall &call);
// Calc: writes or refreshes the analysis sheet (one undo step). Returns the analysis (JSON).
std::string analyseCommand(const MenuCall &call);
// Removes what Validate added, in Calc or Writer. One undo step.
std::string clearMarksCommand(const MenuCall &call);
// The dialog, then fillAndOpen. Options (silent): the fill options of the service
// ("template": a short name, a file or "current" for this Writer document, "date",
// "letter_number", "thai_digits", "allow_errors", "set") plus "sheet": a score-sheet
// file (default: this Calc document). Returns {"opened", "title", "written",
// "format", "validation"} or {"cancelled": true}.
std::string fillCommand(const MenuCall &call);
// Writer: the placeholder of a fill-language field typed at the cursor (one undo step).
// Options (silent): "field" (a field's Thai name or English alias, e.g. "total",
// "คะแนนตัวชี้วัดที่9") and "english" (write the English alias). Returns {"inserted":
// "{{คะแนนรวม}}"} or {"cancelled": true}.
std::string insertFieldCommand(const MenuCall &call);
std::string aboutCommand(const MenuCall &call);

} // namespace ita::lo
