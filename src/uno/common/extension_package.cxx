#include "uno/common/extension_package.hxx"

#include "uno/common/uno_strings.hxx"
#include "version.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <osl/file.hxx>

#include <mutex>

using namespace css;

namespace ita::lo {

namespace {

// Asking the package manager took 1.6 % of an office's time per file of a batch
// (every validate reads the built-in frameworks from here). The answer is kept
// while its folder exists: an extension updated in place gets a new folder, the
// old one is removed, and the next call asks again.
std::mutex g_locationLock;
OUString g_location;

bool folderExists(const OUString &url) {
    osl::DirectoryItem item;
    return !url.isEmpty() && osl::DirectoryItem::get(url, item) == osl::FileBase::E_None;
}

} // namespace

OUString extensionLocation(const uno::Reference<uno::XComponentContext> &ctx) {
    {
        std::lock_guard<std::mutex> lock(g_locationLock);
        if (folderExists(g_location)) return g_location;
    }
    OUString location;
    try {
        location = deployment::PackageInformationProvider::get(ctx)->getPackageLocation(
            OUString::createFromAscii(kExtensionId));
    } catch (const uno::Exception &) {
        return OUString();
    }
    std::lock_guard<std::mutex> lock(g_locationLock);
    g_location = location;
    return location;
}

std::string extensionFolder(const uno::Reference<uno::XComponentContext> &ctx) {
    const OUString location = extensionLocation(ctx);
    OUString sys;
    if (location.isEmpty() || osl::FileBase::getSystemPathFromFileURL(location, sys) != osl::FileBase::E_None)
        return {};
    return toStd(sys);
}

} // namespace ita::lo
