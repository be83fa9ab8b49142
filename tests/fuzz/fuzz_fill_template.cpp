// The template compiler and filler on arbitrary XML: no crash, no hang, and every template
// that loads also fills. The input is the body of a flat ODF document when it starts with
// 'o', of a DOCX document.xml when it starts with 'w' (the rest is the body either way).
#include "core/fill/fill_template.hpp"
#include "core/fill/xml_tokens.hpp"

#include <cstdint>
#include <string>

using namespace ita::fill;

namespace {

FillData sample() {
    FillData d;
    d.root.fields["total"] = FillValue::ofNumber(87.56, 2);
    d.root.fields["agency"] = FillValue::ofText("อบต. <&>\n\tx");
    d.root.fields["date"] = FillValue::ofDate({2025, 4, 8});
    d.root.conditions["six_month"] = true;
    for (int i = 0; i < 3; ++i) {
        FillRecord r;
        r.fields["name"] = FillValue::ofText("ตัวชี้วัด " + std::to_string(i));
        r.fields["score"] = FillValue::ofNumber(90 - i, 2);
        r.conditions["below_target"] = i == 2;
        FillRecord tool = r;
        tool.lists["tool_indicators"] = {r};
        d.root.lists["ranked"].push_back(r);
        d.root.lists["tools"].push_back(tool);
    }
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0 || size > 20000) return 0;
    const std::string in(reinterpret_cast<const char *>(data), size);
    try {
        (void)decodeEntities(in);
        (void)tokenizeXml(in);
    } catch (const XmlError &) {
    }
    std::string doc;
    if (in[0] == 'w')
        doc = "<w:document><w:body>" + in.substr(1) + "</w:body></w:document>";
    else
        doc = "<office:document><office:body><office:text>" + in.substr(1) +
              "</office:text></office:body></office:document>";
    static const FillData d = sample();
    try {
        const FillTemplate t = FillTemplate::load(doc);
        (void)t.fill(d);
    } catch (const TemplateError &) {
    }
    // A zip package built from the same bytes must not crash the reader either.
    try {
        (void)FillTemplate::load("PK" + in);
    } catch (const TemplateError &) {
    }
    return 0;
}
