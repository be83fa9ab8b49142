// Running `ita` as a user runs it (an argument vector, never a shell), and
// looking at what it leaves on the machine.
#pragma once

#include "office/office_process.hxx"
#include "office/office_session.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <linux/capability.h>
#include <set>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace ita::test {

namespace fs = std::filesystem;

inline const std::string kCliWork = ITA_CLI_OFFICE_DIR;

// A test with a fresh folder of its own: <build>/test-out/<suite>/<test>.
class FolderTest : public ::testing::Test {
  protected:
    explicit FolderTest(const char *suite) : suite_(suite) {}
    void SetUp() override {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = fs::path(ITA_BUILD_DIR) / "test-out" / suite_ / info->name();
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    fs::path dir;

  private:
    const char *suite_;
};

// One file's result in `ita validate --format json`.
inline std::string statusOf(const boost::json::value &v) {
    return std::string(v.at("status").as_string());
}
inline std::string errorOf(const boost::json::value &v) {
    return v.as_object().contains("error") ? std::string(v.at("error").as_string()) : std::string();
}

inline std::string readAll(const fs::path &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void writeFile(const fs::path &path, const std::string &content) {
    std::ofstream(path, std::ios::binary) << content;
}

inline std::string fixture(const std::string &name) {
    return std::string(ITA_BUILD_DIR) + "/fixtures/" + name;
}

struct ItaRun {
    int code = -1;
    std::string out, err;
};

struct RunOptions {
    std::vector<std::string> env; // NAME=value added to the environment
    std::string cwd;
    // root without its power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH dropped
    // from the bounding set before exec): file permissions apply as to a clerk. Not another
    // user: the build may sit in a folder only its owner can enter (mktemp -d).
    bool noReadOverride = false;
};

inline RunOptions withoutReadOverride() {
    RunOptions o;
    o.noReadOverride = true;
    return o;
}

// Starts `ita args…` with stdout (and stderr) into files; returns its pid.
inline pid_t spawnIta(const std::vector<std::string> &args, const fs::path &outFile,
                      const RunOptions &opt = {}, const fs::path &errFile = {}) {
    std::vector<std::string> argv = {ITA_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("ITA_OFFICE_WORKDIR", kCliWork.c_str(), 1);
        for (const auto &kv : opt.env) {
            const auto eq = kv.find('=');
            setenv(kv.substr(0, eq).c_str(), kv.substr(eq + 1).c_str(), 1);
        }
        const int out = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err =
            ::open(errFile.empty() ? "/dev/null" : errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out, 1);
        ::dup2(err, 2);
        const int in = ::open("/dev/null", O_RDONLY);
        ::dup2(in, 0);
        if (!opt.cwd.empty() && ::chdir(opt.cwd.c_str()) != 0) _exit(126);
        if (opt.noReadOverride && (::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
                                   ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0))
            _exit(125);
        std::vector<char *> cargv;
        for (auto &a : argv)
            cargv.push_back(a.data());
        cargv.push_back(nullptr);
        ::execv(cargv[0], cargv.data());
        _exit(127);
    }
    return pid;
}

inline int waitFor(pid_t pid, std::chrono::seconds limit = std::chrono::seconds(300)) {
    const auto end = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (std::chrono::steady_clock::now() < end) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return -1;
}

inline bool waitUntil(const std::function<bool()> &cond, std::chrono::seconds limit) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (cond()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

inline ItaRun runIta(const std::vector<std::string> &args, const RunOptions &opt) {
    static int n = 0;
    const fs::path base = fs::path(ITA_BUILD_DIR) / "test-out" / "run";
    fs::create_directories(base);
    const fs::path out = base / ("out-" + std::to_string(++n)), err = base / ("err-" + std::to_string(n));
    ItaRun r;
    r.code = waitFor(spawnIta(args, out, opt, err));
    r.out = readAll(out);
    r.err = readAll(err);
    return r;
}

inline ItaRun runIta(const std::vector<std::string> &args, const std::vector<std::string> &env = {},
                     const std::string &cwd = {}) {
    RunOptions o;
    o.env = env;
    o.cwd = cwd;
    return runIta(args, o);
}

// A program's standard output (pdftotext, unzip).
inline std::string capture(const std::vector<std::string> &argv) {
    const fs::path out = fs::path(ITA_BUILD_DIR) / "test-out" / ("capture-" + std::to_string(::getpid()));
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fd, 1);
        std::vector<std::string> copy = argv;
        std::vector<char *> cargv;
        for (auto &a : copy)
            cargv.push_back(a.data());
        cargv.push_back(nullptr);
        ::execvp(cargv[0], cargv.data());
        _exit(127);
    }
    waitFor(pid);
    std::string text = readAll(out);
    fs::remove(out);
    return text;
}

inline std::string pdfText(const fs::path &pdf) {
    return capture({"pdftotext", "-layout", pdf.string(), "-"});
}

inline std::vector<pid_t> officePids(const std::string &work = kCliWork) {
    std::vector<pid_t> out;
    for (const auto &e : fs::directory_iterator("/proc")) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        const std::string cmd = readAll(e.path() / "cmdline");
        if (cmd.find("soffice") != std::string::npos && cmd.find(work) != std::string::npos)
            out.push_back(static_cast<pid_t>(std::stoi(name)));
    }
    return out;
}

inline int officeProcesses() {
    return static_cast<int>(officePids().size());
}

inline std::vector<std::string> runFolders(const std::string &work = kCliWork) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(fs::path(work) / "runs", ec))
        out.push_back(e.path().string());
    return out;
}

// The pipes an `ita` with this pid would have made: the accept pipes and the
// offices' single-instance pipes of its profile copies (runs/<pid>-<k>, one
// per office of its pool).
inline std::vector<std::string> pipesOfRun(pid_t pid, const std::string &work = kCliWork) {
    std::vector<std::string> left;
    const std::string accept = "OSL_PIPE_" + std::to_string(::getuid()) + "_ita_" + std::to_string(pid) + "-";
    std::error_code ec;
    for (const auto &e : fs::directory_iterator("/tmp", ec))
        if (e.path().filename().string().rfind(accept, 0) == 0) left.push_back(e.path().string());
    for (int k = 1; k <= 16; ++k)
        for (int g = 0; g <= 4; ++g) { // runs/<pid>-<k>.<g>: the g-th restart of office k
            std::string run = std::to_string(pid) + "-" + std::to_string(k);
            if (g > 0) run += "." + std::to_string(g);
            const std::string single =
                office::singleInstancePipe(office::fileUrl(work + "/runs/" + run + "/profile"));
            if (fs::exists(fs::symlink_status(single))) left.push_back(single);
        }
    return left;
}

// An encrypted copy, made by an office of the test's own.
inline void makeEncryptedCopy(const std::string &from, const fs::path &to, const std::string &password) {
    office::SessionPaths paths = office::defaultPaths();
    paths.workDir = kCliWork;
    office::Session session(paths);
    session.start();
    auto doc = session.load(from);
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args[0].Name = "FilterName";
    args[0].Value <<= rtl::OUString("calc8");
    args[1].Name = "Password";
    args[1].Value <<= rtl::OUString::fromUtf8(password.c_str());
    css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
        ->storeToURL(rtl::OUString::fromUtf8(office::fileUrl(to.string()).c_str()), args);
    office::Session::close(doc);
    session.stop();
}

} // namespace ita::test
