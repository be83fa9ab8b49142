// The bundled score-sheet template as a clerk meets it: installed with the
// extension, opened as a new untitled document, filled in, computed by the
// add-in formulas and validated without a finding; and ITA > New score sheet.
#include "office_env.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <osl/file.hxx>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using namespace ita::test;
namespace fs = std::filesystem;

namespace {

constexpr char kSheet[] = "คะแนน ITA";
// Cells of the template (templates/ita-score-sheet.fods): year C12, indicators
// in rows 15-24 (number A, name B, tool D, score E, previous year F), total E25,
// rating E26, tool scores E27-E29.
constexpr sal_Int32 kColA = 0, kColB = 1, kColC = 2, kColD = 3, kColE = 4, kColF = 5;
constexpr sal_Int32 kYearRow = 11, kFirstIndicatorRow = 14, kTotalRow = 24, kRatingRow = 25, kIitRow = 26;

const char *const kNames[10] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                                "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                                "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                                "การป้องกันการทุจริต"};
const char *const kTools[10] = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};

std::string installedTemplateUrl(const std::string &file = "ita-score-sheet.ots") {
    Reference<deployment::XPackageInformationProvider> info =
        deployment::PackageInformationProvider::get(ctx());
    return str(info->getPackageLocation(ITA_EXTENSION_ID)) + "/templates/ITA/" + file;
}

std::string pathOf(const std::string &fileUrl) {
    rtl::OUString sys;
    osl::FileBase::getSystemPathFromFileURL(ou(fileUrl), sys);
    return str(sys);
}

std::string fileBytes(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

Reference<lang::XComponent> newFromTemplate(const std::string &file = "ita-score-sheet.ots") {
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx()), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(2);
    args[0].Name = "AsTemplate";
    args[0].Value <<= true;
    args[1].Name = "Hidden";
    args[1].Value <<= true;
    Reference<lang::XComponent> doc =
        loader->loadComponentFromURL(ou(installedTemplateUrl(file)), "_blank", 0, args);
    if (!doc.is()) throw std::runtime_error("the template did not open");
    return doc;
}

void closeDoc(const Reference<lang::XComponent> &doc) {
    if (!doc.is()) return;
    Reference<util::XModifiable> mod(doc, UNO_QUERY);
    if (mod.is()) mod->setModified(false);
    Reference<util::XCloseable> c(doc, UNO_QUERY);
    if (c.is()) c->close(true);
}

std::string cellText(const Reference<sheet::XSpreadsheet> &sh, sal_Int32 col, sal_Int32 row) {
    return str(Reference<text::XTextRange>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)->getString());
}

void fill(const Reference<sheet::XSpreadsheet> &sh, int year, const double (&scores)[10]) {
    sh->getCellByPosition(kColC, kYearRow)->setValue(year);
    for (int i = 0; i < 10; ++i)
        sh->getCellByPosition(kColE, kFirstIndicatorRow + i)->setValue(scores[i]);
}

std::vector<Reference<lang::XComponent>> openDocuments() {
    std::vector<Reference<lang::XComponent>> docs;
    Reference<container::XEnumerationAccess> comps(frame::Desktop::create(ctx())->getComponents(),
                                                   UNO_QUERY_THROW);
    Reference<container::XEnumeration> e = comps->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<lang::XComponent> c(e->nextElement(), UNO_QUERY);
        if (c.is()) docs.push_back(c);
    }
    return docs;
}

Reference<lang::XComponent> documentTitled(const std::string &title) {
    for (const auto &d : openDocuments()) {
        Reference<frame::XTitle> t(d, UNO_QUERY);
        if (t.is() && str(t->getTitle()) == title) return d;
    }
    return nullptr;
}

// The validate result without the findings of the extension's own sheets.
boost::json::array findingsOf(const Reference<lang::XComponent> &doc) {
    const auto report = parse(tools()->validate(doc, "{}"));
    return report.at("findings").as_array();
}

std::string codes(const boost::json::array &findings) {
    std::string s;
    for (const auto &f : findings)
        s += std::string(f.at("code").as_string().c_str()) + " ";
    return s;
}

} // namespace

TEST(Template, IsPackagedInTheInstalledExtension) {
    const std::string path = pathOf(installedTemplateUrl());
    ASSERT_TRUE(fs::exists(path)) << path;
    // an .ots is a zip whose first entry is the template's media type, stored uncompressed
    const std::string head = fileBytes(path).substr(0, 120);
    EXPECT_NE(head.find("application/vnd.oasis.opendocument.spreadsheet-template"), std::string::npos);
}

TEST(Template, OpensAsAnUntitledDocumentWithTheTenIndicators) {
    auto doc = newFromTemplate();
    EXPECT_TRUE(
        str(Reference<frame::XModel>(doc, UNO_QUERY_THROW)->getURL()).empty()); // a copy, not the .ots
    ASSERT_TRUE(hasSheet(doc, kSheet));
    EXPECT_TRUE(hasSheet(doc, "มาตรการ"));
    auto sh = ita::test::sheet(doc, kSheet);
    EXPECT_EQ(sh->getCellByPosition(kColC, kYearRow)->getValue(), 2568);
    EXPECT_EQ(cellText(sh, kColA, kFirstIndicatorRow - 1), "ตัวชี้วัดที่");
    EXPECT_EQ(cellText(sh, kColE, kFirstIndicatorRow - 1), "คะแนน");
    EXPECT_EQ(cellText(sh, kColF, kFirstIndicatorRow - 1), "คะแนนปีก่อน");
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(sh->getCellByPosition(kColA, kFirstIndicatorRow + i)->getValue(), i + 1);
        EXPECT_EQ(cellText(sh, kColB, kFirstIndicatorRow + i), kNames[i]);
        EXPECT_EQ(cellText(sh, kColD, kFirstIndicatorRow + i), kTools[i]);
        EXPECT_EQ(sh->getCellByPosition(kColE, kFirstIndicatorRow + i)->getType(),
                  table::CellContentType_EMPTY);
    }
    // nothing computed until the ten scores are in: no error values in an empty form
    EXPECT_EQ(cellText(sh, kColE, kTotalRow), "");
    EXPECT_EQ(cellText(sh, kColE, kRatingRow), "");
    closeDoc(doc);
}

