#include "uno/common/document_flows.hxx"

#include "uno/calc/calc_reader.hxx"
#include "uno/common/extension_package.hxx"
#include "uno/common/uno_errors.hxx"
#include "uno/common/uno_strings.hxx"
#include "uno/writer/writer_reader.hxx"

#include "core/analysis/analyse_source.hpp"

#include <boost/json.hpp>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XStringSubstitution.hpp>
#include <osl/file.hxx>

#include <filesystem>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace ita::lo {

namespace {

std::string systemPath(const OUString &url) {
    OUString sys;
    if (osl::FileBase::getSystemPathFromFileURL(url, sys) != osl::FileBase::E_None) return {};
    return toStd(sys);
}

} // namespace

CallOptions parseOptions(const OUString &json) {
    CallOptions o;
    const std::string text = toStd(json);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return o;
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(text, ec);
    if (ec || !v.is_object()) throwIllegalArgument("options must be a JSON object: " + text, 1);
    const auto &obj = v.as_object();
    try {
        if (auto *p = obj.if_contains("annotate")) o.annotate = p->as_bool();
        if (auto *p = obj.if_contains("clean_copy")) o.cleanCopy = p->as_bool();
        if (auto *p = obj.if_contains("write")) o.write = p->as_bool();
        if (auto *p = obj.if_contains("frameworks")) o.frameworksDir = std::string(p->as_string());
        if (auto *p = obj.if_contains("fiscal_year"); p && !p->is_null())
            o.fiscalYear = static_cast<int>(p->to_number<double>());
        if (auto *p = obj.if_contains("tolerance")) o.tolerance = p->to_number<double>();
        if (auto *p = obj.if_contains("path")) o.path = std::string(p->as_string());
    } catch (const std::exception &e) {
        throwIllegalArgument(std::string("options: wrong type of value (") + e.what() + "): " + text, 1);
    }
    return o;
}

FrameworkRegistry loadFrameworks(const Reference<uno::XComponentContext> &ctx, const std::string &extraDir,
                                 std::vector<std::string> *dirsUsed) {
    FrameworkRegistry registry;
    auto add = [&](const std::string &dir) {
        if (dir.empty() || !std::filesystem::is_directory(dir)) return;
        registry.addDirectory(dir);
        if (dirsUsed) dirsUsed->push_back(dir);
    };
    // Not deployed as an extension (e.g. a test harness): built-ins come from extraDir.
    if (const std::string folder = extensionFolder(ctx); !folder.empty()) add(folder + "/frameworks");
    try {
        Reference<util::XStringSubstitution> subst = util::PathSubstitution::create(ctx);
        const OUString user = subst->substituteVariables("$(user)", true);
        add(systemPath(user) + "/ita/frameworks");
    } catch (const uno::Exception &) {
    }
    if (!extraDir.empty() && !std::filesystem::is_directory(extraDir))
        throwIllegalArgument("frameworks folder not found: " + extraDir, 1);
    add(extraDir);
    return registry;
}

DocKind kindOf(const Reference<uno::XInterface> &doc) {
    if (Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY).is()) return DocKind::Calc;
    if (Reference<text::XTextDocument>(doc, UNO_QUERY).is()) return DocKind::Writer;
    return DocKind::Other;
}

std::string documentName(const Reference<uno::XInterface> &doc) {
    Reference<frame::XModel> model(doc, UNO_QUERY);
    if (!model.is()) return {};
    const std::string url = toStd(model->getURL());
    if (url.empty()) return {};
    const std::string path = systemPath(model->getURL());
    return std::filesystem::path(path.empty() ? url : path).filename().string();
}

SourceDocument readDocument(const Reference<uno::XInterface> &doc, const std::string &path,
                            const Progress &progress) {
    switch (kindOf(doc)) {
    case DocKind::Calc:
        return readCalcDocument(doc, path, progress);
    case DocKind::Writer:
        return readWriterDocument(doc, path, progress);
    default:
        throwIllegalArgument("ITA Tools works on Calc spreadsheets and Writer documents only");
    }
}

DocumentInput readInput(const Reference<uno::XComponentContext> &ctx, const Reference<uno::XInterface> &doc,
                        const CallOptions &options, const Progress &progress) {
    if (!doc.is()) throwIllegalArgument("no document");
    DocumentInput in{loadFrameworks(ctx, options.frameworksDir),
                     options.path.empty() ? documentName(doc) : options.path,
                     {}};
    in.source = readDocument(doc, in.name, progress);
    return in;
}

ValidationReport validateInput(const DocumentInput &in, const CallOptions &options) {
    ValidationOptions vo;
    vo.tolerance = options.tolerance;
    vo.fiscalYear = options.fiscalYear;
    ValidationReport report = validate(in.source, in.registry, vo);
    report.path = in.name;
    // The report points into the registry, which may die first: keep only values.
    report.framework = nullptr;
    return report;
}

ValidationReport validateDocument(const Reference<uno::XComponentContext> &ctx,
                                  const Reference<uno::XInterface> &doc, const CallOptions &options,
                                  const Progress &progress) {
    return validateInput(readInput(ctx, doc, options, progress), options);
}

Analysis analyseDocument(const Reference<uno::XComponentContext> &ctx, const Reference<uno::XInterface> &doc,
                         const CallOptions &options, const Progress &progress) {
    const DocumentInput in = readInput(ctx, doc, options, progress);
    AnalyseOptions ao;
    ao.fiscalYear = options.fiscalYear;
    ao.tolerance = options.tolerance;
    ao.documentName = in.name;
    try {
        return analyseSource(in.source, in.registry, ao);
    } catch (const std::exception &e) {
        throwIllegalArgument(e.what());
    }
}

} // namespace ita::lo
