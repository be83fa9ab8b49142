#include "uno/common/extension_package.hxx"

#include "uno/common/uno_strings.hxx"
#include "version.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <osl/file.hxx>

using namespace css;

namespace ita::lo {

OUString extensionLocation(const uno::Reference<uno::XComponentContext> &ctx) {
    try {
        return deployment::PackageInformationProvider::get(ctx)->getPackageLocation(
            OUString::createFromAscii(kExtensionId));
    } catch (const uno::Exception &) {
        return OUString();
    }
}

std::string extensionFolder(const uno::Reference<uno::XComponentContext> &ctx) {
    const OUString location = extensionLocation(ctx);
    OUString sys;
    if (location.isEmpty() || osl::FileBase::getSystemPathFromFileURL(location, sys) != osl::FileBase::E_None)
        return {};
    return toStd(sys);
}

} // namespace ita::lo
