#pragma once

#include <ostream>

namespace ita::cli {
inline constexpr int kOk = 0;
inline constexpr int kFindings = 1;
inline constexpr int kUsage = 2;
int run(int argc, char **argv, std::ostream &out, std::ostream &err);
} // namespace ita::cli
