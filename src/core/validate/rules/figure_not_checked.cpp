// ITA024: a stated total (or rating) that nothing in the document lets us recompute. Said once,
// and only when no other finding already tells why (a missing, duplicated or unreadable score,
// no score table, no framework or no year): "ok" must mean the figures were checked.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <algorithm>
#include <cmath>

namespace ita::rules {

namespace {

constexpr FindingText kFigureNotChecked{
    "ITA024", Severity::Warning,
    "{what, select, rating {ระดับผลการประเมิน} other {คะแนนรวม}} {found} ({where}) ตรวจสอบไม่ได้ "
    "เพราะ{reason, select, "
    "partial {อ่านคะแนนได้เพียง {read} จาก {count} ตัวชี้วัด} "
    "total {ไม่มีคะแนนรวมที่คำนวณหรือระบุไว้ให้เทียบ} "
    "other {ไม่พบคะแนนรายตัวชี้วัดหรือคะแนนรายเครื่องมือ}} "
    "กรุณาใส่คะแนนรายตัวชี้วัดครบทุกตัวเพื่อให้ตรวจสอบได้",
    "The stated {what, select, rating {rating} other {total}} {found} ({where}) could not be checked: "
    "{reason, select, "
    "partial {only {read} of the {count} indicator scores were read} "
    "total {there is no computed or stated total to judge it by} "
    "other {no indicator scores or tool scores were found}}. "
    "Give every indicator''s score so that it can be checked."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw()) return; // ITA015 or ITA016 says why
    // A missing, duplicated or unreadable score, no score table, no framework or no year.
    static const char *const explained[] = {"ITA001", "ITA002", "ITA003", "ITA004", "ITA015",
                                            "ITA016", "ITA017", "ITA018", "ITA019", "ITA023"};
    for (const auto &f : out)
        for (const char *c : explained)
            if (f.code == c) return;

    std::vector<const Stated<double> *> totals;
    for (const auto &st : ctx.facts().statedTotals)
        if (!previousColumnTable(ctx, st.at)) totals.push_back(&st);
    std::vector<const Stated<std::string> *> ratings;
    for (const auto &sr : ctx.facts().statedRatings)
        if (!previousColumnTable(ctx, sr.at)) ratings.push_back(&sr);
    if (totals.empty() && (ratings.empty() || !ctx.fiscalYear())) return;

    const ScoreTable *ref = ctx.referenceTable();
    const Scores s = ref ? usableScores(*ref) : Scores{};
    if (weightedTotal(*ctx.fw(), s)) return;
    if (toolScoreTotal(ctx)) return; // recomputed from the tool scores (ITA026)
    // One table per tool ("ตัวชี้วัด (IIT) | คะแนน" ...): together they give every score.
    Scores all;
    bool clash = false;
    for (const auto &t : ctx.facts().tables)
        for (const auto &[n, v] : usableScores(t)) {
            auto [it, added] = all.emplace(n, v);
            clash = clash || (!added && !same2(it->second, v));
        }
    if (!clash && !totals.empty())
        if (auto total = weightedTotal(*ctx.fw(), all)) {
            const double tol = ctx.tolerance();
            for (const auto *st : totals) {
                if (std::fabs(st->value - *total) <= tol + 1e-9) continue;
                const std::string found = fixed2Like(st->value, st->text);
                const std::string expected = fixed2Like(round2(*total), st->text);
                MessageArgs a(ctx);
                a.set("found", found)
                    .set("expected", expected)
                    .set("difference", fixed2Like(std::fabs(st->value - round2(*total)), st->text))
                    .set("tolerance", fixed2Like(tol, st->text))
                    .number("year", ctx.fiscalYear().value_or(ctx.fw()->fiscalYear))
                    .where("where", st->at);
                out.push_back(
                    makeFinding(*findingText("ITA006"), std::nullopt, {st->at}, expected, found, a));
            }
            return;
        }

    MessageArgs a(ctx);
    a.set("reason", s.empty() ? (totals.empty() ? "total" : "none") : "partial")
        .number("read", static_cast<long>(s.size()))
        .number("count", static_cast<long>(ctx.fw()->indicators.size()));
    std::vector<Location> at;
    std::string found;
    if (!totals.empty()) {
        for (const auto *t : totals)
            at.push_back(t->at);
        found = totals.front()->text;
        a.set("what", "total");
    } else {
        for (const auto *r : ratings)
            at.push_back(r->at);
        found = ratings.front()->value;
        a.set("what", "rating");
    }
    a.set("found", found).where("where", at.front());
    out.push_back(makeFinding(kFigureNotChecked, std::nullopt, std::move(at), "", found, a));
}

} // namespace

extern constexpr Rule figureNotChecked{"figure_not_checked", {&kFigureNotChecked}, check};

} // namespace ita::rules