// FY2567 (tool means, pass scheme): IIT (92.40+88.15+90.72+86.33+89.10)/5 = 89.34,
// EIT (87.25+85.90+86.48)/3 = 86.5433…, OIT (91.00+84.61)/2 = 87.805;
// total 0.3·89.34 + 0.3·86.5433… + 0.4·87.805 = 26.802 + 25.963 + 35.122 = 87.887 -> ผ่านดี
// (≥85 and every tool ≥85, but not all ≥95).
TEST(Template, FilledFy2567ComputesTotalRatingAndToolScores) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    const double scores[10] = {92.40, 88.15, 90.72, 86.33, 89.10, 87.25, 85.90, 86.48, 91.00, 84.61};
    fill(sh, 2567, scores);
    EXPECT_NEAR(sh->getCellByPosition(kColE, kTotalRow)->getValue(), 87.887, 1e-9);
    EXPECT_EQ(cellText(sh, kColE, kRatingRow), "ผ่านดี");
    EXPECT_NEAR(sh->getCellByPosition(kColE, kIitRow)->getValue(), 89.34, 1e-9);
    EXPECT_NEAR(sh->getCellByPosition(kColE, kIitRow + 1)->getValue(), 259.63 / 3, 1e-9);
    EXPECT_NEAR(sh->getCellByPosition(kColE, kIitRow + 2)->getValue(), 87.805, 1e-9);
    EXPECT_EQ(cellText(sh, kColE, kTotalRow), "87.89"); // printed with two decimals
    const auto findings = findingsOf(doc);
    EXPECT_TRUE(findings.empty()) << codes(findings);
    closeDoc(doc);
}

// FY2564 (0.06·IIT sum + 0.10·EIT sum + 0.20·OIT sum, letter scheme):
// 0.06·413.33 + 0.10·242.63 + 0.20·141.25 = 24.7998 + 24.263 + 28.25 = 77.3128 -> B.
TEST(Template, FilledFy2564ComputesTheLetterRating) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    const double scores[10] = {88.52, 75.31, 86.14, 80.27, 83.09, 84.66, 79.85, 78.12, 72.50, 68.75};
    fill(sh, 2564, scores);
    EXPECT_NEAR(sh->getCellByPosition(kColE, kTotalRow)->getValue(), 77.3128, 1e-9);
    EXPECT_EQ(cellText(sh, kColE, kRatingRow), "B");
    const auto findings = findingsOf(doc);
    EXPECT_TRUE(findings.empty()) << codes(findings);
    closeDoc(doc);
}

// Every tool at least 95 and the total at least 95 under FY2568: the top grade.
TEST(Template, FilledFy2568AllHighIsPassExcellent) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    const double scores[10] = {99.12, 98.40, 97.85, 99.50, 96.73, 98.20, 97.64, 96.88, 100.00, 98.75};
    fill(sh, 2568, scores);
    // IIT 98.32, EIT 97.5733…, OIT 99.375: 29.496 + 29.272 + 39.75 = 98.518
    EXPECT_NEAR(sh->getCellByPosition(kColE, kTotalRow)->getValue(), 98.518, 1e-9);
    EXPECT_EQ(cellText(sh, kColE, kRatingRow), "ผ่านดีเยี่ยม");
    const auto findings = findingsOf(doc);
    EXPECT_TRUE(findings.empty()) << codes(findings);
    closeDoc(doc);
}

// A half-filled form is not garbage: the missing scores are named, nothing else.
TEST(Template, EmptyScoresAreReportedAsMissing) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    sh->getCellByPosition(kColE, kFirstIndicatorRow)->setValue(90.5);
    const auto findings = findingsOf(doc);
    // one "score missing" (ITA018) per empty score, E16..E24, and nothing else
    ASSERT_EQ(findings.size(), 9u) << codes(findings);
    for (const auto &f : findings) {
        const std::string code = f.at("code").as_string().c_str();
        EXPECT_EQ(code, "ITA018") << f.at("message").as_string().c_str();
    }
    closeDoc(doc);
}

// A blank form is a form, not an error document: one warning for the table.
TEST(Template, BlankFormGivesOneWarning) {
    auto doc = newFromTemplate();
    const auto findings = findingsOf(doc);
    ASSERT_EQ(findings.size(), 1u) << codes(findings);
    EXPECT_EQ(std::string(findings[0].at("code").as_string().c_str()), "ITA019");
    EXPECT_EQ(std::string(findings[0].at("severity").as_string().c_str()), "warning");
    closeDoc(doc);
}

// How Calc 7.4 keeps an add-in call: by the add-in's service name and method,
// upper-cased, whatever the UI shows (ITA.TOTAL). The template is written in
// exactly this form, so a round trip leaves it as it is.
TEST(Template, AddInCallsAreStoredByProgrammaticName) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    EXPECT_EQ(str(sh->getCellByPosition(kColE, kTotalRow)->getFormula()),
              "=IF(COUNT(E15:E24)=10;ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL(E15:E24;C12);\"\")");
    // typed by its display name, as a clerk does
    sh->getCellByPosition(7, kTotalRow)->setFormula("=ITA.TOTAL(E15:E24;C12)");
    EXPECT_EQ(str(sh->getCellByPosition(7, kTotalRow)->getFormula()),
              "=ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL(E15:E24;C12)");
    const std::string out = outDir() + "/template-roundtrip.fods";
    fs::remove(out);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "FilterName";
    args[0].Value <<= ou("OpenDocument Spreadsheet Flat XML");
    Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(ou(ita::office::fileUrl(out)), args);
    const std::string xml = fileBytes(out);
    EXPECT_NE(xml.find("table:formula=\"of:=ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL([.E15:.E24];[.C12])\""),
              std::string::npos);
    EXPECT_NE(
        xml.find("of:=IF(COUNT([.E15:.E24])=10;ORG.ITATOOLS.CALCFUNCTIONS.ITARATING([.E25];[.C12];[.E27];[."
                 "E28];[.E29]);&quot;&quot;)"),
        std::string::npos);
    const std::string source = fileBytes(std::string(ITA_SOURCE_DIR) + "/templates/ita-score-sheet.fods");
    EXPECT_NE(
        source.find("of:=IF(COUNT([.E15:.E24])=10;ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL([.E15:.E24];[.C12]);"),
        std::string::npos);
    closeDoc(doc);
}

TEST(NewScoreSheet, DispatchWithAYearMakesAnUntitledSheetOfThatYear) {
    const std::string templatePath = pathOf(installedTemplateUrl());
    const std::string before = fileBytes(templatePath);
    auto host = newFromTemplate(); // any document gives the dispatcher a frame
    const std::string title = dispatch(host, "NewScoreSheet", R"({"fiscal_year": 2567})");
    ASSERT_FALSE(title.empty());
    auto doc = documentTitled(title);
    ASSERT_TRUE(doc.is()) << title;
    EXPECT_TRUE(str(Reference<frame::XModel>(doc, UNO_QUERY_THROW)->getURL()).empty());
    auto sh = ita::test::sheet(doc, kSheet);
    EXPECT_EQ(sh->getCellByPosition(kColC, kYearRow)->getValue(), 2567);
    EXPECT_EQ(cellText(sh, kColA, 1), "ประจำปีงบประมาณ พ.ศ. 2567"); // the heading follows the year cell
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(cellText(sh, kColB, kFirstIndicatorRow + i), kNames[i]);
    // filled, the new sheet computes under FY2567's framework
    const double scores[10] = {92.40, 88.15, 90.72, 86.33, 89.10, 87.25, 85.90, 86.48, 91.00, 84.61};
    for (int i = 0; i < 10; ++i)
        sh->getCellByPosition(kColE, kFirstIndicatorRow + i)->setValue(scores[i]);
    EXPECT_EQ(cellText(sh, kColE, kRatingRow), "ผ่านดี");
    closeDoc(doc);
    closeDoc(host);
    EXPECT_EQ(fileBytes(templatePath), before); // the template itself is never written
}

