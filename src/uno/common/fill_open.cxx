#include "uno/common/fill_open.hxx"

#include "uno/common/uno_strings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <cstdlib>
#include <filesystem>
#include <memory>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace fs = std::filesystem;

namespace ita::lo {

namespace {

[[noreturn]] void refuse(const std::string &key, msg::Lang lang, const msg::Args &args = {}) {
    throw lang::IllegalArgumentException(toOU(msg::text(key, lang, args)), nullptr, 1);
}

OUString fileUrl(const std::string &path) {
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOU(path), url) != osl::FileBase::E_None)
        throw lang::IllegalArgumentException(toOU("not a file path: " + path), nullptr, 1);
    return url;
}

beans::PropertyValue property(const char *name, const Any &value) {
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// A private folder for the template copy and the filled file, removed whatever happens.
class TempFolder {
  public:
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "ita-fill-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw uno::RuntimeException("ITA Tools: cannot create a temporary folder");
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string file(const std::string &name) const { return (fs::path(path_) / name).string(); }

  private:
    std::string path_;
};

// A score sheet opened from a file for the fill only: hidden, read-only, closed after.
class OpenedSheet {
  public:
    OpenedSheet(const Reference<uno::XComponentContext> &ctx, const std::string &path, msg::Lang lang) {
        if (!fs::is_regular_file(path)) refuse("ui.fill.fileMissing", lang, {{"file", path}});
        Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx), UNO_QUERY_THROW);
        uno::Sequence<beans::PropertyValue> args(2);
        args[0] = property("Hidden", Any(true));
        args[1] = property("ReadOnly", Any(true));
        try {
            doc_ = loader->loadComponentFromURL(fileUrl(path), "_blank", 0, args);
        } catch (const uno::Exception &) {
        }
        if (!doc_.is()) refuse("ui.fill.cannotOpen", lang, {{"file", path}});
    }
    ~OpenedSheet() {
        try {
            Reference<util::XCloseable> c(doc_, UNO_QUERY);
            if (c.is()) c->close(true);
        } catch (const uno::Exception &) {
        }
    }
    const Reference<lang::XComponent> &document() const { return doc_; }

  private:
    Reference<lang::XComponent> doc_;
};

bool isShippedName(const std::string &name) {
    for (const char *n : {"memo", "analysis", "measures", "report", "plan"})
        if (name == n) return true;
    return false;
}

} // namespace

std::string errorList(const ValidationReport &report, msg::Lang lang, size_t limit) {
    std::string out;
    size_t shown = 0, errors = 0;
    for (const Finding &f : report.findings) {
        if (f.severity != Severity::Error) continue;
        ++errors;
        if (shown == limit) continue;
        out += "• [" + f.code + "] " + (lang == msg::Lang::Th ? f.messageTh : f.messageEn) + "\n";
        ++shown;
    }
    if (errors > shown)
        out += msg::text("ui.moreFindings", lang, {{"count", std::to_string(errors - shown)}}) + "\n";
    return out;
}

FilledDocument fillAndOpen(const Reference<uno::XComponentContext> &ctx, const FillChoices &choices,
                           const ConfirmErrors &confirm, msg::Lang lang) {
    FillOptions options = choices.options;
    TempFolder temp;

    std::unique_ptr<OpenedSheet> opened;
    Reference<uno::XInterface> sheet = choices.sheetDocument;
    if (!sheet.is()) {
        if (choices.sheetFile.empty()) refuse("ui.fill.noSheet", lang);
        opened = std::make_unique<OpenedSheet>(ctx, choices.sheetFile, lang);
        sheet = opened->document();
        if (options.call.path.empty()) options.call.path = fs::path(choices.sheetFile).filename().string();
    }

    if (choices.templateDocument.is()) {
        // The document as it is on screen, edits included; the document itself is not touched
        // (storeToURL leaves its URL and modified state alone).
        const std::string copy = temp.file("template.odt");
        Reference<frame::XStorable> storable(choices.templateDocument, UNO_QUERY_THROW);
        uno::Sequence<beans::PropertyValue> args(1);
        args[0] = property("FilterName", Any(OUString("writer8")));
        storable->storeToURL(fileUrl(copy), args);
        options.templateName = copy;
    } else if (!isShippedName(options.templateName)) {
        if (options.templateName.empty()) refuse("ui.fill.noTemplateFile", lang);
        if (!fs::is_regular_file(options.templateName))
            refuse("ui.fill.fileMissing", lang, {{"file", options.templateName}});
    }

    options.output = temp.file("filled");
    FilledDocument result;
    try {
        result.outcome = fillDocument(ctx, sheet, options);
        if (!result.outcome.written && confirm && confirm(result.outcome.validation)) {
            options.allowErrors = true;
            result.outcome = fillDocument(ctx, sheet, options);
        }
    } catch (const lang::IllegalArgumentException &e) {
        refuse("ui.fill.cannotFill", lang, {{"message", toStd(e.Message)}});
    }
    if (!result.outcome.written) return result;

    // Named by its format, so that type detection needs no guessing.
    const std::string filled = temp.file("filled." + result.outcome.extension);
    fs::rename(options.output, filled);
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    // As a template: a new untitled document, with no link to the temporary file.
    args[0] = property("AsTemplate", Any(true));
    result.document = loader->loadComponentFromURL(fileUrl(filled), "_blank", 0, args);
    if (!result.document.is()) refuse("ui.fill.cannotOpen", lang, {{"file", filled}});
    result.outcome.output.clear(); // the temporary file is gone with the folder
    return result;
}

} // namespace ita::lo
