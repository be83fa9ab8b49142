#include "uno/calc/calc_functions.hxx"

#include "uno/common/document_flows.hxx"
#include "uno/common/uno_errors.hxx"
#include "uno/common/uno_strings.hxx"

#include "core/frameworks/sheet_functions.hpp"
#include "core/text/messages.hpp"
#include "core/text/thai_text.hpp"
#include "core/text/user_error.hpp"

#include <cppuhelper/supportsservice.hxx>

#include <cmath>
#include <cstring>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace ita::lo {

namespace {

constexpr char kServiceName[] = "org.itatools.CalcFunctions";

// The one function table: every XAddIn lookup reads it. The texts are in the message
// catalogue under "function.<method>..." (see core/text/messages.cpp), Thai and English.
struct FunctionInfo {
    const char *programmatic;
    std::vector<const char *> args;
};

const std::vector<FunctionInfo> &functions() {
    static const std::vector<FunctionInfo> list = {
        {"itaTotal", {"scores", "fiscal_year"}},
        {"itaRating", {"total", "fiscal_year", "iit", "eit", "oit"}},
        {"itaToolScore", {"scores", "fiscal_year", "tool"}},
        {"itaThaiDigits", {"value", "decimals"}},
        {"itaArabicDigits", {"text"}},
        {"itaThaiDate", {"date", "form"}},
    };
    return list;
}

const FunctionInfo *find(const OUString &programmatic) {
    for (const auto &f : functions())
        if (programmatic.equalsAscii(f.programmatic)) return &f;
    return nullptr;
}

std::string functionKey(const FunctionInfo &f, const char *part) {
    return std::string("function.") + f.programmatic + "." + part;
}

// "function.<method>.arg.<name>" plus `suffix`; empty when there is no such argument.
std::string argumentKey(const OUString &programmatic, sal_Int32 arg, const char *suffix) {
    const FunctionInfo *f = find(programmatic);
    if (!f || arg < 0 || arg >= static_cast<sal_Int32>(f->args.size())) return {};
    return functionKey(*f, "arg.") + f->args[static_cast<size_t>(arg)] + suffix;
}

// Bad input, and any failure of a function, becomes an error in its cell.
template <class F> auto guarded(F &&f) -> decltype(f()) {
    return unoBoundary(std::forward<F>(f), Unexpected::IllegalArgument);
}

sheetfn::Value value(const Any &a) {
    sheetfn::Value v;
    double d = 0;
    OUString s;
    if (a >>= d)
        v.number = d;
    else if (a >>= s)
        v.text = toStd(s);
    return v;
}

std::vector<sheetfn::Value> cells(const Sequence<Sequence<Any>> &range) {
    std::vector<sheetfn::Value> out;
    for (const auto &row : range)
        for (const Any &cell : row)
            out.push_back(value(cell));
    return out;
}

// A tool score argument: empty, one number, or a range of them (a framework with more
// tools than the function has arguments takes its tool scores as one range).
void addToolScores(const Any &a, std::vector<std::optional<double>> &out) {
    Sequence<Sequence<Any>> range;
    if (a >>= range) {
        for (const sheetfn::Value &v : cells(range))
            out.push_back(v.number ? v.number : thai::parseNumber(v.text));
        return;
    }
    const sheetfn::Value v = value(a);
    out.push_back(v.number ? v.number : thai::parseNumber(v.text));
}

} // namespace

const Framework &CalcFunctions::framework(sal_Int32 fiscalYear) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!registry_) registry_ = std::make_unique<FrameworkRegistry>(loadFrameworks(ctx_, {}));
    const Framework *fw = registry_->find(fiscalYear);
    if (!fw)
        throwIllegalArgument(UserError("ITA015", {{"year", std::to_string(fiscalYear)}}).what(),
                             1); // no framework
    return *fw;
}

double CalcFunctions::itaTotal(const Sequence<Sequence<Any>> &scores, sal_Int32 fiscalYear) {
    return guarded([&] { return sheetfn::total(framework(fiscalYear), cells(scores)); });
}

