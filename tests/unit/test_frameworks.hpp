// The built-in frameworks (frameworks/fyNNNN.json) as the unit tests read them:
// loaded once per test program.
#pragma once

#include "core/frameworks/framework.hpp"

namespace ita::test {

inline const FrameworkRegistry &builtInFrameworks() {
    static const FrameworkRegistry reg = [] {
        FrameworkRegistry r;
        r.addDirectory(ITA_FRAMEWORKS_DIR);
        return r;
    }();
    return reg;
}

inline const Framework &framework(int year) {
    return builtInFrameworks().require(year);
}

} // namespace ita::test
