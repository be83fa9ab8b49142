// ITA010: the same indicator with different scores in two tables of one document
// (the copy error clerks make most often).
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kCrossTableMismatch{
    "ITA010", Severity::Error,
    "คะแนนตัวชี้วัดที่ {indicator} {name} ไม่ตรงกันในสองตาราง: {first} เป็น {firstScore} "
    "แต่ {second} เป็น {secondScore}{hint, select, "
    "first { (คะแนนในตารางแรกคำนวณได้ตรงกับคะแนนรวมที่ระบุ จึงน่าจะเป็นค่าที่ถูกต้อง)} "
    "second { (คะแนนในตารางที่สองคำนวณได้ตรงกับคะแนนรวมที่ระบุ จึงน่าจะเป็นค่าที่ถูกต้อง)} "
    "other {}}",
    "Indicator {indicator} ({name}) has different scores in two tables: {firstScore} at {first}, "
    "{secondScore} at {second}.{hint, select, "
    "first { The first table reproduces the stated total, so its score is probably right.} "
    "second { The second table reproduces the stated total, so its score is probably right.} "
    "other {}}"};

struct Side {
    int table;
    const ScoreEntry *e;
};

bool before(const Side &a, const Side &b) {
    if (a.table != b.table) return a.table < b.table;
    return a.e->scoreAt.row < b.e->scoreAt.row;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const auto &tables = ctx.facts().tables;
    if (tables.size() < 2) return;
    const ScoreTable *primary = ctx.referenceTable();
    if (!primary) return;
    const int pi = static_cast<int>(primary - tables.data());
    const Framework *names = ctx.names();
    const Scores primaryScores = usableScores(*primary);
    const bool canHint =
        ctx.fw() && !ctx.facts().statedTotals.empty() && isComplete(primaryScores, *ctx.fw());
    const bool primaryReproduces = canHint && reproducesStatedTotal(ctx, primaryScores);

    auto report = [&](Side ref, Side other) {
        const int n = ref.e->indicator;
        // Which of the two values gives the stated total, with every other score from the primary?
        std::string hint = "other";
        const Side *suspect = &other;
        if (canHint) {
            Scores alt = primaryScores;
            alt[n] = *other.e->score;
            bool refOk = ref.table == pi ? primaryReproduces : false;
            bool otherOk = reproducesStatedTotal(ctx, alt);
            if (ref.table != pi) {
                Scores r = primaryScores;
                r[n] = *ref.e->score;
                refOk = reproducesStatedTotal(ctx, r);
            }
            if (refOk != otherOk) {
                suspect = refOk ? &other : &ref;
                hint = (before(ref, other) ? refOk : otherOk) ? "first" : "second";
            }
        }
        const Side &s = *suspect;
        const Side &good = &s == &other ? ref : other;
        const Side &first = before(ref, other) ? ref : other;
        const Side &second = before(ref, other) ? other : ref;
        std::string found = fixed2Like(*s.e->score, s.e->scoreText);
        std::string expected = fixed2Like(*good.e->score, s.e->scoreText);
        MessageArgs a(ctx);
        a.indicator(names, n)
            .where("first", first.e->scoreAt)
            .set("firstScore", fixed2Like(*first.e->score, first.e->scoreText))
            .where("second", second.e->scoreAt)
            .set("secondScore", fixed2Like(*second.e->score, second.e->scoreText))
            .set("hint", hint);
        out.push_back(makeFinding(kCrossTableMismatch, n,
                                  {s.e->scoreAt, s.e->nameAt, good.e->scoreAt, good.e->nameAt}, expected,
                                  found, a));
    };

    for (int i = 0; i < static_cast<int>(tables.size()); ++i) {
        if (i == pi) continue;
        for (const auto &m : crossMismatches(*primary, tables[static_cast<size_t>(i)]))
            report({pi, m.a}, {i, m.b});
    }
    // Indicators the primary table lacks can still disagree between two other tables.
    for (int i = 0; i < static_cast<int>(tables.size()); ++i) {
        for (int j = i + 1; j < static_cast<int>(tables.size()); ++j) {
            if (i == pi || j == pi) continue;
            for (const auto &m :
                 crossMismatches(tables[static_cast<size_t>(i)], tables[static_cast<size_t>(j)])) {
                if (primaryScores.count(m.a->indicator)) continue;
                report({i, m.a}, {j, m.b});
            }
        }
    }
}

} // namespace

extern constexpr Rule crossTableMismatch{"cross_table_mismatch", {&kCrossTableMismatch}, check};

} // namespace ita::rules
