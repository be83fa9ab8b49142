// A dialog built at run time with the UNO toolkit: its controls' models by name and
// position (in dialog units), then shown modally over the document's window. Shared by
// the ITA dialogs so that each holds only its own controls and texts.
#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace ita::lo {

class DialogBuilder {
  public:
    explicit DialogBuilder(const css::uno::Reference<css::uno::XComponentContext> &ctx);
    css::uno::Reference<css::beans::XPropertySet> dialog() const;
    // A control "com.sun.star.awt.UnoControl<service>Model".
    css::uno::Reference<css::beans::XPropertySet> add(const char *service, const char *name, sal_Int32 x,
                                                      sal_Int32 y, sal_Int32 w, sal_Int32 h);
    css::uno::Reference<css::beans::XPropertySet> label(const char *name, sal_Int32 x, sal_Int32 y,
                                                        sal_Int32 w, const std::string &text);
    css::uno::Reference<css::beans::XPropertySet> list(const char *name, sal_Int32 x, sal_Int32 y,
                                                       sal_Int32 w, sal_Int32 h,
                                                       const std::vector<std::string> &items,
                                                       sal_Int16 selected, bool dropdown);
    css::uno::Reference<css::beans::XPropertySet> button(const char *name, sal_Int32 x, sal_Int32 y,
                                                         sal_Int32 w, const std::string &text, bool ok);
    // The dialog's control with its peer, parented to the frame's window (none: the desktop).
    css::uno::Reference<css::awt::XControl>
    create(const css::uno::Reference<css::frame::XFrame> &frame) const;

  private:
    css::uno::Reference<css::uno::XComponentContext> ctx_;
    css::uno::Reference<css::lang::XMultiServiceFactory> factory_;
    css::uno::Reference<css::container::XNameContainer> models_;
};

// The first selected entry of a list box model, or -1.
sal_Int16 selectedIndex(const css::uno::Reference<css::beans::XPropertySet> &list);

} // namespace ita::lo
