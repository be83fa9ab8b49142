// Typing into a Writer document where the clerk's cursor is (ITA > Insert field…).
#pragma once

#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace ita::lo {

// Inserts text at the view cursor, replacing what is selected, as typing would: the text
// takes the character formatting at the cursor, and the cursor ends after it. One undo
// step. Returns false when the document has no view cursor or the place is read-only.
bool typeAtViewCursor(const css::uno::Reference<css::frame::XModel> &model, const std::string &text);

} // namespace ita::lo
