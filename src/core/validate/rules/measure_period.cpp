// ITA021: a measure's period outside the fiscal year (1 Oct FY-1 .. 30 Sep FY), or dates
// that cannot be read.
#include "core/validate/rules/finding_builder.hpp"
#include "core/validate/rules/shared_judgements.hpp"

#include "core/text/thai_text.hpp"

#include <cctype>

namespace ita::rules {

namespace {

constexpr FindingText kMeasurePeriod{
    "ITA021", Severity::Error,
    "ระยะเวลาดำเนินการของมาตรการ “{measure}” {kind, select, "
    "outside {คือ “{found}” ซึ่งอยู่นอกปีงบประมาณ ({period})} "
    "other {อ่านไม่ได้ (พบ “{found}”) กรุณาระบุเดือนและปี เช่น {period}}} ({where})",
    "The period of the measure \"{measure}\" {kind, select, "
    "outside {is \"{found}\", outside the fiscal year ({period})} "
    "other {cannot be read (found \"{found}\"); write months and years, e.g. {period}}} ({where})."};

// BE years written as four digits in the text.
std::vector<int> yearsIn(const std::string &arabic) {
    std::vector<int> out;
    for (size_t i = 0; i < arabic.size();) {
        if (!std::isdigit(static_cast<unsigned char>(arabic[i]))) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < arabic.size() && std::isdigit(static_cast<unsigned char>(arabic[j])))
            ++j;
        if (j - i == 4) {
            int y = std::stoi(arabic.substr(i, 4));
            if (y >= 2400 && y <= 2700) out.push_back(y);
        }
        i = j;
    }
    return out;
}

enum class Verdict { Inside, Outside, Unreadable };

Verdict judgeDates(const thai::Date &s, const thai::Date &e, const thai::Date &fyStart,
                   const thai::Date &fyEnd) {
    if (dateBefore(e, s) || dateBefore(s, fyStart) || dateBefore(fyEnd, e)) return Verdict::Outside;
    return Verdict::Inside;
}

// "มกราคม ๒๕๖๕ - ตุลาคม ๒๕๖๕ ที่เลือกดำเนินการช่วงนี้เนื่องจาก...": the period, then why.
std::optional<Period> leadingPeriod(const std::string &text) {
    std::vector<size_t> cuts;
    for (size_t i = 1; i < text.size(); ++i)
        if (text[i] == ' ' && text[i - 1] != ' ') cuts.push_back(i);
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it)
        if (auto p = parsePeriod(std::string_view(text).substr(0, *it))) return p;
    return std::nullopt;
}

Verdict judgeText(const std::string &text, int fy, const thai::Date &fyStart, const thai::Date &fyEnd) {
    if (auto p = parsePeriod(text)) return judgeDates(p->start, p->end, fyStart, fyEnd);
    if (auto p = leadingPeriod(text)) return judgeDates(p->start, p->end, fyStart, fyEnd);
    std::string arabic = thai::toArabicDigits(text);
    // "ปีงบประมาณ ๒๕๖๔" in a FY2565 plan: a year alone still tells. FY-1 is allowed:
    // October to December of it belong to the fiscal year.
    for (int y : yearsIn(arabic))
        if (y != fy && y != fy - 1) return Verdict::Outside;
    std::string c = thai::compact(text);
    // "ตลอดปีงบประมาณ", "ทุกเดือน", "ภายใน ๓๐ วัน", "ไตรมาสที่ ๒": no dates to check.
    for (const char *w : {"ตลอด", "ทุก", "ต่อเนื่อง", "ภายใน", "ไตรมาส"})
        if (c.find(w) != std::string::npos) return Verdict::Inside;
    bool digits = false;
    for (char ch : arabic)
        digits = digits || std::isdigit(static_cast<unsigned char>(ch));
    // Only what tries to be a date can be unreadable: a month with numbers ("๓๒ ต.ค. ๖๕")
    // or a slashed date ("๑๕/๑๓/๒๕๖๖"). Month names alone lie in every fiscal year.
    bool dateLike = arabic.find('/') != std::string::npos;
    for (int m = 1; m <= 12 && !dateLike; ++m)
        dateLike = c.find(thai::compact(thai::monthName(m, false))) != std::string::npos ||
                   c.find(thai::compact(thai::monthName(m, true))) != std::string::npos;
    return digits && dateLike ? Verdict::Unreadable : Verdict::Inside;
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fiscalYear()) return;
    // A FY N plan reporting the FY N-1 assessment plans its measures for FY N.
    const int fy = ctx.documentYear().value_or(*ctx.fiscalYear());
    const thai::Date fyStart{thai::beToCe(fy) - 1, 10, 1}, fyEnd{thai::beToCe(fy), 9, 30};
    for (const auto &m : ctx.measures()) {
        std::string text = thai::normalize(m.periodText);
        Verdict v;
        if (m.start && m.end)
            v = judgeDates(*m.start, *m.end, fyStart, fyEnd);
        else if (text.empty())
            continue;
        else
            v = judgeText(text, fy, fyStart, fyEnd);
        if (v == Verdict::Inside) continue;
        const bool thaiDigits = text.empty() ? true : writesThai(text);
        std::string found = shortText(text, 60);
        if (found.empty() && m.start && m.end)
            found = thai::formatDateShort(*m.start, thaiDigits) + " – " +
                    thai::formatDateShort(*m.end, thaiDigits);
        std::string period = thai::fiscalYearPeriod(fy, false, thaiDigits);
        std::vector<Location> at;
        // With separate start and end columns, the cell that is wrong comes first.
        if (v == Verdict::Outside && m.start && m.end) {
            const bool endOut = m.endAt && dateBefore(fyEnd, *m.end);
            const bool startOut = m.startAt && dateBefore(*m.start, fyStart);
            if (endOut && !startOut) at.push_back(*m.endAt);
            if (startOut && !endOut) at.push_back(*m.startAt);
        }
        if (m.periodAt && (at.empty() || !(at.front() == *m.periodAt))) at.push_back(*m.periodAt);
        at.push_back(m.measureAt);
        MessageArgs a(ctx);
        a.set("measure", shortText(thai::normalize(m.measure), 60))
            .set("found", found)
            .set("period", period)
            .where("where", at.front())
            .set("kind", v == Verdict::Outside ? "outside" : "unreadable");
        out.push_back(makeFinding(kMeasurePeriod, std::nullopt, std::move(at), period, found, a));
    }
}

} // namespace

extern constexpr Rule measurePeriod{"measure_period", {&kMeasurePeriod}, check};

} // namespace ita::rules
