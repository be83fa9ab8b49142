#include "uno/common/ui_feedback.hxx"

#include "uno/common/uno_strings.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

void showMessage(const Reference<uno::XComponentContext> &ctx, const Reference<frame::XFrame> &frame,
                 BoxKind kind, const std::string &title, const std::string &text) {
    try {
        if (!frame.is()) return;
        Reference<awt::XWindowPeer> peer(frame->getContainerWindow(), UNO_QUERY);
        if (!peer.is()) return;
        Reference<awt::XMessageBoxFactory> factory(awt::Toolkit::create(ctx), UNO_QUERY);
        if (!factory.is()) return;
        const awt::MessageBoxType type = kind == BoxKind::Error     ? awt::MessageBoxType_ERRORBOX
                                         : kind == BoxKind::Warning ? awt::MessageBoxType_WARNINGBOX
                                                                    : awt::MessageBoxType_INFOBOX;
        Reference<awt::XMessageBox> box = factory->createMessageBox(
            peer, type, awt::MessageBoxButtons::BUTTONS_OK, toOU(title), toOU(text));
        if (box.is()) box->execute();
    } catch (const uno::Exception &) {
        // A message that cannot be shown must not turn a finished command into a failure.
    }
}

bool askYesNo(const Reference<uno::XComponentContext> &ctx, const Reference<frame::XFrame> &frame,
              const std::string &title, const std::string &text) {
    try {
        if (!frame.is()) return false;
        Reference<awt::XWindowPeer> peer(frame->getContainerWindow(), UNO_QUERY);
        Reference<awt::XMessageBoxFactory> factory(awt::Toolkit::create(ctx), UNO_QUERY);
        if (!peer.is() || !factory.is()) return false;
        Reference<awt::XMessageBox> box = factory->createMessageBox(
            peer, awt::MessageBoxType_QUERYBOX,
            awt::MessageBoxButtons::BUTTONS_YES_NO | awt::MessageBoxButtons::DEFAULT_BUTTON_NO, toOU(title),
            toOU(text));
        return box.is() && box->execute() == awt::MessageBoxResults::YES;
    } catch (const uno::Exception &) {
        return false;
    }
}

msg::Lang uiLanguage(const Reference<uno::XComponentContext> &ctx) {
    try {
        Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(ctx);
        uno::Sequence<uno::Any> args(1);
        args[0] <<= beans::NamedValue("nodepath", uno::Any(OUString("/org.openoffice.Setup/L10N")));
        Reference<container::XNameAccess> node(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            UNO_QUERY_THROW);
        OUString locale;
        node->getByName("ooLocale") >>= locale;
        // An empty setting follows the system, which for this office's clerks is Thai.
        if (locale.isEmpty() || locale.startsWith("th")) return msg::Lang::Th;
        return msg::Lang::En;
    } catch (const uno::Exception &) {
        return msg::Lang::Th;
    }
}

StatusProgress::StatusProgress(const Reference<frame::XFrame> &frame, const std::string &text) {
    try {
        Reference<task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
        if (factory.is()) indicator_ = factory->createStatusIndicator();
        if (indicator_.is()) indicator_->start(toOU(text), 100);
    } catch (const uno::Exception &) {
        indicator_.clear();
    }
}

StatusProgress::~StatusProgress() {
    try {
        if (indicator_.is()) indicator_->end();
    } catch (const uno::Exception &) {
    }
}

Progress StatusProgress::callback() {
    if (!indicator_.is()) return {};
    Reference<task::XStatusIndicator> ind = indicator_;
    return [ind](int done, int total) {
        if (total > 0) ind->setValue(done * 100 / total);
    };
}

UndoGroup::UndoGroup(const Reference<uno::XInterface> &doc, const std::string &title) {
    try {
        Reference<document::XUndoManagerSupplier> sup(doc, UNO_QUERY);
        if (!sup.is()) return;
        Reference<document::XUndoManager> mgr = sup->getUndoManager();
        if (!mgr.is()) return;
        mgr->enterUndoContext(toOU(title));
        manager_ = mgr;
    } catch (const uno::Exception &) {
        manager_.clear();
    }
}

UndoGroup::~UndoGroup() {
    try {
        Reference<document::XUndoManager> mgr(manager_, UNO_QUERY);
        if (mgr.is()) mgr->leaveUndoContext();
    } catch (const uno::Exception &) {
    }
}

} // namespace ita::lo
