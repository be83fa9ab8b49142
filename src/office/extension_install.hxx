// Installing the built .oxt into a private office profile with unopkg: what
// `ita` does on its first run (and after the .oxt changed), and what the
// integration tests' set-up step does.
#pragma once

#include <string>

namespace ita::office {

struct InstallSpec {
    std::string unopkg;      // <program>/unopkg
    std::string oxt;         // the extension package
    std::string extensionId; // checked in `unopkg list` afterwards
    std::string profileDir;  // wiped and made anew
    std::string sharedCache; // folder for UNO_SHARED_PACKAGES_CACHE (root writes there otherwise)
    std::string workDir;     // TMPDIR, HOME and install.log go here
};

// Throws std::runtime_error with unopkg's output when the install fails.
void installExtension(const InstallSpec &spec);

} // namespace ita::office
