// The fill engine on small ODT, flat ODT and DOCX packages made here.
#include "core/fill/fill_template.hpp"
#include "core/fill/xml_tokens.hpp"
#include "core/fill/zip.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>

using namespace ita;
using namespace ita::fill;

namespace {

const char *kOdfNs = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                     "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                     "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                     "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";

std::string content(const std::string &body) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content ") + kOdfNs +
           "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
}

std::string odt(const std::string &body, const std::string &footer = "", bool ott = false) {
    ZipWriter w;
    const std::string type =
        ott ? "application/vnd.oasis.opendocument.text-template" : "application/vnd.oasis.opendocument.text";
    w.addStored("mimetype", type);
    w.addDeflated("content.xml", content(body));
    w.addDeflated("styles.xml",
                  std::string("<?xml version=\"1.0\"?><office:document-styles ") + kOdfNs +
                      "><office:master-styles><style:master-page style:name=\"Standard\"><style:footer>" +
                      footer +
                      "</style:footer></style:master-page></office:master-styles>"
                      "</office:document-styles>");
    w.addDeflated(
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\"?><manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
        "manifest:full-path=\"/\" manifest:media-type=\"" +
            type + "\"/></manifest:manifest>");
    return w.finish();
}

std::string docx(const std::string &body) {
    ZipWriter w;
    w.addDeflated(
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>");
    w.addDeflated("word/document.xml",
                  "<?xml version=\"1.0\"?><w:document "
                  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  "<w:body>" +
                      body + "</w:body></w:document>");
    return w.finish();
}

std::string part(const std::string &package, const std::string &name) {
    ZipReader z(package);
    const ZipEntry *e = z.find(name);
    return e ? z.read(*e) : "<no " + name + ">";
}

// The visible text: paragraphs separated by '|', tags removed.
std::string text(const std::string &xml) {
    std::string s = std::regex_replace(xml, std::regex("</(text:p|text:h|w:p)>"), "|");
    s = std::regex_replace(s, std::regex("<[^>]*>"), "");
    return s;
}

FillRecord indicator(int n, const std::string &name, double score, int rank, bool below) {
    FillRecord r;
    r.fields["number"] = FillValue::ofNumber(n, 0);
    r.fields["name"] = FillValue::ofText(name);
    r.fields["score"] = FillValue::ofNumber(score, 2);
    r.fields["rank"] = FillValue::ofNumber(rank, 0);
    r.conditions["below_target"] = below;
    return r;
}

FillData data(bool thai = true) {
    FillData d;
    d.thaiDigits = thai;
    FillRecord &r = d.root;
    r.fields["agency"] = FillValue::ofText("องค์การบริหารส่วนตำบลโคกสำโรง");
    r.fields["total"] = FillValue::ofNumber(87.555, 2);
    r.fields["change"] = FillValue::ofNumber(-0.5, 2);
    r.fields["fiscal_year"] = FillValue::ofNumber(2568, 0);
    r.fields["date"] = FillValue::ofDate({2025, 4, 8});
    r.fields["rating"] = FillValue::ofText("ผ่าน");
    r.fields["letter_number"] = FillValue::ofText("");
    r.fields["reference"] = FillValue::ofText("ลป 75201/-");
    r.fields["summary"] = FillValue::ofText("a < b & \"c\"");
    r.conditions["six_month"] = true;
    r.conditions["below_target"] = false;
    r.lists["ranked"] = {indicator(9, "การเปิดเผยข้อมูล", 100, 1, false),
                         indicator(1, "การปฏิบัติหน้าที่", 90.5, 2, false),
                         indicator(10, "การป้องกันการทุจริต", 75, 3, true)};
    r.lists["below_target"] = {indicator(10, "การป้องกันการทุจริต", 75, 3, true)};
    r.lists["measures"] = {};
    for (size_t i = 0; i < r.lists["ranked"].size(); ++i)
        r.lists["ranked"][i].fields["index"] = FillValue::ofNumber(static_cast<double>(i + 1), 0);
    return d;
}

std::string fillOdt(const std::string &body, const FillData &d = data()) {
    return text(part(FillTemplate::load(odt(body)).fill(d), "content.xml"));
}

std::string errorOf(const std::string &package) {
    try {
        FillTemplate::load(package);
    } catch (const TemplateError &e) {
        return e.what();
    }
    return "<no error>";
}

} // namespace

