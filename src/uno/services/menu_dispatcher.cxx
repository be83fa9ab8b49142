#include "uno/services/menu_dispatcher.hxx"

#include "uno/calc/calc_analysis_sheet.hxx"
#include "uno/calc/calc_marks.hxx"
#include "uno/common/document_service.hxx"
#include "uno/calc/score_sheet.hxx"
#include "uno/common/ui_feedback.hxx"
#include "uno/common/uno_strings.hxx"
#include "version.hxx"

#include "core/text/messages.hpp"
#include "core/report/report_json.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <sstream>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace ita::lo {

namespace {

constexpr char kProtocol[] = "org.itatools:";

enum class Command { None, Validate, Analyse, ClearMarks, NewScoreSheet, About };

Command commandOf(const util::URL &url) {
    if (!url.Complete.startsWith(kProtocol)) return Command::None;
    const OUString path =
        url.Complete.copy(static_cast<sal_Int32>(std::char_traits<char>::length(kProtocol)));
    if (path == "Validate") return Command::Validate;
    if (path == "Analyse") return Command::Analyse;
    if (path == "ClearMarks") return Command::ClearMarks;
    if (path == "NewScoreSheet") return Command::NewScoreSheet;
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

std::string summaryText(const ValidationReport &r) {
    std::ostringstream os;
    if (r.findings.empty()) {
        os << msg::th("ui.noFindings");
        return os.str();
    }
    os << msg::th("ui.summary",
                  {{"errors", std::to_string(r.errors())}, {"warnings", std::to_string(r.warnings())}});
    os << "\n\n";
    const size_t shown = std::min<size_t>(r.findings.size(), 12);
    for (size_t i = 0; i < shown; ++i) {
        const Finding &f = r.findings[i];
        os << "• [" << f.code << "] " << f.messageTh << "\n";
    }
    if (r.findings.size() > shown) os << "… (" << r.findings.size() - shown << ")\n";
    return os.str();
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
        Reference<frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
        CallOptions options = parseOptions(toOU(argString(args, "Options")));
        switch (cmd) {
        case Command::Validate: {
            ValidationReport report;
            {
                // The status bar shows progress only while we work, not behind the summary box.
                StatusProgress progress(frame_, "ITA: ตรวจสอบ…");
                report = validateDocument(ctx_, model, options, progress.callback());
                if (kindOf(model) == DocKind::Calc) {
                    UndoGroup undo(model, "ITA: ตรวจสอบ");
                    annotateCalc(model, report);
                }
            }
            result <<= toOU(toJson(report));
            if (!silent)
                showMessage(ctx_, frame_, report.errors() ? BoxKind::Warning : BoxKind::Info, title,
                            summaryText(report));
            break;
        }
        case Command::Analyse: {
            StatusProgress progress(frame_, "ITA: วิเคราะห์ผล…");
            Analysis analysis = analyseDocument(ctx_, model, options, progress.callback());
            if (kindOf(model) == DocKind::Calc) {
                UndoGroup undo(model, "ITA: วิเคราะห์ผล");
                writeAnalysisSheet(model, analysis);
            }
            result <<= toOU(toJson(analysis));
            break;
        }
        case Command::ClearMarks: {
            UndoGroup undo(model, "ITA: ล้างเครื่องหมาย");
            clearCalcMarks(model);
            result <<= OUString("cleared");
            break;
        }
        case Command::NewScoreSheet: {
            result <<= toOU(newScoreSheet(ctx_, frame_, options, silent));
            break;
        }
        case Command::About: {
            const std::string text = std::string("ITA Tools ") + kVersion +
                                     "\nเครื่องมือตรวจสอบและวิเคราะห์ผลการประเมิน ITA\n" + kExtensionId;
            if (!silent) showMessage(ctx_, frame_, BoxKind::Info, title, text);
            result <<= toOU(text);
            break;
        }
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
