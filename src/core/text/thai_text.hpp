// Thai text on ICU: digits, numbers, normalisation, Buddhist-Era dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ita::thai {

// ๐-๙ <-> 0-9; every other character is kept.
std::string toThaiDigits(std::string_view utf8);
std::string toArabicDigits(std::string_view utf8);

// NFC; zero-width characters (U+200B..U+200D, U+2060, U+FEFF, soft hyphen) removed;
// NBSP and other Unicode spaces become ' '; runs of white space collapse; trimmed.
std::string normalize(std::string_view utf8);
// normalize() and then every space removed: for matching names typed with stray spaces.
std::string compact(std::string_view utf8);

enum class DigitSystem { None, Arabic, Thai, Mixed };
DigitSystem digitSystem(std::string_view utf8);

// A whole cell or token that is a number, written in Thai or Arabic digits:
// "80.78", "๘๐.๗๘", " 80.78 ", "1,234.5", "-3". Not "8O.5", not "80.78 คะแนน", not "".
std::optional<double> parseNumber(std::string_view utf8);

// Fixed decimals with ICU number formatting, no grouping: (80.784, 2, false) -> "80.78",
// (80.784, 2, true) -> "๘๐.๗๘".
std::string formatFixed(double value, int decimals, bool thaiDigits);
// A score as published: 2 decimals ("๘๗.๕๐").
inline std::string formatScore(double value, bool thaiDigits) {
    return formatFixed(value, 2, thaiDigits);
}
// A whole number: 2567 -> "๒๕๖๗".
std::string formatInteger(long value, bool thaiDigits);
// A target or threshold: whole numbers without decimals (85 -> "๘๕"), others as a score (82.5 -> "๘๒.๕๐").
std::string formatTarget(double value, bool thaiDigits);

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
}; // Gregorian (CE)

// From ICU's th_TH@calendar=buddhist: "๘ เมษายน ๒๕๖๕" (thaiDigits) / "8 เมษายน 2565"
std::string formatDateLong(const Date &d, bool thaiDigits = true);
// "๘ เม.ย. ๖๕" (2-digit BE year)
std::string formatDateShort(const Date &d, bool thaiDigits = true);
// Month + BE year: "ต.ค. ๒๕๖๔" or with twoDigitYear "ต.ค. ๖๔"; fullMonth gives "ตุลาคม ๒๕๖๔"
std::string formatMonthYear(int ceYear, int month, bool twoDigitYear, bool fullMonth, bool thaiDigits = true);
// Fiscal year N (BE) runs 1 Oct N-1 .. 30 Sep N: "ต.ค. ๒๕๖๔ – ก.ย. ๒๕๖๕"
std::string fiscalYearPeriod(int fiscalYearBE, bool twoDigitYear = false, bool thaiDigits = true);
// Spreadsheet serial day (1899-12-30 = 0) <-> date
Date fromSerial(double serial);
double toSerial(const Date &d);
// Thai month name (1..12) as in ICU, full or abbreviated
std::string monthName(int month, bool abbreviated);

inline int beToCe(int be) {
    return be - 543;
}
inline int ceToBe(int ce) {
    return ce + 543;
}

} // namespace ita::thai
