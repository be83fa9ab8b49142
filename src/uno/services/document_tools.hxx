// org.itatools.DocumentTools: the service behind the menus, macros and `ita`.
#pragma once

#include "office/document_loading.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>
#include <org/itatools/XDocumentTools.hpp>
#include <org/itatools/XFileTools.hpp>

#include <memory>
#include <mutex>

namespace ita::lo {

class DocumentTools : public cppu::WeakImplHelper3<org::itatools::XDocumentTools, org::itatools::XFileTools,
                                                   css::lang::XServiceInfo> {
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

    rtl::OUString SAL_CALL validateFile(const rtl::OUString &url, const rtl::OUString &options) override;
    rtl::OUString SAL_CALL fillFile(const rtl::OUString &url, const rtl::OUString &options) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext> &ctx);
    static rtl::OUString SAL_CALL implementationName();
    static css::uno::Sequence<rtl::OUString> SAL_CALL serviceNames();

  private:
    office::DocumentLoader &loader();
    // The file at url loaded as an input: read-only, a spreadsheet without a view.
    css::uno::Reference<css::lang::XComponent> loadInput(const rtl::OUString &url);

    css::uno::Reference<css::uno::XComponentContext> ctx_;
    std::mutex loaderMutex_;
    std::unique_ptr<office::DocumentLoader> loader_; // its caches serve every file of a batch
};

} // namespace ita::lo
