// Start, connect to and stop a headless soffice in its own process group.
// Shared by the `ita` command and the integration tests.
#pragma once

#include <com/sun/star/bridge/XBridge.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace ita::office {
using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/** collects named step durations, printed/written at the end */
class Timings {
  public:
    void add(const std::string &step, double ms) { m_steps.emplace_back(step, ms); }
    const std::vector<std::pair<std::string, double>> &steps() const { return m_steps; }
    std::string table() const;

  private:
    std::vector<std::pair<std::string, double>> m_steps;
};
Timings &timings();

/** RAII step timer: ScopedStep s("calc.dispatch"); */
class ScopedStep {
  public:
    explicit ScopedStep(std::string name) : m_name(std::move(name)), m_t0(Clock::now()) {}
    ~ScopedStep() { timings().add(m_name, msSince(m_t0)); }

  private:
    std::string m_name;
    Clock::time_point m_t0;
};

/** local (client side) UNO context from an explicit ini file URL */
css::uno::Reference<css::uno::XComponentContext> bootstrapLocalContext(const std::string &iniUrl);

/** /tmp/OSL_PIPE_<uid>_SingleOfficeIPC_<hash> of an office using this profile URL */
std::string singleInstancePipe(const std::string &profileUrl);

class OfficeProcess {
  public:
    struct Options {
        std::string soffice;                // /usr/lib/libreoffice/program/soffice
        std::string profileUrl;             // file:///.../profile
        std::string pipeName;               // unique per run
        std::string connection;             // optional, e.g. "socket,host=127.0.0.1,port=2002,tcpNoDelay=1";
                                            // default "pipe,name=<pipeName>" (no port races, no TCP)
        std::string logFile;                // soffice stdout+stderr
        std::string pidFile;                // pgid written here for external cleanup
        std::string tmpDir;                 // TMPDIR for soffice (it leaves lu*.tmp dirs there)
        std::string homeDir;                // HOME for soffice (dconf cache, javaldx settings, ...)
        std::vector<std::string> extraArgs; // e.g. -env:UNO_SHARED_PACKAGES_CACHE=...
        double connectTimeoutS = 120.0;
        unsigned long long maxFileBytes = 4ULL << 30; // RLIMIT_FSIZE for the office; 0 = none
        double shutdownTimeoutS = 30.0;
    };

    explicit OfficeProcess(Options o);
    ~OfficeProcess(); // hard-kills the process group if still alive

    OfficeProcess(const OfficeProcess &) = delete;
    OfficeProcess &operator=(const OfficeProcess &) = delete;

    void start();
    /** retries until the pipe accepts; returns the office component context */
    css::uno::Reference<css::uno::XComponentContext>
    connect(const css::uno::Reference<css::uno::XComponentContext> &local);
    /** the bridge connect() made (empty before) */
    css::uno::Reference<css::bridge::XBridge> bridge() const { return m_bridge; }
    /** Desktop.terminate(), dispose bridge, wait; SIGTERM/SIGKILL the group as fallback.
        returns true when the office went down by itself */
    bool shutdown(const css::uno::Reference<css::uno::XComponentContext> &remote);

    pid_t pid() const { return m_pid; }
    int connectAttempts() const { return m_attempts; }
    int restarts() const { return m_restarts; }
    int exitStatus() const { return m_exitStatus; }
    std::string logTail(size_t maxBytes = 4000) const;

    /** kill(-pgid, SIGKILL) of every office of this process, unlink their pipes; async-signal-safe */
    static void emergencyKill();
    /** unlink the accept pipe and the single-instance pipe a killed office leaves */
    void removeLeftovers();
    /** kill(-pgid, SIGKILL) of this office only; callable from another thread (a watchdog) */
    void kill();

  private:
    void spawn();
    bool waitForExit(double seconds);
    void reapGroup();

    Options m_opt;
    pid_t m_pid = -1;
    int m_attempts = 0;
    int m_restarts = 0; // exit code 81/79 handled like oosplash does
    int m_exitStatus = -1;
    int m_slot; // in the signal handler's table
    css::uno::Reference<css::bridge::XBridge> m_bridge;
};
} // namespace ita::office
