#include "core/model/fiscal_year.hpp"

#include <ctime>

namespace ita {

namespace {

std::tm localNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return tm;
}

} // namespace

int clockYearBE() {
    return localNow().tm_year + 1900 + 543;
}

int currentFiscalYearBE() {
    const std::tm tm = localNow();
    const int ce = tm.tm_year + 1900;
    return (tm.tm_mon >= 9 ? ce + 1 : ce) + 543;
}

bool plausibleFiscalYear(int yearBE, int currentBE) {
    return yearBE >= 2550 && yearBE <= currentBE + 2;
}

} // namespace ita
