// ITA > Check this document in Writer: a comment at the paragraph or table cell of
// each finding, Clear marks, one undo step each, the document's text unchanged.
#include "office_env.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <set>
#include <sstream>

using namespace css;
using namespace ita::test;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace json = boost::json;

namespace {

// The body paragraphs as the reader numbers them (tables are skipped).
std::vector<Reference<text::XTextRange>> bodyParagraphs(const Reference<lang::XComponent> &doc) {
    std::vector<Reference<text::XTextRange>> out;
    Reference<text::XTextDocument> text(doc, UNO_QUERY_THROW);
    Reference<container::XEnumeration> e =
        Reference<container::XEnumerationAccess>(text->getText(), UNO_QUERY_THROW)->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (info.is() && !info->supportsService("com.sun.star.text.TextTable"))
            out.emplace_back(info, UNO_QUERY_THROW);
    }
    return out;
}

// A paragraph's text without its comments: the text portions other than annotations.
std::string paragraphText(const Reference<uno::XInterface> &paragraph) {
    std::string s;
    Reference<container::XEnumeration> portions =
        Reference<container::XEnumerationAccess>(paragraph, UNO_QUERY_THROW)->createEnumeration();
    while (portions->hasMoreElements()) {
        Reference<beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY_THROW);
        rtl::OUString type;
        portion->getPropertyValue("TextPortionType") >>= type;
        if (type == "Annotation" || type == "AnnotationEnd") continue;
        s += "<" + str(type) + ">" + str(Reference<text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
    }
    return s;
}

std::string textOf(const Reference<text::XText> &text) {
    std::string s;
    Reference<container::XEnumeration> e =
        Reference<container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY_THROW);
        if (info->supportsService("com.sun.star.text.TextTable")) {
            s += "[table]\n";
            continue;
        }
        s += paragraphText(info) + "\n";
    }
    return s;
}

// Every paragraph of the body and of every table cell, comments left out.
std::string snapshotText(const Reference<lang::XComponent> &doc) {
    std::ostringstream os;
    os << textOf(Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText());
    Reference<container::XIndexAccess> tables(
        Reference<text::XTextTablesSupplier>(doc, UNO_QUERY_THROW)->getTextTables(), UNO_QUERY_THROW);
    for (sal_Int32 t = 0; t < tables->getCount(); ++t) {
        Reference<text::XTextTable> table(tables->getByIndex(t), UNO_QUERY_THROW);
        os << "[" << str(Reference<container::XNamed>(table, UNO_QUERY_THROW)->getName()) << "]\n";
        for (const auto &name : table->getCellNames())
            os << str(name) << ": "
               << textOf(Reference<text::XText>(table->getCellByName(name), UNO_QUERY_THROW));
    }
    return os.str();
}

struct Comment {
    std::string author, content;
    int paragraph = -1;      // body paragraph index, or
    std::string table, cell; // a table cell
};

std::vector<Comment> comments(const Reference<lang::XComponent> &doc) {
    std::vector<Comment> out;
    const auto paragraphs = bodyParagraphs(doc);
    Reference<text::XText> body = Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
    Reference<text::XTextRangeCompare> compare(body, UNO_QUERY_THROW);
    Reference<container::XEnumeration> e =
        Reference<text::XTextFieldsSupplier>(doc, UNO_QUERY_THROW)->getTextFields()->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY_THROW);
        if (!info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        Reference<beans::XPropertySet> props(info, UNO_QUERY_THROW);
        Comment c;
        rtl::OUString s;
        props->getPropertyValue("Author") >>= s;
        c.author = str(s);
        props->getPropertyValue("Content") >>= s;
        c.content = str(s);
        Reference<text::XTextRange> anchor =
            Reference<text::XTextContent>(info, UNO_QUERY_THROW)->getAnchor();
        Reference<beans::XPropertySet> where(anchor, UNO_QUERY_THROW);
        Reference<container::XNamed> table(where->getPropertyValue("TextTable"), UNO_QUERY);
        if (table.is()) {
            c.table = str(table->getName());
            Reference<beans::XPropertySet> cell(where->getPropertyValue("Cell"), UNO_QUERY_THROW);
            cell->getPropertyValue("CellName") >>= s;
            c.cell = str(s);
        } else {
            for (size_t i = 0; i < paragraphs.size(); ++i)
                if (compare->compareRegionStarts(paragraphs[i], anchor) >= 0 &&
                    compare->compareRegionEnds(anchor, paragraphs[i]) >= 0)
                    c.paragraph = static_cast<int>(i);
        }
        out.push_back(c);
    }
    return out;
}

