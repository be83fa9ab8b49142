// ita: the batch face of ITA Tools. Drives a headless office through the same
// UNO service the menus use (org.itatools.DocumentTools), so menu and batch
// give the same findings.
//
// Exit codes: 0 nothing wrong, 1 findings of severity error, 2 usage error or
// unreadable input.
#include "cli/commands.hpp"
#include "office/office_session.hxx"

#include <boost/program_options.hpp>

#include <csignal>
#include <cstdlib>
#include <iostream>

namespace po = boost::program_options;

namespace {

int run(int argc, char **argv) {
    try {
        return ita::cli::run(argc, argv, std::cout, std::cerr);
    } catch (const po::error &e) {
        std::cerr << "ita: " << e.what() << "\n(ita --help)\n";
        return ita::cli::kUsage;
    } catch (const std::exception &e) {
        if (ita::office::interrupted()) return 128 + ita::office::interrupted();
        std::cerr << "ita: " << e.what() << "\n";
        return ita::cli::kUsage;
    }
}

} // namespace

int main(int argc, char **argv) {
    // before any office is started or connected: an office that dies under a write
    // must be an error ita reports, not a SIGPIPE that ends it without output
    std::signal(SIGPIPE, SIG_IGN);
    const int rc = run(argc, argv);
    // The offices are gone and every file is written: the output is flushed and the
    // process ends without the UNO runtime's static teardown, which may race the
    // threads a bridge leaves behind; the user's results never depend on it.
    std::cout.flush();
    std::cerr.flush();
    std::_Exit(rc);
}
