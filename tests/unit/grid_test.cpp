#include "core/model/grid.hpp"

#include <gtest/gtest.h>

using namespace ita;

TEST(Grid, ColumnLetters) {
    EXPECT_EQ(columnLetters(0), "A");
    EXPECT_EQ(columnLetters(1), "B");
    EXPECT_EQ(columnLetters(25), "Z");
    EXPECT_EQ(columnLetters(26), "AA");
    EXPECT_EQ(columnLetters(51), "AZ");
    EXPECT_EQ(columnLetters(52), "BA");
    EXPECT_EQ(columnLetters(701), "ZZ");
    EXPECT_EQ(columnLetters(702), "AAA");
    EXPECT_EQ(columnLetters(16383), "XFD"); // last column of xlsx / LibreOffice Calc
}

TEST(Grid, SheetLocation) {
    Grid g;
    g.kind = GridKind::Sheet;
    g.index = 1;
    g.name = "คะแนน";
    const Location l = Location::cell(g, 6, 1);
    EXPECT_FALSE(l.isParagraph());
    EXPECT_EQ(l.grid, 1);
    EXPECT_EQ(l.cellRef(), "B7");
    EXPECT_EQ(l.where(), "ชีต 'คะแนน' เซลล์ B7");
    EXPECT_EQ(l.whereEn(), "sheet 'คะแนน' cell B7");
    EXPECT_EQ(Location::cell(g, 0, 27).cellRef(), "AB1");
}

TEST(Grid, WriterTableLocation) {
    Grid g;
    g.kind = GridKind::WriterTable;
    g.index = 1;
    g.name = "Table2";
    const Location l = Location::cell(g, 2, 1);
    EXPECT_EQ(l.where(), "ตาราง Table2 แถว 3 คอลัมน์ 2");
    EXPECT_EQ(l.whereEn(), "table Table2 row 3 column 2");
    EXPECT_EQ(l.cellRef(), "B3");
}

TEST(Grid, ParagraphLocation) {
    const Location l = Location::para(3);
    EXPECT_TRUE(l.isParagraph());
    EXPECT_EQ(l.cellRef(), "");
    EXPECT_EQ(l.where(), "ย่อหน้าที่ 4");
    EXPECT_EQ(l.whereEn(), "paragraph 4");
    EXPECT_EQ(l, Location::para(3));
    EXPECT_FALSE(l == Location::para(4));
}

TEST(Grid, At) {
    Grid g;
    g.rows = {{Cell{"ตัวชี้วัด", std::nullopt, false}, Cell{"คะแนน", std::nullopt, false}},
              {Cell{"การปฏิบัติหน้าที่", std::nullopt, false}}};
    ASSERT_NE(g.at(0, 1), nullptr);
    EXPECT_EQ(g.at(0, 1)->text, "คะแนน");
    EXPECT_EQ(g.at(1, 1), nullptr); // ragged row
    EXPECT_EQ(g.at(2, 0), nullptr);
    EXPECT_EQ(g.at(-1, 0), nullptr);
    EXPECT_EQ(g.rowCount(), 2);
}
