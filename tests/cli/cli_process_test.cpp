// What `ita` promises about processes and files: no office left after Ctrl-C
// or an office crash, a crashed file reported and the batch continued,
// nothing written into the user's home.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const std::string kWork = std::string(ITA_BUILD_DIR) + "/test-cli-office";

std::string readAll(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<pid_t> officePids() {
    std::vector<pid_t> out;
    for (const auto &e : fs::directory_iterator("/proc")) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        const std::string cmd = readAll(e.path().string() + "/cmdline");
        if (cmd.find("soffice") != std::string::npos && cmd.find(kWork) != std::string::npos)
            out.push_back(static_cast<pid_t>(std::stoi(name)));
    }
    return out;
}

pid_t sofficeBin() {
    for (pid_t p : officePids())
        if (readAll("/proc/" + std::to_string(p) + "/cmdline").find("soffice.bin") != std::string::npos)
            return p;
    return -1;
}

// Starts ita in the background with stdout to a file; returns its pid.
pid_t spawnIta(const std::vector<std::string> &args, const std::string &outFile,
               const std::string &home = {}) {
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("ITA_OFFICE_WORKDIR", kWork.c_str(), 1);
        if (!home.empty()) setenv("HOME", home.c_str(), 1);
        FILE *f = freopen(outFile.c_str(), "w", stdout);
        (void)f;
        FILE *e = freopen("/dev/null", "w", stderr);
        (void)e;
        std::vector<char *> argv;
        std::string exe = ITA_EXE;
        argv.push_back(exe.data());
        std::vector<std::string> copy = args;
        for (auto &a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(exe.c_str(), argv.data());
        _exit(127);
    }
    return pid;
}

int waitFor(pid_t pid, std::chrono::seconds limit = 120s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (std::chrono::steady_clock::now() < end) {
        if (waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        std::this_thread::sleep_for(50ms);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

bool waitUntil(const std::function<bool()> &cond, std::chrono::seconds limit = 60s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (cond()) return true;
        std::this_thread::sleep_for(50ms);
    }
    return false;
}

std::vector<std::string> manyFiles(int n) {
    std::vector<std::string> files = {"validate", "--format", "json"};
    for (int i = 0; i < n; ++i)
        files.push_back(std::string(ITA_BUILD_DIR) + "/fixtures/correct-fy2564.ods");
    return files;
}

} // namespace

TEST(CliProcess, CtrlCLeavesNoOffice) {
    const std::string out = std::string(ITA_BUILD_DIR) + "/test-out/cli-sigint.json";
    const pid_t pid = spawnIta(manyFiles(200), out);
    ASSERT_TRUE(waitUntil([] { return sofficeBin() > 0; })) << "office never started";
    std::this_thread::sleep_for(500ms);
    kill(pid, SIGINT);
    EXPECT_EQ(waitFor(pid), 128 + SIGINT);
    EXPECT_TRUE(waitUntil([] { return officePids().empty(); }, 10s))
        << officePids().size() << " office processes left";
}

TEST(CliProcess, OfficeCrashIsReportedAndTheBatchGoesOn) {
    const std::string out = std::string(ITA_BUILD_DIR) + "/test-out/cli-crash.json";
    const pid_t pid = spawnIta(manyFiles(150), out);
    // The accept pipe exists once the office takes connections; a moment later
    // files are being checked, which is when a crash on a bad file happens.
    // (runs/<pid>-<k>: the first office of the run's pool)
    const std::string pipe = "/tmp/OSL_PIPE_" + std::to_string(getuid()) + "_ita_" + std::to_string(pid) + "-1";
    ASSERT_TRUE(waitUntil([&] { return fs::exists(pipe) && sofficeBin() > 0; })) << "office never started";
    // 150 files take seconds at any speed (>= 15 ms each): 300 ms in, the batch is under way.
    std::this_thread::sleep_for(300ms);
    const pid_t first = sofficeBin();
    kill(first, SIGKILL); // what a crash looks like from outside
    // ita starts a new office for the rest of the batch
    EXPECT_TRUE(waitUntil([&] {
        const pid_t now = sofficeBin();
        return now > 0 && now != first;
    })) << "no new office after the crash";
    const int code = waitFor(pid);
    const boost::json::value v = boost::json::parse(readAll(out));
    const auto &files = v.as_array();
    ASSERT_EQ(files.size(), 150u);
    int ok = 0, unreadable = 0;
    for (const auto &f : files) {
        const auto status = f.at("status").as_string();
        if (status == "ok") ++ok;
        if (status == "unreadable") ++unreadable;
    }
    // A crash while a file is read costs that file (reported unreadable, exit 2); a
    // crash between two files costs none. Either way every other file is checked.
    EXPECT_LE(unreadable, 1);
    EXPECT_EQ(ok + unreadable, 150);
    EXPECT_EQ(code, unreadable ? 2 : 0);
    EXPECT_TRUE(waitUntil([] { return officePids().empty(); }, 10s));
}

TEST(CliProcess, NothingIsWrittenIntoHome) {
    const std::string home = std::string(ITA_BUILD_DIR) + "/test-out/fake-home";
    fs::remove_all(home);
    fs::create_directories(home);
    const std::string out = std::string(ITA_BUILD_DIR) + "/test-out/cli-home.json";
    const pid_t pid =
        spawnIta({"validate", std::string(ITA_BUILD_DIR) + "/fixtures/correct-fy2564.xlsx"}, out, home);
    EXPECT_EQ(waitFor(pid), 0);
    EXPECT_TRUE(fs::is_empty(home)) << "ita wrote into HOME";
}
