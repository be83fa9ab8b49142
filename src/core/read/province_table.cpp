// Recognising a provincial summary table by its header row: an agency column, the tool
// columns (IIT/EIT/OIT or their Thai names) or the indicator columns (names, "ตัวชี้วัดที่ ๑",
// or the numbers 1..N), and a total column; then one row per agency until the table ends.
#include "core/read/province_table.hpp"

#include "core/frameworks/scoring.hpp"
#include "core/read/detail/read_facts.hpp"
#include "core/read/detail/read_text.hpp"
#include "core/read/indicator_names.hpp"

#include <algorithm>
#include <memory>

namespace ita {

namespace {

// Words an agency column's header holds; a cheap test on the raw text first.
bool mayNameAgencyColumn(std::string_view text) {
    return read::contains(text, "หน่วยงาน") || read::contains(text, "อปท") ||
           read::contains(text, "องค์กรปกครองส่วนท้องถิ่น") || read::contains(text, "หน่วยรับ") ||
           read::contains(text, "ชื่อ") || read::contains(text, "เทศบาล") || read::contains(text, "อบต");
}

struct Names {
    std::string signature;
    std::unique_ptr<IndicatorMatcher> matcher;
    std::vector<std::pair<std::string, std::string>> toolKeys; // key of a Thai name or code -> code
};

const Names &namesOf(const Framework &fw) {
    std::string sig;
    for (const auto &i : fw.indicators)
        (sig += i.nameTh) += '\x1e';
    for (const auto &t : fw.tools)
        ((sig += t.code) += t.nameTh) += '\x1e';
    thread_local std::vector<Names> cache;
    for (const auto &n : cache)
        if (n.signature == sig) return n;
    if (cache.size() >= 4) cache.erase(cache.begin());
    Names n;
    n.signature = sig;
    n.matcher = std::make_unique<IndicatorMatcher>(fw);
    // Every framework on record has these three; a framework may name others.
    for (const char *code : {"IIT", "EIT", "OIT"})
        n.toolKeys.emplace_back(code, code);
    for (const auto &t : fw.tools) {
        n.toolKeys.emplace_back(read::makeKey(t.code), t.code);
        if (!t.nameTh.empty()) n.toolKeys.emplace_back(read::makeKey(t.nameTh), t.code);
    }
    cache.push_back(std::move(n));
    return cache.back();
}

// TotalLoose: a header that only says "คะแนน…" ("คะแนน", "คะแนน (เต็ม ๑๐๐)"), the total when
// no header names it better.
enum class Col { None, Agency, Tool, Indicator, IndicatorNumber, Total, TotalLoose, Rating, Year, District };

struct HeaderCell {
    Col kind = Col::None;
    std::string tool;
    int indicator = 0;
};

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

HeaderCell classifyHeader(const std::string &text, const Names &names) {
    HeaderCell h;
    if (read::isBlank(text) || read::codePoints(text) > 60) return h;
    const std::string key = read::makeKey(text);
    // The tool first: "คะแนน IIT" and "คะแนนรวม IIT" are a tool's column, not the total.
    std::string tool;
    bool several = false;
    for (const auto &[k, code] : names.toolKeys)
        if (read::contains(key, k)) {
            several = several || (!tool.empty() && code != tool);
            tool = code;
        }
    if (!tool.empty() && !several) {
        h.kind = Col::Tool;
        h.tool = tool;
        return h;
    }
    // The district: same-named tambons lie in different districts of one province.
    if (key == "อำเภอ" || key == "ชื่ออำเภอ") {
        h.kind = Col::District;
        return h;
    }
    // "ชื่อ อปท.", "หน่วยงาน", "หน่วยรับการประเมิน", "เทศบาล/อบต.", "ชื่อ".
    if (read::contains(key, "หน่วยงาน") || read::startsWith(key, "อปท") || read::startsWith(key, "ชื่ออปท") ||
        read::contains(key, "องค์กรปกครองส่วนท้องถิ่น") || read::contains(key, "หน่วยรับ") ||
        read::startsWith(key, "เทศบาล") || read::startsWith(key, "อบต") || key == "ชื่อ" || key == "รายชื่อ") {
        h.kind = Col::Agency;
        return h;
    }
    // "ตัวชี้วัดที่ ๑", "ตัวชี้วัด 1".
    for (std::string_view word : {std::string_view("ตัวชี้วัดที่"), std::string_view("ตัวชี้วัด")})
        if (read::startsWith(key, word) && allDigits(key.substr(word.size())) &&
            key.size() - word.size() <= 2) {
            h.kind = Col::Indicator;
            h.indicator = std::stoi(key.substr(word.size()));
            return h;
        }
    if (auto i = names.matcher->matchKey(key)) {
        h.kind = Col::Indicator;
        h.indicator = *i;
        return h;
    }
    if (allDigits(key) && key.size() <= 2) {
        h.kind = Col::IndicatorNumber;
        h.indicator = std::stoi(key);
        return h;
    }
    if (read::contains(key, "ระดับ") || key == "ผลการประเมิน" || key == "ผล") {
        h.kind = Col::Rating;
        return h;
    }
    if (read::contains(key, "คะแนนรวม") || key == "รวม" || key == "คะแนนผลการประเมิน" || key == "คะแนนITA" ||
        key == "ผลคะแนน" || key == "คะแนนที่ได้" || read::startsWith(key, "รวมคะแนน")) {
        h.kind = Col::Total;
        return h;
    }
    if (read::startsWith(key, "คะแนน")) {
        h.kind = Col::TotalLoose;
        return h;
    }
    if (key == "ปีงบประมาณ" || key == "ปี" || key == "ปีงบประมาณพ.ศ." || key == "พ.ศ.") h.kind = Col::Year;
    return h;
}

ProvinceValue valueAt(const Grid &g, int r, int c) {
    ProvinceValue v;
    v.at = Location::cell(g, r, c);
    if (const Cell *cell = g.at(r, c)) {
        v.text = cell->text;
        if (cell->number) v.value = read::shownNumber(*cell->number, cell->text);
        if (!v.value) v.value = read::textNumber(cell->text);
        if (!v.value) v.value = read::percentNumber(cell->text);
        if (!v.value) v.value = read::scoreWithUnit(cell->text); // "๙๖.๑๐ คะแนน"
    }
    return v;
}

// A row that sums up agencies rather than being one: "รวม", "เฉลี่ย", a district's subtotal
// ("รวมอำเภอเมือง", "ค่าเฉลี่ยอำเภอนางรอง"), the province's average ("เฉลี่ยทั้งจังหวัด",
// "ภาพรวมจังหวัด"). A district's name alone ("อำเภอเมือง", "อ.นางรอง") heads or sums up a
// group; no local government's name starts with it.
bool summaryLabel(const std::string &text) {
    if (read::isBlank(text)) return false;
    const std::string key = read::makeKey(text);
    for (const char *start : {"รวม", "ผลรวม", "ภาพรวม", "สรุป", "ทั้งหมด", "ทั้งจังหวัด", "จังหวัด", "อำเภอ", "อ."})
        if (read::startsWith(key, start)) return true;
    return read::contains(key, "เฉลี่ย");
}

// The name of a local government as a province lists it: its kind first, in full or
// abbreviated ("อบต.", "ทต", "เทศบาลตำบล…", "องค์การบริหารส่วนตำบล…").
bool localGovernmentName(const std::string &text) {
    const std::string key = read::makeKey(text);
    for (const char *start : {"อบต", "อบจ", "ทต", "ทม", "ทน", "เทศบาล", "องค์การบริหารส่วน"})
        if (read::startsWith(key, start)) return true;
    return false;
}

bool agencyWords(const std::vector<Cell> &cells) {
    return std::any_of(cells.begin(), cells.end(), [](const Cell &c) { return mayNameAgencyColumn(c.text); });
}

// The Buddhist Era year a header names ("คะแนนรวม ปี ๒๕๖๗"), else the heading merged over it
// in the row above ("ปี 2567" over IIT | EIT | OIT | รวม, its text in the first of them): 0 if none.
int headerYear(const std::vector<Cell> &row, const std::vector<Cell> *above, int c) {
    auto yearIn = [](const std::string &text) {
        const std::string key = read::makeKey(text);
        for (size_t i = 0; i + 4 <= key.size(); ++i) {
            if (!allDigits(key.substr(i, 4)) || (i > 0 && allDigits(key.substr(i - 1, 1)))) continue;
            if (i + 4 < key.size() && allDigits(key.substr(i + 4, 1))) continue;
            const int y = std::stoi(key.substr(i, 4));
            if (y >= 2550 && y <= 2650) return y;
        }
        return 0;
    };
    if (c < static_cast<int>(row.size()))
        if (const int y = yearIn(row[static_cast<size_t>(c)].text)) return y;
    if (!above) return 0;
    for (int k = std::min(c, static_cast<int>(above->size()) - 1); k >= 0; --k)
        if (!read::isBlank((*above)[static_cast<size_t>(k)].text))
            return yearIn((*above)[static_cast<size_t>(k)].text);
    return 0;
}

// The header may take two rows: "ชื่อ อปท. | คะแนนรายเครื่องมือ | คะแนนรวม" above "| IIT | EIT | OIT |",
// the agency, total and rating cells merged down; their text is then in the row above.
// The caller has found agency words in the row or the one above (agencyWords).
std::optional<ProvinceTable> headerAt(const Grid &g, int r, const Names &names, const Framework &fw) {
    const auto &row = g.rows[static_cast<size_t>(r)];
    const std::vector<Cell> *above = r > 0 ? &g.rows[static_cast<size_t>(r) - 1] : nullptr;
    ProvinceTable t;
    t.firstRow = r;
    std::map<int, int> numbered; // indicator number -> column, for headers that are bare numbers
    std::optional<int> loose;    // the first Col::TotalLoose
    const int width = static_cast<int>(std::max(row.size(), above ? above->size() : size_t{0}));
    // An agency, a total and two tools (or three indicators) take four columns at least: an
    // agency block's "หน่วยงาน | name" is no header, and its cells need no classifying.
    if (width < 4) return std::nullopt;
    for (int c = 0; c < width; ++c) {
        const std::string &own = c < static_cast<int>(row.size()) ? row[static_cast<size_t>(c)].text : "";
        HeaderCell h = classifyHeader(own, names);
        std::string text = own;
        if (h.kind == Col::None && read::isBlank(own) && above && c < static_cast<int>(above->size())) {
            const std::string &up = (*above)[static_cast<size_t>(c)].text;
            const HeaderCell a = classifyHeader(up, names);
            if (a.kind == Col::Agency || a.kind == Col::Total || a.kind == Col::TotalLoose ||
                a.kind == Col::Rating || a.kind == Col::Year || a.kind == Col::District) {
                h = a;
                text = up;
                t.firstRow = r - 1;
            }
        }
        // A second column of the same kind is last year's or this year's, side by side
        // ("คะแนนรวม ปี ๒๕๖๖ | คะแนนรวม ปี ๒๕๖๗"): the later year's is the table's.
        auto later = [&](int before) { return headerYear(row, above, c) > headerYear(row, above, before); };
        switch (h.kind) {
        case Col::Agency:
            if (t.agencyCol < 0) t.agencyCol = c;
            break;
        case Col::Tool:
            if (!t.toolCols.count(h.tool) || later(t.toolCols[h.tool])) t.toolCols[h.tool] = c;
            break;
        case Col::Indicator:
            t.indicatorCols.emplace(h.indicator, c);
            break;
        case Col::IndicatorNumber:
            numbered.emplace(h.indicator, c);
            break;
        case Col::Total:
            if (!t.totalCol || later(*t.totalCol)) t.totalCol = c;
            break;
        case Col::TotalLoose:
            if (!loose) loose = c;
            break;
        case Col::Rating:
            if (!t.ratingCol || later(*t.ratingCol)) t.ratingCol = c;
            break;
        case Col::Year:
            if (!t.yearCol) t.yearCol = c;
            break;
        case Col::District:
            if (!t.districtCol) t.districtCol = c;
            break;
        case Col::None:
            break;
        }
        if (h.kind != Col::None) t.headers[c] = text;
    }
    // Bare numbers are indicators only when they are all of them, 1..N.
    const int n = fw.indicators.empty() ? 10 : static_cast<int>(fw.indicators.size());
    if (t.indicatorCols.empty() && static_cast<int>(numbered.size()) >= n) {
        bool all = true;
        for (int i = 1; i <= n; ++i)
            all = all && numbered.count(i);
        if (all)
            for (int i = 1; i <= n; ++i)
                t.indicatorCols.emplace(i, numbered[i]);
    }
    for (const auto &[i, c] : numbered)
        if (!t.indicatorCols.count(i)) t.headers.erase(c);
    if (!t.totalCol)
        t.totalCol = loose;
    else if (loose)
        t.headers.erase(*loose);
    if (t.agencyCol < 0 || !t.totalCol) return std::nullopt;
    if (t.toolCols.size() < 2 && t.indicatorCols.size() < 3) return std::nullopt;
    t.headerRow = r;
    return t;
}

bool rowEmpty(const Grid &g, int r) {
    if (r >= g.rowCount()) return true;
    for (const Cell &c : g.rows[static_cast<size_t>(r)])
        if (!read::isBlank(c.text)) return false;
    return true;
}

// Whether the row repeats the header (a table continued on the next page under a copy of
// its header, or a header of two rows): two of its cells read as the header's.
bool repeatsHeader(const Grid &g, int r, const ProvinceTable &t) {
    int same = 0;
    for (const auto &[c, text] : t.headers) {
        const Cell *cell = g.at(r, c);
        if (cell && !read::isBlank(cell->text) && read::makeKey(cell->text) == read::makeKey(text)) ++same;
    }
    return same >= 2;
}

// A rating word where the agency's name belongs: a table of counts by level ("ผ่านดี | ๓ แห่ง")
// below the summary, not an agency.
bool ratingWord(const std::string &text, const Framework &fw) {
    if (read::isBlank(text)) return false;
    const auto m = matchRating(fw, {}, text);
    return m && m->level;
}

// The agency rows under the header. Between and below them a province's sheet has rows
// that are no agency: a district heading ("อำเภอเมือง (๕ แห่ง)") or a note, which hold
// no score; a subtotal or average, labelled in the agency column or, merged, left of it;
// a copy of the header; blank rows between groups. None of them ends the table: after a
// blank row, a row with a score (or an agency's name) continues it, anything else ends it.
void readRows(const Grid &g, ProvinceTable &t, const Framework &fw) {
    std::vector<int> valueCols;
    for (const auto &[code, c] : t.toolCols)
        valueCols.push_back(c);
    for (const auto &[i, c] : t.indicatorCols)
        valueCols.push_back(c);
    if (t.totalCol) valueCols.push_back(*t.totalCol);
    const int firstValueCol =
        valueCols.empty() ? t.agencyCol + 1 : *std::min_element(valueCols.begin(), valueCols.end());
    if (t.ratingCol) valueCols.push_back(*t.ratingCol);
    bool gap = false;
    for (int dr = t.headerRow + 1; dr < g.rowCount(); ++dr) {
        if (rowEmpty(g, dr)) {
            gap = true;
            continue;
        }
        ProvinceValue agency = valueAt(g, dr, t.agencyCol);
        bool anyValue = false, anyScore = false;
        for (int c : valueCols) {
            const ProvinceValue v = valueAt(g, dr, c);
            anyValue = anyValue || !v.empty();
            anyScore = anyScore || (v.value && (!t.ratingCol || c != *t.ratingCol));
        }
        const bool named = localGovernmentName(agency.text);
        if (repeatsHeader(g, dr, t)) {
            t.lastRow = dr;
            continue;
        }
        bool summary = summaryLabel(agency.text);
        if (agency.empty())
            for (int c = 0; c < firstValueCol && !summary; ++c)
                if (const Cell *cell = g.at(dr, c)) summary = summaryLabel(cell->text);
        if (summary) {
            if (anyValue) t.lastRow = dr; // a heading ("อำเภอกระสัง") may open the next group
            continue;
        }
        if (!anyValue && !named) continue; // a heading or a note
        if (gap && !anyScore && !named) break;
        if (ratingWord(agency.text, fw)) break;
        gap = false;
        ProvinceRow pr;
        pr.row = dr;
        pr.agency = std::move(agency);
        for (const auto &[code, c] : t.toolCols)
            pr.tools.emplace(code, valueAt(g, dr, c));
        for (const auto &[i, c] : t.indicatorCols)
            pr.indicators.emplace(i, valueAt(g, dr, c));
        if (t.totalCol) pr.total = valueAt(g, dr, *t.totalCol);
        if (t.ratingCol) pr.rating = valueAt(g, dr, *t.ratingCol);
        if (t.yearCol) pr.year = valueAt(g, dr, *t.yearCol);
        if (t.districtCol) pr.district = valueAt(g, dr, *t.districtCol);
        t.rows.push_back(std::move(pr));
        t.lastRow = dr;
    }
}

} // namespace

bool ProvinceValue::empty() const {
    return read::isBlank(text);
}

std::optional<ProvinceTable> readProvinceTable(const Grid &g, int gridIndex, const Framework &fw) {
    const Names *names = nullptr; // looked up at the first row that may be a header
    bool wordsAbove = false;      // agencyWords of row r - 1, tested once per row
    for (int r = 0; r < g.rowCount(); ++r) {
        const bool words = agencyWords(g.rows[static_cast<size_t>(r)]);
        const bool either = words || wordsAbove;
        wordsAbove = words;
        if (!either) continue;
        if (!names) names = &namesOf(fw);
        auto t = headerAt(g, r, *names, fw);
        if (!t) continue;
        // "IIT" merged over indicators 1-5, "EIT" over 6-8, "OIT" over 9-10, the indicators'
        // numbers or names in the row below: the scores are under the lower row, and the
        // tools' cells only name groups of them.
        if (t->indicatorCols.empty() && r + 1 < g.rowCount())
            if (auto below = headerAt(g, r + 1, *names, fw); below && below->indicatorCols.size() >= 3) {
                t = std::move(below);
                ++r;
            }
        t->grid = gridIndex;
        t->gridName = g.name;
        t->kind = g.kind;
        std::vector<read::YearSeen> years;
        for (int above = 0; above < r; ++above) {
            const auto &row = g.rows[static_cast<size_t>(above)];
            for (int c = 0; c < static_cast<int>(row.size()); ++c)
                read::readYears(row[static_cast<size_t>(c)].text, Location::cell(g, above, c),
                                read::cellOrder(g.kind, gridIndex, above, c), years);
        }
        for (const auto &y : years)
            if (y.fiscal && !t->titleYear) t->titleYear = y.stated.value;
        t->lastRow = r;
        readRows(g, *t, fw);
        for (const auto &row : t->rows)
            if (row.rating)
                if (auto w = passFailWord(row.rating->text); w && !w->pass) t->passFail = true;
        // A header with fewer than two agencies under it is a form's header, not a summary.
        if (t->rows.size() < 2) continue;
        return t;
    }
    return std::nullopt;
}

std::vector<ProvinceTable> readProvinceTables(const SourceDocument &doc, const Framework &names) {
    std::vector<ProvinceTable> out;
    int previous = -1; // the grid the last table came from
    for (size_t i = 0; i < doc.grids.size(); ++i) {
        const Grid &g = doc.grids[i];
        // A Writer table split over two pages is two tables, the second under a copy of the
        // header or under none: one summary, whose agencies are checked (and compared) together.
        ProvinceTable *before = !out.empty() && previous == static_cast<int>(i) - 1 &&
                                        out.back().kind == GridKind::WriterTable &&
                                        g.kind == GridKind::WriterTable
                                    ? &out.back()
                                    : nullptr;
        auto t = readProvinceTable(g, static_cast<int>(i), names);
        if (before && t && t->agencyCol == before->agencyCol && t->toolCols == before->toolCols &&
            t->indicatorCols == before->indicatorCols && t->totalCol == before->totalCol) {
            before->rows.insert(before->rows.end(), t->rows.begin(), t->rows.end());
            previous = static_cast<int>(i);
            continue;
        }
        if (!t && before && !g.rows.empty() && !before->rows.empty()) {
            const Grid &first = doc.grids[static_cast<size_t>(before->grid)];
            // The widest row: a header row may be short (the boxes under cells merged from
            // the row above are not in it).
            size_t width = 0;
            for (const auto &row : first.rows)
                width = std::max(width, row.size());
            if (g.rows.front().size() == width) {
                ProvinceTable rest = *before;
                rest.rows.clear();
                rest.grid = static_cast<int>(i);
                rest.gridName = g.name;
                rest.headerRow = rest.firstRow = -1;
                readRows(g, rest, names);
                if (!rest.rows.empty()) {
                    before->rows.insert(before->rows.end(), rest.rows.begin(), rest.rows.end());
                    previous = static_cast<int>(i);
                    continue;
                }
            }
        }
        if (t) {
            out.push_back(std::move(*t));
            previous = static_cast<int>(i);
        }
    }
    for (auto &t : out)
        for (const auto &row : t.rows)
            if (row.rating)
                if (auto w = passFailWord(row.rating->text); w && !w->pass) t.passFail = true;
    return out;
}

const Grid &withoutProvinceTable(const Grid &g, const Framework &names, Grid &scratch) {
    auto t = readProvinceTable(g, g.index, names);
    if (!t) return g;
    scratch = g;
    for (int r = t->firstRow; r <= t->lastRow; ++r)
        for (Cell &c : scratch.rows[static_cast<size_t>(r)])
            c = Cell{};
    return scratch;
}

std::string agencyKey(const std::string &name) {
    std::string key = read::makeKey(name);
    // The abbreviations a province's clerks use for the kinds of local government.
    // With or without the dot ("ทต นางรอง"); no name in full starts with these letters.
    static const std::pair<const char *, const char *> kAbbrev[] = {
        {"อบจ.", "องค์การบริหารส่วนจังหวัด"},
        {"อบต.", "องค์การบริหารส่วนตำบล"},
        {"ทน.", "เทศบาลนคร"},
        {"ทม.", "เทศบาลเมือง"},
        {"ทต.", "เทศบาลตำบล"},
        {"อบจ", "องค์การบริหารส่วนจังหวัด"},
        {"อบต", "องค์การบริหารส่วนตำบล"},
        {"ทน", "เทศบาลนคร"},
        {"ทม", "เทศบาลเมือง"},
        {"ทต", "เทศบาลตำบล"},
    };
    for (const auto &[abbr, full] : kAbbrev)
        if (read::startsWith(key, abbr)) {
            key = full + key.substr(std::string_view(abbr).size());
            break;
        }
    return key;
}

} // namespace ita

namespace ita {

std::optional<PassFail> passFailWord(const std::string &text) {
    std::string key = read::makeKey(text);
    const bool no = read::startsWith(key, "ไม่");
    if (no) key = key.substr(std::string_view("ไม่").size());
    if (key == "ผ่าน") return PassFail{!no, !no};
    if (key == "ผ่านเกณฑ์" || key == "ผ่านการประเมิน" || key == "ผ่านเกณฑ์การประเมิน") return PassFail{!no, false};
    return std::nullopt;
}

std::string passFailLabel(bool pass) {
    return pass ? "ผ่าน" : "ไม่ผ่าน";
}

std::string districtKey(const std::string &name) {
    std::string key = read::makeKey(name);
    for (std::string_view prefix : {std::string_view("อำเภอ"), std::string_view("อ.")})
        if (read::startsWith(key, prefix)) return key.substr(prefix.size());
    return key;
}

} // namespace ita
