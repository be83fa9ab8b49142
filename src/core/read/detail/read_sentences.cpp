// Running text (paragraphs and cells of free text): the fiscal year, the agency, the
// total and rating stated in sentences, "the highest indicator is ..." claims and the
// figures written after an indicator's name.
//
// Keywords are sought in the key (no spaces, ASCII digits), so stray spaces from PDF
// conversions do not hide them; what is reported is cut from the normalised text.
#include "core/read/detail/read_facts.hpp"

#include <algorithm>
#include <unordered_map>

namespace ita::read {

namespace {

constexpr uint32_t kUnset = 0xFFFFFFFFu;

struct TextView {
    std::string t;             // normalised
    std::string k;             // key of t
    KeyMap map;                // key byte -> byte range in t
    std::vector<uint32_t> inv; // t byte -> first key byte at or after it (lazily)
    std::vector<NumberToken> nums;

    void build(std::string_view raw) {
        t = normalizeText(raw);
        fastKey(t, true, k, &map);
        inv.clear(); // built on first use
        scanNumbers(t, nums);
    }
    size_t keyAt(size_t tOffset) {
        if (inv.empty()) {
            inv.assign(t.size() + 1, kUnset);
            inv[t.size()] = static_cast<uint32_t>(k.size());
            for (size_t i = k.size(); i-- > 0;)
                inv[map.begin[i]] = static_cast<uint32_t>(i);
            for (size_t i = t.size(); i-- > 0;)
                if (inv[i] == kUnset) inv[i] = inv[i + 1];
        }
        return inv[std::min(tOffset, t.size())];
    }
    // The text behind key bytes [kb, ke).
    std::string textOf(size_t kb, size_t ke) const {
        if (kb >= ke || ke > k.size()) return {};
        const size_t b = map.begin[kb], e = map.end[ke - 1];
        return e > b ? t.substr(b, e - b) : std::string();
    }
    std::string tokenText(const NumberToken &n) const { return t.substr(n.begin, n.end - n.begin); }
};

// What one text states, without its location: texts repeat between documents, so
// findings are kept per text and given the location of each occurrence.
struct Findings {
    struct Year {
        int value;
        std::string text;
        bool fiscal;
        int assessed = 0; // read::YearSeen::assessed
    };
    std::vector<Year> years;
    // What a figure or rating is said of, in a sentence that compares years.
    struct Item {
        size_t at = 0;           // key offset
        std::optional<int> year; // the year the sentence gives it
    };
    struct Rating {
        std::string value, text;
        Item item;
    };
    struct Total {
        double value;
        std::string text;
        Item item;
    };
    struct Figure {
        TextFigure figure;
        Item item;
    };
    std::optional<std::pair<std::string, std::string>> agency;   // value, as written
    std::optional<std::pair<std::string, std::string>> district; // bare name, as written
    std::vector<Rating> ratings;
    std::vector<Total> totals;
    std::vector<Figure> figures;
    std::vector<ExtremeClaim> claims;
    std::vector<ChangeFigure> changes;
};

// The years a sentence names, to tell which year each figure in it belongs to:
// "ปี ๒๕๖๔ ได้ ๗๐.๐๐ คะแนน ปี ๒๕๖๕ ได้ ๗๙.๕๐ คะแนน" gives 70.00 to 2564 and 79.50 to 2565;
// "ได้ ๗๐.๐๐ คะแนนในปี ๒๕๖๔ และ ๗๙.๕๐ คะแนนในปี ๒๕๖๕" names the year after the figure.
// A sentence naming one year (or none) pairs nothing: every figure in it is this year's.
struct YearPairing {
    std::vector<std::pair<size_t, int>> years; // key offset, year; in text order
    bool active = false;                       // two different years named
    bool yearFirst = true;                     // the first year comes before the first figure

