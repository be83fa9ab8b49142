// The menu and dialog texts (ITA > Check this document, Clear marks, Fill document…):
// every key in Thai and English, every argument shown, nothing left unformatted.
#include "core/text/messages.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace ita::msg;

namespace {

const std::vector<std::pair<std::string, std::vector<std::string>>> kKeys = {
    {"ui.progress.validate", {}},
    {"ui.progress.analyse", {}},
    {"ui.progress.fill", {}},
    {"ui.undo.validate", {}},
    {"ui.undo.analyse", {}},
    {"ui.undo.clear", {}},
    {"ui.about", {"version", "id"}},
    {"ui.moreFindings", {"count"}},
    {"ui.writer.marked", {"count"}},
    {"ui.ok", {}},
    {"ui.cancel", {}},
    {"ui.fill.title", {}},
    {"ui.fill.sheet", {}},
    {"ui.fill.sheet.this", {"title"}},
    {"ui.fill.sheet.open", {"title"}},
    {"ui.fill.sheet.file", {}},
    {"ui.fill.template", {}},
    {"ui.fill.template.memo", {}},
    {"ui.fill.template.analysis", {}},
    {"ui.fill.template.measures", {}},
    {"ui.fill.template.report", {}},
    {"ui.fill.template.plan", {}},
    {"ui.fill.template.current", {"title"}},
    {"ui.fill.template.file", {}},
    {"ui.fill.file", {}},
    {"ui.fill.date", {}},
    {"ui.fill.letterNumber", {}},
    {"ui.fill.thaiDigits", {}},
    {"ui.fill.ok", {}},
    {"ui.fill.unsaved", {}},
    {"ui.fill.noSheet", {}},
    {"ui.fill.noTemplateFile", {}},
    {"ui.fill.fileMissing", {"file"}},
    {"ui.fill.cannotOpen", {"file"}},
    {"ui.fill.cannotFill", {"message"}},
    {"ui.fill.errors.question", {"errors", "list"}},
    {"ui.fill.errors.refused", {"errors"}},
    {"ui.insertField.title", {}},
    {"ui.insertField.field", {}},
    {"ui.insertField.indicator", {}},
    {"ui.insertField.english", {}},
    {"ui.insertField.ok", {}},
    {"ui.insertField.writerOnly", {}},
    {"ui.insertField.unknown", {"name"}},
    {"ui.insertField.readOnly", {}},
};

} // namespace

TEST(UiMessages, EveryKeyInThaiAndEnglishWithItsArguments) {
    for (const auto &[key, names] : kKeys) {
        ASSERT_TRUE(has(key)) << key;
        Args a;
        for (const auto &n : names)
            a[n] = (n == "count" || n == "errors") ? "3" : "<" + n + ">";
        for (Lang lang : {Lang::Th, Lang::En}) {
            const std::string s = text(key, lang, a);
            EXPECT_FALSE(s.empty()) << key;
            EXPECT_EQ(s.find('{'), std::string::npos) << key << ": " << s;
            EXPECT_EQ(s.find('}'), std::string::npos) << key << ": " << s;
            for (const auto &n : names)
                EXPECT_NE(s.find(a[n]), std::string::npos) << key << " lacks " << n << ": " << s;
        }
        if (key.rfind("ui.undo.", 0) == 0 || key == "ui.about")
            continue; // "ITA: …" / "ITA Tools …" lead both
        EXPECT_NE(text(key, Lang::Th, a), text(key, Lang::En, a)) << key;
        EXPECT_NE(text(key, Lang::Th, a).find("\xE0\xB8"), std::string::npos) << key; // Thai script
    }
}

TEST(UiMessages, ExactTexts) {
    // The undo titles that tests and macros look for in the undo stack.
    EXPECT_EQ(th("ui.undo.validate"), "ITA: ตรวจสอบ");
    EXPECT_EQ(th("ui.undo.clear"), "ITA: ล้างเครื่องหมาย");
    EXPECT_EQ(en("ui.writer.marked", {{"count", "1"}}),
              "One comment added at the paragraphs and cells concerned (ITA > Clear marks removes them).");
    EXPECT_EQ(en("ui.writer.marked", {{"count", "2"}}),
              "2 comments added at the paragraphs and cells concerned (ITA > Clear marks removes them).");
    EXPECT_EQ(th("ui.fill.errors.refused", {{"errors", "2"}}), "ไม่ได้กรอกเอกสาร: ใบคะแนนมีข้อผิดพลาด 2 รายการ");
    EXPECT_EQ(en("ui.fill.errors.refused", {{"errors", "1"}}),
              "Nothing filled: the score sheet has 1 error.");
    EXPECT_EQ(th("ui.fill.fileMissing", {{"file", "/x/ใบคะแนน.ods"}}), "ไม่พบไฟล์ /x/ใบคะแนน.ods");
    EXPECT_EQ(
        th("ui.about", {{"version", "0.1.0"}, {"id", "org.itatools.libreoffice"}}),
        "ITA Tools 0.1.0\nเครื่องมือตรวจสอบ วิเคราะห์ผล และกรอกเอกสารการประเมิน ITA\norg.itatools.libreoffice");
}
