// A marked copy that a province sends back must not carry the submission's
// macros or live links: it is a picture of the figures, not a program.
#pragma once

#include <com/sun/star/uno/XInterface.hpp>

#include <string>
#include <vector>

namespace ita::lo {

struct CleanedCopy {
    int macroModules = 0; // Basic/VBA modules and dialogs removed, events unbound
    int links = 0;        // sheet, area and external links turned into their values, linked objects removed
};

// Removes every macro library, dialog and event binding, and turns linked
// sheets, linked areas and formulas that read other files into the values the
// document shows (the values it had when it was saved: nothing is fetched);
// OLE objects linked to another file are removed.
// Only for a private copy: the user's own document is never passed here.
CleanedCopy cleanCopy(const css::uno::Reference<css::uno::XInterface> &doc);

} // namespace ita::lo
