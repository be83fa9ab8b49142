// The menu command and `ita validate` must give the same findings, and ITA > Fill
// document… and `ita fill` the same text: both call the same service, and this keeps it so.
#include "office_env.hpp"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace ita::test;
namespace json = boost::json;

namespace {

std::string readText(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// ita's stderr goes to ITA_BUILD_DIR/test-menu-vs-cli.err: a failing run shows why.
std::string runIta(const std::string &args, int &code) {
    const std::string cmd = "ITA_OFFICE_WORKDIR='" + std::string(ITA_BUILD_DIR) + "/test-cli-office' '" +
                            std::string(ITA_BUILD_DIR) + "/ita' " + args + " 2>'" +
                            std::string(ITA_BUILD_DIR) + "/test-menu-vs-cli.err'";
    std::string out;
    FILE *p = popen(cmd.c_str(), "r");
    if (!p) return out;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        out.append(buf.data(), n);
    const int status = pclose(p);
    code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

// code + every location, order-independent
std::multiset<std::string> signature(const json::value &report) {
    std::multiset<std::string> out;
    for (const auto &f : report.at("findings").as_array()) {
        std::string s = std::string(f.at("code").as_string()) + "@";
        for (const auto &l : f.at("locations").as_array())
            s += std::string(l.at("where").as_string()) + ";";
        s += "|" + std::string(f.at("expected").is_string() ? f.at("expected").as_string() : "") + "|" +
             std::string(f.at("found").is_string() ? f.at("found").as_string() : "");
        out.insert(s);
    }
    return out;
}

class MenuAndCli : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(MenuAndCli, GiveTheSameFindings) {
    const std::string file = builtFixture(GetParam());
    auto doc = openCopy(file);
    const json::value menu = json::parse(dispatch(doc, "Validate"));
    // Checked again with the marks in place (comments, outlines, report sheet): the same findings.
    const json::value again = json::parse(dispatch(doc, "Validate"));
    EXPECT_EQ(signature(again), signature(menu));
    ita::office::Session::close(doc);

    int code = -1;
    const std::string out = runIta("validate --format json '" + file + "'", code);
    ASSERT_TRUE(code == 0 || code == 1)
        << "exit " << code << "\nstdout: " << out
        << "\nstderr: " << readText(std::string(ITA_BUILD_DIR) + "/test-menu-vs-cli.err");
    const json::value cli = json::parse(out).as_array().at(0);

    EXPECT_EQ(signature(menu), signature(cli));
    EXPECT_EQ(menu.at("status"), cli.at("status"));
    EXPECT_EQ(menu.at("fiscal_year"), cli.at("fiscal_year"));
    EXPECT_EQ(code, menu.at("counts").at("errors").as_int64() > 0 ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MenuAndCli,
                         ::testing::Values("correct-fy2564.ods", "broken-total.xlsx", "free-two-tables.ods",
                                           "measures-fy2567.ods", "report-fy2564.docx", "report-fy2564.odt"),
                         [](const auto &info) {
                             std::string n = info.param;
                             for (char &c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

std::set<Reference<css::uno::XInterface>> openComponents() {
    std::set<Reference<css::uno::XInterface>> out;
    Reference<css::container::XEnumeration> e =
        css::frame::Desktop::create(ctx())->getComponents()->createEnumeration();
    while (e->hasMoreElements())
        out.insert(Reference<css::uno::XInterface>(e->nextElement(), UNO_QUERY));
    return out;
}

// The body in order: each paragraph's text, and each table cell's text as "[A1] …".
std::vector<std::string> paragraphs(const Reference<css::lang::XComponent> &doc) {
    std::vector<std::string> out;
    Reference<css::text::XText> body = Reference<css::text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
    Reference<css::container::XEnumeration> e =
        Reference<css::container::XEnumerationAccess>(body, UNO_QUERY_THROW)->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> part(e->nextElement(), UNO_QUERY_THROW);
        if (Reference<css::text::XTextTable> table{part, UNO_QUERY}; table.is()) {
            for (const auto &name : table->getCellNames())
                out.push_back("[" + str(name) + "] " +
                              str(Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW)
                                      ->getString()));
        } else if (Reference<css::text::XTextRange> p{part, UNO_QUERY}; p.is()) {
            out.push_back(str(p->getString()));
        }
    }
    return out;
}

class FillMenuAndCli : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(FillMenuAndCli, GiveTheSameText) {
    const std::string templ = GetParam();
    const std::string sheet = std::string(ITA_SOURCE_DIR) + "/examples/sao-nongbua-fy2567.ods";
    auto doc = openCopy(sheet);
    const auto before = openComponents();
    const json::value menu =
        json::parse(dispatch(doc, "FillDocument",
                             R"({"template": ")" + templ +
                                 R"(", "date": "2025-03-15", "letter_number": "๑๒๓", "thai_digits": true})"));
    ASSERT_TRUE(menu.at("opened").as_bool()) << json::serialize(menu);
    Reference<css::lang::XComponent> filled;
    for (const auto &c : openComponents())
        if (!before.count(c)) filled.set(c, UNO_QUERY);
    ita::office::Session::close(doc);
    ASSERT_TRUE(filled.is());
    const std::vector<std::string> fromMenu = paragraphs(filled);
    ita::office::Session::close(filled);
    ASSERT_GT(fromMenu.size(), 10u);

    const std::filesystem::path dir =
        std::filesystem::path(outDir()) / ("fill-menu-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    for (const char *ext : {"odt", "docx"}) {
        const std::string out = (dir / (templ + "." + ext)).string();
        int code = -1;
        const std::string printed = runIta("fill --force --template " + templ + " --data '" + sheet +
                                               "' --out '" + out + "' --date 2025-03-15 --letter-number ๑๒๓",
                                           code);
        ASSERT_EQ(code, 0) << printed;
        auto cli = openCopy(out);
        const std::vector<std::string> fromCli = paragraphs(cli);
        ita::office::Session::close(cli);
        // Paragraph by paragraph, so that a difference names its place.
        for (size_t i = 0; i < std::max(fromMenu.size(), fromCli.size()); ++i)
            EXPECT_EQ(i < fromMenu.size() ? fromMenu[i] : "<none>",
                      i < fromCli.size() ? fromCli[i] : "<none>")
                << ext << " paragraph " << i + 1;
    }
    std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Templates, FillMenuAndCli, ::testing::Values("memo", "analysis"));
