// Recognising an indicator in a cell or a sentence, whatever the spelling.
#pragma once

#include "core/frameworks/framework.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ita {

namespace read {
struct KeyMap;
}

class IndicatorMatcher {
  public:
    explicit IndicatorMatcher(const Framework &fw);
    // A cell whose text names one indicator: "การปฏิบัติหน้าที่", "๑. การปฏิบัติหน้าที่",
    // "ตัวชี้วัดที่ 1 การปฏิบัติ หน้าที่", "1.การใช้ทรัพย์สินของทางราชการ", shortened names
    // ("ปฏิบัติหน้าที่", "การใช้ทรัพย์สินฯ"). nullopt otherwise.
    // A cell with a long sentence containing a name does not match (that is running text).
    std::optional<int> matchCell(std::string_view text) const;
    // Every indicator named in a sentence, with the byte offset of the name in the
    // normalised text (used to pair figures with names in running text).
    struct Mention {
        int number;
        size_t begin;
        size_t end;
    };
    std::vector<Mention> findInText(std::string_view normalizedText) const;
    // findInText() on a text already keyed: read::fastKey(normalizedText, true, key, &map)
    // (readers of running text key each text once).
    std::vector<Mention> findInKey(std::string_view key, const read::KeyMap &map) const;
    // matchCell() on a text already folded by read::makeKey() (readers key each cell once).
    std::optional<int> matchKey(std::string_view key) const;
    // A cell naming indicator `number` with a few letters typed wrong ("10. การป้องกันการทุจริด"):
    // numbering stripped, within a few edits of the name. A total's label ("คะแนน ITA") is not.
    bool nearlyNames(std::string_view text, int number) const;
    int maxNumber() const { return maxNumber_; }
    // A key (read::makeKey) naming exactly one of the framework's tool codes: "IIT",
    // "(EIT)", "แบบวัด OIT", "คะแนนรวม IIT".
    bool namesOneToolCode(std::string_view key) const;
    // A hash of the names: matchers with the same names (every framework on record so
    // far) have the same id, and readers key their caches on it.
    uint64_t id() const { return id_; }

  private:
    // matchKey() on a key with its numbering stripped, names as the framework spells them.
    std::optional<int> matchName(std::string_view rest) const;
    struct Name {
        int number;
        std::string compact;
    };
    std::vector<std::string> toolCodes_; // keys of the framework's tool codes
    std::vector<Name> names_; // longest first, so "การใช้ทรัพย์สินของราชการ" wins over shorter ones
    size_t minLen_ = 0, maxLen_ = 0; // key bytes
    int maxNumber_ = 0;
    uint64_t id_ = 0;
};

} // namespace ita