TEST(NewScoreSheet, AYearWithoutFrameworkIsRefusedAndOpensNothing) {
    auto host = newFromTemplate();
    const size_t open = openDocuments().size();
    try {
        dispatch(host, "NewScoreSheet", R"({"fiscal_year": 2599})");
        ADD_FAILURE() << "FY2599 has no framework: expected a refusal";
    } catch (const std::runtime_error &e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("2599"), std::string::npos) << what;
        EXPECT_NE(what.find("ไม่มีเกณฑ์การประเมิน"), std::string::npos) << what;
    }
    EXPECT_EQ(openDocuments().size(), open);
    closeDoc(host);
}

// ---- the fixtures give exactly the findings tests/fixtures/README.md promises, in every format ----

namespace {

struct Expected {
    std::string code;
    int indicator = 0;               // 0: not checked
    std::string expected, found;     // "": not checked
    std::vector<std::string> places; // each must be among the finding's locations ("D11", "p6")
};

std::string placeOf(const boost::json::object &loc) {
    if (loc.contains("cell")) return loc.at("cell").as_string().c_str();
    if (loc.contains("paragraph")) return "p" + std::to_string(loc.at("paragraph").as_int64());
    if (loc.contains("table"))
        return std::string(loc.at("table").as_string().c_str()) + ":" +
               std::to_string(loc.at("row").as_int64()) + "," + std::to_string(loc.at("column").as_int64());
    return "?";
}

std::string jsonText(const boost::json::value &v) {
    if (v.is_string()) return v.as_string().c_str();
    return "";
}

void expectFindings(const std::string &file, std::vector<Expected> want) {
    SCOPED_TRACE(file);
    auto doc = openCopy(builtFixture(file));
    const auto report = parse(tools()->validate(doc, "{}"));
    closeDoc(doc);
    auto findings = report.at("findings").as_array();
    ASSERT_EQ(findings.size(), want.size()) << codes(findings);
    for (const Expected &w : want) {
        auto it = std::find_if(findings.begin(), findings.end(), [&](const boost::json::value &f) {
            return f.at("code").as_string() == w.code.c_str();
        });
        ASSERT_NE(it, findings.end()) << "no " << w.code << " among " << codes(findings);
        const auto &f = it->as_object();
        if (w.indicator) {
            ASSERT_TRUE(f.at("indicator").is_int64()) << w.code;
            EXPECT_EQ(f.at("indicator").as_int64(), w.indicator) << w.code;
        }
        if (!w.expected.empty()) EXPECT_EQ(jsonText(f.at("expected")), w.expected) << w.code;
        if (!w.found.empty()) EXPECT_EQ(jsonText(f.at("found")), w.found) << w.code;
        std::vector<std::string> places;
        for (const auto &loc : f.at("locations").as_array())
            places.push_back(placeOf(loc.as_object()));
        for (const std::string &p : w.places)
            EXPECT_NE(std::find(places.begin(), places.end(), p), places.end()) << w.code << " lacks " << p;
        findings.erase(it);
    }
}

const char *const kSheetFormats[] = {".ods", ".xlsx"};
const char *const kTextFormats[] = {".odt", ".docx"};

} // namespace

TEST(Fixtures, CorrectSheetsHaveNoFinding) {
    for (const char *ext : kSheetFormats) {
        expectFindings(std::string("correct-fy2564") + ext, {});
        expectFindings(std::string("correct-fy2567-pass") + ext, {});
    }
}

TEST(Fixtures, EachPlantedErrorIsFoundAtItsCell) {
    for (const char *e : kSheetFormats) {
        const std::string ext = e;
        expectFindings("broken-score-text" + ext, {{"ITA003", 4, "", "8O.5", {"D11"}}});
        expectFindings("broken-total" + ext, {{"ITA006", 0, "77.31", "77.81", {"D18"}}});
        expectFindings("broken-rating" + ext, {{"ITA007", 0, "B", "A", {"D19"}}});
        expectFindings("aa-in-fy2568" + ext, {{"ITA008", 0, "ผ่านดีเยี่ยม", "AA", {"D19"}}});
        expectFindings("duplicate-indicator" + ext, {{"ITA002", 5, "", "", {"B12", "B13"}}});
        expectFindings("missing-indicator" + ext, {{"ITA001", 8, "", "", {}}});
        expectFindings("out-of-range" + ext, {{"ITA004", 6, "", "846.60", {"D13"}}});
        expectFindings("implausible-year" + ext, {{"ITA009", 0, "2565", "2656", {"B4"}}});
        // scores and total typed with their unit ("77.81 คะแนน"): the total was not read at all
        expectFindings("unit-total-fy2564" + ext, {{"ITA006", 0, "77.31", "77.81", {"D18"}}});
        // the total row labelled "ผลรวม": the wrong total went unread and the sheet was "ok"
        expectFindings("sum-label-fy2564" + ext, {{"ITA006", 0, "77.31", "77.81", {"D18"}}});
        // a name typed wrong: pointed at (it was "missing, add its score" at the header B7)
        expectFindings("name-typo-fy2564" + ext, {{"ITA001", 1, "", "การปฏิบัติหน้าทื่", {"B8"}}});
    }
}

TEST(Fixtures, FreeLayoutCopyErrorBetweenTablesAndMixedDigits) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("free-two-tables") + e,
                       {{"ITA010", 7, "", "", {"C14", "C28"}}, {"ITA014", 0, "", "", {}}});
}

TEST(Fixtures, SideBySideTablesAreReadAsTwoTables) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("free-side-by-side") + e,
                       {{"ITA010", 7, "", "", {"C11", "G12"}}, {"ITA014", 0, "", "", {}}});
}

TEST(Fixtures, MeasuresWithoutUnitOutsideTheYearAndAnUnaddressedIndicator) {
    for (const char *e : kSheetFormats)
        expectFindings(
            std::string("measures-fy2567") + e,
            {{"ITA020", 0, "", "", {"D5"}}, {"ITA021", 0, "", "", {"E6", "F6"}}, {"ITA022", 10, "", "", {}}});
}

TEST(Fixtures, ReportSentenceDisagreesWithItsTable) {
    for (const char *e : kTextFormats)
        expectFindings(std::string("report-fy2564") + e,
                       {{"ITA011", 1, "๘๘.๕๒", "๘๘.๒๕", {"p6"}}, {"ITA014", 0, "", "", {}}});
}

// The ranking split over two pages as Word leaves it (two tables, the header repeated):
// one table of ten, so no indicator is missing and no rank is wrong.
TEST(Fixtures, ATableSplitOverTwoPagesIsReadAsOne) {
    for (const char *e : kTextFormats)
        expectFindings(std::string("split-ranking-fy2564") + e, {{"ITA014", 0, "", "", {}}});
    expectFindings("split-ranking-fy2564.doc", {{"ITA014", 0, "", "", {}}});
}

