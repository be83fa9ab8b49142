// Progress of a batch on stderr: one updating line on a terminal (done/total,
// files per second, time left, current file), plain lines every few files
// otherwise. Never on stdout: --format json stays as it is.
#pragma once

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>

namespace ita::cli {

class Progress {
  public:
    Progress(std::ostream &err, size_t total, bool terminal);
    void started(const std::string &file);  // thread-safe
    void finished(const std::string &file); // thread-safe
    void note(const std::string &text);     // one line of its own (thread-safe)
    void tick();                            // redraws the terminal line (from the main thread)
    void end();                             // clears the terminal line

  private:
    std::string line();
    void draw();

    std::ostream &err_;
    std::mutex m_;
    size_t total_, done_ = 0;
    bool terminal_, drawn_ = false;
    std::string current_;
    std::chrono::steady_clock::time_point t0_ = std::chrono::steady_clock::now();
};

} // namespace ita::cli
