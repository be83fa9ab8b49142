#include "score_sheet.hxx"

#include <com/sun/star/uno/RuntimeException.hpp>

namespace ita::lo {
std::string newScoreSheet(const css::uno::Reference<css::uno::XComponentContext>&,
                          const css::uno::Reference<css::frame::XFrame>&, const CallOptions&, bool) {
    throw css::uno::RuntimeException("the score-sheet template is not bundled yet");
}
} // namespace ita::lo
