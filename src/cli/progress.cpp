#include "cli/progress.hpp"

#include <cstdio>
#include <sstream>

namespace ita::cli {

Progress::Progress(std::ostream &err, size_t total, bool terminal)
    : err_(err), total_(total), terminal_(terminal) {}

std::string Progress::line() {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
    const double rate = s > 0 ? double(done_) / s : 0;
    std::ostringstream os;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%zu/%zu files, %.1f/s", done_, total_, rate);
    os << buf;
    if (rate > 0 && done_ < total_) {
        const long left = long(double(total_ - done_) / rate + 0.5);
        std::snprintf(buf, sizeof buf, ", about %ld:%02ld left", left / 60, left % 60);
        os << buf;
    }
    return os.str();
}

void Progress::draw() {
    std::string text = "ita: " + line();
    if (!current_.empty()) text += " — " + current_;
    // one terminal line: long names would wrap and break the \r redraw
    if (text.size() > 150) text = text.substr(0, 147) + "...";
    while (text.size() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
        text.pop_back(); // not in the middle of a UTF-8 character
    err_ << "\r" << text << "\033[K" << std::flush;
    drawn_ = true;
}

void Progress::started(const std::string &file) {
    std::lock_guard<std::mutex> lock(m_);
    current_ = file;
}

void Progress::finished(const std::string &) {
    std::lock_guard<std::mutex> lock(m_);
    ++done_;
    if (!terminal_ && total_ >= 10 && (done_ % 10 == 0 || done_ == total_))
        err_ << "ita: " << line() << "\n" << std::flush;
}

void Progress::note(const std::string &text) {
    std::lock_guard<std::mutex> lock(m_);
    if (terminal_ && drawn_) err_ << "\r\033[K";
    err_ << "ita: " << text << "\n" << std::flush;
    if (terminal_) draw();
}

void Progress::tick() {
    std::lock_guard<std::mutex> lock(m_);
    if (terminal_) draw();
}

void Progress::end() {
    std::lock_guard<std::mutex> lock(m_);
    if (terminal_ && drawn_) err_ << "\r\033[K" << std::flush;
    drawn_ = false;
}

} // namespace ita::cli
