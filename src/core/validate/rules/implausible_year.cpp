// ITA009: a fiscal year no ITA document can be about: a Christian-Era year (2022) or a
// typing slip (2656 for 2565). Suggests the likely year.
#include "core/validate/rules/finding_builder.hpp"

#include "core/model/fiscal_year.hpp"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace ita::rules {

namespace {

constexpr FindingText kImplausibleYear{"ITA009", Severity::Error,
                                       "ปีงบประมาณ {found} ไม่น่าจะถูกต้อง{kind, select, "
                                       "ce { เนื่องจากเป็นปี ค.ศ. น่าจะหมายถึง พ.ศ. {suggestion}} "
                                       "typo { อาจพิมพ์ผิด น่าจะหมายถึง พ.ศ. {suggestion}} "
                                       "other { กรุณาตรวจสอบปีงบประมาณ}}",
                                       "The fiscal year {found} is implausible{kind, select, "
                                       "ce {: it is a CE year; BE {suggestion} is probably meant.} "
                                       "typo {: probably a typo for {suggestion}.} "
                                       "other {. Check the fiscal year.}}"};

struct Candidate {
    int year;
    bool valueSwap; // two digit values exchanged everywhere (2656 -> 2565)
};

std::vector<Candidate> typoCandidates(int y, int currentBE) {
    std::vector<Candidate> out;
    auto add = [&](int c, bool swap) {
        if (c == y || !plausibleFiscalYear(c, currentBE)) return;
        for (auto &o : out)
            if (o.year == c) {
                o.valueSwap = o.valueSwap || swap;
                return;
            }
        out.push_back({c, swap});
    };
    std::string d = std::to_string(y);
    if (d.size() != 4) return out;
    // Same digits in another order (2656 -> 2566)
    std::string p = d;
    std::sort(p.begin(), p.end());
    do {
        if (p[0] != '0') add(std::stoi(p), false);
    } while (std::next_permutation(p.begin(), p.end()));
    // Two digit values exchanged throughout (2656 -> 2565): the hand keeps the pattern,
    // swaps the keys.
    for (char a = '0'; a <= '9'; ++a)
        for (char b = static_cast<char>(a + 1); b <= '9'; ++b) {
            if (d.find(a) == std::string::npos || d.find(b) == std::string::npos) continue;
            std::string s = d;
            for (auto &c : s)
                c = c == a ? b : c == b ? a : c;
            if (s[0] != '0') add(std::stoi(s), true);
        }
    return out;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const auto &fy = ctx.facts().fiscalYear;
    if (!fy) return;
    const int y = fy->value;
    const int current = ctx.currentYearBE();
    if (plausibleFiscalYear(y, current)) return;

    std::string kind = "other";
    std::optional<int> suggestion;
    if (y >= 2007 && y <= 2035 && plausibleFiscalYear(y + 543, current)) {
        kind = "ce";
        suggestion = y + 543;
    } else {
        auto cands = typoCandidates(y, current);
        if (!cands.empty()) {
            // The document's other years tell which slip it was: a FY2566 plan names 2566
            // and the result of 2565 it builds on; a FY2565 report names 2564's result.
            auto mentioned = [&](int y) {
                for (const auto &o : ctx.facts().otherYears)
                    if (o.value == y) return true;
                return false;
            };
            auto support = [&](int c) { return (mentioned(c) ? 2 : 0) + (mentioned(c - 1) ? 1 : 0); };
            auto distance = [&](int c) {
                int best = INT_MAX;
                for (const auto &o : ctx.facts().otherYears)
                    if (plausibleFiscalYear(o.value, current)) best = std::min(best, std::abs(o.value - c));
                return best;
            };
            auto better = [&](const Candidate &a, const Candidate &b) {
                int sa = support(a.year), sb = support(b.year);
                if (sa != sb) return sa > sb;
                int da = distance(a.year), db = distance(b.year);
                if (da != db) return da < db;
                if (a.valueSwap != b.valueSwap) return a.valueSwap;
                return std::abs(a.year - current) < std::abs(b.year - current);
            };
            suggestion = std::min_element(cands.begin(), cands.end(), better)->year;
            kind = "typo";
        }
    }
    std::string found = integerLike(y, fy->text);
    std::string sug = suggestion ? integerLike(*suggestion, fy->text) : "";
    MessageArgs a(ctx);
    a.set("found", found).set("suggestion", sug).set("kind", kind);
    out.push_back(makeFinding(kImplausibleYear, std::nullopt, {fy->at}, sug, found, a));
}

} // namespace

extern constexpr Rule implausibleYear{"implausible_year", {&kImplausibleYear}, check};

} // namespace ita::rules
