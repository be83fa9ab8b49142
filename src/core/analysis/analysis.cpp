#include "core/analysis/analysis.hpp"

#include <algorithm>
#include <stdexcept>

namespace ita {

std::vector<int> missingIndicators(const Framework &fw, const Scores &scores) {
    std::vector<int> missing;
    for (const auto &ind : fw.indicators)
        if (!scores.count(ind.number)) missing.push_back(ind.number);
    return missing;
}

std::string numberList(const std::vector<int> &numbers) {
    std::string list;
    for (int n : numbers)
        list += (list.empty() ? "" : ", ") + std::to_string(n);
    return list;
}

Analysis analyse(const Framework &fw, const Scores &scores, const std::optional<Scores> &previous) {
    if (const std::vector<int> missing = missingIndicators(fw, scores); !missing.empty())
        throw std::invalid_argument("scores missing for indicator" +
                                    std::string(missing.size() > 1 ? "s " : " ") + numberList(missing) +
                                    " (FY" + std::to_string(fw.fiscalYear) + ")");

    Analysis a;
    a.fiscalYear = fw.fiscalYear;
    a.target = fw.target;
    const auto tools = toolScores(fw, scores);
    a.total = *weightedTotal(fw, scores);
    a.totalRounded = round2(a.total);
    if (const RatingLevel *lv = rate(fw, a.total, tools)) {
        a.ratingCode = lv->code;
        a.ratingLabelTh = lv->labelTh;
        a.ratingMeaningTh = lv->meaningTh;
        a.ratingMeaningEn = lv->meaningEn;
    }

    for (const auto &t : fw.tools) {
        ToolResult r;
        r.code = t.code;
        r.nameTh = t.nameTh;
        r.nameEn = t.nameEn;
        r.weight = t.weight;
        r.score = tools.at(t.code);
        r.contribution = t.weight * r.score;
        a.tools.push_back(std::move(r));
    }

    for (const auto &ind : fw.indicators) {
        IndicatorResult r;
        r.number = ind.number;
        r.nameTh = ind.nameTh;
        r.nameEn = ind.nameEn;
        r.tool = ind.tool;
        r.score = scores.at(ind.number);
        // Judged on the printed 2-decimal score, as a reader of the report would.
        r.belowTarget = round2(r.score) < fw.target;
        if (previous) {
            auto it = previous->find(ind.number);
            if (it != previous->end()) {
                r.previous = it->second;
                r.change = r.score - it->second;
            }
        }
        a.indicators.push_back(std::move(r));
    }

    // Order and ties on the printed scores: two indicators shown as 87.50 are
    // tied even if their unrounded values differ in the 10th decimal.
    auto shown = [&](int n) { return round2(scores.at(n)); };
    for (const auto &ind : fw.indicators)
        a.ranking.push_back(ind.number);
    std::stable_sort(a.ranking.begin(), a.ranking.end(), [&](int x, int y) {
        if (shown(x) != shown(y)) return shown(x) > shown(y);
        return x < y;
    });
    for (size_t i = 0; i < a.ranking.size(); ++i)
        for (auto &r : a.indicators)
            if (r.number == a.ranking[i]) r.rank = static_cast<int>(i) + 1;

    const double best = shown(a.ranking.front());
    const double worst = shown(a.ranking.back());
    for (const auto &ind : fw.indicators) {
        if (shown(ind.number) == best) a.strongest.push_back(ind.number);
        if (shown(ind.number) == worst) a.weakest.push_back(ind.number);
    }
    for (const auto &r : a.indicators)
        if (r.belowTarget) a.belowTarget.push_back(r.number);
    std::stable_sort(a.belowTarget.begin(), a.belowTarget.end(), [&](int x, int y) {
        if (shown(x) != shown(y)) return shown(x) < shown(y);
        return x < y;
    });

    if (previous) {
        if (auto prev = weightedTotal(fw, *previous)) {
            a.previousTotal = *prev;
            // The change readers check is between the two published (2-decimal) totals.
            a.totalChange = round2(round2(a.total) - round2(*prev));
        }
    }
    return a;
}

} // namespace ita
