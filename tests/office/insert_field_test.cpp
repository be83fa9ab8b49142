// ITA > Insert field… (Writer): the placeholder of a field from the fill language's list is
// typed at the clerk's cursor, replacing a selection, in one undo step; what it inserts then
// fills. Dispatched with Silent and the dialog's choice as Options; the dialog itself is
// built once without Silent (a headless office ends it as cancelled).
#include "office_env.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <set>

using namespace css;
using namespace ita::test;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace json = boost::json;

namespace {

Reference<lang::XComponent> newWriter(const std::string &first, const std::string &second) {
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx()), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    Reference<lang::XComponent> doc =
        loader->loadComponentFromURL("private:factory/swriter", "_blank", 0, args);
    Reference<text::XText> body = Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
    body->insertString(body->getEnd(), ou(first), false);
    body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    body->insertString(body->getEnd(), ou(second), false);
    return doc;
}

Reference<text::XTextViewCursor> viewCursor(const Reference<lang::XComponent> &doc) {
    Reference<text::XTextViewCursorSupplier> s(
        Reference<frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController(), UNO_QUERY_THROW);
    return s->getViewCursor();
}

std::string bodyText(const Reference<lang::XComponent> &doc) {
    return str(Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText()->getString());
}

std::string inserted(const Reference<lang::XComponent> &doc, const std::string &options) {
    return std::string(json::parse(dispatch(doc, "InsertField", options)).at("inserted").as_string());
}

std::string exampleSheet() {
    return std::string(ITA_SOURCE_DIR) + "/examples/sao-nongbua-fy2567.ods";
}

class InsertField : public ::testing::Test {
  protected:
    void TearDown() override {
        for (auto &d : docs_)
            if (d.is()) ita::office::Session::close(d);
    }
    Reference<lang::XComponent> keep(Reference<lang::XComponent> d) {
        docs_.push_back(d);
        return d;
    }
    std::vector<Reference<lang::XComponent>> docs_;
};

} // namespace

TEST_F(InsertField, ThePlaceholderGoesWhereTheCursorIsAndFills) {
    auto doc = keep(newWriter("AB", "CD"));
    auto cursor = viewCursor(doc);
    cursor->gotoStart(false);
    cursor->goRight(1, false);
    EXPECT_EQ(inserted(doc, R"({"field": "total"})"), "{{คะแนนรวม}}");
    // The cursor is after the placeholder: the next one follows it. Any spelling of a name.
    EXPECT_EQ(inserted(doc, R"({"field": "คะแนน ตัวชี้วัดที่ ๙", "english": true})"), "{{i9}}");
    EXPECT_EQ(bodyText(doc), "A{{คะแนนรวม}}{{i9}}B\nCD");

    // A selection is replaced, as typing would.
    cursor->gotoEnd(false);
    cursor->goLeft(2, true);
    EXPECT_EQ(inserted(doc, R"({"field": "i9_name"})"), "{{ชื่อตัวชี้วัดที่๙}}");
    EXPECT_EQ(bodyText(doc), "A{{คะแนนรวม}}{{i9}}B\n{{ชื่อตัวชี้วัดที่๙}}");

    // One undo step takes the last insertion back.
    Reference<document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)->getUndoManager()->undo();
    EXPECT_EQ(bodyText(doc), "A{{คะแนนรวม}}{{i9}}B\nCD");

    // What was inserted is the fill language: the document fills as a template.
    std::set<Reference<uno::XInterface>> before;
    auto components = [] {
        std::set<Reference<uno::XInterface>> out;
        Reference<container::XEnumeration> e =
            frame::Desktop::create(ctx())->getComponents()->createEnumeration();
        while (e->hasMoreElements())
            out.insert(Reference<uno::XInterface>(e->nextElement(), UNO_QUERY));
        return out;
    };
    before = components();
    const json::value r =
        json::parse(dispatch(doc, "FillDocument",
                             R"({"template": "current", "thai_digits": false, "sheet": )" +
                                 json::serialize(json::value(json::string(exampleSheet()))) + "}"));
    ASSERT_TRUE(r.at("opened").as_bool()) << json::serialize(r);
    Reference<lang::XComponent> filled;
    for (const auto &c : components())
        if (!before.count(c)) filled.set(c, UNO_QUERY);
    ASSERT_TRUE(filled.is());
    keep(filled);
    const std::string text = bodyText(filled);
    EXPECT_EQ(text.find("{{"), std::string::npos) << text;
    EXPECT_EQ(text.rfind("A", 0), 0u) << text;
    EXPECT_NE(text.find("B\nCD"), std::string::npos) << text;
    // "A" + a total with two decimals + indicator 9's score with two decimals + "B".
    EXPECT_EQ(text.find_first_not_of("0123456789.", 1), text.find("B\n")) << text;
}

TEST_F(InsertField, AnUnknownFieldIsNamedAndNothingChanges) {
    auto doc = keep(newWriter("AB", "CD"));
    try {
        dispatch(doc, "InsertField", R"({"field": "คะแนนรวมม"})");
        FAIL() << "an unknown field was inserted";
    } catch (const std::runtime_error &e) {
        // The test office's UI is English.
        EXPECT_NE(std::string(e.what()).find("Unknown field \"คะแนนรวมม\""), std::string::npos) << e.what();
    }
    EXPECT_EQ(bodyText(doc), "AB\nCD");
}

TEST_F(InsertField, OnlyInWriter) {
    auto sheet = keep(openCopy(exampleSheet()));
    try {
        dispatch(sheet, "InsertField", R"({"field": "total"})");
        FAIL();
    } catch (const std::runtime_error &e) {
        EXPECT_NE(std::string(e.what()).find("only into a Writer document"), std::string::npos) << e.what();
    }
}

// Every control of the dialog is made (a wrong property name would fail the command);
// cancelled, it types nothing.
TEST_F(InsertField, TheDialogIsBuiltAndCancellingTypesNothing) {
    auto doc = keep(newWriter("AB", "CD"));
    Reference<frame::XDispatchHelper> helper = frame::DispatchHelper::create(ctx());
    Reference<frame::XDispatchProvider> provider(frameOf(doc), UNO_QUERY_THROW);
    const uno::Any ret = helper->executeDispatch(provider, ou("org.itatools:InsertField"), "", 0,
                                                 uno::Sequence<beans::PropertyValue>());
    frame::DispatchResultEvent ev;
    ASSERT_TRUE(ret >>= ev);
    rtl::OUString s;
    ev.Result >>= s;
    ASSERT_EQ(ev.State, frame::DispatchResultState::SUCCESS) << str(s);
    EXPECT_TRUE(json::parse(str(s)).at("cancelled").as_bool());
    EXPECT_EQ(bodyText(doc), "AB\nCD");
}