std::vector<Comment> ours(const Reference<lang::XComponent> &doc) {
    std::vector<Comment> out;
    for (const Comment &c : comments(doc))
        if (c.author == "ITA Tools" && c.content.rfind("[ITA Tools]", 0) == 0) out.push_back(c);
    return out;
}

// code + every location, order-independent (as menu_vs_cli_test compares).
std::multiset<std::string> signature(const json::value &report) {
    std::multiset<std::string> out;
    for (const auto &f : report.at("findings").as_array()) {
        std::string s = std::string(f.at("code").as_string()) + "@";
        for (const auto &l : f.at("locations").as_array())
            s += std::string(l.at("where").as_string()) + ";";
        out.insert(s);
    }
    return out;
}

Reference<document::XUndoManager> undoManager(const Reference<lang::XComponent> &doc) {
    return Reference<document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)->getUndoManager();
}

void addUserComment(const Reference<lang::XComponent> &doc, int paragraph, const std::string &text) {
    Reference<lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<text::XTextContent> field(factory->createInstance("com.sun.star.text.textfield.Annotation"),
                                        UNO_QUERY_THROW);
    Reference<beans::XPropertySet> props(field, UNO_QUERY_THROW);
    props->setPropertyValue("Author", uno::Any(ou("สมชาย ใจดี")));
    props->setPropertyValue("Content", uno::Any(ou(text)));
    Reference<text::XTextRange> at = bodyParagraphs(doc).at(static_cast<size_t>(paragraph))->getEnd();
    at->getText()->insertTextContent(at, field, false);
}

class WriterCheck : public ::testing::TestWithParam<std::string> {
  protected:
    void TearDown() override {
        for (auto &d : docs_)
            ita::office::Session::close(d);
    }
    Reference<lang::XComponent> open() {
        docs_.push_back(openCopy(builtFixture(GetParam())));
        return docs_.back();
    }
    std::vector<Reference<lang::XComponent>> docs_;
};

} // namespace

// ITA011: the sentence of paragraph 6 gives 88.52 where the table (row 2) has 88.25;
// ITA014: paragraphs 4 and 7 use Arabic digits in a Thai-digit report. One comment per
// paragraph and one per table row of a finding, at that place.
TEST_P(WriterCheck, EachFindingIsACommentAtItsParagraphOrCell) {
    auto doc = open();
    const json::value report = json::parse(dispatch(doc, "Validate"));
    ASSERT_EQ(report.at("findings").as_array().size(), 2u);
    std::multiset<std::string> places;
    for (const Comment &c : ours(doc)) {
        std::string code = c.content.substr(c.content.find("ITA0"), 6);
        places.insert((c.paragraph >= 0 ? "p" + std::to_string(c.paragraph + 1) : c.table + "." + c.cell) +
                      ":" + code);
        if (code == "ITA011") {
            // What is wrong and what the table says, in Thai.
            EXPECT_NE(c.content.find("ข้อผิดพลาด ITA011:"), std::string::npos) << c.content;
            EXPECT_NE(c.content.find("๘๘.๒๕"), std::string::npos) << c.content;
        }
    }
    EXPECT_EQ(places,
              (std::multiset<std::string>{"p4:ITA014", "p7:ITA014", "p6:ITA011", "Table1.C2:ITA011"}));
}

TEST_P(WriterCheck, TextIsUnchangedByCheckAndClear) {
    auto doc = open();
    const std::string before = snapshotText(doc);
    ASSERT_NE(before.find("88.52"), std::string::npos); // the snapshot sees the cells
    dispatch(doc, "Validate");
    ASSERT_FALSE(ours(doc).empty());
    EXPECT_EQ(snapshotText(doc), before);
    EXPECT_EQ(dispatch(doc, "ClearMarks"), "cleared");
    EXPECT_TRUE(ours(doc).empty());
    EXPECT_EQ(snapshotText(doc), before);
}