// A memo with no table listing each indicator's score in its own paragraph: the list is the
// score table, so the total it states is recomputed (it was "could not be checked", ITA024,
// and indicator 1's figure was taken for an ordinal: "หน้าที่ ๘๘.๕๒").
TEST(Fixtures, AMemoListingEveryScoreHasItsTotalChecked) {
    for (const char *e : {".odt", ".docx", ".doc"})
        expectFindings(std::string("memo-figures-fy2564") + e, {{"ITA006", 0, "๗๗.๓๑", "๗๘.๓๑", {"p6"}}});
}

// Edited with Track Changes on: the deleted "๘๘.๒๕" and "68.41" are still in the document's
// text. Read with them, the summary said ๕๒.๐๐ (ITA011), the cell "68.4186.14" was no number
// (ITA003) and eight ranks were wrong (ITA012).
TEST(Fixtures, TrackedDeletionsAreNotRead) {
    for (const char *e : {".odt", ".docx", ".doc"})
        expectFindings(std::string("tracked-changes-fy2564") + e, {{"ITA014", 0, "", "", {}}});
}

// A score typed with a letter O in the ranking: ITA003 for it, and no ITA012 for the five
// rows below it (their ranks were judged as if the unread row were not there).
TEST(Fixtures, AnUnreadScoreInARankingLeavesTheRanksBelowAlone) {
    for (const char *e : kTextFormats)
        expectFindings(std::string("ranking-typo-fy2564") + e,
                       {{"ITA003", 4, "", "8O.27", {"Table1:6,3"}}, {"ITA014", 0, "", "", {}}});
}

// "IIT ได้ ๘๒.๖๗ คะแนน EIT ได้ ๘๐.๘๘ คะแนน และ OIT ได้ ๗๐.๖๓ คะแนน": the tools' scores, not three
// totals of the document (each was an ITA006 against 77.31).
TEST(Fixtures, ToolScoresInASentenceAreNoTotals) {
    for (const char *e : {".odt", ".docx", ".doc"})
        expectFindings(std::string("tool-sentence-fy2564") + e, {{"ITA014", 0, "", "", {}}});
}

// A detailed table (the ITAS report pasted in): each indicator's row followed by its
// sub-questions ("i8 การใช้งบประมาณอย่างคุ้มค่า", "1.1 …", "- แผนปฏิบัติการป้องกันการทุจริต") with
// their scores. Read as indicators they gave ITA001, ITA002, ITA005 and ITA010 and hid the
// wrong score of indicator 3; they are the indicator's, and the wrong score is found by the total.
TEST(Fixtures, SubQuestionRowsBelongToTheirIndicator) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("sub-questions-fy2564") + e, {});
    for (const char *e : {".odt", ".docx", ".doc"})
        expectFindings(
            std::string("sub-questions-wrong-fy2564") + e,
            {{"ITA006", 0, "76.23", "77.31", {"p3"}}, {"ITA006", 0, "76.23", "77.31", {"Table1:44,2"}}});
}

namespace {

boost::json::object validatedFixture(const std::string &file) {
    auto doc = openCopy(builtFixture(file));
    auto report = parse(tools()->validate(doc, "{}"));
    closeDoc(doc);
    return report.as_object();
}

} // namespace

TEST(Fixtures, PercentScoresAreReadAndNoScoreReadIsSaid) {
    for (const char *e : kSheetFormats) {
        const std::string ext = e;
        expectFindings("percent-scores-fy2564" + ext, {});
        const auto r = validatedFixture("percent-scores-fy2564" + ext);
        EXPECT_EQ(r.at("status").as_string(), "ok") << ext;
        ASSERT_TRUE(r.at("total").at("computed").is_double()) << ext;
        EXPECT_NEAR(r.at("total").at("computed").as_double(), 77.31, 0.005) << ext;
        EXPECT_EQ(r.at("rating").at("computed").as_string(), "B") << ext;
        expectFindings("unread-scores-fy2564" + ext, {{"ITA023", 0, "", "๘๘,๕๒", {"D8"}}});
    }
}

// Names shortened as clerks do in a narrow column ("ปฏิบัติหน้าที่", "การใช้ทรัพย์สินฯ"): all ten
// are read, so the total is recomputed (unread, the IIT/EIT/OIT cells beside them were taken
// for tool scores and the right total reported wrong, ITA026).
TEST(Fixtures, ShortenedIndicatorNamesAreRead) {
    for (const char *e : kSheetFormats) {
        const std::string ext = e;
        expectFindings("short-names-fy2564" + ext, {});
        const auto r = validatedFixture("short-names-fy2564" + ext);
        ASSERT_TRUE(r.at("total").at("computed").is_double()) << ext;
        EXPECT_NEAR(r.at("total").at("computed").as_double(), 77.31, 0.005) << ext;
    }
}

// "88.52%" typed in Calc or Excel: number cells formatted as percentages (values 0.8852 …,
// total 0.7731). Read as their values the total was 0.77 and its rating "should be F".
TEST(Fixtures, PercentFormattedCellsAreReadAsTheyShow) {
    for (const char *e : {".ods", ".xlsx", ".csv"}) {
        const std::string ext = e;
        expectFindings("percent-cells-fy2564" + ext, {});
        const auto r = validatedFixture("percent-cells-fy2564" + ext);
        ASSERT_TRUE(r.at("total").at("stated").is_double()) << ext;
        EXPECT_NEAR(r.at("total").at("stated").as_double(), 77.31, 0.005) << ext;
        EXPECT_EQ(r.at("rating").at("computed").as_string(), "B") << ext;
    }
}

TEST(Fixtures, AYearWithoutFrameworkIsAWarning) {
    for (const char *e : kSheetFormats) {
        const std::string ext = e;
        expectFindings("no-framework-fy2569" + ext, {{"ITA015", 0, "", "2569", {"B4"}}});
        const auto r = validatedFixture("no-framework-fy2569" + ext);
        EXPECT_EQ(r.at("findings").as_array().at(0).at("severity").as_string(), "warning") << ext;
        EXPECT_EQ(r.at("counts").at("errors").as_int64(), 0) << ext;
        EXPECT_EQ(r.at("fiscal_year").as_int64(), 2569) << ext;
    }
}

TEST(Fixtures, AMeasuresTableIsNeverAScoreTable) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("measures-template-fy2567") + e,
                       {{"ITA025", 11, "", "๑๑", {"B6"}}, {"ITA021", 0, "", "", {"F6", "E6"}}});
}

TEST(Fixtures, ToolScoresOnlyAreRecomputedAndTheirRatingJudged) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("tools-only-fy2567") + e, {{"ITA027", 0, "ผ่าน", "ผ่านดี", {"B7", "B3"}}});
    for (const char *e : kTextFormats)
        expectFindings(std::string("tools-only-fy2567") + e, {{"ITA027", 0, "ผ่าน", "ผ่านดี", {"p2"}}});
}

