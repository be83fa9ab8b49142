// The one catalogue of user-facing texts (findings and UI), Thai and English,
// formatted with ICU MessageFormat and named arguments: {indicator}, {found} ...
// The UI texts are in messages.cpp; the texts of the findings are declared by each
// validation rule beside its check (core/validate/rule.hpp) and found here by their code.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ita::msg {

enum class Lang { Th, En };
using Args = std::map<std::string, std::string>;

// A text of the catalogue: ICU MessageFormat patterns ('' prints one apostrophe).
struct Text {
    const char* key;
    const char* th;
    const char* en;
};

// key: a finding code ("ITA001") or a UI key ("ui.summary"). Unknown key -> the key itself.
std::string text(std::string_view key, Lang lang, const Args& args = {});
inline std::string th(std::string_view key, const Args& a = {}) { return text(key, Lang::Th, a); }
inline std::string en(std::string_view key, const Args& a = {}) { return text(key, Lang::En, a); }
bool has(std::string_view key);
// A text already in hand (a rule's finding text): no lookup by key.
std::string format(const Text& text, Lang lang, const Args& args = {});
// Every key of the catalogue, in its order.
std::vector<std::string_view> allKeys();

// The reason a file cannot be read, as `ita` states it in English (an "unreadable.*" text,
// which the JSON output keeps), in `lang`. A reason of no such form comes back as it is.
std::string unreadableReason(std::string_view english, Lang lang);

} // namespace ita::msg
