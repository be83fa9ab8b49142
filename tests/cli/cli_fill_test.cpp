// `ita fill` as a clerk runs it: each shipped template filled from real score
// sheets of two rating schemes, in .odt, .docx and .pdf; no placeholder left,
// Thai digits, the agency and the signers in place; every filled document
// passes `ita validate` with no error; a sheet with errors is refused; a
// malformed template names its placeholder and writes nothing; a Word form of
// the clerk's own fills too.
#include "cli_support.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <regex>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace ita::test;

namespace {

class Fill : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = fs::path(ITA_BUILD_DIR) / "test-out" / "fill" / info->name();
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    fs::path dir;
};

const std::string kExample = std::string(ITA_SOURCE_DIR) + "/examples/sao-nongbua-fy2567.ods";

// The text of a package part without its markup.
std::string partText(const fs::path &package, const std::string &part) {
    const std::string xml = capture({"unzip", "-p", package.string(), part});
    std::string text = std::regex_replace(xml, std::regex("<[^>]*>"), " ");
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

std::string odtText(const fs::path &odt) {
    return partText(odt, "content.xml") + " " + partText(odt, "styles.xml");
}

ItaRun fill(const std::string &templ, const std::string &data, const fs::path &out,
            const std::vector<std::string> &more = {}) {
    std::vector<std::string> args = {"fill",  "--template", templ,    "--data",    data,
                                     "--out", out.string(), "--date", "2024-04-08"};
    args.insert(args.end(), more.begin(), more.end());
    return runIta(args);
}

} // namespace

TEST_F(Fill, EveryShippedTemplateFillsAndPassesValidation) {
    std::vector<std::string> outputs;
    for (const char *t : {"memo", "analysis", "measures", "report", "plan"}) {
        const fs::path out = dir / (std::string(t) + ".odt");
        const ItaRun r = fill(t, kExample, out, {"--letter-number", "๑๒๓"});
        ASSERT_EQ(r.code, 0) << t << ": " << r.err;
        const std::string text = odtText(out);
        EXPECT_EQ(text.find("{{"), std::string::npos) << t << ": a placeholder is left";
        EXPECT_NE(text.find("องค์การบริหารส่วนตำบลหนองบัว"), std::string::npos) << t;
        EXPECT_NE(text.find("๒๕๖๗"), std::string::npos) << t << ": the fiscal year in Thai digits";
        EXPECT_EQ(text.find("อำเภออำเภอ"), std::string::npos) << t;
        outputs.push_back(out.string());
    }
    const std::string memo = odtText(dir / "memo.odt");
    EXPECT_NE(memo.find("๘ เมษายน ๒๕๖๗"), std::string::npos) << "the date, long Thai form, BE";
    EXPECT_NE(memo.find("อด ๗๗๘๐๑/๑๒๓"), std::string::npos) << "letter code with the number";
    EXPECT_NE(memo.find("(นางสาวพิมพ์ชนก ใจดี)"), std::string::npos) << "the author signs";
    EXPECT_NE(memo.find("นายประเสริฐ มั่นคง"), std::string::npos) << "the executive signs";
    EXPECT_NE(memo.find("รอบ ๑๒ เดือน"), std::string::npos);
    const std::string analysis = odtText(dir / "analysis.odt");
    EXPECT_NE(analysis.find("๘๗.๘๙"), std::string::npos) << "the total";
    EXPECT_NE(analysis.find("ผ่านดี"), std::string::npos) << "the rating";
    EXPECT_NE(analysis.find("การป้องกันการทุจริต"), std::string::npos) << "the weakest indicator";

    // The product's own output never holds the copy errors it exists to catch.
    std::vector<std::string> args = {"validate", "--format", "json"};
    args.insert(args.end(), outputs.begin(), outputs.end());
    const ItaRun v = runIta(args);
    json::value parsed;
    try {
        parsed = json::parse(v.out);
    } catch (const std::exception &e) {
        FAIL() << "ita validate: exit " << v.code << ", " << e.what() << "\nstdout: " << v.out
               << "\nstderr: " << v.err;
    }
    const json::array reports = parsed.as_array();
    ASSERT_EQ(reports.size(), 5u) << v.err;
    for (const auto &rep : reports)
        EXPECT_EQ(rep.at("counts").at("errors").as_int64(), 0) << json::serialize(rep);
}

