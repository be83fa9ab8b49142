// The dialog of ITA > Insert field… (Writer): the fields of the fill language as the core's
// schema lists them (docs/fill-language.md §5), each with its Thai name, English alias and
// an example; the indicator's number for the per-indicator ones; Thai name or English alias.
#pragma once

#include "core/text/messages.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace ita::lo {

struct FieldChoice {
    std::string name; // an English alias, N replaced by the number ("total", "i9_name")
    bool english = false;
};

// The clerk's choice, or nothing when the dialog was cancelled.
std::optional<FieldChoice> askField(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                                    const css::uno::Reference<css::frame::XFrame> &frame, msg::Lang lang);

} // namespace ita::lo
