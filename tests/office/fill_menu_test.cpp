// ITA > Fill document… without its dialog (dispatch with Silent and the dialog's
// choices as Options): the sheet is validated, the template filled by the one fill
// engine, and the result opens as a NEW UNTITLED document; nothing is overwritten.
#include "office_env.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace css;
using namespace ita::test;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

const std::string kAgency = "องค์การบริหารส่วนตำบลหนองบัว";

std::string exampleSheet() {
    return std::string(ITA_SOURCE_DIR) + "/examples/sao-nongbua-fy2567.ods";
}

std::set<Reference<uno::XInterface>> openComponents() {
    std::set<Reference<uno::XInterface>> out;
    Reference<container::XEnumeration> e =
        frame::Desktop::create(ctx())->getComponents()->createEnumeration();
    while (e->hasMoreElements())
        out.insert(Reference<uno::XInterface>(e->nextElement(), UNO_QUERY));
    return out;
}

// The dispatch's result and the document it opened (null when none).
struct Filled {
    json::object result;
    Reference<lang::XComponent> document;
};

Filled fillFrom(const Reference<lang::XComponent> &where, const std::string &options) {
    const auto before = openComponents();
    Filled f;
    try {
        f.result = json::parse(dispatch(where, "FillDocument", options)).as_object();
    } catch (const uno::Exception &e) {
        throw std::runtime_error("UNO exception: " + str(e.Message) + "\noffice log:\n" +
                                 OfficeEnvironment::session().logTail());
    }
    for (const auto &c : openComponents())
        if (!before.count(c)) {
            EXPECT_FALSE(f.document.is()) << "more than one document opened";
            f.document.set(c, UNO_QUERY);
        }
    return f;
}

std::string bodyText(const Reference<lang::XComponent> &doc) {
    return str(Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText()->getString());
}

std::string fileBytes(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

std::string quoted(const std::string &s) {
    return json::serialize(json::value(json::string(s)));
}

// A new Writer document with the given paragraphs, hidden, as a clerk's own template.
Reference<lang::XComponent> writerWith(const std::string &text) {
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx()), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    Reference<lang::XComponent> doc =
        loader->loadComponentFromURL("private:factory/swriter", "_blank", 0, args);
    Reference<text::XText> body = Reference<text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
    // One paragraph per line ("\n" in setString would be a line break inside one paragraph).
    size_t start = 0;
    for (size_t end = text.find('\n');; end = text.find('\n', start)) {
        body->insertString(body->getEnd(), ou(text.substr(start, end - start)), false);
        if (end == std::string::npos) break;
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        start = end + 1;
    }
    return doc;
}

class FillMenu : public ::testing::Test {
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

TEST_F(FillMenu, FromTheOpenScoreSheetTheMemoOpensAsANewUntitledDocument) {
    auto sheet = keep(openCopy(exampleSheet()));
    const std::string memo(parse(tools()->templates()).at("memo").as_string());
    const std::string memoBytes = fileBytes(memo);
    ASSERT_FALSE(memoBytes.empty());

    Filled f = fillFrom(sheet, R"({"template": "memo", "date": "2025-03-15", "letter_number": "123",
                                  "thai_digits": true})");
    keep(f.document);
    ASSERT_TRUE(f.document.is()) << json::serialize(f.result);
    EXPECT_TRUE(f.result.at("opened").as_bool());
    EXPECT_TRUE(f.result.at("written").as_bool());
    EXPECT_EQ(f.result.at("validation").at("counts").at("errors").as_int64(), 0);

