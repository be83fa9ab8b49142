// org.itatools.CalcFunctions: spreadsheet functions (Calc add-in). Calc finds
// the methods by introspection of XCalcFunctions (from ita.rdb) and stores
// them in documents as org.itatools.CalcFunctions.<method>: never rename.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/text/messages.hpp"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/itatools/XCalcFunctions.hpp>

#include <memory>
#include <mutex>

namespace ita::lo {

class CalcFunctions : public cppu::WeakImplHelper4<org::itatools::XCalcFunctions, css::sheet::XAddIn,
                                                   css::lang::XServiceName, css::lang::XServiceInfo> {
  public:
    explicit CalcFunctions(const css::uno::Reference<css::uno::XComponentContext> &ctx) : ctx_(ctx) {}

    // XCalcFunctions
    double SAL_CALL itaTotal(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>> &scores,
                             sal_Int32 fiscalYear) override;
    rtl::OUString SAL_CALL itaRating(double total, sal_Int32 fiscalYear, const css::uno::Any &iit,
                                     const css::uno::Any &eit, const css::uno::Any &oit) override;
    double SAL_CALL itaToolScore(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>> &scores,
                                 sal_Int32 fiscalYear, const rtl::OUString &tool) override;
    rtl::OUString SAL_CALL itaThaiDigits(const css::uno::Any &value, const css::uno::Any &decimals) override;
    rtl::OUString SAL_CALL itaArabicDigits(const rtl::OUString &text) override;
    rtl::OUString SAL_CALL itaThaiDate(double date, const css::uno::Any &form) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString &display) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString &programmatic) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString &programmatic) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString &programmatic, sal_Int32 arg) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString &programmatic, sal_Int32 arg) override;
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString &programmatic) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString &programmatic) override;
    void SAL_CALL setLocale(const css::lang::Locale &locale) override { locale_ = locale; }
    css::lang::Locale SAL_CALL getLocale() override { return locale_; }

    rtl::OUString SAL_CALL getServiceName() override;
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext> &ctx);
    static rtl::OUString SAL_CALL implementationName();
    static css::uno::Sequence<rtl::OUString> SAL_CALL serviceNames();

  private:
    const Framework &framework(sal_Int32 fiscalYear);
    msg::Lang lang() const { return locale_.Language == "th" ? msg::Lang::Th : msg::Lang::En; }

    css::uno::Reference<css::uno::XComponentContext> ctx_;
    css::lang::Locale locale_;
    std::mutex mutex_;
    std::unique_ptr<FrameworkRegistry> registry_; // loaded on first use
};

} // namespace ita::lo
