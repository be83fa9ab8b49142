// ITA004: a score outside 0-100, typically a slipped decimal point (805.0 for 80.50).
#include "core/validate/rules/rule_support.hpp"

namespace ita::rules {

void scoreOutOfRange(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = namesOf(ctx);
    for (const auto &t : ctx.facts.tables) {
        for (const auto &e : t.entries) {
            if (!e.score || (*e.score >= 0 && *e.score <= 100)) continue;
            std::string found = fixed2Like(*e.score, e.scoreText);
            std::string expected = writesThai(e.scoreText) ? "๐–๑๐๐" : "0–100";
            MessageArgs a(ctx);
            a.indicator(names, e.indicator).set("found", found).where("where", e.scoreAt);
            out.push_back(makeFinding(msg::code::ScoreOutOfRange, Severity::Error, e.indicator,
                                      {e.scoreAt, e.nameAt}, expected, found, a));
        }
    }
}

} // namespace ita::rules
