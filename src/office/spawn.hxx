// Starting helper programs (unopkg) with an argument vector, never through a
// shell: a path with an apostrophe or `$(…)` in it is only a path.
#pragma once

#include <string>
#include <vector>

namespace ita::office {

struct SpawnSpec {
    std::vector<std::string> argv;     // argv[0] is the program (absolute, or found on PATH)
    std::vector<std::string> setEnv;   // "NAME=value", replacing an inherited NAME
    std::vector<std::string> unsetEnv; // names dropped from the inherited environment
    std::string outputFile;            // stdout and stderr appended here; empty: inherited
};

// Runs the program to its end. Returns its exit code, or 128 + signal.
// Throws std::runtime_error when it cannot be started.
int runProcess(const SpawnSpec &spec);

// The environment for a child: ours, less `unset`, with `set` applied.
std::vector<std::string> childEnvironment(const std::vector<std::string> &set,
                                          const std::vector<std::string> &unset);

} // namespace ita::office
