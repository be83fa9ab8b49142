#include "core/text/thai_text.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/normalizer2.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>

namespace ita::thai {

namespace {

// Thai digits ๐..๙ are U+0E50..U+0E59, UTF-8 E0 B9 90..99.
constexpr unsigned char kThaiLead0 = 0xE0, kThaiLead1 = 0xB9, kThaiDigit0 = 0x90;

bool isThaiDigitAt(std::string_view s, size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == kThaiLead0 &&
           static_cast<unsigned char>(s[i + 1]) == kThaiLead1 &&
           static_cast<unsigned char>(s[i + 2]) >= kThaiDigit0 &&
           static_cast<unsigned char>(s[i + 2]) <= kThaiDigit0 + 9;
}

// Invisible characters that survive copy/paste and PDF-to-Word conversion and split words.
bool isInvisible(UChar32 c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool isSpace(UChar32 c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
    if (c < 0x80) return false;
    return u_isUWhiteSpace(c) != 0;
}

std::string toUtf8(const icu::UnicodeString &u) {
    std::string s;
    u.toUTF8String(s);
    return s;
}

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long daysFromCivil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

Date civilFromDays(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool valid(const Date &d) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.month < 1 || d.month > 12 || d.day < 1) return false;
    return d.day <= kDays[d.month - 1] + (d.month == 2 && isLeap(d.year) ? 1 : 0);
}

// Serial 0 = 1899-12-30, the epoch LibreOffice and Excel (after 1900-03-01) share.
constexpr long long kSerialEpochDays = -25569; // daysFromCivil(1899, 12, 30)

// SimpleDateFormat is expensive to build and not safe to share between threads
// for formatting, so each thread keeps one per pattern and digit system.
// The formatter works in GMT: a Date is a calendar day, not an instant.
std::string formatDate(const Date &d, const char *pattern, bool thaiDigits) {
    if (!valid(d)) return {};
    thread_local std::map<std::pair<std::string, bool>, std::unique_ptr<icu::SimpleDateFormat>> cache;
    auto &fmt = cache[{pattern, thaiDigits}];
    if (!fmt) {
        UErrorCode st = U_ZERO_ERROR;
        icu::Locale loc(thaiDigits ? "th_TH@calendar=buddhist;numbers=thai"
                                   : "th_TH@calendar=buddhist;numbers=latn");
        fmt = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString::fromUTF8(pattern), loc, st);
        if (U_FAILURE(st)) {
            fmt.reset();
            return {};
        }
        fmt->adoptTimeZone(icu::TimeZone::createTimeZone("GMT"));
    }
    const UDate when = static_cast<double>(daysFromCivil(d.year, static_cast<unsigned>(d.month),
                                                         static_cast<unsigned>(d.day))) *
                       U_MILLIS_PER_DAY;
    icu::UnicodeString out;
    fmt->format(when, out);
    return toUtf8(out);
}

} // namespace

std::string toThaiDigits(std::string_view s) {
    std::string out;
    out.reserve(s.size() * 2);
    for (char ch : s) {
        if (ch >= '0' && ch <= '9') {
            out.push_back(static_cast<char>(kThaiLead0));
            out.push_back(static_cast<char>(kThaiLead1));
            out.push_back(static_cast<char>(kThaiDigit0 + (ch - '0')));
        } else {
            out.push_back(ch);
        }
    }
    return out;
}

std::string toArabicDigits(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (isThaiDigitAt(s, i)) {
            out.push_back(static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - kThaiDigit0)));
            i += 3;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

std::string normalize(std::string_view utf8) {
    const icu::UnicodeString in =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    // Invisible characters go before NFC: they would otherwise block composition.
    icu::UnicodeString cleaned;
    bool pendingSpace = false;
    for (int32_t i = 0; i < in.length();) {
        const UChar32 c = in.char32At(i);
        i += U16_LENGTH(c);
        if (isInvisible(c)) continue;
        if (isSpace(c)) {
            pendingSpace = !cleaned.isEmpty();
            continue;
        }
        if (pendingSpace) cleaned.append(static_cast<UChar>(' '));
        pendingSpace = false;
        cleaned.append(c);
    }
    // NFC does not join NIKHAHIT + SARA AA into SARA AM (only NFKC would, which would also
    // fold much else); PDF conversions and some keyboards produce the pair, so join it here,
    // also across a tone mark typed between them ("น ้ ํ า" -> "น้ำ").
    for (int32_t i = 0; i + 1 < cleaned.length(); ++i) {
        if (cleaned.charAt(i) != 0x0E4D) continue;
        if (cleaned.charAt(i + 1) == 0x0E32) {
            cleaned.replace(i, 2, static_cast<UChar>(0x0E33));
        } else if (i + 2 < cleaned.length() && cleaned.charAt(i + 1) >= 0x0E48 &&
                   cleaned.charAt(i + 1) <= 0x0E4B && cleaned.charAt(i + 2) == 0x0E32) {
            const UChar tone = cleaned.charAt(i + 1);
            cleaned.replace(i, 3, icu::UnicodeString(tone).append(static_cast<UChar>(0x0E33)));
        }
    }
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(st);
    if (U_FAILURE(st)) return toUtf8(cleaned);
    icu::UnicodeString out = nfc->normalize(cleaned, st);
    if (U_FAILURE(st)) return toUtf8(cleaned);
    return toUtf8(out);
}

