#include "office/office_session.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/BridgeFactory.hpp>
#include <com/sun/star/bridge/XBridge.hpp>
#include <com/sun/star/bridge/XBridgeFactory2.hpp>
#include <com/sun/star/connection/Connector.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace fs = std::filesystem;

namespace ita::office {

namespace {

OUString ou(const std::string &s) {
    return OUString::fromUtf8(rtl::OString(s.c_str()));
}
std::string str(const OUString &s) {
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

std::string envOr(const char *name, const std::string &fallback) {
    const char *v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

beans::PropertyValue prop(const char *name, const uno::Any &value) {
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

std::string stampOf(const std::string &oxt) {
    std::error_code ec;
    const auto size = fs::file_size(oxt, ec);
    const auto time = fs::last_write_time(oxt, ec).time_since_epoch().count();
    std::ostringstream os;
    os << oxt << " " << size << " " << time;
    return os.str();
}

const char *filterFor(const std::string &path, bool calc) {
    const std::string ext = fs::path(path).extension().string();
    if (ext == ".ods") return "calc8";
    if (ext == ".xlsx") return "Calc MS Excel 2007 XML";
    if (ext == ".odt") return "writer8";
    if (ext == ".docx") return "MS Word 2007 XML";
    if (ext == ".pdf") return calc ? "calc_pdf_Export" : "writer_pdf_Export";
    return nullptr;
}

void onSignal(int sig) {
    OfficeProcess::emergencyKill();
    std::signal(sig, SIG_DFL);
    _exit(128 + sig);
}

} // namespace

std::string fileUrl(const std::string &path) {
    const std::string abs = fs::absolute(path).lexically_normal().string();
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(ou(abs), url) != osl::FileBase::E_None)
        throw std::runtime_error("not a valid file path: " + path);
    return str(url);
}

SessionPaths defaultPaths() {
    SessionPaths p;
    p.soffice = envOr("ITA_SOFFICE", ITA_SOFFICE_PATH);
    p.unopkg = ITA_UNOPKG_PATH;
    p.oxt = envOr("ITA_OXT", ITA_OXT_PATH);
    p.installScript = ITA_INSTALL_SCRIPT;
    p.clientIni = ITA_CLIENT_INI_URL;
    p.workDir = envOr("ITA_OFFICE_WORKDIR", ITA_OFFICE_WORKDIR);
    p.extensionId = ITA_EXTENSION_ID;
    return p;
}

Session::Session(SessionPaths paths, std::string connectUrl)
    : paths_(std::move(paths)), connectUrl_(std::move(connectUrl)) {}

Session::~Session() {
    try {
        stop();
    } catch (...) {
        // a destructor must not throw; the process group is killed below regardless
    }
}

void Session::ensureInstalled() {
    const std::string profile = paths_.workDir + "/profile";
    const std::string stampFile = paths_.workDir + "/installed.stamp";
    const std::string want = stampOf(paths_.oxt);
    std::string have;
    {
        std::ifstream in(stampFile);
        std::getline(in, have);
    }
    if (have == want && fs::exists(profile)) return;
    if (!fs::exists(paths_.oxt)) throw std::runtime_error("extension not built: " + paths_.oxt);
    fs::create_directories(paths_.workDir);
    const std::string cmd = "'" + paths_.installScript + "' '" + paths_.unopkg + "' '" + profile + "' '" +
                            paths_.oxt + "' '" + paths_.extensionId + "' > '" + paths_.workDir +
                            "/install.log' 2>&1";
    const int rc = std::system(cmd.c_str());
    if (rc != 0) {
        std::ifstream in(paths_.workDir + "/install.log");
        std::stringstream ss;
        ss << in.rdbuf();
        throw std::runtime_error("installing the extension into " + profile + " failed:\n" + ss.str());
    }
    std::ofstream(stampFile) << want << "\n";
}

void Session::start() {
    local_ = bootstrapLocalContext(paths_.clientIni);
    if (!connectUrl_.empty()) {
        Reference<connection::XConnector> connector = connection::Connector::create(local_);
        Reference<bridge::XBridgeFactory2> factory = bridge::BridgeFactory::create(local_);
        Reference<bridge::XBridge> bridge =
            factory->createBridge("", "urp", connector->connect(ou(connectUrl_)), nullptr);
        remote_.set(bridge->getInstance("StarOffice.ComponentContext"), UNO_QUERY_THROW);
        bridgeForConnect_.set(bridge, UNO_QUERY);
        return;
    }
    ensureInstalled();
    const std::string work = paths_.workDir;
    fs::create_directories(work + "/tmp");
    fs::create_directories(work + "/home");
    OfficeProcess::Options o;
    o.soffice = paths_.soffice;
    o.profileUrl = fileUrl(work + "/profile");
    o.pipeName = "ita_" + std::to_string(::getpid());
    o.logFile = work + "/soffice.log";
    o.pidFile = work + "/soffice.pgid";
    o.tmpDir = work + "/tmp";
    o.homeDir = work + "/home";
    o.extraArgs.push_back("-env:UNO_SHARED_PACKAGES_CACHE=" + fileUrl(work + "/shared_cache"));
    o.connectTimeoutS = 120;
    // One more try when the office dies while starting (a crash, a kill, a
    // stale profile lock): batch runs should not fail on a transient start.
    for (int attempt = 1;; ++attempt) {
        try {
            process_ = std::make_unique<OfficeProcess>(o);
            process_->start();
            remote_ = process_->connect(local_);
            return;
        } catch (const std::exception &) {
            process_.reset();
            if (attempt == 2) throw;
        }
    }
}

void Session::stop() {
    if (process_) {
        process_->shutdown(remote_);
        process_.reset();
        std::error_code ec;
        fs::remove_all(fs::path(paths_.workDir) / "copies", ec); // private copies of editable loads
    } else if (bridgeForConnect_.is()) {
        try {
            bridgeForConnect_->dispose();
        } catch (const uno::Exception &) {
        }
        bridgeForConnect_.clear();
    }
    remote_.clear();
}

void Session::restart() {
    if (!ownsOffice()) throw std::runtime_error("the office at " + connectUrl_ + " stopped answering");
    if (process_) {
        process_.reset(); // the destructor kills whatever is left of the group
    }
    remote_.clear();
    start();
}

bool Session::alive() {
    try {
        if (!remote_.is()) return false;
        return remote_->getServiceManager().is();
    } catch (const uno::Exception &) {
        return false;
    }
}

Reference<lang::XComponent> Session::load(const std::string &path, bool editable) {
    if (!fs::exists(path)) throw std::runtime_error("file not found");
    if (fs::is_directory(path)) throw std::runtime_error("is a folder, not a file");
    std::string source = path;
    if (editable) {
        // Calc applies column widths and row heights only in an editable document.
        const fs::path dir = fs::path(paths_.workDir) / "copies";
        fs::create_directories(dir);
        const fs::path copy =
            dir / ("copy-" + std::to_string(::getpid()) + fs::path(path).extension().string());
        fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
        source = copy.string();
    }
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(remote_), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(4);
    args[0] = prop("Hidden", uno::Any(true));
    args[1] = prop("ReadOnly", uno::Any(!editable));              // we never store over a user's file
    args[2] = prop("MacroExecutionMode", uno::Any(sal_Int16(0))); // NEVER_EXECUTE
    args[3] = prop("RepairPackage", uno::Any(false));
    Reference<lang::XComponent> doc;
    try {
        doc = loader->loadComponentFromURL(ou(fileUrl(source)), "_blank", 0, args);
    } catch (const uno::RuntimeException &) {
        throw; // the office itself is in trouble (e.g. it died): the caller restarts it
    } catch (const uno::Exception &e) {
        throw std::runtime_error("cannot be opened: " + str(e.Message));
    }
    if (!doc.is()) throw std::runtime_error("cannot be opened (not a document LibreOffice can read)");
    return doc;
}

void Session::storeTo(const Reference<lang::XComponent> &doc, const std::string &path) {
    const bool calc = Reference<lang::XServiceInfo>(doc, UNO_QUERY_THROW)
                          ->supportsService("com.sun.star.sheet.SpreadsheetDocument");
    const char *filter = filterFor(path, calc);
    if (!filter) throw std::runtime_error("unsupported output type: " + path);
    fs::create_directories(fs::absolute(path).parent_path());
    uno::Sequence<beans::PropertyValue> args(3);
    args[0] = prop("FilterName", uno::Any(OUString::createFromAscii(filter)));
    args[1] = prop("Overwrite", uno::Any(true));
    args[2] = prop("NoThumbnail", uno::Any(true));
    Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(ou(fileUrl(path)), args);
}

void Session::close(const Reference<lang::XComponent> &doc) {
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

std::string Session::logTail() const {
    return process_ ? process_->logTail() : std::string();
}

void installSignalHandlers() {
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        std::signal(sig, onSignal);
}

} // namespace ita::office
