// Batches as a provincial officer runs them: a folder of submissions validated
// by a pool of offices into one summary workbook, an office killed mid-batch,
// the same answer whatever the number of offices, and a memo for every agency
// with names that cannot escape the output folder.
#include "cli_support.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <csignal>
#include <regex>
#include <set>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace std::chrono_literals;
using namespace ita::test;

namespace {

class Batch : public FolderTest {
  protected:
    Batch() : FolderTest("batch") {}
};

// A flat ODS whose document-open event runs a Basic macro creating `pwned`.
std::string hostileFods(const fs::path &pwned) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:scripts><office:script script:language="ooo:Basic"><ooo:libraries><ooo:library-embedded ooo:name="Standard"><ooo:module ooo:name="Module1"><ooo:source-code>Sub Main
Open ")" + pwned.string() +
           R"(" For Output As #1
Print #1, "ran"
Close #1
End Sub
</ooo:source-code></ooo:module></ooo:library-embedded></ooo:libraries></office:script>
<office:event-listeners><script:event-listener script:language="ooo:script" script:event-name="dom:load" xlink:type="simple" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"/></office:event-listeners></office:scripts>
<office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row><table:table-cell office:value-type="string"><text:p>hello</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>
)";
}

// A copy of the good sheet whose agency is `agency` (content.xml rewritten, rezipped).
void sheetOfAgency(const std::string &agency, const fs::path &to) {
    const fs::path work = to.parent_path() / (".make-" + to.filename().string());
    fs::create_directories(work);
    capture({"unzip", "-q", "-o", fixture("correct-fy2564.ods"), "-d", work.string()});
    std::string content = readAll(work / "content.xml");
    std::string escaped;
    for (char c : agency)
        escaped += c == '"' ? std::string("&quot;") : c == '&' ? std::string("&amp;") : std::string(1, c);
    const std::string from = "องค์การบริหารส่วนตำบลโคกสำโรง";
    for (size_t at = content.find(from); at != std::string::npos;
         at = content.find(from, at + escaped.size()))
        content.replace(at, from.size(), escaped);
    writeFile(work / "content.xml", content);
    const fs::path zipped = fs::absolute(to);
    // mimetype first and stored, as ODF wants
    RunOptions none;
    capture({"sh", "-c",
             "cd '" + work.string() + "' && zip -q -X -0 '" + zipped.string() +
                 "' mimetype && zip -q -X -r '" + zipped.string() + "' . -x mimetype"});
    fs::remove_all(work);
}

std::vector<std::string> csvRows(const std::string &text) {
    std::vector<std::string> rows;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        rows.push_back(line);
    return rows;
}

} // namespace

