// What the menus, the UNO service and (through it) the `ita` command share:
// options, frameworks, turning a document into the core's SourceDocument, and
// the validate/analyse flows. Everything is re-fetched from the document at
// call time; nothing is cached between calls.
#pragma once

#include "core/analysis/analysis.hpp"
#include "core/frameworks/framework.hpp"
#include "core/model/grid.hpp"
#include "core/validate/validation.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <optional>
#include <string>

namespace ita::lo {

struct CallOptions {
    bool annotate = false;     // validate: mark cells and write the report sheet
    bool cleanCopy = false;    // validate: the document is a private copy: remove its macros and links
    bool write = false;        // analyse: write the analysis sheet
    std::string frameworksDir; // extra folder of fyNNNN.json (overrides)
    std::optional<int> fiscalYear;
    double tolerance = 0.02;
    std::string path; // name shown in messages
};
// Throws css::lang::IllegalArgumentException on malformed JSON.
CallOptions parseOptions(const rtl::OUString &json);

// Built-in frameworks (in the extension), then the user's folder
// ($(user)/ita/frameworks), then options.frameworksDir.
FrameworkRegistry loadFrameworks(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                                 const std::string &extraDir, std::vector<std::string> *dirsUsed = nullptr);

enum class DocKind { Calc, Writer, Other };
DocKind kindOf(const css::uno::Reference<css::uno::XInterface> &doc);

// Progress callback: (done, total). May be empty.
using Progress = std::function<void(int, int)>;

// Calc: every sheet except the ones this extension writes; Writer: every table
// and every body paragraph. Throws IllegalArgumentException for other documents.
SourceDocument readDocument(const css::uno::Reference<css::uno::XInterface> &doc, const std::string &path,
                            const Progress &progress = {});

// What validate, analyse and fill start from: the frameworks, the document's name
// (options.path, else its file name) and its content.
struct DocumentInput {
    FrameworkRegistry registry;
    std::string name;
    SourceDocument source;
};
DocumentInput readInput(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                        const css::uno::Reference<css::uno::XInterface> &doc, const CallOptions &options,
                        const Progress &progress = {});
// The report holds values only: it may outlive the input.
ValidationReport validateInput(const DocumentInput &input, const CallOptions &options);

ValidationReport validateDocument(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                                  const css::uno::Reference<css::uno::XInterface> &doc,
                                  const CallOptions &options, const Progress &progress = {});

// The analysis of the primary table; throws IllegalArgumentException with a
// clerk-readable message when the document has no complete table or no framework.
Analysis analyseDocument(const css::uno::Reference<css::uno::XComponentContext> &ctx,
                         const css::uno::Reference<css::uno::XInterface> &doc, const CallOptions &options,
                         const Progress &progress = {});

// Best-effort file name of a document for messages ("" when unsaved).
std::string documentName(const css::uno::Reference<css::uno::XInterface> &doc);

} // namespace ita::lo
