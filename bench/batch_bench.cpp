// A provincial batch through the `ita` pool (src/cli/pool.cpp), timed next to
// its floor in the same run: N generated submissions (copies of the test
// fixtures, .ods and .xlsx, some with errors) validated with 1 and 2 offices
// as `ita validate` does (one XFileTools call per file), and loaded over the
// bridge then validated (the earlier way, for comparison), vs the same offices
// only loading them over the bridge; N/2 memos filled to PDF as `ita fill` does
// vs the same offices only loading and exporting already-filled .odt files; each office's
// memory at the 50th and the last file; the load average, the CPU the offices
// used, and where each batch's time went (start, type check, office load, the
// work, close). Prints tables, asserts nothing.
//   usage: ita_batch_bench [N]   (default 200)
//   or:    cmake --build build --target batch-bench
#include "cli/pool.hpp"
#include "office/office_session.hxx"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <org/itatools/XDocumentTools.hpp>
#include <org/itatools/XFileTools.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

using css::uno::Reference;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
namespace office = ita::office;
namespace cli = ita::cli;

namespace {

rtl::OUString ou(const std::string &s) {
    return rtl::OUString::fromUtf8(rtl::OString(s.c_str()));
}
std::string str(const rtl::OUString &s) {
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

Reference<org::itatools::XDocumentTools> service(office::Session &session) {
    // as `ita` does: one instance per office
    return session.instanceAs<org::itatools::XDocumentTools>("org.itatools.DocumentTools");
}

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

// The processes of a session's office (its process group, soffice.pgid's first line).
template <class Fn> void forOfficeProcesses(const office::Session &session, Fn fn) {
    std::ifstream pg(session.runDir() + "/soffice.pgid");
    long pgid = 0;
    if (!(pg >> pgid)) return;
    for (const auto &e : fs::directory_iterator("/proc")) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(e.path() / "stat");
        std::string line;
        std::getline(stat, line);
        const size_t close = line.rfind(')');
        if (close == std::string::npos) continue;
        char state;
        long ppid, pgrp;
        if (std::sscanf(line.c_str() + close + 1, " %c %ld %ld", &state, &ppid, &pgrp) != 3 || pgrp != pgid)
            continue;
        fn(e.path(), line.substr(close + 2));
    }
}

// Resident memory (kB) of a session's office.
long officeRssKb(const office::Session &session) {
    long total = -1;
    forOfficeProcesses(session, [&](const fs::path &proc, const std::string &) {
        std::ifstream status(proc / "status");
        for (std::string l; std::getline(status, l);)
            if (l.rfind("VmRSS:", 0) == 0) total = std::max(total, 0L) + std::atol(l.c_str() + 6);
    });
    return total;
}

// CPU seconds (user + system) a session's office has used.
double officeCpuS(const office::Session &session) {
    double ticks = 0;
    forOfficeProcesses(session, [&](const fs::path &, const std::string &rest) {
        // fields after the command: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
        // utime stime
        std::istringstream in(rest);
        std::string f;
        for (int k = 0; k < 11 && in >> f; ++k) {
        }
        double utime = 0, stime = 0;
        in >> utime >> stime;
        ticks += utime + stime;
    });
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double processCpuS() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct OfficeSample {
    long rss50 = -1, rssLast = -1;
    double cpuFirst = -1, cpuLast = -1;
    Clock::time_point tFirst, tLast;
};

struct Result {
    double totalS = 0, perFileMs = 0; // per file: steady state, between the first and the last file done
    int failed = 0;
    std::vector<OfficeSample> offices; // in the order the offices finished their first file
    double officeCores = 0;            // CPU the offices used per second of steady state
    double benchCpuS = 0;              // this process (the pool's client side)
    cli::PoolTimes times;
    double detectS = 0, openS = 0; // inside Session::load, summed over the offices
};

// work on a document the pool loaded, or (fileWork) the whole file in one call as `ita validate` does
Result runOnce(const std::vector<std::string> &files, int jobs, const cli::DocumentFn &work,
               const cli::FileFn &fileWork = {}) {
    cli::PoolOptions opt;
    opt.paths = office::defaultPaths();
    opt.jobs = jobs;
    opt.readOnlyModel = true; // as `ita validate` and `ita fill` load what they only read
    std::mutex m;
    std::vector<Clock::time_point> ends;
    std::map<office::Session *, size_t> seen; // session -> index in r.offices
    Result r;
    opt.times = &r.times;
    const double cpu0 = processCpuS();
    const auto t0 = Clock::now();
    auto sample = [&](office::Session &s) {
        {
            std::lock_guard<std::mutex> lock(m);
            ends.push_back(Clock::now());
            if (seen.emplace(&s, r.offices.size()).second) {
                r.offices.emplace_back();
                r.offices.back().cpuFirst = officeCpuS(s);
                r.offices.back().tFirst = Clock::now();
            }
            OfficeSample &o = r.offices[seen[&s]];
            o.cpuLast = officeCpuS(s);
            o.tLast = Clock::now();
            // every office's memory when the batch is at its 50th and its last file
            if (ends.size() == 50 || ends.size() == files.size())
                for (const auto &[session, k] : seen) {
                    (ends.size() == 50 ? r.offices[k].rss50 : r.offices[k].rssLast) = officeRssKb(*session);
                    if (session != &s) {
                        r.offices[k].cpuLast = officeCpuS(*session);
                        r.offices[k].tLast = Clock::now();
                    }
                }
            if (ends.size() == files.size())
                for (const auto &[session, k] : seen) {
                    r.detectS += session->loadTimes().detect;
                    r.openS += session->loadTimes().open;
                }
        }
    };
    auto failed = [&](size_t, const std::string &f, const std::string &why) {
        std::lock_guard<std::mutex> lock(m);
        ++r.failed;
        std::fprintf(stderr, "  %s: %s\n", f.c_str(), why.c_str());
    };
    if (fileWork)
        cli::runPoolOnFiles(
            opt, files,
            [&](office::Session &s, size_t i, const std::string &f, const std::string &source) {
                fileWork(s, i, f, source);
                sample(s);
            },
            failed);
    else
        cli::runPool(
            opt, files,
            [&](office::Session &s, size_t i, const std::string &f,
                const Reference<css::lang::XComponent> &doc) {
                work(s, i, f, doc);
                sample(s);
            },
            failed);
    r.totalS = std::chrono::duration<double>(Clock::now() - t0).count();
    r.benchCpuS = processCpuS() - cpu0;
    if (ends.size() > 1)
        r.perFileMs = std::chrono::duration<double, std::milli>(ends.back() - ends.front()).count() /
                      double(ends.size() - 1);
    double cpu = 0, wall = 0;
    for (const auto &o : r.offices) {
        cpu += o.cpuLast - o.cpuFirst;
        wall = std::max(wall, std::chrono::duration<double>(o.tLast - o.tFirst).count());
    }
    if (wall > 0) r.officeCores = cpu / wall;
    return r;
}

void row(const char *what, int jobs, size_t n, const Result &r, const Result *floor) {
    std::printf("%-30s %4d %6zu %8.1f %8.1f", what, jobs, n, r.totalS, r.perFileMs);
    if (floor && floor->perFileMs > 0)
        std::printf(" %8.2fx", r.perFileMs / floor->perFileMs);
    else
        std::printf(" %9s", "");
    // office CPU per file: on a machine others load too, steadier than the wall time
    std::printf(" %6.2f %8.1f %7.1f", r.officeCores, r.officeCores * r.perFileMs, r.benchCpuS);
    if (r.failed) std::printf("  (%d failed)", r.failed);
    std::printf("\n");
    std::fflush(stdout);
}

// Where the time went, per file (ms, summed over the offices: with two offices
// the sum is about twice the wall time).
void profileRow(const char *what, int jobs, const Result &r) {
    const double n = double(std::max<size_t>(r.times.files, 1));
    std::printf("%-30s %4d %8.1f %8.1f %8.1f %8.1f %8.1f\n", what, jobs, 1000 * r.times.start / n,
                1000 * r.detectS / n, 1000 * r.openS / n, 1000 * r.times.work / n, 1000 * r.times.close / n);
}

void memoryRows(const char *what, const Result &r, size_t n) {
    for (size_t k = 0; k < r.offices.size(); ++k) {
        const OfficeSample &o = r.offices[k];
        std::printf("%-30s office %zu: file 50 %7ld kB, file %zu %7ld kB", what, k + 1, o.rss50, n,
                    o.rssLast);
        if (o.rss50 > 0 && o.rssLast > 0)
            std::printf("  (%+.1f %%)", 100.0 * double(o.rssLast - o.rss50) / double(o.rss50));
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char **argv) {
    office::installSignalHandlers();
    const size_t n = argc > 1 ? std::stoul(argv[1]) : 200;
    const fs::path work = fs::path(ITA_BUILD_DIR) / "bench-batch";
    fs::remove_all(work);
    fs::create_directories(work / "in");
    fs::create_directories(work / "filled");
    const char *sources[] = {"correct-fy2564.ods", "correct-fy2564.xlsx",      "correct-fy2567-pass.ods",
                             "broken-total.xlsx",  "correct-fy2567-pass.xlsx", "broken-rating.ods",
                             "aa-in-fy2568.ods",   "aa-in-fy2568.xlsx"};
    std::vector<std::string> files;
    for (size_t i = 0; i < n; ++i) {
        const std::string src = sources[i % (sizeof sources / sizeof *sources)];
        const fs::path to = work / "in" / (std::to_string(1000 + i) + "-" + src);
        fs::copy_file(std::string(ITA_BUILD_DIR) + "/fixtures/" + src, to);
        files.push_back(to.string());
    }
    std::printf("%u cores; load average (1, 5, 15 min) at the start: %s\n\n",
                std::thread::hardware_concurrency(), loadAverage().c_str());
    const char *head = "%-30s %4s %6s %8s %8s %9s %6s %8s %7s\n";
    std::printf(head, "batch", "offs", "files", "total s", "ms/file", "vs floor", "cores", "cpu ms/f",
                "ita cpu");

    auto onlyLoad = [](office::Session &, size_t, const std::string &,
                       const Reference<css::lang::XComponent> &) {};
    auto validateOpen = [](office::Session &s, size_t, const std::string &f,
                           const Reference<css::lang::XComponent> &doc) {
        const std::string opts = "{\"path\":\"" + f + "\",\"tolerance\":0.02}";
        (void)str(service(s)->validate(doc, ou(opts)));
    };
    // as `ita validate` does: the office opens, validates and closes each file in one call
    auto validateFile = [](office::Session &s, size_t, const std::string &f, const std::string &source) {
        const std::string opts = "{\"path\":\"" + f + "\",\"tolerance\":0.02}";
        (void)str(s.instanceAs<org::itatools::XFileTools>("org.itatools.DocumentTools")
                      ->validateFile(ou(office::fileUrl(source)), ou(opts)));
    };
    std::vector<std::pair<std::string, Result>> all; // for the profile and memory tables
    Result validateFloor[2], validated[2], validatedOpen[2];
    for (int jobs : {1, 2}) {
        validateFloor[jobs - 1] = runOnce(files, jobs, onlyLoad);
        row("validate floor (load only)", jobs, n, validateFloor[jobs - 1], nullptr);
        validated[jobs - 1] = runOnce(files, jobs, {}, validateFile);
        row("validate (ita: one call/file)", jobs, n, validated[jobs - 1], &validateFloor[jobs - 1]);
        validatedOpen[jobs - 1] = runOnce(files, jobs, validateOpen);
        row("validate, loaded over bridge", jobs, n, validatedOpen[jobs - 1], &validateFloor[jobs - 1]);
        all.emplace_back("validate floor", validateFloor[jobs - 1]);
        all.emplace_back("validate (one call)", validated[jobs - 1]);
        all.emplace_back("validate, loaded over bridge", validatedOpen[jobs - 1]);
    }

    // memos: the first sheets filled to PDF as `ita fill --format pdf` does (fill to .odt, load, export)
    const size_t memos = std::max<size_t>(n / 2, 2);
    std::vector<std::string> sheets;
    for (size_t i = 0; i < memos; ++i)
        sheets.push_back(files[(i * 2) % n].find("broken") == std::string::npos ? files[(i * 2) % n]
                                                                                : files[0]);
    // as `ita fill --format pdf` does: the office opens the sheet, fills, exports the PDF, closes
    auto fillTo = [&](const std::string &format, const std::string &output) {
        return
            [&, format, output](office::Session &s, size_t, const std::string &f, const std::string &source) {
                const std::string staged = output.empty() ? s.stagingPath("filled." + format) : output;
                const std::string opts = "{\"path\":\"" + f + "\",\"template\":\"memo\",\"output\":\"" +
                                         staged + "\",\"format\":\"" + format +
                                         "\",\"date\":\"2024-10-01\",\"thai_digits\":true,"
                                         "\"allow_errors\":true,\"set\":{}}";
                (void)str(s.instanceAs<org::itatools::XFileTools>("org.itatools.DocumentTools")
                              ->fillFile(ou(office::fileUrl(source)), ou(opts)));
                if (output.empty()) fs::remove(staged);
            };
    };
    // the floor's document: one memo filled to .odt
    runOnce({sheets[0]}, 1, {}, fillTo("odt", (work / "filled" / "memo.odt").string()));
    auto exportPdf = [](office::Session &s, size_t, const std::string &,
                        const Reference<css::lang::XComponent> &doc) {
        fs::remove(s.storeToRunFolder(doc, "memo.pdf"));
    };
    Result fillFloor[2], filled[2];
    for (int jobs : {1, 2}) {
        filled[jobs - 1] = runOnce(sheets, jobs, {}, fillTo("pdf", ""));
        std::vector<std::string> odts;
        for (size_t i = 0; i < memos; ++i) {
            const fs::path to = work / "filled" / ("memo-" + std::to_string(i) + ".odt");
            if (!fs::exists(to)) fs::copy_file(work / "filled" / "memo.odt", to);
            odts.push_back(to.string());
        }
        fillFloor[jobs - 1] = runOnce(odts, jobs, exportPdf);
        row("fill floor (load .odt + PDF)", jobs, memos, fillFloor[jobs - 1], nullptr);
        row("fill memo to PDF", jobs, memos, filled[jobs - 1], &fillFloor[jobs - 1]);
        all.emplace_back("fill floor", fillFloor[jobs - 1]);
        all.emplace_back("fill memo to PDF", filled[jobs - 1]);
    }
    // What a fill needs beyond its floor: the office reading the sheet it fills from.
    const Result sheetsOnly = runOnce(sheets, 1, onlyLoad);
    row("fill's sheets, load only", 1, memos, sheetsOnly, nullptr);
    // A fill must read the agency's sheet, and the office's own load of it is not
    // part of the floor: what the floor plus that load costs is about the best a fill
    // can do while the office reads the sheet (as the menu does). Office CPU per
    // file: steadier than wall time.
    auto cpuPerFile = [](const Result &r) { return r.officeCores * r.perFileMs; };
    if (cpuPerFile(fillFloor[0]) > 0)
        std::printf("fill, 1 office, office CPU per file: %.1f ms, floor %.1f + the sheets' own load %.1f "
                    "= %.1f (%.2fx the floor); the fill %.2fx\n",
                    cpuPerFile(filled[0]), cpuPerFile(fillFloor[0]), cpuPerFile(sheetsOnly),
                    cpuPerFile(fillFloor[0]) + cpuPerFile(sheetsOnly),
                    (cpuPerFile(fillFloor[0]) + cpuPerFile(sheetsOnly)) / cpuPerFile(fillFloor[0]),
                    cpuPerFile(filled[0]) / cpuPerFile(fillFloor[0]));

    std::printf("\n2 offices vs 1 (ms/file): validate %.2fx (loaded over the bridge %.2fx), its floor %.2fx; "
                "fill %.2fx, its floor %.2fx\n",
                validated[0].perFileMs / validated[1].perFileMs,
                validatedOpen[0].perFileMs / validatedOpen[1].perFileMs,
                validateFloor[0].perFileMs / validateFloor[1].perFileMs,
                filled[0].perFileMs / filled[1].perFileMs, fillFloor[0].perFileMs / fillFloor[1].perFileMs);
    std::printf(
        "cores: CPU the offices used per second of the batch (all offices); cpu ms/f: office CPU per file\n"
        "(steadier than the wall time on a shared machine); ita cpu: CPU s of this process (the pool)\n");

    std::printf(
        "\nwhere the time goes, ms per file summed over the offices (start: offices started, per file):\n");
    std::printf("%-30s %4s %8s %8s %8s %8s %8s\n", "batch", "offs", "start", "detect", "open", "work",
                "close");
    for (size_t i = 0; i < all.size(); ++i)
        profileRow(all[i].first.c_str(), int(all[i].second.offices.size()), all[i].second);
    profileRow("fill's sheets, load only", 1, sheetsOnly);
    std::printf("(detect: the type check on the content before loading; open: the office loading the file,\n"
                " both over the bridge; in a one-call batch (validate, fill memo to PDF) they happen inside\n"
                " the office, in work: there load is only the check and copy of the file before the call)\n");

    std::printf("\noffice memory (RSS) at the batch's 50th and last file:\n");
    memoryRows("validate, 1 office", validated[0], n);
    memoryRows("validate, 2 offices", validated[1], n);
    std::printf("\nload average at the end: %s\n", loadAverage().c_str());
    fs::remove_all(work);
    return 0;
}
