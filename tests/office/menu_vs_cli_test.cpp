// The menu command and `ita validate` must give the same findings: both call
// the same service, and this keeps it so.
#include "office_env.hpp"

#include <array>
#include <cstdio>
#include <set>
#include <sys/wait.h>

using namespace ita::test;
namespace json = boost::json;

namespace {

std::string runIta(const std::string &args, int &code) {
    const std::string cmd = "ITA_OFFICE_WORKDIR='" + std::string(ITA_BUILD_DIR) + "/test-cli-office' '" +
                            std::string(ITA_BUILD_DIR) + "/ita' " + args + " 2>/dev/null";
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
    ASSERT_TRUE(code == 0 || code == 1) << out;
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
