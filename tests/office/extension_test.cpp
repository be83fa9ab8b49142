// The extension as LibreOffice sees it: deployed, its configuration merged,
// its services answering.
#include "office_env.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using namespace ita::test;

namespace {

Reference<container::XNameAccess> configNode(const std::string &path) {
    Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(ctx());
    uno::Sequence<uno::Any> args(1);
    beans::NamedValue nv;
    nv.Name = "nodepath";
    nv.Value <<= ou(path);
    args[0] <<= nv;
    return Reference<container::XNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
        UNO_QUERY_THROW);
}

} // namespace

TEST(Extension, IsDeployedInTheTestProfile) {
    Reference<deployment::XExtensionManager> mgr = deployment::ExtensionManager::get(ctx());
    const auto exts = mgr->getDeployedExtensions("user", nullptr, nullptr);
    bool found = false;
    for (const auto &e : exts)
        if (e.is() && str(e->getIdentifier().Value) == ITA_EXTENSION_ID) found = true;
    EXPECT_TRUE(found);
}

TEST(Extension, MenuIsMergedForCalcAndWriter) {
    auto menus = configNode("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar");
    ASSERT_TRUE(menus->hasByName("org.itatools.menu"));
    Reference<container::XNameAccess> menu(menus->getByName("org.itatools.menu"), UNO_QUERY_THROW);
    rtl::OUString context;
    Reference<beans::XPropertySet>(menu, UNO_QUERY_THROW);
    menu->getByName("Context") >>= context;
    EXPECT_NE(str(context).find("com.sun.star.sheet.SpreadsheetDocument"), std::string::npos);
    EXPECT_NE(str(context).find("com.sun.star.text.TextDocument"), std::string::npos);
    Reference<container::XNameAccess> sub(menu->getByName("Submenu"), UNO_QUERY_THROW);
    int calcEntries = 0, writerEntries = 0;
    for (const auto &name : sub->getElementNames()) {
        Reference<container::XNameAccess> entry(sub->getByName(name), UNO_QUERY_THROW);
        rtl::OUString url, ctxt;
        entry->getByName("URL") >>= url;
        if (str(url) == "private:separator") continue;
        EXPECT_EQ(str(url).rfind("org.itatools:", 0), 0u) << str(url);
        entry->getByName("Context") >>= ctxt;
        if (str(ctxt) == "com.sun.star.sheet.SpreadsheetDocument") ++calcEntries;
        if (str(ctxt) == "com.sun.star.text.TextDocument") ++writerEntries;
    }
    EXPECT_GE(calcEntries, 4);
    EXPECT_GE(writerEntries, 1);
}

TEST(Extension, ProtocolHandlerIsRegistered) {
    auto handlers = configNode("/org.openoffice.Office.ProtocolHandler/HandlerSet");
    EXPECT_TRUE(handlers->hasByName("org.itatools.comp.MenuDispatcher"));
}

TEST(Extension, ServiceAnswersOverTheBridge) {
    EXPECT_EQ(str(tools()->version()), ITA_VERSION_STRING);
    const auto fw = parse(tools()->frameworks("{}"));
    const auto &years = fw.at("years").as_array();
    ASSERT_GE(years.size(), 7u);
    EXPECT_EQ(years.front().as_int64(), 2562);
    EXPECT_EQ(years.back().as_int64(), 2568);
    EXPECT_TRUE(fw.at("errors").as_array().empty());
}

TEST(Extension, MalformedOptionsAreAProperError) {
    EXPECT_THROW(tools()->frameworks("{not json"), lang::IllegalArgumentException);
}

TEST(Extension, TemplateFolderIsRegistered) {
    // File > New > Templates lists the folders of Paths/Template/InternalPaths;
    // our .oxt adds its templates/ (holding the category folder ITA).
    auto internal = configNode("/org.openoffice.Office.Paths/Paths/Template/InternalPaths");
    bool found = false;
    for (const auto &name : internal->getElementNames()) {
        const std::string path = str(name);
        if (path.find("ita-tools.oxt/templates") != std::string::npos) found = true;
    }
    EXPECT_TRUE(found) << "the extension's templates folder is not among the template paths";
}
