#include "core/frameworks/scoring.hpp"

#include "core/text/thai_text.hpp"

#include <cmath>

namespace ita {

double round2(double v) {
    if (!std::isfinite(v)) return v;
    // v*100 of a decimal like 80.785 lands just below the half (8078.4999...);
    // the nudge, far below any real score's precision, puts it back on the
    // decimal value before rounding half away from zero.
    const double s = v * 100.0;
    const double r = std::round(s + (s >= 0 ? 1e-9 : -1e-9));
    if (r == 0) return 0.0; // no "-0.00"
    return r / 100.0;
}

std::map<std::string, double> toolScores(const Framework &fw, const Scores &scores) {
    std::map<std::string, double> out;
    for (const auto &t : fw.tools) {
        double sum = 0;
        int n = 0;
        for (int i : t.indicators) {
            auto it = scores.find(i);
            if (it == scores.end()) continue;
            sum += it->second;
            ++n;
        }
        if (n > 0) out[t.code] = sum / n;
    }
    return out;
}

std::optional<double> weightedTotal(const Framework &fw, const Scores &scores) {
    for (const auto &ind : fw.indicators)
        if (!scores.count(ind.number)) return std::nullopt;
    const auto tools = toolScores(fw, scores);
    double total = 0;
    for (const auto &t : fw.tools)
        total += t.weight * tools.at(t.code);
    return total;
}

const RatingLevel *rate(const Framework &fw, double total, const std::map<std::string, double> &tools) {
    const double t = round2(total);
    for (const auto &lv : fw.ratings) {
        if (t < lv.minTotal - 1e-9) continue;
        // A tool whose score is unknown cannot prove its condition: the level is
        // not given rather than guessed.
        bool each = true;
        for (const auto &tool : fw.tools) {
            const std::optional<double> min = lv.minFor(tool.code);
            if (!min) continue;
            auto it = tools.find(tool.code);
            if (it == tools.end() || round2(it->second) < *min - 1e-9) {
                each = false;
                break;
            }
        }
        if (!each) continue;
        return &lv;
    }
    return nullptr;
}

namespace {

void eraseAll(std::string &s, const std::string &what) {
    for (size_t p; (p = s.find(what)) != std::string::npos;)
        s.erase(p, what.size());
}

// The spelling of a rating reduced to what identifies it: "ระดับ B",
// "ผลการประเมิน: ผ่าน ดีเยี่ยม", "b" all reduce to their code.
std::string ratingKey(std::string_view text) {
    std::string s = thai::compact(text);
    eraseAll(s, "ผลการประเมิน");
    eraseAll(s, "อยู่ใน");
    eraseAll(s, "ระดับ");
    // ASCII only: trimming bytes of multi-byte punctuation could cut a Thai character.
    const std::string trim = ":-.()\"'";
    while (!s.empty() && trim.find(s.back()) != std::string::npos)
        s.pop_back();
    while (!s.empty() && trim.find(s.front()) != std::string::npos)
        s.erase(0, 1);
    for (char &c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

const RatingLevel *findLevel(const Framework &fw, const std::string &key) {
    if (key.empty()) return nullptr;
    for (const auto &lv : fw.ratings) {
        if (ratingKey(lv.code) == key || ratingKey(lv.labelTh) == key) return &lv;
        for (const auto &a : lv.aliases)
            if (ratingKey(a) == key) return &lv;
    }
    return nullptr;
}

const RatingLevel *findOther(const Framework &fw, const std::vector<const Framework *> &all,
                             const std::string &key) {
    for (const Framework *f : all) {
        if (!f || f->scheme == fw.scheme) continue;
        if (const RatingLevel *lv = findLevel(*f, key)) return lv;
    }
    return nullptr;
}

} // namespace

std::optional<RatingMatch> matchRating(const Framework &fw, const std::vector<const Framework *> &all,
                                       const std::string &text) {
    const std::string whole = ratingKey(text);
    if (const RatingLevel *lv = findLevel(fw, whole)) return RatingMatch{lv, false, {}};
    if (const RatingLevel *lv = findOther(fw, all, whole)) return RatingMatch{nullptr, true, lv->code};

    // Both schemes in one cell ("AA ผ่านดีเยี่ยม", seen in FY2568 reports): every
    // word must be a rating, otherwise this is a sentence, not a rating.
    const std::string norm = thai::normalize(text);
    RatingMatch m;
    bool any = false;
    size_t start = 0;
    while (start <= norm.size()) {
        size_t end = norm.find(' ', start);
        if (end == std::string::npos) end = norm.size();
        const std::string key = ratingKey(std::string_view(norm).substr(start, end - start));
        start = end + 1;
        if (key.empty()) continue;
        if (const RatingLevel *lv = findLevel(fw, key)) {
            if (m.level && m.level != lv) return std::nullopt; // two different levels: no single rating
            m.level = lv;
        } else if (const RatingLevel *o = findOther(fw, all, key)) {
            m.fromOtherScheme = true;
            m.otherSchemeCode = o->code;
        } else {
            return std::nullopt;
        }
        any = true;
    }
    if (!any) return std::nullopt;
    return m;
}

} // namespace ita
