// Filling an official document from a score sheet: what ITA > Fill document…,
// the UNO service (and through it `ita fill`) share. The filling itself is the
// core's fill engine; here are only the options, the shipped templates and the
// document → SourceDocument step.
#pragma once

#include "uno/common/document_flows.hxx"

#include "core/fill/fill_data.hpp"
#include "core/validate/validation.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace ita::lo {

struct FillOptions {
    CallOptions call;         // frameworks, fiscal_year, tolerance, path
    std::string templateName; // "memo" … "plan", or a file path
    std::string output;       // where the filled document is written (.odt, .docx or .fodt)
    fill::FillSettings settings;
    bool allowErrors = false; // fill even when the sheet has validation errors
};
// {"template": "memo", "output": "/…/x.odt", "date": "2026-12-02", "letter_number": "…",
//  "thai_digits": true, "set": {"field": "value"}, "allow_errors": false, plus the
// CallOptions keys}. Throws IllegalArgumentException on malformed JSON.
FillOptions parseFillOptions(const rtl::OUString &json);

// The templates shipped in the extension: short name → .ott path, in menu order.
struct ShippedTemplate {
    std::string name; // memo, analysis, measures, report, plan
    std::string path; // <extension>/templates/ITA/ita-memo.ott
};
std::vector<ShippedTemplate> shippedTemplates(const css::uno::Reference<css::uno::XComponentContext> &ctx);
// A short name resolved to its shipped file; anything else is taken as a path.
std::string resolveTemplate(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                            const std::string &nameOrPath);

struct FillOutcome {
    ValidationReport validation; // of the score sheet, always
    bool written = false;        // false: refused because of validation errors
    std::string output;          // the file written
    std::string extension;       // "odt", "docx" or "fodt": the template's own format
};

// Validates the sheet; unless it has errors (or allowErrors), fills the template
// and writes the result to options.output (which must not be the template).
// Throws IllegalArgumentException with the clerk's message for a malformed
// template, a sheet that cannot fill (no year, no framework, incomplete
// scores) or an unknown --set field.
FillOutcome fillDocument(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                         const css::uno::Reference<css::uno::XInterface> &sheet, const FillOptions &options);

// The result as JSON: {"written", "output", "format", "validation": {…}}.
std::string toJson(const FillOutcome &outcome);

} // namespace ita::lo
