#include "uno/services/menu_dispatcher.hxx"

#include "uno/calc/score_sheet.hxx"
#include "uno/common/document_flows.hxx"
#include "uno/common/ui_feedback.hxx"
#include "uno/common/uno_strings.hxx"
#include "uno/services/menu_commands.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace ita::lo {

namespace {

constexpr char kProtocol[] = "org.itatools:";

enum class Command { None, Validate, Analyse, ClearMarks, NewScoreSheet, FillDocument, InsertField, About };

Command commandOf(const util::URL &url) {
    if (!url.Complete.startsWith(kProtocol)) return Command::None;
    const OUString path =
        url.Complete.copy(static_cast<sal_Int32>(std::char_traits<char>::length(kProtocol)));
    if (path == "Validate") return Command::Validate;
    if (path == "Analyse") return Command::Analyse;
    if (path == "ClearMarks") return Command::ClearMarks;
    if (path == "NewScoreSheet") return Command::NewScoreSheet;
    if (path == "FillDocument") return Command::FillDocument;
    if (path == "InsertField") return Command::InsertField;
    if (path == "About") return Command::About;
    return Command::None;
}

// Dispatch arguments a macro or test may pass: Options (JSON, as the service
// takes) and Silent (no message box).
std::string argString(const Sequence<beans::PropertyValue> &args, const char *name) {
    for (const auto &p : args) {
        OUString s;
        if (p.Name.equalsAscii(name) && (p.Value >>= s)) return toStd(s);
    }
    return {};
}
bool argBool(const Sequence<beans::PropertyValue> &args, const char *name) {
    for (const auto &p : args) {
        bool b = false;
        if (p.Name.equalsAscii(name) && (p.Value >>= b)) return b;
    }
    return false;
}

} // namespace

void MenuDispatcher::initialize(const Sequence<Any> &args) {
    if (args.hasElements()) args[0] >>= frame_;
}

Reference<frame::XDispatch> MenuDispatcher::queryDispatch(const util::URL &url, const OUString &, sal_Int32) {
    if (commandOf(url) != Command::None) return this;
    return nullptr;
}

Sequence<Reference<frame::XDispatch>>
MenuDispatcher::queryDispatches(const Sequence<frame::DispatchDescriptor> &reqs) {
    Sequence<Reference<frame::XDispatch>> res(reqs.getLength());
    for (sal_Int32 i = 0; i < reqs.getLength(); ++i)
        res[i] = queryDispatch(reqs[i].FeatureURL, reqs[i].FrameName, reqs[i].SearchFlags);
    return res;
}

void MenuDispatcher::dispatch(const util::URL &url, const Sequence<beans::PropertyValue> &args) {
    dispatchWithNotification(url, args, nullptr);
}

void MenuDispatcher::addStatusListener(const Reference<frame::XStatusListener> &listener,
                                       const util::URL &url) {
    if (!listener.is()) return;
    // The Addons.xcu Context already restricts each entry to its document type.
    frame::FeatureStateEvent ev;
    ev.Source = static_cast<cppu::OWeakObject *>(this);
    ev.FeatureURL = url;
    ev.IsEnabled = commandOf(url) != Command::None;
    ev.Requery = false;
    listener->statusChanged(ev);
}

void MenuDispatcher::dispatchWithNotification(const util::URL &url,
                                              const Sequence<beans::PropertyValue> &args,
                                              const Reference<frame::XDispatchResultListener> &listener) {
    sal_Int16 state = frame::DispatchResultState::FAILURE;
    Any result;
    const bool silent = argBool(args, "Silent");
    const std::string title = "ITA Tools";
    try {
        const Command cmd = commandOf(url);
        Reference<frame::XController> controller = frame_.is() ? frame_->getController() : nullptr;
        MenuCall call;
        call.ctx = ctx_;
        call.frame = frame_;
        call.model = controller.is() ? controller->getModel() : nullptr;
        call.options = argString(args, "Options");
        call.silent = silent;
        call.lang = uiLanguage(ctx_);
        switch (cmd) {
        case Command::Validate:
            result <<= toOU(validateCommand(call));
            break;
        case Command::Analyse:
            result <<= toOU(analyseCommand(call));
            break;
        case Command::ClearMarks:
            result <<= toOU(clearMarksCommand(call));
            break;
        case Command::NewScoreSheet:
            result <<= toOU(newScoreSheet(ctx_, frame_, parseOptions(toOU(call.options)), silent));
            break;
        case Command::FillDocument:
            result <<= toOU(fillCommand(call));
            break;
        case Command::InsertField:
            result <<= toOU(insertFieldCommand(call));
            break;
        case Command::About:
            result <<= toOU(aboutCommand(call));
            break;
        case Command::None:
            throw lang::IllegalArgumentException("unknown ITA command: " + url.Complete, nullptr, 0);
        }
        state = frame::DispatchResultState::SUCCESS;
    } catch (const uno::Exception &e) {
        result <<= e.Message;
        if (!silent) showMessage(ctx_, frame_, BoxKind::Error, title, toStd(e.Message));
    } catch (const std::exception &e) {
        result <<= toOU(e.what());
        if (!silent) showMessage(ctx_, frame_, BoxKind::Error, title, e.what());
    }
    if (listener.is()) {
        frame::DispatchResultEvent ev;
        ev.Source = static_cast<cppu::OWeakObject *>(this);
        ev.State = state;
        ev.Result = result;
        listener->dispatchFinished(ev);
    }
}

OUString MenuDispatcher::getImplementationName() {
    return implementationName();
}
sal_Bool MenuDispatcher::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}
Sequence<OUString> MenuDispatcher::getSupportedServiceNames() {
    return serviceNames();
}

Reference<uno::XInterface> MenuDispatcher::create(const Reference<uno::XComponentContext> &ctx) {
    return static_cast<cppu::OWeakObject *>(new MenuDispatcher(ctx));
}
OUString MenuDispatcher::implementationName() {
    return "org.itatools.comp.MenuDispatcher";
}
Sequence<OUString> MenuDispatcher::serviceNames() {
    return seq({OUString("com.sun.star.frame.ProtocolHandler")});
}

} // namespace ita::lo
