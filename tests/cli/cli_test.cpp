// The `ita` command run as a user runs it: exit codes, --help, JSON shape,
// unreadable input, no office left behind, input files unchanged.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

struct Result {
    int code = -1;
    std::string out;
};

// Runs ita with a private office folder for these tests; stderr goes to a file.
Result ita(const std::string &args) {
    const std::string errFile = std::string(ITA_BUILD_DIR) + "/test-out/cli-stderr.txt";
    fs::create_directories(fs::path(errFile).parent_path());
    const std::string cmd = "ITA_OFFICE_WORKDIR='" + std::string(ITA_CLI_OFFICE_DIR) + "' '" + ITA_EXE +
                            "' " + args + " 2>'" + errFile + "'";
    Result r;
    FILE *p = popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string fixture(const std::string &name) {
    return std::string(ITA_BUILD_DIR) + "/fixtures/" + name;
}

std::string readAll(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int officeProcessesOfOurs() {
    // soffice processes whose command line names our CLI profile
    int n = 0;
    for (const auto &e : fs::directory_iterator("/proc")) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        const std::string cmdline = readAll(e.path().string() + "/cmdline");
        if (cmdline.find("soffice") != std::string::npos &&
            cmdline.find(ITA_CLI_OFFICE_DIR) != std::string::npos)
            ++n;
    }
    return n;
}

} // namespace

TEST(Cli, HelpAnswersWithoutAnOffice) {
    const Result r = ita("--help");
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("validate"), std::string::npos);
    for (const char *cmd : {"validate", "analyse", "frameworks"}) {
        const Result c = ita(std::string(cmd) + " --help");
        EXPECT_EQ(c.code, 0) << cmd;
        EXPECT_NE(c.out.find(std::string("ita ") + cmd), std::string::npos) << c.out;
    }
}

TEST(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(ita("").code, 2);
    EXPECT_EQ(ita("frobnicate").code, 2);
    EXPECT_EQ(ita("validate").code, 2);
    EXPECT_EQ(ita("validate --format xml x.ods").code, 2);
    EXPECT_EQ(ita("--frameworks /nonexistent validate x.ods").code, 2);
}

