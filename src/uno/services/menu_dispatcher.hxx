// org.itatools.comp.MenuDispatcher: the protocol handler behind every ITA menu
// entry (org.itatools:Validate, :Analyse, :ClearMarks, :NewScoreSheet, :FillDocument,
// :About); what each does is in menu_commands.hxx.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace ita::lo {

class MenuDispatcher
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
  public:
    explicit MenuDispatcher(const css::uno::Reference<css::uno::XComponentContext> &ctx) : ctx_(ctx) {}

    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any> &args) override;

    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL &url,
                                                                      const rtl::OUString &target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
        SAL_CALL queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor> &requests) override;

    void SAL_CALL dispatch(const css::util::URL &url,
                           const css::uno::Sequence<css::beans::PropertyValue> &args) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener> &listener,
                                    const css::util::URL &url) override;
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener> &,
                                       const css::util::URL &) override {}
    void SAL_CALL dispatchWithNotification(
        const css::util::URL &url, const css::uno::Sequence<css::beans::PropertyValue> &args,
        const css::uno::Reference<css::frame::XDispatchResultListener> &listener) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext> &ctx);
    static rtl::OUString SAL_CALL implementationName();
    static css::uno::Sequence<rtl::OUString> SAL_CALL serviceNames();

  private:
    css::uno::Reference<css::uno::XComponentContext> ctx_;
    css::uno::Reference<css::frame::XFrame> frame_;
};

} // namespace ita::lo