std::string compact(std::string_view utf8) {
    std::string s = normalize(utf8);
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != ' ') out.push_back(c);
    return out;
}

DigitSystem digitSystem(std::string_view s) {
    bool arabic = false, thai = false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            arabic = true;
        } else if (isThaiDigitAt(s, i)) {
            thai = true;
            i += 2;
        }
    }
    if (arabic && thai) return DigitSystem::Mixed;
    if (thai) return DigitSystem::Thai;
    if (arabic) return DigitSystem::Arabic;
    return DigitSystem::None;
}

// Hand-written scanner: this runs on every cell, so no ICU parser objects. Digits may be
// Thai or Arabic (even both: the value is still unambiguous; ITA014 reports the mixing).
std::optional<double> parseNumber(std::string_view s) {
    const auto *p = reinterpret_cast<const uint8_t *>(s.data());
    if (s.size() > 4096) return std::nullopt;
    const auto n = static_cast<int32_t>(s.size());

    // "-" + integer digits without leading zeros + "." + fraction, ASCII, for from_chars.
    char buf[128];
    size_t len = 0;
    bool negative = false;
    enum class St { Lead, Sign, Int, Frac, Trail } st = St::Lead;
    int intDigits = 0, fracDigits = 0;
    int groupLen = -1; // digits since the last thousands comma; -1 = no comma seen
    bool lastWasComma = false;

    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return std::nullopt;
        if (isInvisible(c)) continue; // anywhere: they are invisible in the cell too
        if (isSpace(c)) {
            if (st == St::Lead) continue;
            if (st == St::Sign || lastWasComma) return std::nullopt;
            st = St::Trail;
            continue;
        }
        if (st == St::Trail) return std::nullopt;

        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 0x0E50 && c <= 0x0E59)
            digit = u_charDigitValue(c);

        if (digit >= 0) {
            if (st == St::Lead || st == St::Sign) st = St::Int;
            if (st == St::Int) {
                ++intDigits;
                if (groupLen >= 0 && ++groupLen > 3) return std::nullopt;
                if (len == 0 && digit == 0) { // leading zero: carries nothing
                    lastWasComma = false;
                    continue;
                }
            } else {
                ++fracDigits;
            }
            if (len + 2 >= sizeof buf) {
                if (st == St::Int) return std::nullopt; // > 120 integer digits: not a figure
                continue; // fraction digits that far out cannot change the double
            }
            buf[len++] = static_cast<char>('0' + digit);
            lastWasComma = false;
            continue;
        }
        if ((c == '-' || c == '+' || c == 0x2212) && st == St::Lead) {
            negative = c != '+';
            st = St::Sign;
            continue;
        }
        if (c == ',' && st == St::Int && !lastWasComma) {
            // "1,234": the first group 1-3 digits, each later group exactly 3.
            if (groupLen < 0 ? intDigits > 3 : groupLen != 3) return std::nullopt;
            groupLen = 0;
            lastWasComma = true;
            continue;
        }
        if (c == '.' && st != St::Frac && !lastWasComma) {
            if (groupLen >= 0 && groupLen != 3) return std::nullopt;
            if (len == 0) buf[len++] = '0';
            buf[len++] = '.';
            st = St::Frac;
            continue;
        }
        return std::nullopt;
    }
    if (lastWasComma || (groupLen >= 0 && groupLen != 3)) return std::nullopt;
    if (intDigits + fracDigits == 0) return std::nullopt;
    if (len == 0) buf[len++] = '0';
    if (buf[len - 1] == '.') --len;

    double v = 0;
    auto r = std::from_chars(buf, buf + len, v);
    if (r.ec != std::errc() || r.ptr != buf + len) return std::nullopt;
    return negative ? -v : v;
}

