// ITA012: a table that ranks the indicators by score, but whose order or rank numbers
// disagree with the scores. Equal scores may come in either order and share or split ranks.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace ita::rules {

namespace {

constexpr FindingText kRankingWrong{
    "ITA012", Severity::Error,
    "ตัวชี้วัดที่ {indicator} {name} ระบุเป็นอันดับ {found} แต่ตามคะแนนควรเป็นอันดับ {expected} ({where})",
    "Indicator {indicator} ({name}) is ranked {found}, but by its score it ranks {expected} ({where})."};

struct Row {
    const ScoreEntry *e;
    double score;
};

long key(double v) {
    return std::lround(round2(v) * 100);
}

// Rows (indices) that break the ranking under these scores. `unread` rows of the table have
// no score to rank by (ITA003, ITA004 say so): each may stand above any row, so a stated rank
// may be that many places lower.
std::set<size_t> wrongRows(const std::vector<Row> &rows, int unread) {
    const size_t n = rows.size();
    std::set<size_t> wrong;
    // Each row's key once: the comparisons below are quadratic in the rows.
    std::vector<long> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = key(rows[i].score);
    bool ranksAlongRows = true;
    int lastRank = 0;
    for (const auto &r : rows) {
        if (!r.e->statedRank) continue;
        ranksAlongRows = ranksAlongRows && *r.e->statedRank >= lastRank;
        lastRank = *r.e->statedRank;
    }
    if (ranksAlongRows) {
        // Rows out of order are those outside the longest non-increasing run; ties go to
        // the earlier rows so that the row that moved is the one reported.
        std::vector<size_t> len(n, 1), prev(n, n);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < i; ++j)
                if (keys[j] >= keys[i] && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
        size_t end = 0;
        for (size_t i = 1; i < n; ++i)
            if (len[i] > len[end]) end = i;
        std::vector<bool> kept(n, false);
        for (size_t i = end; i < n; i = prev[i])
            kept[i] = true;
        for (size_t i = 0; i < n; ++i)
            if (!kept[i]) wrong.insert(i);
    }
    for (size_t i = 0; i < n; ++i) {
        if (!rows[i].e->statedRank) continue;
        int greater = 0, equal = 0;
        for (const long k : keys) {
            if (k > keys[i]) ++greater;
            if (k == keys[i]) ++equal;
        }
        int r = *rows[i].e->statedRank;
        if (r < greater + 1 || r > greater + equal + unread) wrong.insert(i);
    }
    return wrong;
}

// Without rank numbers a table may list the weakest first; take the direction that
// fits the scores best.
std::set<size_t> wrongRowsEitherWay(const std::vector<Row> &rows, int unread) {
    std::set<size_t> down = wrongRows(rows, unread);
    bool ranked =
        std::any_of(rows.begin(), rows.end(), [](const Row &r) { return r.e->statedRank.has_value(); });
    if (ranked || down.size() * 2 <= rows.size()) return down;
    std::vector<Row> rev(rows.rbegin(), rows.rend());
    std::set<size_t> up;
    for (size_t i : wrongRows(rev, unread))
        up.insert(rows.size() - 1 - i);
    return up.size() < down.size() ? up : down;
}

int expectedRank(const std::vector<Row> &rows, size_t i) {
    int greater = 0;
    for (const auto &o : rows)
        if (key(o.score) > key(rows[i].score)) ++greater;
    return greater + 1;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const ScoreTable *primary = ctx.referenceTable();
    const Framework *names = ctx.names();
    for (const auto &t : ctx.facts().tables) {
        if (!t.isRanking) continue;
        std::vector<Row> rows;
        int unread = 0;
        for (const auto &e : t.entries) {
            if (entryOf(t, e.indicator) != &e) continue;
            if (e.score && *e.score >= 0 && *e.score <= 100)
                rows.push_back({&e, *e.score});
            else
                ++unread;
        }
        if (rows.size() < 2) continue;
        std::set<size_t> wrong = wrongRowsEitherWay(rows, unread);
        // A score in this table that disagrees with the primary table is the cross-table
        // rule's finding; the ranking is only wrong if it is wrong by either set of scores.
        if (primary && primary != &t && !wrong.empty()) {
            std::vector<Row> ref = rows;
            bool differs = false;
            for (auto &r : ref) {
                const ScoreEntry *p = entryOf(*primary, r.e->indicator);
                if (p && p->score && *p->score >= 0 && *p->score <= 100 && !same2(*p->score, r.score)) {
                    r.score = *p->score;
                    differs = true;
                }
            }
            if (differs) {
                std::set<size_t> byRef = wrongRowsEitherWay(ref, unread), both;
                for (size_t i : wrong)
                    if (byRef.count(i)) both.insert(i);
                wrong = both;
            }
        }
        for (size_t i : wrong) {
            const ScoreEntry &e = *rows[i].e;
            std::string like = e.scoreText;
            // the rank's own grid: a table split over two pages has two
            if (e.rankAt && e.rankAt->grid >= 0 &&
                e.rankAt->grid < static_cast<int>(ctx.doc().grids.size())) {
                const Cell *c =
                    ctx.doc().grids[static_cast<size_t>(e.rankAt->grid)].at(e.rankAt->row, e.rankAt->col);
                if (c) like = c->text;
            }
            int found = e.statedRank ? *e.statedRank : static_cast<int>(i) + 1;
            std::string foundText = integerLike(found, like);
            std::string expected = integerLike(expectedRank(rows, i), like);
            std::vector<Location> at;
            if (e.rankAt) at.push_back(*e.rankAt);
            at.push_back(e.nameAt);
            at.push_back(e.scoreAt);
            MessageArgs a(ctx);
            a.indicator(names, e.indicator)
                .set("found", foundText)
                .set("expected", expected)
                .where("where", at.front());
            out.push_back(makeFinding(kRankingWrong, e.indicator, std::move(at), expected, foundText, a));
        }
    }
}

} // namespace

extern constexpr Rule rankingWrong{"ranking_wrong", {&kRankingWrong}, check};

} // namespace ita::rules