TEST(FillTemplate, FieldSplitOverSpansKeepsTheFirstSpansFormatting) {
    const std::string body = "<text:p>คะแนนรวม <text:span text:style-name=\"B\">{{คะแนน</text:span>"
                             "<text:span text:style-name=\"I\">รวม}}</text:span> คะแนน</text:p>";
    const std::string out = part(FillTemplate::load(odt(body)).fill(data()), "content.xml");
    EXPECT_NE(out.find("<text:span text:style-name=\"B\">๘๗.๕๖</text:span><text:span "
                       "text:style-name=\"I\"></text:span>"),
              std::string::npos)
        << out;
    EXPECT_EQ(text(out), "คะแนนรวม ๘๗.๕๖ คะแนน|");
}

TEST(FillTemplate, DocxFieldSplitOverRunsWithProofingMarksAndBookmarks) {
    const std::string body =
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ได้ {</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
        "<w:r><w:t>{total</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:rPr><w:i/></w:rPr>"
        "<w:t>:arabic}} คะแนน</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>";
    const std::string out = part(FillTemplate::load(docx(body)).fill(data()), "word/document.xml");
    EXPECT_NE(out.find("<w:b/></w:rPr><w:t xml:space=\"preserve\">ได้ 87.56</w:t>"), std::string::npos) << out;
    EXPECT_EQ(text(out), "ได้ 87.56 คะแนน|");
}

TEST(FillTemplate, RowRepeatInOneRow) {
    const std::string body =
        "<table:table><table:table-row><table:table-cell><text:p>อันดับ</text:p></table:table-cell>"
        "<table:table-cell><text:p>ตัวชี้วัด</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>{{#ทุก ตัวชี้วัดเรียงตามคะแนน}}{{อันดับ}}</text:p>"
        "</table:table-cell><table:table-cell><text:p>{{ชื่อ}} {{คะแนน}}{{/ทุก}}</text:p></table:table-cell>"
        "</table:table-row></table:table>";
    EXPECT_EQ(fillOdt(body), "อันดับ|ตัวชี้วัด|๑|การเปิดเผยข้อมูล ๑๐๐.๐๐|๒|การปฏิบัติหน้าที่ ๙๐.๕๐|๓|"
                             "การป้องกันการทุจริต ๗๕.๐๐|");
}

TEST(FillTemplate, RowRangeRepeatAndEmptyList) {
    const std::string row = "<table:table-row><table:table-cell><text:p>";
    const std::string end = "</text:p></table:table-cell></table:table-row>";
    const std::string body = "<table:table>" + row + "{{#each below_target}}{{name}}" + end + row +
                             "{{score}}{{/each}}" + end + "</table:table><table:table>" + row +
                             "{{#each measures}}x{{/each}}" + end + "</table:table>";
    // The second table's markers share one paragraph: the text between them repeats (never).
    EXPECT_EQ(fillOdt(body), "การป้องกันการทุจริต|๗๕.๐๐||");
}

TEST(FillTemplate, ParagraphRepeatDropsMarkerOnlyParagraphs) {
    const std::string body =
        "<text:p>ก่อน</text:p><text:p>{{#each ranked}}</text:p>"
        "<text:p>{{index}}. {{name}}</text:p><text:p> {{/each}} </text:p><text:p>หลัง</text:p>";
    EXPECT_EQ(fillOdt(body), "ก่อน|๑. การเปิดเผยข้อมูล|๒. การปฏิบัติหน้าที่|๓. การป้องกันการทุจริต|หลัง|");
}

TEST(FillTemplate, InlineRepeatAndNestedCondition) {
    const std::string body =
        "<text:p>ต่ำ: {{#each ranked}}{{name}}{{#if below_target}}*{{/if}}, {{/each}}จบ</text:p>";
    EXPECT_EQ(fillOdt(body), "ต่ำ: การเปิดเผยข้อมูล, การปฏิบัติหน้าที่, การป้องกันการทุจริต*, จบ|");
}

TEST(FillTemplate, ConditionsWithElseOverParagraphs) {
    const std::string body =
        "<text:p>{{#ถ้า รอบ6เดือน}}</text:p><text:p>รอบ ๖ เดือน</text:p><text:p>{{#ไม่เช่นนั้น}}</text:p>"
        "<text:p>ประจำปี</text:p><text:p>{{/ถ้า}}</text:p>"
        "<text:p>{{#if below_target}}ต่ำกว่า{{#else}}ผ่านเป้า{{/if}}</text:p>"
        "<text:p>{{#if not has_previous_x}}</text:p><text:p>{{/if}}</text:p>";
    EXPECT_EQ(errorOf(odt(body)), "unknown condition in {{#if not has_previous_x}} (paragraph 7)");
    const std::string ok = body.substr(0, body.find("<text:p>{{#if not"));
    EXPECT_EQ(fillOdt(ok), "รอบ ๖ เดือน|ผ่านเป้า|");
    FillData annual = data();
    annual.root.conditions["six_month"] = false;
    EXPECT_EQ(fillOdt(ok, annual), "ประจำปี|ผ่านเป้า|");
    EXPECT_EQ(fillOdt("<text:p>{{#if agency}}A{{/if}}{{#if letter_number}}N{{/if}}{{#if ranked}}R{{/if}}"
                      "{{#if measures}}M{{/if}}{{#if not measures}}-{{/if}}</text:p>"),
              "AR-|");
}

TEST(FillTemplate, Formats) {
    EXPECT_EQ(fillOdt("<text:p>{{total}} {{total:arabic}} {{total:dec0}} {{change}} {{change:signed,arabic}} "
                      "{{change:abs}} {{fiscal_year}}</text:p>"),
              "๘๗.๕๖ 87.56 ๘๘ -๐.๕๐ -0.50 ๐.๕๐ ๒๕๖๘|");
    EXPECT_EQ(fillOdt("<text:p>{{วันที่}}|{{วันที่:วันที่ย่อ}}|{{date:year}}|{{date:month_year,arabic}}</text:p>"),
              "๘ เมษายน ๒๕๖๘|๘ เม.ย. ๖๘|๒๕๖๘|เมษายน 2568|");
    EXPECT_EQ(fillOdt("<text:p>{{reference}} {{total}}</text:p>", data(false)), "ลป 75201/- 87.56|");
    // Inserted text is escaped.
    const std::string out =
        part(FillTemplate::load(odt("<text:p>{{summary}}</text:p>")).fill(data()), "content.xml");
    EXPECT_NE(out.find("a &lt; b &amp; &quot;c&quot;"), std::string::npos);
}

TEST(FillTemplate, FooterInStylesAndOttBecomesOdt) {
    const FillTemplate t =
        FillTemplate::load(odt("<text:p>{{agency}}</text:p>", "<text:p>- {{fiscal_year}} -</text:p>", true));
    EXPECT_EQ(t.format(), PackageFormat::Odt);
    EXPECT_EQ(t.placeholderCount(), 2u);
    const std::string out = t.fill(data());
    ASSERT_GT(out.size(), 80u);
    // mimetype first, stored, no extra field: "PK\3\4", method 0, name at offset 30.
    EXPECT_EQ(out.substr(0, 4), std::string("PK\3\4", 4));
    EXPECT_EQ(out[8], 0);
    EXPECT_EQ(out.substr(30, 8), "mimetype");
    EXPECT_EQ(out.substr(38, 39), "application/vnd.oasis.opendocument.text");
    EXPECT_EQ(part(out, "mimetype"), "application/vnd.oasis.opendocument.text");
    EXPECT_NE(
        part(out, "META-INF/manifest.xml").find("media-type=\"application/vnd.oasis.opendocument.text\""),
        std::string::npos);
    EXPECT_EQ(text(part(out, "styles.xml")), "- ๒๕๖๘ -|");
    const std::string path = ::testing::TempDir() + "fill_test.odt";
    std::ofstream(path, std::ios::binary) << out;
    if (std::system("command -v unzip >/dev/null 2>&1") == 0)
        EXPECT_EQ(std::system(("unzip -tq " + path + " >/dev/null").c_str()), 0);
    std::remove(path.c_str());
}

TEST(FillTemplate, FlatOdt) {
    const std::string flat =
        std::string("<?xml version=\"1.0\"?><office:document ") + kOdfNs +
        " office:mimetype=\"application/vnd.oasis.opendocument.text-template\"><office:body>"
        "<office:text><text:p>{{หน่วยงาน}}</text:p></office:text></office:body></office:document>";
    const FillTemplate t = FillTemplate::load(flat);
    EXPECT_EQ(t.format(), PackageFormat::FlatOdt);
    const std::string out = t.fill(data());
    EXPECT_EQ(text(out), "องค์การบริหารส่วนตำบลโคกสำโรง|");
    EXPECT_NE(out.find("office:mimetype=\"application/vnd.oasis.opendocument.text\""), std::string::npos);
}

TEST(FillTemplate, UntouchedBytesStayIdentical) {
    const std::string body = "<text:p text:style-name=\"P1\">คงเดิม&amp;<text:s text:c=\"3\"/>ไม่แตะ</text:p>"
                             "<text:p>{{total}}</text:p><!-- c --><text:p>ท้าย</text:p>";
    const std::string out = part(FillTemplate::load(odt(body)).fill(data()), "content.xml");
    const std::string expected = content(body);
    EXPECT_EQ(out, expected.substr(0, expected.find("{{total}}")) + "๘๗.๕๖" +
                       expected.substr(expected.find("{{total}}") + 9));
}

TEST(FillTemplate, MalformedTemplatesNameThePlaceholderAndPlace) {
    EXPECT_EQ(errorOf(odt("<text:p>a</text:p><text:p>{{คะแนนรวมม}}</text:p>")),
              "unknown field {{คะแนนรวมม}} (paragraph 2)");
    EXPECT_EQ(errorOf(odt("<text:p>{{#each ranked}}</text:p><text:p>{{name}}</text:p>")),
              "{{#each ranked}} is never closed ({{/each}} missing) (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{#ถ้า รอบ6เดือน}} x</text:p>")),
              "{{#ถ้า รอบ6เดือน}} is never closed ({{/if}} missing) (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{#each ranked}}x{{/if}}</text:p>")),
              "{{/if}} cannot close {{#each ranked}} (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>x{{/each}}</text:p>")), "{{/each}} closes nothing (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{total:dec9}}</text:p>")),
              "unknown format \"dec9\" in {{total:dec9}} (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{agency:signed}}</text:p>")),
              "a number format on a field that is no number in {{agency:signed}} (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{total:short}}</text:p>")),
              "a date format on a field that is no date in {{total:short}} (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{ชื่อ}}</text:p>")),
              "{{ชื่อ}} is an item field: use it inside the repeat of its list ({{#each …}}) (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{#each nothing}}{{/each}}</text:p>")),
              "unknown list in {{#each nothing}} (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>ได้ {{total คะแนน</text:p>")),
              "placeholder {{total คะแนน… is not closed with }} (paragraph 1)");
    EXPECT_EQ(errorOf(odt("<text:p>{{#else}}</text:p>")),
              "{{#else}} is outside {{#if}}…{{/if}} (paragraph 1)");
    const std::string row = "<table:table-row><table:table-cell><text:p>";
    const std::string end = "</text:p></table:table-cell></table:table-row>";
    EXPECT_EQ(errorOf(odt("<table:table>" + row + "h" + end + row + "{{#each ranked}}{{name}}" + end +
                          "</table:table><text:p>{{/each}}</text:p>")),
              "{{#each ranked}} and its {{/each}} must be in one paragraph, one table, or paragraphs of the "
              "same level "
              "(not one in a table and one outside) (table 1 row 2)");
    EXPECT_EQ(errorOf(odt("<text:p>x</text:p>", "<text:p>{{nope}}</text:p>")),
              "unknown field {{nope}} (footer: paragraph 1)");
    EXPECT_EQ(errorOf("not a document"),
              "template is neither a Writer (.odt, .ott, .fodt) nor a Word (.docx) document");
    // The Thai message, for the clerk.
    try {
        FillTemplate::load(odt("<text:p>{{คะแนนรวมม}}</text:p>"));
        FAIL();
    } catch (const TemplateError &e) {
        EXPECT_EQ(e.messageTh(), "ไม่รู้จักช่องกรอก {{คะแนนรวมม}} (ย่อหน้าที่ 1)");
        EXPECT_EQ(e.placeholder, "{{คะแนนรวมม}}");
    }
}

