// Hostile submissions, made by the test itself (hostile_files.hpp): document-open
// macros, a WEBSERVICE call to a local file, every kind of link to another file
// (linked sheet, area link, DDE, Excel external workbooks, linked OLE objects,
// a floating frame, a Writer linked section), a zip bomb and truncated
// packages, with one office and with two. ita runs nothing, opens no linked
// file, leaves the inputs byte-identical, gives the same JSON whatever the
// number of offices, and the marked copy a province sends back carries neither
// the macros nor the live links (the report sheet says so). An office that
// hangs is timed out, restarted, and leaves no process.
#include "cli_support.hpp"
#include "hostile_files.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cerrno>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace std::chrono_literals;
using namespace ita::test;

namespace {

class Hostile : public FolderTest {
  protected:
    Hostile() : FolderTest("hostile") {}
};

// The correct FY2564 sheet with a document-open macro that would create `pwned`.
std::string withMacro(const fs::path &pwned) {
    std::string xml =
        withNamespaces(readAll(std::string(ITA_SOURCE_DIR) + "/tests/fixtures/correct-fy2564.fods"));
    insertBefore(xml, "<office:font-face-decls", openMacro(pwned));
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

// ---- every way a document can reach another file -------------------------------

namespace {

std::string scoreCell(const std::string &value) {
    return "<table:table-cell table:style-name=\"scoreplain\" office:value-type=\"float\" office:value=\"" +
           value + "\" calcext:value-type=\"float\"><text:p>" + value + "</text:p></table:table-cell>";
}

std::string goodSheet() {
    return withNamespaces(readAll(std::string(ITA_SOURCE_DIR) + "/tests/fixtures/correct-fy2564.fods"));
}

std::string goodReport() {
    return withNamespaces(readAll(std::string(ITA_SOURCE_DIR) + "/tests/fixtures/report-fy2564.fodt"));
}

std::string url(const fs::path &p) {
    return "file://" + p.string();
}

// What one run leaves in a folder, names relative to it.
std::set<std::string> tree(const fs::path &dir) {
    std::set<std::string> names;
    for (const auto &e : fs::recursive_directory_iterator(dir))
        names.insert(fs::relative(e.path(), dir).string());
    return names;
}

struct Matrix {
    fs::path in, linked;
    std::vector<std::string> inputs;
    std::vector<std::string> canaries; // words only the linked files hold
    std::vector<fs::path> macroCanaries;
};

// The hostile inputs, each with one kind of link to a file of its own under
// linked/ that holds a different score (11.11) and a canary word; controls
// (the same documents without the link) beside them.
Matrix makeMatrix(const fs::path &dir) {
    Matrix m;
    m.in = dir / "in";
    m.linked = dir / "linked";
    fs::create_directories(m.in);
    fs::create_directories(m.linked);
    auto linked = [&](const std::string &name, const std::string &canary, bool text = false) {
        writeFile(m.linked / name, text ? linkedText(canary) : linkedSpreadsheet(canary));
        m.canaries.push_back(canary);
        return url(m.linked / name);
    };
    auto input = [&](const std::string &name, const std::string &content) {
        writeFile(m.in / name, content);
        m.inputs.push_back((m.in / name).string());
    };
    const std::string tableEnd = "</table:table>";

    input("00-control.fods", goodSheet());

    // a sheet linked to a sheet of another file (Sheet > Link to External Data, whole sheet)
    std::string x = goodSheet();
    replaceOnce(
        x, "</office:spreadsheet>",
        "<table:table table:name=\"Linked\"><table:table-source xlink:type=\"simple\" xlink:href=\"" +
            linked("sheet.ods", "CANARY-SHEET-LINK") +
            "\" table:filter-name=\"calc8\" table:table-name=\"Sheet1\" table:mode=\"copy-all\" "
            "table:refresh-delay=\"PT1S\"/><table:table-column/><table:table-row><table:table-cell "
            "office:value-type=\"string\"><text:p>cached</text:p></table:table-cell></table:table-row>"
            "</table:table></office:spreadsheet>");
    input("01-sheet-link.fods", x);

    // indicator 1's score is an area link (Insert > External Data), refreshed every second
    x = goodSheet();
    replaceOnce(
        x, scoreCell("88.52"),
        "<table:table-cell table:style-name=\"scoreplain\" office:value-type=\"float\" "
        "office:value=\"88.52\"><table:cell-range-source table:name=\"Sheet1.A1:A1\" "
        "xlink:type=\"simple\" xlink:href=\"" +
            linked("area.ods", "CANARY-AREA-LINK") +
            "\" table:filter-name=\"calc8\" table:filter-options=\"\" table:last-column-spanned=\"1\" "
            "table:last-row-spanned=\"1\" table:refresh-delay=\"PT1S\"/><text:p>88.52</text:p>"
            "</table:table-cell>");
    input("02-area-link.fods", x);

    // indicator 2's score is a DDE link to another document, with its cached value
    x = goodSheet();
    const std::string dde = linked("dde.ods", "CANARY-DDE-LINK");
    replaceOnce(
        x, scoreCell("75.31"),
        "<table:table-cell table:style-name=\"scoreplain\" table:formula=\"of:=DDE(&quot;soffice&quot;;"
        "&quot;" +
            dde +
            "&quot;;&quot;Sheet1.A1&quot;)\" office:value-type=\"float\" office:value=\"75.31\"><text:p>"
            "75.31</text:p></table:table-cell>");
    replaceOnce(
        x, "</office:spreadsheet>",
        "<table:dde-links><table:dde-link><office:dde-source office:dde-application=\"soffice\" "
        "office:dde-topic=\"" +
            dde +
            "\" office:dde-item=\"Sheet1.A1\" office:automatic-update=\"true\" "
            "office:conversion-mode=\"into-english-number\"/><table:table><table:table-column/>"
            "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"75.31\"/>"
            "</table:table-row></table:table></table:dde-link></table:dde-links></office:spreadsheet>");
    input("03-dde-link.fods", x);

    // Excel: two scores read from other workbooks, one there (another value), one missing
    input("04-external.xlsx", xlsxWithExternalLinks(fixture("correct-fy2564.xlsx"),
                                                    {{"D8", linked("book.ods", "CANARY-XLSX-LINK")},
                                                     {"D9", url(m.linked / "missing.xlsx")}}));

    // a linked OLE object (Insert > OLE Object > from file, linked), no preview image
    x = goodSheet();
    replaceOnce(
        x, tableEnd,
        "<table:shapes><draw:frame draw:z-index=\"0\" svg:width=\"6cm\" svg:height=\"3cm\" svg:x=\"12cm\" "
        "svg:y=\"1cm\"><draw:object xlink:href=\"" +
            linked("ole.ods", "CANARY-OLE-LINK") +
            "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>"
            "</table:shapes>" +
            tableEnd);
    input("05-ole-link.fods", x);

    // a cell asking for a local file (WEBSERVICE), its cached text kept
    writeFile(m.linked / "secret.txt", "CANARY-WEBSERVICE");
    m.canaries.push_back("CANARY-WEBSERVICE");
    x = goodSheet();
    insertBefore(x, "</table:table-row>", // the title row, far from the table
                 "<table:table-cell table:formula=\"of:=WEBSERVICE(&quot;" + url(m.linked / "secret.txt") +
                     "&quot;)\" office:value-type=\"string\" office:string-value=\"cached\"><text:p>cached"
                     "</text:p></table:table-cell>");
    input("07-webservice.fods", x);

    // a document-open macro
    m.macroCanaries.push_back(dir / "pwned-calc.txt");
    x = goodSheet();
    insertBefore(x, "<office:font-face-decls", openMacro(m.macroCanaries.back()));
    input("06-macro.fods", x);

    input("10-control.fodt", goodReport());

    // Writer: a section linked to another document (Insert > Section > Link), and an open macro
    m.macroCanaries.push_back(dir / "pwned-writer.txt");
    x = goodReport();
    insertBefore(x, "<office:font-face-decls", openMacro(m.macroCanaries.back()));
    replaceOnce(
        x, "</office:text>",
        "<text:section text:name=\"Linked\"><text:section-source xlink:type=\"simple\" xlink:href=\"" +
            linked("section.odt", "CANARY-SECTION-LINK", true) +
            "\" text:filter-name=\"writer8\"/><text:p>cached section</text:p></text:section>"
            "</office:text>");
    input("11-section-link.fodt", x);

    // Writer: a linked OLE object and a floating frame showing another document
    x = goodReport();
    replaceOnce(x, "</office:text>",
                "<text:p><draw:frame draw:name=\"Object\" text:anchor-type=\"paragraph\" svg:width=\"6cm\" "
                "svg:height=\"3cm\"><draw:object xlink:href=\"" +
                    linked("ole-text.ods", "CANARY-OLE-TEXT") +
                    "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>"
                    "<draw:frame draw:name=\"Frame\" text:anchor-type=\"paragraph\" svg:width=\"6cm\" "
                    "svg:height=\"3cm\"><draw:floating-frame xlink:href=\"" +
                    linked("frame.odt", "CANARY-FLOATING-FRAME", true) +
                    "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>"
                    "</text:p></office:text>");
    input("12-ole-frame.fodt", x);

    // broken packages: a zip bomb, and good files cut in half
    input("20-bomb.ods", zipBomb(500));
    const std::string ods = readAll(fixture("correct-fy2564.ods"));
    input("21-truncated.ods", ods.substr(0, ods.size() / 2));
    const std::string docx = readAll(fixture("report-fy2564.docx"));
    input("22-truncated.docx", docx.substr(0, docx.size() / 2));
    // the batch goes on after them
    fs::copy_file(fixture("correct-fy2564.ods"), m.in / "23-good.ods");
    m.inputs.push_back((m.in / "23-good.ods").string());
    return m;
}

std::map<std::string, std::string> contents(const fs::path &dir) {
    std::map<std::string, std::string> out;
    for (const auto &e : fs::directory_iterator(dir))
        out[e.path().filename().string()] = readAll(e.path());
    return out;
}

json::value byName(const json::array &out, const std::string &name) {
    for (const auto &v : out)
        if (fs::path(std::string(v.at("path").as_string())).filename() == name) return v;
    throw std::runtime_error("no result for " + name);
}

} // namespace

TEST_F(Hostile, LinkedFilesAreNeverFetchedByOneOrTwoOffices) {
    const Matrix m = makeMatrix(dir);
    const auto inputsBefore = contents(m.in), linkedBefore = contents(m.linked);
    OpenWatch watch(m.linked);
    std::string first;
    for (const char *jobs : {"1", "2"}) {
        SCOPED_TRACE(std::string("--jobs ") + jobs);
        const fs::path marked = dir / (std::string("marked-") + jobs);
        std::vector<std::string> args = {"validate", "--format",        "json",         "--jobs",
                                         jobs,       "--timeout",       "60",           "--lang",
                                         "en",       "--marked-copies", marked.string()};
        args.insert(args.end(), m.inputs.begin(), m.inputs.end());
        const auto t0 = std::chrono::steady_clock::now();
        const ItaRun r = runIta(args);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cout << "[ hostile ] --jobs " << jobs << ": " << m.inputs.size() << " files in " << seconds
                  << " s\n";
        EXPECT_EQ(r.code, 2) << r.err; // the bomb and the truncated files are unreadable
        const json::array out = json::parse(r.out).as_array();
        ASSERT_EQ(out.size(), m.inputs.size()) << r.out;

        // nothing ran, nothing was opened, nothing changed
        for (const auto &canary : m.macroCanaries)
            EXPECT_FALSE(fs::exists(canary)) << "a macro ran: " << canary;
        EXPECT_EQ(watch.opened(), std::set<std::string>()) << "a linked file was opened";
        EXPECT_EQ(contents(m.in), inputsBefore) << "an input changed";
        EXPECT_EQ(contents(m.linked), linkedBefore);
        watch.opened(); // the test's own reads, just now

        // each linked document reads as its control: the cached values, the same findings
        const json::value sheet = byName(out, "00-control.fods"), report = byName(out, "10-control.fodt");
        EXPECT_EQ(statusOf(sheet), "ok");
        for (const char *name : {"01-sheet-link.fods", "02-area-link.fods", "03-dde-link.fods",
                                 "04-external.xlsx", "05-ole-link.fods", "06-macro.fods"}) {
            const json::value v = byName(out, name);
            EXPECT_EQ(statusOf(v), "ok") << json::serialize(v);
            EXPECT_EQ(v.at("counts"), sheet.at("counts")) << json::serialize(v);
        }
        for (const char *name : {"11-section-link.fodt", "12-ole-frame.fodt"}) {
            const json::value v = byName(out, name);
            EXPECT_EQ(v.at("findings"), report.at("findings")) << json::serialize(v);
        }
        for (const auto &canary : m.canaries)
            EXPECT_EQ(r.out.find(canary), std::string::npos) << canary << " reached the findings";
        EXPECT_EQ(r.out.find("11.11"), std::string::npos) << "a linked value reached the findings";

        // the marked copies: the cached values, no link left, no linked content
        for (const auto &e : fs::directory_iterator(marked)) {
            const std::string file = e.path().filename().string();
            const std::string text = e.path().extension() == ".pdf"
                                         ? pdfText(e.path())
                                         : capture({"unzip", "-p", e.path().string(), "content.xml"});
            ASSERT_FALSE(text.empty()) << file;
            for (const auto &canary : m.canaries)
                EXPECT_EQ(text.find(canary), std::string::npos) << canary << " in " << file;
            EXPECT_EQ(text.find("11.11"), std::string::npos) << file;
            if (e.path().extension() == ".ods")
                for (const auto &[name, _] : linkedBefore)
                    EXPECT_EQ(text.find(name), std::string::npos) << file << " still links to " << name;
        }
        const std::string xlsxCopy =
            capture({"unzip", "-p", (marked / "04-external-marked.ods").string(), "content.xml"});
        EXPECT_NE(xlsxCopy.find("office:value=\"88.52\""), std::string::npos) << "the cached value is kept";
        EXPECT_NE(xlsxCopy.find("office:value=\"75.31\""), std::string::npos)
            << "the missing book's value too";
        const std::string sheetCopy =
            capture({"unzip", "-p", (marked / "01-sheet-link-marked.ods").string(), "content.xml"});
        EXPECT_NE(sheetCopy.find(">cached<"), std::string::npos) << "the linked sheet keeps its data";
        EXPECT_EQ(sheetCopy.find("table:table-source"), std::string::npos) << "but not its link";
        const std::string oleCopy =
            capture({"unzip", "-p", (marked / "05-ole-link-marked.ods").string(), "content.xml"});
        EXPECT_EQ(oleCopy.find("<draw:object"), std::string::npos) << "the linked object is removed";

        // the broken packages: each its reason, the batch went on
        const json::value bomb = byName(out, "20-bomb.ods");
        EXPECT_EQ(statusOf(bomb), "unreadable");
        EXPECT_NE(errorOf(bomb).find("unpacks to"), std::string::npos) << errorOf(bomb);
        for (const char *name : {"21-truncated.ods", "22-truncated.docx"}) {
            const json::value v = byName(out, name);
            EXPECT_EQ(statusOf(v), "unreadable") << json::serialize(v);
            EXPECT_EQ(errorOf(v), "damaged: the file is cut short or its zip structure is broken");
        }
        EXPECT_EQ(statusOf(byName(out, "23-good.ods")), "ok");

        // nothing left: no office of this test's work folder, no run folder, no stray file
        EXPECT_TRUE(waitUntil([] { return officeProcesses() == 0; }, 10s));
        EXPECT_TRUE(runFolders().empty());
        if (first.empty())
            first = r.out;
        else
            EXPECT_EQ(r.out, first) << "byte-identical JSON with one or two offices";
    }
    std::set<std::string> expected = {"in", "linked", "marked-1", "marked-2"};
    for (const auto &n : tree(dir))
        if (n.find('/') == std::string::npos)
            EXPECT_TRUE(expected.count(n)) << "left in the test folder: " << n;
}

// A zip bomb never reaches an office: refused on what its central directory
// declares, at once, with its reason in the user's language. (Without the check
// the office took 225 s and 4.7 GB on the 500 MB bomb of the test above.)
TEST_F(Hostile, AZipBombIsRefusedBeforeAnyOfficeStarts) {
    const fs::path bomb = dir / "bomb.ods";
    writeFile(bomb, zipBomb(300));
    EXPECT_LT(fs::file_size(bomb), 1u << 20) << "300 MB in less than one";
    // no office to be had: the answer cannot come from one
    const std::vector<std::string> noOffice = {"ITA_SOFFICE=/nonexistent/soffice"};
    ItaRun r = runIta({"validate", "--format", "json", bomb.string()}, noOffice);
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_EQ(errorOf(json::parse(r.out).as_array().at(0)),
              "too large: its content unpacks to 300 MB (ITA Tools reads up to 256 MB)");
    r = runIta({"validate", bomb.string()}, noOffice);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("ไฟล์ใหญ่เกินไป: เนื้อหาแตกออกได้ 300 MB"), std::string::npos) << r.out;
}

namespace {

// An soffice launcher (in dir/bin) whose first start runs `firstStart` instead of the
// office, and whose later starts are the real office; `mark` exists once it was used.
fs::path launcherWhoseFirstStart(const fs::path &dir, const std::string &firstStart, const fs::path &mark) {
    const fs::path bin = dir / "bin";
    fs::create_directories(bin);
    writeFile(bin / "soffice", "#!/bin/sh\nif [ ! -e '" + mark.string() + "' ]; then : > '" + mark.string() +
                                   "'; " + firstStart + "; fi\nexec '" + ITA_REAL_SOFFICE + "' \"$@\"\n");
    fs::permissions(bin / "soffice", fs::perms::owner_all);
    fs::create_symlink(fs::path(ITA_REAL_SOFFICE).parent_path() / "unopkg", bin / "unopkg");
    return bin / "soffice";
}

} // namespace

// An office that fails to start (here: its first launch exits at once, as a
// crash on start would) is started again with a fresh profile copy and pipe
// names, the file is delivered, and the user reads why the start took longer.
TEST_F(Hostile, AnOfficeThatFailsToStartIsStartedAgainAndTheUserIsTold) {
    const fs::path mark = dir / "first-start-failed";
    const fs::path soffice = launcherWhoseFirstStart(dir, "exit 3", mark);
    const ItaRun r = runIta({"validate", "--format", "json", fixture("correct-fy2564.ods")},
                            {"ITA_SOFFICE=" + soffice.string()});
    EXPECT_TRUE(fs::exists(mark)) << "the first start did not go through the failing launcher";
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(statusOf(json::parse(r.out).as_array().at(0)), "ok") << r.out;
    EXPECT_NE(r.err.find("ita: an office did not start (soffice (pid "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("exited before accepting"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("); started another"), std::string::npos) << r.err;
    EXPECT_TRUE(runFolders().empty());
}

// An office whose start hangs (it never accepts on its pipe) costs half a minute,
// not the two a slow machine gets on the second try: then a fresh office does
// the work and the user reads what the hung one was doing.
TEST_F(Hostile, AnOfficeThatHangsWhileStartingIsReplacedWithinHalfAMinute) {
    const fs::path mark = dir / "first-start-hung";
    const fs::path soffice = launcherWhoseFirstStart(dir, "exec sleep 300", mark);
    const auto t0 = std::chrono::steady_clock::now();
    const ItaRun r = runIta({"validate", "--format", "json", fixture("correct-fy2564.ods")},
                            {"ITA_SOFFICE=" + soffice.string()});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_TRUE(fs::exists(mark)) << "the first start did not go through the hanging launcher";
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(statusOf(json::parse(r.out).as_array().at(0)), "ok") << r.out;
    EXPECT_NE(r.err.find("ita: an office did not start (soffice did not accept on pipe,name=ita_"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(" within 30 s: sleep "), std::string::npos)
        << "what the hung start was doing: " << r.err;
    EXPECT_NE(r.err.find(", no pipe yet); started another"), std::string::npos) << r.err;
    EXPECT_LT(seconds, 100.0) << "the hung start was waited for longer than its 30 s";
    EXPECT_TRUE(runFolders().empty());
}

// ---- an office that hangs ----------------------------------------------------------

namespace {

// The process group of each office of the `ita` with this pid, as its run
// folders record them (runs/<pid>-<k>/soffice.pgid, runs/<pid>-<k>.<g> once
// restarted): k -> pgid of its newest office.
std::map<int, pid_t> officeGroups(pid_t ita) {
    std::map<int, pid_t> groups;
    std::map<int, int> generation;
    const std::string prefix = std::to_string(ita) + "-";
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(fs::path(kCliWork) / "runs", ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        int k = 0, g = 0;
        if (std::sscanf(name.c_str() + prefix.size(), "%d.%d", &k, &g) < 1 || k < 1) continue;
        std::ifstream in(e.path() / "soffice.pgid");
        long pgid = 0;
        if (!(in >> pgid) || pgid <= 1) continue;
        if (groups.count(k) && generation[k] > g) continue;
        groups[k] = pid_t(pgid);
        generation[k] = g;
    }
    return groups;
}

bool groupAlive(pid_t pgid) {
    return ::kill(-pgid, 0) == 0 || errno == EPERM;
}

} // namespace

// Both offices of a pool stop answering in the middle of a batch (SIGSTOP: as
// a document that sends the office into an endless loop, without depending on
// one): the file each was on is reported as timed out, each office is killed
// and restarted, every other file is delivered, and no process of this run is
// left. (A crashed office, SIGKILL, is Batch.AKilledOfficeIsRestarted….)
TEST_F(Hostile, HungOfficesAreTimedOutRestartedAndEveryOtherFileDelivered) {
    const int n = 20;
    std::vector<std::string> args = {"validate", "--format", "json", "--jobs", "2", "--timeout", "8"};
    for (int i = 0; i < n; ++i)
        args.push_back(fixture(i % 2 ? "correct-fy2564.xlsx" : "correct-fy2564.ods"));
    const pid_t ita = spawnIta(args, dir / "out.json", {}, dir / "err.txt");
    // "ita: 10/20 files" is printed as the tenth file is done: both offices are at work
    ASSERT_TRUE(
        waitUntil([&] { return readAll(dir / "err.txt").find("ita: 10/") != std::string::npos; }, 180s))
        << readAll(dir / "err.txt");
    const std::map<int, pid_t> stopped = officeGroups(ita);
    ASSERT_EQ(stopped.size(), 2u);
    for (const auto &[k, pgid] : stopped)
        ASSERT_EQ(::kill(-pgid, SIGSTOP), 0) << "office " << k;
    const auto t0 = std::chrono::steady_clock::now();
    // every office group this run has, old and new
    std::set<pid_t> seen;
    std::map<int, std::set<pid_t>> perOffice;
    int code = -1;
    // Usually ~15-40 s; a restarted office that never accepted cost 120 s here (cause unknown),
    // now 30 s before another start, and ita says what the hung one was doing.
    while (code < 0 && std::chrono::steady_clock::now() - t0 < 240s) {
        for (const auto &[k, pgid] : officeGroups(ita)) {
            seen.insert(pgid);
            perOffice[k].insert(pgid);
        }
        int status = 0;
        if (::waitpid(ita, &status, WNOHANG) == ita) code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        std::this_thread::sleep_for(20ms);
    }
    if (code < 0) { // hung for good: end it and the stopped offices (ours), then fail
        ::kill(ita, SIGKILL);
        ::waitpid(ita, nullptr, 0);
        for (const pid_t pgid : seen)
            ::kill(-pgid, SIGKILL);
        FAIL() << "ita did not end four minutes after its offices hung";
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "[ hostile ] hung offices: the batch ended " << seconds << " s after the stop\n";
    if (seconds > 60) std::cout << "[ hostile ] slow: what ita said:\n" << readAll(dir / "err.txt");
    const json::array out = json::parse(readAll(dir / "out.json")).as_array();
    ASSERT_EQ(out.size(), size_t(n));
    int ok = 0, timedOut = 0;
    for (const auto &v : out) {
        if (statusOf(v) == "ok") ++ok;
        if (errorOf(v) == "the office took longer than 8 s on this file and was stopped") ++timedOut;
    }
    EXPECT_EQ(ok + timedOut, n) << readAll(dir / "out.json");
    EXPECT_LE(timedOut, 2) << "only the files the stopped offices were on";
    EXPECT_EQ(code, timedOut ? 2 : 0);
    EXPECT_GE(seconds, 8.0) << "the watchdog waited for the timeout";
    for (const auto &[k, pgid] : stopped)
        EXPECT_GE(perOffice[k].size(), 2u) << "office " << k << " was restarted with a new process group";
    for (const pid_t pgid : seen)
        EXPECT_TRUE(waitUntil([&] { return !groupAlive(pgid); }, 5s))
            << "process group " << pgid << " is left";
    EXPECT_TRUE(pipesOfRun(ita).empty());
    EXPECT_TRUE(runFolders().empty());
}

namespace {

// A package with one part replaced, every other part as it was.
std::string withPart(const std::string &package, const std::string &name,
                     const std::function<void(std::string &)> &edit) {
    ita::fill::ZipReader in(package);
    ita::fill::ZipWriter out;
    for (const auto &e : in.entries()) {
        if (e.name != name) {
            out.addCopy(e);
            continue;
        }
        std::string part = in.read(e);
        edit(part);
        out.addDeflated(e.name, part);
    }
    return out.finish();
}

} // namespace

// A linked OLE object (a spreadsheet or a report showing another file) makes
// LibreOffice 7.4 open that file while it loads the document, UpdateDocMode
// NO_UPDATE or not, and no setting of that version stops it: a link to a server
// would be fetched. ita gives the office a private copy without such objects
// (flat ODF, an ODF package, a .docx with an external oleObject relationship);
// the findings and their locations are those of the same document without the
// object, the input is byte-identical. (Without the copy the office opened the
// three ODF objects' files here; the .docx object's file it did not, in 7.4:
// that case guards the copy's findings and a later version.)
TEST_F(Hostile, LinkedOleObjectsAreNotOpened) {
    const Matrix m = makeMatrix(dir);
    const std::string objectTo = url(m.linked / "ole-zip.ods");
    writeFile(m.linked / "ole-zip.ods", linkedSpreadsheet("CANARY-OLE-ZIP"));
    writeFile(m.linked / "ole-docx.ods", linkedSpreadsheet("CANARY-OLE-DOCX"));
    // the good .ods with the object beside its table
    writeFile(m.in / "30-ole-link.ods",
              withPart(readAll(fixture("correct-fy2564.ods")), "content.xml", [&](std::string &xml) {
                  replaceOnce(xml, "</table:table>",
                              "<table:shapes><draw:frame draw:z-index=\"0\" svg:width=\"6cm\" "
                              "svg:height=\"3cm\" svg:x=\"12cm\" svg:y=\"1cm\"><draw:object xlink:href=\"" +
                                  objectTo +
                                  "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
                                  "</draw:frame></table:shapes></table:table>");
              }));
    // the good .docx with a linked object (Word's VML form) after its last paragraph
    std::string docx =
        withPart(readAll(fixture("report-fy2564.docx")), "word/document.xml", [](std::string &xml) {
            insertBefore(
                xml, "<w:sectPr",
                "<w:p><w:r><w:object><v:shape id=\"_x0000_i1025\" type=\"#_x0000_t75\" "
                "style=\"width:100pt;height:50pt\"/><o:OLEObject Type=\"Link\" ProgID=\"Excel.Sheet.12\" "
                "ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\" r:id=\"rIdOleLink\" "
                "UpdateMode=\"Always\"><o:LinkType>EnhancedMetaFile</o:LinkType></o:OLEObject>"
                "</w:object></w:r></w:p>");
        });
    docx = withPart(docx, "word/_rels/document.xml.rels", [&](std::string &rels) {
        insertBefore(rels, "</Relationships>",
                     "<Relationship Id=\"rIdOleLink\" Type=\"http://schemas.openxmlformats.org/"
                     "officeDocument/2006/relationships/oleObject\" Target=\"" +
                         url(m.linked / "ole-docx.ods") + "\" TargetMode=\"External\"/>");
    });
    writeFile(m.in / "31-ole-link.docx", docx);
    const auto before = contents(m.in);
    OpenWatch watch(m.linked);
    const ItaRun r = runIta({"validate", "--format", "json", (m.in / "05-ole-link.fods").string(),
                             (m.in / "12-ole-frame.fodt").string(), (m.in / "30-ole-link.ods").string(),
                             (m.in / "31-ole-link.docx").string(), (m.in / "00-control.fods").string(),
                             (m.in / "10-control.fodt").string(), fixture("report-fy2564.docx")});
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_EQ(watch.opened(), std::set<std::string>());
    EXPECT_EQ(contents(m.in), before) << "an input changed";
    const json::array out = json::parse(r.out).as_array();
    ASSERT_EQ(out.size(), 7u) << r.out;
    for (const size_t i : {0, 2}) {
        EXPECT_EQ(statusOf(out[i]), "ok") << json::serialize(out[i]);
        EXPECT_EQ(out[i].at("counts"), out[4].at("counts")) << json::serialize(out[i]);
    }
    EXPECT_EQ(out[1].at("findings"), out[5].at("findings")) << json::serialize(out[1]);
    EXPECT_EQ(out[3].at("findings"), out[6].at("findings")) << json::serialize(out[3]);
    // the file's name in the results is the user's, not the copy's
    EXPECT_EQ(std::string(out[2].at("path").as_string()), (m.in / "30-ole-link.ods").string());
    EXPECT_EQ(r.out.find("copy-"), std::string::npos) << r.out;
    EXPECT_TRUE(runFolders().empty());
}
