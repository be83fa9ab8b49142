// ITA001: a table that lists the indicators lacks one.
#include "core/validate/rules/finding_builder.hpp"

#include "core/read/indicator_names.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace ita::rules {

namespace {

constexpr FindingText kMissingIndicator{
    "ITA001", Severity::Error,
    "{kind, select, "
    "unread {ไม่พบตัวชี้วัดที่ {indicator} {name} ในตารางคะแนน: ชื่อ “{found}” ({where}) ไม่ตรงกับชื่อตัวชี้วัดใด "
    "กรุณาแก้เป็น {name}} "
    "other {ไม่พบตัวชี้วัดที่ {indicator} {name} ในตารางคะแนน ({where}) กรุณาเพิ่มคะแนนของตัวชี้วัดนี้}}",
    "{kind, select, "
    "unread {Indicator {indicator} ({name}) is missing from the score table: the name “{found}” ({where}) "
    "matches no indicator. Correct it to {name}.} "
    "other {Indicator {indicator} ({name}) is missing from the score table ({where}). Add its score.}}"};

// Rows of the table that hold a name and a score but were not read as an indicator's: a
// name typed wrong ("การปฏิบัติหน้าทื่"). Before the first row read (under the header) and
// between rows read; the row after the last one read is apart (`after`), as it may as well
// be the total's.
struct UnreadRows {
    std::vector<Location> between;
    std::optional<Location> after;
};

UnreadRows unreadRows(const ScoreTable &t, const SourceDocument &doc) {
    UnreadRows out;
    if (t.grid < 0 || t.grid >= static_cast<int>(doc.grids.size()) || t.nameCol < 0 || t.scoreCol < 0)
        return out;
    const Grid &g = doc.grids[static_cast<size_t>(t.grid)];
    std::vector<int> read;
    std::vector<int> items; // sub-question rows: read, under their indicator
    for (const auto &e : t.entries) {
        if (e.nameAt.grid != t.grid || e.nameAt.kind != t.kind) continue;
        read.push_back(e.nameAt.row);
        for (const auto &i : e.items)
            items.push_back(i.labelAt.row);
    }
    if (read.empty()) return out;
    const int first = t.headerRow >= 0 ? t.headerRow + 1 : *std::min_element(read.begin(), read.end());
    const int last = std::max(*std::max_element(read.begin(), read.end()),
                              items.empty() ? -1 : *std::max_element(items.begin(), items.end()));
    for (int r = first; r <= last + 1; ++r) {
        if (std::find(read.begin(), read.end(), r) != read.end()) continue;
        if (std::find(items.begin(), items.end(), r) != items.end()) continue;
        const Cell *name = g.at(r, t.nameCol);
        const Cell *score = g.at(r, t.scoreCol);
        if (!name || !score || name->number || name->text.empty() || score->text.empty()) continue;
        if (r <= last)
            out.between.push_back(Location::cell(g, r, t.nameCol));
        else if (score->number)
            out.after = Location::cell(g, r, t.nameCol);
    }
    return out;
}

// A table of exactly one tool's indicators is that tool's breakdown, not a list with
// gaps: "IIT: 1-5" is complete for what it shows.
bool isOneToolTable(const std::vector<int> &present, const Framework &fw) {
    for (const auto &tool : fw.tools) {
        if (tool.indicators.size() != present.size()) continue;
        std::vector<int> t = tool.indicators;
        std::sort(t.begin(), t.end());
        if (t == present) return true;
    }
    return false;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw()) return;
    const Framework &fw = *ctx.fw();
    for (const auto &t : ctx.facts().tables) {
        std::vector<int> present;
        for (const auto &e : t.entries)
            present.push_back(e.indicator);
        std::sort(present.begin(), present.end());
        present.erase(std::unique(present.begin(), present.end()), present.end());
        // Fewer than five: a fragment ("the weakest indicators"), not the list.
        if (present.size() < 5 || t.entries.empty()) continue;
        if (isOneToolTable(present, fw)) continue;
        std::vector<int> missing;
        for (const auto &d : fw.indicators)
            if (!std::binary_search(present.begin(), present.end(), d.number)) missing.push_back(d.number);
        // A row whose name was copied from another row explains one gap: the duplicate
        // finding already points at it.
        size_t explained = duplicatedIndicators(t).size();
        if (missing.size() <= explained) continue;
        Location at = t.entries.front().nameAt;
        if (t.headerRow >= 0 && t.nameCol >= 0 && t.grid >= 0 &&
            t.grid < static_cast<int>(ctx.doc().grids.size()))
            at = Location::cell(ctx.doc().grids[static_cast<size_t>(t.grid)], t.headerRow, t.nameCol);
        // As many unread rows as indicators missing, in the order of the indicators (or the one):
        // each is the missing indicator's row with its name typed wrong.
        const UnreadRows rows = unreadRows(t, ctx.doc());
        std::vector<Location> unread = rows.between;
        // The last indicator typed wrong: its row comes after the last row read.
        if (rows.after && unread.size() + 1 == missing.size() &&
            (missing.size() == 1 || (!t.isRanking && missing.back() == fw.indicators.back().number))) {
            const std::string &typed = ctx.doc()
                                           .grids[static_cast<size_t>(rows.after->grid)]
                                           .at(rows.after->row, rows.after->col)
                                           ->text;
            if (IndicatorMatcher(ctx.names() ? *ctx.names() : fw).nearlyNames(typed, missing.back()))
                unread.push_back(*rows.after);
        }
        const bool paired = unread.size() == missing.size() && (missing.size() == 1 || !t.isRanking);
        for (size_t i = 0; i < missing.size(); ++i) {
            const int n = missing[i];
            MessageArgs a(ctx);
            a.indicator(ctx.names() ? ctx.names() : &fw, n);
            if (paired) {
                const Location &row = unread[i];
                const std::string found =
                    ctx.doc().grids[static_cast<size_t>(row.grid)].at(row.row, row.col)->text;
                a.set("kind", "unread").set("found", found).where("where", row);
                out.push_back(makeFinding(kMissingIndicator, n, {row, at}, nameTh(&fw, n), found, a));
                continue;
            }
            a.set("kind", "other").where("where", at);
            out.push_back(makeFinding(kMissingIndicator, n, {at}, nameTh(&fw, n), "", a));
        }
    }
}

} // namespace

extern constexpr Rule missingIndicator{"missing_indicator", {&kMissingIndicator}, check};

} // namespace ita::rules
