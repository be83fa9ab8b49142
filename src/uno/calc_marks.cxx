#include "calc_marks.hxx"

#include <com/sun/star/uno/RuntimeException.hpp>

namespace ita::lo {
// Replaced by the real implementation (comments, outline shapes, report sheet).
void annotateCalc(const css::uno::Reference<css::uno::XInterface>&, const ValidationReport&) {}
void clearCalcMarks(const css::uno::Reference<css::uno::XInterface>&) {}
} // namespace ita::lo
