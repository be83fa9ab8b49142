#include "office/office_process.hxx"
#include "uno/common/uno_strings.hxx"

#include <cppuhelper/bootstrap.hxx>
#include <rtl/digest.h>
#include <rtl/ustring.hxx>

#include <com/sun/star/bridge/BridgeFactory.hpp>
#include <com/sun/star/bridge/XBridgeFactory2.hpp>
#include <com/sun/star/connection/Connector.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/connection/XConnection.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace ita::office {
namespace {

// What the processes of a start that never accepted were doing, for the user and
// the next person reading a slow batch: "soffice.bin 1234 sleeping in futex_wait_queue, no pipe yet".
std::string describeGroup(pid_t pgid, const std::string &pipePath) {
    std::string out;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string pid = entry.path().filename().string();
        if (pid.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream statFile(entry.path() / "stat");
        std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
        // pid (comm) state ppid pgrp …: comm may hold spaces, so read after its ')'
        const size_t close = stat.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream rest(stat.substr(close + 1));
        std::string state;
        long ppid = 0, pgrp = 0;
        rest >> state >> ppid >> pgrp;
        if (pgrp != pgid) continue;
        const std::string comm = stat.substr(stat.find('(') + 1, close - stat.find('(') - 1);
        std::ifstream wchanFile(entry.path() / "wchan");
        std::string wchan;
        std::getline(wchanFile, wchan);
        const char *doing = state == "R"   ? "running"
                            : state == "S" ? "sleeping"
                            : state == "D" ? "waiting for the disk"
                            : state == "T" ? "stopped"
                            : state == "Z" ? "ended"
                                           : "in state";
        out += (out.empty() ? "" : "; ") + comm + " " + pid + " " + doing +
               (*doing == 'i' ? " " + state : "") + (wchan.empty() || wchan == "0" ? "" : " in " + wchan);
    }
    if (out.empty()) out = "no process left";
    out += std::filesystem::exists(pipePath, ec) ? ", its pipe exists" : ", no pipe yet";
    return out;
}
// One slot per live OfficeProcess (a batch runs a pool of offices): what a
// signal handler must kill and unlink, readable without locks or allocation.
constexpr int kSlots = 64;
std::atomic<bool> g_slotUsed[kSlots];
std::atomic<pid_t> g_pgid[kSlots];
// /tmp/OSL_PIPE_<uid>_<name>: socket the office creates for --accept=pipe;
// a killed office leaves it behind -> unlinked in emergencyKill()
char g_pipePath[kSlots][512];
// /tmp/OSL_PIPE_<uid>_SingleOfficeIPC_<hash>: the office's single-instance
// socket, also left behind by a killed office
char g_ipcPath[kSlots][512];

int claimSlot() {
    for (int i = 0; i < kSlots; ++i) {
        bool expected = false;
        if (g_slotUsed[i].compare_exchange_strong(expected, true)) {
            g_pgid[i] = -1;
            g_pipePath[i][0] = g_ipcPath[i][0] = 0;
            return i;
        }
    }
    throw std::runtime_error("too many offices in one process");
}

using lo::toOU;
using lo::toStd;

// Variables that rtl::Bootstrap reads from the environment *before* the office's
// own ini files: inherited by soffice they would break it.
bool isPoisonedVar(const char *kv) {
    static const char *const bad[] = {
        "UNO_TYPES=", "UNO_SERVICES=", "URE_BOOTSTRAP=", "UNO_PATH=", "URE_INTERNAL_LIB_DIR="};
    for (const char *b : bad)
        if (std::strncmp(kv, b, std::strlen(b)) == 0) return true;
    return false;
}
} // namespace

Timings &timings() {
    static Timings t;
    return t;
}

std::string Timings::table() const {
    std::ostringstream os;
    os << std::left << std::setw(52) << "step" << std::right << std::setw(12) << "ms"
       << "\n";
    for (const auto &[name, ms] : m_steps)
        os << std::left << std::setw(52) << name << std::right << std::setw(12) << std::fixed
           << std::setprecision(1) << ms << "\n";
    return os.str();
}

