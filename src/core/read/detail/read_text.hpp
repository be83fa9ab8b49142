// Text helpers shared by the readers (indicator names, document facts, measures).
// Internal to the core: not part of the public contract.
//
// Reading runs on every cell of every document, so the common case (ASCII and Thai
// text) is handled byte by byte here; ICU (thai::normalize / thai::compact) is only
// called for text with code points whose normalisation this code does not know.
#pragma once

#include "core/text/thai_text.hpp"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ita::read {

// --- matching keys ---------------------------------------------------------
// A key is what thai::compact() gives (NFC, no zero-width characters, no spaces),
// further folded for matching: Thai digits become ASCII digits, ASCII letters are
// upper-cased and a doubled SARA E (เเ, typed for แ) becomes SARA AE.
//
// begin/end, when given, receive for each key byte the byte range in the input of
// the character it came from (so a match in the key maps back to the text).
struct KeyMap {
    std::vector<uint32_t> begin, end;
};
// In passThrough mode the input is already normalised (unknown code points are copied).
// Returns false (and leaves out unspecified) when the text needs ICU.
bool fastKey(std::string_view in, bool passThrough, std::string &out, KeyMap *map = nullptr);
// fastKey, else thai::compact and then the folding.
void makeKey(std::string_view in, std::string &out);
// The key of in: in itself when it is its own key (no spaces, no digits or letters to
// fold, marks in order), else built in buf.
std::string_view keyView(std::string_view in, std::string &buf);
std::string makeKey(std::string_view in);

// thai::normalize(), without ICU for ASCII/Thai text.
std::string normalizeText(std::string_view in);

// --- characters --------------------------------------------------------------
// Digit value at i (ASCII or Thai), with its byte length; -1 when none.
inline int digitAt(std::string_view s, size_t i, size_t *len = nullptr) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') {
        if (len) *len = 1;
        return c - '0';
    }
    if (c == 0xE0 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB9) {
        const auto d = static_cast<unsigned char>(s[i + 2]);
        if (d >= 0x90 && d <= 0x99) {
            if (len) *len = 3;
            return d - 0x90;
        }
    }
    return -1;
}
bool hasDigit(std::string_view s);
struct TextTraits {
    bool digit = false, thai = false, visible = false;
};
// One pass for what a cell's text holds.
TextTraits traitsOf(std::string_view s);
// Any character of the Thai block (U+0E00..U+0E7F).
bool hasThai(std::string_view s);
// Thai letters (consonants and vowels, not digits or marks) in s.
int thaiLetterCount(std::string_view s);
// Code points in s (UTF-8 lead bytes).
size_t codePoints(std::string_view s);
bool isBlank(std::string_view s);

inline bool startsWith(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}
inline bool endsWith(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
// string_view::find on Thai text stops at every character (all start with 0xE0). The
// pattern's last byte is sought instead (memchr is vectorised): in Thai text it is the
// third byte of a character, which tells characters apart; the rest is compared there.
inline size_t findIn(std::string_view s, std::string_view p, size_t from = 0) {
    if (from > s.size()) return std::string_view::npos;
    if (p.empty()) return from;
    const size_t n = s.size() - from, m = p.size();
    if (m > n) return std::string_view::npos;
    const char *h = s.data() + from, *end = h + n;
    const char last = p[m - 1];
    for (const char *q = h + m - 1; q < end; ++q) {
        q = static_cast<const char *>(std::memchr(q, last, static_cast<size_t>(end - q)));
        if (!q) return std::string_view::npos;
        if (std::memcmp(q - (m - 1), p.data(), m - 1) == 0)
            return from + static_cast<size_t>(q - (m - 1) - h);
    }
    return std::string_view::npos;
}
inline bool contains(std::string_view s, std::string_view p) {
    return findIn(s, p) != std::string_view::npos;
}

// --- numbers ---------------------------------------------------------------
// A number token in running text: digits (Thai or Arabic), optional grouping commas,
// optional decimal part. Offsets are byte offsets into the scanned text.
struct NumberToken {
    size_t begin = 0, end = 0;
    double value = 0;
    int intDigits = 0;
    int decimals = -1; // -1: no decimal point
    bool grouped = false;
};
void scanNumbers(std::string_view text, std::vector<NumberToken> &out);

// The value of a cell that is a number: Cell::number, else thai::parseNumber(text)
// (parsing only when the text has a digit at all).
std::optional<double> textNumber(std::string_view text);
// A score written as a percentage: "๘๘.๕๒%", "88.52 %", "ร้อยละ ๘๘.๕๒", "88.52 เปอร์เซ็นต์" (0..100).
std::optional<double> percentNumber(std::string_view text);
// A score with its unit: "๘๐.๗๘ คะแนน", "77.31 คะแนน" (the unit adds nothing).
std::optional<double> scoreWithUnit(std::string_view text);
// The score a number cell holds: a cell formatted as a percentage shows "88.52%" for the
// value 0.8852 (a clerk typed "88.52%" in Calc or Excel): the score is what it shows.
double shownNumber(double value, std::string_view shown);
// A short text that is mostly digits but no number ("8O.5", "85..5"): a score typed wrong.
bool looksLikeAttemptedNumber(std::string_view text);
// A whole-cell integer (Arabic or Thai digits), e.g. a rank "๓" or a year "2568".
std::optional<long> textInteger(std::string_view text);

thai::DigitSystem digitsOf(std::string_view text);

} // namespace ita::read
