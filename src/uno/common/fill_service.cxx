#include "uno/common/fill_service.hxx"

#include "uno/common/extension_package.hxx"
#include "uno/common/uno_errors.hxx"
#include "uno/common/uno_strings.hxx"

#include "core/fill/fill_template.hpp"
#include "core/report/report_json.hpp"

#include <boost/json.hpp>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

using namespace css;
using css::uno::Reference;

namespace fs = std::filesystem;

namespace ita::lo {

namespace {

// Bad input is about the options, the service's second argument.
constexpr sal_Int16 kOptionsArgument = 1;

thai::Date parseIsoDate(const std::string &s) {
    thai::Date d;
    char dash1 = 0, dash2 = 0;
    std::istringstream in(s);
    in >> d.year >> dash1 >> d.month >> dash2 >> d.day;
    if (!in || dash1 != '-' || dash2 != '-' || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        throwIllegalArgument("date must be YYYY-MM-DD (Gregorian): " + s, kOptionsArgument);
    return d;
}

// A template is parsed once per run, not once per document: a batch fills
// hundreds of documents from one template. Keyed by path, size and time, so
// an edited template is read again.
const fill::FillTemplate &cachedTemplate(const std::string &path) {
    static std::mutex mutex;
    static std::map<std::string, std::pair<std::string, fill::FillTemplate>> cache;
    std::error_code ec;
    const std::string stamp = std::to_string(fs::file_size(path, ec)) + "/" +
                              std::to_string(fs::last_write_time(path, ec).time_since_epoch().count());
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(path);
    if (it != cache.end() && it->second.first == stamp) return it->second.second;
    fill::FillTemplate t = fill::FillTemplate::loadFile(path);
    cache.erase(path);
    return cache.emplace(path, std::make_pair(stamp, std::move(t))).first->second.second;
}

} // namespace

FillOptions parseFillOptions(const OUString &json) {
    FillOptions o;
    o.call = parseOptions(json);
    const std::string text = toStd(json);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return o;
    const boost::json::value parsed = boost::json::parse(text); // checked by parseOptions
    const boost::json::object &obj = parsed.as_object();
    try {
        if (auto *p = obj.if_contains("template")) o.templateName = std::string(p->as_string());
        if (auto *p = obj.if_contains("output")) o.output = std::string(p->as_string());
        if (auto *p = obj.if_contains("date"); p && !p->is_null())
            o.settings.date = parseIsoDate(std::string(p->as_string()));
        if (auto *p = obj.if_contains("letter_number")) o.settings.letterNumber = std::string(p->as_string());
        if (auto *p = obj.if_contains("thai_digits")) o.settings.thaiDigits = p->as_bool();
        if (auto *p = obj.if_contains("allow_errors")) o.allowErrors = p->as_bool();
        if (auto *p = obj.if_contains("set"))
            for (const auto &kv : p->as_object())
                o.settings.overrides.emplace_back(std::string(kv.key()), std::string(kv.value().as_string()));
    } catch (const std::exception &e) {
        throwIllegalArgument(std::string("options: wrong type of value (") + e.what() + "): " + text,
                             kOptionsArgument);
    }
    o.settings.fiscalYear = o.call.fiscalYear;
    return o;
}

std::vector<ShippedTemplate> shippedTemplates(const Reference<uno::XComponentContext> &ctx) {
    const std::string folder = extensionFolder(ctx);
    const std::string base = folder.empty() ? std::string() : folder + "/templates/ITA/";
    std::vector<ShippedTemplate> out;
    for (const char *name : {"memo", "analysis", "measures", "report", "plan"})
        out.push_back({name, base.empty() ? std::string() : base + "ita-" + name + ".ott"});
    return out;
}

std::string resolveTemplate(const Reference<uno::XComponentContext> &ctx, const std::string &nameOrPath) {
    for (const ShippedTemplate &t : shippedTemplates(ctx))
        if (t.name == nameOrPath) {
            if (t.path.empty() || !fs::exists(t.path))
                throwIllegalArgument("the shipped template '" + nameOrPath + "' is not installed",
                                     kOptionsArgument);
            return t.path;
        }
    if (nameOrPath.empty())
        throwIllegalArgument("no template given (memo, analysis, measures, report, plan or a file)",
                             kOptionsArgument);
    if (!fs::is_regular_file(nameOrPath))
        throwIllegalArgument("template not found: " + nameOrPath, kOptionsArgument);
    return nameOrPath;
}

FillOutcome fillDocument(const Reference<uno::XComponentContext> &ctx,
                         const Reference<uno::XInterface> &sheet, const FillOptions &options) {
    if (!sheet.is()) throwIllegalArgument("no score sheet", kOptionsArgument);
    const std::string templatePath = resolveTemplate(ctx, options.templateName);
    FillOutcome outcome;
    const fill::FillTemplate *templ = nullptr;
    try {
        templ = &cachedTemplate(templatePath);
    } catch (const fill::TemplateError &e) {
        throwIllegalArgument(e.messageTh() + " (" + e.what() + ")", kOptionsArgument);
    }
    outcome.extension = templ->extension();

    const DocumentInput in = readInput(ctx, sheet, options.call);
    outcome.validation = validateInput(in, options.call);
    if (outcome.validation.errors() > 0 && !options.allowErrors) return outcome;

    std::string bytes;
    try {
        fill::FillSettings settings = options.settings;
        if (!settings.date) {
            const std::time_t now = std::time(nullptr);
            std::tm local{};
            localtime_r(&now, &local);
            settings.date = thai::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
        }
        bytes = templ->fill(fill::buildFillData(in.source, in.registry, settings));
    } catch (const fill::FillDataError &e) {
        throwIllegalArgument(e.what(), kOptionsArgument);
    } catch (const fill::TemplateError &e) {
        throwIllegalArgument(e.messageTh() + " (" + e.what() + ")", kOptionsArgument);
    }
    if (options.output.empty()) throwIllegalArgument("no output file given", kOptionsArgument);
    std::error_code ec;
    if (fs::exists(options.output, ec) && fs::equivalent(options.output, templatePath, ec))
        throwIllegalArgument("the output must not be the template: " + options.output, kOptionsArgument);
    {
        std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) throwIllegalArgument("cannot write " + options.output, kOptionsArgument);
    }
    outcome.written = true;
    outcome.output = options.output;
    return outcome;
}

std::string toJson(const FillOutcome &outcome) {
    boost::json::object o;
    o["written"] = outcome.written;
    o["output"] = outcome.output;
    o["format"] = outcome.extension;
    o["validation"] = boost::json::parse(ita::toJson(outcome.validation));
    return boost::json::serialize(o);
}

} // namespace ita::lo
