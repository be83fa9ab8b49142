#include "uno/writer/writer_cursor.hxx"

#include "uno/common/uno_strings.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace ita::lo {

bool typeAtViewCursor(const Reference<frame::XModel> &model, const std::string &text) {
    if (!model.is()) return false;
    Reference<text::XTextViewCursorSupplier> supplier(model->getCurrentController(), UNO_QUERY);
    if (!supplier.is()) return false;
    Reference<text::XTextViewCursor> cursor = supplier->getViewCursor();
    if (!cursor.is()) return false;
    try {
        // Absorbing the view cursor's range replaces the selection; the cursor then spans
        // the new text, and collapsing it leaves the clerk typing after the placeholder.
        cursor->getText()->insertString(Reference<text::XTextRange>(cursor.get()), toOU(text), true);
        cursor->collapseToEnd();
    } catch (const uno::RuntimeException &) {
        return false; // a protected section or a read-only document
    }
    return true;
}

} // namespace ita::lo
