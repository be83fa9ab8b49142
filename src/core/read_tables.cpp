// Score tables: any layout where an indicator's name and its score share a row.
#include "core/read_facts.hpp"

#include <algorithm>
#include <cmath>

namespace ita::read {

namespace {

// Rows between two indicator rows that do not break a table (blank rows, page headers).
constexpr int kMaxGap = 2;
// Rows between a header and the first indicator row.
constexpr int kMaxHeaderGap = 3;

struct Header {
    int row = -1, lastRow = -1;
    int nameCol = -1, scoreCol = -1;
    std::optional<int> prevCol, rankCol, toolCol;
    bool ranking = false;
};

struct ScoreHead {
    int col;
    int year;
    bool previous;
};

// A title above the header (or the sheet's name) saying the rows are ranked by score.
bool rankingTitle(const GridInfo &gi, int headerRow) {
    std::string key;
    makeKey(gi.grid->name, key);
    if (rankingWords(key)) return true;
    for (int r = std::max(0, headerRow - 3); r < headerRow; ++r)
        for (int c = 0; c < gi.cols(r); ++c) {
            if (gi.at(r, c).has(kRanked)) return true;
        }
    return false;
}

void collectScoreHeads(const GridInfo &gi, int r, bool yearNumbers, std::vector<ScoreHead> &out) {
    for (int c = 0; c < gi.cols(r); ++c) {
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

bool readHeader(const GridInfo &gi, int r, Header &h) {
    int nameHdr = -1, rank = -1, order = -1, tool = -1;
    bool anyScore = false;
    for (int c = 0; c < gi.cols(r); ++c) {
        const CellInfo &ci = gi.at(r, c);
        if (ci.has(kName)) return false;
        if (ci.has(kHdrName) && nameHdr < 0) nameHdr = c;
        if (ci.has(kHdrRank) && rank < 0) rank = c;
        if (ci.has(kHdrOrder) && order < 0) order = c;
        if (ci.has(kHdrTool) && tool < 0) tool = c;
        anyScore = anyScore || ci.has(kHdrScore | kHdrPrev);
    }
    const bool other = anyScore || rank >= 0 || tool >= 0;
    if (!((nameHdr >= 0 && (other || order >= 0)) || (anyScore && (rank >= 0 || tool >= 0)))) return false;

    std::vector<ScoreHead> heads;
    collectScoreHeads(gi, r, nameHdr >= 0, heads);
    h = Header{};
    h.row = h.lastRow = r;
    // "คะแนน" spanning "ปี ๒๕๖๔ | ปี ๒๕๖๕" in the row below.
    if (r + 1 < gi.rows()) {
        bool sub = false, foreign = false;
        for (int c = 0; c < gi.cols(r + 1); ++c) {
            const CellInfo &ci = gi.at(r + 1, c);
            if (ci.has(kEmpty)) continue;
            if ((ci.has(kHdrScore | kHdrPrev) && (ci.year > 0 || ci.has(kHdrPrev))) ||
                (ci.has(kNumber) && ci.year > 0))
                sub = true;
            else
                foreign = true;
        }
        if (sub && !foreign) {
            collectScoreHeads(gi, r + 1, true, heads);
            h.lastRow = r + 1;
        }
    }

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
        if (years.size() >= 2 && !h.prevCol) h.prevCol = years[1].col;
    } else if (!generic.empty()) {
        h.scoreCol = generic[0].col;
    }
    h.nameCol = nameHdr;
    h.ranking = rankingTitle(gi, r);
    if (rank >= 0) {
        h.rankCol = rank;
        h.ranking = true;
    } else if (order >= 0 && h.ranking) {
        h.rankCol = order;
    }
    if (tool >= 0) h.toolCol = tool;
    return true;
}

std::optional<double> scoreValue(const CellInfo &ci, const std::string &text) {
    if (ci.has(kNumber)) return ci.number;
    if (!hasDigit(text)) return std::nullopt;
    if (auto v = thai::parseNumber(text)) return v;
    // "๘๐.๗๘ คะแนน": the unit adds nothing.
    std::string t = normalizeText(text);
    static const std::string unit = "คะแนน";
    if (endsWith(t, unit)) return thai::parseNumber(std::string_view(t).substr(0, t.size() - unit.size()));
    return std::nullopt;
}

bool scoreLike(const CellInfo &ci, const std::string &text) {
    if (ci.has(kNumber | kAttempt)) return true;
    return ci.has(kText) && text.size() < 64 && scoreValue(ci, text).has_value();
}

class TableReader {
  public:
    TableReader(const GridInfo &gi, std::vector<ScoreTable> &out) : gi_(gi), g_(*gi.grid), out_(out) {}

    void run() {
        for (int r = 0; r < gi_.rows(); ++r) {
            Header h;
            if (readHeader(gi_, r, h)) {
                close();
                pending_ = h;
                r = h.lastRow;
                continue;
            }
            const int prefer = open_ ? table_.nameCol : pending_ ? pending_->nameCol : -1;
            const int nc = nameCell(r, prefer);
            if (nc < 0) {
                if (open_ && r - lastRow_ > kMaxGap) close();
                if (pending_ && r - pending_->lastRow > kMaxHeaderGap) pending_.reset();
                continue;
            }
            if (open_ && (r - lastRow_ > kMaxGap + 1 || (!header_ && nc != table_.nameCol))) close();
            if (!open_) {
                header_.reset();
                if (pending_ && r - pending_->lastRow <= kMaxHeaderGap) header_ = pending_;
                pending_.reset();
            }
            ScoreEntry e;
            int scoreCol = -1;
            if (!entry(r, nc, e, scoreCol)) continue;
            if (!open_) start(nc, scoreCol);
            table_.entries.push_back(std::move(e));
            table_.lastRow = lastRow_ = r;
        }
        close();
    }

  private:
    int nameCell(int r, int prefer) const {
        if (prefer >= 0 && gi_.at(r, prefer).has(kName)) return prefer;
        for (int c = 0; c < gi_.cols(r); ++c)
            if (gi_.at(r, c).has(kName)) return c;
        return -1;
    }

    int searchScore(int r, int nc) const {
        for (int c = nc + 1; c < gi_.cols(r); ++c) {
            const CellInfo &ci = gi_.at(r, c);
            if (ci.has(kName)) break;
            if (scoreLike(ci, gi_.text(r, c))) return c;
        }
        return -1;
    }

    bool entry(int r, int nc, ScoreEntry &e, int &scoreCol) {
        const int off = header_ && header_->nameCol >= 0 ? nc - header_->nameCol : 0;
        scoreCol = header_ && header_->scoreCol >= 0 ? header_->scoreCol + off : searchScore(r, nc);
        if (scoreCol < 0) return false;
        const CellInfo &sc = gi_.at(r, scoreCol);
        e.indicator = gi_.at(r, nc).indicator;
        e.nameAt = Location::cell(g_, r, nc);
        e.scoreAt = Location::cell(g_, r, scoreCol);
        e.scoreText = gi_.text(r, scoreCol);
        e.score = scoreValue(sc, e.scoreText);
        e.digits = digitsOf(e.scoreText);

        if (header_ && header_->prevCol) {
            const int pc = *header_->prevCol + off;
            e.previousAt = Location::cell(g_, r, pc);
            const CellInfo &pi = gi_.at(r, pc);
            e.previous = scoreValue(pi, gi_.text(r, pc));
        }
        if (header_ && header_->rankCol) {
            const int rc = *header_->rankCol + off;
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
        if (header_ && header_->toolCol) {
            const int tc = *header_->toolCol + off;
            if (!gi_.at(r, tc).has(kEmpty)) setTool(r, tc);
        } else {
            for (int c = 0; c < gi_.cols(r); ++c)
                if (c != scoreCol && gi_.at(r, c).has(kTool)) {
                    setTool(r, c);
                    break;
                }
        }
        if (tool_) {
            e.toolText = tool_->first;
            e.toolAt = tool_->second;
        }
        return true;
    }

    void setTool(int r, int c) {
        tool_ = std::make_pair(normalizeText(gi_.text(r, c)), Location::cell(g_, r, c));
        if (!toolCol_) toolCol_ = c;
    }

    void start(int nc, int scoreCol) {
        open_ = true;
        table_ = ScoreTable{};
        table_.entries.reserve(12);
        table_.grid = gridIndex_;
        table_.gridName = g_.name;
        table_.kind = g_.kind;
        table_.nameCol = header_ && header_->nameCol >= 0 ? header_->nameCol : nc;
        table_.scoreCol = header_ && header_->scoreCol >= 0 ? header_->scoreCol : scoreCol;
        if (header_) {
            table_.headerRow = header_->row;
            table_.previousCol = header_->prevCol;
            table_.rankCol = header_->rankCol;
            table_.toolCol = header_->toolCol;
            table_.isRanking = header_->ranking;
        }
    }

    void close() {
        if (open_ && !table_.entries.empty()) {
            table_.firstRow = table_.entries.front().nameAt.row;
            if (!table_.toolCol && toolCol_) table_.toolCol = toolCol_;
            out_.push_back(std::move(table_));
        }
        open_ = false;
        header_.reset();
        tool_.reset();
        toolCol_.reset();
        table_ = ScoreTable{};
    }

  public:
    int gridIndex_ = -1;

  private:
    const GridInfo &gi_;
    const Grid &g_;
    std::vector<ScoreTable> &out_;
    bool open_ = false;
    int lastRow_ = -1;
    ScoreTable table_;
    std::optional<Header> header_, pending_;
    std::optional<std::pair<std::string, Location>> tool_;
    std::optional<int> toolCol_;
};

} // namespace

void readScoreTables(const GridInfo &gi, int gridIndex, std::vector<ScoreTable> &out) {
    TableReader t(gi, out);
    t.gridIndex_ = gridIndex;
    t.run();
}

} // namespace ita::read