TEST_F(Batch, FolderGivesTheSummaryRowsAndTheSameJsonWithOneOrTwoOffices) {
    const fs::path in = dir / "in";
    fs::create_directories(in / "sub");
    fs::copy_file(fixture("correct-fy2564.ods"), in / "a-good.ods");
    fs::copy_file(fixture("broken-total.xlsx"), in / "b-broken.xlsx");
    const std::string good = readAll(fixture("correct-fy2564.ods"));
    writeFile(in / "c-corrupt.ods", good.substr(0, good.size() / 3));
    writeFile(in / "d-empty.ods", "");
    writeFile(in / "e-text.xlsx", "agency,score\nx,1\n");
    writeFile(in / "notes.txt", "not a document name: left out");
    fs::copy_file(fixture("correct-fy2567-pass.xlsx"), in / "sub" / "nested.xlsx");
    const fs::path pwned = dir / "pwned";
    writeFile(dir / "hostile.fods", hostileFods(pwned));
    const std::string hostileBefore = readAll(dir / "hostile.fods");

    const fs::path ods = dir / "summary.ods", csv = dir / "summary.csv";
    const ItaRun two = runIta({"validate", "--format", "json", "--jobs", "2", "--recursive", "--report",
                               ods.string(), in.string(), (dir / "hostile.fods").string()});
    EXPECT_EQ(two.code, 2) << two.err; // unreadable files
    const json::array out = json::parse(two.out).as_array();
    ASSERT_EQ(out.size(), 7u) << two.out;
    const std::vector<std::string> names = {"a-good.ods",  "b-broken.xlsx",   "c-corrupt.ods", "d-empty.ods",
                                            "e-text.xlsx", "sub/nested.xlsx", "hostile.fods"};
    for (size_t i = 0; i < names.size(); ++i)
        EXPECT_EQ(std::string(out[i].at("path").as_string()),
                  (i + 1 == names.size() ? dir : in).string() + "/" + names[i])
            << "input order: folder sorted, then the next argument";
    EXPECT_EQ(statusOf(out[0]), "ok");
    EXPECT_EQ(statusOf(out[1]), "findings");
    EXPECT_EQ(out[1].at("counts").at("errors").as_int64(), 1);
    EXPECT_EQ(statusOf(out[2]), "unreadable");
    EXPECT_EQ(errorOf(out[3]), "empty file");
    EXPECT_EQ(errorOf(out[4]), "not a spreadsheet: plain text");
    EXPECT_EQ(statusOf(out[5]), "ok");
    EXPECT_EQ(std::string(out[0].at("district").as_string()), "เมืองลำปาง") << "from the sheet's address line";
    const json::value *noDistrict = out[3].as_object().if_contains("district");
    EXPECT_TRUE(!noDistrict || noDistrict->is_null()) << "an unreadable file states none";
    EXPECT_NE(statusOf(out[6]), "unreadable") << json::serialize(out[6]);
    EXPECT_FALSE(fs::exists(pwned)) << "the document-open macro ran";
    EXPECT_EQ(readAll(dir / "hostile.fods"), hostileBefore);

    // the workbook, read back: one row per file in input order, its status and reason
    const std::string content = capture({"unzip", "-p", ods.string(), "content.xml"});
    const std::string settings = capture({"unzip", "-p", ods.string(), "settings.xml"});
    size_t at = 0;
    // in Thai by default (--lang th): what a provincial office forwards
    for (const char *cell :
         {"a-good.ods", "องค์การบริหารส่วนตำบลโคกสำโรง", "เมืองลำปาง", "ถูกต้อง", "b-broken.xlsx", "มีข้อผิดพลาด",
          "c-corrupt.ods", "อ่านไม่ได้", "d-empty.ods", "ไฟล์ว่าง", "e-text.xlsx", "ไม่ใช่ตารางคำนวณ: เป็นข้อความล้วน",
          "nested.xlsx", "เทศบาลตำบลต้นไทร", "เมืองลำปาง", "ถูกต้อง", "hostile.fods"}) {
        const size_t next = content.find(std::string(">") + cell + "<", at);
        ASSERT_NE(next, std::string::npos) << cell << " (in order) in the Files sheet";
        at = next;
    }
    EXPECT_NE(content.find("HYPERLINK(&quot;file://" + in.string() + "/a-good.ods&quot;"), std::string::npos);
    EXPECT_NE(content.find(">ปีงบประมาณ<"), std::string::npos) << "Thai headers";
    EXPECT_NE(content.find("table:name=\"รายการที่พบ\""), std::string::npos) << "the findings sheet";
    EXPECT_NE(content.find(">ITA006<"), std::string::npos) << "the broken total's finding on sheet 2";
    EXPECT_NE(content.find("target-range-address=\"ไฟล์.A1:ไฟล์.M8\""), std::string::npos) << "autofilter";
    EXPECT_NE(content.find("formula-is([.$J2]&gt;0)"), std::string::npos) << "errors coloured";
    EXPECT_NE(content.find("formula-is([.$L2]=&quot;อ่านไม่ได้&quot;)"), std::string::npos) << "unreadable grey";
    EXPECT_NE(content.find("formula-is([.$K2]&gt;0)"), std::string::npos) << "warnings amber";
    EXPECT_TRUE(std::regex_search(settings, std::regex("VerticalSplitMode\" config:type=\"short\">2<")))
        << "frozen header row";
    // printed or made a PDF to forward: landscape, one page wide, the header on every page
    const std::string styles = capture({"unzip", "-p", ods.string(), "styles.xml"});
    EXPECT_NE(styles.find("style:print-orientation=\"landscape\""), std::string::npos) << styles;
    EXPECT_NE(styles.find("scale-to-X=\"1\""), std::string::npos) << "one page wide";
    size_t headerRows = 0;
    for (size_t p = content.find("<table:table-header-rows>"); p != std::string::npos;
         p = content.find("<table:table-header-rows>", p + 1))
        ++headerRows;
    EXPECT_EQ(headerRows, 2u) << "each sheet's header row repeats on every page";

    // --lang en: the JSON's status words and the English headers, for scripts
    const ItaRun one = runIta({"validate", "--format", "json", "--lang", "en", "--jobs", "1", "--recursive",
                               "--report", csv.string(), in.string(), (dir / "hostile.fods").string()});
    EXPECT_EQ(one.code, 2);
    EXPECT_EQ(one.out, two.out) << "byte-identical JSON with one or two offices";
    const std::vector<std::string> rows = csvRows(readAll(csv));
    ASSERT_EQ(rows.size(), 8u) << readAll(csv);
    EXPECT_EQ(rows[0],
              "File,Agency,District,Fiscal year,Document year,Total stated,Total computed,Rating stated,"
              "Rating computed,Errors,Warnings,Status,Reason");
    EXPECT_EQ(rows[1], "a-good.ods,องค์การบริหารส่วนตำบลโคกสำโรง,เมืองลำปาง,2564,,77.31,77.31,B,B,0,0,ok,");
    EXPECT_EQ(rows[2],
              "b-broken.xlsx,องค์การบริหารส่วนตำบลโคกสำโรง,เมืองลำปาง,2564,,77.81,77.31,B,B,1,0,errors,");
    EXPECT_EQ(rows[4], "d-empty.ods,,,,,,,,,,,unreadable,empty file");
    EXPECT_TRUE(runFolders().empty());
    EXPECT_TRUE(waitUntil([] { return officeProcesses() == 0; }, 10s));

    // the report is a new file: refused before any work, the old one kept
    const std::string before = readAll(csv);
    const ItaRun again = runIta({"validate", "--report", csv.string(), (in / "a-good.ods").string()});
    EXPECT_EQ(again.code, 2);
    EXPECT_NE(again.err.find("exists already"), std::string::npos) << again.err;
    EXPECT_EQ(readAll(csv), before);
}

