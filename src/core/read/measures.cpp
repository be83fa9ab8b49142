// The measures table (มาตรการ): one row per measure, with the unit responsible, the
// indicators it serves, its period and status.
#include "core/read/measures.hpp"

#include "core/read/detail/read_text.hpp"
#include "core/read/indicator_names.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ita {

namespace {

using read::contains;
using read::startsWith;

struct Columns {
    int measure = -1, responsible = -1, indicators = -1, period = -1, start = -1, end = -1, status = -1;
    int lastRow = -1; // the header may take two rows ("ระยะเวลา" over "เริ่ม | สิ้นสุด")
};

std::string cellKey(const Grid &g, int r, int c) {
    const Cell *cell = g.at(r, c);
    if (!cell || cell->text.size() > 400) return {};
    std::string k = read::makeKey(cell->text);
    while (!k.empty() && (k.back() == ':' || k.back() == '*'))
        k.pop_back();
    return k;
}

bool startOrEnd(std::string_view k, Columns &cols, int c) {
    if (startsWith(k, "เริ่ม") || startsWith(k, "วันเริ่ม")) {
        cols.start = c;
        return true;
    }
    if (startsWith(k, "สิ้นสุด") || startsWith(k, "วันสิ้นสุด") || startsWith(k, "แล้วเสร็จ")) {
        cols.end = c;
        return true;
    }
    return false;
}

// Most rows are no header: a header names the responsible unit in a short cell. Tested on
// the raw text first (two probes, so one stray space from a PDF conversion does not hide it).
bool mayBeHeader(const std::vector<Cell> &row) {
    for (const auto &c : row)
        if (c.text.size() <= 160 && (read::contains(c.text, "รับผิด") || read::contains(c.text, "ผิดชอบ")))
            return true;
    return false;
}

bool readHeader(const Grid &g, int r, Columns &cols) {
    cols = Columns{};
    if (!mayBeHeader(g.rows[static_cast<size_t>(r)])) return false;
    const int n = static_cast<int>(g.rows[static_cast<size_t>(r)].size());
    std::vector<std::string> keys(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c)
        keys[static_cast<size_t>(c)] = cellKey(g, r, c);
    for (int c = 0; c < n; ++c) {
        const std::string &k = keys[static_cast<size_t>(c)];
        if (k.empty() || read::codePoints(k) > 40) continue;
        if (contains(k, "ผู้รับผิดชอบ")) {
            if (cols.responsible < 0 && read::codePoints(k) <= 30) cols.responsible = c;
        } else if (startsWith(k, "มาตรการ")) {
            if (cols.measure < 0) cols.measure = c;
        } else if (startsWith(k, "ตัวชี้วัด")) {
            if (cols.indicators < 0) cols.indicators = c;
        } else if (startsWith(k, "ระยะเวลา") || startsWith(k, "ช่วงเวลา") || startsWith(k, "ห้วงเวลา") ||
                   startsWith(k, "กำหนดเวลา") || k == "ระยะดำเนินการ") {
            if (cols.period < 0) cols.period = c;
        } else if (startsWith(k, "สถานะ")) {
            if (cols.status < 0) cols.status = c;
        } else {
            startOrEnd(k, cols, c);
        }
    }
    if (cols.measure < 0) // "กิจกรรม/มาตรการ"
        for (int c = 0; c < n && cols.measure < 0; ++c) {
            const std::string &k = keys[static_cast<size_t>(c)];
            if (contains(k, "มาตรการ") && read::codePoints(k) <= 40 && !startsWith(k, "สรุป") &&
                !startsWith(k, "ผล"))
                cols.measure = c;
        }
    if (cols.measure < 0 || cols.responsible < 0) return false;
    cols.lastRow = r;
    // "ระยะเวลา" spanning "เริ่ม | สิ้นสุด" below
    if (r + 1 < g.rowCount()) {
        Columns sub = cols;
        bool found = false;
        for (int c = 0; c < static_cast<int>(g.rows[static_cast<size_t>(r) + 1].size()); ++c)
            found = startOrEnd(cellKey(g, r + 1, c), sub, c) || found;
        if (found) {
            sub.lastRow = r + 1;
            cols = sub;
        }
    }
    return true;
}

// "1, 5", "๑,๕", "1-3", "ตัวชี้วัดที่ 2 และ 4", and with a framework the names. A number
// in front of a name ("ตัวชี้วัดที่ ๓ การใช้งบประมาณ") gives way to the name.
std::vector<int> indicatorsIn(const std::string &text, const IndicatorMatcher *m) {
    std::vector<int> out;
    const std::string t = read::normalizeText(text);
    std::string k;
    read::KeyMap map;
    read::fastKey(t, true, k, &map);
    std::vector<size_t> nameStarts; // key offsets where a name begins
    if (m)
        for (const auto &mention : m->findInKey(k, map)) {
            out.push_back(mention.number);
            for (size_t i = 0; i < k.size(); ++i)
                if (map.begin[i] >= mention.begin) {
                    nameStarts.push_back(i);
                    break;
                }
        }
    // Beyond the framework's last indicator a number is still read ("๑๑" in a FY with ten): a
    // measure serving an indicator the year lacks is a finding, not a number to drop.
    const int maxNumber = std::max(20, m ? m->maxNumber() : 0);
    int prev = -1;
    bool range = false;
    for (size_t i = 0; i < k.size();) {
        if (k[i] < '0' || k[i] > '9') {
            if (k[i] == '-' || startsWith(std::string_view(k).substr(i), "–") ||
                startsWith(std::string_view(k).substr(i), "ถึง"))
                range = true;
            ++i;
            continue;
        }
        size_t j = i;
        while (j < k.size() && k[j] >= '0' && k[j] <= '9')
            ++j;
        size_t after = j;
        while (after < k.size() && (k[after] == '.' || k[after] == ')' || k[after] == ':'))
            ++after;
        const bool decimal = j + 1 < k.size() && k[j] == '.' && k[j + 1] >= '0' && k[j + 1] <= '9'; // "10.2"
        const bool named = std::find(nameStarts.begin(), nameStarts.end(), after) != nameStarts.end();
        // "O36", "O1-O43": OIT item codes, no indicators.
        const bool code =
            i > 0 && ((k[i - 1] >= 'A' && k[i - 1] <= 'Z') || (k[i - 1] >= 'a' && k[i - 1] <= 'z'));
        const int v = j - i <= 2 ? std::stoi(k.substr(i, j - i)) : 0;
        if (!decimal && !named && !code && v >= 1 && v <= maxNumber) {
            if (range && prev > 0 && v > prev)
                for (int x = prev + 1; x < v; ++x)
                    out.push_back(x);
            out.push_back(v);
            prev = v;
        }
        range = false;
        i = decimal ? after + 1 : j;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

MeasureStatus statusOf(const std::string &text) {
    const std::string k = read::makeKey(text);
    if (k.empty()) return MeasureStatus::Unknown;
    if (contains(k, "ยังไม่")) return MeasureStatus::NotStarted;
    if (contains(k, "อยู่ระหว่าง") || contains(k, "กำลังดำเนินการ")) return MeasureStatus::InProgress;
    if (contains(k, "ดำเนินการแล้ว") || contains(k, "เสร็จ") || contains(k, "เรียบร้อย"))
        return MeasureStatus::Done;
    return MeasureStatus::Unknown;
}

std::optional<thai::Date> serialDate(const Cell *c) {
    // Days 1 (1899-12-31) .. 2958465 (9999-12-31): anything else is no date.
    if (!c || !c->number || *c->number < 1 || *c->number > 2958465) return std::nullopt;
    return thai::fromSerial(std::floor(*c->number));
}

void readPeriod(const Grid &g, int r, const Columns &cols, MeasureRow &m) {
    if (cols.start >= 0 || cols.end >= 0) {
        const Cell *s = g.at(r, cols.start);
        const Cell *e = g.at(r, cols.end);
        std::string st = s ? read::normalizeText(s->text) : "", et = e ? read::normalizeText(e->text) : "";
        if (auto d = serialDate(s))
            m.start = d;
        else if (auto p = parsePeriod(st))
            m.start = p->start;
        if (auto d = serialDate(e))
            m.end = d;
        else if (auto p = parsePeriod(et))
            m.end = p->end;
        m.periodText = !st.empty() && !et.empty() ? st + " – " + et : st + et;
        m.periodAt = Location::cell(g, r, cols.start >= 0 ? cols.start : cols.end);
        if (cols.start >= 0) m.startAt = Location::cell(g, r, cols.start);
        if (cols.end >= 0) m.endAt = Location::cell(g, r, cols.end);
        return;
    }
    if (cols.period < 0) return;
    const Cell *c = g.at(r, cols.period);
    m.periodAt = Location::cell(g, r, cols.period);
    if (!c) return;
    m.periodText = read::normalizeText(c->text);
    if (auto d = serialDate(c)) {
        m.start = m.end = d;
    } else if (auto p = parsePeriod(m.periodText)) {
        m.start = p->start;
        m.end = p->end;
    }
}

// The framework's names, built at the first indicator cell that needs them: most measures
// tables give indicators as numbers or have no such column, and building the matcher costs
// more than reading the rest of a document.
class LazyMatcher {
  public:
    explicit LazyMatcher(const Framework *fw) : fw_(fw) {}
    const IndicatorMatcher *get() {
        if (fw_ && !matcher_) matcher_.emplace(*fw_);
        return matcher_ ? &*matcher_ : nullptr;
    }

  private:
    const Framework *fw_;
    std::optional<IndicatorMatcher> matcher_;
};

std::vector<MeasureRow> readAll(const SourceDocument &doc, LazyMatcher &matcher) {
    std::vector<MeasureRow> out;
    for (size_t gi = 0; gi < doc.grids.size(); ++gi) {
        const Grid &g = doc.grids[gi];
        std::optional<Columns> cols;
        for (int r = 0; r < g.rowCount(); ++r) {
            Columns h;
            if (readHeader(g, r, h)) { // also a header repeated after a page break
                cols = h;
                r = h.lastRow;
                continue;
            }
            if (!cols) continue;
            const Cell *mc = g.at(r, cols->measure);
            if (!mc || read::isBlank(mc->text)) continue; // a continuation row of the method
            MeasureRow m;
            m.grid = static_cast<int>(gi);
            m.row = r;
            m.measure = read::normalizeText(mc->text);
            m.measureAt = Location::cell(g, r, cols->measure);
            if (cols->indicators >= 0) {
                m.indicatorsAt = Location::cell(g, r, cols->indicators);
                if (const Cell *ic = g.at(r, cols->indicators)) {
                    if (ic->number && *ic->number >= 1 && *ic->number == std::floor(*ic->number))
                        m.indicators.push_back(static_cast<int>(*ic->number));
                    else
                        m.indicators = indicatorsIn(ic->text, matcher.get());
                }
            }
            m.responsibleAt = Location::cell(g, r, cols->responsible);
            if (const Cell *rc = g.at(r, cols->responsible)) m.responsible = read::normalizeText(rc->text);
            readPeriod(g, r, *cols, m);
            if (cols->status >= 0)
                if (const Cell *sc = g.at(r, cols->status)) m.status = statusOf(sc->text);
            out.push_back(std::move(m));
        }
    }
    return out;
}

// --- periods ------------------------------------------------------------------

struct DatePart {
    int day = 0, month = 0, year = 0; // year as written: BE, CE or two digits
};

int monthOf(std::string_view word) {
    static const char *const full[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                                       "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
    static const char *const abbr[] = {"มค", "กพ", "มีค", "เมย", "พค", "มิย",
                                       "กค", "สค", "กย", "ตค",  "พย", "ธค"};
    for (int i = 0; i < 12; ++i)
        if (word == full[i] || word == abbr[i]) return i + 1;
    if (word == "กรกฏาคม") return 7; // a common misspelling
    return 0;
}

// "1ต.ค.2565", "ต.ค.65", "ตุลาคม2564", "1/10/2565" (a key: no spaces, ASCII digits).
std::optional<DatePart> parseDatePart(std::string_view k) {
    DatePart d;
    std::vector<int> numbers;
    bool monthSeen = false, slashes = false;
    for (size_t i = 0; i < k.size();) {
        if (k[i] >= '0' && k[i] <= '9') {
            size_t j = i;
            while (j < k.size() && k[j] >= '0' && k[j] <= '9')
                ++j;
            if (j - i > 4) return std::nullopt;
            const int v = std::stoi(std::string(k.substr(i, j - i)));
            if (!monthSeen)
                numbers.push_back(v);
            else if (d.year == 0)
                d.year = v;
            else
                return std::nullopt;
            i = j;
            continue;
        }
        if (k[i] == '/') {
            slashes = true;
            ++i;
            continue;
        }
        if (k[i] == ',' || k[i] == '(' || k[i] == ')' || k[i] == '.') {
            ++i;
            continue;
        }
        // A word: Thai letters and the dots of abbreviations.
        size_t j = i;
        std::string word;
        while (j < k.size() && !(k[j] >= '0' && k[j] <= '9') && k[j] != '/' && k[j] != ',' && k[j] != '(' &&
               k[j] != ')') {
            if (k[j] != '.') word.push_back(k[j]);
            ++j;
        }
        const int month = monthOf(word);
        if (month > 0) {
            if (monthSeen) return std::nullopt;
            monthSeen = true;
            d.month = month;
        } else if (!(word == "พศ" || word == "วันที่" || word == "ตั้งแต่" || word == "เดือน" || word == "ปี" ||
                     word == "ภายใน" || word == "ณ" || word == "ที่")) {
            return std::nullopt;
        }
        i = j;
    }
    if (!monthSeen) {
        if (!slashes || numbers.size() != 3) return std::nullopt;
        d.day = numbers[0];
        d.month = numbers[1];
        d.year = numbers[2];
        if (d.month < 1 || d.month > 12) return std::nullopt;
    } else {
        if (numbers.size() > 1) return std::nullopt;
        if (numbers.size() == 1) d.day = numbers[0];
    }
    if (d.day < 0 || d.day > 31) return std::nullopt;
    return d;
}

std::optional<DatePart> dayOnly(std::string_view k) {
    size_t i = 0;
    while (i < k.size() && k[i] >= '0' && k[i] <= '9')
        ++i;
    if (i == 0 || i > 2 || i != k.size()) return std::nullopt;
    DatePart d;
    d.day = std::stoi(std::string(k));
    return d.day >= 1 && d.day <= 31 ? std::optional<DatePart>(d) : std::nullopt;
}

int ceYear(int y) {
    if (y >= 2400) return y - 543;      // BE
    if (y >= 1000) return y;            // CE
    if (y < 100) return 2500 + y - 543; // "๖๕": BE 2565
    return 0;
}

int daysIn(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<Period> resolve(DatePart a, DatePart b) {
    if (b.month == 0 || b.year == 0) return std::nullopt;
    if (a.month == 0) { // "1 - 30 ก.ย. 2566"
        a.month = b.month;
        a.year = b.year;
    }
    const int yb = ceYear(b.year);
    int ya = a.year ? ceYear(a.year) : (a.month > b.month ? yb - 1 : yb);
    if (ya == 0 || yb == 0) return std::nullopt;
    if (a.day > daysIn(ya, a.month) || b.day > daysIn(yb, b.month)) return std::nullopt;
    Period p;
    p.start = thai::Date{ya, a.month, a.day ? a.day : 1};
    p.end = thai::Date{yb, b.month, b.day ? b.day : daysIn(yb, b.month)};
    return p;
}

std::optional<Period> parseKey(const std::string &k) {
    if (k.empty()) return std::nullopt;
    // Every place the text could split into "from" and "to"; the first that reads wins.
    static const std::string_view seps[] = {"ถึง", "–", "—", "~", "-"};
    for (auto sep : seps) {
        for (size_t p = k.find(sep); p != std::string::npos; p = k.find(sep, p + 1)) {
            const std::string_view left = std::string_view(k).substr(0, p);
            const std::string_view right = std::string_view(k).substr(p + sep.size());
            auto b = parseDatePart(right);
            if (!b) continue;
            auto a = parseDatePart(left);
            if (!a) a = dayOnly(left);
            if (!a) continue;
            if (auto r = resolve(*a, *b)) return r;
        }
    }
    auto d = parseDatePart(k);
    if (!d) return std::nullopt;
    return resolve(*d, *d);
}

} // namespace

std::vector<MeasureRow> readMeasures(const SourceDocument &doc) {
    LazyMatcher none(nullptr);
    return readAll(doc, none);
}

std::vector<MeasureRow> readMeasures(const SourceDocument &doc, const Framework &fw) {
    LazyMatcher names(&fw);
    return readAll(doc, names);
}

std::optional<Period> parsePeriod(std::string_view text) {
    if (text.size() > 400) return std::nullopt;
    if (auto p = parseKey(read::makeKey(text))) return p;
    // "มกราคม ๒๕๖๕ - ตุลาคม ๒๕๖๕ ที่เลือกดำเนินการช่วงนี้เนื่องจาก...": a period, then why.
    const std::string t = read::normalizeText(text);
    for (size_t sp = t.rfind(' '); sp != std::string::npos && sp > 0; sp = t.rfind(' ', sp - 1))
        if (auto p = parseKey(read::makeKey(std::string_view(t).substr(0, sp)))) return p;
    return std::nullopt;
}

} // namespace ita
