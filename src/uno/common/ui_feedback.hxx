// Talking to the clerk: message boxes, status-bar progress and undo grouping.
// In a headless office message boxes return at once, so batch runs never block.
#pragma once

#include "uno/common/document_flows.hxx"

#include "core/text/messages.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>

#include <string>

namespace ita::lo {

enum class BoxKind { Info, Warning, Error };
void showMessage(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                 const css::uno::Reference<css::frame::XFrame> &frame, BoxKind kind, const std::string &title,
                 const std::string &text);

// Yes/No question; false when it cannot be asked (no window, headless office).
bool askYesNo(const css::uno::Reference<css::uno::XComponentContext> &ctx,
              const css::uno::Reference<css::frame::XFrame> &frame, const std::string &title,
              const std::string &text);

// The language of the office's user interface: Thai when it is Thai, English otherwise.
msg::Lang uiLanguage(const css::uno::Reference<css::uno::XComponentContext> &ctx);

// Status-bar progress for whole-workbook operations; ends itself when destroyed.
class StatusProgress {
  public:
    StatusProgress(const css::uno::Reference<css::frame::XFrame> &frame, const std::string &text);
    ~StatusProgress();
    Progress callback();

  private:
    css::uno::Reference<css::task::XStatusIndicator> indicator_;
    int range_ = 0;
};

// Groups every change of one command into one undo step.
class UndoGroup {
  public:
    UndoGroup(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &title);
    ~UndoGroup();

  private:
    css::uno::Reference<css::uno::XInterface> manager_;
};

} // namespace ita::lo
