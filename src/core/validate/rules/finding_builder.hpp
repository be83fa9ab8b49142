// Building findings: the message arguments in both languages (numbers in the document's
// digits, places, indicator names) and the finding itself from a rule's FindingText.
#pragma once

#include "core/text/messages.hpp"
#include "core/validate/rule.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ita::rules {

// The same argument can read differently per language (a place, an indicator's name).
struct MessageArgs {
    msg::Args th, en;
    bool thaiDigits = false; // numbers in the Thai message follow the document's digits
    MessageArgs() = default;
    explicit MessageArgs(const RuleContext &ctx);
    MessageArgs &number(const std::string &key, long value);
    MessageArgs &set(const std::string &key, const std::string &value);
    MessageArgs &set(const std::string &key, const std::string &thValue, const std::string &enValue);
    MessageArgs &where(const std::string &key, const Location &at);
    // {indicator} (number) and {name} (Thai / English name)
    MessageArgs &indicator(const Framework *names, int number);
};

// A finding of the kind `text` declares (its code, severity and messages).
Finding makeFinding(const FindingText &text, std::optional<int> indicator, std::vector<Location> locations,
                    std::string expected, std::string found, const MessageArgs &args);

// The digits the document writes its scores in (Thai when it has more Thai than Arabic).
bool documentWritesThai(const RuleContext &ctx);

// True when the text writes its digits in Thai (๐-๙); mixed text counts as Thai
// because a clerk who typed one Thai digit meant Thai digits.
bool writesThai(std::string_view text);
std::string fixed2(double v, bool thai);
// v with 2 decimals in the digit system that `like` was written in
std::string fixed2Like(double v, std::string_view like);
std::string integerLike(long v, std::string_view like);

// At most maxChars code points, with "…" when cut (a measure's text can fill a page).
std::string shortText(const std::string &s, size_t maxChars);

std::string nameTh(const Framework *names, int number);
std::string nameEn(const Framework *names, int number);

} // namespace ita::rules
