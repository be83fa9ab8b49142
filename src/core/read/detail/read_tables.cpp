// Score tables: any layout where an indicator's name and its score share a row.
#include "core/read/detail/read_facts.hpp"

#include <algorithm>
#include <cmath>

namespace ita::read {

namespace {

// Rows between two indicator rows that do not break a table (blank rows, page headers).
constexpr int kMaxGap = 2;
// Rows between a header and the first indicator row.
constexpr int kMaxHeaderGap = 3;

constexpr int kNoEnd = 1 << 30;

// A header row, or one of several side by side in a row ("เครื่องมือ | ตัวชี้วัด | คะแนน |
// | อันดับ | ตัวชี้วัด | คะแนน"): the columns [begin, end) belong to its table.
struct Header {
    int row = -1, lastRow = -1;
    int begin = 0, end = kNoEnd;
    int nameCol = -1, scoreCol = -1;
    std::optional<int> prevCol, rankCol, toolCol;
    bool ranking = false;
    int scoreYear = 0;
};

struct ScoreHead {
    int col;
    int year;
    bool previous;
};

// A title above the header (or the sheet's name) saying the rows are ranked by score.
bool rankingTitle(const GridInfo &gi, int headerRow, int begin, int end) {
    std::string key;
    makeKey(gi.grid->name, key);
    if (rankingWords(key)) return true;
    for (int r = std::max(0, headerRow - 3); r < headerRow; ++r)
        for (int c = begin; c < gi.cols(r) && c < end; ++c)
            if (gi.at(r, c).has(kRanked)) return true;
    return false;
}

void collectScoreHeads(const GridInfo &gi, int r, int begin, int end, bool yearNumbers,
                       std::vector<ScoreHead> &out) {
    for (int c = begin; c < gi.cols(r) && c < end; ++c) {
        const CellInfo &ci = gi.at(r, c);
        const bool head = ci.has(kHdrScore | kHdrPrev) || (yearNumbers && ci.has(kNumber) && ci.year > 0);
        if (!head) continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const ScoreHead &s) { return s.col == c; });
        ScoreHead h{c, ci.year, ci.has(kHdrPrev)};
        if (it != out.end())
            *it = h; // a sub-header is more specific than the cell above it
        else
            out.push_back(h);
    }
}

// The header of one table within columns [begin, end) of row r.
bool readHeader(const GridInfo &gi, int r, int begin, int end, int lastRow, Header &h) {
    int nameHdr = -1, rank = -1, order = -1, tool = -1;
    bool anyScore = false;
    for (int c = begin; c < gi.cols(r) && c < end; ++c) {
        const CellInfo &ci = gi.at(r, c);
        if (ci.has(kHdrName) && nameHdr < 0) nameHdr = c;
        if (ci.has(kHdrRank) && rank < 0) rank = c;
        if (ci.has(kHdrOrder) && order < 0) order = c;
        if (ci.has(kHdrTool) && tool < 0) tool = c;
        anyScore = anyScore || ci.has(kHdrScore | kHdrPrev);
    }
    const bool other = anyScore || rank >= 0 || tool >= 0;
    if (!((nameHdr >= 0 && (other || order >= 0)) || (anyScore && (rank >= 0 || tool >= 0)))) return false;

    std::vector<ScoreHead> heads;
    collectScoreHeads(gi, r, begin, end, nameHdr >= 0, heads);
    if (lastRow > r) collectScoreHeads(gi, lastRow, begin, end, true, heads);
    h = Header{};
    h.row = r;
    h.lastRow = lastRow;
    h.begin = begin;
    h.end = end;

    std::vector<ScoreHead> years, generic;
    for (const auto &s : heads) {
        if (s.previous) {
            if (!h.prevCol) h.prevCol = s.col;
        } else if (s.year > 0) {
            years.push_back(s);
        } else {
            generic.push_back(s);
        }
    }
    // Two year-labelled columns: the later year is this year's result.
    std::stable_sort(years.begin(), years.end(),
                     [](const ScoreHead &a, const ScoreHead &b) { return a.year > b.year; });
    if (!years.empty()) {
        h.scoreCol = years[0].col;
        h.scoreYear = years[0].year;
        if (years.size() >= 2 && !h.prevCol) h.prevCol = years[1].col;
    } else if (!generic.empty()) {
        h.scoreCol = generic[0].col;
    }
    h.nameCol = nameHdr;
    h.ranking = rankingTitle(gi, r, begin, end);
    if (rank >= 0) {
        h.rankCol = rank;
        h.ranking = true;
    } else if (order >= 0 && h.ranking) {
        h.rankCol = order;
    }
    if (tool >= 0) h.toolCol = tool;
    return true;
}

