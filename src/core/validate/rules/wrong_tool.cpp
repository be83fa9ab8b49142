// ITA005: an indicator listed under another tool's heading (IIT/EIT/OIT).
#include "core/validate/rules/finding_builder.hpp"

#include "core/text/thai_text.hpp"

#include <cctype>

namespace ita::rules {

namespace {

constexpr FindingText kWrongTool{
    "ITA005", Severity::Error,
    "ตัวชี้วัดที่ {indicator} {name} ถูกจัดไว้ในเครื่องมือ {found} แต่ตัวชี้วัดนี้เป็นของเครื่องมือ {expected} "
    "({where})",
    "Indicator {indicator} ({name}) is listed under {found}, but it belongs to {expected} ({where})."};

std::string upperAscii(std::string s) {
    for (auto &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// The tool a label names: its code ("EIT", "แบบวัด EIT") or its Thai name. "" when the
// label names none or several (a heading such as "IIT / EIT" proves nothing).
std::string toolNamed(const std::string &label, const Framework &fw) {
    std::string up = upperAscii(label);
    std::string hit;
    int hits = 0;
    for (const auto &t : fw.tools) {
        if (!t.code.empty() && up.find(upperAscii(t.code)) != std::string::npos) {
            hit = t.code;
            ++hits;
        }
    }
    if (hits == 1) return hit;
    if (hits > 1) return "";
    std::string c = thai::compact(label);
    if (c.empty()) return "";
    for (const auto &t : fw.tools) {
        std::string n = thai::compact(t.nameTh);
        if (n.empty()) continue;
        if (c.find(n) != std::string::npos || (c.size() >= 12 && n.find(c) != std::string::npos)) {
            hit = t.code;
            ++hits;
        }
    }
    return hits == 1 ? hit : "";
}

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    if (!ctx.fw()) return;
    const Framework &fw = *ctx.fw();
    for (const auto &t : ctx.facts().tables) {
        for (const auto &e : t.entries) {
            if (e.toolText.empty()) continue;
            const ToolDef *expected = fw.toolOf(e.indicator);
            if (!expected) continue;
            std::string found = toolNamed(e.toolText, fw);
            if (found.empty() || found == expected->code) continue;
            std::vector<Location> at{e.nameAt};
            if (e.toolAt) at.push_back(*e.toolAt);
            MessageArgs a(ctx);
            a.indicator(ctx.names(), e.indicator)
                .set("found", found)
                .set("expected", expected->code)
                .where("where", e.nameAt);
            out.push_back(makeFinding(kWrongTool, e.indicator, std::move(at), expected->code, found, a));
        }
    }
}

} // namespace

extern constexpr Rule wrongTool{"wrong_tool", {&kWrongTool}, check};

} // namespace ita::rules
