#include "core/text/thai_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <sstream>

using namespace ita::thai;

namespace {

std::optional<double> num(double v) {
    return v;
}

} // namespace

TEST(ThaiDigits, ConvertsBothWays) {
    EXPECT_EQ(toThaiDigits("0123456789"), "๐๑๒๓๔๕๖๗๘๙");
    EXPECT_EQ(toArabicDigits("๐๑๒๓๔๕๖๗๘๙"), "0123456789");
    EXPECT_EQ(toThaiDigits("คะแนน 80.78 (ปี 2565)"), "คะแนน ๘๐.๗๘ (ปี ๒๕๖๕)");
    EXPECT_EQ(toArabicDigits("ตัวชี้วัดที่ ๑๐ ได้ ๘๙.๗๒ คะแนน"), "ตัวชี้วัดที่ 10 ได้ 89.72 คะแนน");
    EXPECT_EQ(toThaiDigits(""), "");
    // Other characters of the Thai block next to the digits are kept.
    EXPECT_EQ(toArabicDigits("๏๚๛ฯ"), "๏๚๛ฯ");
}

TEST(ThaiDigits, RoundTripEveryIntegerUpTo100000) {
    for (int i = 0; i <= 100000; ++i) {
        const std::string s = std::to_string(i);
        const std::string t = toThaiDigits(s);
        ASSERT_EQ(digitSystem(t), DigitSystem::Thai) << s;
        ASSERT_EQ(toArabicDigits(t), s);
        ASSERT_EQ(parseNumber(t), num(i)) << s;
    }
}

TEST(ThaiDigits, DigitSystem) {
    EXPECT_EQ(digitSystem("การปฏิบัติหน้าที่"), DigitSystem::None);
    EXPECT_EQ(digitSystem("80.78"), DigitSystem::Arabic);
    EXPECT_EQ(digitSystem("๘๐.๗๘"), DigitSystem::Thai);
    EXPECT_EQ(digitSystem("ปี ๒๕๖๕ ได้ 80.78"), DigitSystem::Mixed);
    EXPECT_EQ(digitSystem(""), DigitSystem::None);
}

TEST(Normalize, RemovesInvisiblesAndUnifiesSpaces) {
    EXPECT_EQ(normalize("การปฏิ\u200Bบัติ\u00A0หน้าที่"), "การปฏิบัติ หน้าที่");
    EXPECT_EQ(normalize("  การใช้\u200Cงบ\u200Dประมาณ\u2060\uFEFF  "), "การใช้งบประมาณ");
    EXPECT_EQ(normalize("คุณภาพ\u00ADการดำเนินงาน"), "คุณภาพการดำเนินงาน");
    EXPECT_EQ(normalize("ตัวชี้วัดที่\u2007๑\u202Fการปฏิบัติหน้าที่"), "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่");
    EXPECT_EQ(normalize("ประสิทธิภาพ \t\n  การสื่อสาร\u3000\u2003"), "ประสิทธิภาพ การสื่อสาร");
    EXPECT_EQ(normalize("\u00A0\u200B "), "");
    EXPECT_EQ(normalize(""), "");
}

TEST(Normalize, ComposesNfcAndSaraAm) {
    // e + combining acute -> U+00E9
    EXPECT_EQ(normalize("Cafe\u0301"), "Caf\u00E9");
    // NIKHAHIT + SARA AA typed for SARA AM, also with the tone mark between them
    EXPECT_EQ(normalize("การดําเนินงาน"), "การดำเนินงาน");
    EXPECT_EQ(normalize("น\u0E4D\u0E49\u0E32"), "น้ำ");
    // Zero-width characters inside a pair that composes must not block NFC
    EXPECT_EQ(normalize("e\u200B\u0301"), "\u00E9");
}

TEST(Normalize, Compact) {
    EXPECT_EQ(compact("การ ปฏิบัติ\u00A0หน้า\u200Bที่"), "การปฏิบัติหน้าที่");
    EXPECT_EQ(compact(" การใช้ ทรัพย์สิน ของราชการ "), "การใช้ทรัพย์สินของราชการ");
}