// The headers of row r, one per table side by side; none when r is no header row.
std::vector<Header> readHeaders(const GridInfo &gi, int r) {
    std::vector<int> names;
    for (int c = 0; c < gi.cols(r); ++c) {
        const CellInfo &ci = gi.at(r, c);
        if (ci.has(kName)) return {};
        if (ci.has(kHdrName)) names.push_back(c);
    }
    // "คะแนน" spanning "ปี ๒๕๖๔ | ปี ๒๕๖๕" in the row below (a merged header: the cells under
    // the header's other merged cells are empty), perhaps beside "ผลต่าง" or "+/-". A row of data
    // (a name, a score) is no sub-header.
    int lastRow = r;
    if (r + 1 < gi.rows()) {
        bool sub = false, foreign = false;
        for (int c = 0; c < gi.cols(r + 1); ++c) {
            const CellInfo &ci = gi.at(r + 1, c);
            if (ci.has(kEmpty)) continue;
            if ((ci.has(kHdrScore | kHdrPrev) && (ci.year > 0 || ci.has(kHdrPrev))) ||
                (ci.has(kNumber) && ci.year > 0))
                sub = true;
            else if (ci.has(kName | kNumber | kAttempt | kHdrName | kLabelFlags | kTool) || !ci.has(kQuiet))
                foreign = true;
        }
        if (sub && !foreign) lastRow = r + 1;
    }
    // Tables side by side: the next table starts after the last score column that
    // follows the previous table's name column.
    std::vector<int> starts{0};
    for (size_t k = 1; k < names.size(); ++k) {
        int split = names[k];
        for (int c = names[k] - 1; c > names[k - 1]; --c)
            if (gi.at(r, c).has(kHdrScore | kHdrPrev)) {
                split = c + 1;
                break;
            }
        starts.push_back(split);
    }
    std::vector<Header> out;
    for (size_t k = 0; k < starts.size(); ++k) {
        Header h;
        const int end = k + 1 < starts.size() ? starts[k + 1] : kNoEnd;
        if (readHeader(gi, r, starts[k], end, lastRow, h)) out.push_back(h);
    }
    return out;
}

std::optional<double> scoreValue(const CellInfo &ci, const std::string &text) {
    if (ci.has(kNumber)) return ci.number;
    if (!hasDigit(text)) return std::nullopt;
    if (auto v = thai::parseNumber(text)) return v;
    return scoreWithUnit(text);
}

bool scoreLike(const CellInfo &ci, const std::string &text) {
    if (ci.has(kNumber | kAttempt)) return true;
    return ci.has(kText) && text.size() < 64 && scoreValue(ci, text).has_value();
}

// Reads the tables of a grid row by row. A lane is the columns one table occupies: the
// whole width usually, one part of it when tables stand side by side.
class TableReader {
  public:
    TableReader(const GridInfo &gi, int gridIndex, std::vector<ScoreTable> &out)
        : gi_(gi), g_(*gi.grid), gridIndex_(gridIndex), out_(out) {}

