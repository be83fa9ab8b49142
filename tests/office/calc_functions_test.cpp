// The spreadsheet functions (Calc add-in) in real cells: values against hand
// computations, Thai-digit text scores, and error values for bad arguments.
#include "calc_test_docs.hpp"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using namespace ita::test;

namespace {

// B1:B10, indicator order. B2 and B5 are Thai-digit text, as clerks type them.
// FY2564: 0.06*(85.5+78.2+88.1+80+75.3) + 0.10*(82.4+79.9+77.6) + 0.20*(70+72.5) = 76.916
// Tools (FY2566, means): IIT 407.1/5 = 81.42, EIT 239.9/3 = 79.9666…, OIT 142.5/2 = 71.25
const std::vector<std::string> kScores = {"85.5", "๗๘.๒๐", "88.1", "80", "๗๕.๓๐",
                                          "82.4", "79.9",  "77.6", "70", "72.5"};
constexpr double kTotal = 76.916;

class CalcFunctions : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        Rows rows;
        for (size_t i = 0; i < kScores.size(); ++i)
            rows.push_back({indicatorNames()[i], kScores[i]});
        rows[0].push_back("8O.5"); // C1: a typo for the bad-range case
        for (int i = 1; i < 10; ++i)
            rows[static_cast<size_t>(i)].push_back("50");
        doc_ = newCalcDoc("functions.ods", "ฟังก์ชัน", rows);
    }
    static void TearDownTestSuite() {
        closeDoc(doc_);
        doc_.clear();
    }
    // Puts the formula in E<row> and returns the cell.
    Reference<table::XCell> eval(const std::string &formula) {
        auto cell = ita::test::sheet(doc_, "ฟังก์ชัน")->getCellByPosition(4, next_++);
        cell->setFormula(ou(formula));
        return cell;
    }
    static std::string text(const Reference<table::XCell> &c) {
        return str(Reference<text::XTextRange>(c, UNO_QUERY_THROW)->getString());
    }
    static Reference<lang::XComponent> doc_;
    int next_ = 0;
};
Reference<lang::XComponent> CalcFunctions::doc_;

} // namespace

TEST_F(CalcFunctions, TotalOfNumbersAndThaiDigitTextByDisplayName) {
    auto c = eval("=ITA.TOTAL(B1:B10;2564)");
    EXPECT_EQ(c->getError(), 0) << str(c->getFormula());
    EXPECT_NEAR(c->getValue(), kTotal, 1e-9);
    // Equal weights within each tool make FY2566's total the same figure.
    EXPECT_NEAR(eval("=ITA.TOTAL(B1:B10;2566)")->getValue(), kTotal, 1e-9);
}

TEST_F(CalcFunctions, TotalByProgrammaticName) {
    auto c = eval("=org.itatools.CalcFunctions.itaTotal(B1:B10;2564)");
    EXPECT_EQ(c->getError(), 0);
    EXPECT_NEAR(c->getValue(), kTotal, 1e-9);
    // Both spellings are the same add-in call: the API gives back one formula text.
    auto d = eval("=ITA.TOTAL(B1:B10;2564)");
    EXPECT_EQ(str(c->getFormula()), str(d->getFormula()));
    EXPECT_EQ(str(c->getFormula()), "=ORG.ITATOOLS.CALCFUNCTIONS.ITATOTAL(B1:B10;2564)");
}

TEST_F(CalcFunctions, RatingForLetterAndPassSchemes) {
    EXPECT_EQ(text(eval("=ITA.RATING(ITA.TOTAL(B1:B10;2564);2564)")), "B");
    EXPECT_EQ(text(eval("=ITA.RATING(85;2564)")), "A");
    EXPECT_EQ(text(eval("=ITA.RATING(94.99;2565)")), "A");
    EXPECT_EQ(text(eval("=ITA.RATING(95;2563)")), "AA");
    // From FY2566 the rating also depends on each tool's score.
    EXPECT_EQ(text(eval("=ITA.RATING(76.916;2566)")), "ต้องปรับปรุง");
    EXPECT_EQ(text(eval("=ITA.RATING(60;2566)")), "ต้องปรับปรุงโดยด่วน");
    EXPECT_EQ(text(eval("=ITA.RATING(90;2566;90;88;92)")), "ผ่านดี");
    EXPECT_EQ(text(eval("=ITA.RATING(96;2566;96;97;95)")), "ผ่านดีเยี่ยม");
    EXPECT_EQ(text(eval("=ITA.RATING(95.81;2566;96;94;97)")), "ผ่านดี");
    EXPECT_EQ(text(eval("=ITA.RATING(94.64;2567;96;84;99)")), "ผ่าน");
    auto missingTools = eval("=ITA.RATING(90;2566)");
    EXPECT_NE(missingTools->getError(), 0) << "FY2566 at 90 needs the tool scores: " << text(missingTools);
}