    void setUp(size_t firstItem) {
        active = false;
        for (const auto &y : years)
            active = active || y.second != years.front().second;
        yearFirst = !years.empty() && years.front().first < firstItem;
    }
    std::optional<int> yearOf(size_t at) const {
        if (!active) return std::nullopt;
        std::optional<int> found;
        if (yearFirst) {
            for (const auto &y : years)
                if (y.first < at) found = y.second;
        } else {
            for (const auto &y : years)
                if (y.first > at) return y.second;
        }
        return found;
    }
};

bool endsWithAny(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (endsWith(s, w)) return true;
    return false;
}

bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (startsWith(s, w)) return true;
    return false;
}

bool containsAny(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (contains(s, w)) return true;
    return false;
}

const std::initializer_list<std::string_view> kMonths = {
    "มกราคม", "กุมภาพันธ์",  "มีนาคม",  "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "กรกฏาคม", "สิงหาคม", "กันยายน",
    "ตุลาคม",  "พฤศจิกายน", "ธันวาคม", "ม.ค.",   "ก.พ.",    "มี.ค.",   "เม.ย.",   "พ.ค.",    "มิ.ย.",   "ก.ค.",
    "ส.ค.",   "ก.ย.",     "ต.ค.",   "พ.ย.",   "ธ.ค.",    "ม.ค",    "ก.พ",     "มี.ค",     "เม.ย",   "พ.ค",
    "มิ.ย",    "ก.ค",      "ส.ค",    "ก.ย",    "ต.ค",     "พ.ย",    "ธ.ค"};

// What the words before a four-digit number make of it: 2 a fiscal year, 1 another
// year, 0 no year, -1 a Christian-Era year said as such.
int yearKind(std::string_view before) {
    bool era = false;
    for (bool again = true; again;) {
        again = false;
        while (!before.empty() && (before.back() == '(' || before.back() == ')' || before.back() == ':')) {
            before.remove_suffix(1);
            again = true;
        }
        for (std::string_view w : {"ค.ศ.", "ค.ศ"})
            if (endsWith(before, w)) return -1;
        for (std::string_view w : {"พ.ศ.", "พ.ศ", "พศ.", "พศ"})
            if (endsWith(before, w)) {
                before.remove_suffix(w.size());
                era = again = true;
                break;
            }
    }
    if (endsWithAny(before, {"ปีงบประมาณ", "ปีงบ", "ประจำปี"})) return 2;
    if (era || endsWith(before, "ปี") || endsWithAny(before, kMonths)) return 1;
    return 0;
}

// Is the year at key offset kb the year of an ITA assessment whose result the text reports
// ("ได้รับผลการประเมินคุณธรรมและความโปร่งใส… ปี พ.ศ. ๒๕๖๔ ได้คะแนน ๗๗.๓๑ คะแนน", "ผลการประเมิน ITA
// ประจำปีงบประมาณ ๒๕๖๔")? 2 with a score after it, 1 without, 0 no. A plan for FY N reports
// the assessment of FY N-1 this way; a sentence comparing with an earlier year does not count.
int assessedYear(TextView &v, size_t kb, size_t yearEnd) {
    static constexpr std::string_view kResult = "ผลการประเมิน";
    // The subject is near: a title of the assessment runs to some 70 characters.
    constexpr size_t kWindow = 100 * 3;
    const std::string_view k = v.k;
    const size_t from = kb > kWindow ? kb - kWindow : 0;
    size_t p = std::string_view::npos;
    for (size_t q = findIn(k, kResult, from); q != std::string_view::npos && q < kb;
         q = findIn(k, kResult, q + kResult.size()))
        p = q;
    if (p == std::string_view::npos) return 0;
    const std::string_view between = k.substr(p + kResult.size(), kb - p - kResult.size());
    // "ผลการประเมินความพึงพอใจ" is a survey, not the ITA.
    if (containsAny(between, {"ความพึงพอใจ", "ความเสี่ยง", "ตนเอง"})) return 0;
    if (containsAny(k, {"เปรียบเทียบ", "เทียบกับ", "ปีก่อน", "ปีที่แล้ว", "ปีที่ผ่านมา"})) return 0;
    // A score after the year: "คะแนน" and a figure that is no year.
    const std::string_view after = k.substr(std::min(yearEnd, k.size()));
    if (contains(after, "คะแนน"))
        for (const auto &n : v.nums)
            if (n.intDigits <= 3 && n.value > 0 && n.value <= 100 && v.keyAt(n.begin) >= yearEnd) return 2;
    return containsAny(between, {"ITA", "คุณธรรม"}) ? 1 : 0;
}

void scanYears(TextView &v, Findings &f, YearPairing *pairing = nullptr) {
    for (const auto &n : v.nums) {
        if (n.intDigits != 4 || n.decimals >= 0 || n.grouped) continue;
        const size_t kb = v.keyAt(n.begin);
        const int kind = yearKind(std::string_view(v.k).substr(0, kb));
        if (kind <= 0) continue;
        const int assessed = contains(v.k, "ผลการประเมิน") ? assessedYear(v, kb, v.keyAt(n.end)) : 0;
        f.years.push_back({static_cast<int>(n.value), v.tokenText(n), kind == 2, assessed});
        if (pairing) pairing->years.emplace_back(kb, static_cast<int>(n.value));
    }
}

// "องค์การบริหารส่วนตำบลโคกสำโรง": the kind of body and the name written after it.
void scanAgency(TextView &v, Findings &f) {
    static const std::string_view kinds[] = {"องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล",
                                             "เทศบาลเมือง", "เทศบาลนคร"};
    size_t bestK = std::string::npos;
    std::string_view bestKind;
    for (auto kind : kinds) {
        const size_t p = findIn(v.k, kind);
        if (p < bestK) {
            bestK = p;
            bestKind = kind;
        }
    }
    while (bestK != std::string::npos) {
        const size_t ke = bestK + bestKind.size();
        // The name runs to the next space or non-Thai character.
        const size_t nb = v.map.end[ke - 1];
        size_t ne = nb;
        while (ne + 3 <= v.t.size() && static_cast<unsigned char>(v.t[ne]) == 0xE0 &&
               (static_cast<unsigned char>(v.t[ne + 1]) == 0xB8 ||
                (static_cast<unsigned char>(v.t[ne + 1]) == 0xB9 &&
                 static_cast<unsigned char>(v.t[ne + 2]) < 0x90)))
            ne += 3;
        const std::string name = v.t.substr(nb, ne - nb);
        if (codePoints(name) >= 2 && !startsWithAny(name, {"และ", "หรือ", "ทุก", "ทั้ง", "ใน", "ของ"}) &&
            !containsAny(name, {"องค์การ", "เทศบาล"})) {
            f.agency.emplace(std::string(bestKind) + name,
                             v.t.substr(v.map.begin[bestK], ne - v.map.begin[bestK]));
            return;
        }
        const size_t next = findIn(v.k, bestKind, ke);
        bestK = next;
    }
}

// A Thai letter or mark (not a Thai digit) at byte i: names run over these.
bool thaiLetterAt(std::string_view t, size_t i) {
    return i + 3 <= t.size() && static_cast<unsigned char>(t[i]) == 0xE0 &&
           (static_cast<unsigned char>(t[i + 1]) == 0xB8 ||
            (static_cast<unsigned char>(t[i + 1]) == 0xB9 && static_cast<unsigned char>(t[i + 2]) < 0x90));
}

size_t skipSpaces(std::string_view t, size_t i) {
    while (i < t.size() && t[i] == ' ')
        ++i;
    return i;
}

// Words that follow "อำเภอ" in a sentence about districts in general ("ทุกอำเภอ", "อำเภอละ ๒ แห่ง",
// "ระดับอำเภอ และจังหวัด"), never a district's name.
bool notADistrict(std::string_view name) {
    return startsWithAny(name, {"และ", "หรือ",   "ทุก",   "ทั้ง",   "ใน",  "ของ", "ละ", "ต่าง", "นั้น",  "นี้",
                                "ที่",   "จังหวัด", "ตำบล", "เดียว", "เป็น", "ได้",  "ให้", "ซึ่ง",  "เขต", "ใด"});
}

struct DistrictAt {
    size_t begin = 0, end = 0; // the bytes "อำเภอบ้านไผ่" / "อ.บ้านไผ่" in t
    std::string name;
};

// The first district written in t the way clerks write it in an address: "อำเภอบ้านแพ้ว",
// "อำเภอเมือง จังหวัดลพบุรี", "อ.บ้านไผ่ จ.ขอนแก่น", "อำเภอ บ้านไผ่ จังหวัดขอนแก่น". The
// abbreviation and a name set apart by a space are taken only before the province ("จังหวัด",
// "จ."), where nothing else is written.
std::optional<DistrictAt> districtIn(std::string_view t) {
    static const std::string_view full = "อำเภอ", shortForm = "อ.";
    for (size_t p = 0; p < t.size();) {
        const size_t pf = findIn(t, full, p), ps = findIn(t, shortForm, p);
        if (pf == std::string_view::npos && ps == std::string_view::npos) break;
        const bool abbreviated = ps < pf;
        const size_t at = abbreviated ? ps : pf;
        const size_t markerEnd = at + (abbreviated ? shortForm : full).size();
        p = markerEnd;
        // "อ." closes another abbreviation ("ร.อ.") or a word ("ต่อ."): only after a space or the start.
        if (abbreviated && at > 0 && t[at - 1] != ' ' && t[at - 1] != '(' && t[at - 1] != ',') continue;
        const size_t nb = skipSpaces(t, markerEnd);
        const bool apart = nb != markerEnd;
        size_t ne = nb;
        while (thaiLetterAt(t, ne))
            ne += 3;
        std::string_view name = t.substr(nb, ne - nb);
        // Written without a space before the province: "อำเภอบ้านแพ้วจังหวัดสมุทรสาคร", "อ.บ้านไผ่จ.ขอนแก่น".
        bool province = false;
        if (const size_t cut = findIn(name, "จังหวัด"); cut != std::string_view::npos && cut > 0) {
            name = name.substr(0, cut);
            province = true;
        } else if (ne < t.size() && t[ne] == '.' && endsWith(name, "จ") && name.size() > 3) {
            name.remove_suffix(3);
            province = true;
        } else {
            const std::string_view rest = t.substr(skipSpaces(t, ne));
            province = startsWith(rest, "จังหวัด") || startsWith(rest, "จ.");
        }
        if (codePoints(name) < 2 || notADistrict(name)) continue;
        if ((abbreviated || apart) && !province) continue;
        return DistrictAt{at, nb + name.size(), std::string(name)};
    }
    return std::nullopt;
}

void scanDistrict(TextView &v, Findings &f) {
    if (auto d = districtIn(v.t)) f.district.emplace(d->name, v.t.substr(d->begin, d->end - d->begin));
}

// Rating words from key offset q on: one, or two side by side as FY2568 reports write them
// ("AA ผ่านดีเยี่ยม", "AA (ผ่านดีเยี่ยม)"). Returns how many were read.
int ratingsAt(const TextView &v, const RatingWords &ratings, size_t q, const YearPairing &pairing,
              Findings &f) {
    const std::string_view k = v.k;
    int read = 0;
    for (; read < 2 && q < k.size(); ++read) {
        if (read > 0)
            while (q < k.size() && (k[q] == '(' || k[q] == ')' || k[q] == '/' || k[q] == ',' || k[q] == '-'))
                ++q;
        const size_t n = ratings.match(k.substr(q));
        if (n == 0) break;
        // A short Thai word must end there: "ผ่าน" in "รักษาระดับคะแนน ผ่านระบบ" means "through".
        const std::string_view word = k.substr(q, n);
        const size_t after = v.map.end[q + n - 1];
        if (hasThai(word) && codePoints(word) <= 4 && after < v.t.size() && hasThai(v.t.substr(after, 3)) &&
            !hasDigit(v.t.substr(after, 3)))
            break;
        std::string value = v.textOf(q, q + n);
        f.ratings.push_back({value, value, {q, pairing.yearOf(q)}});
        q += n;
    }
    return read;
}

void scanRatings(TextView &v, const RatingWords &ratings, const YearPairing &pairing, Findings &f) {
    static const std::string_view level = "ระดับ";
    for (size_t p = findIn(v.k, level); p != std::string::npos; p = findIn(v.k, level, p + 1)) {
        size_t q = p + level.size();
        for (std::string_view w : {"ผลการประเมิน", "ผลคะแนน", "การประเมิน", "คะแนน", ":"})
            if (startsWith(std::string_view(v.k).substr(q), w)) {
                q += w.size();
                break;
            }
        ratingsAt(v, ratings, q, pairing, f);
    }
}

bool isAsciiLetter(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}
bool isDigitByte(char ch) {
    return ch >= '0' && ch <= '9';
}

// Totals ("ได้คะแนน ๘๙.๗๒", "จำนวน 80.78 คะแนน จากคะแนนเต็ม 100") and figures written
// after an indicator's name ("การเปิดเผยข้อมูล ได้ ๘๗.๕๐ คะแนน").
constexpr std::string_view kUnit = "คะแนน";

// A number that may be a score: at most 100, with two decimals or followed by "คะแนน".
bool figureCandidate(TextView &v, const NumberToken &n) {
    return n.value <= 100 &&
           (n.decimals == 2 || startsWith(std::string_view(v.k).substr(v.keyAt(n.end)), kUnit));
}

void scanFigures(TextView &v, const IndicatorMatcher &matcher, const RatingWords &ratings,
                 const YearPairing &pairing, Findings &out) {
    static const std::string_view unit = kUnit;
    auto candidate = [&](const NumberToken &n) { return figureCandidate(v, n); };
    if (std::none_of(v.nums.begin(), v.nums.end(), candidate)) return;
    const auto mentions = matcher.findInKey(v.k, v.map);
    // A name gives one figure, or one per year when the sentence compares years.
    std::vector<bool> used(mentions.size(), false);
    std::vector<std::optional<int>> usedYear(mentions.size());
    const std::string_view k = v.k;
    size_t bound = 0; // key end of the previous number: context does not reach past it
    for (const auto &n : v.nums) {
        const size_t kb = v.keyAt(n.begin), ke = v.keyAt(n.end);
        const size_t prevBound = bound;
        bound = ke;
        if (!candidate(n)) continue;
        // Codes ("O36"), ranges ("ร้อยละ 15-25"), dates ("1/10/2565").
        if (n.begin > 0 && isAsciiLetter(v.t[n.begin - 1])) continue;
        if (n.end < v.t.size() && isAsciiLetter(v.t[n.end])) continue;
        const std::string_view before = k.substr(0, kb), after = k.substr(ke);
        bool range = false;
        for (std::string_view d : {"-", "/", "–"}) {
            range =
                range || (startsWith(after, d) && after.size() > d.size() && isDigitByte(after[d.size()]));
            range = range || (endsWith(before, d) && before.size() > d.size() &&
                              isDigitByte(before[before.size() - d.size() - 1]));
        }
        if (range) continue;
        int mi = -1;
        for (size_t i = 0; i < mentions.size(); ++i)
            if (mentions[i].end <= n.begin) mi = static_cast<int>(i);
        const size_t mentionEnd = mi >= 0 ? v.keyAt(mentions[static_cast<size_t>(mi)].end) : 0;
        // Right after a name the number is its score, whatever the name ends with
        // ("การปฏิบัติหน้าที่ ๘๘.๕๒" is no "ที่ ๘๘", an ordinal).
        const bool afterName = mi >= 0 && mentionEnd == kb;
        if (!afterName &&
            endsWithAny(before, {"ที่",        "ข้อ",      "ร้อยละ",  "เวลา",   "เต็ม",    "ลำดับ", "อันดับ",
                                 "ครั้ง",      "หมู่",      "ปี",      "พ.ศ.",   "ค.ศ.",   "รอบ",  "โทร",
                                 "ฉบับ",      "มาตรา",   "หน้า",    "ตัวชี้วัด",  "ประเด็น", "เกณฑ์", "เป้าหมาย",
                                 "ไม่น้อยกว่า", "ไม่ต่ำกว่า", "มากกว่า", "น้อยกว่า", "ตั้งแต่",   "ถึง"}))
            continue;
        if (startsWithAny(after, {"น.",  "%",   "บาท", "เดือน",  "วัน",    "ปี",       "ราย",
                                  "คน",  "ครั้ง", "ข้อ",  "ตัวชี้วัด", "ชั่วโมง", "นาที",     "ล้าน",
                                  "แห่ง", "หมู่",  "เท่า", "ลำดับ",  "ร้อยละ", "เปอร์เซ็นต์"}) ||
            startsWithAny(after, kMonths))
            continue;

        const size_t wb = std::max({prevBound, mentionEnd, kb > 120 ? kb - 120 : size_t{0}});
        std::string_view window = k.substr(wb, kb > wb ? kb - wb : 0);
        while (!window.empty() && (window.back() == ':' || window.back() == '='))
            window.remove_suffix(1);
        std::string_view afterUnit = after;
        if (startsWith(afterUnit, unit)) afterUnit.remove_prefix(unit.size());

        // "IIT ได้ ๘๒.๖๗ คะแนน EIT ได้ ๘๐.๘๘ คะแนน": a tool's score, no total.
        if (mi < 0 && matcher.namesOneToolCode(window)) continue;
        const bool explicitTotal = containsAny(window, {"คะแนนรวม", "ภาพรวม", "รวมทั้งสิ้น"}) ||
                                   startsWithAny(afterUnit, {"จากคะแนนเต็ม", "จากเต็ม", "เต็ม100"});
        const bool genericTotal =
            mi < 0 &&
            endsWithAny(window, {"ได้คะแนน", "เป็นคะแนน", "คะแนนที่ได้รับ", "คะแนนที่ได้", "ได้รับคะแนน", "ผลคะแนน",
                                 "จำนวน", "คะแนน", "ได้", "ได้รับ", "เท่ากับ", "คะแนนเฉลี่ย", "คะแนนITA"});
        const std::optional<int> year = pairing.yearOf(kb);
        if (explicitTotal || genericTotal) {
            out.totals.push_back({n.value, v.tokenText(n), {kb, year}});
            // "ได้ ๙๙.๘๕ คะแนน AA ผ่านดีเยี่ยม": the rating written after the total.
            ratingsAt(v, ratings, ke + (startsWith(after, unit) ? unit.size() : 0), pairing, out);
            continue;
        }
        if (mi < 0) continue;
        if (used[static_cast<size_t>(mi)] && (!year || year == usedYear[static_cast<size_t>(mi)])) continue;
        // A change or last year's figure is no score of this year.
        // "การเปิดเผยข้อมูล เพิ่มขึ้น ๒.๕๐ คะแนน": a stated change, checked against the years' columns.
        const bool up = endsWithAny(window, {"เพิ่มขึ้น", "เพิ่มขึ้นมา", "สูงขึ้น"});
        if (up || endsWithAny(window, {"ลดลง", "ลดลงมา", "ต่ำลง"})) {
            ChangeFigure c;
            c.indicator = mentions[static_cast<size_t>(mi)].number;
            c.value = up ? n.value : -n.value;
            c.valueText = v.tokenText(n);
            out.changes.push_back(std::move(c));
            continue;
        }
        if (containsAny(window, {"เพิ่มขึ้น", "ลดลง", "ปีก่อน", "ปีที่แล้ว", "ปีที่ผ่านมา", "ผลต่าง", "เปลี่ยนแปลง", "จากเดิม",
                                 "ต่างกัน", "เป้าหมาย", "เกณฑ์"}))
            continue;
        used[static_cast<size_t>(mi)] = true;
        usedYear[static_cast<size_t>(mi)] = year;
        TextFigure f;
        f.indicator = mentions[static_cast<size_t>(mi)].number;
        f.value = n.value;
        f.valueText = v.tokenText(n);
        out.figures.push_back({std::move(f), {kb, year}});
    }
}

size_t skipNumbering(std::string_view k, size_t q) {
    static const std::string_view no = "ตัวชี้วัดที่";
    if (!startsWith(k.substr(q), no)) return q;
    size_t p = q + no.size();
    while (p < k.size() && k[p] >= '0' && k[p] <= '9')
        ++p;
    while (p < k.size() && (k[p] == '.' || k[p] == ')' || k[p] == ':'))
        ++p;
    return p;
}

// "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ..."
void scanClaims(TextView &v, const IndicatorMatcher &matcher, Findings &f) {
    struct Word {
        std::string_view w;
        bool highest;
    };
    static const Word words[] = {{"มากที่สุด", true},  {"สูงที่สุด", true},  {"สูงสุด", true},
                                 {"น้อยที่สุด", false}, {"ต่ำที่สุด", false}, {"ต่ำสุด", false}};
    const std::string_view k = v.k;
    std::vector<IndicatorMatcher::Mention> mentions;
    bool haveMentions = false;
    for (const auto &word : words) {
        for (size_t p = findIn(k, word.w); p != std::string::npos; p = findIn(k, word.w, p + 1)) {
            // Only claims about scores: "ผู้บริหารสูงสุด" is a person.
            const size_t from = p > 60 ? p - 60 : 0;
            if (!contains(k.substr(from, p - from), "คะแนน")) continue;
            if (!haveMentions) {
                mentions = matcher.findInKey(v.k, v.map);
                haveMentions = true;
            }
            auto mentionAt = [&](size_t q) -> const IndicatorMatcher::Mention * {
                for (const auto &m : mentions)
                    if (v.keyAt(m.begin) == q) return &m;
                return nullptr;
            };
            size_t q = p + word.w.size();
            bool any = false;
            for (int steps = 0; steps < 16 && q < k.size(); ++steps) {
                if (const auto *m = mentionAt(q)) {
                    ExtremeClaim cl;
                    cl.highest = word.highest;
                    const std::string_view lead = k.substr(from, p - from);
                    if (contains(lead, "เพิ่มขึ้น") || contains(lead, "สูงขึ้น"))
                        cl.change = 1;
                    else if (contains(lead, "ลดลง") || contains(lead, "ต่ำลง"))
                        cl.change = -1;
                    cl.indicator = m->number;
                    const size_t b = v.map.begin[p];
                    cl.text = v.t.substr(b, m->end > b ? m->end - b : 0);
                    f.claims.push_back(std::move(cl));
                    q = v.keyAt(m->end);
                    any = true;
                    continue;
                }
                size_t next = skipNumbering(k, q);
                if (next == q) {
                    static const std::initializer_list<std::string_view> before = {"คือ", "ได้แก่",  "เป็น", ":",
                                                                                   "-",  "ตัวชี้วัด", "ด้าน"};
                    static const std::initializer_list<std::string_view> between = {"และ", ",", "กับ", "ตัวชี้วัด",
                                                                                    "ด้าน"};
                    for (std::string_view w : any ? between : before)
                        if (startsWith(k.substr(q), w)) {
                            next = q + w.size();
                            break;
                        }
                }
                if (next == q) break;
                q = next;
            }
        }
    }
}

} // namespace