    void run() {
        // Under a measures header ("มาตรการ | ตัวชี้วัดที่เกี่ยวข้อง | … | ผู้รับผิดชอบ") a row naming an
        // indicator has the numbers of the indicators it serves beside it ("๖, ๗"), no score:
        // nothing is read until the next score header.
        bool measures = false;
        for (int r = 0; r < gi_.rows(); ++r) {
            std::vector<Header> hs = readHeaders(gi_, r);
            if (hs.empty() && measuresHeader(r)) {
                for (auto &l : lanes_)
                    close(l);
                lanes_.clear();
                measures = true;
                continue;
            }
            if (!hs.empty()) measures = false;
            if (measures) continue;
            if (!hs.empty()) {
                for (auto &l : lanes_)
                    close(l);
                lanes_.clear();
                for (const auto &h : hs) {
                    Lane l;
                    l.begin = h.begin;
                    l.end = h.end;
                    l.header = h;
                    lanes_.push_back(std::move(l));
                }
                r = hs.front().lastRow;
                continue;
            }
            row(r);
        }
        for (auto &l : lanes_)
            close(l);
    }

  private:
    bool measuresHeader(int r) const {
        for (int c = 0; c < gi_.cols(r); ++c)
            if (gi_.at(r, c).has(kHdrMeasure)) return true;
        return false;
    }

    struct Lane {
        int begin = 0, end = kNoEnd;
        std::optional<Header> header; // waiting for its first row, or in use
        bool open = false;
        int lastRow = -1;
        ScoreTable table;
        std::optional<std::pair<std::string, Location>> tool;
        std::optional<int> toolCol;
    };

    void row(int r) {
        // A sub-question row belongs to the indicator above it: names in its question text
        // ("o39 แผนปฏิบัติการป้องกันการทุจริต") are no indicators, and it keeps the table open.
        std::vector<bool> sub(lanes_.size(), false);
        for (size_t i = 0; i < lanes_.size(); ++i)
            sub[i] = subRow(lanes_[i], r);
        std::vector<int> names;
        for (int c = 0; c < gi_.cols(r); ++c) {
            if (!gi_.at(r, c).has(kName)) continue;
            const int li = laneOf(c);
            if (li >= 0 && sub[static_cast<size_t>(li)]) continue;
            names.push_back(c);
        }
        std::vector<int> nameOf(lanes_.size(), -1);
        for (size_t k = 0; k < names.size(); ++k) {
            const int n = names[k];
            int li = laneOf(n);
            const int begin = k > 0 ? names[k - 1] + 1 : 0;
            const int end = k + 1 < names.size() ? names[k + 1] : kNoEnd;
            if (li >= 0) {
                Lane &l = lanes_[static_cast<size_t>(li)];
                // a table without a header moves to another column: another table
                if (!l.header && l.open && l.table.nameCol != n) close(l);
                if (!l.header && !l.open) {
                    l.begin = begin;
                    l.end = end;
                }
            } else {
                Lane l;
                l.begin = begin;
                l.end = end;
                lanes_.push_back(std::move(l));
                nameOf.push_back(-1);
                li = static_cast<int>(lanes_.size()) - 1;
            }
            int &slot = nameOf[static_cast<size_t>(li)];
            const Lane &l = lanes_[static_cast<size_t>(li)];
            // The name under the header's name column, else the first in the lane.
            if (slot < 0 || (l.header && n == l.header->nameCol)) slot = n;
        }
        for (size_t i = 0; i < lanes_.size(); ++i) {
            Lane &l = lanes_[i];
            if (i < sub.size() && sub[i]) continue;
            const int n = nameOf[i];
            if (n < 0) {
                // A row whose name was not read (typed wrong) still starts its tool's group.
                if (l.header && l.header->toolCol && (l.open || r > l.header->lastRow)) {
                    const int tc = *l.header->toolCol;
                    if (gi_.at(r, tc).has(kTool)) setTool(l, r, tc);
                }
                if (l.open && r - l.lastRow > kMaxGap) close(l);
                if (!l.open && l.header && r - l.header->lastRow > kMaxHeaderGap) l.header.reset();
                continue;
            }
            if (l.open && r - l.lastRow > kMaxGap + 1) close(l);
            if (!l.open && l.header && r - l.header->lastRow > kMaxHeaderGap) l.header.reset();
            ScoreEntry e;
            int scoreCol = -1;
            if (!entry(l, r, n, e, scoreCol)) continue;
            if (!l.open) start(l, n, scoreCol);
            l.table.entries.push_back(std::move(e));
            l.table.lastRow = l.lastRow = r;
        }
        lanes_.erase(
            std::remove_if(lanes_.begin(), lanes_.end(), [](const Lane &l) { return !l.open && !l.header; }),
            lanes_.end());
    }

