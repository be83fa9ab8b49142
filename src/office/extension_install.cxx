#include "office/extension_install.hxx"

#include "office/office_session.hxx"
#include "office/spawn.hxx"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ita::office {

namespace {

std::string readAll(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Variables that rtl::Bootstrap reads before the office's own ini files.
const std::vector<std::string> kPoisoned = {"UNO_TYPES", "UNO_SERVICES", "URE_BOOTSTRAP", "UNO_PATH",
                                            "URE_INTERNAL_LIB_DIR"};

} // namespace

void installExtension(const InstallSpec &spec) {
    if (!fs::exists(spec.oxt)) throw std::runtime_error("extension not built: " + spec.oxt);
    const fs::path work = spec.workDir;
    fs::create_directories(work / "tmp");
    fs::create_directories(work / "home");
    fs::remove_all(spec.profileDir);
    fs::create_directories(spec.profileDir);
    fs::create_directories(spec.sharedCache);
    const fs::path log = work / "install.log";
    fs::remove(log);

    SpawnSpec run;
    // unopkg and soffice leave lu*.tmp folders in TMPDIR and write dconf and
    // Java settings into HOME: both stay inside the work folder.
    run.setEnv = {"TMPDIR=" + (work / "tmp").string(), "HOME=" + (work / "home").string()};
    run.unsetEnv = kPoisoned;
    run.outputFile = log.string();
    // unopkg refuses per-user installs as root ("Cannot run unopkg as root
    // without --shared"); in a user namespace we look like uid 1000.
    if (::geteuid() == 0) run.argv = {"unshare", "--user", "--map-user=1000", "--map-group=1000"};
    const std::vector<std::string> common = {"-env:UserInstallation=" + fileUrl(spec.profileDir),
                                             "-env:UNO_SHARED_PACKAGES_CACHE=" + fileUrl(spec.sharedCache)};
    SpawnSpec add = run;
    add.argv.insert(add.argv.end(), {spec.unopkg, "add", "-f", "-s"});
    add.argv.insert(add.argv.end(), common.begin(), common.end());
    add.argv.push_back(spec.oxt);
    if (runProcess(add) != 0)
        throw std::runtime_error("installing " + spec.oxt + " into " + spec.profileDir + " failed:\n" +
                                 readAll(log));
    SpawnSpec list = run;
    list.argv.insert(list.argv.end(), {spec.unopkg, "list"});
    list.argv.insert(list.argv.end(), common.begin(), common.end());
    runProcess(list);
    if (readAll(log).find("Identifier: " + spec.extensionId) == std::string::npos)
        throw std::runtime_error("the extension " + spec.extensionId + " is not registered in " +
                                 spec.profileDir + " after unopkg add:\n" + readAll(log));
}

} // namespace ita::office
