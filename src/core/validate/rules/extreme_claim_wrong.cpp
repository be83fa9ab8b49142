// ITA013: "the highest (lowest) indicator is ..." naming one that is not. A claim naming
// any of several tied indicators is right.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <climits>
#include <cmath>

namespace ita::rules {

namespace {

constexpr FindingText kExtremeClaimWrong{
    "ITA013", Severity::Error,
    "ข้อความระบุว่าตัวชี้วัดที่ได้คะแนน{kind, select, highest {สูงสุด} lowest {ต่ำสุด} other {สูงสุดหรือต่ำสุด}}"
    "คือ {found} แต่ตามตารางคะแนนคือ {expected} ({where})",
    "The text names {found} as the {kind, select, highest {highest} lowest {lowest} other {highest or "
    "lowest}}"
    "-scoring indicator, but by the score table it is {expected} ({where})."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (ctx.facts().extremeClaims.empty()) return;
    const Framework *names = ctx.names();
    const ScoreTable *ref = ctx.referenceTable();
    if (!ref || !names) return;
    Scores s = usableScores(*ref);
    // Only a full list shows which indicator is the highest.
    if (!isComplete(s, ctx.fw() ? *ctx.fw() : *names)) return;
    long hi = LONG_MIN, lo = LONG_MAX;
    for (const auto &[n, v] : s) {
        long k = std::lround(round2(v) * 100);
        hi = std::max(hi, k);
        lo = std::min(lo, k);
    }
    for (const auto &c : ctx.facts().extremeClaims) {
        if (c.change) continue; // a claim about the change from last year: ITA028
        long want = c.highest ? hi : lo;
        auto it = s.find(c.indicator);
        if (it == s.end() || std::lround(round2(it->second) * 100) == want) continue;
        std::string expTh, expEn;
        for (const auto &[n, v] : s) {
            if (std::lround(round2(v) * 100) != want) continue;
            expTh += (expTh.empty() ? "" : ", ") + nameTh(names, n);
            expEn += (expEn.empty() ? "" : ", ") + nameEn(names, n);
        }
        MessageArgs a(ctx);
        a.set("kind", c.highest ? "highest" : "lowest")
            .set("found", nameTh(names, c.indicator), nameEn(names, c.indicator))
            .set("expected", expTh, expEn)
            .where("where", c.at);
        std::vector<Location> at{c.at};
        if (const ScoreEntry *e = entryOf(*ref, c.indicator)) at.push_back(e->scoreAt);
        out.push_back(makeFinding(kExtremeClaimWrong, c.indicator, std::move(at), expTh,
                                  nameTh(names, c.indicator), a));
    }
}

} // namespace

extern constexpr Rule extremeClaimWrong{"extreme_claim_wrong", {&kExtremeClaimWrong}, check};

} // namespace ita::rules
