// Numbers and keys on arbitrary bytes: no crash, and the fast paths agree with ICU.
//
// - thai::parseNumber / read::textNumber / read::scanNumbers / looksLikeAttemptedNumber:
//   any input; a parsed value is finite; number tokens lie inside the text.
// - read::normalizeText(s) == thai::normalize(s) and read::makeKey(s) == the key of
//   thai::compact(s), for valid UTF-8 (the readers use the fast versions on every cell).
// - parsePeriod: any input; a period's dates are real calendar days.
#include "core/read/measures.hpp"
#include "core/read/detail/read_text.hpp"
#include "core/text/thai_text.hpp"

#include <unicode/utf8.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

bool validUtf8(const std::string &s) {
    const auto *p = reinterpret_cast<const uint8_t *>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

[[noreturn]] void fail(const char *what, const std::string &in, const std::string &a, const std::string &b) {
    std::fprintf(stderr, "%s\ninput: [%s]\n  a: [%s]\n  b: [%s]\n", what, in.c_str(), a.c_str(), b.c_str());
    std::abort();
}

bool realDay(const ita::thai::Date &d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days[d.month - 1];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096) return 0;
    const std::string s(reinterpret_cast<const char *>(data), size);
    using namespace ita;

    if (auto v = thai::parseNumber(s))
        if (!std::isfinite(*v)) fail("parseNumber gave a non-finite value", s, "", "");
    (void)read::textNumber(s);
    (void)read::looksLikeAttemptedNumber(s);
    (void)read::textInteger(s);
    std::vector<read::NumberToken> nums;
    read::scanNumbers(s, nums);
    size_t last = 0;
    for (const auto &n : nums) {
        if (n.begin < last || n.end <= n.begin || n.end > s.size())
            fail("number token out of place", s, "", "");
        last = n.end;
    }

    if (auto p = parsePeriod(s))
        if (!realDay(p->start) || !realDay(p->end)) fail("parsePeriod gave no calendar day", s, "", "");

    if (validUtf8(s)) {
        const std::string fast = read::normalizeText(s), icu = thai::normalize(s);
        if (fast != icu) fail("normalizeText differs from thai::normalize", s, fast, icu);
        std::string viaIcu;
        read::fastKey(thai::compact(s), true, viaIcu);
        const std::string key = read::makeKey(s);
        if (key != viaIcu) fail("makeKey differs from the key of thai::compact", s, key, viaIcu);
    } else {
        (void)read::normalizeText(s);
        (void)read::makeKey(s);
    }
    return 0;
}
