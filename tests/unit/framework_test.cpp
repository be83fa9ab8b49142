#include "core/frameworks/framework.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace ita;
namespace fs = std::filesystem;

namespace {

const std::string kBuiltIn = ITA_FRAMEWORKS_DIR;
const std::string kBad = std::string(ITA_TEST_DATA_DIR) + "/frameworks-bad";

std::string readFile(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const fs::path &p, const std::string &text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

std::string replaceOnce(std::string s, const std::string &from, const std::string &to) {
    auto p = s.find(from);
    EXPECT_NE(p, std::string::npos) << from;
    if (p != std::string::npos) s.replace(p, from.size(), to);
    return s;
}

// A fresh folder per test, standing for the user profile's frameworks folder.
class TempDir {
  public:
    TempDir() {
        std::random_device rd;
        path_ = fs::temp_directory_path() / ("ita-fw-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path &path() const { return path_; }

  private:
    fs::path path_;
};

std::string loadError(const std::string &file) {
    try {
        FrameworkRegistry::loadFile(kBad + "/" + file);
    } catch (const FrameworkError &e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST(Framework, BuiltInYearsLoadWithoutErrors) {
    FrameworkRegistry reg;
    reg.addDirectory(kBuiltIn);
    EXPECT_TRUE(reg.errors().empty()) << (reg.errors().empty() ? "" : reg.errors().front());
    EXPECT_EQ(reg.years(), (std::vector<int>{2562, 2563, 2564, 2565, 2566, 2567, 2568}));
    ASSERT_NE(reg.latest(), nullptr);
    EXPECT_EQ(reg.latest()->fiscalYear, 2568);
}

TEST(Framework, ProvenancePerYear) {
    FrameworkRegistry reg;
    reg.addDirectory(kBuiltIn);
    const std::map<int, std::string> expected = {
        {2562, "secondary"}, {2563, "verified"},  {2564, "verified"},   {2565, "secondary"},
        {2566, "secondary"}, {2567, "secondary"}, {2568, "unconfirmed"}};
    for (const auto &[year, status] : expected) {
        const Framework &fw = reg.require(year);
        EXPECT_EQ(fw.status, status) << year;
        EXPECT_FALSE(fw.source.empty()) << year;
        EXPECT_EQ(fw.scheme, year <= 2565 ? "letter" : "pass") << year;
        EXPECT_EQ(fw.file, kBuiltIn + "/fy" + std::to_string(year) + ".json");
        EXPECT_DOUBLE_EQ(fw.target, 85);
        EXPECT_DOUBLE_EQ(fw.totalTolerance, 0.02);
    }
}

TEST(Framework, Fy2564IndicatorsToolsAndWeights) {
    FrameworkRegistry reg;
    reg.addDirectory(kBuiltIn);
    const Framework &fw = reg.require(2564);
    ASSERT_EQ(fw.indicators.size(), 10u);
    for (int n = 1; n <= 10; ++n)
        EXPECT_EQ(fw.indicators[static_cast<size_t>(n - 1)].number, n);
    EXPECT_EQ(fw.indicator(1)->nameTh, "การปฏิบัติหน้าที่");
    EXPECT_EQ(fw.indicator(4)->nameTh, "การใช้ทรัพย์สินของราชการ");
    EXPECT_EQ(fw.indicator(4)->aliases, std::vector<std::string>{"การใช้ทรัพย์สินของทางราชการ"});
    EXPECT_EQ(fw.indicator(8)->nameTh, "การปรับปรุงระบบการทำงาน");
    EXPECT_EQ(fw.indicator(8)->aliases, std::vector<std::string>{"การปรับปรุงการทำงาน"});
    EXPECT_EQ(fw.indicator(10)->nameEn, "Corruption prevention");
    EXPECT_EQ(fw.indicator(11), nullptr);

    EXPECT_EQ(fw.indicator(5)->tool, "IIT");
    EXPECT_EQ(fw.indicator(6)->tool, "EIT");
    EXPECT_EQ(fw.indicator(10)->tool, "OIT");
    ASSERT_NE(fw.tool("IIT"), nullptr);
    EXPECT_EQ(fw.tool("IIT")->nameTh, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
    EXPECT_EQ(fw.tool("OIT")->indicators, (std::vector<int>{9, 10}));
    EXPECT_EQ(fw.toolOf(8)->code, "EIT");
    EXPECT_EQ(fw.toolOf(42), nullptr);

    // 0.06 / 0.10 / 0.20 per indicator: the weights that reproduce published totals.
    EXPECT_NEAR(fw.indicatorWeight(1), 0.06, 1e-12);
    EXPECT_NEAR(fw.indicatorWeight(7), 0.10, 1e-12);
    EXPECT_NEAR(fw.indicatorWeight(10), 0.20, 1e-12);
    EXPECT_EQ(fw.indicatorWeight(11), 0);
}

TEST(Framework, RatingLevels) {
    FrameworkRegistry reg;
    reg.addDirectory(kBuiltIn);
    const Framework &letter = reg.require(2565);
    std::vector<std::string> codes;
    for (const auto &r : letter.ratings)
        codes.push_back(r.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"AA", "A", "B", "C", "D", "E", "F"}));
    EXPECT_DOUBLE_EQ(letter.ratings[2].minTotal, 75);
    EXPECT_FALSE(letter.ratings[0].minEachTool.has_value());
    // The NACC wording clerks paste into their analysis (seed 002).
    EXPECT_NE(
        letter.ratings[2].meaningTh.find("เป็นส่วนใหญ่ โดยมีบางประเด็นที่จำเป็นวางแผนพัฒนา และปรับปรุงประมาณการร้อยละ "
                                         "15-25 ของตัวชี้วัดหรือข้อคำถามทั้งหมด"),
        std::string::npos);

    const Framework &pass = reg.require(2566);
    ASSERT_EQ(pass.ratings.size(), 5u);
    EXPECT_EQ(pass.ratings[0].code, "ผ่านดีเยี่ยม");
    EXPECT_EQ(pass.ratings[0].minEachTool, 95);
    EXPECT_EQ(pass.ratings[1].code, "ผ่านดี");
    EXPECT_EQ(pass.ratings[1].minEachTool, 85);
    EXPECT_EQ(pass.ratings[2].code, "ผ่าน");
    EXPECT_FALSE(pass.ratings[2].minEachTool.has_value());
    EXPECT_EQ(pass.ratings[2].aliases, std::vector<std::string>{"ผ่านการประเมิน"});
    EXPECT_EQ(pass.ratings[3].code, "ต้องปรับปรุง");
    EXPECT_DOUBLE_EQ(pass.ratings[3].minTotal, 70);
    EXPECT_EQ(pass.ratings[4].code, "ต้องปรับปรุงโดยด่วน");
    EXPECT_DOUBLE_EQ(pass.ratings[4].minTotal, 0);
}

// Each malformed example names its file and its fault.
struct BadCase {
    const char *file;
    const char *fault;
};

class BadFramework : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadFramework, MessageNamesFileAndFault) {
    const BadCase &c = GetParam();
    const std::string msg = loadError(c.file);
    EXPECT_NE(msg.find(kBad + "/" + c.file + ": "), std::string::npos) << msg;
    EXPECT_NE(msg.find(c.fault), std::string::npos) << msg;
}

INSTANTIATE_TEST_SUITE_P(
    Examples, BadFramework,
    ::testing::Values(BadCase{"syntax_error.json", "JSON syntax error at line 5, column 3"},
                      BadCase{"missing_key.json", "missing key \"tools\""},
                      BadCase{"wrong_type.json", "\"tools[0].weight\" must be a number, found a string"},
                      BadCase{"weights_sum.json", "tool weights sum to 0.9, not 1"},
                      BadCase{"indicator_two_tools.json", "indicator 5 is in two tools (IIT and EIT)"},
                      BadCase{"indicator_no_tool.json", "indicator 10 is in no tool"},
                      BadCase{"duplicate_number.json", "duplicate indicator number 3"},
                      BadCase{
                          "ratings_order.json",
                          "rating levels are not best-first: \"ผ่านดี\" (min_total 85, min_each_tool 85) comes "
                          "after \"ผ่าน\" (min_total 85)"},
                      BadCase{"unknown_key.json", "unknown key \"ratings[0].min_each_tools\""},
                      BadCase{"fy2570.json", "\"fiscal_year\" is 2571 but the file name says 2570"}));

TEST(Framework, ParseFaultsInText) {
    const std::string good = readFile(kBuiltIn + "/fy2566.json");
    auto fault = [&](const std::string &json) {
        try {
            FrameworkRegistry::parse(json, "typed.json");
        } catch (const FrameworkError &e) {
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    EXPECT_EQ(fault(good), "(no error)");
    EXPECT_EQ(fault("\xEF\xBB\xBF" + good), "(no error)"); // saved by Notepad with a BOM
    EXPECT_EQ(fault(""), "typed.json: JSON syntax error at line 1, column 1 (incomplete JSON)");
    EXPECT_EQ(fault("[]"), "typed.json: \"(top level)\" must be an object, found an array");
    EXPECT_EQ(fault(replaceOnce(good, "\"format_version\": 1", "\"format_version\": 2")),
              "typed.json: format_version 2 is not supported (this program reads 1)");
    // A scheme is a name, not a closed list (issue 8: a reform brings its own scheme).
    EXPECT_EQ(fault(replaceOnce(good, "\"scheme\": \"pass\"", "\"scheme\": \"grade\"")), "(no error)");
    EXPECT_EQ(fault(replaceOnce(good, "\"scheme\": \"pass\"", "\"scheme\": \" \"")),
              "typed.json: \"scheme\" must not be empty");
    EXPECT_EQ(fault(replaceOnce(good, "\"fiscal_year\": 2566", "\"fiscal_year\": 2023")),
              "typed.json: \"fiscal_year\" must be a Buddhist-Era year such as 2566, found 2023");
    EXPECT_EQ(
        fault(replaceOnce(good, "\"status\": \"secondary\"", "\"status\": \"official\"")),
        "typed.json: \"provenance.status\" must be \"verified\", \"secondary\" or \"unconfirmed\", found "
        "\"official\"");
    EXPECT_EQ(fault(replaceOnce(good, "\"indicators\": [9, 10]", "\"indicators\": [9, 10, 11]")),
              "typed.json: tool OIT lists indicator 11, which is not in \"indicators\"");
    EXPECT_EQ(
        fault(replaceOnce(good, "\"aliases\": [\"การปรับปรุงการทำงาน\"]", "\"aliases\": [\"การใช้อำนาจ\"]")),
        "typed.json: the name \"การใช้อำนาจ\" is given to indicators 3 and 8");
    EXPECT_EQ(fault(replaceOnce(good, "\"min_total\": 0", "\"min_total\": 50")),
              "typed.json: the last rating level (\"ต้องปรับปรุงโดยด่วน\") must have min_total 0 and no "
              "min_each_tool, so that every total gets a rating");
    // Keys starting with "_" are comments a user may leave in the file.
    EXPECT_EQ(
        fault(replaceOnce(good, "\"format_version\": 1,", "\"format_version\": 1, \"_note\": \"copied\",")),
        "(no error)");
}

TEST(Framework, DirectorySkipsBrokenFilesAndRecordsThem) {
    FrameworkRegistry reg;
    reg.addDirectory(kBad);
    // Only fyNNNN.json files are frameworks; the other examples are ignored.
    ASSERT_EQ(reg.errors().size(), 1u);
    EXPECT_EQ(reg.errors()[0], kBad + "/fy2570.json: \"fiscal_year\" is 2571 but the file name says 2570");
    EXPECT_TRUE(reg.years().empty());
}

TEST(Framework, MissingFolderIsNotAnError) {
    FrameworkRegistry reg;
    reg.addDirectory(kBad + "/does-not-exist");
    EXPECT_TRUE(reg.errors().empty());
    EXPECT_TRUE(reg.years().empty());
}

TEST(Framework, UserFolderOverridesBuiltInYear) {
    TempDir user;
    std::string text = readFile(kBuiltIn + "/fy2566.json");
    text = replaceOnce(text, "\"total_tolerance\": 0.02", "\"total_tolerance\": 0.05");
    writeFile(user.path() / "fy2566.json", text);
    // A broken user file must not hide the built-in year.
    writeFile(user.path() / "fy2567.json", "{ \"format_version\": 1, ");

    FrameworkRegistry reg;
    reg.addDirectory(kBuiltIn);
    reg.addDirectory(user.path().string());
    const Framework &fy2566 = reg.require(2566);
    EXPECT_DOUBLE_EQ(fy2566.totalTolerance, 0.05);
    EXPECT_EQ(fy2566.file, (user.path() / "fy2566.json").string());
    ASSERT_EQ(reg.errors().size(), 1u);
    EXPECT_EQ(
        reg.errors()[0].rfind((user.path() / "fy2567.json").string() + ": JSON syntax error at line 1", 0),
        0u)
        << reg.errors()[0];
    EXPECT_EQ(reg.require(2567).file, kBuiltIn + "/fy2567.json");
    EXPECT_DOUBLE_EQ(reg.require(2565).totalTolerance, 0.02);
}

TEST(Framework, Fy2569MustBeSuppliedByTheUser) {
    FrameworkRegistry reg;
    reg.addDirectory(kBuiltIn);
    EXPECT_EQ(reg.find(2569), nullptr);
    try {
        reg.require(2569);
        FAIL() << "FY2569 has no built-in framework";
    } catch (const FrameworkError &e) {
        EXPECT_EQ(
            std::string(e.what()),
            "no ITA framework for FY2569: add one (fy2569.json in the frameworks folder of your user "
            "profile, "
            "or in a folder given with `ita --frameworks DIR`; see frameworks/README.md); available: FY2562 "
            "FY2563 FY2564 FY2565 FY2566 FY2567 FY2568");
    }

    TempDir user;
    std::string text = readFile(kBuiltIn + "/fy2568.json");
    writeFile(user.path() / "fy2569.json",
              replaceOnce(text, "\"fiscal_year\": 2568", "\"fiscal_year\": 2569"));
    reg.addDirectory(user.path().string());
    EXPECT_TRUE(reg.errors().empty());
    EXPECT_EQ(reg.require(2569).fiscalYear, 2569);
    EXPECT_EQ(reg.latest()->fiscalYear, 2569);
}

TEST(Framework, AddReplacesAYear) {
    FrameworkRegistry reg;
    Framework fw;
    fw.fiscalYear = 2570;
    fw.source = "test";
    reg.add(fw);
    fw.source = "test 2";
    reg.add(fw);
    EXPECT_EQ(reg.years(), std::vector<int>{2570});
    EXPECT_EQ(reg.require(2570).source, "test 2");
}

// loadFile keeps what it parsed (an office reads the frameworks for every file
// of a batch): a file edited meanwhile, even to the same size within the same
// clock tick, is read anew, and a file that became broken is an error again.
TEST(Framework, AFileEditedBetweenTwoLoadsIsReadAnew) {
    TempDir user;
    const fs::path file = user.path() / "fy2566.json";
    const std::string text = readFile(kBuiltIn + "/fy2566.json");
    writeFile(file, replaceOnce(text, "\"total_tolerance\": 0.02", "\"total_tolerance\": 0.05"));
    EXPECT_DOUBLE_EQ(FrameworkRegistry::loadFile(file.string()).totalTolerance, 0.05);
    writeFile(file, replaceOnce(text, "\"total_tolerance\": 0.02", "\"total_tolerance\": 0.07"));
    EXPECT_DOUBLE_EQ(FrameworkRegistry::loadFile(file.string()).totalTolerance, 0.07);
    writeFile(file, "{ \"format_version\": 1, ");
    EXPECT_THROW(FrameworkRegistry::loadFile(file.string()), FrameworkError);
    writeFile(file, replaceOnce(text, "\"total_tolerance\": 0.02", "\"total_tolerance\": 0.07"));
    EXPECT_DOUBLE_EQ(FrameworkRegistry::loadFile(file.string()).totalTolerance, 0.07);
}
