#include "uno/dialogs/insert_field_dialog.hxx"

#include "uno/common/uno_strings.hxx"
#include "uno/dialogs/dialog_builder.hxx"

#include "core/fill/fill_schema.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <algorithm>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace ita::lo {

std::optional<FieldChoice> askField(const Reference<uno::XComponentContext> &ctx,
                                    const Reference<frame::XFrame> &frame, msg::Lang lang) {
    auto t = [lang](const char *key) { return msg::text(key, lang); };
    const std::vector<fill::DocumentedField> fields = fill::documentedFields();
    std::vector<std::string> items;
    for (const auto &f : fields)
        items.push_back(f.th + " / " + f.en + " \xE2\x80\x94 " + msg::text("fill.example." + f.en, lang));

    constexpr sal_Int32 kWidth = 300;
    DialogBuilder b(ctx);
    Reference<beans::XPropertySet> dlg = b.dialog();
    dlg->setPropertyValue("Title", Any(toOU(t("ui.insertField.title"))));
    dlg->setPropertyValue("Width", Any(kWidth));
    dlg->setPropertyValue("Height", Any(sal_Int32(214)));
    dlg->setPropertyValue("PositionX", Any(sal_Int32(60)));
    dlg->setPropertyValue("PositionY", Any(sal_Int32(40)));

    b.label("fieldLabel", 8, 6, kWidth - 16, t("ui.insertField.field"));
    auto list = b.list("field", 8, 18, kWidth - 16, 140, items, 0, false);
    b.label("indicatorLabel", 8, 166, 150, t("ui.insertField.indicator"));
    auto indicator = b.add("NumericField", "indicator", 160, 164, 40, 14);
    indicator->setPropertyValue("DecimalAccuracy", Any(sal_Int16(0)));
    indicator->setPropertyValue("ValueMin", Any(1.0));
    indicator->setPropertyValue("ValueMax", Any(10.0));
    indicator->setPropertyValue("Value", Any(1.0));
    indicator->setPropertyValue("Spin", Any(true));
    indicator->setPropertyValue("StrictFormat", Any(true));
    auto english = b.add("CheckBox", "english", 8, 182, kWidth - 16, 12);
    english->setPropertyValue("Label", Any(toOU(t("ui.insertField.english"))));
    english->setPropertyValue("State", Any(sal_Int16(0)));
    b.button("ok", kWidth - 128, 196, 64, t("ui.insertField.ok"), true);
    b.button("cancel", kWidth - 60, 196, 52, t("ui.cancel"), false);

    Reference<awt::XControl> control = b.create(frame);
    const sal_Int16 result = Reference<awt::XDialog>(control, UNO_QUERY_THROW)->execute();
    const sal_Int16 index = selectedIndex(list);
    double number = 1;
    indicator->getPropertyValue("Value") >>= number;
    sal_Int16 state = 0;
    english->getPropertyValue("State") >>= state;
    Reference<lang::XComponent>(control, UNO_QUERY_THROW)->dispose();
    if (result != 1 || index < 0 || index >= static_cast<sal_Int16>(fields.size())) return std::nullopt;

    FieldChoice out;
    out.name = fields[static_cast<size_t>(index)].en;
    if (fields[static_cast<size_t>(index)].perIndicator) {
        const int n = std::min(10, std::max(1, static_cast<int>(number + 0.5)));
        out.name.replace(1, 1, std::to_string(n)); // "iN_name" -> "i9_name"
    }
    out.english = state == 1;
    return out;
}

} // namespace ita::lo
