#include "uno/services/document_tools.hxx"

#include "uno/calc/calc_analysis_sheet.hxx"
#include "uno/calc/calc_marks.hxx"
#include "uno/calc/copy_cleaning.hxx"
#include "uno/common/document_flows.hxx"
#include "uno/common/fill_service.hxx"
#include "uno/common/uno_errors.hxx"
#include "uno/common/uno_strings.hxx"
#include "version.hxx"

#include "office/document_names.hxx"

#include "core/report/report_json.hpp"
#include "core/text/messages.hpp"

#include <boost/json.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <filesystem>

using namespace css;
namespace fs = std::filesystem;
using css::uno::Reference;

namespace ita::lo {

namespace {

// fillFile's "format": the format to convert the filled document to ("" for the template's own).
std::string parseConvertFormat(const OUString &options) {
    const std::string text = toStd(options);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
    const boost::json::value v = boost::json::parse(text); // its syntax checked by parseFillOptions
    const boost::json::value *f = v.as_object().if_contains("format");
    if (!f || f->is_null()) return {};
    if (!f->is_string()) throwIllegalArgument("options: format must be odt, docx or pdf", 1);
    const std::string format(f->as_string());
    if (format != "odt" && format != "docx" && format != "pdf")
        throwIllegalArgument("options: format must be odt, docx or pdf: " + format, 1);
    return format;
}

void storeConverted(const Reference<lang::XComponent> &doc, const std::string &path,
                    const std::string &format) {
    const char *filter = office::exportFilterFor("x." + format, false);
    uno::Sequence<beans::PropertyValue> args(3);
    args[0].Name = "FilterName";
    args[0].Value <<= OUString::createFromAscii(filter);
    args[1].Name = "Overwrite";
    args[1].Value <<= true;
    args[2].Name = "NoThumbnail";
    args[2].Value <<= true;
    Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)->storeToURL(toOU(office::fileUrl(path)), args);
}

} // namespace

OUString DocumentTools::validate(const Reference<lang::XComponent> &document, const OUString &options) {
    return unoBoundary([&] {
        const CallOptions o = parseOptions(options);
        const ValidationReport report = validateDocument(ctx_, document, o);
        if (o.annotate && kindOf(document) == DocKind::Calc) {
            std::vector<std::string> notes;
            if (o.cleanCopy) {
                // a copy that leaves the office: no macros, no live links (issue: marked copies)
                const CleanedCopy cleaned = cleanCopy(document);
                if (cleaned.macroModules || cleaned.links)
                    notes.push_back(
                        msg::th("report.copyCleaned", {{"macros", std::to_string(cleaned.macroModules)},
                                                       {"links", std::to_string(cleaned.links)}}));
            }
            annotateCalc(document, report, notes);
        }
        return toOU(toJson(report));
    });
}

OUString DocumentTools::analyse(const Reference<lang::XComponent> &document, const OUString &options) {
    return unoBoundary([&] {
        const CallOptions o = parseOptions(options);
        const Analysis analysis = analyseDocument(ctx_, document, o);
        if (o.write) {
            if (kindOf(document) != DocKind::Calc)
                throwIllegalArgument("the analysis sheet can only be written into a Calc document");
            writeAnalysisSheet(document, analysis);
        }
        return toOU(toJson(analysis));
    });
}

OUString DocumentTools::fill(const Reference<lang::XComponent> &document, const OUString &options) {
    return unoBoundary([&] { return toOU(toJson(fillDocument(ctx_, document, parseFillOptions(options)))); });
}

OUString DocumentTools::templates() {
    return unoBoundary([&] {
        boost::json::object out;
        for (const ShippedTemplate &t : shippedTemplates(ctx_))
            out[t.name] = t.path;
        return toOU(boost::json::serialize(out));
    });
}

void DocumentTools::clearMarks(const Reference<lang::XComponent> &document) {
    unoBoundary([&] {
        if (kindOf(document) == DocKind::Calc) clearCalcMarks(document);
    });
}