TEST_F(Batch, AKilledOfficeIsRestartedAndEveryOtherFileDelivered) {
    std::vector<std::string> args = {"validate", "--format", "json", "--jobs", "2"};
    const int n = 40; // enough that the batch is still going when one of its offices dies
    for (int i = 0; i < n; ++i) {
        const fs::path f = dir / ("s" + std::to_string(i) + (i % 2 ? ".xlsx" : ".ods"));
        fs::copy_file(fixture(i % 2 ? "correct-fy2564.xlsx" : "correct-fy2564.ods"), f);
        args.push_back(f.string());
    }
    const pid_t pid = spawnIta(args, dir / "out.json", {}, dir / "err.txt");
    // both offices at work ("ita: 10/40" is printed as the tenth file is done),
    // then one of them dies (as on a crash)
    ASSERT_TRUE(
        waitUntil([&] { return readAll(dir / "err.txt").find("ita: 10/") != std::string::npos; }, 180s))
        << readAll(dir / "err.txt");
    const std::vector<pid_t> offices = officePids();
    ASSERT_FALSE(offices.empty());
    ::kill(offices.front(), SIGKILL);
    const int code = waitFor(pid);
    const json::array out = json::parse(readAll(dir / "out.json")).as_array();
    ASSERT_EQ(out.size(), size_t(n));
    int ok = 0, stopped = 0;
    for (const auto &v : out) {
        if (statusOf(v) == "ok") ++ok;
        if (errorOf(v).find("the office stopped while reading this file") == 0) ++stopped;
    }
    EXPECT_LE(stopped, 1) << "only the file under the killed office";
    EXPECT_EQ(ok + stopped, n) << readAll(dir / "out.json");
    EXPECT_EQ(code, stopped ? 2 : 0);
    EXPECT_TRUE(waitUntil([] { return officeProcesses() == 0; }, 10s));
    EXPECT_TRUE(runFolders().empty());
}

TEST_F(Batch, FilledDocumentNamesAreSafeAndNeverOverwritten) {
    const fs::path in = dir / "in", out = dir / "out";
    fs::create_directories(in);
    sheetOfAgency("../../escape/อบต.หนึ่ง", in / "1.ods");
    sheetOfAgency("-rf \"quoted\" อบต.สอง", in / "2.ods");
    sheetOfAgency("เทศบาลตำบลสาม", in / "3.ods");
    sheetOfAgency("เทศบาลตำบลสาม", in / "4.ods");
    fs::copy_file(fixture("broken-total.ods"), in / "5-broken.ods");
    const ItaRun r = runIta({"fill", "--template", "memo", "--data", in.string(), "--out", out.string(),
                             "--format", "odt", "--jobs", "2", "--date", "2024-10-01"});
    EXPECT_EQ(r.code, 1) << r.err; // the broken sheet is skipped with its errors
    EXPECT_NE(r.err.find("5-broken.ods: skipped"), std::string::npos) << r.err;
    std::set<std::string> made;
    for (const auto &e : fs::directory_iterator(out))
        made.insert(e.path().filename().string());
    EXPECT_EQ(made, (std::set<std::string>{"escape_อบต.หนึ่ง-memo.odt", "rf _quoted_ อบต.สอง-memo.odt",
                                           "เทศบาลตำบลสาม-memo.odt", "เทศบาลตำบลสาม-memo-2.odt"}));
    EXPECT_FALSE(fs::exists(dir / "escape")) << "nothing outside the output folder";
    const std::string first = readAll(out / "เทศบาลตำบลสาม-memo.odt");

    const ItaRun again = runIta({"fill", "--template", "memo", "--data", (in / "3.ods").string(),
                                 (in / "4.ods").string(), "--out", out.string(), "--jobs", "1"});
    EXPECT_EQ(again.code, 2);
    EXPECT_NE(again.err.find("exists already"), std::string::npos) << again.err;
    EXPECT_EQ(readAll(out / "เทศบาลตำบลสาม-memo.odt"), first) << "never overwritten without --force";
    std::set<std::string> after;
    for (const auto &e : fs::directory_iterator(out))
        after.insert(e.path().filename().string());
    EXPECT_EQ(after, made) << "no temporary file left";
    EXPECT_TRUE(runFolders().empty());
}

