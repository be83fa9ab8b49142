// ITA028: "the indicator whose score rose (fell) the most is …" naming one that did not;
// ITA029: "… เพิ่มขึ้น ๒.๕๐ คะแนน" where the years' columns give another change. Both judged on
// the table that gives this year's and last year's scores side by side.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

namespace ita::rules {

namespace {

constexpr FindingText kChangeClaimWrong{
    "ITA028", Severity::Error,
    "ข้อความระบุว่าตัวชี้วัดที่ได้คะแนน{kind, select, decrease {ลดลง} other {เพิ่มขึ้น}}มากที่สุดคือ {found} "
    "(เปลี่ยนแปลง {foundChange} คะแนน) แต่ตามตาราง ({table}) คือ {expected} ซึ่งเปลี่ยนแปลง {change} คะแนน "
    "(จาก {previous} เป็น {score}) ({where})",
    "The text names {found} (a change of {foundChange}) as the indicator whose score "
    "{kind, select, decrease {fell} other {rose}} the most, but by the table ({table}) it is {expected}, "
    "with {change} (from {previous} to {score}) ({where})."};

constexpr FindingText kChangeFigureMismatch{
    "ITA029", Severity::Error,
    "ข้อความ ({where}) ระบุว่าคะแนนตัวชี้วัดที่ {indicator} {name} เปลี่ยนแปลง {found} คะแนน "
    "แต่ตามตาราง ({table}) เปลี่ยนแปลง {expected} คะแนน (จาก {previous} เป็น {score})",
    "The text at {where} gives a change of {found} for indicator {indicator} ({name}), but the table "
    "({table}) gives {expected} (from {previous} to {score})."};

// The first two-year table with at least two indicators scored in both years.
const ScoreTable *twoYearTable(const RuleContext &ctx) {
    for (const auto &t : ctx.facts().tables) {
        if (!t.previousCol) continue;
        int both = 0;
        for (const auto &e : t.entries)
            both += e.score && e.previous ? 1 : 0;
        if (both >= 2) return &t;
    }
    return nullptr;
}

long cents(double v) {
    return std::lround(round2(v) * 100);
}

std::string signedFixed2(double v, bool thai) {
    return (v > 0 ? "+" : v < 0 ? "-" : "") + fixed2(std::fabs(v), thai);
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (ctx.facts().changeFigures.empty() &&
        std::none_of(ctx.facts().extremeClaims.begin(), ctx.facts().extremeClaims.end(),
                     [](const ExtremeClaim &c) { return c.change != 0; }))
        return;
    const Framework *names = ctx.names();
    const ScoreTable *t = twoYearTable(ctx);
    if (!names || !t) return;
    std::map<int, const ScoreEntry *> rows;
    std::map<int, long> diff; // cents
    for (const auto &e : t->entries)
        if (e.score && e.previous && entryOf(*t, e.indicator) == &e) {
            rows[e.indicator] = &e;
            diff[e.indicator] = cents(*e.score) - cents(*e.previous);
        }
    if (diff.empty()) return;
    const Location tableAt = t->entries.front().scoreAt;

    for (const auto &c : ctx.facts().extremeClaims) {
        if (!c.change || !c.highest) continue;
        long best = c.change > 0 ? LONG_MIN : LONG_MAX;
        for (const auto &[n, d] : diff)
            best = c.change > 0 ? std::max(best, d) : std::min(best, d);
        auto it = diff.find(c.indicator);
        if (it != diff.end() && it->second == best) continue;
        std::string expTh, expEn;
        int first = 0;
        for (const auto &[n, d] : diff) {
            if (d != best) continue;
            if (!first) first = n;
            expTh += (expTh.empty() ? "" : ", ") + nameTh(names, n);
            expEn += (expEn.empty() ? "" : ", ") + nameEn(names, n);
        }
        MessageArgs a(ctx);
        const ScoreEntry &e = *rows.at(first);
        a.set("kind", c.change > 0 ? "increase" : "decrease")
            .set("found", nameTh(names, c.indicator), nameEn(names, c.indicator))
            .set("expected", expTh, expEn)
            .set("change", signedFixed2(best / 100.0, a.thaiDigits), signedFixed2(best / 100.0, false))
            .set("previous", fixed2(*e.previous, a.thaiDigits), fixed2(*e.previous, false))
            .set("score", fixed2(*e.score, a.thaiDigits), fixed2(*e.score, false))
            .set("foundChange", it == diff.end() ? "-" : signedFixed2(it->second / 100.0, a.thaiDigits),
                 it == diff.end() ? "-" : signedFixed2(it->second / 100.0, false))
            .where("where", c.at)
            .where("table", tableAt);
        std::vector<Location> at{c.at, e.scoreAt};
        if (e.previousAt) at.push_back(*e.previousAt);
        out.push_back(
            makeFinding(kChangeClaimWrong, c.indicator, std::move(at), expTh, nameTh(names, c.indicator), a));
    }

    for (const auto &cf : ctx.facts().changeFigures) {
        auto it = diff.find(cf.indicator);
        if (it == diff.end() || cents(cf.value) == it->second) continue;
        const ScoreEntry &e = *rows.at(cf.indicator);
        const bool thai = writesThai(cf.valueText);
        const std::string found = signedFixed2(cf.value, thai),
                          expected = signedFixed2(it->second / 100.0, thai);
        MessageArgs a(ctx);
        a.indicator(names, cf.indicator)
            .set("found", found)
            .set("expected", expected)
            .set("previous", fixed2(*e.previous, thai), fixed2(*e.previous, false))
            .set("score", fixed2(*e.score, thai), fixed2(*e.score, false))
            .where("where", cf.at)
            .where("table", e.scoreAt);
        std::vector<Location> at{cf.at, e.scoreAt};
        if (e.previousAt) at.push_back(*e.previousAt);
        out.push_back(makeFinding(kChangeFigureMismatch, cf.indicator, std::move(at), expected, found, a));
    }
}

} // namespace

extern constexpr Rule changeClaimWrong{
    "change_claim_wrong", {&kChangeClaimWrong, &kChangeFigureMismatch}, check};

} // namespace ita::rules
