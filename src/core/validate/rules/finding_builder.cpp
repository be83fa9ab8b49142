#include "core/validate/rules/finding_builder.hpp"

#include "core/text/thai_text.hpp"

namespace ita::rules {

MessageArgs::MessageArgs(const RuleContext &ctx) : thaiDigits(documentWritesThai(ctx)) {}

MessageArgs &MessageArgs::number(const std::string &key, long value) {
    std::string s = std::to_string(value);
    return set(key, thaiDigits ? thai::toThaiDigits(s) : s, s);
}

MessageArgs &MessageArgs::set(const std::string &key, const std::string &value) {
    th[key] = value;
    en[key] = value;
    return *this;
}

MessageArgs &MessageArgs::set(const std::string &key, const std::string &thValue,
                              const std::string &enValue) {
    th[key] = thValue;
    en[key] = enValue;
    return *this;
}

MessageArgs &MessageArgs::where(const std::string &key, const Location &at) {
    return set(key, at.where(), at.whereEn());
}

MessageArgs &MessageArgs::indicator(const Framework *names, int number) {
    this->number("indicator", number);
    return set("name", nameTh(names, number), nameEn(names, number));
}

Finding makeFinding(const FindingText &text, std::optional<int> indicator, std::vector<Location> locations,
                    std::string expected, std::string found, const MessageArgs &args) {
    Finding f;
    f.code = text.code();
    f.severity = text.severity;
    f.indicator = indicator;
    f.locations = std::move(locations);
    f.expected = std::move(expected);
    f.found = std::move(found);
    f.messageTh = msg::format(text.text(), msg::Lang::Th, args.th);
    f.messageEn = msg::format(text.text(), msg::Lang::En, args.en);
    return f;
}

bool documentWritesThai(const RuleContext &ctx) {
    const auto &f = ctx.facts();
    if (!f.thaiDigitCells.empty() || !f.arabicDigitCells.empty())
        return f.thaiDigitCells.size() > f.arabicDigitCells.size();
    return f.fiscalYear && writesThai(f.fiscalYear->text);
}

bool writesThai(std::string_view text) {
    auto d = thai::digitSystem(text);
    return d == thai::DigitSystem::Thai || d == thai::DigitSystem::Mixed;
}

std::string fixed2(double v, bool thai) {
    return thai::formatFixed(v, 2, thai);
}

std::string fixed2Like(double v, std::string_view like) {
    return fixed2(v, writesThai(like));
}

std::string integerLike(long v, std::string_view like) {
    std::string s = std::to_string(v);
    return writesThai(like) ? thai::toThaiDigits(s) : s;
}

std::string shortText(const std::string &s, size_t maxChars) {
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (chars++ == maxChars) return s.substr(0, i) + "…";
    }
    return s;
}

std::string nameTh(const Framework *names, int number) {
    const IndicatorDef *d = names ? names->indicator(number) : nullptr;
    return d ? d->nameTh : std::to_string(number);
}

std::string nameEn(const Framework *names, int number) {
    const IndicatorDef *d = names ? names->indicator(number) : nullptr;
    return d ? d->nameEn : std::to_string(number);
}

} // namespace ita::rules
