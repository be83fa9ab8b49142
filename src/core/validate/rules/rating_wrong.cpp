// ITA007: a stated rating that the year's scheme does not give for this total.
// ITA008: a rating from the other scheme (a letter grade from FY2566 on, or the reverse)
// that is right in its own scheme: a warning, the clerk kept the old wording.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include "core/text/thai_text.hpp"

#include <algorithm>
#include <map>

namespace ita::rules {

namespace {

constexpr FindingText kRatingWrong{
    "ITA007", Severity::Error,
    "ระดับผลการประเมิน {found} ไม่ถูกต้อง คะแนนรวม {total} ตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
    "ต้องได้ระดับ {expected} ({where})",
    "The rating {found} is wrong: under the FY{year} scheme a total of {total} is rated {expected} "
    "({where})."};

constexpr FindingText kRatingOtherScheme{
    "ITA008", Severity::Warning,
    "ระดับผลการประเมิน {found} เป็นระดับตามเกณฑ์ของปีอื่น เกณฑ์ปีงบประมาณ พ.ศ. {year} "
    "ให้ระดับ {expected} ({where})",
    "The rating {found} comes from another year''s scheme; under the FY{year} scheme it is {expected} "
    "({where})."};

using ToolMap = std::map<std::string, double>;

// Levels the scheme may give for this total. Without tool scores a level that also
// needs every tool above a bar cannot be ruled in or out, so it and the levels below
// it down to the first that needs the total alone all remain possible.
std::vector<const RatingLevel *> possibleLevels(const Framework &fw, double total, const ToolMap *tools) {
    if (tools) {
        const RatingLevel *r = rate(fw, total, *tools);
        return r ? std::vector<const RatingLevel *>{r} : std::vector<const RatingLevel *>{};
    }
    std::vector<const RatingLevel *> out;
    double t = round2(total);
    for (const auto &l : fw.ratings) {
        if (t + 1e-9 < l.minTotal) continue;
        out.push_back(&l);
        if (!l.minEachTool) break;
    }
    return out;
}

struct Basis {
    std::vector<double> totals; // computed first, then the stated ones
    std::optional<ToolMap> tools;
    bool computed = false;
};

bool accepted(const Framework &fw, const Basis &b, const std::string &code) {
    for (double t : b.totals)
        for (const RatingLevel *l : possibleLevels(fw, t, b.tools ? &*b.tools : nullptr))
            if (l->code == code) return true;
    return false;
}

std::string expectedLabel(const Framework &fw, const Basis &b) {
    if (b.totals.empty()) return "";
    std::string s;
    for (const RatingLevel *l : possibleLevels(fw, b.totals.front(), b.tools ? &*b.tools : nullptr))
        s += (s.empty() ? "" : " / ") + l->labelTh;
    return s;
}

// The framework of the other scheme that knows this code, nearest in years to fw.
const Framework *otherSchemeFramework(const RuleContext &ctx, const Framework &fw, const std::string &code) {
    const Framework *best = nullptr;
    for (int y : ctx.registry().years()) {
        const Framework *f = ctx.registry().find(y);
        if (!f || f->scheme == fw.scheme) continue;
        bool knows = std::any_of(f->ratings.begin(), f->ratings.end(),
                                 [&](const RatingLevel &l) { return l.code == code; });
        if (!knows) continue;
        if (!best || std::abs(y - fw.fiscalYear) < std::abs(best->fiscalYear - fw.fiscalYear)) best = f;
    }
    return best;
}

std::pair<int, int> rowKey(const Location &l) {
    return l.isParagraph() ? std::make_pair(-1, l.paragraph) : std::make_pair(l.grid, l.row);
}

void judgePreviousYear(const RuleContext &ctx, const ScoreTable &t, const Stated<std::string> &r,
                       const std::vector<const Framework *> &all, std::vector<Finding> &out) {
    const int year = *ctx.fiscalYear() - 1;
    const Framework *fw = ctx.registry().find(year);
    if (!fw) return;
    Scores s = previousScores(t);
    auto total = weightedTotal(*fw, s);
    if (!total) return;
    Basis b;
    b.totals.push_back(*total);
    b.tools = toolScores(*fw, s);
    b.computed = true;
    auto m = matchRating(*fw, all, r.value);
    if (!m || !m->level || accepted(*fw, b, m->level->code)) return;
    std::string expected = expectedLabel(*fw, b);
    const ScoreEntry &first = t.entries.front();
    MessageArgs a(ctx);
    a.set("found", r.value)
        .set("expected", expected)
        .set("total", fixed2Like(round2(*total), first.scoreText))
        .number("year", year)
        .where("where", r.at);
    out.push_back(makeFinding(kRatingWrong, std::nullopt, {r.at}, expected, r.value, a));
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    // The scheme depends on the year: no year, no judgement.
    if (!ctx.fw() || !ctx.fiscalYear() || ctx.facts().statedRatings.empty()) return;
    const Framework &fw = *ctx.fw();

    Basis basis;
    std::string digitsLike;
    if (const ScoreTable *p = ctx.referenceTable()) {
        Scores s = usableScores(*p);
        if (auto t = weightedTotal(fw, s)) {
            basis.totals.push_back(*t);
            basis.tools = toolScores(fw, s);
            basis.computed = true;
            if (!p->entries.empty()) digitsLike = p->entries.front().scoreText;
        }
    }
    for (const auto &st : ctx.facts().statedTotals) {
        if (previousColumnTable(ctx, st.at)) continue; // last year's total
        basis.totals.push_back(st.value);
        if (digitsLike.empty() || !basis.computed) digitsLike = st.text;
    }
    if (basis.totals.empty()) return;

    std::vector<const Framework *> all;
    for (int y : ctx.registry().years())
        if (const Framework *f = ctx.registry().find(y)) all.push_back(f);

    struct Judged {
        const Stated<std::string> *stated;
        std::optional<RatingMatch> match;
        bool ok = false;
    };
    std::vector<Judged> judged;
    for (const auto &r : ctx.facts().statedRatings) {
        if (const ScoreTable *t = previousColumnTable(ctx, r.at)) {
            judgePreviousYear(ctx, *t, r, all, out);
            continue;
        }
        // The common case, the exact label of a level the total allows, needs no matching.
        const RatingLevel *exact = nullptr;
        for (const auto &l : fw.ratings)
            if (r.value == l.labelTh || r.value == l.code) exact = &l;
        if (exact && accepted(fw, basis, exact->code)) {
            judged.push_back(Judged{&r, RatingMatch{exact, false, {}}, true});
            continue;
        }
        Judged j{&r, matchRating(fw, all, r.value)};
        if (j.match && j.match->level) {
            j.ok = accepted(fw, basis, j.match->level->code);
            // "ผ่านการประเมิน" says the agency passed, not which pass level: right for any
            // total that reaches the level it names.
            if (!j.ok && !j.match->level->minEachTool &&
                thai::compact(r.value).find("ผ่านการประเมิน") != std::string::npos)
                for (double t : basis.totals)
                    j.ok = j.ok || round2(t) + 1e-9 >= j.match->level->minTotal;
        }
        judged.push_back(std::move(j));
    }

    // An analysis of last year's result (FY-1, stated in the document) may carry
    // last year's scheme when the scheme changed between the two years.
    const Framework *previous = nullptr;
    for (const auto &y : ctx.facts().otherYears)
        if (y.value == *ctx.fiscalYear() - 1) previous = ctx.registry().find(y.value);

    std::string expected, totalText; // formatted for findings only
    auto args = [&](const Stated<std::string> &r) {
        if (expected.empty()) {
            expected = expectedLabel(fw, basis);
            totalText = fixed2Like(round2(basis.totals.front()), digitsLike);
        }
        MessageArgs a(ctx);
        a.set("found", r.value)
            .set("expected", expected)
            .set("total", totalText)
            .number("year", *ctx.fiscalYear());
        a.where("where", r.at);
        return a;
    };

    auto wrongLevel = [](const Judged &j) { return j.match && j.match->level && !j.ok; };
    for (const auto &j : judged) {
        if (!j.match) continue;
        const Stated<std::string> &r = *j.stated;
        if (wrongLevel(j)) {
            const MessageArgs a = args(r);
            out.push_back(makeFinding(kRatingWrong, std::nullopt, {r.at}, expected, r.value, a));
            continue;
        }
        if (!j.match->fromOtherScheme) continue;
        const std::string &code = j.match->otherSchemeCode;
        if (previous && previous->scheme != fw.scheme && accepted(*previous, basis, code)) continue;
        // Beside a wrong rating of this year's scheme, that error is the finding.
        bool besideWrong = std::any_of(judged.begin(), judged.end(), [&](const Judged &o) {
            return &o != &j && wrongLevel(o) && rowKey(o.stated->at) == rowKey(r.at);
        });
        if (besideWrong) continue;
        // With the right rating of this year's scheme in the same cell, row or sentence
        // ("๙๙.๘๕ AA ผ่านดีเยี่ยม") the old grade is only a leftover: a warning.
        bool besideRight =
            j.match->level != nullptr || std::any_of(judged.begin(), judged.end(), [&](const Judged &o) {
                return &o != &j && o.match && o.match->level && o.ok && rowKey(o.stated->at) == rowKey(r.at);
            });
        const Framework *other = otherSchemeFramework(ctx, fw, code);
        bool rightInItsScheme = !other || accepted(*other, basis, code);
        if (!besideRight && !rightInItsScheme) {
            const MessageArgs a = args(r);
            out.push_back(makeFinding(kRatingWrong, std::nullopt, {r.at}, expected, r.value, a));
            continue;
        }
        const MessageArgs a = args(r);
        out.push_back(makeFinding(kRatingOtherScheme, std::nullopt, {r.at}, expected, r.value, a));
    }
}

} // namespace

extern constexpr Rule ratingWrong{"rating", {&kRatingWrong, &kRatingOtherScheme}, check};

} // namespace ita::rules
