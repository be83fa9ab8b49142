// A headless office with a private profile in which the built extension is
// installed, or an office the user started (--connect). Used by `ita` and by
// the integration tests, so batch and tests drive the same services.
#pragma once

#include "office/office_process.hxx"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <string>

namespace ita::office {

struct SessionPaths {
    std::string soffice;       // <program>/soffice
    std::string unopkg;        // <program>/unopkg
    std::string oxt;           // the built extension
    std::string installScript; // scripts/install-oxt.sh
    std::string clientIni;     // file URL of the client's UNO bootstrap ini
    std::string workDir;       // holds profile/, tmp/, home/, soffice.log (build folder or temp)
    std::string extensionId;
};

// Defaults from the build (compile definitions), overridable by environment:
// ITA_OXT, ITA_OFFICE_WORKDIR, ITA_SOFFICE.
SessionPaths defaultPaths();

class Session {
  public:
    // connectUrl empty: start our own office; else e.g. "socket,host=localhost,port=2002".
    explicit Session(SessionPaths paths, std::string connectUrl = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    void start();   // installs the extension into the profile if the .oxt changed, starts, connects
    void restart(); // after the office died (a crash on a bad file)
    void stop();    // Desktop.terminate, wait, reap; no process left behind
    bool ownsOffice() const { return connectUrl_.empty(); }
    bool alive(); // the bridge still answers

    css::uno::Reference<css::uno::XComponentContext> context() const { return remote_; }

    // Loads a document hidden, without a repair or macro dialog. Throws
    // std::runtime_error with a readable message when it cannot be read.
    // Read-only by default; an editable load opens a private copy in the work
    // folder instead, so the office's lock file never lands beside the input.
    css::uno::Reference<css::lang::XComponent> load(const std::string &path, bool editable = false);
    // Stores doc to a new file (never over an existing input); filter chosen by extension.
    void storeTo(const css::uno::Reference<css::lang::XComponent> &doc, const std::string &path);
    static void close(const css::uno::Reference<css::lang::XComponent> &doc);

    const SessionPaths &paths() const { return paths_; }
    std::string logTail() const;

  private:
    void ensureInstalled();

    SessionPaths paths_;
    std::string connectUrl_;
    std::unique_ptr<OfficeProcess> process_;
    css::uno::Reference<css::uno::XComponentContext> local_, remote_;
    css::uno::Reference<css::lang::XComponent> bridgeForConnect_;
};

// SIGINT/SIGTERM/SIGHUP: kill our office's process group, then exit 130.
void installSignalHandlers();

// "file:///abs/path" for a path relative to the current directory.
std::string fileUrl(const std::string &path);

} // namespace ita::office
