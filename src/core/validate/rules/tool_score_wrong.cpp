// ITA035: a stated tool score (IIT, EIT, OIT) that is not the mean of its indicators' scores in
// the document's score table. A copy error there changes no total the indicator rules check, so
// it went unreported. A tool score equal to the mean of any complete set of scores in the
// document (last year's column, another year's table) is left alone: it is that set's; so is
// the tool's weighted part of the total.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace ita::rules {

namespace {

constexpr FindingText kToolScoreWrong{
    "ITA035", Severity::Error,
    "คะแนน {tool} {found} ({where}) ไม่ตรงกับค่าเฉลี่ยของคะแนนตัวชี้วัดของเครื่องมือนี้ในตารางคะแนน "
    "(ตัวชี้วัดที่ {indicators}) ซึ่งได้ {expected} กรุณาตรวจสอบคะแนนรายเครื่องมือหรือคะแนนรายตัวชี้วัด",
    "The {tool} score {found} ({where}) is not the mean of its indicators' scores in the score table "
    "(indicators {indicators}): {expected}. Check the tool score or the indicator scores."};

// Every complete set of scores the document states: each table's column and last year's.
std::vector<Scores> scoreSets(const RuleContext &ctx, const Framework &fw) {
    std::vector<Scores> sets;
    for (const auto &t : ctx.facts().tables) {
        Scores now = usableScores(t), before;
        for (const auto &e : t.entries)
            if (e.previous) before[e.indicator] = *e.previous;
        for (Scores *s : {&now, &before})
            if (isComplete(*s, fw)) sets.push_back(std::move(*s));
    }
    return sets;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *fw = ctx.fw();
    const ScoreTable *ref = ctx.referenceTable();
    if (!fw || !ref || ctx.facts().toolScores.empty()) return;
    const Scores s = usableScores(*ref);
    if (!isComplete(s, *fw)) return;
    const auto means = toolScores(*fw, s);
    const std::vector<Scores> sets = scoreSets(ctx, *fw);
    const double tol = ctx.tolerance();
    for (const ToolScore &t : ctx.facts().toolScores) {
        auto mean = means.find(t.tool);
        if (mean == means.end() || std::fabs(t.value - mean->second) <= tol + 1e-9) continue;
        // The tool's weighted part of the total ("IIT | 26.80" under "คะแนนถ่วงน้ำหนัก") is no score.
        bool weighted = false;
        for (const auto &tool : fw->tools)
            weighted = weighted ||
                       (tool.code == t.tool && std::fabs(t.value - tool.weight * mean->second) <= tol + 1e-9);
        if (weighted) continue;
        bool other = false; // another set's tool score
        for (const Scores &set : sets) {
            const auto m = toolScores(*fw, set);
            auto it = m.find(t.tool);
            other = other || (it != m.end() && std::fabs(t.value - it->second) <= tol + 1e-9);
        }
        if (other) continue;
        std::string list, listEn;
        for (const auto &tool : fw->tools)
            if (tool.code == t.tool)
                for (int n : tool.indicators) {
                    const std::string number = std::to_string(n);
                    list += (list.empty() ? "" : ", ") +
                            (writesThai(t.text) ? thai::toThaiDigits(number) : number);
                    listEn += (listEn.empty() ? "" : ", ") + number;
                }
        const std::string found = fixed2Like(t.value, t.text);
        const std::string expected = fixed2Like(round2(mean->second), t.text);
        MessageArgs a(ctx);
        a.set("tool", t.tool)
            .set("found", found)
            .set("expected", expected)
            .set("indicators", list, listEn)
            .where("where", t.at);
        out.push_back(makeFinding(kToolScoreWrong, std::nullopt, {t.at}, expected, found, a));
    }
}

} // namespace

extern constexpr Rule toolScoreWrong{"tool_score_wrong", {&kToolScoreWrong}, check};

} // namespace ita::rules