TEST_F(CalcFunctions, ToolScoreIsTheMeanOfTheToolsIndicators) {
    EXPECT_NEAR(eval("=ITA.TOOLSCORE(B1:B10;2566;\"IIT\")")->getValue(), 81.42, 1e-9);
    EXPECT_NEAR(eval("=ITA.TOOLSCORE(B1:B10;2566;\"EIT\")")->getValue(), 239.9 / 3, 1e-9);
    EXPECT_NEAR(eval("=ITA.TOOLSCORE(B1:B10;2567;\"oit\")")->getValue(), 71.25, 1e-9);
    EXPECT_EQ(text(eval("=ITA.RATING(ITA.TOTAL(B1:B10;2566);2566;ITA.TOOLSCORE(B1:B10;2566;\"IIT\");"
                        "ITA.TOOLSCORE(B1:B10;2566;\"EIT\");ITA.TOOLSCORE(B1:B10;2566;\"OIT\"))")),
              "ต้องปรับปรุง");
    EXPECT_NE(eval("=ITA.TOOLSCORE(B1:B10;2566;\"XYZ\")")->getError(), 0);
}

TEST_F(CalcFunctions, DigitsAndDates) {
    EXPECT_EQ(text(eval("=ITA.THAIDIGITS(80.5)")), "๘๐.๕๐");
    EXPECT_EQ(text(eval("=ITA.THAIDIGITS(80.784;1)")), "๘๐.๘");
    EXPECT_EQ(text(eval("=ITA.THAIDIGITS(\"ปีงบประมาณ 2564\")")), "ปีงบประมาณ ๒๕๖๔");
    EXPECT_EQ(text(eval("=ITA.ARABICDIGITS(\"๘๐.๗๘ คะแนน\")")), "80.78 คะแนน");
    auto n = eval("=VALUE(ITA.ARABICDIGITS(B2))");
    EXPECT_DOUBLE_EQ(n->getValue(), 78.2);
    EXPECT_EQ(text(eval("=ITA.THAIDATE(DATE(2022;4;8))")), "๘ เมษายน ๒๕๖๕");
    EXPECT_EQ(text(eval("=ITA.THAIDATE(DATE(2022;4;8);1)")), "๘ เม.ย. ๖๕");
    EXPECT_EQ(text(eval("=ITA.THAIDATE(DATE(2023;10;1))")), "๑ ตุลาคม ๒๕๖๖");
}

TEST_F(CalcFunctions, BadArgumentsGiveAnErrorValueNotACrash) {
    EXPECT_NE(eval("=ITA.TOTAL(B1:B9;2564)")->getError(), 0) << "nine scores";
    EXPECT_NE(eval("=ITA.TOTAL(B1:B10;2599)")->getError(), 0) << "no framework for 2599";
    EXPECT_NE(eval("=ITA.TOTAL(C1:C10;2564)")->getError(), 0) << "\"8O.5\" is not a score";
    EXPECT_NE(eval("=ITA.TOTAL(A1:A10;2564)")->getError(), 0) << "names are not scores";
    EXPECT_NE(eval("=ITA.RATING(120;2564)")->getError(), 0) << "a total above 100";
    EXPECT_NE(eval("=ITA.RATING(90;2566;90;101;92)")->getError(), 0) << "a tool score above 100";
    EXPECT_NE(eval("=ITA.RATING(80;2599)")->getError(), 0) << "no framework for 2599";
    EXPECT_NE(eval("=ITA.THAIDATE(0)")->getError(), 0);
    // The office is still there and the functions still work.
    EXPECT_NEAR(eval("=ITA.TOTAL(B1:B10;2564)")->getValue(), kTotal, 1e-9);
}

// The Function Wizard shows names and help in the UI language: Thai names in a
// Thai UI, English ones otherwise; documents keep the programmatic names.
// (Calc's formula parser takes Thai names with combining marks, e.g. ITA.ระดับผล:
// checked once by giving the English UI a Thai name.)
TEST(CalcFunctionNames, ThaiAndEnglishNamesAndHelp) {
    Reference<sheet::XAddIn> addin(
        ctx()->getServiceManager()->createInstanceWithContext("org.itatools.CalcFunctions", ctx()),
        UNO_QUERY_THROW);
    addin->setLocale(lang::Locale("th", "TH", ""));
    EXPECT_EQ(str(addin->getDisplayFunctionName("itaTotal")), "ITA.คะแนนรวม");
    EXPECT_EQ(str(addin->getDisplayFunctionName("itaRating")), "ITA.ระดับผล");
    EXPECT_EQ(str(addin->getDisplayFunctionName("itaThaiDate")), "ITA.วันที่ไทย");
    EXPECT_EQ(str(addin->getDisplayArgumentName("itaTotal", 1)), "ปีงบประมาณ");
    EXPECT_NE(str(addin->getFunctionDescription("itaTotal")).find("คะแนนรวม"), std::string::npos);
    addin->setLocale(lang::Locale("en", "US", ""));
    EXPECT_EQ(str(addin->getDisplayFunctionName("itaTotal")), "ITA.TOTAL");
    EXPECT_EQ(str(addin->getDisplayArgumentName("itaTotal", 1)), "fiscal_year");
    // either name leads back to the stored, programmatic one
    EXPECT_EQ(str(addin->getProgrammaticFuntionName(ou("ITA.คะแนนรวม"))), "itaTotal");
    EXPECT_EQ(str(addin->getProgrammaticFuntionName("ITA.TOTAL")), "itaTotal");
    EXPECT_EQ(str(addin->getProgrammaticFuntionName("NOPE")), "");
}