TEST_F(Fill, LetterGradeYearToDocxAndPdf) {
    const fs::path docx = dir / "memo.docx", pdf = dir / "analysis.pdf";
    ItaRun r = fill("memo", fixture("correct-fy2564.ods"), docx);
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string word = partText(docx, "word/document.xml");
    EXPECT_EQ(word.find("{{"), std::string::npos);
    EXPECT_NE(word.find("บันทึกข้อความ"), std::string::npos);
    r = fill("analysis", fixture("correct-fy2564.ods"), pdf, {"--arabic-digits"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string text = pdfText(pdf);
    EXPECT_EQ(text.find("{{"), std::string::npos);
    EXPECT_NE(text.find("77.31"), std::string::npos) << "Arabic digits asked for";
    EXPECT_EQ(text.find("๗๗.๓๑"), std::string::npos);
    EXPECT_NE(text.find("B"), std::string::npos);
}

TEST_F(Fill, ASheetWithErrorsIsRefusedUnlessAllowed) {
    const fs::path out = dir / "memo.odt";
    ItaRun r = fill("memo", fixture("broken-total.ods"), out);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("ITA006"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
    r = fill("memo", fixture("broken-total.ods"), out, {"--allow-errors"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(fs::exists(out));
}

TEST_F(Fill, AnExistingOutputOrTheTemplateIsNeverOverwritten) {
    const fs::path out = dir / "memo.odt";
    writeFile(out, "yesterday's memo");
    ItaRun r = fill("memo", kExample, out);
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(readAll(out), "yesterday's memo");
    const fs::path templ = dir / "mine.fodt";
    fs::copy_file(std::string(ITA_SOURCE_DIR) + "/templates/ita-memo.fodt", templ);
    r = runIta(
        {"fill", "--template", templ.string(), "--data", kExample, "--out", templ.string(), "--force"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(readAll(templ), readAll(std::string(ITA_SOURCE_DIR) + "/templates/ita-memo.fodt"));
}

// One sheet with --format pdf: --out is an existing folder (one document, named after the agency)
// or the PDF itself, wherever its folder is; a name without extension or of another format is a
// usage error naming it, and nothing is written (before, "x.pdf" and "x" became new folders with
// the document inside).
TEST_F(Fill, OneSheetWithAFormatWritesTheFileNamedOrRefusesNamingIt) {
    const fs::path pdf = dir / "new" / "memo.pdf";
    ItaRun r = fill("memo", kExample, pdf, {"--format", "pdf"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(fs::is_regular_file(pdf)) << "the PDF itself, not a folder of that name";
    EXPECT_EQ(readAll(pdf).rfind("%PDF", 0), 0u);

    const fs::path folder = dir / "existing";
    fs::create_directories(folder);
    r = fill("memo", kExample, folder, {"--format", "pdf"});
    EXPECT_EQ(r.code, 0) << r.err;
    size_t made = 0;
    for (const auto &e : fs::directory_iterator(folder)) {
        ++made;
        EXPECT_EQ(e.path().extension(), ".pdf") << e.path();
        EXPECT_NE(r.out.find(e.path().string()), std::string::npos) << "the path written is said: " << r.out;
    }
    EXPECT_EQ(made, 1u);

    for (const fs::path &bad : {dir / "memo", dir / "memo.odt", dir / "gone" / "memo"}) {
        r = fill("memo", kExample, bad, {"--format", "pdf"});
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_EQ(r.err.rfind("ita: --out " + bad.string() + " ", 0), 0u) << r.err;
        EXPECT_FALSE(fs::exists(bad)) << bad;
    }
    EXPECT_FALSE(fs::exists(dir / "gone"));
}

TEST_F(Fill, AMalformedTemplateNamesThePlaceholderAndWritesNothing) {
    const fs::path templ = dir / "broken.fodt";
    std::string xml = readAll(std::string(ITA_SOURCE_DIR) + "/templates/ita-memo.fodt");
    const auto at = xml.find("{{หน่วยงาน}}");
    ASSERT_NE(at, std::string::npos);
    xml.replace(at, std::string("{{หน่วยงาน}}").size(), "{{หน่วยงานน}}");
    writeFile(templ, xml);
    const fs::path out = dir / "memo.odt";
    const ItaRun r =
        runIta({"fill", "--template", templ.string(), "--data", kExample, "--out", out.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("{{หน่วยงานน}}"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
}

TEST_F(Fill, AClerksWordFormFills) {
    // A Word form: the shipped memo saved as .docx by the office (its runs are
    // Word's, not ours), then filled like any template.
    const fs::path form = dir / "memo-form.docx";
    const std::string profile = "file://" + (dir / "convert-profile").string();
    capture({"/usr/lib/libreoffice/program/soffice", "-env:UserInstallation=" + profile, "--headless",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir.string(),
             std::string(ITA_SOURCE_DIR) + "/templates/ita-memo.fodt"});
    fs::rename(dir / "ita-memo.docx", form);
    ASSERT_NE(partText(form, "word/document.xml").find("{{"), std::string::npos)
        << "the form has placeholders";
    const fs::path out = dir / "filled.docx";
    const ItaRun r = runIta({"fill", "--template", form.string(), "--data", kExample, "--out", out.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string text = partText(out, "word/document.xml");
    EXPECT_EQ(text.find("{{"), std::string::npos);
    EXPECT_NE(text.find("นางสาวพิมพ์ชนก ใจดี"), std::string::npos);
    fs::remove_all(dir / "convert-profile");
}

// Footnotes, endnotes, headers and footers fill as the body does: ODF keeps the notes inside
// the body's paragraphs and the header in styles.xml; Word keeps each in a part of its own
// (word/footnotes.xml, endnotes.xml, header1.xml, footer1.xml). The form is written by the
// office from flat ODF, as a clerk's Writer or Word document would be.
TEST_F(Fill, FootnotesEndnotesHeadersAndFootersFillInOdtAndDocx) {
    const fs::path source = dir / "notes-form.fodt";
    writeFile(source,
              R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties
  fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p>หัว {{หน่วยงาน}}</text:p></style:header>
  <style:footer><text:p>ท้าย {{ปีงบประมาณ}}</text:p></style:footer></style:master-page></office:master-styles>
 <office:body><office:text><text:p>เรียน {{เรียน}}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>เชิงอรรถ {{คะแนนรวม}}</text:p></text:note-body></text:note><text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>ท้ายเรื่อง {{ระดับ}}</text:p></text:note-body></text:note></text:p></office:text></office:body>
</office:document>
)");
    const std::string profile = "file://" + (dir / "convert-profile").string();
    for (const char *to : {"odt", "docx:MS Word 2007 XML"})
        capture({"/usr/lib/libreoffice/program/soffice", "-env:UserInstallation=" + profile, "--headless",
                 "--convert-to", to, "--outdir", dir.string(), source.string()});
    fs::remove_all(dir / "convert-profile");
    const std::string agency = "องค์การบริหารส่วนตำบลหนองบัว";

    const fs::path odt = dir / "filled.odt";
    ItaRun r = runIta(
        {"fill", "--template", (dir / "notes-form.odt").string(), "--data", kExample, "--out", odt.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string content = partText(odt, "content.xml"), styles = partText(odt, "styles.xml");
    EXPECT_EQ((content + styles).find("{{"), std::string::npos) << content << styles;
    EXPECT_NE(content.find("เชิงอรรถ ๘๗.๘๙"), std::string::npos) << content;
    EXPECT_NE(content.find("ท้ายเรื่อง ผ่านดี"), std::string::npos) << content;
    EXPECT_NE(styles.find("หัว " + agency), std::string::npos) << styles;
    EXPECT_NE(styles.find("ท้าย ๒๕๖๗"), std::string::npos) << styles;

    const fs::path form = dir / "notes-form.docx";
    ASSERT_NE(partText(form, "word/footnotes.xml").find("{{"), std::string::npos)
        << "Word keeps the note apart";
    const fs::path docx = dir / "filled.docx";
    r = runIta({"fill", "--template", form.string(), "--data", kExample, "--out", docx.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string footnotes = partText(docx, "word/footnotes.xml"),
                      endnotes = partText(docx, "word/endnotes.xml"),
                      header = partText(docx, "word/header1.xml"),
                      footer = partText(docx, "word/footer1.xml");
    EXPECT_EQ((partText(docx, "word/document.xml") + footnotes + endnotes + header + footer).find("{{"),
              std::string::npos);
    EXPECT_NE(footnotes.find("เชิงอรรถ ๘๗.๘๙"), std::string::npos) << footnotes;
    EXPECT_NE(endnotes.find("ท้ายเรื่อง ผ่านดี"), std::string::npos) << endnotes;
    EXPECT_NE(header.find("หัว " + agency), std::string::npos) << header;
    EXPECT_NE(footer.find("ท้าย ๒๕๖๗"), std::string::npos) << footer;
}

// A memo or an analysis that runs onto another page keeps its last text (at least
// two lines) with the author's signature, as the government's rules for official
// letters ask: a signature alone at the top of a page is not signed.
TEST_F(Fill, TheSignatureNeverStandsAloneOnItsPage) {
    struct Case {
        const char *templ, *lastText;
    };
    for (const Case c : {Case{"memo", "จึงเรียนมาเพื่อโปรดทราบและพิจารณา"}, Case{"analysis", "รอบ ๖ เดือน"}}) {
        const fs::path pdf = dir / (std::string(c.templ) + ".pdf");
        const ItaRun r = fill(c.templ, kExample, pdf);
        ASSERT_EQ(r.code, 0) << r.err;
        auto page = [&](int k) {
            return capture(
                {"pdftotext", "-f", std::to_string(k), "-l", std::to_string(k), pdf.string(), "-"});
        };
        int last = 1;
        while (!page(last + 1).empty())
            ++last;
        ASSERT_GT(last, 1) << c.templ << ": this test needs a document that runs over a page";
        const std::string text = page(last);
        ASSERT_NE(text.find("(นางสาวพิมพ์ชนก ใจดี)"), std::string::npos) << c.templ << ": " << text;
        EXPECT_NE(text.find(c.lastText), std::string::npos) << c.templ << ": " << text;
        if (std::string(c.templ) == "memo")
            EXPECT_NE(text.find("ต่อไป"), std::string::npos)
                << "the paragraph before the closing goes along: " << text;
    }
}
