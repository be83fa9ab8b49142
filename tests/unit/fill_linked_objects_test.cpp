// Linked OLE objects cut from the copy an office loads (linked_objects.hpp): ODF
// packages, flat ODF, .docx and .xlsx made here; embedded objects, charts,
// pictures and every other byte kept.
#include "core/fill/linked_objects.hpp"
#include "core/fill/zip.hpp"

#include <gtest/gtest.h>

using namespace ita::fill;

namespace {

const std::string kNs = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

std::string frame(const std::string &href, bool image = true) {
    return "<draw:frame svg:width=\"6cm\"><draw:object xlink:href=\"" + href +
           "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>" +
           (image ? "<draw:image xlink:href=\"./ObjectReplacements/Object 1\"/>" : "") + "</draw:frame>";
}

std::string doc(const std::string &body, const std::string &ns = kNs) {
    return "<?xml version=\"1.0\"?><office:document-content " + ns + "><office:body><office:text><text:p>A1" +
           body + "</text:p><text:p>after</text:p></office:text></office:body></office:document-content>";
}

std::string ods(const std::string &content, const std::string &styles = "<office:document-styles/>") {
    ZipWriter w;
    w.addStored("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    w.addDeflated("content.xml", content);
    w.addDeflated("styles.xml", styles);
    w.addDeflated("Object 1/content.xml", doc(""));
    w.addDeflated("META-INF/manifest.xml", "<manifest:manifest/>");
    return w.finish();
}

std::string part(const std::string &zip, const std::string &name) {
    ZipReader r(zip);
    const ZipEntry *e = r.find(name);
    return e ? r.read(*e) : std::string("(missing)");
}

} // namespace

TEST(LinkedObjects, AnObjectShowingAnotherFileIsCutItsFrameAndPictureKept) {
    for (const std::string href : {"../other.ods", "file:///home/clerk/other.ods", "http://example.org/x.ods",
                                   "/tmp/x.ods", "./../x.ods", "Object 1/../../x.ods", "..\\x.ods",
                                   "smb://server/share/x.ods", "vnd.sun.star.Package:../x.ods"}) {
        SCOPED_TRACE(href);
        const auto out = odfXmlWithoutLinkedObjects(doc(frame(href)), false);
        ASSERT_TRUE(out.has_value());
        EXPECT_EQ(*out, doc("<draw:frame svg:width=\"6cm\"><draw:image xlink:href=\"./ObjectReplacements/"
                            "Object 1\"/></draw:frame>"));
    }
}

TEST(LinkedObjects, EmbeddedObjectsAndChartsStay) {
    for (const std::string href : {"./Object 1", "Object 1", "vnd.sun.star.Package:Object 1", ""}) {
        SCOPED_TRACE(href);
        EXPECT_FALSE(odfXmlWithoutLinkedObjects(doc(frame(href)), false).has_value());
    }
    EXPECT_FALSE(odfXmlWithoutLinkedObjects(doc("no objects here"), false).has_value());
    // a flat file's objects are inline, with no href
    const std::string inlineObject =
        "<draw:frame><draw:object><office:document><office:body/></office:document>"
        "</draw:object></draw:frame>";
    EXPECT_FALSE(odfXmlWithoutLinkedObjects(doc(inlineObject), true).has_value());
}

TEST(LinkedObjects, InAFlatFileEveryHrefOfAnObjectPointsOutside) {
    // resolved against the file's own folder: a sibling file
    const auto out = odfXmlWithoutLinkedObjects(doc(frame("./Object 1", false) +
                                                    "<draw:object-ole "
                                                    "xlink:href=\"x.doc\"><x/></draw:object-ole>"),
                                                true);
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(*out, doc("<draw:frame svg:width=\"6cm\"></draw:frame>"));
}

TEST(LinkedObjects, OtherPrefixesAndEntitiesAreSeenThrough) {
    const std::string ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                           "xmlns:d='urn:oasis:names:tc:opendocument:xmlns:drawing:1.0' "
                           "xmlns:l=\"http://www.w3.org/1999/xlink\" "
                           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    const auto out = odfXmlWithoutLinkedObjects(
        doc("<d:frame><d:object l:href = 'file&#58;///x.ods'>inner</d:object></d:frame>", ns), false);
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(*out, doc("<d:frame></d:frame>", ns));
    // an element called object in another namespace is not an OLE object
    EXPECT_FALSE(odfXmlWithoutLinkedObjects(doc("<office:object xlink:href=\"../x\"/>"), false).has_value());
}

TEST(LinkedObjects, AnOdfPackageGetsACopyWithEveryOtherPartAsItWas) {
    const std::string styles =
        "<office:document-styles " + kNs + ">" + frame("../header.odt") + "</office:document-styles>";
    const std::string in = ods(doc(frame("../other.ods") + frame("./Object 1")), styles);
    const auto out = documentWithoutLinkedObjects(in);
    ASSERT_TRUE(out.has_value());
    const std::string content = part(*out, "content.xml");
    EXPECT_EQ(content.find("other.ods"), std::string::npos) << content;
    EXPECT_NE(content.find("./Object 1"), std::string::npos) << "the embedded object stays";
    EXPECT_NE(content.find("<text:p>after</text:p>"), std::string::npos);
    EXPECT_EQ(part(*out, "styles.xml").find("header.odt"), std::string::npos);
    ZipReader r(*out);
    ASSERT_EQ(r.entries().size(), 5u);
    EXPECT_EQ(r.entries()[0].name, "mimetype");
    EXPECT_EQ(r.entries()[0].method, 0) << "stored, first, as ODF asks";
    EXPECT_EQ(part(*out, "mimetype"), "application/vnd.oasis.opendocument.spreadsheet");
    EXPECT_EQ(part(*out, "Object 1/content.xml"), doc(""));
    EXPECT_EQ(part(*out, "META-INF/manifest.xml"), "<manifest:manifest/>");
    // nothing linked: no copy
    EXPECT_FALSE(documentWithoutLinkedObjects(ods(doc(frame("./Object 1")))).has_value());
    // nested: an embedded document's own linked object
    ZipWriter w;
    w.addStored("mimetype", "application/vnd.oasis.opendocument.text");
    w.addDeflated("content.xml", doc(frame("./Object 1")));
    w.addDeflated("Object 1/content.xml", doc(frame("../../x.ods")));
    const auto nested = documentWithoutLinkedObjects(w.finish());
    ASSERT_TRUE(nested.has_value());
    EXPECT_EQ(part(*nested, "Object 1/content.xml").find("x.ods"), std::string::npos);
}

TEST(LinkedObjects, AFlatFileGetsACopy) {
    const std::string flat = "<?xml version=\"1.0\"?><office:document " + kNs +
                             "><office:body><office:spreadsheet>" + frame("file:///x/ole.ods") +
                             "</office:spreadsheet></office:body></office:document>";
    const auto out = documentWithoutLinkedObjects(flat);
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(out->find("ole.ods"), std::string::npos);
    EXPECT_NE(out->find("ObjectReplacements"), std::string::npos);
    EXPECT_FALSE(documentWithoutLinkedObjects("plain text, no XML at all").has_value());
}

namespace {

const std::string kRelsHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                              "relationships\">";
const std::string kImage =
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships/image\" Target=\"../media/image1.emf\"/>";
const std::string kEmbedded = "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                              "officeDocument/2006/relationships/oleObject\" "
                              "Target=\"../embeddings/oleObject1.bin\"/>";

std::string linkedRel(const std::string &target) {
    return "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
           "relationships/oleObject\" Target=\"" +
           target + "\" TargetMode=\"External\"/>";
}

// An external workbook (a formula's link, handled by UpdateDocMode) is not an object.
const std::string kExternalBook = "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/"
                                  "officeDocument/2006/relationships/externalLinkPath\" "
                                  "Target=\"file:///x/book.xlsx\" TargetMode=\"External\"/>";

std::string ooxml(const std::string &relsPath, const std::string &rels, const std::string &mainPart) {
    ZipWriter w;
    w.addDeflated("[Content_Types].xml", "<Types/>");
    w.addDeflated("_rels/.rels", kRelsHead + kImage + "</Relationships>");
    w.addDeflated(mainPart, "<main r:id=\"rId3\"/>");
    w.addDeflated(relsPath, rels);
    return w.finish();
}

} // namespace

TEST(LinkedObjects, AnExternalOleRelationshipIsCutOthersKept) {
    const std::string rels = kRelsHead + kImage + kEmbedded + linkedRel("file:///C:/x/other.xlsx") +
                             kExternalBook + "</Relationships>";
    const auto out = relsWithoutLinkedObjects(rels);
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(*out, kRelsHead + kImage + kEmbedded + kExternalBook + "</Relationships>");
    EXPECT_FALSE(relsWithoutLinkedObjects(kRelsHead + kImage + kEmbedded + kExternalBook + "</Relationships>")
                     .has_value());
}

TEST(LinkedObjects, DocxAndXlsxGetACopy) {
    for (const auto &[rels, main] :
         {std::pair<std::string, std::string>{"word/_rels/document.xml.rels", "word/document.xml"},
          {"xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"},
          {"xl/drawings/_rels/vmlDrawing1.vml.rels", "xl/drawings/vmlDrawing1.vml"}}) {
        SCOPED_TRACE(rels);
        const std::string in = ooxml(
            rels, kRelsHead + kImage + linkedRel("\\\\server\\share\\x.xlsx") + "</Relationships>", main);
        const auto out = documentWithoutLinkedObjects(in);
        ASSERT_TRUE(out.has_value());
        EXPECT_EQ(part(*out, rels), kRelsHead + kImage + "</Relationships>");
        EXPECT_EQ(part(*out, main), "<main r:id=\"rId3\"/>");
        EXPECT_EQ(part(*out, "_rels/.rels"), kRelsHead + kImage + "</Relationships>");
        EXPECT_EQ(ZipReader(*out).entries().size(), 4u);
        EXPECT_FALSE(
            documentWithoutLinkedObjects(ooxml(rels, kRelsHead + kEmbedded + "</Relationships>", main))
                .has_value());
    }
}

TEST(LinkedObjects, ABrokenPackageThrows) {
    EXPECT_THROW(documentWithoutLinkedObjects(std::string("PK\x03\x04 cut short", 14)), ZipError);
}
