// Labels in grids: "ปีงบประมาณ | 2568", "คะแนนรวม | 80.78", "ระดับผลการประเมิน | ผ่านดี",
// "หน่วยงาน | อบต.โคกสำโรง", "อำเภอ | บ้านผือ", with the value beside the label or, under a header
// row, below it.
#include "core/read/detail/read_facts.hpp"

#include <cmath>

namespace ita::read {

namespace {

constexpr int kMaxSpan = 4; // cells between a label and its value

bool labelish(const CellInfo &ci) {
    return ci.has(kHeaderFlags | kLabelFlags);
}

// The first filled cell right of (r, c), -1 when none within reach.
int rightValue(const GridInfo &gi, int r, int c) {
    for (int cc = c + 1; cc < gi.cols(r) && cc <= c + kMaxSpan; ++cc)
        if (!gi.at(r, cc).has(kEmpty)) return cc;
    return -1;
}

// The first filled cell below (r, c), -1 when none within two rows.
int belowValue(const GridInfo &gi, int r, int c) {
    for (int rr = r + 1; rr < gi.rows() && rr <= r + 2; ++rr)
        if (!gi.at(rr, c).has(kEmpty)) return rr;
    return -1;
}

bool rowHas(const GridInfo &gi, int r, uint32_t flags) {
    for (int c = 0; c < gi.cols(r); ++c)
        if (gi.at(r, c).has(flags)) return true;
    return false;
}

// A row of column headers: the label has other labels beside it.
bool headerRow(const GridInfo &gi, int r, int c) {
    for (int cc = 0; cc < gi.cols(r); ++cc)
        if (cc != c && labelish(gi.at(r, cc))) return true;
    return false;
}

// The value of a label: beside it, unless the label heads a column in a row of headers
// ("หน่วยงาน | คะแนนรวม ITA ปี ๒๕๖๘ | ระดับผลคะแนน"), then below it. A label alone with
// nothing beside it has no value (a form not filled in), whatever the next row holds.
bool valueCell(const GridInfo &gi, int r, int c, int &vr, int &vc, bool &below) {
    const int rc = rightValue(gi, r, c);
    if (rc >= 0 && !labelish(gi.at(r, rc))) {
        vr = r;
        vc = rc;
        below = false;
        return true;
    }
    if (!headerRow(gi, r, c)) return false;
    const int br = belowValue(gi, r, c);
    if (br < 0 || labelish(gi.at(br, c))) return false;
    vr = br;
    vc = c;
    below = true;
    return true;
}

void fiscalYearLabel(const GridInfo &gi, int r, int c, long long order, std::vector<YearSeen> &years) {
    int vr, vc;
    bool below;
    if (!valueCell(gi, r, c, vr, vc, below)) return;
    const CellInfo &ci = gi.at(vr, vc);
    const std::string &text = gi.text(vr, vc);
    std::optional<int> year;
    if (ci.has(kNumber) && ci.number == std::floor(ci.number) && ci.number >= 1000 && ci.number <= 9999)
        year = static_cast<int>(ci.number);
    std::string written = text;
    if (!year) {
        // "พ.ศ. ๒๕๖๘" in the value cell
        std::vector<NumberToken> nums;
        const std::string t = normalizeText(text);
        scanNumbers(t, nums);
        for (const auto &n : nums)
            if (n.intDigits == 4 && n.decimals < 0 && !n.grouped) {
                year = static_cast<int>(n.value);
                written = t.substr(n.begin, n.end - n.begin);
                break;
            }
    }
    if (!year) return;
    YearSeen y;
    y.stated.value = *year;
    y.stated.text = normalizeText(written);
    y.stated.at = Location::cell(*gi.grid, vr, vc);
    y.fiscal = true;
    y.order = order;
    years.push_back(std::move(y));
}

// A total written in the label's own cell: "คะแนนรวม 80.78" (not "คะแนนรวม ITA ปี ๒๕๖๘").
bool totalInCell(const GridInfo &gi, int r, int c, Collector &col) {
    const std::string t = normalizeText(gi.text(r, c));
    std::vector<NumberToken> nums;
    scanNumbers(t, nums);
    const NumberToken *best = nullptr;
    for (const auto &n : nums) {
        if (n.value > 100 || (n.intDigits == 4 && n.decimals < 0)) continue;
        const std::string before = makeKey(std::string_view(t).substr(0, n.begin));
        if (endsWith(before, "ปี") || endsWith(before, "พ.ศ.") || endsWith(before, "ที่")) continue;
        best = &n;
    }
    if (!best) return false;
    col.addTotal(best->value, t.substr(best->begin, best->end - best->begin), Location::cell(*gi.grid, r, c));
    return true;
}

// A total row under a score table: "คะแนนรวม | 72.10 | 77.31" under "ตัวชี้วัด | ปี ๒๕๖๕ | ปี ๒๕๖๖".
// The total is the one in the table's score column (this year's), whatever column comes
// first; last year's total in the previous-year column is read too (the rules judge it
// against last year's scores).
constexpr int kMaxRowsBelow = 4;

// A table whose scores stand before its names ("คะแนน | ตัวชี้วัด"), with the label of row r
// in its name column: its total and rating are in the score column, left of their labels.
const ScoreTable *tableScoredLeft(int gridIndex, int r, int c, const Collector &col) {
    const ScoreTable *table = nullptr;
    for (const auto &t : col.facts->tables)
        if (t.grid == gridIndex && t.nameCol == c && t.scoreCol < c && r > t.lastRow &&
            r - t.lastRow <= kMaxRowsBelow)
            table = &t; // the nearest above
    return table;
}

bool totalUnderTable(const GridInfo &gi, int gridIndex, int r, int c, Collector &col) {
    const ScoreTable *table = nullptr;
    for (const auto &t : col.facts->tables)
        if (t.grid == gridIndex && t.scoreCol > c && r > t.lastRow && r - t.lastRow <= kMaxRowsBelow)
            table = &t; // the nearest above
    if (!table) table = tableScoredLeft(gridIndex, r, c, col);
    if (!table) return false;
    bool any = false;
    auto read = [&](int cc) {
        const CellInfo &ci = gi.at(r, cc);
        if (!ci.has(kNumber) || ci.number < 0 || ci.number > 100) return;
        col.addTotal(ci.number, normalizeText(gi.text(r, cc)), Location::cell(*gi.grid, r, cc));
        any = true;
    };
    read(table->scoreCol);
    if (!any) return false; // not this table's total row
    if (table->previousCol && *table->previousCol != c) read(*table->previousCol);
    return true;
}

} // namespace

// A column of weights or full marks ("น้ำหนัก (ร้อยละ)", "ค่าถ่วงน้ำหนัก", "คะแนนเต็ม") by the first text
// above row r in column c, past the figures under it: the 100 its total row sums to is no total.
bool weightColumn(const GridInfo &gi, int r, int c) {
    constexpr int kMaxRowsUp = 20;
    for (int rr = r - 1; rr >= 0 && rr >= r - kMaxRowsUp; --rr) {
        const CellInfo &ci = gi.at(rr, c);
        if (ci.has(kEmpty | kNumber)) continue;
        const std::string key = makeKey(gi.text(rr, c));
        return weightHeader(key) || contains(key, "เต็ม");
    }
    return false;
}

namespace {

void totalLabel(const GridInfo &gi, int gridIndex, int r, int c, Collector &col) {
    if (totalInCell(gi, r, c, col)) return;
    if (totalUnderTable(gi, gridIndex, r, c, col)) return;
    // Beside: the first number to the right, past blank and text cells.
    bool blocked = false;
    for (int cc = c + 1; cc < gi.cols(r) && cc <= c + 6; ++cc) {
        const CellInfo &ci = gi.at(r, cc);
        if (ci.has(kEmpty)) continue;
        if (ci.has(kNumber)) {
            if (weightColumn(gi, r, cc)) continue;
            if (ci.number >= 0 && ci.number <= 100)
                col.addTotal(ci.number, normalizeText(gi.text(r, cc)), Location::cell(*gi.grid, r, cc));
            return;
        }
        if (ci.has(kName | kAttempt)) return;
        if (labelish(ci)) {
            blocked = true;
            break;
        }
    }
    // Below a "คะแนนรวม" header, when the rows below are no indicator or tool rows: not under the
    // header of a score table ("ตัวชี้วัด | คะแนน ITA"), whose first row may hold a name typed wrong.
    const int rc = rightValue(gi, r, c);
    if (!blocked && rc >= 0 && !labelish(gi.at(r, rc))) return;
    if (!headerRow(gi, r, c)) return;
    for (const auto &t : col.facts->tables)
        if (t.grid == gridIndex && t.headerRow == r) return;
    const int br = belowValue(gi, r, c);
    if (br < 0 || rowHas(gi, br, kName | kTool)) return;
    const CellInfo &ci = gi.at(br, c);
    if (ci.has(kNumber) && ci.number >= 0 && ci.number <= 100)
        col.addTotal(ci.number, normalizeText(gi.text(br, c)), Location::cell(*gi.grid, br, c));
}

void ratingLabel(const GridInfo &gi, int gridIndex, int r, int c, Collector &col) {
    int vr, vc;
    bool below;
    std::string key;
    if (!valueCell(gi, r, c, vr, vc, below)) {
        const ScoreTable *t = tableScoredLeft(gridIndex, r, c, col);
        if (!t) return;
        const std::string &text = gi.text(r, t->scoreCol);
        makeKey(text, key);
        if (gi.at(r, t->scoreCol).has(kEmpty | kNumber) || !col.ratings->looksLikeRating(key)) return;
        const std::string value = normalizeText(text);
        col.addRating(value, value, Location::cell(*gi.grid, r, t->scoreCol));
        return;
    }
    // "AA | ผ่านดีเยี่ยม": further ratings in the cells that follow (under an empty header cell).
    for (int cc = vc; cc < gi.cols(vr); ++cc) {
        const CellInfo &ci = gi.at(vr, cc);
        if (ci.has(kEmpty | kNumber) || labelish(ci)) break;
        if (below && cc != vc && !gi.at(r, cc).has(kEmpty)) break;
        const std::string &text = gi.text(vr, cc);
        makeKey(text, key);
        if (!col.ratings->looksLikeRating(key)) break;
        const std::string value = normalizeText(text);
        col.addRating(value, value, Location::cell(*gi.grid, vr, cc));
    }
}

void agencyLabel(const GridInfo &gi, int r, int c, Collector &col) {
    if (col.agencyLabel) return;
    int vr, vc;
    bool below;
    if (!valueCell(gi, r, c, vr, vc, below)) return;
    const CellInfo &ci = gi.at(vr, vc);
    if (ci.has(kNumber | kAttempt | kName)) return;
    Stated<std::string> s;
    s.value = s.text = normalizeText(gi.text(vr, vc));
    s.at = Location::cell(*gi.grid, vr, vc);
    if (codePoints(s.value) > 120) return;
    col.agencyLabel = std::move(s);
}

void districtLabel(const GridInfo &gi, int r, int c, Collector &col) {
    if (col.districtLabel) return;
    int vr, vc;
    bool below;
    if (!valueCell(gi, r, c, vr, vc, below)) return;
    if (gi.at(vr, vc).has(kNumber | kAttempt | kName)) return;
    Stated<std::string> s;
    s.text = normalizeText(gi.text(vr, vc));
    s.value = districtName(s.text);
    s.at = Location::cell(*gi.grid, vr, vc);
    if (s.value.empty()) return;
    col.districtLabel = std::move(s);
}

} // namespace

void readGridLabels(const GridInfo &gi, Collector &col, int gridOrder) {
    const Grid &g = *gi.grid;
    for (int r = 0; r < gi.rows(); ++r) {
        for (int c = 0; c < gi.cols(r); ++c) {
            const CellInfo &ci = gi.at(r, c);
            if (ci.has(kEmpty | kNumber | kAttempt | kName)) continue;
            const long long order = cellOrder(g.kind, gridOrder, r, c);
            const std::string &text = gi.text(r, c);
            if (ci.has(kText)) {
                if (!ci.has(kQuiet)) readText(text, Location::cell(g, r, c), order, col, false);
                continue;
            }
            if (labelish(ci) && ci.has(kDigits)) readYears(text, Location::cell(g, r, c), order, col.years);
            if (ci.has(kLblYear)) fiscalYearLabel(gi, r, c, order, col.years);
            if (col.yearsOnly) continue;
            if (ci.has(kLblTotal)) totalLabel(gi, gridOrder, r, c, col);
            if (ci.has(kLblRating)) ratingLabel(gi, gridOrder, r, c, col);
            if (ci.has(kLblAgency)) agencyLabel(gi, r, c, col);
            if (ci.has(kLblDistrict)) districtLabel(gi, r, c, col);
        }
    }
}

} // namespace ita::read
