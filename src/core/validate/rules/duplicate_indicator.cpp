// ITA002: one table names the same indicator twice (usually a name copied into the wrong row).
#include "core/validate/rules/rule_support.hpp"

#include <map>

namespace ita::rules {

void duplicateIndicator(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = namesOf(ctx);
    for (const auto &t : ctx.facts.tables) {
        std::map<int, const ScoreEntry *> first;
        for (const auto &e : t.entries) {
            auto [it, inserted] = first.emplace(e.indicator, &e);
            if (inserted) continue;
            const ScoreEntry &f = *it->second;
            MessageArgs a(ctx);
            a.indicator(names, e.indicator).where("first", f.nameAt).where("second", e.nameAt);
            out.push_back(makeFinding(msg::code::DuplicateIndicator, Severity::Error, e.indicator,
                                      {f.nameAt, e.nameAt}, "", nameTh(names, e.indicator), a));
        }
    }
}

} // namespace ita::rules
