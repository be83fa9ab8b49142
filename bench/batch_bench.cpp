// A provincial batch through the `ita` pool (src/cli/pool.cpp), timed next to
// its floor in the same run: N generated submissions (copies of the test
// fixtures, .ods and .xlsx, some with errors) validated with 1 and 2 offices
// vs the same offices only loading them; N/2 memos filled to PDF vs the same
// offices only loading and exporting already-filled .odt files; the office's
// memory at the 50th and the last file. Prints a table, asserts nothing.
//   usage: ita_batch_bench [N]   (default 200)
#include "cli/pool.hpp"
#include "office/office_session.hxx"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <org/itatools/XDocumentTools.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
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
    auto ctx = session.context();
    return Reference<org::itatools::XDocumentTools>(
        ctx->getServiceManager()->createInstanceWithContext("org.itatools.DocumentTools", ctx),
        css::uno::UNO_QUERY_THROW);
}

// Resident memory (kB) of the office process group of a session (soffice.pgid's first line).
long officeRssKb(const office::Session &session) {
    std::ifstream pg(session.runDir() + "/soffice.pgid");
    long pgid = 0;
    if (!(pg >> pgid)) return -1;
    long total = 0;
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
        std::ifstream status(e.path() / "status");
        for (std::string l; std::getline(status, l);)
            if (l.rfind("VmRSS:", 0) == 0) total += std::atol(l.c_str() + 6);
    }
    return total;
}

struct Result {
    double totalS = 0, perFileMs = 0; // per file: steady state, between the first and the last file done
    int failed = 0;
    long rss50 = -1, rssLast = -1;
};

Result runOnce(const std::vector<std::string> &files, int jobs, bool editable,
               const std::function<void(office::Session &, size_t, const std::string &,
                                        const Reference<css::lang::XComponent> &)> &work) {
    cli::PoolOptions opt;
    opt.paths = office::defaultPaths();
    opt.jobs = jobs;
    opt.editable = editable;
    std::mutex m;
    std::vector<Clock::time_point> ends;
    Result r;
    const auto t0 = Clock::now();
    cli::runPool(
        opt, files,
        [&](office::Session &s, size_t i, const std::string &f, const Reference<css::lang::XComponent> &doc) {
            work(s, i, f, doc);
            std::lock_guard<std::mutex> lock(m);
            ends.push_back(Clock::now());
            if (jobs == 1 && ends.size() == 50) r.rss50 = officeRssKb(s);
            if (jobs == 1 && ends.size() == files.size()) r.rssLast = officeRssKb(s);
        },
        [&](size_t, const std::string &f, const std::string &why) {
            std::lock_guard<std::mutex> lock(m);
            ++r.failed;
            std::fprintf(stderr, "  %s: %s\n", f.c_str(), why.c_str());
        });
    r.totalS = std::chrono::duration<double>(Clock::now() - t0).count();
    if (ends.size() > 1)
        r.perFileMs =
            std::chrono::duration<double, std::milli>(ends.back() - ends.front()).count() / double(ends.size() - 1);
    return r;
}

