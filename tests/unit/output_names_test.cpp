// Marked-copy names: one per input, whatever the other inputs are called.
#include "cli/output_names.hpp"

#include <gtest/gtest.h>

#include <set>

using ita::cli::filledDocumentNames;
using ita::cli::markedCopyStems;
using ita::cli::safeFileStem;

TEST(OutputNames, AUniqueStemKeepsItsName) {
    EXPECT_EQ(markedCopyStems({"a/x.ods", "a/y.xlsx"}), (std::vector<std::string>{"x-marked", "y-marked"}));
}

TEST(OutputNames, SameStemDifferentExtensions) {
    EXPECT_EQ(markedCopyStems({"a/x.ods", "a/x.xlsx"}),
              (std::vector<std::string>{"x-ods-marked", "x-xlsx-marked"}));
}

TEST(OutputNames, SameNameInTwoFolders) {
    EXPECT_EQ(markedCopyStems({"a/x.ods", "a/x.xlsx", "b/x.xlsx"}),
              (std::vector<std::string>{"x-ods-marked", "x-xlsx-a-marked", "x-xlsx-b-marked"}));
}

TEST(OutputNames, OrderDoesNotChangeAName) {
    const auto one = markedCopyStems({"b/x.xlsx", "a/x.ods", "a/x.xlsx"});
    EXPECT_EQ(one, (std::vector<std::string>{"x-xlsx-b-marked", "x-ods-marked", "x-xlsx-a-marked"}));
}

TEST(OutputNames, TheSamePathTwiceIsNumbered) {
    const auto names = markedCopyStems({"a/x.ods", "a/x.ods", "a/x.ods"});
    EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), 3u);
    EXPECT_EQ(names[0], "x-ods-a-marked");
    EXPECT_EQ(names[1], "x-ods-a-2-marked");
}

TEST(OutputNames, ThaiNamesStayThai) {
    EXPECT_EQ(markedCopyStems({"ส่ง/อบต.หนองบัว 2567.ods"}),
              (std::vector<std::string>{"อบต.หนองบัว 2567-marked"}));
}

TEST(SafeFileStem, SeparatorsAndReservedCharactersBecomeUnderscores) {
    EXPECT_EQ(safeFileStem("a/b\\c:d*e?f\"g<h>i|j"), "a_b_c_d_e_f_g_h_i_j");
    EXPECT_EQ(safeFileStem("tab\there\nnew\x7f" "del"), "tab_here_new_del");
}

TEST(SafeFileStem, NoTraversalNoOptionNoHiddenFile) {
    EXPECT_EQ(safeFileStem("../../etc/passwd"), "etc_passwd");
    EXPECT_EQ(safeFileStem(".."), "document");
    EXPECT_EQ(safeFileStem("-rf ชื่อ"), "rf ชื่อ");
    EXPECT_EQ(safeFileStem(".hidden"), "hidden");
    EXPECT_EQ(safeFileStem("name. "), "name");
    EXPECT_EQ(safeFileStem(""), "document");
}

TEST(SafeFileStem, ThaiKeptAndCutOnACharacterBoundary) {
    EXPECT_EQ(safeFileStem("องค์การบริหารส่วนตำบลโคกสำโรง"), "องค์การบริหารส่วนตำบลโคกสำโรง");
    // each Thai letter is 3 bytes: 10 bytes hold 3 letters, never half of one
    EXPECT_EQ(safeFileStem("อบต.หนองบัว", 10), "อบต");
    EXPECT_EQ(safeFileStem(std::string(200, 'x')).size(), 120u);
}

TEST(SafeFileStem, InvalidUtf8BytesAreReplaced) {
    EXPECT_EQ(safeFileStem("a\xff" "b\xe0\xb8"), "a_b__");
    EXPECT_EQ(safeFileStem("a\xc2\x85" "b"), "a_b"); // C1 NEL
}

TEST(FilledDocumentNames, FromTheAgencyDuplicatesNumbered) {
    EXPECT_EQ(filledDocumentNames({"อบต.หนองบัว", "อบต.หนองบัว", "เทศบาล/ตำบล \"ใหม่\"", ""}, "memo", ".odt"),
              (std::vector<std::string>{"อบต.หนองบัว-memo.odt", "อบต.หนองบัว-memo-2.odt",
                                        "เทศบาล_ตำบล _ใหม่_-memo.odt", "document-memo.odt"}));
    const auto longName = filledDocumentNames({std::string(300, 'k')}, "memo", ".pdf")[0];
    EXPECT_LE(longName.size(), 120u);
    EXPECT_EQ(longName.substr(longName.size() - 4), ".pdf");
}