Reference<uno::XComponentContext> bootstrapLocalContext(const std::string &iniUrl) {
    // "default": classic SDK way - unorc next to libuno_cppuhelpergcc3.so.3
    // plus URE_BOOTSTRAP=vnd.sun.star.pathname:<program>/fundamentalrc in the env
    if (iniUrl == "default") return cppu::defaultBootstrap_InitialComponentContext();
    // explicit ini: independent of the test binary's location / name
    return cppu::defaultBootstrap_InitialComponentContext(toOU(iniUrl));
}

OfficeProcess::OfficeProcess(Options o) : m_opt(std::move(o)), m_slot(claimSlot()) {
    if (m_opt.connection.empty()) m_opt.connection = "pipe,name=" + m_opt.pipeName;
}

OfficeProcess::~OfficeProcess() {
    if (m_pid > 0) {
        ::kill(-m_pid, SIGKILL);
        reapGroup();
    }
    removeLeftovers();
    g_pipePath[m_slot][0] = g_ipcPath[m_slot][0] = 0;
    g_pgid[m_slot] = -1;
    g_slotUsed[m_slot] = false;
}

void OfficeProcess::kill() {
    const pid_t g = g_pgid[m_slot].load();
    if (g > 0) ::kill(-g, SIGKILL);
}

void OfficeProcess::emergencyKill() {
    // async-signal-safe only: called from signal handlers
    for (int i = 0; i < kSlots; ++i) {
        if (!g_slotUsed[i].load()) continue;
        const pid_t g = g_pgid[i].load();
        if (g > 0) ::kill(-g, SIGKILL);
        if (g_pipePath[i][0]) ::unlink(g_pipePath[i]);
        if (g_ipcPath[i][0]) ::unlink(g_ipcPath[i]);
    }
}

std::string singleInstancePipe(const std::string &profileUrl) {
    // As the office names it (desktop/source/app/officeipcthread.cxx): the MD5
    // of the profile URL's UTF-16 code units, each byte in hex without padding.
    const OUString url = toOU(profileUrl);
    sal_uInt8 md5[RTL_DIGEST_LENGTH_MD5];
    rtl_digest_MD5(url.getStr(), url.getLength() * sizeof(sal_Unicode), md5, sizeof md5);
    std::string hex;
    char b[4];
    for (sal_uInt8 byte : md5) {
        std::snprintf(b, sizeof b, "%x", unsigned(byte));
        hex += b;
    }
    return "/tmp/OSL_PIPE_" + std::to_string(::getuid()) + "_SingleOfficeIPC_" + hex;
}

void OfficeProcess::removeLeftovers() {
    if (g_pipePath[m_slot][0]) ::unlink(g_pipePath[m_slot]);
    if (g_ipcPath[m_slot][0]) ::unlink(g_ipcPath[m_slot]);
}

void OfficeProcess::start() {
    spawn();
}

