#include "uno/services/menu_commands.hxx"

#include "uno/calc/calc_analysis_sheet.hxx"
#include "uno/calc/calc_marks.hxx"
#include "uno/common/document_flows.hxx"
#include "uno/common/fill_open.hxx"
#include "uno/common/ui_feedback.hxx"
#include "uno/common/uno_strings.hxx"
#include "uno/dialogs/fill_dialog.hxx"
#include "uno/dialogs/insert_field_dialog.hxx"
#include "uno/writer/writer_cursor.hxx"
#include "uno/writer/writer_marks.hxx"
#include "version.hxx"

#include "core/fill/fill_schema.hpp"
#include "core/report/report_json.hpp"

#include <boost/json.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <algorithm>
#include <sstream>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace ita::lo {

namespace {

constexpr const char *kTitle = "ITA Tools";

std::string summaryText(const ValidationReport &r, msg::Lang lang) {
    if (r.findings.empty())
        return msg::text(r.checked.scores ? "ui.noFindings" : "ui.noFindingsNoScores", lang);
    std::string s =
        msg::text("ui.summary", lang,
                  {{"errors", std::to_string(r.errors())}, {"warnings", std::to_string(r.warnings())}}) +
        "\n\n";
    const size_t shown = std::min<size_t>(r.findings.size(), 12);
    for (size_t i = 0; i < shown; ++i) {
        const Finding &f = r.findings[i];
        s += "• [" + f.code + "] " + (lang == msg::Lang::Th ? f.messageTh : f.messageEn) + "\n";
    }
    if (r.findings.size() > shown)
        s +=
            msg::text("ui.moreFindings", lang, {{"count", std::to_string(r.findings.size() - shown)}}) + "\n";
    return s;
}

// Undo titles stay Thai whatever the UI language: macros and the tests find an ITA step
// in the undo stack by these titles, as they always were.
std::string undoTitle(const char *key) {
    return msg::th(key);
}

std::string titleOf(const Reference<uno::XInterface> &doc) {
    Reference<frame::XTitle> t(doc, UNO_QUERY);
    return t.is() ? toStd(t->getTitle()) : std::string();
}

bool isHidden(const Reference<frame::XModel> &model) {
    for (const beans::PropertyValue &p : model->getArgs()) {
        bool hidden = false;
        if (p.Name == "Hidden" && (p.Value >>= hidden)) return hidden;
    }
    return false;
}

// Score sheets open in Calc windows other than `except` (hidden ones belong to macros or batch runs).
std::vector<std::pair<std::string, Reference<uno::XInterface>>>
openScoreSheets(const Reference<uno::XComponentContext> &ctx, const Reference<uno::XInterface> &except) {
    std::vector<std::pair<std::string, Reference<uno::XInterface>>> out;
    Reference<container::XEnumeration> e = frame::Desktop::create(ctx)->getComponents()->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<frame::XModel> model(e->nextElement(), UNO_QUERY);
        if (!model.is() || kindOf(model) != DocKind::Calc || isHidden(model)) continue;
        if (Reference<uno::XInterface>(model, UNO_QUERY) == Reference<uno::XInterface>(except, UNO_QUERY))
            continue;
        out.emplace_back(titleOf(model), Reference<uno::XInterface>(model, UNO_QUERY));
    }
    return out;
}

std::string jsonString(const std::string &json, const char *key) {
    if (json.find_first_not_of(" \t\r\n") == std::string::npos) return {};
    const boost::json::value parsed = boost::json::parse(json);
    const boost::json::value *p = parsed.as_object().if_contains(key);
    return p && p->is_string() ? std::string(p->as_string()) : std::string();
}

bool jsonBool(const std::string &json, const char *key) {
    if (json.find_first_not_of(" \t\r\n") == std::string::npos) return false;
    const boost::json::value parsed = boost::json::parse(json);
    const boost::json::value *p = parsed.as_object().if_contains(key);
    return p && p->is_bool() && p->as_bool();
}

[[noreturn]] void refuse(const char *key, msg::Lang lang, const msg::Args &args = {}) {
    throw lang::IllegalArgumentException(toOU(msg::text(key, lang, args)), nullptr, 1);
}

} // namespace

