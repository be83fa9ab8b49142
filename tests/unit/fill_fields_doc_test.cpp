// ITA > Insert field offers the fields of docs/fill-language.md §5 from the core's schema,
// with the example from the catalogue. One list: this test fails when the document and the
// schema (names, aliases, order) or the catalogue's examples drift apart.
#include "core/fill/fill_schema.hpp"
#include "core/text/messages.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ita::fill;

namespace {

std::string fillLanguageDoc() {
    std::ifstream in(std::filesystem::path(ITA_SOURCE_DIR) / "docs" / "fill-language.md", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string lineAt(const std::string &text, size_t pos) {
    const size_t end = text.find('\n', pos);
    return text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

} // namespace

TEST(FillFieldsDoc, EveryFieldIsATableRowOfTheDocumentWithItsExampleInOrder) {
    const std::string doc = fillLanguageDoc();
    const size_t fields = doc.find("## 5. Fields");
    ASSERT_NE(fields, std::string::npos);
    const auto list = documentedFields();
    ASSERT_EQ(list.size(), 46u);
    size_t last = fields;
    for (const DocumentedField &f : list) {
        const std::string row = "| `" + f.th + "` | `" + f.en + "` |";
        const size_t at = doc.find(row, fields);
        ASSERT_NE(at, std::string::npos) << row;
        EXPECT_GT(at, last) << row << " is not in the schema's order";
        last = at;
        const std::string key = "fill.example." + f.en;
        ASSERT_TRUE(ita::msg::has(key)) << key;
        const std::string example = ita::msg::th(key);
        EXPECT_NE(lineAt(doc, at).find(example), std::string::npos)
            << row << " lacks the example " << example;
    }
    // No field row of §5 the schema does not know.
    size_t rows = 0;
    for (size_t at = doc.find("\n| `", fields); at != std::string::npos; at = doc.find("\n| `", at + 1))
        ++rows;
    EXPECT_EQ(rows, list.size());
}

TEST(FillFieldsDoc, PlaceholdersInThaiOrEnglish) {
    EXPECT_EQ(placeholderFor("total", false), "{{คะแนนรวม}}");
    EXPECT_EQ(placeholderFor("total", true), "{{total}}");
    EXPECT_EQ(placeholderFor("คะแนน รวม", true), "{{total}}");
    EXPECT_EQ(placeholderFor("IIT", false), "{{คะแนนIIT}}"); // English letters in any case
    EXPECT_EQ(placeholderFor("iit", false), "{{คะแนนIIT}}");
    EXPECT_EQ(placeholderFor("คะแนนIIT", true), "{{iit}}");
    EXPECT_EQ(placeholderFor("i9_name", false), "{{ชื่อตัวชี้วัดที่๙}}");
    EXPECT_EQ(placeholderFor("คะแนนตัวชี้วัดที่10", false), "{{คะแนนตัวชี้วัดที่๑๐}}");
    EXPECT_EQ(placeholderFor("คะแนนตัวชี้วัดที่๑๐", true), "{{i10}}");
    EXPECT_EQ(placeholderFor("คะแนนปีก่อนตัวชี้วัดที่๓", true), "{{i3_previous}}");
    EXPECT_EQ(placeholderFor("i11", false), "");
    EXPECT_EQ(placeholderFor("score", false), "") << "an item field is no field outside its repeat";
    EXPECT_EQ(placeholderFor("คะแนนรวมม", false), "");
}

// Whatever the dialog inserts reads back as the field it names.
TEST(FillFieldsDoc, EveryInsertedPlaceholderNamesItsField) {
    for (const DocumentedField &f : documentedFields())
        for (bool english : {false, true}) {
            std::string name = f.en;
            if (f.perIndicator) name.replace(1, 1, "7");
            const std::string p = placeholderFor(name, english);
            ASSERT_GT(p.size(), 4u) << name;
            FieldRef ref;
            ASSERT_TRUE(findField(RecordKind::Root, normalizeName(p.substr(2, p.size() - 4)), ref)) << p;
            EXPECT_EQ(ref.key, f.perIndicator ? name : f.key) << p;
        }
}