void OfficeProcess::spawn() {
    // Become a "subreaper": when oosplash exits, the orphaned soffice.bin is
    // re-parented to us (not to PID 1, which in containers often never reaps
    // -> zombies). We can then waitpid() it.
    if (!std::getenv("ITA_NO_SUBREAPER")) // experiment switch
        ::prctl(PR_SET_CHILD_SUBREAPER, 1);

    std::vector<std::string> args = {
        m_opt.soffice,
        "--headless", // no VCL windows (svp backend), implies --invisible semantics
        "--invisible",
        "--nologo",
        "--norestore",   // no document recovery dialog after a crash
        "--nodefault",   // do not open a Start Center
        "--nolockcheck", // stale .lock from a killed run must not block us
        "-env:UserInstallation=" + m_opt.profileUrl,
        "--accept=" + m_opt.connection + ";urp;StarOffice.ComponentContext",
    };
    args.insert(args.end(), m_opt.extraArgs.begin(), m_opt.extraArgs.end());
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    // child environment: scrub UNO bootstrap vars, optionally redirect
    // TMPDIR/HOME into the build tree so that soffice leaves nothing behind
    std::vector<std::string> overrides;
    if (!m_opt.tmpDir.empty()) overrides.push_back("TMPDIR=" + m_opt.tmpDir);
    if (!m_opt.homeDir.empty()) overrides.push_back("HOME=" + m_opt.homeDir);
    std::vector<char *> envp;
    for (char **e = environ; *e; ++e) {
        bool replaced = false;
        for (const auto &o : overrides)
            if (std::strncmp(*e, o.c_str(), o.find('=') + 1) == 0) replaced = true;
        if (!replaced && !isPoisonedVar(*e)) envp.push_back(*e);
    }
    for (auto &o : overrides)
        envp.push_back(o.data());
    envp.push_back(nullptr);

    // prepare everything that allocates before fork()
    const std::string log = m_opt.logFile;
    const unsigned long long fileSizeLimit = m_opt.maxFileBytes;
    const bool append = m_restarts > 0; // keep the log of the run that asked for a restart
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        ::setpgid(0, 0); // own process group -> kill(-pgid) reaches oosplash AND soffice.bin
        // A runaway office (a loop writing a temp file) must not fill the disk of a
        // batch machine or CI: no single file beyond the limit (SIGXFSZ ends it).
        if (fileSizeLimit > 0) {
            struct rlimit lim;
            lim.rlim_cur = lim.rlim_max = static_cast<rlim_t>(fileSizeLimit);
            ::setrlimit(RLIMIT_FSIZE, &lim);
        }
        int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0644);
        if (fd >= 0) {
            ::dup2(fd, 1);
            ::dup2(fd, 2);
            ::close(fd);
        }
        int nul = ::open("/dev/null", O_RDONLY);
        if (nul >= 0) {
            ::dup2(nul, 0);
            ::close(nul);
        }
        ::execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    ::setpgid(pid, pid); // also in the parent: avoids the race with kill(-pgid)
    m_pid = pid;
    std::snprintf(g_pipePath[m_slot], sizeof g_pipePath[m_slot], "/tmp/OSL_PIPE_%u_%s", unsigned(::getuid()),
                  m_opt.pipeName.c_str());
    std::snprintf(g_ipcPath[m_slot], sizeof g_ipcPath[m_slot], "%s",
                  singleInstancePipe(m_opt.profileUrl).c_str());
    g_pgid[m_slot] = pid;
    if (!m_opt.pidFile.empty()) // for scripts/kill_office.sh (CTest cleanup fixture)
        std::ofstream(m_opt.pidFile) << pid << "\n" << g_pipePath[m_slot] << "\n" << m_opt.profileUrl << "\n";
}