TEST(Fixtures, AProvincialSummaryIsCheckedRowByRow) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("province-fy2567") + e,
                       {{"ITA030", 0, "92.33", "93.23", {"G8"}},
                        {"ITA031", 0, "ผ่าน", "ผ่านดี", {"H12"}},
                        {"ITA032", 0, "", "อบต.หนองกี่", {"B17", "B6"}},
                        {"ITA033", 0, "", "", {"E21"}}});
    for (const char *e : kTextFormats)
        expectFindings(std::string("province-fy2564") + e,
                       {{"ITA030", 0, "๖๙.๓๓", "๖๙.๘๓", {"Table1:5,13"}},
                        {"ITA031", 0, "A", "B", {"Table1:9,14"}},
                        {"ITA032", 0, "", "เทศบาลเมืองสุรินทร์", {"Table1:13,2", "Table1:3,2"}},
                        {"ITA033", 7, "", "", {"Table1:17,9"}}});
}

// Issue 11 item 2, a province's own layouts: districts with headings, averages and blank rows
// between them, a two-row header, a pending agency, a counts table below; a Writer table with
// the tools merged over the indicators' numbers, split over two pages (the second part without
// a header).
TEST(Fixtures, AProvincialSummaryByDistrictAndASplitTableAreCheckedRowByRow) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("province-districts-fy2567") + e,
                       {{"ITA030", 0, "77.78", "78.77", {"G14"}},
                        {"ITA031", 0, "ผ่าน", "ผ่านดี", {"H18"}},
                        {"ITA032", 0, "", "ทต นางรอง", {"B19", "B12"}},
                        {"ITA033", 0, "", "รอผล", {"D20"}}});
    for (const char *e : kTextFormats)
        expectFindings(std::string("province-split-fy2564") + e,
                       {{"ITA030", 0, "๙๔.๖๙", "๙๔.๙๖", {"Table2:5,13"}},
                        {"ITA032", 0, "", "ทม.สุรินทร์", {"Table2:4,2", "Table1:4,2"}}});
}

TEST(Fixtures, ChangeClaimsAreJudgedOnTheYearsDifference) {
    for (const char *e : kTextFormats)
        expectFindings(std::string("change-claims-fy2566") + e,
                       {{"ITA028", 9, "การใช้ทรัพย์สินของราชการ", "การเปิดเผยข้อมูล", {"p3"}},
                        {"ITA029", 10, "+๑.๐๐", "+๒.๕๐", {"p4"}}});
}

// Issue 10 item 3: a FY2566 plan whose analysis reports the FY2565 assessment holds FY2565's
// scores; its measures are dated in FY2566. The Writer plan states the year with its score,
// the sheet only in a heading (so the assumption is said, ITA034).
TEST(Fixtures, APlanReportingLastYearsAssessmentIsJudgedByThatYear) {
    for (const char *e : kTextFormats) {
        const std::string ext = e;
        expectFindings("assessed-year-fy2566" + ext, {});
        const auto r = validatedFixture("assessed-year-fy2566" + ext);
        EXPECT_EQ(r.at("fiscal_year").as_int64(), 2565) << ext;
        EXPECT_EQ(r.at("document_year").as_int64(), 2566) << ext;
        EXPECT_EQ(r.at("rating").at("computed").as_string(), "B") << ext;
    }
    for (const char *e : kSheetFormats) {
        const std::string ext = e;
        expectFindings("assessed-year-fy2566" + ext, {{"ITA034", 0, "2566", "2565", {"A4"}}});
        const auto r = validatedFixture("assessed-year-fy2566" + ext);
        EXPECT_EQ(r.at("fiscal_year").as_int64(), 2565) << ext;
        EXPECT_EQ(r.at("document_year").as_int64(), 2566) << ext;
        EXPECT_EQ(r.at("findings").as_array().at(0).at("severity").as_string(), "warning") << ext;
    }
}

// Issue 10 item 4: "คะแนน" merged over "ปี ๒๕๖๕ | ปี ๒๕๖๖", the other header cells merged over
// both rows. In Writer the header row has fewer cells than the others; the tools column stands
// after the two years (read in the wrong place it would give ITA005 on every row).
TEST(Fixtures, TwoRowHeadersAreReadByTheirYears) {
    for (const char *e : kTextFormats)
        expectFindings(std::string("two-row-header-fy2566") + e,
                       {{"ITA006", 0, "๙๑.๐๒", "๙๑.๒๐", {"Table1:13,4"}}});
    for (const char *e : kSheetFormats)
        expectFindings(std::string("two-row-header-fy2566") + e, {{"ITA007", 0, "ผ่านดี", "ผ่าน", {"D17"}}});
}

// A weights column beside the scores (and one in a tool table): the 100 the total row sums
// the weights to was taken for the total (ITA006 found 100.00), a wrong total beside it unseen.
TEST(Fixtures, AWeightsColumnsSumIsNoTotal) {
    for (const char *e : kSheetFormats) {
        const std::string ext = e;
        expectFindings("weights-column-fy2564" + ext, {{"ITA006", 0, "77.31", "77.81", {"F16"}}});
        expectFindings("tool-weights-fy2566" + ext, {});
    }
}

// "ตัวชี้วัด" merged over the numbers' and the names' columns: the names stand one column right
// of that header, and the scores were looked for one column right of "คะแนน" (ITA019, no
// scores, nothing computed).
TEST(Fixtures, ANameHeaderMergedOverTwoColumns) {
    for (const char *e : {".ods", ".xlsx", ".odt", ".docx"}) {
        const std::string file = std::string("merged-name-header-fy2566") + e;
        expectFindings(file, {});
        const auto r = validatedFixture(file);
        ASSERT_TRUE(r.at("total").at("computed").is_double()) << file;
        EXPECT_NEAR(r.at("total").at("computed").as_double(), 83.21, 0.005) << file;
    }
}

// A ranking split by hand into two Word tables, the second without the header: one ranking of
// ten (read apart, every indicator was "missing" from one table or the other, ten ITA001).
TEST(Fixtures, TheRestOfATableWithoutItsHeaderIsTheSameTable) {
    for (const char *e : {".odt", ".docx", ".doc"})
        expectFindings(std::string("split-no-header-fy2564") + e, {});
}

// Scores before the names ("คะแนน | ตัวชี้วัด"): the total and the rating stand in the score
// column, left of their labels, and went unread (a wrong total and rating were "ถูกต้อง").
TEST(Fixtures, TheTotalAndRatingLeftOfTheirLabels) {
    for (const char *e : kSheetFormats)
        expectFindings(std::string("scores-first-fy2564") + e,
                       {{"ITA006", 0, "77.31", "78.31", {"A14"}}, {"ITA007", 0, "B", "A", {"A15"}}});
}

// A tool score copied wrong in the tool table of a report whose indicator table is right.
TEST(Fixtures, AToolScoreThatIsNotItsIndicatorsMean) {
    for (const char *e : {".odt", ".docx", ".doc"})
        expectFindings(std::string("tool-score-copy-fy2567") + e,
                       {{"ITA035", 0, "89.34", "83.94", {"Table1:2,2"}}});
}