    // Untitled: no URL, so Save asks for a name; nothing points at a temporary file.
    EXPECT_EQ(str(Reference<frame::XModel>(f.document, UNO_QUERY_THROW)->getURL()), "");
    EXPECT_EQ(f.result.at("output").as_string(), "");
    const std::string text = bodyText(f.document);
    EXPECT_EQ(text.find("{{"), std::string::npos) << text;
    EXPECT_NE(text.find(kAgency), std::string::npos) << text;
    EXPECT_NE(text.find("๑๕ มีนาคม ๒๕๖๘"), std::string::npos) << text; // the memo's date, BE, Thai digits
    // ที่ (the sheet's letter code) + the letter number, in Thai digits. The example sheet's code
    // already ends in "/-", which the engine keeps ("อด ๗๗๘๐๑/-/๑๒๓"): reported, not asserted.
    EXPECT_NE(text.find("ที่ อด ๗๗๘๐๑/"), std::string::npos) << text;
    EXPECT_NE(text.find("/๑๒๓\t"), std::string::npos) << text;
    EXPECT_EQ(text.find("2567"), std::string::npos) << "Arabic digits left in a Thai-digit memo";

    // Neither the shipped template nor the clerk's sheet was written to.
    EXPECT_EQ(fileBytes(memo), memoBytes);
    EXPECT_FALSE(Reference<util::XModifiable>(sheet, UNO_QUERY_THROW)->isModified());
}

TEST_F(FillMenu, FromWriterWithASheetFileAndArabicDigits) {
    auto report = keep(openCopy(builtFixture("report-fy2564.odt")));
    Filled f = fillFrom(report, R"({"sheet": )" + quoted(exampleSheet()) +
                                    R"(, "template": "analysis", "thai_digits": false})");
    keep(f.document);
    ASSERT_TRUE(f.document.is()) << json::serialize(f.result);
    EXPECT_EQ(str(Reference<frame::XModel>(f.document, UNO_QUERY_THROW)->getURL()), "");
    const std::string text = bodyText(f.document);
    EXPECT_EQ(text.find("{{"), std::string::npos) << text;
    EXPECT_NE(text.find(kAgency), std::string::npos);
    EXPECT_NE(text.find("2567"), std::string::npos);
    EXPECT_EQ(text.find("๒๕๖๗"), std::string::npos) << "Thai digits though they were turned off";
    // The open report is not the template and was not touched.
    EXPECT_FALSE(Reference<util::XModifiable>(report, UNO_QUERY_THROW)->isModified());
}

// The current Writer document as the template, edits included; it keeps its placeholders.
TEST_F(FillMenu, TheCurrentWriterDocumentAsTheTemplate) {
    auto mine = keep(writerWith("เรียน {{เรียน}}\nหน่วยงาน {{หน่วยงาน}} คะแนนรวม {{คะแนนรวม}}"));
    Filled f = fillFrom(mine, R"({"sheet": )" + quoted(exampleSheet()) + R"(, "template": "current"})");
    keep(f.document);
    ASSERT_TRUE(f.document.is()) << json::serialize(f.result);
    EXPECT_EQ(str(Reference<frame::XModel>(f.document, UNO_QUERY_THROW)->getURL()), "");
    const std::string text = bodyText(f.document);
    EXPECT_EQ(text.rfind("เรียน นายกองค์การบริหารส่วนตำบลหนองบัว\nหน่วยงาน " + kAgency + " คะแนนรวม ", 0), 0u)
        << text;
    EXPECT_EQ(text.find("{{"), std::string::npos) << text;
    EXPECT_NE(text.find_first_of("๐๑๒๓๔๕๖๗๘๙"), std::string::npos) << text;
    EXPECT_NE(bodyText(mine).find("{{หน่วยงาน}}"), std::string::npos) << "the template itself was filled";
}