TEST(ParseNumber, Accepts) {
    EXPECT_EQ(parseNumber("80.78"), num(80.78));
    EXPECT_EQ(parseNumber("๘๐.๗๘"), num(80.78));
    EXPECT_EQ(parseNumber(" 80.78 "), num(80.78));
    EXPECT_EQ(parseNumber("\u00A0๘๙.๗๒\u200B"), num(89.72));
    EXPECT_EQ(parseNumber("1,234.5"), num(1234.5));
    EXPECT_EQ(parseNumber("๑,๒๓๔,๕๖๗"), num(1234567));
    EXPECT_EQ(parseNumber("-3"), num(-3));
    EXPECT_EQ(parseNumber("+3"), num(3));
    EXPECT_EQ(parseNumber("\u22123.5"), num(-3.5));
    EXPECT_EQ(parseNumber("100"), num(100));
    EXPECT_EQ(parseNumber("0"), num(0));
    EXPECT_EQ(parseNumber("00095.50"), num(95.5));
    EXPECT_EQ(parseNumber(".5"), num(0.5));
    EXPECT_EQ(parseNumber("-.5"), num(-0.5));
    EXPECT_EQ(parseNumber("95."), num(95));
    EXPECT_EQ(parseNumber("๘0.5"), num(80.5)); // mixed digits: value still clear
    EXPECT_EQ(parseNumber("99.999999999999999999999999"), num(100));
}

TEST(ParseNumber, Rejects) {
    for (const char *s :
         {"",     " ",    "\u200B", "8O.5", "80.78 คะแนน", "๘๐.๗๘.๑", "คะแนน 80", "80 78",
          "- 3",  "-",    "+",      ".",    ",",           "1,23",    "1,2345",   "1234,567",
          ",123", "123,", "1,,234", "1,.5", "1.234,5",     "80%",     "1e5",      "0x10",
          "NaN",  "inf",  "๘๐,๗๘",  "3-",   "--3",         "A1",      "\xff\xfe", "๙๙.๘๕ AA"}) {
        EXPECT_EQ(parseNumber(s), std::nullopt) << s;
    }
}

TEST(FormatFixed, Examples) {
    EXPECT_EQ(formatFixed(80.784, 2, false), "80.78");
    EXPECT_EQ(formatFixed(80.784, 2, true), "๘๐.๗๘");
    EXPECT_EQ(formatFixed(80.785, 2, false), "80.79"); // half-up on the decimal value
    EXPECT_EQ(formatFixed(2.675, 2, false), "2.68");
    EXPECT_EQ(formatFixed(1.005, 2, true), "๑.๐๑");
    EXPECT_EQ(formatFixed(100, 2, true), "๑๐๐.๐๐");
    EXPECT_EQ(formatFixed(1234567.5, 2, false), "1234567.50"); // no grouping
    EXPECT_EQ(formatFixed(-0.004, 2, false), "0.00");
    EXPECT_EQ(formatFixed(-12.345, 2, false), "-12.35");
    EXPECT_EQ(formatFixed(89.72, 0, false), "90");
    EXPECT_EQ(formatFixed(0.06, 3, true), "๐.๐๖๐");
}

TEST(FormatFixed, RoundTripsThroughParse) {
    std::mt19937_64 rng(20240408);
    std::uniform_int_distribution<long long> cents(-10000000, 10000000);
    for (int i = 0; i < 20000; ++i) {
        const long long c = cents(rng);
        const double v = static_cast<double>(c) / 100.0;
        for (bool thai : {false, true}) {
            const std::string s = formatFixed(v, 2, thai);
            ASSERT_EQ(digitSystem(s), thai ? DigitSystem::Thai : DigitSystem::Arabic) << s;
            ASSERT_EQ(parseNumber(s), num(v)) << s;
            ASSERT_EQ(toArabicDigits(toThaiDigits(s)), thai ? toArabicDigits(s) : s);
        }
    }
    // Unrounded values: the parsed result is the value rounded to 2 decimals.
    std::uniform_real_distribution<double> real(0, 100);
    for (int i = 0; i < 20000; ++i) {
        const double v = real(rng);
        for (bool thai : {false, true}) {
            const auto back = parseNumber(formatFixed(v, 2, thai));
            ASSERT_TRUE(back);
            ASSERT_NEAR(*back, v, 0.005 + 1e-12);
            ASSERT_NEAR(*back * 100, std::round(*back * 100), 1e-6);
        }
    }
}

