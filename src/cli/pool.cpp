#include "cli/pool.hpp"

#include "cli/progress.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include "uno/common/uno_strings.hxx"
#include <algorithm>
#include <atomic>
#include <chrono>

#include <memory>
#include <mutex>
#include <thread>

namespace ita::cli {

using lo::toStd;

namespace {

using Clock = std::chrono::steady_clock;

// One office and its thread. The watchdog (the main thread) kills the office
// of a worker whose file runs past its deadline; the lock keeps that kill away
// from the moment the worker replaces its office.
struct Worker {
    std::unique_ptr<office::Session> session;
    std::thread thread;
    std::mutex m;
    bool busy = false, timedOut = false;
    Clock::time_point deadline;
    std::atomic<bool> finished{false};
};

// The watchdog may kill w's office from now until the budget is spent.
void guard(Worker &w, std::chrono::milliseconds budget) {
    std::lock_guard<std::mutex> lock(w.m);
    w.busy = true;
    w.timedOut = false;
    w.deadline = Clock::now() + budget;
}

// Ends the watch; says whether the watchdog killed the office meanwhile.
bool unguard(Worker &w) {
    std::lock_guard<std::mutex> lock(w.m);
    w.busy = false;
    return w.timedOut;
}

// A start that needed a second try says why on stderr: a batch that paused for
// minutes there should not leave the user guessing.
void tellStartNotes(office::Session &session, Progress *progress) {
    for (const std::string &why : session.takeStartNotes())
        if (progress) progress->note("an office did not start (" + why + "); started another");
}

} // namespace

int defaultJobs() {
    const unsigned n = std::thread::hardware_concurrency();
    return n ? int(n) : 1;
}

namespace {

// The pool for either kind of work: fn on a document the pool loaded, or
// fileFn doing the whole file in one call.
std::vector<bool> runWorkers(const PoolOptions &opt, const std::vector<std::string> &files,
                             const DocumentFn &fn, const FileFn &fileFn, const UnreadableFn &unreadable,
                             Progress *progress) {
    const size_t n = files.size();
    std::vector<bool> done(n, false);
    std::vector<std::string> whyNot(n);
    size_t needOffice = 0;
    for (size_t i = 0; i < n; ++i) {
        try {
            office::checkReadable(files[i]);
            ++needOffice;
        } catch (const std::exception &e) {
            whyNot[i] = e.what();
        }
    }
    const int jobs =
        opt.connect.empty() ? int(std::clamp<size_t>(needOffice, 1, size_t(std::max(1, opt.jobs)))) : 1;
    std::atomic<size_t> next{0};
    std::mutex doneLock; // vector<bool> packs bits: writes from threads must not race
    auto markDone = [&](size_t i) {
        std::lock_guard<std::mutex> lock(doneLock);
        done[i] = true;
    };

    std::vector<std::unique_ptr<Worker>> workers;
    for (int k = 0; k < jobs; ++k) {
        workers.push_back(std::make_unique<Worker>());
        workers.back()->session = std::make_unique<office::Session>(opt.paths, opt.connect);
    }
    const auto fileBudget = std::chrono::milliseconds(long(opt.timeoutS * 1000));
    const auto startBudget = std::max(fileBudget, std::chrono::milliseconds(180000));
    auto work = [&](Worker &w) {
        office::Session &session = *w.session;
        bool started = false;
        bool failedLast = false; // the last file failed: ask the office itself whether it still answers
        for (;;) {
            if (office::interrupted()) break;
            const size_t i = next.fetch_add(1);
            if (i >= n) break;
            const std::string &file = files[i];
            if (progress) progress->started(file);
            if (!whyNot[i].empty()) {
                unreadable(i, file, whyNot[i]);
                markDone(i);
                if (progress) progress->finished(file);
                continue;
            }
            auto since = [](Clock::time_point t) {
                return std::chrono::duration<double>(Clock::now() - t).count();
            };
            Clock::time_point t0 = Clock::now();
            double startS = 0, loadS = 0, workS = 0, closeS = 0;
            // Every call into the office runs under the watchdog: an office that hangs
            // between two files (in the liveness check or the close) would otherwise hang
            // the whole batch. Starting may take long on a loaded machine: its own budget.
            try {
                if (!started) {
                    started = true;
                    guard(w, startBudget);
                    session.start();
                } else {
                    guard(w, fileBudget);
                    // After a good file, known without asking the office (one wait for it less
                    // per file); after a failure (a kill, a crash, a hang) asked: the bridge may
                    // not have noticed yet.
                    if (failedLast ? !session.alive() : !session.connected()) {
                        guard(w, startBudget);
                        session.restart();
                    }
                }
            } catch (const std::exception &e) {
                unguard(w);
                tellStartNotes(session, progress);
                if (office::interrupted()) break;
                failedLast = true;
                unreadable(i, file, std::string("the office could not be started: ") + e.what());
                markDone(i);
                if (progress) progress->finished(file);
                continue;
            } catch (const css::uno::Exception &e) {
                unguard(w);
                tellStartNotes(session, progress);
                if (office::interrupted()) break;
                failedLast = true;
                unreadable(i, file, "the office could not be started: " + toStd(e.Message));
                markDone(i);
                if (progress) progress->finished(file);
                continue;
            }
            tellStartNotes(session, progress);
            guard(w, fileBudget);
            css::uno::Reference<css::lang::XComponent> doc;
            std::string failure;
            startS = since(t0);
            try {
                if (fileFn) {
                    t0 = Clock::now();
                    const std::string source = session.loadable(file, opt.editable);
                    loadS = since(t0);
                    t0 = Clock::now();
                    fileFn(session, i, file, source);
                    workS = since(t0);
                } else {
                    t0 = Clock::now();
                    doc = session.load(file, opt.editable, opt.readOnlyModel);
                    loadS = since(t0);
                    t0 = Clock::now();
                    fn(session, i, file, doc);
                    workS = since(t0);
                }
            } catch (const css::uno::Exception &e) {
                failure = toStd(e.Message);
                if (failure.empty()) failure = "the office failed";
            } catch (const std::exception &e) {
                failure = e.what();
            }
            // The office was killed under this file: not its fault. A file whose work was
            // complete before the signal (its marked copy written) is done, and reported so.
            if (office::interrupted() && !failure.empty()) {
                unguard(w);
                break;
            }
            if (failure.empty()) {
                t0 = Clock::now();
                office::Session::close(doc); // still under the watchdog: its work is done either way
                closeS = since(t0);
            }
            const bool timedOut = unguard(w);
            failedLast = !failure.empty();
            if (failure.empty()) {
                if (opt.times) {
                    std::lock_guard<std::mutex> lock(doneLock);
                    opt.times->start += startS;
                    opt.times->load += loadS;
                    opt.times->work += workS;
                    opt.times->close += closeS;
                    ++opt.times->files;
                }
            } else if (timedOut) {
                unreadable(i, file,
                           "the office took longer than " + std::to_string(long(opt.timeoutS)) +
                               " s on this file and was stopped");
            } else if (!session.alive()) {
                unreadable(i, file, "the office stopped while reading this file (" + failure + ")");
            } else {
                office::Session::close(doc);
                unreadable(i, file, failure);
            }
            markDone(i);
            if (progress) progress->finished(file);
        }
        try {
            session.stop();
        } catch (...) {
            // the destructor kills what is left
        }
        w.finished = true;
    };
    for (auto &w : workers)
        w->thread = std::thread(work, std::ref(*w));
    // The main thread is the watchdog and draws the progress line.
    for (;;) {
        bool all = true;
        for (auto &w : workers) {
            if (!w->finished) all = false;
            std::lock_guard<std::mutex> lock(w->m);
            if (w->busy && !w->timedOut && Clock::now() > w->deadline) {
                w->timedOut = true;
                w->session->killOffice();
            }
        }
        if (all) break;
        if (progress) progress->tick();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (auto &w : workers)
        w->thread.join();
    if (progress) progress->end();
    return done;
}

} // namespace

std::vector<bool> runPool(const PoolOptions &opt, const std::vector<std::string> &files, const DocumentFn &fn,
                          const UnreadableFn &unreadable, Progress *progress) {
    return runWorkers(opt, files, fn, FileFn(), unreadable, progress);
}

std::vector<bool> runPoolOnFiles(const PoolOptions &opt, const std::vector<std::string> &files,
                                 const FileFn &fn, const UnreadableFn &unreadable, Progress *progress) {
    return runWorkers(opt, files, DocumentFn(), fn, unreadable, progress);
}

} // namespace ita::cli
