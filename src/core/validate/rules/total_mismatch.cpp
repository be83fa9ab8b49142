// ITA006: a stated total that the indicator scores do not reproduce.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <cmath>

namespace ita::rules {

namespace {

constexpr FindingText kTotalMismatch{
    "ITA006", Severity::Error,
    "คะแนนรวม {found} ({where}) ไม่ตรงกับคะแนนที่คำนวณจากคะแนนรายตัวชี้วัดตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
    "ซึ่งได้ {expected} ต่างกัน {difference} (ยอมรับความคลาดเคลื่อนได้ไม่เกิน {tolerance}) "
    "กรุณาตรวจสอบคะแนนรวมหรือคะแนนรายตัวชี้วัด",
    "The stated total {found} ({where}) does not match the total recomputed from the indicator scores "
    "under the FY{year} framework, {expected}: a difference of {difference} (tolerance {tolerance}). "
    "Check the total or the indicator scores."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw() || ctx.facts().statedTotals.empty()) return;
    const Framework &fw = *ctx.fw();
    const double tol = ctx.tolerance();
    const ScoreTable *primary = ctx.referenceTable();
    std::optional<double> total;
    if (primary) total = weightedTotal(fw, usableScores(*primary));

    // Totals that some other set of scores in the document reproduces: another table's
    // (the disagreement is between tables, and the cross-table rule names the cells) or
    // last year's column.
    std::vector<double> explained;
    bool explainedKnown = false; // computed at the first mismatch only

    for (const auto &st : ctx.facts().statedTotals) {
        // In the previous-year column of a two-year table the total is last year's.
        std::optional<double> expectedTotal = total;
        int year = ctx.fiscalYear().value_or(fw.fiscalYear);
        bool lastYear = false;
        if (const ScoreTable *t = previousColumnTable(ctx, st.at)) {
            lastYear = true;
            const Framework *prev = ctx.fiscalYear() ? ctx.registry().find(*ctx.fiscalYear() - 1) : nullptr;
            expectedTotal = weightedTotal(prev ? *prev : fw, previousScores(*t));
            year -= 1;
        }
        if (!expectedTotal) continue;
        double diff = std::fabs(st.value - *expectedTotal);
        if (diff <= tol + 1e-9) continue;
        if (!lastYear) {
            if (!explainedKnown) {
                explainedKnown = true;
                for (const auto &t : ctx.facts().tables) {
                    if (auto o = weightedTotal(fw, usableScores(t))) explained.push_back(*o);
                    if (auto p = weightedTotal(fw, previousScores(t))) explained.push_back(*p);
                }
            }
            bool other = false;
            for (double e : explained)
                other = other || std::fabs(st.value - e) <= tol + 1e-9;
            if (other) continue;
        }
        std::string found = fixed2Like(st.value, st.text);
        std::string expected = fixed2Like(round2(*expectedTotal), st.text);
        MessageArgs a(ctx);
        a.set("found", found)
            .set("expected", expected)
            .set("difference", fixed2Like(std::fabs(st.value - round2(*expectedTotal)), st.text))
            .set("tolerance", fixed2Like(tol, st.text))
            .number("year", year)
            .where("where", st.at);
        out.push_back(makeFinding(kTotalMismatch, std::nullopt, {st.at}, expected, found, a));
    }
}

} // namespace

extern constexpr Rule totalMismatch{"total_mismatch", {&kTotalMismatch}, check};

} // namespace ita::rules
