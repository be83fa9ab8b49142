#include "uno/dialogs/fill_dialog.hxx"

#include "uno/common/uno_strings.hxx"
#include "uno/dialogs/dialog_builder.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>

#include <ctime>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

namespace {

const char *const kShipped[] = {"memo", "analysis", "measures", "report", "plan"};
constexpr sal_Int32 kWidth = 270;

// A file field is usable only while its list's last entry ("a file") is selected.
class FileEntryListener : public cppu::WeakImplHelper1<awt::XItemListener> {
  public:
    FileEntryListener(Reference<beans::XPropertySet> fileModel, sal_Int16 fileEntry)
        : fileModel_(std::move(fileModel)), fileEntry_(fileEntry) {}
    void SAL_CALL itemStateChanged(const awt::ItemEvent &ev) override {
        fileModel_->setPropertyValue("Enabled", Any(ev.Selected == fileEntry_));
    }
    void SAL_CALL disposing(const lang::EventObject &) override {}

  private:
    Reference<beans::XPropertySet> fileModel_;
    sal_Int16 fileEntry_;
};

std::string textOf(const Reference<beans::XPropertySet> &m) {
    OUString s;
    m->getPropertyValue("Text") >>= s;
    return toStd(s.trim());
}

util::Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return util::Date(static_cast<sal_uInt16>(local.tm_mday), static_cast<sal_uInt16>(local.tm_mon + 1),
                      static_cast<sal_Int16>(local.tm_year + 1900));
}

} // namespace

