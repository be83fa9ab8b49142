#include "uno/services/document_tools.hxx"

#include "uno/calc/calc_analysis_sheet.hxx"
#include "uno/calc/calc_marks.hxx"
#include "uno/calc/copy_cleaning.hxx"
#include "uno/common/document_flows.hxx"
#include "uno/common/fill_service.hxx"
#include "uno/common/uno_errors.hxx"
#include "uno/common/uno_strings.hxx"
#include "version.hxx"

#include "core/report/report_json.hpp"
#include "core/text/messages.hpp"

#include <boost/json.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace css;
using css::uno::Reference;

namespace ita::lo {

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
