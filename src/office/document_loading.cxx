#include "office/document_loading.hxx"

#include "office/document_names.hxx"
#include "uno/common/uno_strings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>
#include <unicode/utf8.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace fs = std::filesystem;

namespace ita::office {

using lo::toOU;
using lo::toStd;

std::string fileUrl(const std::string &path) {
    const std::string abs = fs::absolute(path).lexically_normal().string();
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOU(abs), url) != osl::FileBase::E_None)
        throw std::runtime_error("not a valid file path: " + path);
    // The office expands $NAME and ${…} in -env: values (and \ escapes them):
    // a folder named "$(touch x)" must stay a folder name, so both are
    // percent-encoded, which a file URL allows anyway.
    std::string out;
    for (char c : toStd(url)) {
        if (c == '$')
            out += "%24";
        else if (c == '\\')
            out += "%5C";
        else
            out += c;
    }
    return out;
}

std::string pathOfUrl(const std::string &url) {
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(toOU(url), path) != osl::FileBase::E_None)
        throw std::runtime_error("not a file URL: " + url);
    return toStd(path);
}

const char *csvImportOptions() {
    // Comma, double quote, UTF-8, from line 1, standard cells, en-US numbers, quoted fields
    // not forced to text, no special-number (date) detection.
    return "44,34,76,1,,1033,false,false";
}

namespace {

beans::PropertyValue prop(const char *name, const uno::Any &value) {
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// LibreOffice's type detection on the content: a file whose name claims a
// document but whose content is plain text or nothing the office knows is not
// a submission (it would otherwise be "checked" and pass with two warnings).
// What the first bytes say. A package format (.xlsx .docx .ods .odt) is a zip, or
// a compound file when encrypted; plain text passing as one is sometimes
// "detected" as something else entirely (Thai UTF-8 text as a WordPerfect file).
enum class Content { Zip, Compound, Text, Other };

Content sniff(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (head.rfind("PK\x03\x04", 0) == 0) return Content::Zip;
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0) return Content::Compound;
    // text: valid UTF-8 (a character cut at the end allowed) without control bytes
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(head.size());
    while (i < n) {
        UChar32 c = 0;
        const int32_t at = i;
        U8_NEXT(head.data(), i, n, c);
        if (c < 0) return n - at < 4 ? Content::Text : Content::Other;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return Content::Other;
    }
    return Content::Text;
}

bool isPackageName(const std::string &path) {
    const std::string ext = extensionOf(path);
    for (const char *e : {"ods", "ots", "xlsx", "xlsm", "odt", "ott", "docx", "docm"})
        if (ext == e) return true;
    return false;
}

// Returns the type the office detects (e.g. "calc8", "MS Excel 2007 XML").
std::string checkType(const Reference<document::XTypeDetection> &detection, const std::string &path) {
    uno::Sequence<beans::PropertyValue> descriptor(1);
    descriptor[0] = prop("URL", uno::Any(toOU(fileUrl(path))));
    const std::string type = toStd(detection->queryTypeByDescriptor(descriptor, true));
    const NameKind kind = kindOfName(path);
    const char *claimed = kind == NameKind::Spreadsheet ? "not a spreadsheet"
                          : kind == NameKind::Text      ? "not a text document"
                                                        : "not a document";
    if (isPackageName(path)) {
        const Content content = sniff(path);
        if (content == Content::Text) throw std::runtime_error(std::string(claimed) + ": plain text");
        if (content == Content::Other)
            throw std::runtime_error(std::string(claimed) + ": LibreOffice does not recognise its content");
    }
    if (type.empty())
        throw std::runtime_error(std::string(claimed) + ": LibreOffice does not recognise its content");
    // the CSV type too: a text file with commas is "detected" as CSV
    const bool plainText = type == "generic_Text" || type == "writer_Text" || type == "writer_Text_encoded" ||
                           type == "calc_Text_txt_csv_StarCalc";
    const bool csvName = extensionOf(path) == "csv";
    if (plainText && !csvName) throw std::runtime_error(std::string(claimed) + ": plain text");
    return type;
}

// The filter that imports a spreadsheet type, "" unless it is a Calc type with one.
std::string calcFilterOf(const Reference<document::XTypeDetection> &detection, const std::string &type) {
    Reference<container::XNameAccess> types(detection, UNO_QUERY);
    if (!types.is() || !types->hasByName(toOU(type))) return {};
    uno::Sequence<beans::PropertyValue> props;
    if (!(types->getByName(toOU(type)) >>= props)) return {};
    for (const auto &p : props) {
        OUString filter;
        if (p.Name == "PreferredFilter" && (p.Value >>= filter)) {
            const std::string f = toStd(filter);
            // CSV would need its filter options: left to the loader's own guess
            if (f.rfind("Text - txt - csv", 0) == 0) return {};
            return f;
        }
    }
    return {};
}

// Answers the office's questions while loading: a password request means the
// file is encrypted (we have no password: abort and say so); anything else is
// aborted too, a headless batch cannot answer dialogs.
class LoadInteraction : public cppu::WeakImplHelper1<task::XInteractionHandler> {
  public:
    void SAL_CALL handle(const Reference<task::XInteractionRequest> &request) override {
        const uno::Any what = request->getRequest();
        if (what.isExtractableTo(cppu::UnoType<task::PasswordRequest>::get())) passwordAsked = true;
        for (const auto &c : request->getContinuations()) {
            Reference<task::XInteractionAbort> abort(c, UNO_QUERY);
            if (abort.is()) {
                abort->select();
                return;
            }
        }
    }
    bool passwordAsked = false;
};

} // namespace

