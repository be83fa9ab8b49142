// One headless office for the whole integration-test program, started with a
// throw-away profile in which the built .oxt is installed (by the CTest
// fixture office.install). Tests open real files from tests/fixtures.
#pragma once

#include "office/office_session.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/itatools/XDocumentTools.hpp>

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>

namespace ita::test {

class OfficeEnvironment : public ::testing::Environment {
  public:
    void SetUp() override;
    void TearDown() override;
    static office::Session &session();
};

css::uno::Reference<css::uno::XComponentContext> ctx();
css::uno::Reference<org::itatools::XDocumentTools> tools();

std::string fixture(const std::string &name);      // tests/fixtures/<name> (sources)
std::string builtFixture(const std::string &name); // <build>/fixtures/<name> (.ods/.xlsx made from .fods)
std::string outDir();                              // <build>/test-out

// Opens a copy of a file (tests never touch fixtures), visible to the dispatcher (hidden frame).
css::uno::Reference<css::lang::XComponent> openCopy(const std::string &path);
css::uno::Reference<css::frame::XFrame> frameOf(const css::uno::Reference<css::lang::XComponent> &doc);
// Runs an org.itatools: command like the menu does; returns the result string.
std::string dispatch(const css::uno::Reference<css::lang::XComponent> &doc, const std::string &command,
                     const std::string &optionsJson = "{}");
css::uno::Reference<css::sheet::XSpreadsheet> sheet(const css::uno::Reference<css::lang::XComponent> &doc,
                                                    const std::string &name);
bool hasSheet(const css::uno::Reference<css::lang::XComponent> &doc, const std::string &name);
std::string str(const rtl::OUString &s);
rtl::OUString ou(const std::string &s);
boost::json::value parse(const rtl::OUString &s);

// Every value, formula and cell format of every user sheet, for before/after comparisons.
std::string snapshotCells(const css::uno::Reference<css::lang::XComponent> &doc);

} // namespace ita::test
