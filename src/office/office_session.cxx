#include "office/office_session.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/BridgeFactory.hpp>
#include <com/sun/star/bridge/XBridge.hpp>
#include <com/sun/star/bridge/XBridgeFactory2.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/connection/Connector.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include "core/fill/linked_objects.hpp"
#include "core/fill/xml_tokens.hpp"
#include "core/fill/zip.hpp"
#include "core/text/messages.hpp"
#include "office/document_names.hxx"
#include "office/extension_install.hxx"
#include "office/print_areas.hxx"
#include "office/safe_output.hxx"
#include "uno/common/uno_strings.hxx"
#include "version.hxx"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <execinfo.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace fs = std::filesystem;

namespace ita::office {

namespace {

using lo::toOU;
using lo::toStd;

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

volatile std::sig_atomic_t g_interrupted = 0;

void onSignalExit(int sig) {
    OfficeProcess::emergencyKill();
    std::signal(sig, SIG_DFL);
    _exit(128 + sig);
}

// A crash of this process must not leave its offices running (they are in process
// groups of their own), and should say where it happened: the next report of a
// run that ended with a signal and no output then names the place.
void onCrash(int sig) {
    OfficeProcess::emergencyKill();
    static const char head[] = "ita: crashed; its offices were stopped. Where:\n";
    (void)!::write(2, head, sizeof head - 1);
    void *frames[64];
    ::backtrace_symbols_fd(frames, ::backtrace(frames, 64), 2);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// The office is killed at once (a UNO call in progress then fails fast); the
// caller sees interrupted() and ends in order. A second signal does not wait.
void onSignalInterrupt(int sig) {
    OfficeProcess::emergencyKill();
    if (g_interrupted) _exit(128 + sig);
    g_interrupted = sig;
}

// Holds an flock on a file for its lifetime: one run installs into the shared
// profile while the others wait, and nobody copies a half-installed profile.
class FileLock {
  public:
    FileLock(const fs::path &file, int how) : fd_(::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
        if (fd_ < 0) throw std::runtime_error("cannot create " + file.string() + ": " + std::strerror(errno));
        while (::flock(fd_, how) < 0)
            if (errno != EINTR || g_interrupted)
                throw std::runtime_error("cannot lock " + file.string() + ": " + std::strerror(errno));
    }
    ~FileLock() { ::close(fd_); }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

  private:
    int fd_;
};

bool processAlive(pid_t pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

// Folders of runs whose `ita` is gone (killed with SIGKILL, a crash): their
// office, if it still runs, is killed, and the folder removed.
void removeStaleRuns(const fs::path &runs) {
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(runs, ec)) {
        const std::string name = e.path().filename().string();
        const pid_t owner = static_cast<pid_t>(std::atol(name.c_str()));
        if (owner <= 0 || processAlive(owner)) continue;
        std::ifstream pgidFile(e.path() / "soffice.pgid");
        long pgid = 0;
        std::string pipe, url;
        if (pgidFile >> pgid) {
            std::getline(pgidFile, pipe); // rest of the first line
            std::getline(pgidFile, pipe);
            std::getline(pgidFile, url);
            std::ifstream cmd("/proc/" + std::to_string(pgid) + "/cmdline");
            std::string leader((std::istreambuf_iterator<char>(cmd)), std::istreambuf_iterator<char>());
            if (pgid > 1 && leader.find("soffice") != std::string::npos) ::kill(-pgid, SIGKILL);
            if (pipe.rfind("/tmp/OSL_PIPE_", 0) == 0) ::unlink(pipe.c_str());
            if (!url.empty()) ::unlink(singleInstancePipe(url).c_str());
        }
        fs::remove_all(e.path(), ec);
    }
}

std::string exeDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

std::string cacheHome() {
    const char *xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg == '/') return std::string(xdg) + "/ita-tools";
    const char *home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/.cache/ita-tools";
}

} // namespace

SessionPaths defaultPaths() {
    SessionPaths p;
    p.soffice = envOr("ITA_SOFFICE", ITA_SOFFICE_PATH);
    p.unopkg = fs::path(p.soffice).parent_path() / "unopkg";
    p.extensionId = lo::kExtensionId;
    const fs::path share = fs::path(exeDir()).parent_path() / "share" / "ita-tools";
    if (!exeDir().empty() && fs::exists(share / "ita-tools.oxt")) {
        // installed: everything beside the program, the work folder in the user's cache
        p.oxt = (share / "ita-tools.oxt").string();
        p.clientIni = fileUrl((share / "ita-client.ini").string());
        p.workDir = cacheHome();
    } else {
        p.oxt = ITA_OXT_PATH;
        p.clientIni = ITA_CLIENT_INI_URL;
        p.workDir = ITA_OFFICE_WORKDIR;
    }
    p.oxt = envOr("ITA_OXT", p.oxt);
    p.workDir = envOr("ITA_OFFICE_WORKDIR", p.workDir);
    return p;
}

namespace {
std::atomic<int> g_sessions{0};
std::mutex g_bootstrap; // one UNO bootstrap at a time when a pool's threads start together
} // namespace

Session::Session(SessionPaths paths, std::string connectUrl)
    : paths_(std::move(paths)), connectUrl_(std::move(connectUrl)), id_(++g_sessions) {}

std::string Session::runName() const {
    // <pid>-<k>: unique per office of a pool; removeStaleRuns reads the pid prefix
    std::string name = std::to_string(::getpid()) + "-" + std::to_string(id_);
    if (generation_ > 0) name += "." + std::to_string(generation_);
    return name;
}

std::vector<std::string> Session::takeStartNotes() {
    return std::exchange(startNotes_, {});
}

void Session::killOffice() {
    if (process_) process_->kill();
}

Session::~Session() {
    try {
        stop();
    } catch (...) {
        // a destructor must not throw; the process group is killed below regardless
    }
}

void Session::ensureInstalled() {
    const fs::path work = paths_.workDir;
    const fs::path profile = work / "profile";
    const fs::path stampFile = work / "installed.stamp";
    const std::string want = stampOf(paths_.oxt);
    std::string have;
    {
        std::ifstream in(stampFile);
        std::getline(in, have);
    }
    if (have == want && fs::exists(profile)) return;
    InstallSpec spec;
    spec.unopkg = paths_.unopkg;
    spec.oxt = paths_.oxt;
    spec.extensionId = paths_.extensionId;
    spec.profileDir = profile.string();
    spec.sharedCache = (work / "shared_cache").string();
    spec.workDir = (work / "install").string();
    fs::remove(stampFile);
    installExtension(spec);
    warmUp(profile.string());
    std::ofstream(stampFile) << want << "\n";
}

namespace {

// An office that finds no record of having run this version in its profile
// (ooSetupLastVersion) runs its graphics render tests at start: 4-5 s of every
// office start of every run, since only the desktop's first-start dialogs, which
// never open headless, record it. Recorded here as those would.
void recordVersionSeen(const Reference<uno::XComponentContext> &office) {
    Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(office);
    beans::NamedValue path;
    path.Name = "nodepath";
    path.Value <<= OUString("/org.openoffice.Setup/Product");
    uno::Sequence<uno::Any> args(1);
    args[0] <<= path;
    Reference<container::XNameAccess> product(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", args),
        UNO_QUERY_THROW);
    Reference<container::XNameReplace>(product, UNO_QUERY_THROW)
        ->replaceByName("ooSetupLastVersion", product->getByName("ooSetupVersion"));
    Reference<util::XChangesBatch>(product, UNO_QUERY_THROW)->commitChanges();
}

} // namespace

// The first start on a new profile registers the extension's components and
// configuration and restarts itself: done once here, on the shared profile,
// instead of in every run's copy (13 s per run otherwise).
void Session::warmUp(const std::string &profile) {
    const fs::path work = fs::path(paths_.workDir) / "install";
    OfficeProcess::Options o;
    o.soffice = paths_.soffice;
    o.profileUrl = fileUrl(profile);
    o.pipeName = "ita_warmup_" + std::to_string(::getpid());
    o.logFile = (work / "warmup.log").string();
    o.tmpDir = (work / "tmp").string();
    o.homeDir = (work / "home").string();
    o.extraArgs.push_back("-env:UNO_SHARED_PACKAGES_CACHE=" + fileUrl(paths_.workDir + "/shared_cache"));
    OfficeProcess office(o);
    office.start();
    const Reference<uno::XComponentContext> remote = office.connect(local_);
    recordVersionSeen(remote);
    office.shutdown(remote);
}

void Session::makeRunProfile() {
    const fs::path work = paths_.workDir;
    fs::create_directories(work / "runs");
    {
        // exclusive while the shared profile may be (re)installed, then the copy
        FileLock lock(work / "install.lock", LOCK_EX);
        removeStaleRuns(work / "runs");
        ensureInstalled();
        runDir_ = (work / "runs" / runName()).string();
        fs::remove_all(runDir_);
        fs::create_directories(runDir_);
        fs::copy(work / "profile", fs::path(runDir_) / "profile", fs::copy_options::recursive);
    }
    fs::create_directories(fs::path(runDir_) / "tmp");
    fs::create_directories(fs::path(runDir_) / "home");
}

void Session::removeRunDir() {
    if (runDir_.empty()) return;
    std::error_code ec;
    fs::remove_all(runDir_, ec);
    runDir_.clear();
}

namespace {
// How long a started office may take to accept. A prepared profile starts in 1-3 s,
// ~10 s on a loaded 2-core machine; a start that hangs (seen after offices were
// killed, cause unknown) should cost half a minute, not two, before the second try,
// which gets the long wait in case the machine is just slow.
constexpr double kFirstStartS = 30;
constexpr double kSecondStartS = 120;
} // namespace

void Session::start() {
    {
        std::lock_guard<std::mutex> lock(g_bootstrap);
        if (!local_.is()) local_ = bootstrapLocalContext(paths_.clientIni);
    }
    if (!connectUrl_.empty()) {
        Reference<connection::XConnector> connector = connection::Connector::create(local_);
        Reference<bridge::XBridgeFactory2> factory = bridge::BridgeFactory::create(local_);
        Reference<bridge::XBridge> bridge =
            factory->createBridge("", "urp", connector->connect(toOU(connectUrl_)), nullptr);
        remote_.set(bridge->getInstance("StarOffice.ComponentContext"), UNO_QUERY_THROW);
        bridgeForConnect_.set(bridge, UNO_QUERY);
        watchBridge(bridge);
        return;
    }
    // One more try when the office dies or hangs while starting (a crash, a
    // kill, a stale lock): batch runs should not fail on a transient start. The
    // second try has a fresh profile copy and pipe names of its own.
    for (int attempt = 1;; ++attempt) {
        try {
            startOwnOffice(attempt == 1 ? kFirstStartS : kSecondStartS);
            return;
        } catch (const std::exception &e) {
            process_.reset();
            removeRunDir();
            if (attempt == 2 || g_interrupted) throw;
            const std::string why = e.what();
            startNotes_.push_back(why.substr(0, why.find('\n')));
            ++generation_;
        }
    }
}

// Each run has its own copy of the profile and its own office: two `ita` at
// the same time never share (or shut down) each other's office.
void Session::startOwnOffice(double connectTimeoutS) {
    makeRunProfile(); // installs the extension first when the .oxt changed: that starts an office too
    const std::string run = runDir_;
    OfficeProcess::Options o;
    o.soffice = paths_.soffice;
    o.profileUrl = fileUrl(run + "/profile");
    o.pipeName = "ita_" + runName();
    o.logFile = run + "/soffice.log";
    o.pidFile = run + "/soffice.pgid";
    o.tmpDir = run + "/tmp";
    o.homeDir = run + "/home";
    o.extraArgs.push_back("-env:UNO_SHARED_PACKAGES_CACHE=" + fileUrl(paths_.workDir + "/shared_cache"));
    o.connectTimeoutS = connectTimeoutS;
    process_ = std::make_unique<OfficeProcess>(o);
    process_->start();
    remote_ = process_->connect(local_);
    watchBridge(process_->bridge());
}

namespace {

// Sets a flag when the bridge goes down: a dead office is known without asking it.
class BridgeWatch : public cppu::WeakImplHelper1<lang::XEventListener> {
  public:
    explicit BridgeWatch(std::shared_ptr<std::atomic<bool>> down) : down_(std::move(down)) {}
    void SAL_CALL disposing(const lang::EventObject &) override { *down_ = true; }