// Issue 10 item 6: Word 97-2003 (.doc, made from the flat sources) and CSV (a province's export:
// the first sheet, UTF-8, comma separated) give the findings of their sources.
TEST(Fixtures, Word97AndCsvGiveTheFindingsOfTheirSources) {
    expectFindings("report-fy2564.doc", {{"ITA011", 1, "๘๘.๕๒", "๘๘.๒๕", {"p6"}}, {"ITA014", 0, "", "", {}}});
    expectFindings("tools-only-fy2567.doc", {{"ITA027", 0, "ผ่าน", "ผ่านดี", {"p2"}}});
    expectFindings("two-row-header-fy2566.doc", {{"ITA006", 0, "๙๑.๐๒", "๙๑.๒๐", {"Table1:13,4"}}});
    expectFindings("assessed-year-fy2566.doc", {});
    expectFindings("correct-fy2564.csv", {});
    expectFindings("broken-total.csv", {{"ITA006", 0, "77.31", "77.81", {"D18"}}});
    expectFindings("province-fy2567.csv", {{"ITA030", 0, "92.33", "93.23", {"G8"}},
                                           {"ITA031", 0, "ผ่าน", "ผ่านดี", {"H12"}},
                                           {"ITA032", 0, "", "อบต.หนองกี่", {"B17", "B6"}},
                                           {"ITA033", 0, "", "", {"E21"}}});
}

// A CSV as exported on a clerk's Windows PC: a byte-order mark, CRLF, quoted fields holding
// commas and doubled quotes, Thai digits. Opened as the clerk opens it (UTF-8, comma, quotes)
// and checked with the menu command.
TEST(Fixtures, ACsvWithABomAndThaiDigitsReadsRightThroughTheMenu) {
    auto doc = openCopy(fixture("correct-fy2564-bom.csv"));
    Reference<container::XIndexAccess> sheets(
        Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW);
    Reference<sheet::XSpreadsheet> sh(sheets->getByIndex(0), UNO_QUERY_THROW);
    // the BOM is no character of A1, the quoted comma stays in its cell, Thai digits stay text
    EXPECT_EQ(cellText(sh, kColA, 0).rfind("ผลการประเมินคุณธรรม", 0), 0u) << cellText(sh, kColA, 0);
    EXPECT_NE(cellText(sh, kColA, 0).find("(ITA), ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"), std::string::npos);
    EXPECT_EQ(cellText(sh, kColB, 0), "");
    EXPECT_EQ(cellText(sh, kColD, 7), "๘๘.๕๒");
    EXPECT_EQ(cellText(sh, kColA, 19), "หมายเหตุ: คะแนนจากระบบ \"ITAS\" ของ สำนักงาน ป.ป.ช.");
    const auto report = parse(rtl::OUString::fromUtf8(dispatch(doc, "Validate").c_str())).as_object();
    closeDoc(doc);
    EXPECT_EQ(report.at("status").as_string(), "ok") << codes(report.at("findings").as_array());
    EXPECT_EQ(report.at("fiscal_year").as_int64(), 2564);
    ASSERT_TRUE(report.at("total").at("computed").is_double());
    EXPECT_NEAR(report.at("total").at("computed").as_double(), 77.31, 0.005);
    EXPECT_EQ(report.at("rating").at("computed").as_string(), "B");
}

// The same Word 97-2003 document through the menu command, as in Writer.
TEST(Fixtures, AWord97DocumentIsCheckedThroughTheMenu) {
    auto doc = openCopy(builtFixture("assessed-year-fy2566.doc"));
    const auto report = parse(rtl::OUString::fromUtf8(dispatch(doc, "Validate").c_str())).as_object();
    closeDoc(doc);
    EXPECT_EQ(report.at("status").as_string(), "ok") << codes(report.at("findings").as_array());
    EXPECT_EQ(report.at("fiscal_year").as_int64(), 2565);
    EXPECT_EQ(report.at("document_year").as_int64(), 2566);
}

namespace {

// A made-up future framework that differs from FY2568: indicator 4 renamed,
// indicator 5 moved to EIT, an eleventh indicator under OIT.
std::string writeChangedFramework() {
    auto fw =
        boost::json::parse(fileBytes(std::string(ITA_SOURCE_DIR) + "/frameworks/fy2568.json")).as_object();
    fw["fiscal_year"] = 2599;
    auto &inds = fw["indicators"].as_array();
    inds[3].as_object()["name_th"] = "การใช้ทรัพย์สินของรัฐ";
    inds[3].as_object()["aliases"] = boost::json::array();
    boost::json::object eleventh;
    eleventh["number"] = 11;
    eleventh["name_th"] = "การบริหารความเสี่ยงการทุจริต";
    eleventh["name_en"] = "Corruption risk management";
    eleventh["aliases"] = boost::json::array();
    inds.push_back(eleventh);
    for (auto &t : fw["tools"].as_array()) {
        auto &tool = t.as_object();
        const std::string code = tool["code"].as_string().c_str();
        if (code == "IIT") tool["indicators"] = boost::json::array{1, 2, 3, 4};
        if (code == "EIT") tool["indicators"] = boost::json::array{5, 6, 7, 8};
        if (code == "OIT") tool["indicators"] = boost::json::array{9, 10, 11};
    }
    const std::string dir = outDir() + "/fw2599";
    fs::create_directories(dir);
    std::ofstream(dir + "/fy2599.json") << boost::json::serialize(fw);
    return dir;
}

int currentFiscalYearBE() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return (local.tm_mon >= 9 ? local.tm_year + 1901 : local.tm_year + 1900) + 543;
}

} // namespace

TEST(NewScoreSheet, RowsFollowAFrameworkThatDiffers) {
    const std::string dir = writeChangedFramework();
    auto host = newFromTemplate();
    const std::string title =
        dispatch(host, "NewScoreSheet", R"({"fiscal_year": 2599, "frameworks": ")" + dir + R"("})");
    auto doc = documentTitled(title);
    ASSERT_TRUE(doc.is()) << title;
    auto sh = ita::test::sheet(doc, kSheet);
    EXPECT_EQ(sh->getCellByPosition(kColC, kYearRow)->getValue(), 2599);
    EXPECT_EQ(cellText(sh, kColB, kFirstIndicatorRow + 3), "การใช้ทรัพย์สินของรัฐ");
    EXPECT_EQ(cellText(sh, kColD, kFirstIndicatorRow + 3), "IIT");
    EXPECT_EQ(cellText(sh, kColD, kFirstIndicatorRow + 4), "EIT");
    EXPECT_EQ(cellText(sh, kColB, kFirstIndicatorRow + 9), "การป้องกันการทุจริต");
    EXPECT_EQ(sh->getCellByPosition(kColA, kFirstIndicatorRow + 10)->getValue(), 11);
    EXPECT_EQ(cellText(sh, kColB, kFirstIndicatorRow + 10), "การบริหารความเสี่ยงการทุจริต");
    EXPECT_EQ(cellText(sh, kColD, kFirstIndicatorRow + 10), "OIT");
    // the added row looks like the others: the name spans B:C, the score cell keeps its 0.00 format
    EXPECT_TRUE(Reference<util::XMergeable>(
                    sh->getCellRangeByPosition(kColB, kFirstIndicatorRow + 9, kColC, kFirstIndicatorRow + 9),
                    UNO_QUERY_THROW)
                    ->getIsMerged());
    sal_Int32 fmtAdded = 0, fmtFirst = 0;
    Reference<beans::XPropertySet>(sh->getCellByPosition(kColE, kFirstIndicatorRow + 9), UNO_QUERY_THROW)
        ->getPropertyValue("NumberFormat") >>= fmtAdded;
    Reference<beans::XPropertySet>(sh->getCellByPosition(kColE, kFirstIndicatorRow), UNO_QUERY_THROW)
        ->getPropertyValue("NumberFormat") >>= fmtFirst;
    EXPECT_EQ(fmtAdded, fmtFirst);
    // the total moved down one row and counts eleven scores over the stretched range
    EXPECT_EQ(cellText(sh, kColD, kTotalRow + 1), "คะแนนรวม");
    EXPECT_EQ(str(sh->getCellByPosition(kColE, kTotalRow + 1)->getFormula()),
              "=IF(COUNT(E15:E25)=11;ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL(E15:E25;C12);\"\")");
    closeDoc(doc);
    closeDoc(host);
}