// A measures plan without scores has nothing wrong but passed no score check: its row in the
// summary is amber as a warning (its status ไม่ได้ตรวจคะแนน), never uncoloured as a pass, and the
// run still exits 0.
TEST_F(Batch, ARowWithoutScoresIsNotColouredAsAPass) {
    const fs::path ods = dir / "summary.ods";
    const ItaRun r = runIta({"validate", "--jobs", "1", "--report", ods.string(),
                             fixture("correct-fy2564.ods"), fixture("measures-only-fy2567.csv")});
    EXPECT_EQ(r.code, 0) << r.err;
    const std::string content = capture({"unzip", "-p", ods.string(), "content.xml"});
    const size_t pass = content.find(">ถูกต้อง<"), noScores = content.find(">ไม่ได้ตรวจคะแนน<");
    ASSERT_NE(pass, std::string::npos) << content;
    ASSERT_NE(noScores, std::string::npos) << content;
    EXPECT_LT(pass, noScores) << "input order";
    EXPECT_NE(content.find("calcext:apply-style-name=\"ita_warnings\" "
                           "calcext:value=\"formula-is([.$L2]=&quot;ไม่ได้ตรวจคะแนน&quot;)\""),
              std::string::npos)
        << content;
    EXPECT_EQ(content.find("&quot;ถูกต้อง&quot;"), std::string::npos) << "a pass stays uncoloured";
}

// Sheets that are only read (validate without marked copies) are loaded as a model without a
// view: still no link is updated and no local file fetched.
TEST_F(Batch, SheetsOnlyReadFetchNothing) {
    const fs::path secret = dir / "secret.txt";
    writeFile(secret, "SECRET-CONTENT-42");
    std::string xml = readAll(std::string(ITA_SOURCE_DIR) + "/tests/fixtures/correct-fy2564.fods");
    // the agency's cell asks for a local file; its stored value is the agency's name, which the
    // JSON reports unless the office fetched the file
    const std::string agencyCell =
        "<table:table-cell table:style-name=\"plain\" office:value-type=\"string\" "
        "calcext:value-type=\"string\"><text:p>องค์การบริหารส่วนตำบลโคกสำโรง</text:p>";
    const size_t at = xml.find(agencyCell, xml.find("<text:p>หน่วยงาน</text:p>"));
    ASSERT_NE(at, std::string::npos);
    xml.replace(
        at, agencyCell.size(),
        "<table:table-cell table:formula=\"of:=WEBSERVICE(&quot;file://" + secret.string() +
            "&quot;)\" office:value-type=\"string\" office:string-value=\"องค์การบริหารส่วนตำบลโคกสำโรง\">"
            "<text:p>องค์การบริหารส่วนตำบลโคกสำโรง</text:p>");
    const fs::path input = dir / "webservice.fods";
    writeFile(input, xml);
    const std::string before = readAll(input);
    // two offices, as a batch runs; one office loads the same way
    const ItaRun r = runIta(
        {"validate", "--format", "json", "--jobs", "2", input.string(), fixture("correct-fy2564.xlsx")});
    EXPECT_LE(r.code, 1) << r.err;
    EXPECT_EQ(r.out.find("SECRET-CONTENT-42"), std::string::npos) << "the local file was fetched";
    const json::array out = json::parse(r.out).as_array();
    ASSERT_EQ(out.size(), 2u);
    EXPECT_NE(statusOf(out[0]), "unreadable") << r.out;
    EXPECT_EQ(std::string(out[0].at("agency").as_string()), "องค์การบริหารส่วนตำบลโคกสำโรง");
    EXPECT_EQ(statusOf(out[1]), "ok") << r.out;
    EXPECT_EQ(readAll(input), before);
    EXPECT_TRUE(runFolders().empty());
}
