#include "office_env.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <filesystem>
#include <sstream>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace fs = std::filesystem;

namespace ita::test {

namespace {
office::Session *g_session = nullptr;
int g_copies = 0;
} // namespace

std::string str(const rtl::OUString &s) {
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}
rtl::OUString ou(const std::string &s) {
    return rtl::OUString::fromUtf8(rtl::OString(s.c_str()));
}
boost::json::value parse(const rtl::OUString &s) {
    return boost::json::parse(str(s));
}

void OfficeEnvironment::SetUp() {
    office::SessionPaths paths = office::defaultPaths();
    paths.workDir = ITA_TEST_OFFICE_DIR; // installed by the office.install fixture
    office::installSignalHandlers();
    g_session = new office::Session(paths);
    g_session->start();
}

void OfficeEnvironment::TearDown() {
    if (g_session) {
        g_session->stop();
        delete g_session;
        g_session = nullptr;
    }
}

office::Session &OfficeEnvironment::session() {
    return *g_session;
}

Reference<uno::XComponentContext> ctx() {
    return g_session->context();
}

Reference<org::itatools::XDocumentTools> tools() {
    return Reference<org::itatools::XDocumentTools>(
        ctx()->getServiceManager()->createInstanceWithContext("org.itatools.DocumentTools", ctx()),
        UNO_QUERY_THROW);
}

std::string fixture(const std::string &name) {
    return std::string(ITA_SOURCE_DIR) + "/tests/fixtures/" + name;
}
std::string builtFixture(const std::string &name) {
    return std::string(ITA_BUILD_DIR) + "/fixtures/" + name;
}
std::string outDir() {
    const std::string d = std::string(ITA_BUILD_DIR) + "/test-out";
    fs::create_directories(d);
    return d;
}

Reference<lang::XComponent> openCopy(const std::string &path) {
    const std::string copy =
        outDir() + "/copy" + std::to_string(++g_copies) + "-" + fs::path(path).filename().string();
    fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
    // load() opens read-only, which is right for batch; tests that edit need a writable one.
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx()), UNO_QUERY_THROW);
    // A .csv as the clerk opens it: the text-import dialog set to UTF-8, comma, double quotes.
    const bool csv = fs::path(path).extension() == ".csv";
    uno::Sequence<beans::PropertyValue> args(csv ? 3 : 1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    if (csv) {
        args[1].Name = "FilterName";
        args[1].Value <<= ou("Text - txt - csv (StarCalc)");
        args[2].Name = "FilterOptions";
        args[2].Value <<= ou(office::csvImportOptions());
    }
    Reference<lang::XComponent> doc =
        loader->loadComponentFromURL(ou(office::fileUrl(copy)), "_blank", 0, args);
    if (!doc.is()) throw std::runtime_error("cannot open " + copy);
    return doc;
}

Reference<frame::XFrame> frameOf(const Reference<lang::XComponent> &doc) {
    Reference<frame::XModel> model(doc, UNO_QUERY_THROW);
    return model->getCurrentController()->getFrame();
}

std::string dispatch(const Reference<lang::XComponent> &doc, const std::string &command,
                     const std::string &optionsJson) {
    Reference<frame::XDispatchHelper> helper = frame::DispatchHelper::create(ctx());
    Reference<frame::XDispatchProvider> provider(frameOf(doc), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(2);
    args[0].Name = "Silent";
    args[0].Value <<= true;
    args[1].Name = "Options";
    args[1].Value <<= ou(optionsJson);
    const uno::Any ret = helper->executeDispatch(provider, ou("org.itatools:" + command), "", 0, args);
    frame::DispatchResultEvent ev;
    if (!(ret >>= ev)) throw std::runtime_error("dispatch returned no result event");
    rtl::OUString s;
    ev.Result >>= s;
    if (ev.State != frame::DispatchResultState::SUCCESS)
        throw std::runtime_error("dispatch failed: " + str(s));
    return str(s);
}

Reference<sheet::XSpreadsheet> sheet(const Reference<lang::XComponent> &doc, const std::string &name) {
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
    return Reference<sheet::XSpreadsheet>(calc->getSheets()->getByName(ou(name)), UNO_QUERY_THROW);
}

bool hasSheet(const Reference<lang::XComponent> &doc, const std::string &name) {
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
    return calc->getSheets()->hasByName(ou(name));
}

std::string snapshotCells(const Reference<lang::XComponent> &doc) {
    std::ostringstream os;
    Reference<sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
    Reference<container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<sheet::XSpreadsheet> sh(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name = str(Reference<container::XNamed>(sh, UNO_QUERY_THROW)->getName());
        if (name.rfind("ITA ", 0) == 0) continue; // the extension's own sheets
        Reference<sheet::XSheetCellCursor> cur = sh->createCursor();
        Reference<sheet::XUsedAreaCursor>(cur, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
        const auto end = Reference<sheet::XCellRangeAddressable>(cur, UNO_QUERY_THROW)->getRangeAddress();
        os << "[" << name << "]\n";
        for (sal_Int32 r = 0; r <= end.EndRow; ++r)
            for (sal_Int32 c = 0; c <= end.EndColumn; ++c) {
                Reference<table::XCell> cell = sh->getCellByPosition(c, r);
                Reference<beans::XPropertySet> props(cell, UNO_QUERY_THROW);
                sal_Int32 back = 0, fmt = 0;
                props->getPropertyValue("CellBackColor") >>= back;
                props->getPropertyValue("NumberFormat") >>= fmt;
                bool transparent = false;
                props->getPropertyValue("IsCellBackgroundTransparent") >>= transparent;
                os << r << "," << c << "=" << str(cell->getFormula()) << "|" << back << "|" << transparent
                   << "|" << fmt << "\n";
            }
    }
    return os.str();
}

} // namespace ita::test

int main(int argc, char **argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new ita::test::OfficeEnvironment);
    return RUN_ALL_TESTS();
}