TEST(FillTemplate, DocxRowRepeatAndMultiLineValues) {
    const std::string tr = "<w:tr><w:tc><w:p><w:r><w:t>";
    const std::string etr = "</w:t></w:r></w:p></w:tc></w:tr>";
    FillData d = data();
    d.root.lists["ranked"][0].fields["name"] = FillValue::ofText("บรรทัด 1\nบรรทัด 2");
    const std::string mid = "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>";
    const std::string out = part(FillTemplate::load(docx("<w:tbl>" + tr + "{{#each ranked}}{{name}}" + mid +
                                                         "{{rank}}{{/each}}" + etr + "</w:tbl>"))
                                     .fill(d),
                                 "word/document.xml");
    EXPECT_EQ(text(out), "บรรทัด ๑บรรทัด ๒|๑|การปฏิบัติหน้าที่|๒|การป้องกันการทุจริต|๓|");
    EXPECT_NE(out.find("บรรทัด ๑</w:t><w:br/><w:t xml:space=\"preserve\">บรรทัด ๒"), std::string::npos);
}

namespace {

const char *kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string wPara(const std::string &text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// A Word form with a header, a footer, a footnote and an endnote (Word keeps the notes in
// parts of their own, after a separator note).
std::string docxWithNotes(const std::string &header, const std::string &footer, const std::string &footnote,
                          const std::string &endnote) {
    ZipWriter w;
    w.addDeflated("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
    w.addDeflated("word/document.xml",
                  std::string("<?xml version=\"1.0\"?><w:document ") + kW + "><w:body>" +
                      "<w:p><w:r><w:t>{{agency}}</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                      "<w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p></w:body></w:document>");
    w.addDeflated("word/header1.xml",
                  std::string("<?xml version=\"1.0\"?><w:hdr ") + kW + ">" + wPara(header) + "</w:hdr>");
    w.addDeflated("word/footer1.xml",
                  std::string("<?xml version=\"1.0\"?><w:ftr ") + kW + ">" + wPara(footer) + "</w:ftr>");
    const std::string separator = "<w:p><w:r><w:separator/></w:r></w:p>";
    w.addDeflated("word/footnotes.xml",
                  std::string("<?xml version=\"1.0\"?><w:footnotes ") + kW +
                      "><w:footnote w:type=\"separator\" w:id=\"-1\">" + separator +
                      "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
                      "<w:r><w:t xml:space=\"preserve\"> " +
                      footnote + "</w:t></w:r></w:p></w:footnote></w:footnotes>");
    w.addDeflated("word/endnotes.xml", std::string("<?xml version=\"1.0\"?><w:endnotes ") + kW +
                                           "><w:endnote w:type=\"separator\" w:id=\"-1\">" + separator +
                                           "</w:endnote><w:endnote w:id=\"1\">" + wPara(endnote) +
                                           "</w:endnote></w:endnotes>");
    return w.finish();
}

} // namespace

TEST(FillTemplate, DocxHeaderFooterFootnotesAndEndnotesFill) {
    const FillTemplate t = FillTemplate::load(docxWithNotes(
        "{{หน่วยงาน}}", "- {{ปีงบประมาณ}} -", "คะแนนรวม {{คะแนน</w:t></w:r><w:r><w:t>รวม}} ปี {{fiscal_year}}",
        "{{#if six_month}}รอบ ๖ เดือน{{/if}} {{rating}}"));
    EXPECT_EQ(t.placeholderCount(), 8u);
    const std::string out = t.fill(data());
    EXPECT_EQ(text(part(out, "word/document.xml")), "องค์การบริหารส่วนตำบลโคกสำโรง|");
    EXPECT_EQ(text(part(out, "word/header1.xml")), "องค์การบริหารส่วนตำบลโคกสำโรง|");
    EXPECT_EQ(text(part(out, "word/footer1.xml")), "- ๒๕๖๘ -|");
    const std::string footnotes = part(out, "word/footnotes.xml");
    EXPECT_EQ(text(footnotes), "| คะแนนรวม ๘๗.๕๖ ปี ๒๕๖๘|");
    EXPECT_NE(footnotes.find("<w:separator/>"), std::string::npos);
    EXPECT_NE(footnotes.find("<w:footnoteRef/>"), std::string::npos);
    EXPECT_EQ(text(part(out, "word/endnotes.xml")), "|รอบ ๖ เดือน ผ่าน|");
}

TEST(FillTemplate, AMistakeInAWordFootnoteNamesThePart) {
    const std::string e = errorOf(docxWithNotes("", "", "{{คะแนนรวมม}}", ""));
    EXPECT_NE(e.find("{{คะแนนรวมม}}"), std::string::npos) << e;
    EXPECT_NE(e.find("(footnotes: paragraph 2)"), std::string::npos) << e;
    try {
        FillTemplate::load(docxWithNotes("", "", "", "{{#each ranked}}"));
        FAIL();
    } catch (const TemplateError &err) {
        EXPECT_EQ(err.whereTh, "อ้างอิงท้ายเรื่อง: ย่อหน้าที่ 2");
    }
}

// ODF keeps a footnote inside the paragraph that cites it: the note's paragraph fills on its
// own, the citing paragraph around it; a header in styles.xml fills like the footer.
TEST(FillTemplate, OdtFootnoteAndHeaderFill) {
    const std::string body =
        "<text:p>ก่อน<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1"
        "</text:note-citation><text:note-body><text:p>{{agency}} ปี {{fiscal_year}}</text:p></text:note-body>"
        "</text:note> หลัง {{total}}</text:p>";
    ZipWriter w;
    w.addStored("mimetype", "application/vnd.oasis.opendocument.text");
    w.addDeflated("content.xml", content(body));
    w.addDeflated("styles.xml",
                  std::string("<?xml version=\"1.0\"?><office:document-styles ") + kOdfNs +
                      "><office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
                      "<text:p>{{หน่วยงาน}}</text:p></style:header><style:header-first><text:p>{{rating}}"
                      "</text:p></style:header-first></style:master-page></office:master-styles>"
                      "</office:document-styles>");
    const FillTemplate t = FillTemplate::load(w.finish());
    EXPECT_EQ(t.placeholderCount(), 5u);
    const std::string out = t.fill(data());
    const std::string c = part(out, "content.xml");
    EXPECT_EQ(text(c), "ก่อน1องค์การบริหารส่วนตำบลโคกสำโรง ปี ๒๕๖๘| หลัง ๘๗.๕๖|");
    EXPECT_NE(c.find("<text:note-body><text:p>องค์การ"), std::string::npos) << c;
    EXPECT_EQ(text(part(out, "styles.xml")), "องค์การบริหารส่วนตำบลโคกสำโรง|ผ่าน|");
    // A mistake in the note names the note's paragraph (the body's paragraphs counted in order).
    const std::string e = errorOf(odt("<text:p>ก่อน<text:note><text:note-body><text:p>{{x}}</text:p>"
                                      "</text:note-body></text:note></text:p>"));
    EXPECT_NE(e.find("(paragraph 2)"), std::string::npos) << e;
}

TEST(FillZip, RoundTripStoredAndDeflated) {
    ZipWriter w;
    std::string big(100000, 'x');
    w.addStored("a.txt", "สวัสดี");
    w.addDeflated("dir/b.txt", big);
    const std::string z = w.finish();
    ZipReader r(z);
    ASSERT_EQ(r.entries().size(), 2u);
    EXPECT_EQ(r.read(*r.find("a.txt")), "สวัสดี");
    EXPECT_EQ(r.read(*r.find("dir/b.txt")), big);
    EXPECT_LT(r.find("dir/b.txt")->compressedSize, 1000u);
    std::string corrupt = z;
    corrupt[35] ^= 1; // a byte of a.txt's content
    ZipReader bad(corrupt);
    EXPECT_THROW(bad.read(*bad.find("a.txt")), ZipError);
    EXPECT_THROW(ZipReader("PK nothing"), ZipError);
}

// What a package declares it unpacks to, read from its central directory alone:
// how `ita` refuses a zip bomb before an office inflates it.
TEST(FillZip, DeclaredSizesComeFromTheCentralDirectory) {
    const std::string path = ::testing::TempDir() + "ita-declared-sizes.zip";
    auto declared = [&](const std::string &bytes) {
        std::ofstream(path, std::ios::binary) << bytes;
        return declaredSizes(path);
    };
    ZipWriter w;
    w.addStored("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    w.addDeflated("content.xml", std::string(300000, ' '));
    const std::string z = w.finish();
    ZipDeclared d = declared(z);
    EXPECT_EQ(d.entries, 2u);
    EXPECT_EQ(d.unpacked, 46u + 300000u);

    // an entry claiming 0xFFFFFFFF without a zip64 block is taken at its word
    std::string huge = z;
    const size_t cd = huge.rfind(std::string("PK\x01\x02", 4));
    huge.replace(cd + 24, 4, std::string(4, '\xFF'));
    EXPECT_EQ(declared(huge).unpacked, uint64_t(46) + 0xFFFFFFFFu);

    // zip64: the real size in the extra block, the directory found through the zip64 end record
    auto le = [](uint64_t v, int bytes) {
        std::string s;
        for (int i = 0; i < bytes; ++i)
            s += char((v >> (8 * i)) & 0xFF);
        return s;
    };
    const std::string name = "content.xml";
    const uint64_t size = uint64_t(6) << 30; // 6 GB
    std::string local = le(0x04034b50, 4) + le(45, 2) + le(0, 2) + le(8, 2) + le(0, 4) + le(0, 4) +
                        le(0xFFFFFFFF, 4) + le(0xFFFFFFFF, 4) + le(name.size(), 2) + le(0, 2) + name + "x";
    const std::string extra = le(1, 2) + le(16, 2) + le(size, 8) + le(1, 8);
    std::string central = le(0x02014b50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(8, 2) + le(0, 4) +
                          le(0, 4) + le(0xFFFFFFFF, 4) + le(0xFFFFFFFF, 4) + le(name.size(), 2) +
                          le(extra.size(), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + name +
                          extra;
    const uint64_t cdOffset = local.size(), z64Offset = local.size() + central.size();
    std::string z64 = le(0x06064b50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(1, 8) +
                      le(1, 8) + le(central.size(), 8) + le(cdOffset, 8);
    std::string locator = le(0x07064b50, 4) + le(0, 4) + le(z64Offset, 8) + le(1, 4);
    std::string end = le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(0xFFFF, 2) + le(0xFFFF, 2) +
                      le(0xFFFFFFFF, 4) + le(0xFFFFFFFF, 4) + le(0, 2);
    d = declared(local + central + z64 + locator + end);
    EXPECT_EQ(d.entries, 1u);
    EXPECT_EQ(d.unpacked, size);

    // no directory, or one that claims more than the file holds: not for this reader to judge
    EXPECT_THROW(declared(z.substr(0, z.size() / 2)), ZipError);
    EXPECT_THROW(declared("PK\x03\x04 nothing"), ZipError);
    std::string lying = z;
    lying.replace(lying.size() - 22 + 10, 2, le(60000, 2)); // 60,000 entries in a few bytes
    EXPECT_THROW(declared(lying), ZipError);
    std::remove(path.c_str());
}