  private:
    std::shared_ptr<std::atomic<bool>> down_;
};

} // namespace

void Session::watchBridge(const Reference<uno::XInterface> &bridge) {
    bridgeDown_ = std::make_shared<std::atomic<bool>>(false);
    Reference<lang::XComponent> c(bridge, UNO_QUERY);
    if (c.is())
        c->addEventListener(new BridgeWatch(bridgeDown_));
    else
        bridgeDown_.reset(); // no event to wait for: connected() asks the office instead
}

bool Session::connected() {
    if (!remote_.is()) return false;
    if (!bridgeDown_) return alive();
    return !*bridgeDown_;
}

void Session::stop() {
    if (process_) {
        if (g_interrupted)
            process_.reset(); // already killed: nothing to ask
        else
            process_->shutdown(remote_);
        process_.reset();
        removeRunDir(); // the profile copy, private copies of editable loads, staged outputs
    } else if (bridgeForConnect_.is()) {
        try {
            bridgeForConnect_->dispose();
        } catch (const uno::Exception &) {
        }
        bridgeForConnect_.clear();
    }
    forgetOffice();
    remote_.clear();
}

void Session::forgetOffice() {
    loader_.reset();
    factory_.clear();
    instances_.clear();
    queried_.clear();
}

Reference<uno::XInterface> Session::instance(const std::string &serviceName) {
    Reference<uno::XInterface> &made = instances_[serviceName];
    if (!made.is()) {
        if (!factory_.is()) factory_ = remote_->getServiceManager();
        made = factory_->createInstanceWithContext(toOU(serviceName), remote_);
    }
    return made;
}

void Session::restart() {
    if (!ownsOffice()) throw std::runtime_error("the office at " + connectUrl_ + " stopped answering");
    if (process_) {
        process_.reset(); // the destructor kills whatever is left of the group
    }
    remote_.clear();
    forgetOffice(); // proxies of the dead office
    removeRunDir(); // a crashed office may have left its profile in any state
    ++generation_;
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

namespace {

// The office unpacks a package's parts into memory as it reads them, with no
// limit of its own: a 500 MB content.xml zipped into half a megabyte (a zip
// bomb) took it 225 s and 4.7 GB here, about ten times the unpacked size.
// Score sheets and reports unpack to a few MB; a package that declares more
// than this in its central directory is refused before any office sees it. A
// package that declares less than it holds is refused by the office itself
// ("could not be loaded": 100 MB declared as 1 MB took 0.2 GB), within the
// --timeout. The catalogue's unreadable.tooLarge names the limit. A package
// whose directory cannot be read at all is damaged (a file cut short).
constexpr uint64_t kMaxUnpackedBytes = uint64_t(256) << 20;

void checkPackage(const std::string &path) {
    {
        std::ifstream in(path, std::ios::binary);
        char magic[4] = {};
        if (!in.read(magic, 4) || std::string(magic, 4) != std::string("PK\x03\x04", 4)) return;
    }
    fill::ZipDeclared declared;
    try {
        declared = fill::declaredSizes(path);
    } catch (const fill::ZipError &) {
        // a zip without its directory (a file cut short): the office cannot read it
        // either, and its type detection would call it plain text
        throw std::runtime_error(msg::en("unreadable.damaged"));
    }
    if (declared.unpacked > kMaxUnpackedBytes)
        throw std::runtime_error(
            msg::en("unreadable.tooLarge", {{"detail", std::to_string(declared.unpacked >> 20)}}));
}

} // namespace

// Checks what can be known about a file before the office sees it: an empty,
// unreadable or missing file gets its own reason instead of a loader error.
void checkReadable(const std::string &path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (!fs::exists(st)) throw std::runtime_error("file not found");
    if (fs::is_directory(st)) throw std::runtime_error("is a folder, not a file");
    if (!fs::is_regular_file(st)) throw std::runtime_error("not a regular file");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == EACCES || errno == EPERM) throw std::runtime_error("permission denied");
        throw std::runtime_error(std::string("cannot be read: ") + std::strerror(errno));
    }
    char byte = 0;
    const ssize_t n = ::read(fd, &byte, 1);
    const int err = errno;
    ::close(fd);
    if (n < 0) throw std::runtime_error(std::string("cannot be read: ") + std::strerror(err));
    if (n == 0) throw std::runtime_error("empty file");
    checkPackage(path);
}

