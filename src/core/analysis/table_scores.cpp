#include "core/analysis/table_scores.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace ita {

namespace {

// How often each indicator is named in a table. Indicator numbers are small (1..10 today);
// counting in place avoids a map per table on a path that runs for every document.
struct NameCounts {
    static constexpr int kMax = 64;
    unsigned char small[kMax] = {};
    std::map<int, int> other; // numbers outside 0..63, never seen in practice
    explicit NameCounts(const ScoreTable &t) {
        for (const auto &e : t.entries) {
            if (e.indicator >= 0 && e.indicator < kMax) {
                if (small[e.indicator] < 255) ++small[e.indicator];
            } else {
                ++other[e.indicator];
            }
        }
    }
    int operator()(int n) const {
        if (n >= 0 && n < kMax) return small[n];
        auto it = other.find(n);
        return it == other.end() ? 0 : it->second;
    }
};

} // namespace

std::vector<int> duplicatedIndicators(const ScoreTable &t) {
    NameCounts count(t);
    std::vector<int> out;
    for (const auto &e : t.entries)
        if (count(e.indicator) > 1 && std::find(out.begin(), out.end(), e.indicator) == out.end())
            out.push_back(e.indicator);
    std::sort(out.begin(), out.end());
    return out;
}

Scores usableScores(const ScoreTable &t) {
    NameCounts count(t);
    Scores s;
    for (const auto &e : t.entries) {
        if (count(e.indicator) != 1 || !e.score) continue;
        if (*e.score < 0 || *e.score > 100) continue;
        s.emplace_hint(s.end(), e.indicator, *e.score);
    }
    return s;
}

Scores previousScores(const ScoreTable &t) {
    NameCounts count(t);
    Scores s;
    for (const auto &e : t.entries)
        if (e.previous && count(e.indicator) == 1 && *e.previous >= 0 && *e.previous <= 100)
            s[e.indicator] = *e.previous;
    return s;
}

bool isComplete(const Scores &s, const Framework &fw) {
    if (fw.indicators.empty()) return false;
    for (const auto &d : fw.indicators)
        if (!s.count(d.number)) return false;
    return true;
}

const ScoreTable *primaryTable(const DocumentFacts &facts, const Framework &fw, double tolerance) {
    const ScoreTable *firstComplete = nullptr;
    const ScoreTable *largest = nullptr;
    for (const auto &t : facts.tables) {
        if (!largest || t.entries.size() > largest->entries.size()) largest = &t;
        Scores s = usableScores(t);
        if (!isComplete(s, fw)) continue;
        if (!firstComplete) firstComplete = &t;
        auto total = weightedTotal(fw, s);
        if (!total) continue;
        for (const auto &st : facts.statedTotals)
            if (std::fabs(st.value - *total) <= tolerance + 1e-9) return &t;
    }
    return firstComplete ? firstComplete : largest;
}

} // namespace ita