OUString DocumentTools::frameworks(const OUString &options) {
    return unoBoundary([&] {
        const CallOptions o = parseOptions(options);
        std::vector<std::string> dirs;
        const FrameworkRegistry registry = loadFrameworks(ctx_, o.frameworksDir, &dirs);
        boost::json::object out;
        boost::json::array years, errors, dirList;
        for (int y : registry.years())
            years.emplace_back(y);
        for (const auto &e : registry.errors())
            errors.emplace_back(e);
        for (const auto &d : dirs)
            dirList.emplace_back(d);
        out["years"] = years;
        out["errors"] = errors;
        out["dirs"] = dirList;
        return toOU(boost::json::serialize(out));
    });
}

office::DocumentLoader &DocumentTools::loader() {
    std::lock_guard<std::mutex> lock(loaderMutex_);
    if (!loader_) loader_ = std::make_unique<office::DocumentLoader>(ctx_);
    return *loader_;
}

Reference<lang::XComponent> DocumentTools::loadInput(const OUString &url) {
    try {
        return loader().load(office::pathOfUrl(toStd(url)), false, true);
    } catch (const std::runtime_error &e) {
        throwIllegalArgument(e.what()); // why the file cannot be read: the caller reports it
    }
}

namespace {

// Closes a document this component opened, whatever happens to the call: a batch
// opens hundreds of files in one office.
struct ClosedAtEnd {
    Reference<lang::XComponent> doc;
    ~ClosedAtEnd() { office::DocumentLoader::close(doc); }
};

} // namespace

OUString DocumentTools::validateFile(const OUString &url, const OUString &options) {
    return unoBoundary([&] {
        CallOptions o = parseOptions(options);
        o.annotate = false; // nothing of the document leaves this call
        const ClosedAtEnd sheet{loadInput(url)};
        return toOU(toJson(validateDocument(ctx_, sheet.doc, o)));
    });
}

OUString DocumentTools::fillFile(const OUString &url, const OUString &options) {
    return unoBoundary([&] {
        FillOptions o = parseFillOptions(options);
        const std::string format = parseConvertFormat(options);
        const std::string target = o.output;
        FillOutcome outcome;
        {
            const ClosedAtEnd sheet{loadInput(url)};
            if (!format.empty()) o.output = target + ".filled"; // the template's format, converted below
            outcome = fillDocument(ctx_, sheet.doc, o);
        }
        if (format.empty() || !outcome.written) return toOU(toJson(outcome));
        const std::string filled = target + ".filled." + outcome.extension;
        std::error_code ec;
        fs::rename(o.output, filled, ec);
        if (ec) throwIllegalArgument("cannot write " + filled + ": " + ec.message());
        struct Removed {
            std::string path;
            ~Removed() {
                std::error_code ignored;
                fs::remove(path, ignored);
            }
        } removed{filled};
        if (format == outcome.extension) {
            fs::rename(filled, target, ec);
            if (ec) throwIllegalArgument("cannot write " + target + ": " + ec.message());
        } else {
            // the office converts what it would show: the filled document loaded as any input
            const ClosedAtEnd document{loader().loadOwn(filled, office::textImportFilterFor(filled))};
            storeConverted(document.doc, target, format);
        }
        outcome.output = target;
        outcome.extension = format;
        return toOU(toJson(outcome));
    });
}

OUString DocumentTools::version() {
    return OUString::createFromAscii(kVersion);
}

OUString DocumentTools::getImplementationName() {
    return implementationName();
}
sal_Bool DocumentTools::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}
uno::Sequence<OUString> DocumentTools::getSupportedServiceNames() {
    return serviceNames();
}

Reference<uno::XInterface> DocumentTools::create(const Reference<uno::XComponentContext> &ctx) {
    return static_cast<cppu::OWeakObject *>(new DocumentTools(ctx));
}
OUString DocumentTools::implementationName() {
    return "org.itatools.comp.DocumentTools";
}
uno::Sequence<OUString> DocumentTools::serviceNames() {
    return seq({OUString("org.itatools.DocumentTools")});
}

} // namespace ita::lo