namespace {

// The document's bytes without its linked OLE objects (linked_objects.hpp: the
// office would open the files they show while loading, NO_UPDATE or not), or
// nullopt when it has none. A file that cannot be scanned is left to the office,
// which finds it damaged too.
std::optional<std::string> withoutLinkedObjects(const std::string &path) {
    std::string ext = fs::path(path).extension().string();
    for (char &c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".csv") return std::nullopt; // read as text whatever it holds
    // read at once: a byte-wise read was most of the pool's own time per file
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string bytes(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    try {
        return fill::documentWithoutLinkedObjects(bytes);
    } catch (const fill::ZipError &) {
    } catch (const fill::XmlError &) {
    }
    return std::nullopt;
}

} // namespace

Reference<lang::XComponent> Session::load(const std::string &path, bool editable, bool readOnlyModel) {
    if (!loader_) loader_ = std::make_unique<DocumentLoader>(remote_);
    return loader_->load(loadable(path, editable), editable, readOnlyModel);
}

std::string Session::loadable(const std::string &path, bool editable) {
    checkReadable(path);
    const std::optional<std::string> unlinked = withoutLinkedObjects(path);
    if (!editable && !unlinked) return path;
    // Calc applies column widths and row heights only in an editable document;
    // a document with linked objects is loaded from a copy without them.
    // The copy keeps the input's file name (in a folder of its own): the office names a CSV's
    // sheet after the file, and the clerk must see the name of the file they gave, as when the
    // office opens it directly (a read-only load), not "copy-1" in the marked copy and its findings.
    const fs::path dir =
        fs::path(runDir_.empty() ? paths_.workDir : runDir_) / "copies" / std::to_string(++copies_);
    fs::create_directories(dir);
    const fs::path copy = dir / fs::path(path).filename();
    if (unlinked) {
        std::ofstream out(copy, std::ios::binary | std::ios::trunc);
        out.write(unlinked->data(), static_cast<std::streamsize>(unlinked->size()));
        if (!out.flush())
            throw std::runtime_error("cannot be opened: no copy could be written in " + dir.string());
    } else {
        fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
    }
    return copy.string();
}

std::string Session::stagingPath(const std::string &name) {
    const fs::path dir = fs::path(runDir_.empty() ? paths_.workDir : runDir_) / "out";
    fs::create_directories(dir);
    return (dir / (std::to_string(++copies_) + "-" + name)).string();
}

std::string Session::storeToRunFolder(const Reference<lang::XComponent> &doc, const std::string &name) {
    const bool calc = Reference<lang::XServiceInfo>(doc, UNO_QUERY_THROW)
                          ->supportsService("com.sun.star.sheet.SpreadsheetDocument");
    const char *filter = exportFilterFor(name, calc);
    if (!filter) throw std::runtime_error("unsupported output type: " + name);
    const fs::path staged = stagingPath("out" + fs::path(name).extension().string());
    const bool csv = fs::path(name).extension() == ".csv";
    uno::Sequence<beans::PropertyValue> args(csv ? 4 : 3);
    args[0] = prop("FilterName", uno::Any(OUString::createFromAscii(filter)));
    args[1] = prop("Overwrite", uno::Any(true));
    args[2] = prop("NoThumbnail", uno::Any(true));
    // comma, double quotes, UTF-8 (Thai kept), first sheet, cells as shown
    if (csv)
        args[3] = prop("FilterOptions", uno::Any(OUString::createFromAscii("44,34,76,1,,0,false,true,true")));
    {
        // A PDF of a workbook: no page of empty template rows.
        std::optional<ContentPrintAreas> trimmed;
        if (calc && fs::path(name).extension() == ".pdf") trimmed.emplace(doc);
        Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(toOU(fileUrl(staged.string())), args);
    }
    return staged.string();
}

void Session::storeTo(const Reference<lang::XComponent> &doc, const std::string &path, bool replace) {
    const std::string staged = storeToRunFolder(doc, path);
    publishFile(staged, path, replace);
    std::error_code ec;
    fs::remove(staged, ec);
}

void Session::close(const Reference<lang::XComponent> &doc) {
    DocumentLoader::close(doc);
}

std::string Session::logTail() const {
    return process_ ? process_->logTail() : std::string();
}

void installSignalHandlers(OnSignal mode) {
    struct sigaction sa {};
    sa.sa_handler = mode == OnSignal::Interrupt ? onSignalInterrupt : onSignalExit;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: a blocking wait returns EINTR and sees the flag
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        sigaction(sig, &sa, nullptr);
    // A write to the pipe of an office that just died must fail as an error the
    // caller reports ("the office stopped"), not end this process with SIGPIPE and
    // no output (seen: exit 141 when an office died while starting).
    std::signal(SIGPIPE, SIG_IGN);
    {
        void *warm[1];
        ::backtrace(warm, 1); // loads libgcc now: a crash handler must not allocate
    }
    struct sigaction crash {};
    crash.sa_handler = onCrash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        sigaction(sig, &crash, nullptr);
}

int interrupted() {
    return g_interrupted;
}

} // namespace ita::office
