// What `ita` promises about the user's files, as a careful user and as an
// attacker would try it: outputs never replace a file unasked, every input
// gets its own marked copy, garbage is never "checked", hostile documents
// run nothing and fetch nothing, two runs at once both deliver, Ctrl-C keeps
// what was done, and nothing is left behind.
#include "cli_support.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <csignal>
#include <fstream>
#include <set>
#include <thread>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace std::chrono_literals;
using namespace ita::test;

namespace {

class Safety : public FolderTest {
  protected:
    Safety() : FolderTest("safety") {}
};

json::array validateJson(const std::vector<std::string> &args, ItaRun *keep = nullptr) {
    std::vector<std::string> all = {"validate", "--format", "json"};
    all.insert(all.end(), args.begin(), args.end());
    const ItaRun r = runIta(all);
    if (keep) *keep = r;
    return json::parse(r.out).as_array();
}

} // namespace

// Defect 1: --output and --pdf never replace a file unasked.
TEST_F(Safety, AnalyseRefusesAnExistingOutputUnlessForced) {
    const fs::path other = dir / "other-submission.ods", pdf = dir / "other.pdf";
    writeFile(other, "a clerk's other file");
    writeFile(pdf, "a PDF sent yesterday");
    ItaRun r = runIta({"analyse", fixture("correct-fy2564.ods"), "--output", other.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find(other.string()), std::string::npos) << r.err;
    EXPECT_EQ(readAll(other), "a clerk's other file");
    r = runIta({"analyse", fixture("correct-fy2564.ods"), "--pdf", pdf.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(readAll(pdf), "a PDF sent yesterday");
    EXPECT_EQ(officeProcesses(), 0) << "refused before any office was started";

    r = runIta({"analyse", fixture("correct-fy2564.ods"), "--output", other.string(), "--pdf", pdf.string(),
                "--force"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(readAll(other).substr(0, 2), "PK");
    EXPECT_EQ(readAll(pdf).substr(0, 5), "%PDF-");
    // written under a temporary name and renamed: nothing else in the folder
    std::set<std::string> names;
    for (const auto &e : fs::directory_iterator(dir))
        names.insert(e.path().filename().string());
    EXPECT_EQ(names, (std::set<std::string>{"other-submission.ods", "other.pdf"}));
}

// Defect 2: inputs with the same stem keep their own marked copies.
TEST_F(Safety, MarkedCopiesOfSameStemInputsAreAllKept) {
    fs::create_directories(dir / "a");
    fs::create_directories(dir / "b");
    fs::copy_file(fixture("correct-fy2564.ods"), dir / "a" / "x.ods");
    fs::copy_file(fixture("broken-total.xlsx"), dir / "a" / "x.xlsx");
    fs::copy_file(fixture("correct-fy2564.xlsx"), dir / "b" / "x.xlsx");
    const fs::path out = dir / "marked";
    const std::vector<std::string> args = {"validate",
                                           (dir / "a" / "x.ods").string(),
                                           (dir / "a" / "x.xlsx").string(),
                                           (dir / "b" / "x.xlsx").string(),
                                           "--marked-copies",
                                           out.string()};
    ItaRun r = runIta(args);
    EXPECT_EQ(r.code, 1) << r.err; // a/x.xlsx has a wrong total
    std::set<std::string> names;
    for (const auto &e : fs::directory_iterator(out))
        names.insert(e.path().filename().string());
    EXPECT_EQ(names,
              (std::set<std::string>{"x-ods-marked.ods", "x-ods-marked.pdf", "x-xlsx-a-marked.ods",
                                     "x-xlsx-a-marked.pdf", "x-xlsx-b-marked.ods", "x-xlsx-b-marked.pdf"}));
    // the copy of the file with the error is there and carries its finding
    EXPECT_NE(pdfText(out / "x-xlsx-a-marked.pdf").find("ITA006"), std::string::npos);
    EXPECT_EQ(pdfText(out / "x-xlsx-b-marked.pdf").find("ITA006"), std::string::npos);

    // an earlier run's copies are not replaced without --force
    const std::string before = readAll(out / "x-xlsx-a-marked.ods");
    r = runIta(args);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("x-xlsx-a-marked.ods"), std::string::npos) << r.err;
    EXPECT_EQ(readAll(out / "x-xlsx-a-marked.ods"), before);
    std::vector<std::string> forced = args;
    forced.push_back("--force");
    EXPECT_EQ(runIta(forced).code, 1);
}

// The marked copy of a .csv names its sheet after the input, as the office does when the clerk
// opens that file, not after ita's private copy ("copy-1"); the findings name the same sheet,
// with or without --marked-copies.
TEST_F(Safety, AMarkedCsvKeepsTheSheetNameOfItsFile) {
    const fs::path in = dir / "in" / "คะแนน อบต.โคกสำโรง.csv";
    fs::create_directories(in.parent_path());
    fs::copy_file(fixture("broken-total.csv"), in);
    const fs::path out = dir / "marked";
    const ItaRun plain = runIta({"validate", "--format", "json", in.string()});
    const ItaRun marked =
        runIta({"validate", "--format", "json", "--marked-copies", out.string(), in.string()});
    EXPECT_EQ(plain.code, 1) << plain.err;
    EXPECT_EQ(marked.code, 1) << marked.err;
    EXPECT_NE(plain.out.find("ชีต 'คะแนน อบต.โคกสำโรง'"), std::string::npos) << plain.out;
    EXPECT_EQ(marked.out, plain.out) << "the findings name the sheet the clerk sees";
    const std::string content =
        capture({"unzip", "-p", (out / "คะแนน อบต.โคกสำโรง-marked.ods").string(), "content.xml"});
    EXPECT_NE(content.find("table:name=\"คะแนน อบต.โคกสำโรง\""), std::string::npos);
    EXPECT_EQ(content.find("copy-"), std::string::npos);
    const std::string pdf = pdfText(out / "คะแนน อบต.โคกสำโรง-marked.pdf");
    EXPECT_NE(pdf.find("ITA006"), std::string::npos);
    EXPECT_EQ(pdf.find("copy-"), std::string::npos) << "the page header shows the sheet's name";
}

// Defect 3: garbage is unreadable, with its reason, never "checked".
TEST_F(Safety, GarbageIsUnreadableWithItsReason) {
    writeFile(dir / "empty.ods", "");
    writeFile(dir / "text.xlsx", "คะแนนรวม,77.31\nThis is a plain text file.\n");
    std::string noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 7919 + 13) % 251);
    writeFile(dir / "random.docx", noise);
    const std::string real = readAll(fixture("correct-fy2564.ods"));
    writeFile(dir / "truncated.ods", real.substr(0, real.size() / 3));
    fs::create_directories(dir / "folder.ods");
    ItaRun r;
    const json::array out = validateJson({(dir / "empty.ods").string(), (dir / "text.xlsx").string(),
                                          (dir / "random.docx").string(), (dir / "truncated.ods").string(),
                                          (dir / "folder.ods").string(), (dir / "missing.ods").string()},
                                         &r);
    EXPECT_EQ(r.code, 2);
    ASSERT_EQ(out.size(), 6u);
    for (const auto &v : out)
        EXPECT_EQ(statusOf(v), "unreadable") << json::serialize(v);
    EXPECT_EQ(errorOf(out[0]), "empty file");
    EXPECT_EQ(errorOf(out[1]), "not a spreadsheet: plain text");
    EXPECT_NE(errorOf(out[2]).find("not a text document"), std::string::npos) << errorOf(out[2]);
    EXPECT_EQ(errorOf(out[3]), "damaged: the file is cut short or its zip structure is broken");
    EXPECT_EQ(errorOf(out[4]), "is a folder, not a file");
    EXPECT_EQ(errorOf(out[5]), "file not found");
}

TEST_F(Safety, PasswordProtectedFileSaysSo) {
    const fs::path locked = dir / "locked.ods";
    makeEncryptedCopy(fixture("correct-fy2564.ods"), locked, "secret");
    ItaRun r;
    const json::array out = validateJson({locked.string()}, &r);
    EXPECT_EQ(r.code, 2);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(statusOf(out[0]), "unreadable");
    EXPECT_EQ(errorOf(out[0]), "password-protected");
}

TEST_F(Safety, UnreadableFileSaysPermissionDenied) {
    const fs::path file = dir / "private.ods";
    fs::copy_file(fixture("correct-fy2564.ods"), file);
    fs::permissions(file, fs::perms::none);
    // root reads everything: the check runs without that power
    const ItaRun r = runIta({"validate", "--format", "json", file.string()}, withoutReadOverride());
    EXPECT_EQ(r.code, 2) << r.err;
    const json::array out = json::parse(r.out).as_array();
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(errorOf(out[0]), "permission denied");
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
}

// Defect 4: two runs at the same time each deliver every file.
TEST_F(Safety, TwoRunsAtOnceBothDeliverEveryFile) {
    std::vector<std::string> args = {"validate", "--format", "json"};
    for (int i = 0; i < 15; ++i)
        args.push_back(fixture(i % 2 ? "correct-fy2564.xlsx" : "correct-fy2564.ods"));
    const pid_t a = spawnIta(args, dir / "a.json");
    const pid_t b = spawnIta(args, dir / "b.json");
    EXPECT_EQ(waitFor(a), 0);
    EXPECT_EQ(waitFor(b), 0);
    for (const char *f : {"a.json", "b.json"}) {
        const json::array out = json::parse(readAll(dir / f)).as_array();
        ASSERT_EQ(out.size(), 15u) << f;
        for (const auto &v : out)
            EXPECT_EQ(statusOf(v), "ok") << f << ": " << json::serialize(v);
    }
    EXPECT_TRUE(waitUntil([] { return officeProcesses() == 0; }, 10s));
    EXPECT_TRUE(runFolders().empty());
}

// Defect 5: a path is only a path, never a command line.
TEST_F(Safety, WorkFolderWithQuotesRunsNothing) {
    const fs::path work = dir / "it's'$(touch pwned)'";
    ItaRun r = runIta({"validate", fixture("correct-fy2564.ods")}, {"ITA_OFFICE_WORKDIR=" + work.string()},
                      dir.string());
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(fs::exists(dir / "pwned"));
    EXPECT_FALSE(fs::exists(fs::current_path() / "pwned"));
    EXPECT_TRUE(fs::exists(work / "profile")) << "the extension is installed into the quoted folder";
    fs::remove_all(work);
}

// Defect 6: Ctrl-C keeps what was done and leaves nothing behind.
TEST_F(Safety, CtrlCFinishesTheOutputOfTheFilesDone) {
    const fs::path marked = dir / "marked";
    std::vector<std::string> args = {"validate", "--format", "json", "--marked-copies", marked.string()};
    std::vector<std::string> inputs;
    for (int i = 0; i < 60; ++i) {
        const fs::path f = dir / ("s" + std::to_string(i) + ".ods");
        fs::copy_file(fixture("correct-fy2564.ods"), f);
        inputs.push_back(f.string());
    }
    args.insert(args.end(), inputs.begin(), inputs.end());
    const pid_t pid = spawnIta(args, dir / "out.json");
    ASSERT_TRUE(waitUntil([&] { return fs::exists(marked / "s2-marked.pdf"); }, 120s)) << "never got going";
    kill(pid, SIGINT);
    EXPECT_EQ(waitFor(pid), 128 + SIGINT);
    const json::array out = json::parse(readAll(dir / "out.json")).as_array();
    ASSERT_EQ(out.size(), 60u) << "every input keeps its place";
    int ok = 0, notChecked = 0;
    for (size_t i = 0; i < out.size(); ++i) {
        const auto &v = out[i];
        if (statusOf(v) == "ok") ++ok;
        if (statusOf(v) == "not_checked") {
            ++notChecked;
            EXPECT_TRUE(v.at("interrupted").as_bool());
        }
        // offices work in parallel, so which files were done is not known in advance;
        // but a file whose marked copy was written is reported as checked
        if (fs::exists(marked / ("s" + std::to_string(i) + "-marked.pdf")))
            EXPECT_EQ(statusOf(v), "ok") << "s" << i << " has its copy but is not reported";
    }
    EXPECT_GE(ok, 1);
    EXPECT_GE(notChecked, 1);
    EXPECT_EQ(ok + notChecked, 60);
    EXPECT_TRUE(waitUntil([] { return officeProcesses() == 0; }, 10s));
    EXPECT_TRUE(runFolders().empty()) << "the run's folder (profile copy, copies) is removed";
    EXPECT_TRUE(pipesOfRun(pid).empty()) << "no accept or single-instance pipe left";
    for (const auto &e : fs::directory_iterator(marked)) {
        const std::string name = e.path().filename().string();
        EXPECT_TRUE(name.rfind("s", 0) == 0 && name.find("-marked.") != std::string::npos) << name;
    }
}

TEST_F(Safety, CtrlCInTextModeEndsWithTheSummary) {
    std::vector<std::string> args = {"validate", "--lang", "en"};
    for (int i = 0; i < 200; ++i)
        args.push_back(fixture("broken-total.ods"));
    const pid_t pid = spawnIta(args, dir / "out.txt");
    ASSERT_TRUE(waitUntil([&] { return readAll(dir / "out.txt").size() > 6000; }, 120s));
    kill(pid, SIGINT);
    EXPECT_EQ(waitFor(pid), 128 + SIGINT);
    const std::string text = readAll(dir / "out.txt");
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    EXPECT_NE(text.find(" files, "), std::string::npos) << "the summary line is printed";
}

// Defect 7: an unwritable --marked-copies folder is refused before any work.
TEST_F(Safety, UnwritableMarkedCopiesFolderIsRefusedUpFront) {
    writeFile(dir / "a-file", "not a folder");
    const ItaRun r = runIta(
        {"validate", fixture("correct-fy2564.ods"), "--marked-copies", (dir / "a-file" / "marked").string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--marked-copies"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
}

// Defect 8: "--" ends the options.
TEST_F(Safety, DoubleDashEndsTheOptions) {
    const fs::path odd = dir / "-name.ods";
    fs::copy_file(fixture("correct-fy2564.ods"), odd);
    fs::current_path(dir);
    const ItaRun r = runIta({"validate", "--format", "json", "--", "-name.ods"});
    fs::current_path(ITA_BUILD_DIR);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(statusOf(json::parse(r.out).as_array().at(0)), "ok");
}

// Names a clerk really gives files: spaces, Thai, quotes.
TEST_F(Safety, OddFileNamesAreOnlyNames) {
    std::vector<std::string> names = {"คะแนน ITA อบต.ตัวอย่าง 2564.ods", "clerk's \"final\" copy.xlsx",
                                      "$(touch pwned).ods", "a;b|c&d.ods"};
    std::vector<std::string> args = {"validate", "--format", "json", "--marked-copies", (dir / "m").string()};
    for (const auto &n : names) {
        fs::copy_file(
            fixture(n.find(".xlsx") != std::string::npos ? "correct-fy2564.xlsx" : "correct-fy2564.ods"),
            dir / n);
        args.push_back((dir / n).string());
    }
    ItaRun r = runIta(args, {}, dir.string());
    EXPECT_EQ(r.code, 0) << r.err;
    const json::array out = json::parse(r.out).as_array();
    ASSERT_EQ(out.size(), names.size());
    for (size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(statusOf(out[i]), "ok") << names[i];
        EXPECT_TRUE(fs::exists(dir / "m" / (fs::path(names[i]).stem().string() + "-marked.ods"))) << names[i];
    }
    EXPECT_FALSE(fs::exists(dir / "pwned"));
}
