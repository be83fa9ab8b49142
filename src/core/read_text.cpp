#include "core/read_text.hpp"

#include <charconv>
#include <cmath>

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

// Thai code point of the 3 bytes ending at out[p] (exclusive), 0 if none.
uint32_t thaiBefore(const std::string &out, size_t p) {
    if (p < 3) return 0;
    const auto a = static_cast<unsigned char>(out[p - 3]), b = static_cast<unsigned char>(out[p - 2]),
               c = static_cast<unsigned char>(out[p - 1]);
    if (a != 0xE0 || (b != 0xB8 && b != 0xB9)) return 0;
    return 0x0E00u | ((b & 0x3Fu) << 6) | (c & 0x3Fu);
}

void putThai(char *dst, uint32_t cp) {
    dst[0] = static_cast<char>(0xE0);
    dst[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    dst[2] = static_cast<char>(0x80 | (cp & 0x3F));
}

enum class Mode { Key, Normalize };

class Folder {
  public:
    Folder(std::string &out, KeyMap *map, Mode mode) : out_(out), map_(map), mode_(mode) {
        out_.clear();
        if (map_) {
            map_->begin.clear();
            map_->end.clear();
        }
    }

    bool run(std::string_view in, bool passThrough) {
        out_.reserve(in.size());
        if (map_) {
            map_->begin.reserve(in.size());
            map_->end.reserve(in.size());
        }
        const auto *s = reinterpret_cast<const unsigned char *>(in.data());
        const size_t n = in.size();
        for (size_t i = 0; i < n;) {
            const unsigned char b0 = s[i];
            const auto b = static_cast<uint32_t>(i);
            // ASCII and the Thai block take the short way: nearly every cell is only these.
            if (b0 < 0x80) {
                ++i;
                if (b0 == ' ' || (b0 >= '\t' && b0 <= '\r')) {
                    pendingSpace_ = mode_ == Mode::Normalize && !out_.empty();
                    continue;
                }
                flushSpace();
                char ch = static_cast<char>(b0);
                if (mode_ == Mode::Key && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
                out_.push_back(ch);
                if (map_) {
                    map_->begin.push_back(b);
                    map_->end.push_back(b + 1);
                }
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
            const auto e = static_cast<uint32_t>(i + len);
            i += len;
            if (cp == kInvalid) {
                flushSpace();
                emitBytes("\xEF\xBF\xBD", 3, b, e);
                continue;
            }
            if (isInvisible(cp)) continue;
            if (isSpace(cp)) {
                pendingSpace_ = mode_ == Mode::Normalize && !out_.empty();
                continue;
            }
            if (!passThrough && needsIcu(cp)) return false;
            flushSpace();
            emitBytes(in.data() + b, len, b, e);
        }
        return true;
    }

  private:
    void flushSpace() {
        if (!pendingSpace_) return;
        pendingSpace_ = false;
        const auto at = map_ && !map_->end.empty() ? map_->end.back() : 0;
        emitBytes(" ", 1, at, at);
    }

    void emitBytes(const char *p, size_t n, uint32_t b, uint32_t e) {
        out_.append(p, n);
        if (map_) {
            map_->begin.insert(map_->begin.end(), n, b);
            map_->end.insert(map_->end.end(), n, e);
        }
    }

    void emitThai(uint32_t cp, uint32_t b, uint32_t e) {
        if (mode_ == Mode::Key && cp >= 0x0E50 && cp <= 0x0E59) {
            const char d = static_cast<char>('0' + (cp - 0x0E50));
            emitBytes(&d, 1, b, e);
            return;
        }
        const size_t n = out_.size();
        // NIKHAHIT + SARA AA (PDF conversions, some keyboards) is SARA AM, also with a
        // tone mark typed between them, as thai::normalize() reads it.
        if (cp == 0x0E32) {
            if (thaiBefore(out_, n) == 0x0E4D) {
                putThai(&out_[n - 3], 0x0E33);
                if (map_) setEnd(n - 3, e);
                return;
            }
            const uint32_t t = thaiBefore(out_, n);
            if (t >= 0x0E48 && t <= 0x0E4B && thaiBefore(out_, n - 3) == 0x0E4D) {
                putThai(&out_[n - 6], t);
                putThai(&out_[n - 3], 0x0E33);
                if (map_) setEnd(n - 6, e);
                return;
            }
        }
        // A doubled SARA E is how many clerks type SARA AE.
        if (mode_ == Mode::Key && cp == 0x0E40 && thaiBefore(out_, n) == 0x0E40) {
            putThai(&out_[n - 3], 0x0E41);
            if (map_) setEnd(n - 3, e);
            return;
        }
        char buf[3];
        putThai(buf, cp);
        const int ccc = thaiCcc(cp);
        size_t at = n;
        if (ccc > 0) {
            // Canonical ordering: a mark goes before preceding marks of a higher class.
            while (at >= 3) {
                const int prev = thaiCcc(thaiBefore(out_, at));
                if (prev <= ccc) break;
                at -= 3;
            }
        }
        if (at == n) {
            out_.push_back(buf[0]);
            out_.push_back(buf[1]);
            out_.push_back(buf[2]);
            if (map_) {
                map_->begin.insert(map_->begin.end(), 3, b);
                map_->end.insert(map_->end.end(), 3, e);
            }
            return;
        }
        out_.insert(at, buf, 3);
        if (map_) {
            map_->begin.insert(map_->begin.begin() + static_cast<long>(at), 3, b);
            map_->end.insert(map_->end.begin() + static_cast<long>(at), 3, e);
        }
    }

    // The key bytes from `from` on now stand for source text up to e.
    void setEnd(size_t from, uint32_t e) {
        for (size_t k = from; k < map_->end.size(); ++k)
            map_->end[k] = e;
    }

    std::string &out_;
    KeyMap *map_;
    Mode mode_;
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
    const auto *s = reinterpret_cast<const unsigned char *>(in.data());
    const size_t n = in.size();
    uint32_t prev = 0, prev2 = 0;
    bool clean = n > 0;
    for (size_t i = 0; i < n && clean;) {
        const unsigned char b0 = s[i];
        if (b0 < 0x80) {
            clean = b0 > ' ' && !(b0 >= 'a' && b0 <= 'z');
            prev2 = prev;
            prev = b0;
            ++i;
            continue;
        }
        if (b0 != 0xE0 || i + 2 >= n || (s[i + 1] != 0xB8 && s[i + 1] != 0xB9) || (s[i + 2] & 0xC0) != 0x80) {
            clean = false;
            break;
        }
        const uint32_t cp = 0x0E00u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
        if ((cp >= 0x0E50 && cp <= 0x0E59) || (cp == 0x0E32 && prev == 0x0E4D) ||
            (cp == 0x0E40 && prev == 0x0E40))
            clean = false;
        // A mark after a mark of a higher class would be reordered; SARA AA after a
        // tone after NIKHAHIT would be joined.
        if (cp >= 0x0E38 && cp <= 0x0E4B && prev >= 0x0E38 && prev <= 0x0E4B && thaiCcc(cp) > 0 &&
            thaiCcc(prev) > thaiCcc(cp))
            clean = false;
        if (cp == 0x0E32 && prev >= 0x0E48 && prev <= 0x0E4B && prev2 == 0x0E4D) clean = false;
        prev2 = prev;
        prev = cp;
        i += 3;
    }
    if (clean) return in;
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

bool looksLikeAttemptedNumber(std::string_view text) {
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
