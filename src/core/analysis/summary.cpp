#include "core/analysis/summary.hpp"

#include "core/text/thai_text.hpp"

#include <cmath>

namespace ita {

namespace {

struct Writer {
    msg::Lang lang;
    bool thaiDigits;
    std::string score(double v) const { return thai::formatScore(v, thaiDigits); }
    std::string integer(long v) const { return thai::formatInteger(v, thaiDigits); }
    std::string target(double v) const { return thai::formatTarget(v, thaiDigits); }
    std::string text(const char *key, const msg::Args &args) const { return msg::text(key, lang, args); }
    std::string name(const IndicatorResult &r) const { return lang == msg::Lang::Th ? r.nameTh : r.nameEn; }
};

const IndicatorResult *indicator(const Analysis &a, int number) {
    for (const auto &r : a.indicators)
        if (r.number == number) return &r;
    return nullptr;
}

std::string extremeSentence(const Writer &w, const Analysis &a, const std::vector<int> &which, bool highest) {
    std::vector<std::string> names;
    double score = 0;
    for (int n : which)
        if (const IndicatorResult *r = indicator(a, n)) {
            names.push_back(indicatorPhrase(*r, w.lang, w.thaiDigits));
            score = r->score;
        }
    if (names.empty()) return {};
    return w.text(highest ? "analysis.highest" : "analysis.lowest",
                  {{"indicators", joinList(names, w.lang)}, {"score", w.score(score)}});
}

std::string belowTargetSentence(const Writer &w, const Analysis &a) {
    const std::string target = w.target(a.target);
    if (a.belowTarget.empty()) return w.text("analysis.allReachTarget", {{"target", target}});
    std::vector<std::string> items;
    for (int n : a.belowTarget)
        if (const IndicatorResult *r = indicator(a, n))
            items.push_back(
                w.text("analysis.belowTarget.item", {{"indicator", indicatorPhrase(*r, w.lang, w.thaiDigits)},
                                                     {"score", w.score(r->score)}}));
    const long count = static_cast<long>(items.size());
    // English pluralises on the count, which must then be a number in Arabic digits.
    return w.text("analysis.belowTarget",
                  {{"target", target},
                   {"count", w.lang == msg::Lang::Th ? w.integer(count) : std::to_string(count)},
                   {"indicators", joinList(items, w.lang)}});
}

std::string changeSentence(const Writer &w, const Analysis &a) {
    if (!a.previousTotal || !a.totalChange) return {};
    const std::string previous = w.text("analysis.previousYear", {{"year", w.integer(a.fiscalYear - 1)},
                                                                  {"score", w.score(*a.previousTotal)}});
    const double c = *a.totalChange;
    if (std::fabs(c) < 0.005) return w.text("analysis.change.same", {{"previous", previous}});
    return w.text(c > 0 ? "analysis.change.up" : "analysis.change.down",
                  {{"previous", previous}, {"change", w.score(std::fabs(c))}});
}

} // namespace

std::string indicatorPhrase(const IndicatorResult &r, msg::Lang lang, bool thaiDigits) {
    return msg::text("analysis.indicator", lang,
                     {{"number", thai::formatInteger(r.number, thaiDigits)},
                      {"name", lang == msg::Lang::Th ? r.nameTh : r.nameEn}});
}

std::string joinList(const std::vector<std::string> &items, msg::Lang lang) {
    if (items.empty()) return {};
    std::string out = items.front();
    for (size_t i = 1; i < items.size(); ++i)
        out = msg::text(i + 1 == items.size() ? "analysis.join.last" : "analysis.join.next", lang,
                        {{"list", out}, {"item", items[i]}});
    return out;
}

std::vector<std::string> summarySentences(const Analysis &a, msg::Lang lang, bool thaiDigits) {
    const Writer w{lang, thaiDigits};
    std::vector<std::string> out;
    auto add = [&](std::string s) {
        if (!s.empty()) out.push_back(std::move(s));
    };
    if (a.indicators.empty()) return out;
    if (a.strongest.size() == a.indicators.size()) {
        add(w.text("analysis.allEqual", {{"score", w.score(a.indicators.front().score)}}));
    } else {
        add(extremeSentence(w, a, a.strongest, true));
        add(extremeSentence(w, a, a.weakest, false));
    }
    add(belowTargetSentence(w, a));
    add(changeSentence(w, a));
    return out;
}

} // namespace ita
