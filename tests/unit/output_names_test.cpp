// Marked-copy names: one per input, whatever the other inputs are called.
#include "cli/output_names.hpp"

#include <gtest/gtest.h>

#include <set>

using ita::cli::markedCopyStems;

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
