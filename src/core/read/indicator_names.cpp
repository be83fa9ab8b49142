#include "core/read/indicator_names.hpp"

#include "core/read/detail/read_text.hpp"

#include <algorithm>
#include <vector>

namespace ita {

namespace {

using read::startsWith;

// A name cell may carry a few words besides the name ("(IIT)", "ด้าน", a tool code);
// more than this is running text that mentions the indicator.
constexpr size_t kMaxExtraCodePoints = 12;

constexpr std::string_view kIndicatorNo = "ตัวชี้วัดที่";
constexpr std::string_view kIndicator = "ตัวชี้วัด";
constexpr std::string_view kAspect = "ด้าน";
constexpr std::string_view kKan = "การ";        // the nominaliser most names begin with
constexpr std::string_view kAbbreviation = "ฯ"; // paiyannoi: the rest of the name left out
// A shortened name must keep this many code points ("ใช้อำนาจ" has 7) to name an indicator.
constexpr size_t kMinShortName = 6;

size_t skipDigits(std::string_view s, size_t p) {
    while (p < s.size() && s[p] >= '0' && s[p] <= '9')
        ++p;
    return p;
}

size_t skipPunct(std::string_view s, size_t p) {
    while (p < s.size() && (s[p] == '.' || s[p] == ')' || s[p] == ':' || s[p] == '-' || s[p] == '*'))
        ++p;
    return p;
}

// Numbering in front of a name: "ตัวชี้วัดที่1", "1.", "(1)", "ด้าน", bullets. Keys have
// no spaces and ASCII digits, so all spellings reduce to these.
std::string_view stripPrefix(std::string_view k) {
    for (;;) {
        size_t p = 0;
        while (p < k.size() && (k[p] == '-' || k[p] == '*' || k[p] == '.'))
            ++p;
        if (startsWith(k.substr(p), "\xE2\x80\xA2")) p += 3; // bullet
        if (startsWith(k.substr(p), kIndicatorNo)) {
            p = skipPunct(k, skipDigits(k, p + kIndicatorNo.size()));
        } else if (startsWith(k.substr(p), kIndicator)) {
            p = skipPunct(k, skipDigits(k, p + kIndicator.size()));
        } else if (p < k.size() && k[p] == '(' && p + 1 < k.size() && k[p + 1] >= '0' && k[p + 1] <= '9') {
            size_t q = skipDigits(k, p + 1);
            if (q < k.size() && k[q] == ')') p = q + 1;
        } else if (p < k.size() && k[p] >= '0' && k[p] <= '9') {
            p = skipPunct(k, skipDigits(k, p));
        } else if (startsWith(k.substr(p), kAspect)) {
            p += kAspect.size();
        }
        if (p == 0) return k;
        k = k.substr(p);
    }
}

} // namespace

IndicatorMatcher::IndicatorMatcher(const Framework &fw) {
    for (const auto &ind : fw.indicators) {
        maxNumber_ = std::max(maxNumber_, ind.number);
        auto add = [&](const std::string &name) {
            std::string k = read::makeKey(name);
            if (k.empty()) return;
            for (const auto &n : names_)
                if (n.compact == k) return;
            names_.push_back({ind.number, std::move(k)});
        };
        add(ind.nameTh);
        for (const auto &a : ind.aliases)
            add(a);
    }
    for (const auto &t : fw.tools) {
        std::string k = read::makeKey(t.code);
        if (!k.empty()) toolCodes_.push_back(std::move(k));
    }
    std::stable_sort(names_.begin(), names_.end(),
                     [](const Name &a, const Name &b) { return a.compact.size() > b.compact.size(); });
    // FNV-1a over the numbers and keys, in their (deterministic) order.
    id_ = 14695981039346656037ull;
    auto mix = [&](unsigned char b) { id_ = (id_ ^ b) * 1099511628211ull; };
    for (const auto &n : names_) {
        mix(static_cast<unsigned char>(n.number));
        for (char c : n.compact)
            mix(static_cast<unsigned char>(c));
        mix(0);
    }
    // The tool codes take part in reading cells, so in the id too.
    for (const auto &k : toolCodes_) {
        for (char c : k)
            mix(static_cast<unsigned char>(c));
        mix(1);
    }
    if (!names_.empty()) {
        maxLen_ = names_.front().compact.size();
        minLen_ = names_.back().compact.size();
    }
}

bool IndicatorMatcher::namesOneToolCode(std::string_view key) const {
    int hits = 0;
    for (const auto &code : toolCodes_)
        if (read::contains(key, code)) ++hits;
    return hits == 1;
}

std::optional<int> IndicatorMatcher::matchCell(std::string_view text) const {
    if (names_.empty() || text.size() > 4 * (maxLen_ + 64)) return std::nullopt;
    std::string key;
    read::makeKey(text, key);
    return matchKey(key);
}

std::optional<int> IndicatorMatcher::matchKey(std::string_view key) const {
    if (names_.empty()) return std::nullopt;
    const std::string_view rest = stripPrefix(key);
    if (auto n = matchName(rest)) return n;
    // Clerks shorten names in narrow columns: without the leading "การ" ("ปฏิบัติหน้าที่",
    // "ใช้งบประมาณ") and/or cut with "ฯ" ("การใช้ทรัพย์สินฯ", "แก้ไขปัญหาฯ").
    std::string_view stem = rest;
    const bool cut = read::endsWith(stem, kAbbreviation);
    if (cut) stem.remove_suffix(kAbbreviation.size());
    const bool hasKan = read::startsWith(stem, kKan);
    if (!cut) {
        // Only the whole name: "ใช้งบประมาณ 25,000 บาท" in a measures table names no indicator.
        if (hasKan || read::codePoints(stem) < kMinShortName) return std::nullopt;
        const std::string withKan = std::string(kKan) + std::string(stem);
        for (const auto &n : names_)
            if (n.compact == withKan) return n.number;
        return std::nullopt;
    }
    // A cut name stands for the one indicator whose name begins with it.
    if (read::codePoints(stem) < kMinShortName) return std::nullopt;
    const std::string withKan = hasKan ? std::string(stem) : std::string(kKan) + std::string(stem);
    std::optional<int> found;
    for (const auto &n : names_) {
        if (!read::startsWith(n.compact, withKan)) continue;
        if (found && *found != n.number) return std::nullopt; // "การใช้ฯ": 2, 3 or 4
        found = n.number;
    }
    return found;
}

bool IndicatorMatcher::nearlyNames(std::string_view text, int number) const {
    std::string key;
    read::makeKey(text, key);
    const std::string_view typed = stripPrefix(key);
    for (const auto &n : names_) {
        if (n.number != number) continue;
        // Levenshtein over bytes: a Thai letter typed wrong costs up to three.
        const std::string_view name = n.compact;
        const size_t a = typed.size(), b = name.size(), limit = std::max<size_t>(6, b / 4);
        if ((a > b ? a - b : b - a) > limit) continue;
        std::vector<size_t> prev(b + 1), cur(b + 1);
        for (size_t j = 0; j <= b; ++j)
            prev[j] = j;
        for (size_t i = 1; i <= a; ++i) {
            cur[0] = i;
            for (size_t j = 1; j <= b; ++j)
                cur[j] = std::min(
                    {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (typed[i - 1] == name[j - 1] ? 0 : 1)});
            std::swap(prev, cur);
        }
        if (prev[b] <= limit) return true;
    }
    return false;
}

std::optional<int> IndicatorMatcher::matchName(std::string_view rest) const {
    if (rest.size() < minLen_ || rest.size() > maxLen_ + 4 * kMaxExtraCodePoints) return std::nullopt;
    // The prefix number is ignored: when it disagrees with the name, the name is what
    // the clerk copied. Most name cells are a name exactly.
    for (const auto &n : names_)
        if (n.compact.size() == rest.size() && n.compact == rest) return n.number;
    // A name with a few words before or after it ("IIT การปฏิบัติหน้าที่", "... (IIT)").
    // Longest first: the first name found is the most specific.
    const size_t restCp = read::codePoints(rest);
    for (const auto &n : names_) {
        if (n.compact.size() >= rest.size()) continue;
        if (!read::startsWith(rest, n.compact) && !read::endsWith(rest, n.compact)) continue;
        if (restCp - read::codePoints(n.compact) > kMaxExtraCodePoints) return std::nullopt;
        return n.number;
    }
    return std::nullopt;
}

std::vector<IndicatorMatcher::Mention> IndicatorMatcher::findInText(std::string_view normalizedText) const {
    if (names_.empty() || normalizedText.empty()) return {};
    std::string key;
    read::KeyMap map;
    read::fastKey(normalizedText, true, key, &map);
    return findInKey(key, map);
}

std::vector<IndicatorMatcher::Mention> IndicatorMatcher::findInKey(std::string_view key,
                                                                   const read::KeyMap &map) const {
    std::vector<Mention> out;
    if (names_.empty() || key.size() < minLen_) return out;

    struct Span {
        size_t b, e;
    };
    std::vector<Span> taken; // key byte ranges already named
    auto free = [&](size_t b, size_t e) {
        for (const auto &s : taken)
            if (b < s.e && s.b < e) return false;
        return true;
    };
    for (const auto &n : names_) {
        for (size_t p = read::findIn(key, n.compact); p != std::string::npos;
             p = read::findIn(key, n.compact, p + 1)) {
            const size_t e = p + n.compact.size();
            if (!free(p, e)) continue;
            taken.push_back({p, e});
            out.push_back({n.number, map.begin[p], map.end[e - 1]});
        }
    }
    // "ตัวชี้วัดที่ ๗" without a name after it still names indicator 7.
    for (size_t p = read::findIn(key, kIndicatorNo); p != std::string::npos;
         p = read::findIn(key, kIndicatorNo, p + 1)) {
        const size_t d = p + kIndicatorNo.size();
        const size_t e = skipDigits(key, d);
        if (e == d || e - d > 2) continue;
        if (e + 1 < key.size() && key[e] == '.' && key[e + 1] >= '0' && key[e + 1] <= '9') continue; // "10.2"
        const int number = std::stoi(std::string(key.substr(d, e - d)));
        if (number < 1 || number > maxNumber_) continue;
        const size_t after = skipPunct(key, e);
        bool named = false;
        for (const auto &s : taken)
            named = named || s.b == after;
        if (named) continue;
        out.push_back({number, map.begin[p], map.end[e - 1]});
    }
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
    return out;
}

} // namespace ita
