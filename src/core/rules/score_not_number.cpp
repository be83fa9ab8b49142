// ITA003: a score cell that is not a number ("8O.5", "80,78,", "-").
#include "core/rules/rule_support.hpp"

#include "core/thai_text.hpp"

namespace ita::rules {

void scoreNotNumber(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = namesOf(ctx);
    for (const auto &t : ctx.facts.tables) {
        bool anyNumber = false;
        for (const auto &e : t.entries)
            anyNumber = anyNumber || e.score.has_value();
        for (const auto &e : t.entries) {
            if (e.score) continue;
            std::string text = thai::normalize(e.scoreText);
            // A table with no number at all is a blank form or a list of names, not a score table
            // with a typo; a single blank among numbers is a score left out.
            if (!anyNumber) continue;
            MessageArgs a(ctx);
            a.indicator(names, e.indicator).set("found", text).where("where", e.scoreAt);
            out.push_back(makeFinding(msg::code::ScoreNotNumber, Severity::Error, e.indicator,
                                      {e.scoreAt, e.nameAt}, "", text, a));
        }
    }
}

} // namespace ita::rules