void row(const char *what, int jobs, size_t n, const Result &r, const Result *floor) {
    std::printf("%-34s %5d %6zu %9.1f %11.1f", what, jobs, n, r.totalS, r.perFileMs);
    if (floor && floor->perFileMs > 0)
        std::printf(" %9.2fx", r.perFileMs / floor->perFileMs);
    else
        std::printf(" %10s", "");
    if (r.failed) std::printf("  (%d failed)", r.failed);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
    office::installSignalHandlers();
    const size_t n = argc > 1 ? std::stoul(argv[1]) : 200;
    const fs::path work = fs::path(ITA_BUILD_DIR) / "bench-batch";
    fs::remove_all(work);
    fs::create_directories(work / "in");
    fs::create_directories(work / "filled");
    const char *sources[] = {"correct-fy2564.ods",  "correct-fy2564.xlsx",       "correct-fy2567-pass.ods",
                             "broken-total.xlsx",   "correct-fy2567-pass.xlsx",  "broken-rating.ods",
                             "aa-in-fy2568.ods",    "aa-in-fy2568.xlsx"};
    std::vector<std::string> files;
    for (size_t i = 0; i < n; ++i) {
        const std::string src = sources[i % (sizeof sources / sizeof *sources)];
        const fs::path to = work / "in" / (std::to_string(1000 + i) + "-" + src);
        fs::copy_file(std::string(ITA_BUILD_DIR) + "/fixtures/" + src, to);
        files.push_back(to.string());
    }
    std::printf("%-34s %5s %6s %9s %11s %10s\n", "batch", "offs", "files", "total s", "ms/file", "vs floor");

    auto onlyLoad = [](office::Session &, size_t, const std::string &, const Reference<css::lang::XComponent> &) {};
    auto validate = [](office::Session &s, size_t, const std::string &f, const Reference<css::lang::XComponent> &doc) {
        const std::string opts = "{\"path\":\"" + f + "\",\"tolerance\":0.02}";
        (void)str(service(s)->validate(doc, ou(opts)));
    };
    Result rss;
    for (int jobs : {1, 2}) {
        const Result floor = runOnce(files, jobs, false, onlyLoad);
        row("validate floor (load only)", jobs, n, floor, nullptr);
        const Result v = runOnce(files, jobs, false, validate);
        row("validate", jobs, n, v, &floor);
        if (jobs == 1) rss = v;
    }

    // memos: the first sheets filled to PDF as `ita fill` does (fill to .odt, load, export)
    const size_t memos = std::max<size_t>(n / 2, 2);
    std::vector<std::string> sheets;
    for (size_t i = 0; i < memos; ++i)
        sheets.push_back(files[(i * 2) % n].find("broken") == std::string::npos ? files[(i * 2) % n] : files[0]);
    std::atomic<int> k{0};
    auto fillPdf = [&](office::Session &s, size_t, const std::string &f, const Reference<css::lang::XComponent> &doc) {
        const std::string staged = s.stagingPath("filled");
        const std::string opts = "{\"path\":\"" + f + "\",\"template\":\"memo\",\"output\":\"" + staged +
                                 "\",\"date\":\"2024-10-01\",\"thai_digits\":true,\"allow_errors\":true,\"set\":{}}";
        (void)str(service(s)->fill(doc, ou(opts)));
        const std::string odt = staged + ".odt";
        fs::rename(staged, odt);
        const Reference<css::lang::XComponent> filled = s.load(odt);
        const std::string pdf = s.storeToRunFolder(filled, "memo.pdf");
        office::Session::close(filled);
        if (k++ == 0) fs::copy_file(odt, work / "filled" / "memo.odt", fs::copy_options::overwrite_existing);
        fs::remove(odt);
        fs::remove(pdf);
    };
    auto exportPdf = [](office::Session &s, size_t, const std::string &, const Reference<css::lang::XComponent> &doc) {
        fs::remove(s.storeToRunFolder(doc, "memo.pdf"));
    };
    for (int jobs : {1, 2}) {
        const Result fill = runOnce(sheets, jobs, false, fillPdf);
        std::vector<std::string> odts;
        for (size_t i = 0; i < memos; ++i) {
            const fs::path to = work / "filled" / ("memo-" + std::to_string(i) + ".odt");
            if (!fs::exists(to)) fs::copy_file(work / "filled" / "memo.odt", to);
            odts.push_back(to.string());
        }
        const Result floor = runOnce(odts, jobs, false, exportPdf);
        row("fill floor (load .odt + PDF)", jobs, memos, floor, nullptr);
        row("fill memo to PDF", jobs, memos, fill, &floor);
    }
    std::printf("\noffice RSS (1 office, validate): file 50: %ld kB, file %zu: %ld kB", rss.rss50, n, rss.rssLast);
    if (rss.rss50 > 0 && rss.rssLast > 0)
        std::printf(" (%+.1f %%)", 100.0 * double(rss.rssLast - rss.rss50) / double(rss.rss50));
    std::printf("\n");
    fs::remove_all(work);
    return 0;
}