TEST(Dates, Examples) {
    const Date d{2022, 4, 8};
    EXPECT_EQ(formatDateLong(d), "๘ เมษายน ๒๕๖๕");
    EXPECT_EQ(formatDateLong(d, false), "8 เมษายน 2565");
    EXPECT_EQ(formatDateShort(d), "๘ เม.ย. ๖๕");
    EXPECT_EQ(formatDateShort(d, false), "8 เม.ย. 65");
    EXPECT_EQ(formatMonthYear(2021, 10, false, false), "ต.ค. ๒๕๖๔");
    EXPECT_EQ(formatMonthYear(2021, 10, true, false), "ต.ค. ๖๔");
    EXPECT_EQ(formatMonthYear(2021, 10, false, true), "ตุลาคม ๒๕๖๔");
    EXPECT_EQ(formatMonthYear(2021, 10, false, true, false), "ตุลาคม 2564");
    EXPECT_EQ(fiscalYearPeriod(2565), "ต.ค. ๒๕๖๔ \u2013 ก.ย. ๒๕๖๕");
    EXPECT_EQ(fiscalYearPeriod(2566, true), "ต.ค. ๖๕ \u2013 ก.ย. ๖๖");
    EXPECT_EQ(fiscalYearPeriod(2566, true, false), "ต.ค. 65 \u2013 ก.ย. 66");
    EXPECT_EQ(formatDateLong({2024, 2, 29}, false), "29 กุมภาพันธ์ 2567");
    EXPECT_EQ(formatDateLong({2023, 12, 31}, false), "31 ธันวาคม 2566");
    EXPECT_EQ(formatDateLong({2024, 1, 1}, false), "1 มกราคม 2567");
    EXPECT_EQ(formatDateLong({2023, 2, 29}), ""); // no such day
    EXPECT_EQ(formatDateLong({2023, 13, 1}), "");
}

TEST(Dates, MonthNames) {
    const char *full[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                          "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
    const char *abbr[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                          "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
    for (int m = 1; m <= 12; ++m) {
        EXPECT_EQ(monthName(m, false), full[m - 1]);
        EXPECT_EQ(monthName(m, true), abbr[m - 1]);
    }
    EXPECT_EQ(monthName(0, false), "");
    EXPECT_EQ(monthName(13, true), "");
}

// Every day of BE 2560..2570 formats, and day, month and year read back from the text.
TEST(Dates, EveryDayReadsBack) {
    auto monthIndex = [](const std::string &name, bool abbreviated) {
        for (int m = 1; m <= 12; ++m)
            if (monthName(m, abbreviated) == name) return m;
        return 0;
    };
    int days = 0;
    for (double serial = toSerial({beToCe(2560), 1, 1}); serial <= toSerial({beToCe(2570), 12, 31});
         ++serial) {
        const Date d = fromSerial(serial);
        ASSERT_EQ(toSerial(d), serial);
        for (bool thai : {true, false}) {
            {
                std::istringstream in(toArabicDigits(formatDateLong(d, thai)));
                int day = 0, yearBE = 0;
                std::string month;
                in >> day >> month >> yearBE;
                ASSERT_TRUE(in && in.eof()) << formatDateLong(d, thai);
                ASSERT_EQ(day, d.day);
                ASSERT_EQ(monthIndex(month, false), d.month);
                ASSERT_EQ(beToCe(yearBE), d.year);
            }
            {
                const std::string text = formatDateShort(d, thai);
                ASSERT_EQ(digitSystem(text), thai ? DigitSystem::Thai : DigitSystem::Arabic);
                std::istringstream in(toArabicDigits(text));
                int day = 0, yy = 0;
                std::string month;
                in >> day >> month >> yy;
                ASSERT_TRUE(in && in.eof()) << text;
                ASSERT_EQ(day, d.day);
                ASSERT_EQ(monthIndex(month, true), d.month);
                ASSERT_EQ(yy, ceToBe(d.year) % 100);
            }
        }
        ++days;
    }
    EXPECT_EQ(days, 4017); // 11 years, 2 of them leap (BE 2563, 2567)
}

TEST(Dates, Serial) {
    EXPECT_EQ(toSerial({1899, 12, 30}), 0);
    EXPECT_EQ(toSerial({1900, 3, 1}), 61);
    EXPECT_EQ(toSerial({2022, 4, 8}), 44659);
    const Date d = fromSerial(44659.75); // time of day ignored
    EXPECT_EQ(d.year, 2022);
    EXPECT_EQ(d.month, 4);
    EXPECT_EQ(d.day, 8);
    const Date e = fromSerial(-1);
    EXPECT_EQ(e.year, 1899);
    EXPECT_EQ(e.month, 12);
    EXPECT_EQ(e.day, 29);
}
