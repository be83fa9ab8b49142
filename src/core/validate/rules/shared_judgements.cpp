#include "core/validate/rules/shared_judgements.hpp"

#include <cmath>

namespace ita::rules {

bool same2(double a, double b) {
    return std::fabs(round2(a) - round2(b)) < 0.005;
}

const ScoreTable *previousColumnTable(const RuleContext &ctx, const Location &at) {
    if (at.isParagraph()) return nullptr;
    for (const auto &t : ctx.facts().tables) {
        if (!t.previousCol || *t.previousCol != at.col || t.entries.empty()) continue;
        const Location &s = t.entries.front().scoreAt;
        if (s.grid == at.grid && s.kind == at.kind) return &t;
    }
    return nullptr;
}

const ScoreEntry *entryOf(const ScoreTable &t, int indicator) {
    const ScoreEntry *found = nullptr;
    for (const auto &e : t.entries) {
        if (e.indicator != indicator) continue;
        if (found) return nullptr;
        found = &e;
    }
    return found;
}

bool reproducesStatedTotal(const RuleContext &ctx, const Scores &scores) {
    if (!ctx.fw()) return false;
    auto total = weightedTotal(*ctx.fw(), scores);
    if (!total) return false;
    for (const auto &st : ctx.facts().statedTotals)
        if (std::fabs(st.value - *total) <= ctx.tolerance() + 1e-9) return true;
    return false;
}

bool dateBefore(const thai::Date &a, const thai::Date &b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

std::vector<CrossMismatch> crossMismatches(const ScoreTable &a, const ScoreTable &b) {
    std::vector<CrossMismatch> out;
    int shared = 0;
    for (const auto &ea : a.entries) {
        auto usable = [](const ScoreEntry *e) { return e && e->score && *e->score >= 0 && *e->score <= 100; };
        const ScoreEntry *pa = entryOf(a, ea.indicator);
        if (pa != &ea || !usable(pa)) continue;
        const ScoreEntry *pb = entryOf(b, ea.indicator);
        if (!usable(pb)) continue;
        ++shared;
        if (!same2(*ea.score, *pb->score)) out.push_back({&ea, pb});
    }
    // A copy error touches one or two cells; a table that disagrees almost everywhere is
    // another year's or another agency's result, not a copy of this one.
    if (shared > 3 && 2 * static_cast<int>(out.size()) > shared) out.clear();
    return out;
}

} // namespace ita::rules