    // Row r as a sub-question of the open table's last indicator: its first filled cell (past
    // numbers: an ordinal column) up to the column after the indicator's name holds an item's
    // code or numbering ("i1", "(e3)", "1.1", "ข้อ 5"), or a dash when the indicator's own name
    // has none (dashed names are the list itself). The item is recorded under the indicator.
    bool subRow(Lane &l, int r) {
        if (!l.open || l.table.entries.empty()) return false;
        ScoreEntry &owner = l.table.entries.back();
        const int nameCol = owner.nameAt.col;
        const bool ownerDashed = gi_.at(owner.nameAt.row, owner.nameAt.col).has(kDash);
        int mark = -1;
        for (int c = l.begin; c < gi_.cols(r) && c < l.end && c <= nameCol + 1; ++c) {
            const CellInfo &ci = gi_.at(r, c);
            if (ci.has(kEmpty | kNumber)) continue;
            if (ci.has(kSubItem) || (!ownerDashed && ci.has(kDash))) mark = c;
            break;
        }
        if (mark < 0) return false;
        SubItemScore item;
        item.labelAt = Location::cell(g_, r, mark);
        item.label = normalizeText(gi_.text(r, mark));
        int sc = l.table.scoreCol;
        if (sc <= mark || !scoreLike(gi_.at(r, sc), gi_.text(r, sc))) sc = searchScore(r, mark, l.end);
        if (sc > mark) {
            item.scoreAt = Location::cell(g_, r, sc);
            item.scoreText = gi_.text(r, sc);
            item.score = scoreValue(gi_.at(r, sc), item.scoreText);
        }
        owner.items.push_back(std::move(item));
        l.table.lastRow = l.lastRow = r;
        return true;
    }

    int laneOf(int c) const {
        int found = -1;
        for (size_t i = 0; i < lanes_.size(); ++i) {
            const Lane &l = lanes_[i];
            if (c < l.begin || c >= l.end) continue;
            if (l.header) return static_cast<int>(i);
            if (found < 0) found = static_cast<int>(i);
        }
        return found;
    }

    // A name right of the header's name column with only empty header cells between them
    // stands under the name header merged over both ("ตัวชี้วัด" over the numbers and the
    // names): the other columns are where their headers are, not shifted with the name.
    bool underNameHeader(const Header &h, int nc) const {
        if (nc <= h.nameCol) return false;
        for (int hr = h.row; hr <= h.lastRow; ++hr)
            for (int c = h.nameCol + 1; c <= nc; ++c)
                if (!gi_.at(hr, c).has(kEmpty)) return false;
        return true;
    }

    int searchScore(int r, int nc, int end) const {
        for (int c = nc + 1; c < gi_.cols(r) && c < end; ++c) {
            const CellInfo &ci = gi_.at(r, c);
            if (ci.has(kName)) break;
            if (scoreLike(ci, gi_.text(r, c))) return c;
        }
        return -1;
    }

