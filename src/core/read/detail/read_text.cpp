#include "core/read/detail/read_text.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

namespace ita::read {

namespace {

constexpr uint32_t kInvalid = 0xFFFFFFFFu;

uint32_t decodeAt(std::string_view s, size_t i, size_t &len) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    len = 1;
    if (b0 < 0x80) return b0;
    auto cont = [&](size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) {
        len = 2;
        return ((b0 & 0x1Fu) << 6) | b(1);
    }
    if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
        const uint32_t cp = ((b0 & 0x0Fu) << 12) | (b(1) << 6) | b(2);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
        len = 3;
        return cp;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        const uint32_t cp = ((b0 & 0x07u) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
        if (cp < 0x10000 || cp > 0x10FFFF) return kInvalid;
        len = 4;
        return cp;
    }
    return kInvalid;
}

bool isInvisible(uint32_t c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// u_isUWhiteSpace for the code points the fast path accepts.
bool isSpace(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0x85 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Code points whose NFC form may differ from themselves or that combine with a
// neighbour: everything outside Latin-1/Latin Extended, Thai, punctuation and symbols.
bool needsIcu(uint32_t c) {
    if (c < 0x0300) return false;
    if (c >= 0x0E00 && c <= 0x0E7F) return false;
    if (c < 0x2000) return true; // combining diacritics, other scripts with marks
    if (c >= 0x20D0 && c <= 0x20FF) return true;
    if (c == 0x2126 || c == 0x212A || c == 0x212B) return true;
    if (c >= 0x2E80 && c <= 0xFAFF && c != 0x3000) return true; // CJK, Hangul, compatibility ideographs
    if (c >= 0xFE20 && c <= 0xFE2F) return true;
    if (c >= 0x1D100 && c <= 0x1D24F) return true;
    if (c >= 0x2F800 && c <= 0x2FA1F) return true;
    return false;
}

// Canonical combining classes of Thai (all others in the block are 0).
int thaiCcc(uint32_t c) {
    if (c == 0x0E38 || c == 0x0E39) return 103;
    if (c == 0x0E3A) return 9;
    if (c >= 0x0E48 && c <= 0x0E4B) return 107;
    return 0;
}

enum class Mode { Key, Normalize };

// Writes into a buffer sized for the worst case (every input byte giving three output
// bytes) and trims it at the end: this loop runs over every character of every cell.
class Folder {
  public:
    Folder(std::string &out, KeyMap *map, Mode mode) : out_(out), map_(map), mode_(mode) {}

    bool run(std::string_view in, bool passThrough) {
        const size_t cap = 3 * in.size() + 4;
        out_.resize(cap);
        o_ = &out_[0];
        if (map_) {
            map_->begin.resize(cap);
            map_->end.resize(cap);
            mb_ = map_->begin.data();
            me_ = map_->end.data();
        }
        // The common case (ASCII and Thai consonants and vowels, no map) in a loop whose
        // state lives in registers; anything else goes through loop() from there on.
        const size_t i = map_ ? fastLoop<true>(in) : fastLoop<false>(in);
        const bool ok = loop(in.substr(i), passThrough, static_cast<uint32_t>(i));
        out_.resize(w_);
        if (map_) {
            map_->begin.resize(w_);
            map_->end.resize(w_);
        }
        return ok;
    }

  private:
    // The common case (ASCII, Thai letters and marks in order, single spaces) in a loop
    // whose state lives in registers. Stops where the general loop must take over and
    // returns how far it got.
    template <bool WithMap> size_t fastLoop(std::string_view in) {
        const auto *s = reinterpret_cast<const unsigned char *>(in.data());
        const size_t n = in.size();
        char *o = o_;
        uint32_t *mb = mb_, *me = me_;
        size_t w = 0, i = 0;
        uint32_t prev = 0; // previous Thai code point written, 0 after anything else
        const bool key = mode_ == Mode::Key;
        bool pending = false;
        auto emit = [&](char c, size_t b, size_t e) {
            o[w] = c;
            if constexpr (WithMap) {
                mb[w] = static_cast<uint32_t>(b);
                me[w] = static_cast<uint32_t>(e);
            }
            ++w;
        };
        auto space = [&] {
            if (pending) {
                const size_t at = WithMap && w > 0 ? me[w - 1] : 0;
                emit(' ', at, at);
                pending = false;
            }
        };
        while (i < n) {
            const unsigned char b0 = s[i];
            if (b0 < 0x80) {
                if (b0 == ' ' || (b0 >= '\t' && b0 <= '\r')) {
                    pending = !key && w > 0;
                    ++i;
                    continue;
                }
                space();
                emit(key && b0 >= 'a' && b0 <= 'z' ? static_cast<char>(b0 - 'a' + 'A')
                                                   : static_cast<char>(b0),
                     i, i + 1);
                prev = 0;
                ++i;
                continue;
            }
            if (b0 != 0xE0 || i + 2 >= n || (s[i + 1] != 0xB8 && s[i + 1] != 0xB9) ||
                (s[i + 2] & 0xC0) != 0x80)
                break;
            const uint32_t cp = 0x0E00u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            // Digits, SARA AM to be joined, doubled SARA E, marks out of order: the general loop.
            if (cp >= 0x0E50 || (cp == 0x0E32 && (prev == 0x0E4D || (prev >= 0x0E48 && prev <= 0x0E4B))) ||
                (key && cp == 0x0E40 && prev == 0x0E40) || (thaiCcc(cp) > 0 && thaiCcc(prev) > thaiCcc(cp)))
                break;
            space();
            emit(static_cast<char>(b0), i, i + 3);
            emit(static_cast<char>(s[i + 1]), i, i + 3);
            emit(static_cast<char>(s[i + 2]), i, i + 3);
            i += 3;
            prev = cp;
        }
        w_ = w;
        pendingSpace_ = pending;
        return i;
    }

    // base: offset of in within the whole input (for the map).
    bool loop(std::string_view in, bool passThrough, uint32_t base) {
        const auto *s = reinterpret_cast<const unsigned char *>(in.data());
        const size_t n = in.size();
        for (size_t i = 0; i < n;) {
            const unsigned char b0 = s[i];
            const auto b = static_cast<uint32_t>(i) + base;
            // ASCII and the Thai block take the short way: nearly every cell is only these.
            if (b0 < 0x80) {
                ++i;
                if (b0 == ' ' || (b0 >= '\t' && b0 <= '\r')) {
                    pendingSpace_ = mode_ == Mode::Normalize && w_ > 0;
                    continue;
                }
                flushSpace();
                char ch = static_cast<char>(b0);
                if (mode_ == Mode::Key && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
                put(ch, b, b + 1);
                continue;
            }
            if (b0 == 0xE0 && i + 2 < n && (s[i + 1] == 0xB8 || s[i + 1] == 0xB9) &&
                (s[i + 2] & 0xC0) == 0x80) {
                const uint32_t cp = 0x0E00u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
                i += 3;
                flushSpace();
                emitThai(cp, b, b + 3);
                continue;
            }
            size_t len = 1;
            const uint32_t cp = decodeAt(in, i, len);
            const auto e = static_cast<uint32_t>(i + len) + base;
            const size_t from = i;
            i += len;
            if (cp == kInvalid) {
                flushSpace();
                put('\xEF', b, e);
                put('\xBF', b, e);
                put('\xBD', b, e);
                continue;
            }
            if (isInvisible(cp)) continue;
            if (isSpace(cp)) {
                pendingSpace_ = mode_ == Mode::Normalize && w_ > 0;
                continue;
            }
            if (!passThrough && needsIcu(cp)) return false;
            flushSpace();
            for (size_t k = 0; k < len; ++k)
                put(in[from + k], b, e);
        }
        return true;
    }

    void put(char c, uint32_t b, uint32_t e) {
        o_[w_] = c;
        if (map_) {
            mb_[w_] = b;
            me_[w_] = e;
        }
        ++w_;
    }

    void putThai(uint32_t cp, uint32_t b, uint32_t e) {
        put('\xE0', b, e);
        put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), b, e);
        put(static_cast<char>(0x80 | (cp & 0x3F)), b, e);
    }

    // Thai code point of the 3 bytes ending at p (exclusive), 0 if none.
    uint32_t thaiBefore(size_t p) const {
        if (p < 3) return 0;
        const auto a = static_cast<unsigned char>(o_[p - 3]), b = static_cast<unsigned char>(o_[p - 2]),
                   c = static_cast<unsigned char>(o_[p - 1]);
        if (a != 0xE0 || (b != 0xB8 && b != 0xB9)) return 0;
        return 0x0E00u | ((b & 0x3Fu) << 6) | (c & 0x3Fu);
    }

    void setThai(size_t at, uint32_t cp) {
        o_[at] = '\xE0';
        o_[at + 1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        o_[at + 2] = static_cast<char>(0x80 | (cp & 0x3F));
    }

    void flushSpace() {
        if (!pendingSpace_) return;
        pendingSpace_ = false;
        const uint32_t at = map_ && w_ > 0 ? me_[w_ - 1] : 0;
        put(' ', at, at);
    }

    void emitThai(uint32_t cp, uint32_t b, uint32_t e) {
        // Consonants and most vowels: nothing to fold or order.
        if (cp < 0x0E32 || (cp > 0x0E32 && cp < 0x0E38)) {
            putThai(cp, b, e);
            return;
        }
        if (mode_ == Mode::Key && cp >= 0x0E50 && cp <= 0x0E59) {
            put(static_cast<char>('0' + (cp - 0x0E50)), b, e);
            return;
        }
        const size_t n = w_;
        // NIKHAHIT + SARA AA (PDF conversions, some keyboards) is SARA AM, also with a
        // tone mark typed between them, as thai::normalize() reads it.
        if (cp == 0x0E32) {
            if (thaiBefore(n) == 0x0E4D) {
                setThai(n - 3, 0x0E33);
                setEnd(n - 3, e);
                return;
            }
            const uint32_t t = thaiBefore(n);
            if (t >= 0x0E48 && t <= 0x0E4B && thaiBefore(n - 3) == 0x0E4D) {
                setThai(n - 6, t);
                setThai(n - 3, 0x0E33);
                setEnd(n - 6, e);
                return;
            }
        }
        // A doubled SARA E is how many clerks type SARA AE.
        if (mode_ == Mode::Key && cp == 0x0E40 && thaiBefore(n) == 0x0E40) {
            setThai(n - 3, 0x0E41);
            setEnd(n - 3, e);
            return;
        }
        const int ccc = thaiCcc(cp);
        size_t at = n;
        // Canonical ordering: a mark goes before preceding marks of a higher class.
        if (ccc > 0)
            while (at >= 3 && thaiCcc(thaiBefore(at)) > ccc)
                at -= 3;
        if (at == n) {
            putThai(cp, b, e);
            return;
        }
        std::memmove(o_ + at + 3, o_ + at, n - at);
        if (map_) {
            std::memmove(mb_ + at + 3, mb_ + at, (n - at) * sizeof(uint32_t));
            std::memmove(me_ + at + 3, me_ + at, (n - at) * sizeof(uint32_t));
        }
        const size_t end = w_ + 3;
        w_ = at;
        putThai(cp, b, e);
        w_ = end;
    }

    // The output bytes from `from` on now stand for input up to e.
    void setEnd(size_t from, uint32_t e) {
        if (!map_) return;
        for (size_t k = from; k < w_; ++k)
            me_[k] = e;
    }

    std::string &out_;
    KeyMap *map_;
    Mode mode_;
    char *o_ = nullptr;
    uint32_t *mb_ = nullptr, *me_ = nullptr;
    size_t w_ = 0;
    bool pendingSpace_ = false;
};

} // namespace

bool fastKey(std::string_view in, bool passThrough, std::string &out, KeyMap *map) {
    Folder f(out, map, Mode::Key);
    return f.run(in, passThrough);
}

void makeKey(std::string_view in, std::string &out) {
    if (fastKey(in, false, out)) return;
    const std::string c = thai::compact(in);
    fastKey(c, true, out);
}

std::string_view keyView(std::string_view in, std::string &buf) {
    makeKey(in, buf);
    return buf;
}

std::string makeKey(std::string_view in) {
    std::string out;
    makeKey(in, out);
    return out;
}

std::string normalizeText(std::string_view in) {
    std::string out;
    Folder f(out, nullptr, Mode::Normalize);
    if (f.run(in, false)) return out;
    return thai::normalize(in);
}

bool hasDigit(std::string_view s) {
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (static_cast<unsigned char>(c - '0') < 10) return true;
        if (c == 0xE0 && i + 2 < n && p[i + 1] == 0xB9 && static_cast<unsigned char>(p[i + 2] - 0x90) < 10)
            return true;
    }
    return false;
}

TextTraits traitsOf(std::string_view s) {
    TextTraits t;
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (static_cast<unsigned char>(c - '0') < 10) t.digit = true;
            if (c > ' ') t.visible = true;
            continue;
        }
        if (c == 0xE0 && i + 2 < n && (p[i + 1] == 0xB8 || p[i + 1] == 0xB9)) {
            t.thai = t.visible = true;
            if (p[i + 1] == 0xB9 && static_cast<unsigned char>(p[i + 2] - 0x90) < 10) t.digit = true;
            i += 2;
            continue;
        }
        // Other non-ASCII: NBSP (C2 A0) and zero-width or Unicode spaces (E2 80 8x,
        // E2 81 A0, EF BB BF) are invisible; anything else shows.
        if (!t.visible && !isBlank(s.substr(i, std::min<size_t>(4, n - i)))) t.visible = true;
    }
    return t;
}