TEST(Cli, CorrectSheetIsOk) {
    const Result r = ita("validate --format json '" + fixture("correct-fy2564.ods") + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    const json::value v = json::parse(r.out);
    ASSERT_TRUE(v.is_array());
    ASSERT_EQ(v.as_array().size(), 1u);
    const auto &f = v.as_array()[0].as_object();
    EXPECT_EQ(f.at("status").as_string(), "ok");
    EXPECT_EQ(f.at("fiscal_year").as_int64(), 2564);
    EXPECT_TRUE(f.at("findings").as_array().empty());
    EXPECT_EQ(officeProcessesOfOurs(), 0);
}

TEST(Cli, ErrorsExitWithOneAndAreLocated) {
    const std::string file = fixture("broken-score-text.xlsx");
    const std::string before = readAll(file);
    const Result r = ita("validate --format json '" + file + "'");
    EXPECT_EQ(r.code, 1) << r.out;
    const json::value v = json::parse(r.out);
    const auto &f = v.as_array()[0].as_object();
    EXPECT_EQ(f.at("status").as_string(), "findings");
    bool found = false;
    for (const auto &finding : f.at("findings").as_array()) {
        const auto &o = finding.as_object();
        if (o.at("code").as_string() != "ITA003") continue;
        found = true;
        EXPECT_EQ(o.at("severity").as_string(), "error");
        EXPECT_EQ(o.at("found").as_string(), "8O.5");
        const auto &loc = o.at("locations").as_array().at(0).as_object();
        EXPECT_TRUE(loc.contains("sheet"));
        EXPECT_TRUE(loc.contains("cell"));
        EXPECT_FALSE(o.at("message").as_string().empty());
        EXPECT_FALSE(o.at("message_en").as_string().empty());
    }
    EXPECT_TRUE(found) << r.out;
    EXPECT_EQ(readAll(file), before) << "validate must never change the input";
}

TEST(Cli, UnreadableFileIsReportedAndTheRestIsChecked) {
    const std::string junk = std::string(ITA_BUILD_DIR) + "/test-out/not-a-workbook.ods";
    std::ofstream(junk) << "this is not a spreadsheet";
    const Result r = ita("validate --format json '" + junk + "' /nonexistent/file.ods '" +
                         fixture("correct-fy2564.ods") + "'");
    EXPECT_EQ(r.code, 2) << r.out;
    const json::value v = json::parse(r.out);
    ASSERT_EQ(v.as_array().size(), 3u);
    EXPECT_EQ(v.as_array()[1].at("status").as_string(), "unreadable");
    EXPECT_EQ(v.as_array()[2].at("status").as_string(), "ok");
    EXPECT_EQ(officeProcessesOfOurs(), 0);
}

TEST(Cli, TextOutputNamesFileAndCell) {
    const Result r = ita("validate '" + fixture("broken-score-text.ods") + "'");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("broken-score-text.ods"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ITA003"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("เซลล์"), std::string::npos) << r.out;
}

TEST(Cli, AnalyseJsonAndOutputCopy) {
    const std::string in = fixture("correct-fy2564.ods");
    const std::string before = readAll(in);
    const std::string copy = std::string(ITA_BUILD_DIR) + "/test-out/cli-analysis.ods";
    fs::remove(copy);
    const Result r = ita("analyse --format json '" + in + "' --output '" + copy + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    const json::value v = json::parse(r.out);
    EXPECT_EQ(v.at("fiscal_year").as_int64(), 2564);
    EXPECT_EQ(v.at("indicators").as_array().size(), 10u);
    EXPECT_TRUE(fs::exists(copy));
    EXPECT_EQ(readAll(in), before);
    EXPECT_EQ(ita("analyse '" + in + "' --output '" + in + "'").code, 2)
        << "must refuse to overwrite the input";
}

namespace {

std::string commandOutput(const std::string &cmd) {
    std::string out;
    FILE *p = popen(cmd.c_str(), "r");
    if (!p) return out;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        out.append(buf.data(), n);
    pclose(p);
    return out;
}

} // namespace

// A workbook made from the bundled template: its measures sheet leaves empty bordered rows
// for more measures, which Calc alone prints as a page of their own (the table's header over
// an empty grid). The PDF holds the score sheet, the measures, and the analysis (its text,
// then its chart on a page of its own): four pages, the measures' header on one of them.
TEST(Cli, AnalysePdfOfATemplateMadeSheetHasNoEmptyPage) {
    const std::string in = std::string(ITA_SOURCE_DIR) + "/examples/sao-nongbua-fy2567.ods";
    const std::string pdf = std::string(ITA_BUILD_DIR) + "/test-out/cli-analysis-pages.pdf";
    fs::remove(pdf);
    const Result r = ita("analyse '" + in + "' --pdf '" + pdf + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    const std::string info = commandOutput("pdfinfo '" + pdf + "'");
    const size_t at = info.find("Pages:");
    ASSERT_NE(at, std::string::npos) << info;
    const int pages = std::stoi(info.substr(at + 6));
    EXPECT_EQ(pages, 4) << info;
    int measureHeaders = 0;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = commandOutput("pdftotext -f " + std::to_string(page) + " -l " +
                                               std::to_string(page) + " '" + pdf + "' -");
        if (text.find("วิธีการ/ขั") != std::string::npos) ++measureHeaders;
        EXPECT_GT(text.size(), 200u) << "page " << page << " is (nearly) empty:\n" << text;
    }
    EXPECT_EQ(measureHeaders, 1);
    fs::remove(pdf);
}

TEST(Cli, FrameworksFolderOverridesAndReportsBadFiles) {
    const std::string dir = std::string(ITA_BUILD_DIR) + "/test-out/frameworks-extra";
    fs::create_directories(dir);
    fs::copy_file(std::string(ITA_SOURCE_DIR) + "/frameworks/fy2568.json", dir + "/fy2569.json",
                  fs::copy_options::overwrite_existing);
    // the year inside must match the file name: fix it
    std::string text = readAll(dir + "/fy2569.json");
    const auto pos = text.find("2568");
    ASSERT_NE(pos, std::string::npos);
    text.replace(pos, 4, "2569");
    std::ofstream(dir + "/fy2569.json") << text;
    Result r = ita("--frameworks '" + dir + "' frameworks");
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("2569"), std::string::npos) << r.out;
    std::ofstream(dir + "/fy2570.json") << "{ \"fiscal_year\": 2570, ";
    r = ita("--frameworks '" + dir + "' frameworks");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("fy2570.json"), std::string::npos) << r.out;
    fs::remove(dir + "/fy2570.json");
}

TEST(Cli, MarkedCopiesAreNewFilesAndTheInputIsUntouched) {
    const std::string in = fixture("broken-total.xlsx");
    const std::string before = readAll(in);
    const std::string dir = std::string(ITA_BUILD_DIR) + "/test-out/marked";
    fs::remove_all(dir);
    const Result r =
        ita("validate --marked-copies '" + dir + "' '" + in + "' '" + fixture("report-fy2564.odt") + "'");
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_GT(fs::file_size(dir + "/broken-total-marked.ods"), 1000u);
    EXPECT_GT(fs::file_size(dir + "/broken-total-marked.pdf"), 1000u);
    EXPECT_FALSE(fs::exists(dir + "/report-fy2564-marked.ods")) << "Writer reports are listed, not copied";
    EXPECT_EQ(readAll(in), before);
    for (const auto &e : fs::directory_iterator(fs::path(in).parent_path()))
        EXPECT_EQ(e.path().filename().string().rfind(".~lock", 0), std::string::npos) << e.path();
    // the copy carries the report sheet: validating it again reads the same findings
    const Result again = ita("validate --format json '" + dir + "/broken-total-marked.ods'");
    EXPECT_EQ(again.code, 1);
    EXPECT_NE(again.out.find("ITA006"), std::string::npos);
    EXPECT_EQ(ita("validate --marked-copies '" + fs::path(in).parent_path().string() + "' '" + in + "'").code,
              2)
        << "must refuse to write beside the inputs";
}