TEST_P(WriterCheck, CheckingAgainGivesTheSameFindingsAndReplacesTheComments) {
    auto doc = open();
    const json::value first = json::parse(dispatch(doc, "Validate"));
    const size_t marks = ours(doc).size();
    const json::value second = json::parse(dispatch(doc, "Validate")); // with the comments in place
    EXPECT_EQ(signature(first), signature(second));
    EXPECT_EQ(ours(doc).size(), marks);
}

TEST_P(WriterCheck, OneUndoStepEachAndTheUsersCommentStays) {
    auto doc = open();
    addUserComment(doc, 1, "ตรวจชื่อหน่วยงานแล้ว");
    const std::string before = snapshotText(doc);
    auto undo = undoManager(doc);
    undo->clear();

    dispatch(doc, "Validate");
    ASSERT_EQ(ours(doc).size(), 4u);
    ASSERT_EQ(undo->getAllUndoActionTitles().getLength(), 1) << "validate must be one undo step";
    EXPECT_EQ(str(undo->getCurrentUndoActionTitle()), "ITA: ตรวจสอบ");
    undo->undo();
    EXPECT_TRUE(ours(doc).empty());
    EXPECT_FALSE(undo->isUndoPossible());
    undo->redo();
    EXPECT_EQ(ours(doc).size(), 4u);

    dispatch(doc, "ClearMarks");
    EXPECT_TRUE(ours(doc).empty());
    ASSERT_EQ(undo->getAllUndoActionTitles().getLength(), 2) << "clear must be one undo step";
    EXPECT_EQ(str(undo->getCurrentUndoActionTitle()), "ITA: ล้างเครื่องหมาย");
    undo->undo();
    EXPECT_EQ(ours(doc).size(), 4u);
    undo->redo();
    EXPECT_TRUE(ours(doc).empty());

    // The clerk's own comment was never touched.
    const auto all = comments(doc);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].author, "สมชาย ใจดี");
    EXPECT_EQ(all[0].content, "ตรวจชื่อหน่วยงานแล้ว");
    EXPECT_EQ(all[0].paragraph, 1);
    EXPECT_EQ(snapshotText(doc), before);
}

INSTANTIATE_TEST_SUITE_P(Formats, WriterCheck, ::testing::Values("report-fy2564.odt", "report-fy2564.docx"),
                         [](const auto &info) { return info.param.substr(info.param.rfind('.') + 1); });

// A finding in a table cell: a score cell of the report's table made out of range.
TEST(WriterCheckCell, AFindingInATableCellIsCommentedOnThatCell) {
    auto doc = openCopy(builtFixture("report-fy2564.odt"));
    Reference<container::XIndexAccess> tables(
        Reference<text::XTextTablesSupplier>(doc, UNO_QUERY_THROW)->getTextTables(), UNO_QUERY_THROW);
    Reference<text::XTextTable> table(tables->getByIndex(0), UNO_QUERY_THROW);
    const std::string tableName = str(Reference<container::XNamed>(table, UNO_QUERY_THROW)->getName());
    Reference<text::XText>(table->getCellByName("C3"), UNO_QUERY_THROW)->setString(ou("186.14"));
    const json::value report = json::parse(dispatch(doc, "Validate"));
    std::string where;
    for (const auto &f : report.at("findings").as_array())
        if (f.at("code").as_string() == "ITA004")
            where = std::string(f.at("locations").at(0).at("where").as_string());
    ASSERT_EQ(where, "ตาราง " + tableName + " แถว 3 คอลัมน์ 3") << json::serialize(report);
    bool marked = false;
    for (const Comment &c : ours(doc))
        if (c.table == tableName && c.cell == "C3") {
            marked = c.content.find("ITA004") != std::string::npos;
            EXPECT_NE(c.content.find("186.14"), std::string::npos) << c.content;
        }
    EXPECT_TRUE(marked);
    // The cell still reads 186.14: the comment is beside the text, not in it.
    EXPECT_EQ(str(Reference<text::XText>(table->getCellByName("C3"), UNO_QUERY_THROW)->getString()),
              "186.14");
    ita::office::Session::close(doc);
}