TEST(NewScoreSheet, RowsShrinkToAFrameworkWithFewerIndicators) {
    auto fw =
        boost::json::parse(fileBytes(std::string(ITA_SOURCE_DIR) + "/frameworks/fy2568.json")).as_object();
    fw["fiscal_year"] = 2598;
    fw["indicators"].as_array().pop_back(); // no indicator 10
    for (auto &t : fw["tools"].as_array())
        if (t.as_object()["code"].as_string() == "OIT") t.as_object()["indicators"] = boost::json::array{9};
    const std::string dir = outDir() + "/fw2598";
    fs::create_directories(dir);
    std::ofstream(dir + "/fy2598.json") << boost::json::serialize(fw);
    auto host = newFromTemplate();
    auto doc = documentTitled(
        dispatch(host, "NewScoreSheet", R"({"fiscal_year": 2598, "frameworks": ")" + dir + R"("})"));
    ASSERT_TRUE(doc.is());
    auto sh = ita::test::sheet(doc, kSheet);
    EXPECT_EQ(cellText(sh, kColB, kFirstIndicatorRow + 8), "การเปิดเผยข้อมูล");
    EXPECT_EQ(cellText(sh, kColD, kTotalRow - 1), "คะแนนรวม");
    EXPECT_EQ(str(sh->getCellByPosition(kColE, kTotalRow - 1)->getFormula()),
              "=IF(COUNT(E15:E23)=9;ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL(E15:E23;C12);\"\")");
    closeDoc(doc);
    closeDoc(host);
}

TEST(NewScoreSheet, SilentWithoutAYearTakesTheCurrentFiscalYear) {
    const int year = currentFiscalYearBE(); // 1 October starts the next fiscal year
    const auto years = parse(tools()->frameworks("{}")).at("years").as_array();
    const bool known = std::find(years.begin(), years.end(), boost::json::value(year)) != years.end();
    auto host = newFromTemplate();
    if (known) {
        auto doc = documentTitled(dispatch(host, "NewScoreSheet", "{}"));
        ASSERT_TRUE(doc.is());
        EXPECT_EQ(ita::test::sheet(doc, kSheet)->getCellByPosition(kColC, kYearRow)->getValue(), year);
        closeDoc(doc);
    } else {
        // a clock past the last framework: refused, naming the year
        try {
            dispatch(host, "NewScoreSheet", "{}");
            ADD_FAILURE() << "FY" << year << " has no framework";
        } catch (const std::runtime_error &e) {
            EXPECT_NE(std::string(e.what()).find(std::to_string(year)), std::string::npos) << e.what();
        }
    }
    closeDoc(host);
}

// ---- the signers and the reporting period: labelled cells below the form, nothing moved ----

namespace {

// Rows 37-44 (0-based 36-43): a heading, then label in A and value in C:F, as in the agency block.
constexpr sal_Int32 kSignersHeadingRow = 36;
const char *const kSignerLabels[] = {"ชื่อผู้รายงาน", "ตำแหน่งผู้รายงาน", "ชื่อปลัด",       "ตำแหน่งปลัด",
                                     "ชื่อผู้บริหาร",  "เรียน",          "รอบการรายงาน"};

} // namespace

TEST(Template, SignersAndPeriodAreLabelledCellsBelowTheForm) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    // the agency block is where it was (the executive's position stays in row 11)
    EXPECT_EQ(cellText(sh, kColA, 3), "หน่วยงาน");
    EXPECT_EQ(cellText(sh, kColA, 10), "ตำแหน่งผู้บริหาร");
    EXPECT_EQ(cellText(sh, kColC, 34), "ตำแหน่ง..................................");
    EXPECT_NE(cellText(sh, kColA, kSignersHeadingRow).find("ผู้ลงนาม"), std::string::npos);
    for (int i = 0; i < 7; ++i) {
        const sal_Int32 row = kSignersHeadingRow + 1 + i;
        EXPECT_EQ(cellText(sh, kColA, row), kSignerLabels[i]) << row + 1;
        EXPECT_EQ(sh->getCellByPosition(kColC, row)->getType(), table::CellContentType_EMPTY) << row + 1;
        EXPECT_TRUE(
            Reference<util::XMergeable>(sh->getCellRangeByPosition(kColC, row, kColF, row), UNO_QUERY_THROW)
                ->getIsMerged())
            << row + 1;
    }
    closeDoc(doc);
}

// A sheet filled the way a clerk fills it for a six-month report still validates clean:
// names, positions and the period are not read as scores, years or agencies.
TEST(Template, FilledSignersAndPeriodGiveNoFinding) {
    auto doc = newFromTemplate();
    auto sh = ita::test::sheet(doc, kSheet);
    const double scores[10] = {92.40, 88.15, 90.72, 86.33, 89.10, 87.25, 85.90, 86.48, 91.00, 84.61};
    fill(sh, 2567, scores);
    auto setText = [&](sal_Int32 col, sal_Int32 row, const char *t) {
        Reference<text::XTextRange>(sh->getCellByPosition(col, row), UNO_QUERY_THROW)->setString(ou(t));
    };
    setText(kColC, 3, "องค์การบริหารส่วนตำบลโคกสำโรง");
    setText(kColC, 10, "นายกองค์การบริหารส่วนตำบลโคกสำโรง");
    const char *const values[] = {"นายสายลม ทุมนาราช",
                                  "นิติกรชำนาญการ",
                                  "นายวันชัย สนธิสัญญา",
                                  "ปลัดองค์การบริหารส่วนตำบลโคกสำโรง",
                                  "นางกิติพร แต่งชุ่ม",
                                  "นายกองค์การบริหารส่วนตำบลโคกสำโรง",
                                  "6 เดือน"};
    for (int i = 0; i < 7; ++i)
        setText(kColC, kSignersHeadingRow + 1 + i, values[i]);
    EXPECT_EQ(cellText(sh, kColE, kRatingRow), "ผ่านดี");
    const auto findings = findingsOf(doc);
    EXPECT_TRUE(findings.empty()) << codes(findings);
    closeDoc(doc);
}