// Sheets, then the body text, then the tables of a Writer document: a clerk's report
// opens with its title ("รายงาน… ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") and its tables come after it.
long long cellOrder(GridKind kind, int gridOrder, int row, int col) {
    const long long base = kind == GridKind::WriterTable ? 2000000000000000LL : 0;
    return base + static_cast<long long>(gridOrder) * 1000000000LL + static_cast<long long>(row) * 10000LL +
           col;
}

long long paragraphOrder(int paragraph) {
    return 1000000000000000LL + paragraph;
}

void readYears(std::string_view raw, const Location &at, long long order, std::vector<YearSeen> &out) {
    if (!hasDigit(raw)) return;
    thread_local TextView v;
    thread_local Findings f;
    v.build(raw);
    f.years.clear();
    scanYears(v, f);
    for (const auto &y : f.years) {
        YearSeen s;
        s.stated.value = y.value;
        s.stated.text = y.text;
        s.stated.at = at;
        s.fiscal = y.fiscal;
        s.assessed = y.assessed;
        s.order = order;
        out.push_back(std::move(s));
    }
}

namespace {

// In a sentence comparing years the latest year's figures are this year's; the others
// are last year's, which the tables' previous-year columns hold if anywhere.
void dropEarlierYears(Findings &f) {
    std::optional<int> latest;
    auto see = [&](const Findings::Item &i) {
        if (i.year && (!latest || *i.year > *latest)) latest = i.year;
    };
    for (const auto &r : f.ratings)
        see(r.item);
    for (const auto &t : f.totals)
        see(t.item);
    for (const auto &g : f.figures)
        see(g.item);
    if (!latest) return;
    auto earlier = [&](const Findings::Item &i) { return i.year && *i.year < *latest; };
    f.ratings.erase(std::remove_if(f.ratings.begin(), f.ratings.end(),
                                   [&](const Findings::Rating &r) { return earlier(r.item); }),
                    f.ratings.end());
    f.totals.erase(std::remove_if(f.totals.begin(), f.totals.end(),
                                  [&](const Findings::Total &t) { return earlier(t.item); }),
                   f.totals.end());
    f.figures.erase(std::remove_if(f.figures.begin(), f.figures.end(),
                                   [&](const Findings::Figure &g) { return earlier(g.item); }),
                    f.figures.end());
}

Findings readFindings(std::string_view raw, const IndicatorMatcher &matcher, const RatingWords &ratings) {
    thread_local TextView v;
    v.build(raw);
    Findings f;
    YearPairing pairing;
    scanYears(v, f, &pairing);
    if (pairing.years.size() >= 2) {
        size_t firstItem = findIn(v.k, "ระดับ");
        for (const auto &n : v.nums)
            if (figureCandidate(v, n)) {
                firstItem = std::min(firstItem, v.keyAt(n.begin));
                break;
            }
        pairing.setUp(firstItem);
    }
    scanAgency(v, f);
    scanDistrict(v, f);
    if (contains(v.k, "ระดับ")) scanRatings(v, ratings, pairing, f);
    if (!v.nums.empty()) scanFigures(v, matcher, ratings, pairing, f);
    if (contains(v.k, "สุด")) scanClaims(v, matcher, f);
    if (pairing.active) dropEarlierYears(f);
    return f;
}

// Findings per text, for a few sets of names and rating words, newest last.
const Findings &findingsOf(std::string_view raw, const IndicatorMatcher &matcher,
                           const RatingWords &ratings) {
    using Known = std::unordered_map<std::string, Findings>;
    thread_local std::vector<std::pair<uint64_t, Known>> caches;
    const uint64_t id = (matcher.id() * 1099511628211ull) ^ ratings.id;
    auto found = std::find_if(caches.begin(), caches.end(), [&](const auto &c) { return c.first == id; });
    if (found == caches.end()) {
        if (caches.size() >= 8) caches.erase(caches.begin());
        caches.emplace_back(id, Known{});
        found = caches.end() - 1;
    }
    Known &known = found->second;
    if (known.size() > 20000) known.clear();
    const std::string text(raw);
    auto it = known.find(text);
    if (it == known.end()) it = known.emplace(text, readFindings(raw, matcher, ratings)).first;
    return it->second;
}

} // namespace

