// Issue 10 items 3, 4 and 6 through `ita validate --format json`, every file in one run (an
// office start costs seconds): the assessed year and the document's own, two-row headers, and
// the Word 97-2003, Excel 97-2003 and CSV inputs a province sends.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

std::string built(const std::string &name) {
    return std::string(ITA_BUILD_DIR) + "/fixtures/" + name;
}

std::string source(const std::string &name) {
    return std::string(ITA_SOURCE_DIR) + "/tests/fixtures/" + name;
}

struct Expect {
    std::string file;
    std::optional<int> fiscal, document;
    std::multiset<std::string> codes; // code@first place
};

// "ITA006@Table1:13,4", "ITA007@D17"
std::string signature(const json::object &f) {
    std::string s = f.at("code").as_string().c_str();
    const auto &locs = f.at("locations").as_array();
    if (locs.empty()) return s;
    const auto &l = locs.front().as_object();
    if (l.contains("cell")) return s + "@" + l.at("cell").as_string().c_str();
    if (l.contains("paragraph")) return s + "@p" + std::to_string(l.at("paragraph").as_int64());
    return s + "@" + l.at("table").as_string().c_str() + ":" + std::to_string(l.at("row").as_int64()) + "," +
           std::to_string(l.at("column").as_int64());
}

// `ita validate --format json FILE...` in the tests' office folder: its exit code and stdout.
int validateJson(const std::vector<std::string> &files, std::string &out) {
    std::string cmd = "ITA_OFFICE_WORKDIR='" + std::string(ITA_CLI_OFFICE_DIR) + "' '" + ITA_EXE +
                      "' validate --format json";
    for (const auto &f : files)
        cmd += " '" + f + "'";
    cmd += " 2>/dev/null";
    FILE *p = popen(cmd.c_str(), "r");
    if (!p) return -1;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        out.append(buf.data(), n);
    const int status = pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST(Readers, AssessedYearTwoRowHeadersWord97AndCsvInOneRun) {
    const std::vector<Expect> want = {
        {built("assessed-year-fy2566.odt"), 2565, 2566, {}},
        {built("assessed-year-fy2566.docx"), 2565, 2566, {}},
        {built("assessed-year-fy2566.doc"), 2565, 2566, {}},
        {built("assessed-year-fy2566.ods"), 2565, 2566, {"ITA034@A4"}},
        {built("assessed-year-fy2566.xlsx"), 2565, 2566, {"ITA034@A4"}},
        {built("two-row-header-fy2566.odt"), 2566, 2566, {"ITA006@Table1:13,4"}},
        {built("two-row-header-fy2566.docx"), 2566, 2566, {"ITA006@Table1:13,4"}},
        {built("two-row-header-fy2566.doc"), 2566, 2566, {"ITA006@Table1:13,4"}},
        {built("two-row-header-fy2566.ods"), 2566, 2566, {"ITA007@D17"}},
        {built("two-row-header-fy2566.xlsx"), 2566, 2566, {"ITA007@D17"}},
        {built("report-fy2564.doc"), 2564, 2564, {"ITA011@p6", "ITA014@p4"}},
        {built("province-fy2567.csv"), 2567, 2567, {"ITA030@G8", "ITA031@H12", "ITA032@B17", "ITA033@E21"}},
        {built("province-districts-fy2567.csv"), 2567, 2567, {"ITA030@G14", "ITA031@H18", "ITA032@B19", "ITA033@D20"}},
        {built("province-districts-fy2567.xls"), 2567, 2567, {"ITA030@G14", "ITA031@H18", "ITA032@B19", "ITA033@D20"}},
        {built("province-split-fy2564.doc"), 2564, 2564, {"ITA030@Table2:5,13", "ITA032@Table2:4,2"}},
        {source("correct-fy2564-bom.csv"), 2564, 2564, {}},
    };
    std::vector<std::string> files;
    for (const auto &w : want)
        files.push_back(w.file);
    std::string out;
    EXPECT_EQ(validateJson(files, out), 1) << out; // errors among the files
    const json::array reports = json::parse(out).as_array();
    ASSERT_EQ(reports.size(), want.size()) << out;
    for (size_t i = 0; i < want.size(); ++i) {
        const Expect &w = want[i];
        SCOPED_TRACE(w.file);
        const auto &r = reports[i].as_object();
        ASSERT_EQ(r.at("path").as_string(), fs::path(w.file).string());
        ASSERT_TRUE(r.contains("fiscal_year")) << json::serialize(r);
        EXPECT_EQ(r.at("fiscal_year").as_int64(), *w.fiscal);
        EXPECT_EQ(r.at("document_year").as_int64(), *w.document);
        std::multiset<std::string> got;
        for (const auto &f : r.at("findings").as_array())
            got.insert(signature(f.as_object()));
        EXPECT_EQ(got, w.codes) << json::serialize(r);
        EXPECT_EQ(r.at("status").as_string(), w.codes.empty() ? "ok" : "findings");
    }
    // The CSV's Thai text and digits came through: the total it states was read as 77.31.
    const auto &bom = reports.back().as_object();
    EXPECT_NEAR(bom.at("total").at("stated").as_double(), 77.31, 0.005) << json::serialize(bom);
    EXPECT_EQ(bom.at("agency").as_string(), "องค์การบริหารส่วนตำบลโคกสำโรง");
}

// Excel 97-2003 workbooks (.xls), still what many offices' Excel saves: every sheet fixture
// reads as its .xlsx twin does (year, agency, totals, findings and their cells), in one run.
TEST(Readers, Excel97WorkbooksReadAsTheirXlsxTwins) {
    std::vector<std::string> stems;
    for (const auto &e : fs::directory_iterator(std::string(ITA_BUILD_DIR) + "/fixtures"))
        if (e.path().extension() == ".xls") stems.push_back(e.path().stem().string());
    std::sort(stems.begin(), stems.end());
    ASSERT_GE(stems.size(), 15u) << "the build converts every .fods fixture to .xls";
    std::vector<std::string> files;
    for (const auto &s : stems) {
        files.push_back(built(s + ".xls"));
        files.push_back(built(s + ".xlsx"));
    }
    std::string out;
    validateJson(files, out);
    const json::array reports = json::parse(out).as_array();
    ASSERT_EQ(reports.size(), 2 * stems.size()) << out;
    // everything but the path: the same document in two containers
    auto content = [](json::object r) {
        r.erase("path");
        std::multiset<std::string> codes;
        for (const auto &f : r.at("findings").as_array())
            codes.insert(signature(f.as_object()));
        r.erase("findings");
        return json::serialize(r) + " findings:" + std::to_string(codes.size());
    };
    for (size_t i = 0; i < stems.size(); ++i) {
        SCOPED_TRACE(stems[i]);
        const json::object &xls = reports[2 * i].as_object(), &xlsx = reports[2 * i + 1].as_object();
        EXPECT_EQ(xls.at("status"), xlsx.at("status"));
        EXPECT_NE(xls.at("status").as_string(), "unreadable") << json::serialize(xls);
        std::multiset<std::string> a, b;
        for (const auto &f : xls.at("findings").as_array())
            a.insert(signature(f.as_object()));
        for (const auto &f : xlsx.at("findings").as_array())
            b.insert(signature(f.as_object()));
        EXPECT_EQ(a, b);
        EXPECT_EQ(content(xls), content(xlsx));
    }
}