bool hasThai(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        if (static_cast<unsigned char>(s[i]) != 0xE0) continue;
        const auto b = static_cast<unsigned char>(s[i + 1]);
        if (b == 0xB8 || b == 0xB9) return true;
    }
    return false;
}

int thaiLetterCount(std::string_view s) {
    int n = 0;
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        if (static_cast<unsigned char>(s[i]) != 0xE0) continue;
        const auto b = static_cast<unsigned char>(s[i + 1]), c = static_cast<unsigned char>(s[i + 2]);
        if (b != 0xB8 && b != 0xB9) continue;
        const uint32_t cp = 0x0E00u | ((b & 0x3Fu) << 6) | (c & 0x3Fu);
        if ((cp >= 0x0E01 && cp <= 0x0E30) || cp == 0x0E32 || cp == 0x0E33 || (cp >= 0x0E40 && cp <= 0x0E46))
            ++n;
        i += 2;
    }
    return n;
}

size_t codePoints(std::string_view s) {
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

bool isBlank(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t len = 1;
        const uint32_t cp = decodeAt(s, i, len);
        if (!isSpace(cp) && !isInvisible(cp)) return false;
        i += len;
    }
    return true;
}

void scanNumbers(std::string_view t, std::vector<NumberToken> &out) {
    out.clear();
    char buf[64];
    for (size_t i = 0; i < t.size();) {
        size_t len = 0;
        if (digitAt(t, i, &len) < 0) {
            ++i;
            continue;
        }
        NumberToken tok;
        tok.begin = i;
        size_t n = 0;
        auto take = [&](size_t &p, int &count) {
            size_t l = 0;
            int d;
            while (p < t.size() && (d = digitAt(t, p, &l)) >= 0) {
                if (n < sizeof buf - 2) buf[n++] = static_cast<char>('0' + d);
                ++count;
                p += l;
            }
        };
        size_t p = i;
        take(p, tok.intDigits);
        // Thousands groups: a comma and exactly three digits.
        while (p + 1 < t.size() && t[p] == ',' && (tok.grouped || tok.intDigits <= 3)) {
            size_t q = p + 1;
            int g = 0;
            size_t save = n;
            take(q, g);
            if (g != 3) {
                n = save;
                break;
            }
            tok.grouped = true;
            tok.intDigits += g;
            p = q;
        }
        if (p + 1 < t.size() && t[p] == '.' && digitAt(t, p + 1) >= 0) {
            if (n < sizeof buf - 2) buf[n++] = '.';
            ++p;
            tok.decimals = 0;
            take(p, tok.decimals);
        }
        tok.end = p;
        double v = 0;
        if (std::from_chars(buf, buf + n, v).ec == std::errc()) tok.value = v;
        out.push_back(tok);
        i = p;
    }
}