// A sheet with a copy error is refused unless the clerk confirms (allow_errors); the
// refusal carries the errors, in Thai.
TEST_F(FillMenu, ASheetWithErrorsIsRefusedUnlessConfirmed) {
    auto sheet = keep(openCopy(builtFixture("broken-total.ods")));
    Filled refused = fillFrom(sheet, R"({"template": "memo"})");
    EXPECT_FALSE(refused.document.is());
    EXPECT_FALSE(refused.result.at("opened").as_bool());
    EXPECT_FALSE(refused.result.at("written").as_bool());
    const auto &findings = refused.result.at("validation").at("findings").as_array();
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings.at(0).at("code").as_string(), "ITA006");
    EXPECT_NE(std::string(findings.at(0).at("message").as_string()).find("คะแนนรวม"), std::string::npos);

    Filled confirmed = fillFrom(sheet, R"({"template": "memo", "allow_errors": true})");
    keep(confirmed.document);
    ASSERT_TRUE(confirmed.document.is()) << json::serialize(confirmed.result);
    EXPECT_EQ(bodyText(confirmed.document).find("{{"), std::string::npos);
}

// A malformed template is refused with its message: the placeholder and where it is.
TEST_F(FillMenu, AMalformedTemplateNamesThePlaceholderAndWhere) {
    auto mine = keep(writerWith("บรรทัดแรก\nคะแนน {{คะแนนรวมม}}"));
    const auto before = openComponents();
    try {
        dispatch(mine, "FillDocument",
                 R"({"sheet": )" + quoted(exampleSheet()) + R"(, "template": "current"})");
        FAIL() << "a malformed template was filled";
    } catch (const std::runtime_error &e) {
        const std::string m = e.what();
        // The test office's UI is English; the engine's message is in Thai and English.
        EXPECT_NE(m.find("The document cannot be filled"), std::string::npos) << m;
        EXPECT_NE(m.find("{{คะแนนรวมม}}"), std::string::npos) << m;
        EXPECT_NE(m.find("ย่อหน้าที่ 2"), std::string::npos) << m;
    }
    EXPECT_EQ(openComponents().size(), before.size()) << "nothing may open";
}

TEST_F(FillMenu, AMissingSheetFileIsNamed) {
    auto mine = keep(writerWith("{{หน่วยงาน}}"));
    try {
        dispatch(mine, "FillDocument", R"({"sheet": "/nonexistent/ใบคะแนน.ods", "template": "memo"})");
        FAIL();
    } catch (const std::runtime_error &e) {
        EXPECT_NE(std::string(e.what()).find("File not found: /nonexistent/ใบคะแนน.ods"), std::string::npos)
            << e.what();
    }
}

namespace {

// As the menu runs it (no Silent): the dialog is built and executed; a headless
// office ends it at once as cancelled.
json::object dispatchWithDialog(const Reference<lang::XComponent> &doc, const std::string &command) {
    Reference<frame::XDispatchHelper> helper = frame::DispatchHelper::create(ctx());
    Reference<frame::XDispatchProvider> provider(frameOf(doc), UNO_QUERY_THROW);
    const uno::Any ret = helper->executeDispatch(provider, ou("org.itatools:" + command), "", 0,
                                                 uno::Sequence<beans::PropertyValue>());
    frame::DispatchResultEvent ev;
    EXPECT_TRUE(ret >>= ev);
    rtl::OUString s;
    ev.Result >>= s;
    EXPECT_EQ(ev.State, frame::DispatchResultState::SUCCESS) << str(s);
    return json::parse(str(s)).as_object();
}

} // namespace

// Every control of the dialog is made (a wrong property name would fail the command),
// in Calc and in Writer; cancelling opens nothing and changes nothing.
TEST_F(FillMenu, TheDialogIsBuiltAndCancellingOpensNothing) {
    auto sheet = keep(openCopy(exampleSheet()));
    auto report = keep(openCopy(builtFixture("report-fy2564.odt")));
    const auto before = openComponents();
    EXPECT_TRUE(dispatchWithDialog(sheet, "FillDocument").at("cancelled").as_bool());
    EXPECT_TRUE(dispatchWithDialog(report, "FillDocument").at("cancelled").as_bool());
    EXPECT_EQ(openComponents().size(), before.size());
    EXPECT_FALSE(Reference<util::XModifiable>(sheet, UNO_QUERY_THROW)->isModified());
    EXPECT_FALSE(Reference<util::XModifiable>(report, UNO_QUERY_THROW)->isModified());
}
