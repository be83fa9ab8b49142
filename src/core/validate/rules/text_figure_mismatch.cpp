// ITA011: a figure written beside an indicator's name in the text differs from the
// table's score for that indicator.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <algorithm>

namespace ita::rules {

namespace {

constexpr FindingText kTextFigureMismatch{
    "ITA011", Severity::Error,
    "ข้อความ ({where}) ระบุคะแนนตัวชี้วัดที่ {indicator} {name} เป็น {found} แต่ในตาราง ({table}) "
    "เป็น {expected}{swapped, select, yes { ตัวเลขอาจสลับหลัก} other {}}",
    "The text at {where} gives {found} for indicator {indicator} ({name}), but the table ({table}) "
    "has {expected}.{swapped, select, yes { The digits may be transposed.} other {}}"};

std::string digitsOf(double v) {
    std::string s = fixed2(v, false), d;
    for (char c : s)
        if (c >= '0' && c <= '9') d += c;
    return d;
}

// 87.50 written as 85.70: the same digits in another order, a typing slip.
bool sameDigits(double a, double b) {
    std::string x = digitsOf(a), y = digitsOf(b);
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (ctx.facts().textFigures.empty() || ctx.facts().tables.empty()) return;
    const ScoreTable *primary = ctx.referenceTable();
    const Framework *names = ctx.names();
    for (const auto &f : ctx.facts().textFigures) {
        // The table to compare with: the primary, else any table listing the indicator once.
        const ScoreEntry *ref = primary ? entryOf(*primary, f.indicator) : nullptr;
        for (size_t i = 0; !ref && i < ctx.facts().tables.size(); ++i)
            ref = entryOf(ctx.facts().tables[i], f.indicator);
        if (!ref || !ref->score || *ref->score < 0 || *ref->score > 100) continue;
        // In a sentence comparing years the reader keeps the latest year's figure only.
        if (same2(f.value, *ref->score)) continue;
        // Agreeing with some table (the cross-table rule reports the tables) or with
        // last year's column (the text speaks of last year) is no new error.
        bool matchesSomething = false;
        for (const auto &t : ctx.facts().tables)
            for (const auto &e : t.entries) {
                if (e.indicator != f.indicator) continue;
                matchesSomething = matchesSomething || (e.score && same2(*e.score, f.value)) ||
                                   (e.previous && same2(*e.previous, f.value));
            }
        if (matchesSomething) continue;
        std::string found = fixed2Like(f.value, f.valueText);
        std::string expected = fixed2Like(*ref->score, f.valueText);
        MessageArgs a(ctx);
        a.indicator(names, f.indicator)
            .set("found", found)
            .set("expected", expected)
            .where("where", f.at)
            .where("table", ref->scoreAt)
            .set("swapped", sameDigits(f.value, *ref->score) ? "yes" : "other");
        out.push_back(makeFinding(kTextFigureMismatch, f.indicator, {f.at, ref->scoreAt, ref->nameAt},
                                  expected, found, a));
    }
}

} // namespace

extern constexpr Rule textFigureMismatch{"text_figure_mismatch", {&kTextFigureMismatch}, check};

} // namespace ita::rules
