// ITA014: scores and totals written partly in Thai, partly in Arabic digits. A document
// should keep to one system; the few figures of the other are shown (cells or paragraphs).
#include "core/validate/rules/finding_builder.hpp"

namespace ita::rules {

namespace {

constexpr FindingText kMixedDigits{
    "ITA014", Severity::Warning,
    "เอกสารใช้เลขไทยและเลขอารบิกปนกัน (เลขไทย {thai} แห่ง เลขอารบิก {arabic} แห่ง) "
    "ควรใช้ตัวเลขแบบเดียวกันทั้งเอกสาร",
    "The document mixes Thai and Arabic digits ({thai, plural, one {# figure} other {# figures}} in Thai "
    "digits, {arabic} in Arabic digits). "
    "Use one kind of digits throughout."};

void check(const RuleContext &ctx, std::vector<Finding> &out) {
    const auto &th = ctx.facts().thaiDigitCells;
    const auto &ar = ctx.facts().arabicDigitCells;
    if (th.empty() || ar.empty()) return;
    const auto &minority = th.size() < ar.size() ? th : ar;
    std::vector<Location> at(minority.begin(),
                             minority.begin() + static_cast<long>(std::min<size_t>(minority.size(), 5)));
    MessageArgs a(ctx);
    a.number("thai", static_cast<long>(th.size())).number("arabic", static_cast<long>(ar.size()));
    bool thaiMajority = th.size() >= ar.size();
    out.push_back(makeFinding(kMixedDigits, std::nullopt, std::move(at), thaiMajority ? "๐-๙" : "0-9",
                              thaiMajority ? "0-9" : "๐-๙", a));
}

} // namespace

extern constexpr Rule mixedDigits{"mixed_digits", {&kMixedDigits}, check};

} // namespace ita::rules