    bool entry(Lane &l, int r, int nc, ScoreEntry &e, int &scoreCol) {
        const std::optional<Header> &h = l.header;
        const int off = h && h->nameCol >= 0 && !underNameHeader(*h, nc) ? nc - h->nameCol : 0;
        scoreCol = h && h->scoreCol >= 0 ? h->scoreCol + off : searchScore(r, nc, l.end);
        if (scoreCol < 0) return false;
        const CellInfo &sc = gi_.at(r, scoreCol);
        e.indicator = gi_.at(r, nc).indicator;
        e.nameAt = Location::cell(g_, r, nc);
        e.scoreAt = Location::cell(g_, r, scoreCol);
        e.scoreText = gi_.text(r, scoreCol);
        e.score = scoreValue(sc, e.scoreText);
        e.digits = digitsOf(e.scoreText);

        if (h && h->prevCol) {
            const int pc = *h->prevCol + off;
            e.previousAt = Location::cell(g_, r, pc);
            const CellInfo &pi = gi_.at(r, pc);
            e.previous = scoreValue(pi, gi_.text(r, pc));
        }
        if (h && h->rankCol) {
            const int rc = *h->rankCol + off;
            const CellInfo &ri = gi_.at(r, rc);
            std::optional<long> rank;
            if (ri.has(kNumber) && ri.number == std::floor(ri.number))
                rank = static_cast<long>(ri.number);
            else if (!ri.has(kEmpty))
                rank = textInteger(gi_.text(r, rc));
            if (rank && *rank >= 1 && *rank <= 1000) {
                e.statedRank = static_cast<int>(*rank);
                e.rankAt = Location::cell(g_, r, rc);
            }
        }
        // The tool applies to its own row and, in a grouped table, to the rows below it.
        if (h && h->toolCol) {
            const int tc = *h->toolCol + off;
            if (!gi_.at(r, tc).has(kEmpty)) setTool(l, r, tc);
        } else {
            for (int c = l.begin; c < gi_.cols(r) && c < l.end; ++c)
                if (c != scoreCol && gi_.at(r, c).has(kTool)) {
                    setTool(l, r, c);
                    break;
                }
        }
        if (l.tool) {
            e.toolText = l.tool->first;
            e.toolAt = l.tool->second;
        }
        return true;
    }

    void setTool(Lane &l, int r, int c) {
        l.tool = std::make_pair(normalizeText(gi_.text(r, c)), Location::cell(g_, r, c));
        if (!l.toolCol) l.toolCol = c;
    }

    void start(Lane &l, int nc, int scoreCol) {
        const std::optional<Header> &h = l.header;
        l.open = true;
        l.table = ScoreTable{};
        l.table.entries.reserve(12);
        l.table.grid = gridIndex_;
        l.table.gridName = g_.name;
        l.table.kind = g_.kind;
        l.table.nameCol = h && h->nameCol >= 0 ? h->nameCol : nc;
        l.table.scoreCol = h && h->scoreCol >= 0 ? h->scoreCol : scoreCol;
        if (h) {
            l.table.headerRow = h->row;
            l.table.previousCol = h->prevCol;
            l.table.rankCol = h->rankCol;
            l.table.toolCol = h->toolCol;
            l.table.isRanking = h->ranking;
            l.table.scoreYear = h->scoreYear;
        }
    }

    // Ends the lane's table; a header serves one table only.
    void close(Lane &l) {
        if (l.open && !l.table.entries.empty()) {
            l.table.firstRow = l.table.entries.front().nameAt.row;
            if (!l.table.toolCol && l.toolCol) l.table.toolCol = l.toolCol;
            out_.push_back(std::move(l.table));
        }
        l.open = false;
        l.header.reset();
        l.tool.reset();
        l.toolCol.reset();
        l.table = ScoreTable{};
    }

    const GridInfo &gi_;
    const Grid &g_;
    const int gridIndex_;
    std::vector<ScoreTable> &out_;
    std::vector<Lane> lanes_;
};

} // namespace

void readScoreTables(const GridInfo &gi, int gridIndex, std::vector<ScoreTable> &out) {
    TableReader(gi, gridIndex, out).run();
}