Reference<uno::XComponentContext> OfficeProcess::connect(const Reference<uno::XComponentContext> &local) {
    Reference<connection::XConnector> connector = connection::Connector::create(local);
    Reference<bridge::XBridgeFactory2> factory = bridge::BridgeFactory::create(local);
    const OUString desc = toOU(m_opt.connection);
    const auto t0 = Clock::now();
    for (;;) {
        ++m_attempts;
        try {
            Reference<connection::XConnection> conn = connector->connect(desc);
            m_bridge = factory->createBridge("", "urp", conn, nullptr);
            Reference<uno::XComponentContext> ctx(m_bridge->getInstance("StarOffice.ComponentContext"),
                                                  UNO_QUERY_THROW);
            return ctx;
        } catch (const connection::NoConnectException &) {
            // pipe not there yet: soffice still starting (first start with a
            // fresh profile takes seconds). Fail fast if it already died.
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                // soffice.bin asks its launcher (oosplash) for a restart with
                // exit code 81 (EXITHELPER_NORMAL_RESTART), e.g. on the first
                // start of a fresh profile; 79 = crash with restart. When we
                // launch soffice.bin directly we must do what oosplash does.
                if (WIFEXITED(status) && (WEXITSTATUS(status) == 81 || WEXITSTATUS(status) == 79) &&
                    m_restarts < 3) {
                    ++m_restarts;
                    reapGroup();
                    spawn();
                    continue;
                }
                m_exitStatus = status;
                const pid_t dead = m_pid;
                m_pid = -1;
                g_pgid[m_slot] = -1;
                throw std::runtime_error("soffice (pid " + std::to_string(dead) +
                                         ") exited before accepting, status " + std::to_string(status) +
                                         "\n" + logTail());
            }
            if (msSince(t0) > m_opt.connectTimeoutS * 1000.0) {
                const std::string what = describeGroup(m_pid, g_pipePath[m_slot]);
                ::kill(-m_pid, SIGKILL); // hung start: do not leave it running
                reapGroup();
                char seconds[32];
                std::snprintf(seconds, sizeof seconds, "%.0f", m_opt.connectTimeoutS);
                throw std::runtime_error("soffice did not accept on " + m_opt.connection + " within " +
                                         seconds + " s: " + what + "\n" + logTail());
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}

bool OfficeProcess::waitForExit(double seconds) {
    const auto t0 = Clock::now();
    while (msSince(t0) < seconds * 1000.0) {
        int status = 0;
        const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid || (r < 0 && errno == ECHILD)) {
            m_exitStatus = status;
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

void OfficeProcess::reapGroup() {
    // Reap the launcher and everything left in its process group. soffice
    // spawns helpers (e.g. gpgconf/gpg/gpgsm via gpgme when loading/saving);
    // thanks to PR_SET_CHILD_SUBREAPER orphans are re-parented to *us* - if we
    // do not waitpid() them they stay zombies (in containers PID 1 often
    // never reaps them either).
    const pid_t g = m_pid > 0 ? m_pid : g_pgid[m_slot].load();
    if (g <= 0) return;
    const auto t0 = Clock::now();
    bool killed = false;
    for (;;) {
        int status = 0;
        const pid_t r = ::waitpid(-g, &status, WNOHANG);
        if (r > 0) continue; // reaped one, look for more
        const bool groupGone = ::kill(-g, 0) < 0 && errno == ESRCH;
        if (groupGone) break;
        if (r < 0 && errno == ECHILD && killed)
            break; // survivors are not our children: nothing more we can do
        if (!killed && msSince(t0) > 2000.0) {
            ::kill(-g, SIGKILL); // live stragglers after 2 s
            killed = true;
        }
        if (msSince(t0) > 5000.0) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    m_pid = -1;
    g_pgid[m_slot] = -1;
}

bool OfficeProcess::shutdown(const Reference<uno::XComponentContext> &remote) {
    bool clean = false;
    if (remote.is()) {
        try {
            Reference<frame::XDesktop2> desktop = frame::Desktop::create(remote);
            // terminate() returns true when the office agreed; the bridge may
            // also be torn down under our feet -> DisposedException is fine.
            const auto t0 = Clock::now();
            const bool agreed = desktop->terminate();
            timings().add(std::string("soffice: Desktop.terminate() call (agreed=") +
                              (agreed ? "yes" : "no") + ")",
                          msSince(t0));
        } catch (const lang::DisposedException &) {
        } catch (const uno::RuntimeException &e) {
            std::fprintf(stderr, "terminate(): %s\n", toStd(e.Message).c_str());
        }
    }
    if (m_bridge.is()) {
        try {
            Reference<lang::XComponent>(m_bridge, UNO_QUERY_THROW)->dispose();
        } catch (const uno::Exception &) {
        }
        m_bridge.clear();
    }
    if (m_pid > 0) {
        const auto t0 = Clock::now();
        clean = waitForExit(m_opt.shutdownTimeoutS);
        timings().add("soffice: wait for process exit", msSince(t0));
        if (!clean) {
            std::fprintf(stderr, "soffice did not exit in %.0f s -> SIGTERM group %d\n",
                         m_opt.shutdownTimeoutS, int(m_pid));
            ::kill(-m_pid, SIGTERM);
            if (!waitForExit(5.0)) ::kill(-m_pid, SIGKILL);
        }
        reapGroup();
    }
    if (!m_opt.pidFile.empty()) std::remove(m_opt.pidFile.c_str()); // nothing left for kill_office.sh
    removeLeftovers();
    return clean;
}

std::string OfficeProcess::logTail(size_t maxBytes) const {
    std::ifstream in(m_opt.logFile, std::ios::binary);
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (s.size() > maxBytes) s = s.substr(s.size() - maxBytes);
    return s;
}
} // namespace ita::office
