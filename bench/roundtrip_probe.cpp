// How long one UNO round trip (a call that does almost nothing) takes to an idle
// office, to two offices at once, and to one office while the other loads files.
// Prints figures, asserts nothing.   usage: ita_roundtrip_probe [FILE-to-load]
#include "office/office_session.hxx"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace office = ita::office;
using Clock = std::chrono::steady_clock;

static double aliveLoopUs(office::Session &s, int n) {
    const auto t0 = Clock::now();
    for (int i = 0; i < n; ++i)
        s.alive();
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / n;
}

int main(int argc, char **argv) {
    office::installSignalHandlers();
    const std::string file = argc > 1 ? argv[1] : "";
    office::Session a(office::defaultPaths()), b(office::defaultPaths());
    std::thread ta([&] { a.start(); }), tb([&] { b.start(); });
    ta.join();
    tb.join();
    aliveLoopUs(a, 200);
    for (int rep = 0; rep < 3; ++rep) {
        std::printf("1 office idle: %.1f us/round trip\n", aliveLoopUs(a, 2000));
        double ua = 0, ub = 0;
        std::thread x([&] { ua = aliveLoopUs(a, 2000); }), y([&] { ub = aliveLoopUs(b, 2000); });
        x.join();
        y.join();
        std::printf("2 offices in parallel: %.1f %.1f us/round trip\n", ua, ub);
        if (!file.empty()) {
            std::atomic<bool> stop{false};
            int loads = 0;
            std::thread busy([&] {
                while (!stop) {
                    office::Session::close(a.load(file, false, true));
                    ++loads;
                }
            });
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            std::printf("office b while office a loads: %.1f us/round trip\n", aliveLoopUs(b, 2000));
            stop = true;
            busy.join();
        }
    }
    a.stop();
    b.stop();
}
