#include "calc_analysis_sheet.hxx"

#include <com/sun/star/uno/RuntimeException.hpp>

namespace ita::lo {
void writeAnalysisSheet(const css::uno::Reference<css::uno::XInterface>&, const Analysis&) {
    throw css::uno::RuntimeException("the analysis sheet is not written yet");
}
} // namespace ita::lo