std::string formatFixed(double value, int decimals, bool thaiDigits) {
    if (decimals < 0) decimals = 0;
    if (decimals > 15) decimals = 15;
    // LocalizedNumberFormatter is immutable and thread-safe, but building one costs;
    // keep one per (decimals, digits) per thread.
    thread_local std::map<int, icu::number::LocalizedNumberFormatter> cache;
    const int key = decimals * 2 + (thaiDigits ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
        // ICU rounds the shortest decimal representation of the double, so 80.785 (binary
        // 80.78499999...) rounds half-up to 80.79, as a clerk rounding by hand would.
        auto f = icu::number::NumberFormatter::withLocale(
                     icu::Locale(thaiDigits ? "th_TH@numbers=thai" : "th_TH@numbers=latn"))
                     .precision(icu::number::Precision::fixedFraction(decimals))
                     .roundingMode(UNUM_ROUND_HALFUP)
                     .grouping(UNUM_GROUPING_OFF)
                     .sign(UNUM_SIGN_NEGATIVE); // no "-0.00"
        it = cache.emplace(key, std::move(f)).first;
    }
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString out = it->second.formatDouble(value, st).toString(st);
    if (U_FAILURE(st)) return {};
    return toUtf8(out);
}

// ICU 72's Thai month abbreviations (CLDR) are the official ones: ม.ค. ก.พ. มี.ค. เม.ย. พ.ค.
// มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. - verified by the unit tests.
std::string formatDateLong(const Date &d, bool thaiDigits) {
    return formatDate(d, "d MMMM y", thaiDigits);
}

std::string formatDateShort(const Date &d, bool thaiDigits) {
    return formatDate(d, "d MMM yy", thaiDigits);
}

std::string formatMonthYear(int ceYear, int month, bool twoDigitYear, bool fullMonth, bool thaiDigits) {
    const char *pattern =
        fullMonth ? (twoDigitYear ? "MMMM yy" : "MMMM y") : (twoDigitYear ? "MMM yy" : "MMM y");
    return formatDate(Date{ceYear, month, 1}, pattern, thaiDigits);
}

std::string fiscalYearPeriod(int fiscalYearBE, bool twoDigitYear, bool thaiDigits) {
    const int ce = beToCe(fiscalYearBE);
    return formatMonthYear(ce - 1, 10, twoDigitYear, false, thaiDigits) + " \u2013 " +
           formatMonthYear(ce, 9, twoDigitYear, false, thaiDigits);
}

Date fromSerial(double serial) {
    if (!std::isfinite(serial) || std::fabs(serial) > 1e8) return Date{};
    return civilFromDays(static_cast<long long>(std::floor(serial)) + kSerialEpochDays);
}

double toSerial(const Date &d) {
    return static_cast<double>(
        daysFromCivil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day)) -
        kSerialEpochDays);
}

std::string monthName(int month, bool abbreviated) {
    if (month < 1 || month > 12) return {};
    struct Names {
        std::array<std::string, 12> full, abbr;
    };
    static const Names names = [] {
        Names n;
        UErrorCode st = U_ZERO_ERROR;
        icu::DateFormatSymbols sym(icu::Locale("th_TH"), st);
        if (U_FAILURE(st)) return n;
        int32_t count = 0;
        const icu::UnicodeString *f =
            sym.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
        for (int32_t i = 0; i < count && i < 12; ++i)
            n.full[static_cast<size_t>(i)] = toUtf8(f[i]);
        const icu::UnicodeString *a =
            sym.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::ABBREVIATED);
        for (int32_t i = 0; i < count && i < 12; ++i)
            n.abbr[static_cast<size_t>(i)] = toUtf8(a[i]);
        return n;
    }();
    return (abbreviated ? names.abbr : names.full)[static_cast<size_t>(month - 1)];
}

std::string formatInteger(long value, bool thaiDigits) {
    const std::string s = std::to_string(value);
    return thaiDigits ? toThaiDigits(s) : s;
}

std::string formatTarget(double value, bool thaiDigits) {
    const double whole = std::round(value);
    if (std::fabs(value - whole) < 1e-9) return formatInteger(static_cast<long>(whole), thaiDigits);
    return formatScore(value, thaiDigits);
}

} // namespace ita::thai
