#include "uno/dialogs/dialog_builder.hxx"

#include "uno/common/uno_strings.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

DialogBuilder::DialogBuilder(const Reference<uno::XComponentContext> &ctx) : ctx_(ctx) {
    factory_.set(
        ctx->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", ctx),
        UNO_QUERY_THROW);
    models_.set(factory_, UNO_QUERY_THROW);
}

Reference<beans::XPropertySet> DialogBuilder::dialog() const {
    return Reference<beans::XPropertySet>(factory_, UNO_QUERY_THROW);
}

Reference<beans::XPropertySet> DialogBuilder::add(const char *service, const char *name, sal_Int32 x,
                                                  sal_Int32 y, sal_Int32 w, sal_Int32 h) {
    Reference<beans::XPropertySet> m(factory_->createInstance("com.sun.star.awt.UnoControl" +
                                                              OUString::createFromAscii(service) + "Model"),
                                     UNO_QUERY_THROW);
    m->setPropertyValue("PositionX", Any(x));
    m->setPropertyValue("PositionY", Any(y));
    m->setPropertyValue("Width", Any(w));
    m->setPropertyValue("Height", Any(h));
    models_->insertByName(OUString::createFromAscii(name), Any(m));
    return m;
}

Reference<beans::XPropertySet> DialogBuilder::label(const char *name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                                                    const std::string &text) {
    auto m = add("FixedText", name, x, y, w, 11);
    m->setPropertyValue("Label", Any(toOU(text)));
    return m;
}

Reference<beans::XPropertySet> DialogBuilder::list(const char *name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                                                   sal_Int32 h, const std::vector<std::string> &items,
                                                   sal_Int16 selected, bool dropdown) {
    auto m = add("ListBox", name, x, y, w, h);
    uno::Sequence<OUString> seqItems(static_cast<sal_Int32>(items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        seqItems[static_cast<sal_Int32>(i)] = toOU(items[i]);
    m->setPropertyValue("StringItemList", Any(seqItems));
    m->setPropertyValue("Dropdown", Any(dropdown));
    if (dropdown) m->setPropertyValue("LineCount", Any(sal_Int16(10)));
    m->setPropertyValue("SelectedItems", Any(seq({selected})));
    return m;
}

Reference<beans::XPropertySet> DialogBuilder::button(const char *name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                                                     const std::string &text, bool ok) {
    auto m = add("Button", name, x, y, w, 15);
    m->setPropertyValue("Label", Any(toOU(text)));
    m->setPropertyValue("PushButtonType",
                        Any(sal_Int16(ok ? awt::PushButtonType_OK : awt::PushButtonType_CANCEL)));
    if (ok) m->setPropertyValue("DefaultButton", Any(true));
    return m;
}

Reference<awt::XControl> DialogBuilder::create(const Reference<frame::XFrame> &frame) const {
    Reference<awt::XControl> control(
        ctx_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", ctx_),
        UNO_QUERY_THROW);
    control->setModel(Reference<awt::XControlModel>(factory_, UNO_QUERY_THROW));
    Reference<awt::XWindowPeer> parent;
    if (frame.is()) parent.set(frame->getContainerWindow(), UNO_QUERY);
    control->createPeer(Reference<awt::XToolkit>(awt::Toolkit::create(ctx_), UNO_QUERY_THROW), parent);
    return control;
}

sal_Int16 selectedIndex(const Reference<beans::XPropertySet> &list) {
    uno::Sequence<sal_Int16> sel;
    list->getPropertyValue("SelectedItems") >>= sel;
    return sel.hasElements() ? sel[0] : sal_Int16(-1);
}

} // namespace ita::lo
