// Marks findings in a Writer document the way Validate marks cells in Calc: one
// comment (annotation field) per paragraph or table cell concerned, written by
// "ITA Tools" and starting with kWriterCommentMarker, so that Clear marks removes
// only ours. The document's text is never changed. The caller groups each call
// into one undo step (UndoGroup): Writer records annotations itself.
#pragma once

#include "core/validate/validation.hpp"

#include <com/sun/star/uno/XInterface.hpp>

namespace ita::lo {

inline constexpr const char *kWriterCommentAuthor = "ITA Tools";
inline constexpr const char *kWriterCommentMarker = "[ITA Tools]";

// Replaces earlier marks, then adds one comment per place; returns how many.
// A finding without a place in the body (no fiscal year, no table) is commented
// at the start of the document.
int annotateWriter(const css::uno::Reference<css::uno::XInterface> &doc, const ValidationReport &report);
// Removes our comments; returns how many. A user's own comments stay.
int clearWriterMarks(const css::uno::Reference<css::uno::XInterface> &doc);

} // namespace ita::lo
