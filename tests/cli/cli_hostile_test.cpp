// Hostile submissions, made by the test itself: a document-open macro that
// would create a file, a WEBSERVICE call to a local file, a formula reading
// another file. ita runs nothing, fetches nothing, leaves the input
// byte-identical, and the marked copy a province sends back carries neither
// the macro nor the live link (the report sheet says so).
#include "cli_support.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace ita::test;

namespace {

class Hostile : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = fs::path(ITA_BUILD_DIR) / "test-out" / "hostile" / info->name();
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    fs::path dir;
};

// The correct FY2564 sheet with something added to its flat XML.
std::string withMacro(const fs::path &pwned) {
    std::string xml = readAll(std::string(ITA_SOURCE_DIR) + "/tests/fixtures/correct-fy2564.fods");
    const auto root = xml.find("<office:document ");
    xml.insert(
        root + std::string("<office:document ").size(),
        "xmlns:ooo=\"http://openoffice.org/2004/office\" xmlns:script=\"urn:oasis:names:tc:opendocument:"
        "xmlns:script:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ");
    const std::string scripts =
        "<office:scripts><office:script script:language=\"ooo:Basic\"><ooo:libraries>"
        "<ooo:library-embedded ooo:name=\"Standard\"><ooo:module ooo:name=\"Boom\"><ooo:source-code>"
        "Sub Boom\n Open \"" +
        pwned.string() +
        "\" For Output As #1\n Print #1, \"macro ran\"\n Close #1\nEnd Sub\n</ooo:source-code></ooo:module>"
        "</ooo:library-embedded></ooo:libraries></office:script>"
        "<office:event-listeners><script:event-listener script:language=\"ooo:script\" "
        "script:event-name=\"dom:load\" "
        "xlink:href=\"vnd.sun.star.script:Standard.Boom.Boom?language=Basic&amp;"
        "location=document\"/></office:event-listeners></office:scripts>";
    xml.insert(xml.find("<office:font-face-decls"), scripts);
    return xml;
}

} // namespace

TEST_F(Hostile, AnOpenMacroNeverRunsAndLeavesNoCopy) {
    const fs::path pwned = dir / "pwned-by-macro.txt";
    const fs::path input = dir / "macro.fods";
    writeFile(input, withMacro(pwned));
    const std::string before = readAll(input);
    const fs::path marked = dir / "marked";
    const ItaRun r =
        runIta({"validate", "--format", "json", "--marked-copies", marked.string(), input.string()});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(json::parse(r.out).as_array().at(0).at("status").as_string(), "ok") << r.out;
    EXPECT_FALSE(fs::exists(pwned)) << "the macro ran";
    EXPECT_EQ(readAll(input), before) << "the input changed";
    // the copy: no Basic, no event binding, and the report sheet says what was removed
    const fs::path copy = marked / "macro-marked.ods";
    ASSERT_TRUE(fs::exists(copy));
    const std::string content = capture({"unzip", "-p", copy.string(), "content.xml"});
    EXPECT_EQ(content.find("Boom"), std::string::npos) << "the event binding is still there";
    const std::string listing = capture({"unzip", "-l", copy.string()});
    EXPECT_EQ(listing.find("Basic/Standard/Boom.xml"), std::string::npos) << listing;
    EXPECT_NE(content.find("สำเนานี้นำมาโครและการผูกเหตุการณ์ออก"), std::string::npos)
        << "the report sheet says the macros were removed";
    EXPECT_TRUE(runFolders().empty());
}

TEST_F(Hostile, LocalFilesAreNotFetched) {
    const fs::path secret = dir / "secret.txt";
    writeFile(secret, "SECRET-CONTENT-42");
    std::string xml = readAll(std::string(ITA_SOURCE_DIR) + "/tests/fixtures/correct-fy2564.fods");
    // a cell far from the table asks for a local file
    const std::string cell =
        "<table:table-cell table:formula=\"of:=WEBSERVICE(&quot;file://" + secret.string() +
        "&quot;)\" office:value-type=\"string\" office:string-value=\"cached\"><text:p>cached"
        "</text:p></table:table-cell>";
    const auto row = xml.find("</table:table-row>");
    xml.insert(row, cell);
    const fs::path input = dir / "webservice.fods";
    writeFile(input, xml);
    const fs::path marked = dir / "marked";
    const ItaRun r =
        runIta({"validate", "--format", "json", "--marked-copies", marked.string(), input.string()});
    EXPECT_LE(r.code, 1) << r.err;
    EXPECT_EQ(r.out.find("SECRET-CONTENT-42"), std::string::npos);
    const std::string content =
        capture({"unzip", "-p", (marked / "webservice-marked.ods").string(), "content.xml"});
    EXPECT_EQ(content.find("SECRET-CONTENT-42"), std::string::npos) << "the file's content reached the copy";
    EXPECT_EQ(content.find("WEBSERVICE"), std::string::npos) << "the copy keeps the live call";
}