// Cheap test on the raw text before normalising it: sentences worth reading have a
// figure, a rating, an extreme, an agency's name or a district.
bool worthReading(std::string_view raw) {
    return hasDigit(raw) || containsAny(raw, {"ระดับ", "สุด", "องค์การ", "เทศบาล", "อำเภอ", "อ."});
}

std::string districtName(std::string_view value) {
    const std::string t = normalizeText(value);
    // The whole cell is a name unless it is written as an address.
    if (auto d = districtIn(t)) return d->name;
    std::string_view name = t;
    for (std::string_view prefix : {"อำเภอ", "อ."})
        if (startsWith(name, prefix)) name.remove_prefix(prefix.size());
    name = name.substr(std::min(name.size(), skipSpaces(name, 0)));
    for (std::string_view province : {" จังหวัด", " จ."})
        if (const size_t cut = findIn(name, province); cut != std::string_view::npos)
            name = name.substr(0, cut);
    while (!name.empty() && name.back() == ' ')
        name.remove_suffix(1);
    if (thaiLetterCount(name) < 2 || notADistrict(name) || codePoints(name) > 40) return {};
    return std::string(name);
}

void readText(std::string_view raw, const Location &at, long long order, Collector &c, bool gate) {
    if (gate && !worthReading(raw)) return;
    if (c.yearsOnly) {
        readYears(raw, at, order, c.years);
        return;
    }
    const Findings &f = findingsOf(raw, *c.matcher, *c.ratings);
    for (const auto &y : f.years) {
        YearSeen s;
        s.stated.value = y.value;
        s.stated.text = y.text;
        s.stated.at = at;
        s.fiscal = y.fiscal;
        s.assessed = y.assessed;
        s.order = order;
        c.years.push_back(std::move(s));
    }
    auto stated = [&](const std::pair<std::string, std::string> &valueText) {
        Stated<std::string> s;
        s.value = valueText.first;
        s.text = valueText.second;
        s.at = at;
        return s;
    };
    auto &agency = at.isParagraph() ? c.agencyText : c.agencyGrid;
    if (f.agency && !agency) {
        agency = stated(*f.agency);
        // "เทศบาลตำบลเกษตรพัฒนา ตำบลเกษตรพัฒนา อำเภอบ้านแพ้ว": the agency's own district.
        if (f.district)
            (at.isParagraph() ? c.districtWithAgencyText : c.districtWithAgencyGrid) = stated(*f.district);
    }
    auto &district = at.isParagraph() ? c.districtText : c.districtGrid;
    if (f.district && !district) district = stated(*f.district);
    for (const auto &r : f.ratings)
        c.addRating(r.value, r.text, at);
    for (const auto &t : f.totals)
        c.addTotal(t.value, t.text, at);
    for (const auto &g : f.figures) {
        TextFigure fig = g.figure;
        fig.at = at;
        c.facts->textFigures.push_back(std::move(fig));
    }
    for (auto cl : f.claims) {
        cl.at = at;
        c.facts->extremeClaims.push_back(std::move(cl));
    }
    for (auto ch : f.changes) {
        ch.at = at;
        c.facts->changeFigures.push_back(std::move(ch));
    }
}

void Collector::addTotal(double v, std::string text, const Location &at) {
    for (const auto &s : facts->statedTotals)
        if (s.at == at && s.value == v) return;
    Stated<double> s;
    s.value = v;
    s.text = std::move(text);
    s.at = at;
    facts->statedTotals.push_back(std::move(s));
}

void Collector::addRating(std::string value, std::string text, const Location &at) {
    for (const auto &s : facts->statedRatings)
        if (s.at == at && s.value == value) return;
    Stated<std::string> s;
    s.value = std::move(value);
    s.text = std::move(text);
    s.at = at;
    facts->statedRatings.push_back(std::move(s));
}

} // namespace ita::read
