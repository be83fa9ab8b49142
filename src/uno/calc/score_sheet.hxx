// ITA > New score sheet: a new Calc document from the bundled template for
// the fiscal year the clerk chooses.
#pragma once

#include "uno/common/document_flows.hxx"

#include <com/sun/star/frame/XFrame.hpp>

namespace ita::lo {
// Returns the URL/title of the new document; asks for the year unless options.fiscalYear is set.
std::string newScoreSheet(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                          const css::uno::Reference<css::frame::XFrame> &frame, const CallOptions &options,
                          bool silent);
} // namespace ita::lo