std::string validateCommand(const MenuCall &call) {
    const CallOptions options = parseOptions(toOU(call.options));
    ValidationReport report;
    int comments = 0;
    {
        // The status bar shows progress only while we work, not behind the summary box.
        StatusProgress progress(call.frame, msg::text("ui.progress.validate", call.lang));
        report = validateDocument(call.ctx, call.model, options, progress.callback());
        const DocKind kind = kindOf(call.model);
        if (kind == DocKind::Calc) {
            UndoGroup undo(call.model, undoTitle("ui.undo.validate"));
            annotateCalc(call.model, report);
        } else if (kind == DocKind::Writer) {
            UndoGroup undo(call.model, undoTitle("ui.undo.validate"));
            comments = annotateWriter(call.model, report);
        }
    }
    if (!call.silent) {
        std::string text = summaryText(report, call.lang);
        if (comments > 0)
            text += "\n" + msg::text("ui.writer.marked", call.lang, {{"count", std::to_string(comments)}});
        showMessage(call.ctx, call.frame, report.errors() ? BoxKind::Warning : BoxKind::Info, kTitle, text);
    }
    return toJson(report);
}

std::string analyseCommand(const MenuCall &call) {
    const CallOptions options = parseOptions(toOU(call.options));
    StatusProgress progress(call.frame, msg::text("ui.progress.analyse", call.lang));
    const Analysis analysis = analyseDocument(call.ctx, call.model, options, progress.callback());
    if (kindOf(call.model) == DocKind::Calc) {
        UndoGroup undo(call.model, undoTitle("ui.undo.analyse"));
        writeAnalysisSheet(call.model, analysis);
    }
    return toJson(analysis);
}

std::string clearMarksCommand(const MenuCall &call) {
    UndoGroup undo(call.model, undoTitle("ui.undo.clear"));
    switch (kindOf(call.model)) {
    case DocKind::Calc:
        clearCalcMarks(call.model);
        break;
    case DocKind::Writer:
        clearWriterMarks(call.model);
        break;
    case DocKind::Other:
        break;
    }
    return "cleared";
}

std::string fillCommand(const MenuCall &call) {
    FillDialogInput in;
    in.lang = call.lang;
    in.current = call.model;
    in.currentTitle = titleOf(call.model);
    in.defaults.options = parseFillOptions(toOU(call.options));
    if (in.defaults.options.templateName == "current") {
        in.templateIsCurrent = true;
        in.defaults.options.templateName.clear();
        if (kindOf(call.model) == DocKind::Writer) in.defaults.templateDocument = call.model;
    }
    in.defaults.sheetFile = jsonString(call.options, "sheet");
    if (in.defaults.sheetFile.empty() && kindOf(call.model) == DocKind::Calc)
        in.defaults.sheetDocument = call.model;

    FillChoices choices = in.defaults;
    if (!call.silent) {
        in.openSheets = openScoreSheets(call.ctx, call.model);
        std::optional<FillChoices> asked = askFillChoices(call.ctx, call.frame, in);
        if (!asked) return R"({"cancelled":true})";
        choices = std::move(*asked);
    }

    const msg::Lang lang = call.lang;
    ConfirmErrors confirm = [&](const ValidationReport &report) {
        if (call.silent) return false;
        return askYesNo(
            call.ctx, call.frame, kTitle,
            msg::text("ui.fill.errors.question", lang,
                      {{"errors", std::to_string(report.errors())}, {"list", errorList(report, lang)}}));
    };
    FilledDocument filled;
    {
        StatusProgress progress(call.frame, msg::text("ui.progress.fill", lang));
        filled = fillAndOpen(call.ctx, choices, confirm, lang);
    }
    boost::json::object out = boost::json::parse(toJson(filled.outcome)).as_object();
    out["opened"] = filled.document.is();
    out["title"] = titleOf(filled.document);
    return boost::json::serialize(out);
}

std::string insertFieldCommand(const MenuCall &call) {
    if (kindOf(call.model) != DocKind::Writer) refuse("ui.insertField.writerOnly", call.lang);
    FieldChoice choice{jsonString(call.options, "field"), jsonBool(call.options, "english")};
    if (!call.silent) {
        std::optional<FieldChoice> asked = askField(call.ctx, call.frame, call.lang);
        if (!asked) return R"({"cancelled":true})";
        choice = std::move(*asked);
    }
    const std::string placeholder = fill::placeholderFor(choice.name, choice.english);
    if (placeholder.empty()) refuse("ui.insertField.unknown", call.lang, {{"name", choice.name}});
    if (!typeAtViewCursor(call.model, placeholder)) refuse("ui.insertField.readOnly", call.lang);
    boost::json::object out;
    out["inserted"] = placeholder;
    return boost::json::serialize(out);
}

std::string aboutCommand(const MenuCall &call) {
    const std::string text = msg::text("ui.about", call.lang, {{"version", kVersion}, {"id", kExtensionId}});
    if (!call.silent) showMessage(call.ctx, call.frame, BoxKind::Info, kTitle, text);
    return text;
}

} // namespace ita::lo