// ---- the five Writer templates (templates/*.fodt -> .ott in the .oxt) ----

namespace {

struct WriterTemplate {
    const char *file;
    const char *firstText;   // the document's heading
    const char *placeholder; // one placeholder the template must carry
    bool landscape;
};

const WriterTemplate kWriterTemplates[] = {
    {"ita-memo.ott", "บันทึกข้อความ", "{{ชื่อผู้รายงาน}}", false},
    {"ita-analysis.ott", "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", "{{#ทุก ตัวชี้วัดเรียงตามคะแนน}}",
     false},
    {"ita-measures.ott", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "{{#ทุก มาตรการ}}", true},
    {"ita-report.ott", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "{{ช่วงรายงาน}}",
     true},
    {"ita-plan.ott", "แนวทางการพัฒนาองค์กรที่เกี่ยวข้องกับการประเมินคุณธรรมและความโปร่งใส", "{{#ทุก เครื่องมือ}}", false},
};

template <typename T> T prop(const Reference<uno::XInterface> &obj, const char *name) {
    T v{};
    Reference<beans::XPropertySet>(obj, UNO_QUERY_THROW)->getPropertyValue(ou(name)) >>= v;
    return v;
}

Reference<beans::XPropertySet> styleOf(const Reference<lang::XComponent> &doc, const char *family,
                                       const char *name) {
    Reference<style::XStyleFamiliesSupplier> fams(doc, UNO_QUERY_THROW);
    Reference<container::XNameAccess> fam(fams->getStyleFamilies()->getByName(ou(family)), UNO_QUERY_THROW);
    return Reference<beans::XPropertySet>(fam->getByName(ou(name)), UNO_QUERY_THROW);
}

} // namespace

TEST(WriterTemplates, ArePackagedAsTextTemplates) {
    for (const auto &t : kWriterTemplates) {
        const std::string path = pathOf(installedTemplateUrl(t.file));
        ASSERT_TRUE(fs::exists(path)) << path;
        const std::string head = fileBytes(path).substr(0, 120);
        EXPECT_NE(head.find("application/vnd.oasis.opendocument.text-template"), std::string::npos) << t.file;
    }
}

// The official layout as the office reads it: A4, margins 3/2 cm (portrait), no page number on
// page one and "- ๒ -" from page two, TH SarabunPSK 16 pt body with a 2.5 cm first-line indent.
TEST(WriterTemplates, OpenUntitledWithTheOfficialLayout) {
    for (const auto &t : kWriterTemplates) {
        SCOPED_TRACE(t.file);
        auto doc = newFromTemplate(t.file);
        EXPECT_TRUE(str(Reference<frame::XModel>(doc, UNO_QUERY_THROW)->getURL()).empty());
        Reference<text::XTextDocument> text(doc, UNO_QUERY_THROW);
        const std::string all = str(text->getText()->getString());
        EXPECT_EQ(all.rfind(t.firstText, 0), 0u) << all.substr(0, 200);
        // placeholders in table cells are not in the body text: look in the whole document
        const std::string out = outDir() + "/" + std::string(t.file) + ".fodt";
        fs::remove(out);
        uno::Sequence<beans::PropertyValue> args(1);
        args[0].Name = "FilterName";
        args[0].Value <<= ou("OpenDocument Text Flat XML");
        Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(ou(ita::office::fileUrl(out)), args);
        const std::string xml = fileBytes(out);
        EXPECT_NE(xml.find(t.placeholder), std::string::npos);
        EXPECT_NE(xml.find("style:num-format=\"Native Numbering\""), std::string::npos); // Thai page digits

        auto first = styleOf(doc, "PageStyles", "First Page");
        auto next = styleOf(doc, "PageStyles", "Standard");
        EXPECT_FALSE(prop<bool>(first, "HeaderIsOn"));
        EXPECT_TRUE(prop<bool>(next, "HeaderIsOn"));
        EXPECT_EQ(str(prop<rtl::OUString>(first, "FollowStyle")), "Standard");
        const sal_Int32 w = prop<sal_Int32>(first, "Width"), h = prop<sal_Int32>(first, "Height");
        EXPECT_NEAR(t.landscape ? h : w, 21000, 2); // cm -> twips -> 1/100 mm
        EXPECT_NEAR(t.landscape ? w : h, 29700, 2);
        if (!t.landscape) {
            EXPECT_NEAR(prop<sal_Int32>(first, "LeftMargin"), 3000, 2);
            EXPECT_NEAR(prop<sal_Int32>(first, "RightMargin"), 2000, 2);
        }
        auto body = styleOf(doc, "ParagraphStyles", "ITA Body");
        EXPECT_NEAR(prop<sal_Int32>(body, "ParaFirstLineIndent"), 2500, 2);
        EXPECT_EQ(str(prop<rtl::OUString>(body, "CharFontNameComplex")), "TH SarabunPSK");
        EXPECT_FLOAT_EQ(prop<float>(body, "CharHeightComplex"), 16.0f);
        closeDoc(doc);
    }
}

TEST(WriterTemplates, MemoHasTheEmblemFrameTheLabelsAndThreeSignatures) {
    auto doc = newFromTemplate("ita-memo.ott");
    Reference<text::XTextFramesSupplier> frames(doc, UNO_QUERY_THROW);
    ASSERT_TRUE(frames->getTextFrames()->hasByName(ou("ตราครุฑ")));
    Reference<uno::XInterface> frame(frames->getTextFrames()->getByName(ou("ตราครุฑ")), UNO_QUERY_THROW);
    EXPECT_NEAR(prop<sal_Int32>(frame, "Height"), 1500, 2); // 1.5 cm, and no picture shipped
    EXPECT_TRUE(str(Reference<text::XTextRange>(frame, UNO_QUERY_THROW)->getString()).empty());
    auto title = styleOf(doc, "ParagraphStyles", "ITA Memo Title");
    EXPECT_FLOAT_EQ(prop<float>(title, "CharHeightComplex"), 29.0f);
    auto labelStyle = styleOf(doc, "CharacterStyles", "ITA Label");
    EXPECT_FLOAT_EQ(prop<float>(labelStyle, "CharHeightComplex"), 20.0f);
    const std::string all = str(Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText()->getString());
    for (const char *s : {"ส่วนราชการ", "วันที่", "เรื่อง", "เรียน {{เรียน}}", "({{ชื่อผู้รายงาน}})", "({{ชื่อปลัด}})",
                          "({{ชื่อผู้บริหาร}})", "ความเห็นของ{{ตำแหน่งปลัด}}", "ความเห็นของ{{ตำแหน่งผู้บริหาร}}"})
        EXPECT_NE(all.find(s), std::string::npos) << s;
    closeDoc(doc);
}
