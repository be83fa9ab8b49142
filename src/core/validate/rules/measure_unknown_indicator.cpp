// ITA025: a measure that serves an indicator the year's framework does not have ("๑๑" in a
// year of ten indicators): a typo, or a number from another list (an OIT item).
#include "core/validate/rules/finding_builder.hpp"

#include "core/text/thai_text.hpp"

#include <algorithm>

namespace ita::rules {

namespace {

constexpr FindingText kMeasureUnknownIndicator{
    "ITA025", Severity::Error,
    "มาตรการ “{measure}” ระบุตัวชี้วัดที่ {found} แต่{assumed, select, "
    "latest {เกณฑ์ปีล่าสุดที่มีในระบบ (ปีงบประมาณ พ.ศ. {year} ซึ่งใช้แทนเพราะยังไม่มีเกณฑ์ของปีนี้)} "
    "other {เกณฑ์ปีงบประมาณ พ.ศ. {year}}} มีตัวชี้วัดที่ ๑–{last} เท่านั้น ({where}) "
    "กรุณาตรวจสอบเลขตัวชี้วัด",
    "The measure \"{measure}\" serves indicator {found}, but {assumed, select, "
    "latest {the latest framework on record (FY{year}, taken because this year has none)} "
    "other {the FY{year} framework}} has indicators 1–{last} only ({where}). Check the indicator number."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const Framework *names = ctx.names();
    if (!names || names->indicators.empty()) return;
    int last = 0;
    for (const auto &d : names->indicators)
        last = std::max(last, d.number);
    // Without the year's framework the latest one's indicators stand in: the message says so.
    const bool assumed = !ctx.fw();
    const int year = ctx.fw() ? ctx.fiscalYear().value_or(ctx.fw()->fiscalYear) : names->fiscalYear;
    for (const auto &m : ctx.measures()) {
        if (!m.indicatorsAt) continue;
        for (int n : m.indicators) {
            if (names->indicator(n)) continue;
            const std::string cellText = [&] {
                const Location &l = *m.indicatorsAt;
                if (l.grid < 0 || l.grid >= static_cast<int>(ctx.doc().grids.size())) return std::string();
                const Cell *c = ctx.doc().grids[static_cast<size_t>(l.grid)].at(l.row, l.col);
                return c ? c->text : std::string();
            }();
            MessageArgs a(ctx);
            a.set("measure", shortText(thai::normalize(m.measure), 60))
                .set("found", integerLike(n, cellText), std::to_string(n))
                .set("last", integerLike(last, cellText), std::to_string(last))
                .number("year", year)
                .set("assumed", assumed ? "latest" : "year")
                .where("where", *m.indicatorsAt);
            out.push_back(makeFinding(kMeasureUnknownIndicator, n, {*m.indicatorsAt, m.measureAt}, "",
                                      integerLike(n, cellText), a));
        }
    }
}

} // namespace

extern constexpr Rule measureUnknownIndicator{
    "measure_unknown_indicator", {&kMeasureUnknownIndicator}, check};

} // namespace ita::rules
