// ITA020: a measure without a responsible unit: no one will carry it out or report on it.
#include "core/validate/rules/finding_builder.hpp"

#include "core/text/thai_text.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kMeasureNoUnit{
    "ITA020", Severity::Error, "มาตรการ “{measure}” ยังไม่ได้ระบุผู้รับผิดชอบ ({where}) กรุณาระบุหน่วยงานที่รับผิดชอบ",
    "The measure \"{measure}\" has no responsible unit ({where}). Name the unit in charge."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    for (const auto &m : ctx.measures()) {
        // The reader gives both texts normalised.
        const std::string &measure = m.measure;
        if (measure.find_first_not_of(' ') == std::string::npos) continue;
        // Blank, "-" or "..." is a placeholder, not a unit.
        bool placeholder = m.responsible.find_first_not_of(" -–.…") == std::string::npos;
        if (!placeholder) continue;
        std::vector<Location> at;
        if (m.responsibleAt) at.push_back(*m.responsibleAt);
        at.push_back(m.measureAt);
        MessageArgs a(ctx);
        a.set("measure", shortText(measure, 60)).where("where", at.front());
        out.push_back(makeFinding(kMeasureNoUnit, std::nullopt, std::move(at), "", m.responsible, a));
    }
}

} // namespace

extern constexpr Rule measureNoUnit{"measure_no_unit", {&kMeasureNoUnit}, check};

} // namespace ita::rules
