// org.itatools.DocumentTools: the service behind the menus, macros and `ita`.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/itatools/XDocumentTools.hpp>

namespace ita::lo {

class DocumentTools : public cppu::WeakImplHelper2<org::itatools::XDocumentTools, css::lang::XServiceInfo> {
  public:
    explicit DocumentTools(const css::uno::Reference<css::uno::XComponentContext> &ctx) : ctx_(ctx) {}

    rtl::OUString SAL_CALL validate(const css::uno::Reference<css::lang::XComponent> &document,
                                    const rtl::OUString &options) override;
    rtl::OUString SAL_CALL analyse(const css::uno::Reference<css::lang::XComponent> &document,
                                   const rtl::OUString &options) override;
    rtl::OUString SAL_CALL fill(const css::uno::Reference<css::lang::XComponent> &document,
                                const rtl::OUString &options) override;
    rtl::OUString SAL_CALL templates() override;
    void SAL_CALL clearMarks(const css::uno::Reference<css::lang::XComponent> &document) override;
    rtl::OUString SAL_CALL frameworks(const rtl::OUString &options) override;
    rtl::OUString SAL_CALL version() override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext> &ctx);
    static rtl::OUString SAL_CALL implementationName();
    static css::uno::Sequence<rtl::OUString> SAL_CALL serviceNames();

  private:
    css::uno::Reference<css::uno::XComponentContext> ctx_;
};

} // namespace ita::lo
