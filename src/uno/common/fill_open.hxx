// ITA > Fill document… without its dialog: the clerk's choices in, a new untitled
// document out. The filling is fillDocument's (the one engine behind the service and
// `ita fill`); here are only where the sheet and the template come from and how the
// result is opened: written to a temporary file, loaded as a template (so it has no
// URL and Save asks for a new name), and the temporary file removed. A template or a
// submission is never written to.
#pragma once

#include "uno/common/fill_service.hxx"

#include "core/text/messages.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <functional>
#include <string>

namespace ita::lo {

struct FillChoices {
    FillOptions options; // template (short name or file), date, letter number, digits, allow_errors
    // The score sheet: an open document, or else a file (opened hidden, read-only, and closed).
    css::uno::Reference<css::uno::XInterface> sheetDocument;
    std::string sheetFile;
    // When set, this open Writer document is the template (as it is now, saved or not).
    css::uno::Reference<css::uno::XInterface> templateDocument;
};

struct FilledDocument {
    FillOutcome outcome; // the sheet's validation always; written == false: refused
    css::uno::Reference<css::lang::XComponent> document; // the new untitled document
};

// Asked when the sheet has validation errors: true fills anyway.
using ConfirmErrors = std::function<bool(const ValidationReport &)>;

// Throws IllegalArgumentException with the clerk's message (in lang) when the sheet or
// the template cannot be used.
FilledDocument fillAndOpen(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                           const FillChoices &choices, const ConfirmErrors &confirm, msg::Lang lang);

// The validation errors as the dialog lists them: "• [ITA006] <Thai message>", at most `limit`.
std::string errorList(const ValidationReport &report, msg::Lang lang, size_t limit = 8);

} // namespace ita::lo
