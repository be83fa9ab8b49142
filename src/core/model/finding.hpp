// One validation finding: stable code, severity, every location involved,
// expected and found values, message in Thai and English.
#pragma once

#include "core/model/grid.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita {

enum class Severity { Error, Warning };

struct Finding {
    std::string code;                // stable, e.g. "ITA003", declared by its rule (validate/rules/)
    Severity severity = Severity::Error;
    std::optional<int> indicator;
    std::vector<Location> locations; // first is the primary one
    std::string expected, found;     // as displayed (2 decimals for scores)
    std::string messageTh, messageEn;
};

inline const char* severityName(Severity s) { return s == Severity::Error ? "error" : "warning"; }

} // namespace ita