DocumentLoader::DocumentLoader(Reference<uno::XComponentContext> context) : context_(std::move(context)) {}

DocumentLoader::Times DocumentLoader::times() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return times_;
}

Reference<lang::XComponent> DocumentLoader::load(const std::string &path, bool editable, bool readOnlyModel) {
    using Clock = std::chrono::steady_clock;
    auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    auto t0 = Clock::now();
    Reference<document::XTypeDetection> detection;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!factory_.is()) factory_ = context_->getServiceManager();
        if (!detection_.is())
            detection_.set(
                factory_->createInstanceWithContext("com.sun.star.document.TypeDetection", context_),
                UNO_QUERY_THROW);
        detection = detection_;
    }
    const std::string type = checkType(detection, path);
    std::string modelFilter;
    if (readOnlyModel && !editable && kindOfName(path) == NameKind::Spreadsheet) {
        // the type's filter, asked once per office (three round trips over the bridge)
        std::lock_guard<std::mutex> lock(mutex_);
        auto known = calcFilters_.find(type);
        if (known == calcFilters_.end())
            known = calcFilters_.emplace(type, calcFilterOf(detection, type)).first;
        modelFilter = known->second;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        times_.detect += since(t0);
    }
    return open(path, editable, modelFilter, {});
}

Reference<lang::XComponent> DocumentLoader::loadOwn(const std::string &path,
                                                    const std::string &importFilter) {
    return open(path, false, {}, importFilter);
}

Reference<lang::XComponent> DocumentLoader::open(const std::string &path, bool editable,
                                                 const std::string &modelFilter, const std::string &filter) {
    using Clock = std::chrono::steady_clock;
    auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    Reference<frame::XComponentLoader> loader;
    Reference<lang::XMultiComponentFactory> factory;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!factory_.is()) factory_ = context_->getServiceManager();
        if (!loader_.is()) loader_.set(frame::Desktop::create(context_), UNO_QUERY_THROW);
        loader = loader_;
        factory = factory_;
    }
    rtl::Reference<LoadInteraction> interaction(new LoadInteraction);
    const bool csv = extensionOf(path) == "csv";
    uno::Sequence<beans::PropertyValue> args(csv ? 8 : filter.empty() ? 6 : 7);
    if (!csv && !filter.empty()) args[6] = prop("FilterName", uno::Any(toOU(filter)));
    if (csv) {
        // What a province exports: UTF-8 (a BOM is skipped), comma separated, double quotes;
        // a quoted number is still a number, nothing is guessed as a date (English number
        // recognition: "88.52" is 88.52 whatever the office's locale). Thai digits stay text,
        // which the readers parse. Without options the office would take the system's charset.
        args[6] = prop("FilterName", uno::Any(OUString::createFromAscii("Text - txt - csv (StarCalc)")));
        args[7] = prop("FilterOptions", uno::Any(OUString::createFromAscii(csvImportOptions())));
    }
    args[0] = prop("Hidden", uno::Any(true));
    args[1] = prop("ReadOnly", uno::Any(!editable));              // we never store over a user's file
    args[2] = prop("MacroExecutionMode", uno::Any(sal_Int16(0))); // NEVER_EXECUTE
    args[3] = prop("RepairPackage", uno::Any(false));
    // links and external data keep their stored values: nothing is fetched
    args[4] = prop("UpdateDocMode", uno::Any(sal_Int16(0))); // NO_UPDATE
    args[5] = prop("InteractionHandler", uno::Any(Reference<task::XInteractionHandler>(interaction.get())));
    Reference<lang::XComponent> doc;
    const auto t0 = Clock::now();
    try {
        if (!modelFilter.empty()) {
            // The same media descriptor (no macros, no updates, the same interaction handler),
            // the detected type's filter, no frame.
            Reference<frame::XLoadable> model(
                factory->createInstanceWithContext("com.sun.star.sheet.SpreadsheetDocument", context_),
                UNO_QUERY_THROW);
            args.realloc(8);
            args[6] = prop("URL", uno::Any(toOU(fileUrl(path))));
            args[7] = prop("FilterName", uno::Any(toOU(modelFilter)));
            doc.set(model, UNO_QUERY_THROW);
            try {
                model->load(args);
            } catch (...) {
                close(doc);
                doc.clear();
                throw;
            }
        } else {
            doc = loader->loadComponentFromURL(toOU(fileUrl(path)), "_blank", 0, args);
        }
        std::lock_guard<std::mutex> lock(mutex_);
        times_.open += since(t0);
    } catch (const uno::RuntimeException &) {
        if (interaction->passwordAsked) throw std::runtime_error("password-protected");
        throw; // the office itself is in trouble (e.g. it died): the caller restarts it
    } catch (const uno::Exception &e) {
        if (interaction->passwordAsked) throw std::runtime_error("password-protected");
        throw std::runtime_error("cannot be opened: " + toStd(e.Message));
    }
    if (interaction->passwordAsked) {
        close(doc);
        throw std::runtime_error("password-protected");
    }
    if (!doc.is()) throw std::runtime_error("cannot be opened (not a document LibreOffice can read)");
    return doc;
}

void DocumentLoader::close(const Reference<lang::XComponent> &doc) {
    if (!doc.is()) return;
    try {
        Reference<util::XCloseable> c(doc, UNO_QUERY);
        if (c.is())
            c->close(true);
        else
            doc->dispose();
    } catch (const uno::Exception &) {
    }
}

} // namespace ita::office
