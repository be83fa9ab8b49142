// Classifying cells: what each cell of a grid can be (an indicator's name, a number,
// a column header, a label such as "คะแนนรวม", running text).
#include "core/read/detail/read_facts.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

namespace ita::read {

namespace {

const std::string kEmptyText;

bool toolWords(std::string_view key) {
    return contains(key, "สาธารณะ") || contains(key, "ผู้มีส่วนได้ส่วนเสีย") || contains(key, "ผู้มีส่วนได้เสีย");
}

// A year 2400..2700 written as exactly four digits in a key.
int yearIn(std::string_view k) {
    for (size_t i = 0; i < k.size();) {
        if (k[i] < '0' || k[i] > '9') {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < k.size() && k[j] >= '0' && k[j] <= '9')
            ++j;
        if (j - i == 4) {
            const int y = std::stoi(std::string(k.substr(i, 4)));
            if (y >= 2400 && y <= 2700) return y;
        }
        i = j;
    }
    return 0;
}

// A label for one year's figure: "ปี 2566", "ปี 66", "ปีงบประมาณ ๒๕๖๖", "พ.ศ. 2566" (a digit after the
// word), where "ปีนี้" or "ประจำปี" alone names no year.
bool namesAYear(std::string_view k) {
    if (yearIn(k)) return true;
    for (std::string_view w : {"ปี", "พ.ศ."}) {
        const size_t at = k.find(w);
        if (at == std::string_view::npos) continue;
        for (size_t i = at + w.size(); i < k.size(); ++i)
            if (k[i] >= '0' && k[i] <= '9') return true;
    }
    return false;
}

// A dash or a bullet in front: "- โดยมุ่งผลสัมฤทธิ์ของงาน", "• …", "– …".
bool dashed(std::string_view k) {
    return startsWith(k, "-") || startsWith(k, "\xE2\x80\x93") || startsWith(k, "\xE2\x80\xA2");
}

bool anyOf(std::string_view k, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (k == w) return true;
    return false;
}

bool containsAny(std::string_view k, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (contains(k, w)) return true;
    return false;
}

CellInfo classify(const Cell &cell, const IndicatorMatcher &m, std::string &buf) {
    std::string_view key;
    CellInfo ci;
    const std::string &t = cell.text;
    auto setNumber = [&](double v) {
        ci.flags = kNumber;
        ci.number = v;
        if (v == std::floor(v) && v >= 2400 && v <= 2700) ci.year = static_cast<int>(v);
    };
    if (cell.number) {
        setNumber(shownNumber(*cell.number, t));
        return ci;
    }
    const TextTraits tt = traitsOf(t);
    if (!tt.visible) {
        ci.flags = kEmpty;
        return ci;
    }
    const bool digit = tt.digit;
    if (digit) {
        if (auto v = thai::parseNumber(t)) {
            setNumber(*v);
            return ci;
        }
        // "๘๘.๕๒%", "ร้อยละ ๘๘.๕๒": a score as a percentage is the score.
        if (auto v = percentNumber(t)) {
            setNumber(*v);
            return ci;
        }
        // "77.31 คะแนน" in a total's cell as in a score's.
        if (auto v = scoreWithUnit(t)) {
            setNumber(*v);
            return ci;
        }
        // "i1", "(e3)", "o39" in a code column: a sub-question's code, not a score typed wrong.
        if (!tt.thai && t.size() <= 40 && subItemMark(keyView(t, buf))) {
            ci.flags = kSubItem;
            return ci;
        }
        if (looksLikeAttemptedNumber(t)) {
            ci.flags = kAttempt;
            return ci;
        }
    }
    if (!tt.thai) {
        // Only tool codes matter among Latin texts.
        if (t.size() <= 40) {
            key = keyView(t, buf);
            if (m.namesOneToolCode(key) && codePoints(key) <= 12) ci.flags = kTool;
        }
        return ci;
    }
    if (t.size() > 3000) {
        ci.flags = kText | (digit ? kDigits : 0u);
        return ci;
    }
    key = keyView(t, buf);
    // A numbered sub-question ("o39 แผนปฏิบัติการป้องกันการทุจริต", "2.3 การใช้งบประมาณอย่างคุ้มค่า")
    // often holds another indicator's name: it names none. Said nothing as a sentence either
    // when it would have been taken for a name.
    const bool sub = subItemMark(key);
    const uint32_t dash = dashed(key) ? kDash : 0u;
    if (sub) {
        const bool named = m.matchKey(key).has_value();
        ci = CellInfo{};
        ci.flags = kSubItem | kText | (digit ? kDigits : 0u) | (named || !worthReading(t) ? kQuiet : 0u);
        return ci;
    }
    if (auto n = m.matchKey(key)) {
        // "การเปิดเผยข้อมูลสาธารณะ" names the OIT tool, not indicator 9 (a bare name
        // is never that long).
        if (key.size() > 48 && toolWords(key)) {
            ci.flags = kTool;
            return ci;
        }
        ci.flags = kName | dash;
        ci.indicator = *n;
        if (m.namesOneToolCode(key)) ci.flags |= kTool;
        return ci;
    }
    const uint32_t more = (digit ? kDigits : 0u) | (rankingWords(key) ? kRanked : 0u);
    if (const uint32_t f = labelFlags(key, m)) {
        ci.flags = f | more;
        if (f & (kHdrScore | kHdrPrev)) ci.year = yearIn(key);
        return ci;
    }
    if (toolWords(key))
        ci.flags = codePoints(key) <= 70 ? kTool : kText;
    else
        ci.flags = m.namesOneToolCode(key) && codePoints(key) <= 12 ? kTool : kText;
    ci.flags |= more;
    if (ci.flags & kText) ci.flags |= dash;
    if ((ci.flags & kText) && !worthReading(t)) ci.flags |= kQuiet;
    return ci;
}

} // namespace

bool subItemMark(std::string_view k) {
    auto digitsFrom = [&](size_t p) {
        size_t q = p;
        while (q < k.size() && k[q] >= '0' && k[q] <= '9')
            ++q;
        return q - p;
    };
    size_t p = 0;
    if (p < k.size() && k[p] == '(') ++p;
    // The ITAS item codes: i1-i30 (IIT), e1-e15 (EIT), o1-o43 (OIT); keys are upper-cased.
    if (p < k.size() && (k[p] == 'I' || k[p] == 'E' || k[p] == 'O')) {
        const size_t d = digitsFrom(p + 1);
        if (d == 0 || d > 2) return false;
        const size_t after = p + 1 + d;
        return after == k.size() || !(k[after] >= 'A' && k[after] <= 'Z');
    }
    std::string_view rest = k.substr(p);
    if (startsWith(rest, "ตัวชี้วัดย่อย")) return true;
    for (std::string_view item : {"ข้อที่", "ข้อ"})
        if (startsWith(rest, item)) return digitsFrom(p + item.size()) > 0;
    // "1.1", "ตัวชี้วัดที่ 9.1": an indicator's number, a point, the item's number, then its text.
    if (startsWith(rest, "ตัวชี้วัดที่")) p += std::string_view("ตัวชี้วัดที่").size();
    const size_t a = digitsFrom(p);
    if (a == 0 || a > 2 || p + a >= k.size() || k[p + a] != '.') return false;
    const size_t b = digitsFrom(p + a + 1);
    if (b == 0 || b > 2) return false;
    size_t after = p + a + 1 + b;
    if (after < k.size() && (k[after] == '.' || k[after] == ')')) ++after;
    // Thai text follows ("1.1การ…"), not a figure or a unit ("1.5ล้าน" is no item either, but
    // stands in no score table's name column).
    return after < k.size() && static_cast<unsigned char>(k[after]) >= 0x80;
}

bool weightHeader(std::string_view key) {
    const size_t w = key.find("น้ำหนัก");
    return w != std::string_view::npos && key.substr(0, w).find("คะแนน") == std::string_view::npos;
}

bool rankingWords(std::string_view key) {
    for (std::string_view w :
         {"อันดับ", "เรียงลำดับ", "คะแนนสูงสุด", "มากไปน้อย", "มากไปหาน้อย", "สูงไปต่ำ", "สูงสุดไปต่ำสุด", "เรียงตามคะแนน"})
        if (contains(key, w)) return true;
    return false;
}

uint32_t labelFlags(std::string_view k, const IndicatorMatcher &m) {
    while (!k.empty() && (k.back() == ':' || k.back() == '*'))
        k.remove_suffix(1);
    // Labels do not start with a figure: "๘๐.๗๘ คะแนน" is a score with its unit.
    if (k.empty() || (k[0] >= '0' && k[0] <= '9') || k.size() > 160) return 0;
    const size_t cp = codePoints(k);
    if (cp > 40) return 0;
    uint32_t f = 0;
    // "ตัวชี้วัดที่" over a column of numbers is an index, not the names.
    if ((startsWith(k, "ตัวชี้วัด") || startsWith(k, "ชื่อตัวชี้วัด")) && cp <= 25 &&
        !anyOf(k, {"ตัวชี้วัดที่", "ตัวชี้วัดที่.", "ตัวชี้วัดข้อ"}))
        f |= kHdrName;
    if (anyOf(k, {"อันดับ", "อันดับที่"})) f |= kHdrRank;
    if (anyOf(k, {"ลำดับ", "ลำดับที่"})) f |= kHdrOrder;
    if ((startsWith(k, "เครื่องมือ") && cp <= 25) || anyOf(k, {"แบบวัด", "แบบประเมิน"})) f |= kHdrTool;
    if (anyOf(k, {"ปีงบประมาณ", "ปีงบประมาณ(พ.ศ.)", "ปีงบประมาณพ.ศ.", "ปีงบประมาณพ.ศ", "ประจำปีงบประมาณ",
                  "ประจำปีงบประมาณพ.ศ.", "ปีงบ", "ปีงบประมาณที่ประเมิน"}))
        return f | kLblYear;
    if (anyOf(k, {"ระดับ", "ระดับผลการประเมิน", "ผลการประเมิน", "ระดับผลคะแนน", "ระดับคะแนน", "ระดับการประเมิน",
                  "ผลการประเมินระดับ", "ระดับผล"}))
        return f | kLblRating;
    if (anyOf(k, {"หน่วยงาน", "ชื่อหน่วยงาน", "หน่วยงานที่รับการประเมิน", "ชื่อองค์กรปกครองส่วนท้องถิ่น",
                  "องค์กรปกครองส่วนท้องถิ่น"}))
        return f | kLblAgency;
    if (anyOf(k, {"อำเภอ", "อำเภอ/เขต", "ชื่ออำเภอ"})) return f | kLblDistrict;
    if (anyOf(k, {"จังหวัด", "ชื่อจังหวัด"})) return f | kLblProvince;
    if (anyOf(k, {"รวม", "รวมทั้งสิ้น", "ภาพรวม", "คะแนนภาพรวม", "ผลรวม", "ผลรวมทั้งสิ้น"})) return f | kLblTotal;
    if (cp <= 30 && contains(k, "ผู้รับผิดชอบ")) return f | kHdrMeasure;

    auto previous = [&] {
        return (contains(k, "ปี") && containsAny(k, {"ปีก่อน", "ปีที่แล้ว", "ปีที่ผ่านมา"})) || contains(k, "ครั้งก่อน");
    };
    if (contains(k, "คะแนน")) {
        const bool earlier = previous();
        if (contains(k, "รวม")) {
            // "คะแนนรวม IIT" is a tool's subtotal, "คะแนนรวมปีที่แล้ว" last year's: not the total.
            if (earlier)
                f |= kHdrPrev;
            else if (!m.namesOneToolCode(k))
                f |= kLblTotal;
        } else if (contains(k, "ระดับ")) {
            f |= kLblRating;
        } else if (!containsAny(k, {"เต็ม", "เพิ่ม", "ลด", "ต่าง", "เปลี่ยน", "เป้าหมาย", "เกณฑ์"}) &&
                   !weightHeader(k)) {
            f |= earlier ? kHdrPrev : kHdrScore;
            // "คะแนน ITA", "ผลคะแนน ITA": how many clerks label the total (a score column's header
            // too). With a year ("คะแนน ITA ปี 2566") or "ปีที่แล้ว" it is a comparison row.
            if (!earlier && contains(k, "ITA") && !namesAYear(k)) f |= kLblTotal;
        }
        return f;
    }
    if (cp <= 15 && previous()) return f | kHdrPrev;
    // "ปี ๒๕๖๔", "พ.ศ. 2565", "ปีงบประมาณ 2563" over a column of scores
    if (cp <= 20 && yearIn(k) && (startsWith(k, "ปี") || startsWith(k, "พ.ศ.") || startsWith(k, "ผล")))
        return f | kHdrScore;
    return f;
}

const CellInfo &noCell() {
    static const CellInfo none{kEmpty, 0, 0, 0};
    return none;
}

const CellInfo &GridInfo::at(int r, int c) const {
    if (r < 0 || c < 0 || r >= rows() || c >= cols(r)) return noCell();
    return cells[rowStart[static_cast<size_t>(r)] + static_cast<size_t>(c)];
}

const std::string &GridInfo::text(int r, int c) const {
    const Cell *cell = grid->at(r, c);
    return cell ? cell->text : kEmptyText;
}

void classifyGrid(const Grid &g, const IndicatorMatcher &m, GridInfo &out) {
    out.grid = &g;
    out.rowStart.clear();
    out.cells.clear();
    thread_local std::string key;
    // Labels, headers and names repeat from document to document: what a text is does
    // not depend on where it stands, so it is classified once per matcher and thread.
    using Known = std::unordered_map<std::string, CellInfo>;
    thread_local std::vector<std::pair<uint64_t, Known>> caches; // a few matchers, newest last
    auto found = std::find_if(caches.begin(), caches.end(), [&](const auto &c) { return c.first == m.id(); });
    if (found == caches.end()) {
        if (caches.size() >= 8) caches.erase(caches.begin());
        caches.emplace_back(m.id(), Known{});
        found = caches.end() - 1;
    }
    Known &known = found->second;
    if (known.size() > 50000) known.clear();
    for (const auto &row : g.rows) {
        out.rowStart.push_back(out.cells.size());
        for (const auto &cell : row) {
            if (cell.number || cell.text.empty()) {
                out.cells.push_back(classify(cell, m, key));
                continue;
            }
            auto it = known.find(cell.text);
            if (it == known.end()) it = known.emplace(cell.text, classify(cell, m, key)).first;
            out.cells.push_back(it->second);
        }
    }
    out.rowStart.push_back(out.cells.size());
}

RatingWords::RatingWords(const Framework *fw) {
    // Both schemes' words: documents mix them, and validation judges which applies.
    static const char *const kBuiltIn[] = {"ผ่านดีเยี่ยม",
                                           "ผ่านดี",
                                           "ผ่านการประเมิน",
                                           "ผ่าน",
                                           "ต้องปรับปรุงโดยด่วน",
                                           "ต้องปรับปรุง",
                                           "ไม่ผ่านการประเมิน",
                                           "ไม่ผ่าน",
                                           "AA",
                                           "A",
                                           "B",
                                           "C",
                                           "D",
                                           "E",
                                           "F"};
    auto add = [&](const std::string &s) {
        std::string k = makeKey(s);
        if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
    };
    for (const char *w : kBuiltIn)
        add(w);
    if (fw)
        for (const auto &r : fw->ratings) {
            add(r.code);
            add(r.labelTh);
            for (const auto &a : r.aliases)
                add(a);
        }
    std::sort(keys.begin(), keys.end()); // a fixed order for the id
    std::stable_sort(keys.begin(), keys.end(),
                     [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
    id = 14695981039346656037ull;
    for (const auto &k : keys) {
        for (char c : k)
            id = (id ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        id = (id ^ 0xFFu) * 1099511628211ull;
    }
}

size_t RatingWords::match(std::string_view k) const {
    for (const auto &w : keys) {
        if (!startsWith(k, w)) continue;
        // A Latin grade must stand alone: "B" but not the "E" of "E-Service".
        const bool latin =
            static_cast<unsigned char>(w.back()) < 0x80 && std::isalpha(static_cast<unsigned char>(w.back()));
        if (latin && k.size() > w.size()) {
            const char n = k[w.size()];
            if ((n >= 'A' && n <= 'Z') || n == '-' || (n >= '0' && n <= '9')) continue;
        }
        return w.size();
    }
    return 0;
}

bool RatingWords::looksLikeRating(std::string_view key) const {
    if (codePoints(key) > 30) return false;
    if (startsWith(key, "ระดับ")) key.remove_prefix(std::string_view("ระดับ").size());
    return match(key) > 0;
}

} // namespace ita::read
