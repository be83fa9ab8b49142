// A pool of headless offices for a batch: N office::Session objects (each its
// own profile copy and process group), each driven by its own thread, files
// dealt out from a shared queue. Results are the callers' to store by input
// index, so the output order never depends on N.
#pragma once

#include "office/office_session.hxx"

#include <com/sun/star/lang/XComponent.hpp>

#include <functional>
#include <string>
#include <vector>

namespace ita::cli {

class Progress;

// Where a pool's time goes, summed over its workers (seconds): a benchmark's profile.
struct PoolTimes {
    double start = 0; // starting offices (and restarting them)
    double load = 0;  // Session::load: the type check and the office loading the file
    double work = 0;  // the caller's function
    double close = 0; // closing the document
    size_t files = 0;
};

struct PoolOptions {
    office::SessionPaths paths;
    std::string connect; // a user's office: then one job only
    int jobs = 1;
    double timeoutS = 120;      // per file; the office is killed and restarted past it
    bool editable = false;      // load private editable copies (marked copies, outputs)
    bool readOnlyModel = false; // the work only reads spreadsheets' cells: see Session::load
    PoolTimes *times = nullptr;
};

// Called on a pool thread with that thread's own session; must only store its
// results under `index` (or lock what it shares).
using DocumentFn = std::function<void(office::Session &, size_t index, const std::string &file,
                                      const css::uno::Reference<css::lang::XComponent> &doc)>;
// The same for work that has the office open the file itself (one call per file:
// XFileTools): `source` is the file to give it (Session::loadable: the input, or a
// private copy of it without linked objects).
using FileFn =
    std::function<void(office::Session &, size_t index, const std::string &file, const std::string &source)>;
using UnreadableFn = std::function<void(size_t index, const std::string &file, const std::string &why)>;

// Runs fn on every file. A file that cannot be a document (missing, empty) is
// reported without an office; an office is started only when a file needs it.
// A file that crashes its office or hangs past the timeout is reported
// unreadable with the reason and that office restarts for the next file.
// Returns, per input, whether it was done: false only for the files an
// interrupted run (Ctrl-C) did not finish.
std::vector<bool> runPool(const PoolOptions &opt, const std::vector<std::string> &files, const DocumentFn &fn,
                          const UnreadableFn &unreadable, Progress *progress = nullptr);

// runPool for work done in one call per file: the pool checks and prepares the
// file (Session::loadable), fn has the office open, work on and close it. The
// same restarts, timeouts and order as runPool.
std::vector<bool> runPoolOnFiles(const PoolOptions &opt, const std::vector<std::string> &files,
                                 const FileFn &fn, const UnreadableFn &unreadable,
                                 Progress *progress = nullptr);

// The number of cores (at least 1): the default of --jobs.
int defaultJobs();

} // namespace ita::cli