std::optional<double> textNumber(std::string_view text) {
    if (!hasDigit(text)) return std::nullopt;
    return thai::parseNumber(text);
}

std::optional<double> scoreWithUnit(std::string_view text) {
    if (text.size() > 96 || !hasDigit(text)) return std::nullopt;
    const std::string t = normalizeText(text);
    static constexpr std::string_view unit = "คะแนน";
    if (!endsWith(t, unit)) return std::nullopt;
    return thai::parseNumber(std::string_view(t).substr(0, t.size() - unit.size()));
}

double shownNumber(double value, std::string_view shown) {
    while (!shown.empty() && shown.back() == ' ')
        shown.remove_suffix(1);
    if (shown.empty() || shown.back() != '%' || std::fabs(value) > 10) return value;
    return value * 100;
}

std::optional<double> percentNumber(std::string_view text) {
    if (text.size() > 96 || !hasDigit(text)) return std::nullopt;
    std::string t = normalizeText(text);
    std::string_view v = t;
    auto trim = [&] {
        while (!v.empty() && v.front() == ' ')
            v.remove_prefix(1);
        while (!v.empty() && v.back() == ' ')
            v.remove_suffix(1);
    };
    trim();
    bool percent = false;
    for (std::string_view w : {"ร้อยละ", "ร้อยละ:"})
        if (startsWith(v, w)) {
            v.remove_prefix(w.size());
            percent = true;
            break;
        }
    trim();
    for (std::string_view w : {"%", "เปอร์เซ็นต์", "เปอร์เซนต์"})
        if (!percent && endsWith(v, w)) {
            v.remove_suffix(w.size());
            percent = true;
            break;
        }
    if (!percent) return std::nullopt;
    trim();
    auto n = thai::parseNumber(v);
    if (!n || *n < 0 || *n > 100) return std::nullopt;
    return n;
}

bool looksLikeAttemptedNumber(std::string_view text) {
    if (text.size() > 64) return false; // at most 16 characters, and a few spaces
    int digits = 0, nonSpace = 0;
    for (size_t i = 0; i < text.size();) {
        size_t len = 1;
        if (digitAt(text, i, &len) >= 0) {
            ++digits;
            ++nonSpace;
        } else {
            const uint32_t cp = decodeAt(text, i, len);
            if (!isSpace(cp) && !isInvisible(cp)) ++nonSpace;
        }
        i += len;
    }
    return digits > 0 && nonSpace <= 16 && digits * 2 >= nonSpace && thaiLetterCount(text) == 0;
}

std::optional<long> textInteger(std::string_view text) {
    auto v = textNumber(text);
    if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e9) return std::nullopt;
    return static_cast<long>(*v);
}

thai::DigitSystem digitsOf(std::string_view text) {
    return thai::digitSystem(text);
}

} // namespace ita::read
