// A headless office with a private profile in which the built extension is
// installed, or an office the user started (--connect). Used by `ita` and by
// the integration tests, so batch and tests drive the same services.
#pragma once

#include "office/document_loading.hxx"
#include "office/office_process.hxx"

#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppu/unotype.hxx>

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ita::office {

struct SessionPaths {
    std::string soffice;   // <program>/soffice
    std::string unopkg;    // <program>/unopkg
    std::string oxt;       // the extension package
    std::string clientIni; // file URL of the client's UNO bootstrap ini
    // Shared by every run: profile/ (the extension installed once), install.lock,
    // installed.stamp, shared_cache/. Each session works in runs/<pid>-<k>[.<n>]/ (a copy of the
    // profile, tmp/, home/, soffice.log), removed when the run ends.
    std::string workDir;
    std::string extensionId;
};

// An installed `ita` (<prefix>/bin/ita beside <prefix>/share/ita-tools/) takes its
// .oxt from there and works in $XDG_CACHE_HOME/ita-tools; in the build folder the
// paths of the build are used. The environment overrides either: ITA_OXT,
// ITA_OFFICE_WORKDIR, ITA_SOFFICE.
SessionPaths defaultPaths();

class Session {
  public:
    // connectUrl empty: start our own office; else e.g. "socket,host=localhost,port=2002".
    explicit Session(SessionPaths paths, std::string connectUrl = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Installs the extension into the shared profile if the .oxt changed (one run
    // at a time, under a lock), copies it for this run, starts, connects.
    void start();
    void restart(); // after the office died (a crash on a bad file)
    void stop();    // Desktop.terminate, wait, reap; removes this run's folder: nothing left behind
    bool ownsOffice() const { return connectUrl_.empty(); }
    bool alive(); // the bridge still answers (a round trip)
    // The connection to the office is still up, known without a round trip: the
    // bridge says when it goes down (the office died or was killed). An office
    // that hangs is still connected: the pool's watchdog deals with that.
    bool connected();
    // Why a start needed its second try (the first line of each failure), taken
    // once: a batch tells the user, so that a slow restart is not a mystery.
    std::vector<std::string> takeStartNotes();
    // Kills this office's process group at once (a watchdog's answer to a file
    // that hangs it); the UNO call in progress then fails and alive() is false.
    // Callable from another thread than the one using the session.
    void killOffice();

    css::uno::Reference<css::uno::XComponentContext> context() const { return remote_; }
    // An instance of the service, made once per office (a stateless service such
    // as org.itatools.DocumentTools: each new instance costs round trips).
    css::uno::Reference<css::uno::XInterface> instance(const std::string &serviceName);
    // That instance as interface T, queried once per office (a query is a round trip too).
    template <class T> css::uno::Reference<T> instanceAs(const std::string &serviceName) {
        css::uno::Reference<css::uno::XInterface> &made =
            queried_[serviceName + " " + cppu::UnoType<T>::get().getTypeName().toUtf8().getStr()];
        if (!made.is()) {
            const css::uno::Reference<T> typed(instance(serviceName), css::uno::UNO_QUERY_THROW);
            made.set(static_cast<css::uno::XInterface *>(typed.get()));
        }
        // made holds exactly a T (upcast above): the downcast gives it back
        return css::uno::Reference<T>(static_cast<T *>(made.get()));
    }

    // Loads a document over the bridge as DocumentLoader::load does inside the
    // office (hidden, no macros, no dialogs; readOnlyModel: a spreadsheet without
    // a view). Throws std::runtime_error with a readable message when it cannot be
    // read. Read-only by default; an editable load opens a private copy in the work
    // folder instead, so the office's lock file never lands beside the input.
    css::uno::Reference<css::lang::XComponent> load(const std::string &path, bool editable = false,
                                                    bool readOnlyModel = false);
    // The file load() would give the office: path itself, or a private copy of it in this
    // run's folder (editable, or without its linked objects). Throws std::runtime_error
    // when path cannot be a document (checkReadable).
    std::string loadable(const std::string &path, bool editable = false);
    // Stores doc into this run's folder (the office never writes beside the
    // user's files: no lock or temp file of its there) and returns that file;
    // the filter is chosen by the extension of `name`.
    std::string storeToRunFolder(const css::uno::Reference<css::lang::XComponent> &doc,
                                 const std::string &name);
    // Stores doc as `path`: written completely under a temporary name in the
    // target folder, then renamed. An existing `path` is replaced only with
    // `replace`; otherwise std::runtime_error names it.
    void storeTo(const css::uno::Reference<css::lang::XComponent> &doc, const std::string &path,
                 bool replace = false);
    static void close(const css::uno::Reference<css::lang::XComponent> &doc);

    // Seconds spent in load() since start: the type check on the content, the office's loading.
    using LoadTimes = DocumentLoader::Times;
    LoadTimes loadTimes() const { return loader_ ? loader_->times() : LoadTimes{}; }

    const SessionPaths &paths() const { return paths_; }
    std::string logTail() const;

    // This run's private folder (empty before start()).
    const std::string &runDir() const { return runDir_; }
    // A new path for a file of this run's own (the office writes it, we move it on).
    std::string stagingPath(const std::string &name);

  private:
    void ensureInstalled();
    void warmUp(const std::string &profile);
    void makeRunProfile();
    void startOwnOffice(double connectTimeoutS);
    void removeRunDir();

    SessionPaths paths_;
    std::string connectUrl_;
    std::unique_ptr<OfficeProcess> process_;
    css::uno::Reference<css::uno::XComponentContext> local_, remote_;
    css::uno::Reference<css::lang::XComponent> bridgeForConnect_;
    // Made once per office, not once per file (each is a round trip to the office).
    css::uno::Reference<css::lang::XMultiComponentFactory> factory_;
    std::map<std::string, css::uno::Reference<css::uno::XInterface>> instances_;
    std::map<std::string, css::uno::Reference<css::uno::XInterface>> queried_; // "service type" -> a T
    std::unique_ptr<DocumentLoader> loader_; // its caches are the office's: made again after a restart
    void forgetOffice();                     // drops what was made in the office (it stopped or died)
    void watchBridge(const css::uno::Reference<css::uno::XInterface> &bridge);
    std::shared_ptr<std::atomic<bool>> bridgeDown_; // set by the bridge's disposing event
    std::string runName() const;

    std::string runDir_;
    int copies_ = 0;
    int id_; // k of runs/<pid>-<k>[.<n>]: several sessions (a pool) in one process
    // A restarted office gets a new run name, hence a new profile path and pipe
    // names: nothing the killed office left (a socket, a lock) can be mistaken
    // for a live office by the new one.
    int generation_ = 0;
    std::vector<std::string> startNotes_;
};

// SIGINT/SIGTERM/SIGHUP kill our office's process group. Immediate (tests,
// benchmarks): then exit 128+signal at once. Graceful (`ita`): only a flag is
// set (interrupted()), so that the caller can finish its output for the files
// done and remove its temporary files; a second signal exits at once. A crash
// (SIGSEGV, SIGABRT …) kills the offices too and prints its stack on stderr;
// SIGPIPE is ignored (a dead office is an error to report, not an end).

enum class OnSignal { ExitAtOnce, Interrupt };
void installSignalHandlers(OnSignal mode = OnSignal::ExitAtOnce);
// 0, or the signal that interrupted a graceful run.
int interrupted();

// Throws std::runtime_error with the reason ("file not found", "is a folder,
// not a file", "permission denied", "empty file") when `path` cannot be a document.
void checkReadable(const std::string &path);

} // namespace ita::office