namespace {

// Rows between the end of a sheet's table and its repeated header ("(ต่อ)", a blank row).
constexpr int kMaxContinuationGap = 4;

bool sameColumns(const ScoreTable &a, const ScoreTable &b) {
    return a.kind == b.kind && a.nameCol == b.nameCol && a.scoreCol == b.scoreCol &&
           a.isRanking == b.isRanking && a.rankCol.has_value() == b.rankCol.has_value() &&
           a.previousCol.has_value() == b.previousCol.has_value() && a.scoreYear == b.scoreYear;
}

// The rest of a table in the next Writer table without its header: Word repeats a header
// only when told to, and clerks who split a table by hand often leave it out. Its rows start
// the table, names and scores in the same columns as above.
bool headerlessRest(const ScoreTable &a, const ScoreTable &b) {
    return a.kind == GridKind::WriterTable && b.kind == GridKind::WriterTable && b.headerRow < 0 &&
           a.headerRow >= 0 && b.grid == a.grid + 1 && b.firstRow == 0 && a.nameCol == b.nameCol &&
           a.scoreCol == b.scoreCol;
}

// The rest read without its header has no ranks nor last year's scores: they stand in the
// columns the header gave the first part.
void takeHeaderColumns(const ScoreTable &a, const Grid &g, ScoreTable &b) {
    for (ScoreEntry &e : b.entries) {
        const int r = e.nameAt.row;
        if (a.rankCol && !e.statedRank)
            if (const Cell *c = g.at(r, *a.rankCol)) {
                std::optional<long> rank;
                if (c->number && *c->number == std::floor(*c->number))
                    rank = static_cast<long>(*c->number);
                else
                    rank = textInteger(c->text);
                if (rank && *rank >= 1 && *rank <= 1000) {
                    e.statedRank = static_cast<int>(*rank);
                    e.rankAt = Location::cell(g, r, *a.rankCol);
                }
            }
        if (a.previousCol && !e.previousAt)
            if (const Cell *c = g.at(r, *a.previousCol)) {
                e.previousAt = Location::cell(g, r, *a.previousCol);
                e.previous = c->number ? c->number : thai::parseNumber(c->text);
            }
    }
}

bool follows(const ScoreTable &a, const ScoreTable &b) {
    if (b.headerRow < 0) return false;
    if (a.kind == GridKind::Sheet)
        return a.grid == b.grid && b.headerRow > a.lastRow && b.headerRow - a.lastRow <= kMaxContinuationGap;
    return b.grid == a.grid + 1 && a.headerRow >= 0; // the next table of the text, its header repeated
}

bool togetherEachOnce(const ScoreTable &a, const ScoreTable &b, int maxIndicator) {
    if (maxIndicator <= 0 || a.entries.size() + b.entries.size() != static_cast<size_t>(maxIndicator))
        return false;
    std::vector<bool> seen(static_cast<size_t>(maxIndicator) + 1, false);
    for (const auto *t : {&a, &b})
        for (const auto &e : t->entries) {
            if (e.indicator < 1 || e.indicator > maxIndicator || seen[static_cast<size_t>(e.indicator)])
                return false;
            seen[static_cast<size_t>(e.indicator)] = true;
        }
    return true;
}

} // namespace

void joinContinuedTables(std::vector<ScoreTable> &tables, int maxIndicator, const std::vector<Grid> &grids) {
    for (size_t i = 0; i + 1 < tables.size();) {
        ScoreTable &a = tables[i];
        ScoreTable &b = tables[i + 1];
        const bool rest = headerlessRest(a, b) && b.grid < static_cast<int>(grids.size());
        if (!(((sameColumns(a, b) && follows(a, b)) || rest) && togetherEachOnce(a, b, maxIndicator))) {
            ++i;
            continue;
        }
        ScoreTable part = b;
        if (rest) takeHeaderColumns(a, grids[static_cast<size_t>(b.grid)], part);
        // A ranking goes on where it stopped (5 then 6); entries keep their own places.
        if (a.isRanking && a.entries.back().statedRank && part.entries.front().statedRank &&
            *part.entries.front().statedRank != *a.entries.back().statedRank + 1) {
            ++i;
            continue;
        }
        a.entries.insert(a.entries.end(), part.entries.begin(), part.entries.end());
        if (a.kind == GridKind::Sheet) a.lastRow = part.lastRow;
        if (!a.toolCol) a.toolCol = part.toolCol;
        tables.erase(tables.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
}

} // namespace ita::read
