// ITA011: a figure written beside an indicator's name in the text differs from the
// table's score for that indicator.
#include "core/rules/rule_support.hpp"

#include "core/thai_text.hpp"

#include <algorithm>

namespace ita::rules {

namespace {

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

} // namespace

void textFigureMismatch(const RuleContext &ctx, std::vector<Finding> &out) {
    if (ctx.facts.textFigures.empty() || ctx.facts.tables.empty()) return;
    const ScoreTable *primary = referenceTable(ctx);
    const Framework *names = namesOf(ctx);
    // A sentence that names two years compares them ("ปี ๒๕๖๓ ได้ ๘๐.๐๐ ปี ๒๕๖๔ ได้ ๙๐.๕๐"):
    // which year a figure belongs to is not known, so it is not judged.
    auto comparesYears = [&](const Location &at) {
        const std::string *text = nullptr;
        if (at.isParagraph()) {
            for (const auto &p : ctx.doc.paragraphs)
                if (p.index == at.paragraph) text = &p.text;
        } else {
            for (const auto &g : ctx.doc.grids)
                if (g.index == at.grid && g.kind == at.kind)
                    if (const Cell *c = g.at(at.row, at.col)) text = &c->text;
        }
        if (!text) return false;
        std::string arabic = thai::toArabicDigits(*text);
        std::vector<int> years;
        for (size_t i = 0; i < arabic.size();) {
            size_t j = i;
            while (j < arabic.size() && arabic[j] >= '0' && arabic[j] <= '9')
                ++j;
            if (j == i) {
                ++i;
                continue;
            }
            bool decimal = (i > 0 && arabic[i - 1] == '.') ||
                           (j < arabic.size() && arabic[j] == '.' && j + 1 < arabic.size() &&
                            arabic[j + 1] >= '0' && arabic[j + 1] <= '9');
            if (j - i == 4 && !decimal) {
                int y = std::stoi(arabic.substr(i, 4));
                if (y >= 2500 && y <= 2700 && std::find(years.begin(), years.end(), y) == years.end())
                    years.push_back(y);
            }
            i = j;
        }
        return years.size() >= 2;
    };
    for (const auto &f : ctx.facts.textFigures) {
        // The table to compare with: the primary, else any table listing the indicator once.
        const ScoreEntry *ref = primary ? entryOf(*primary, f.indicator) : nullptr;
        for (size_t i = 0; !ref && i < ctx.facts.tables.size(); ++i)
            ref = entryOf(ctx.facts.tables[i], f.indicator);
        if (!ref || !ref->score || *ref->score < 0 || *ref->score > 100) continue;
        if (same2(f.value, *ref->score) || comparesYears(f.at)) continue;
        // Agreeing with some table (the cross-table rule reports the tables) or with
        // last year's column (the text speaks of last year) is no new error.
        bool matchesSomething = false;
        for (const auto &t : ctx.facts.tables)
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
        out.push_back(makeFinding(msg::code::TextFigureMismatch, Severity::Error, f.indicator,
                                  {f.at, ref->scoreAt, ref->nameAt}, expected, found, a));
    }
}

} // namespace ita::rules