OUString CalcFunctions::itaRating(double total, sal_Int32 fiscalYear, const Any &tool1, const Any &tool2,
                                  const Any &tool3) {
    return guarded([&] {
        const Framework &fw = framework(fiscalYear);
        std::vector<std::optional<double>> tools;
        for (const Any *a : {&tool1, &tool2, &tool3})
            addToolScores(*a, tools);
        // Trailing arguments left out are no tool scores.
        while (!tools.empty() && !tools.back())
            tools.pop_back();
        return toOU(sheetfn::rating(fw, total, tools).labelTh);
    });
}

double CalcFunctions::itaToolScore(const Sequence<Sequence<Any>> &scores, sal_Int32 fiscalYear,
                                   const OUString &tool) {
    return guarded([&] { return sheetfn::toolScore(framework(fiscalYear), cells(scores), toStd(tool)); });
}

OUString CalcFunctions::itaThaiDigits(const Any &value, const Any &decimals) {
    double d = 0;
    OUString s;
    if (value >>= d) {
        double dec = 2;
        decimals >>= dec;
        if (dec < 0 || dec > 10) throwIllegalArgument(UserError("function.error.decimals", {}).what(), 1);
        return toOU(thai::formatFixed(d, static_cast<int>(dec), true));
    }
    if (value >>= s) return toOU(thai::toThaiDigits(toStd(s)));
    return OUString();
}

OUString CalcFunctions::itaArabicDigits(const OUString &text) {
    return toOU(thai::toArabicDigits(toStd(text)));
}

OUString CalcFunctions::itaThaiDate(double date, const Any &form) {
    double f = 0;
    form >>= f;
    if (date < 1) throwIllegalArgument(UserError("function.error.notDate", {}).what(), 0);
    const thai::Date d = thai::fromSerial(date);
    return toOU(f >= 1 ? thai::formatDateShort(d, true) : thai::formatDateLong(d, true));
}

OUString CalcFunctions::getProgrammaticFuntionName(const OUString &display) {
    for (const auto &f : functions())
        if (display.equalsIgnoreAsciiCase(toOU(msg::en(functionKey(f, "name")))) ||
            display == toOU(msg::th(functionKey(f, "name"))))
            return OUString::createFromAscii(f.programmatic);
    return OUString();
}
OUString CalcFunctions::getDisplayFunctionName(const OUString &programmatic) {
    const FunctionInfo *f = find(programmatic);
    return f ? toOU(msg::text(functionKey(*f, "name"), lang())) : OUString();
}
OUString CalcFunctions::getFunctionDescription(const OUString &programmatic) {
    const FunctionInfo *f = find(programmatic);
    return f ? toOU(msg::text(functionKey(*f, "description"), lang())) : OUString();
}
OUString CalcFunctions::getDisplayArgumentName(const OUString &programmatic, sal_Int32 arg) {
    const std::string key = argumentKey(programmatic, arg, "");
    return key.empty() ? OUString() : toOU(msg::text(key, lang()));
}
OUString CalcFunctions::getArgumentDescription(const OUString &programmatic, sal_Int32 arg) {
    const std::string key = argumentKey(programmatic, arg, ".description");
    return key.empty() ? OUString() : toOU(msg::text(key, lang()));
}
OUString CalcFunctions::getProgrammaticCategoryName(const OUString &) {
    return "Add-In";
}
OUString CalcFunctions::getDisplayCategoryName(const OUString &) {
    return "Add-In";
}

OUString CalcFunctions::getServiceName() {
    return kServiceName;
}
OUString CalcFunctions::getImplementationName() {
    return implementationName();
}
sal_Bool CalcFunctions::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}
Sequence<OUString> CalcFunctions::getSupportedServiceNames() {
    return serviceNames();
}

Reference<uno::XInterface> CalcFunctions::create(const Reference<uno::XComponentContext> &ctx) {
    return static_cast<cppu::OWeakObject *>(new CalcFunctions(ctx));
}
OUString CalcFunctions::implementationName() {
    return "org.itatools.comp.CalcFunctions";
}
Sequence<OUString> CalcFunctions::serviceNames() {
    return seq({OUString("com.sun.star.sheet.AddIn"), OUString(kServiceName)});
}

} // namespace ita::lo