std::optional<FillChoices> askFillChoices(const Reference<uno::XComponentContext> &ctx,
                                          const Reference<frame::XFrame> &frame, const FillDialogInput &in) {
    const msg::Lang lang = in.lang;
    auto t = [lang](const char *key, const msg::Args &args = {}) { return msg::text(key, lang, args); };
    const DocKind currentKind = kindOf(in.current);
    const std::string title = in.currentTitle.empty() ? t("ui.fill.unsaved") : in.currentTitle;

    // Score sheets: this Calc document, the other open ones, a file.
    std::vector<std::string> sheetItems;
    std::vector<Reference<uno::XInterface>> sheetDocs;
    if (currentKind == DocKind::Calc) {
        sheetItems.push_back(t("ui.fill.sheet.this", {{"title", title}}));
        sheetDocs.push_back(in.current);
    }
    for (const auto &[name, doc] : in.openSheets) {
        sheetItems.push_back(t("ui.fill.sheet.open", {{"title", name}}));
        sheetDocs.push_back(doc);
    }
    sheetItems.push_back(t("ui.fill.sheet.file"));
    const auto sheetFileEntry = static_cast<sal_Int16>(sheetItems.size() - 1);
    const bool sheetFromFile = !in.defaults.sheetFile.empty() || sheetDocs.empty();

    // Templates: the five shipped ones, this Writer document, a file.
    std::vector<std::string> templateItems;
    for (const char *name : kShipped)
        templateItems.push_back(t((std::string("ui.fill.template.") + name).c_str()));
    if (currentKind == DocKind::Writer)
        templateItems.push_back(t("ui.fill.template.current", {{"title", title}}));
    templateItems.push_back(t("ui.fill.template.file"));
    const auto templateFileEntry = static_cast<sal_Int16>(templateItems.size() - 1);
    sal_Int16 templateSelected = templateFileEntry;
    const std::string &defaultTemplate = in.defaults.options.templateName;
    for (sal_Int16 i = 0; i < 5; ++i)
        if (defaultTemplate == kShipped[i] || (defaultTemplate.empty() && i == 0)) templateSelected = i;
    if (in.templateIsCurrent && currentKind == DocKind::Writer) templateSelected = 5;

    DialogBuilder b(ctx);
    Reference<beans::XPropertySet> dlg = b.dialog();
    dlg->setPropertyValue("Title", Any(toOU(t("ui.fill.title"))));
    dlg->setPropertyValue("Width", Any(kWidth));
    dlg->setPropertyValue("Height", Any(sal_Int32(190)));
    dlg->setPropertyValue("PositionX", Any(sal_Int32(60)));
    dlg->setPropertyValue("PositionY", Any(sal_Int32(40)));

    b.label("sheetLabel", 8, 6, kWidth - 16, t("ui.fill.sheet"));
    auto sheetList = b.list("sheet", 8, 18, kWidth - 16, 14, sheetItems,
                            sheetFromFile ? sheetFileEntry : sal_Int16(0), true);
    b.label("sheetFileLabel", 16, 38, 40, t("ui.fill.file"));
    auto sheetFile = b.add("FileControl", "sheetFile", 58, 36, kWidth - 66, 14);
    sheetFile->setPropertyValue("Text", Any(toOU(in.defaults.sheetFile)));
    sheetFile->setPropertyValue("Enabled", Any(sheetFromFile));

    b.label("templateLabel", 8, 58, kWidth - 16, t("ui.fill.template"));
    auto templateList = b.list("template", 8, 70, kWidth - 16, 14, templateItems, templateSelected, true);
    b.label("templateFileLabel", 16, 90, 40, t("ui.fill.file"));
    auto templateFile = b.add("FileControl", "templateFile", 58, 88, kWidth - 66, 14);
    if (templateSelected == templateFileEntry)
        templateFile->setPropertyValue("Text", Any(toOU(defaultTemplate)));
    templateFile->setPropertyValue("Enabled", Any(templateSelected == templateFileEntry));

    b.label("dateLabel", 8, 114, 90, t("ui.fill.date"));
    auto date = b.add("DateField", "date", 100, 112, 80, 14);
    const auto &d = in.defaults.options.settings.date;
    date->setPropertyValue(
        "Date", Any(d ? util::Date(static_cast<sal_uInt16>(d->day), static_cast<sal_uInt16>(d->month),
                                   static_cast<sal_Int16>(d->year))
                      : today()));
    date->setPropertyValue("DateFormat", Any(sal_Int16(7))); // DD/MM/YYYY
    date->setPropertyValue("Dropdown", Any(true));
    date->setPropertyValue("StrictFormat", Any(true));

    b.label("numberLabel", 8, 134, 90, t("ui.fill.letterNumber"));
    auto number = b.add("Edit", "number", 100, 132, kWidth - 108, 14);
    number->setPropertyValue("Text", Any(toOU(in.defaults.options.settings.letterNumber)));

    auto digits = b.add("CheckBox", "thaiDigits", 100, 152, kWidth - 108, 12);
    digits->setPropertyValue("Label", Any(toOU(t("ui.fill.thaiDigits"))));
    digits->setPropertyValue("State", Any(sal_Int16(in.defaults.options.settings.thaiDigits ? 1 : 0)));

    b.button("ok", kWidth - 128, 170, 64, t("ui.fill.ok"), true);
    b.button("cancel", kWidth - 60, 170, 52, t("ui.cancel"), false);

    Reference<awt::XControl> control = b.create(frame);
    Reference<awt::XControlContainer> controls(control, UNO_QUERY_THROW);
    Reference<awt::XListBox>(controls->getControl("sheet"), UNO_QUERY_THROW)
        ->addItemListener(new FileEntryListener(sheetFile, sheetFileEntry));
    Reference<awt::XListBox>(controls->getControl("template"), UNO_QUERY_THROW)
        ->addItemListener(new FileEntryListener(templateFile, templateFileEntry));

    const sal_Int16 result = Reference<awt::XDialog>(control, UNO_QUERY_THROW)->execute();

    FillChoices out = in.defaults;
    const sal_Int16 sheetIndex = selectedIndex(sheetList);
    const sal_Int16 templateIndex = selectedIndex(templateList);
    const std::string sheetPath = textOf(sheetFile), templatePath = textOf(templateFile),
                      letter = textOf(number);
    util::Date chosen;
    const bool hasDate = date->getPropertyValue("Date") >>= chosen;
    sal_Int16 state = 1;
    digits->getPropertyValue("State") >>= state;
    Reference<lang::XComponent>(control, UNO_QUERY_THROW)->dispose();
    if (result != 1) return std::nullopt;

    out.sheetDocument.clear();
    out.sheetFile.clear();
    if (sheetIndex >= 0 && sheetIndex < sheetFileEntry)
        out.sheetDocument = sheetDocs[static_cast<size_t>(sheetIndex)];
    else
        out.sheetFile = sheetPath;
    out.templateDocument.clear();
    if (templateIndex >= 0 && templateIndex < 5)
        out.options.templateName = kShipped[templateIndex];
    else if (templateIndex == templateFileEntry || templateIndex < 0)
        out.options.templateName = templatePath;
    else
        out.templateDocument = in.current;
    if (hasDate && chosen.Year > 0)
        out.options.settings.date = thai::Date{chosen.Year, chosen.Month, chosen.Day};
    out.options.settings.letterNumber = letter;
    out.options.settings.thaiDigits = state == 1;
    return out;
}

} // namespace ita::lo
