// Where the installed extension lives (frameworks, templates), asked in one place.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>

namespace ita::lo {

// The extension's folder as a URL; empty when it is not deployed (a test harness).
rtl::OUString extensionLocation(const css::uno::Reference<css::uno::XComponentContext> &ctx);
// The same as a system path; empty when not deployed.
std::string extensionFolder(const css::uno::Reference<css::uno::XComponentContext> &ctx);

} // namespace ita::lo
