// How ITA Tools opens a file it did not make: hidden, without macros, link
// updates or dialogs, after checking that its content is what its name claims.
// One code for both sides of the bridge: `ita` loading over the bridge
// (Session::load) and the component loading inside the office (the batch's one
// call per file, XFileTools), so that both refuse and accept the same files
// with the same reasons.
#pragma once

#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <mutex>
#include <string>

namespace ita::office {

// "file:///abs/path" for a path relative to the current directory ($ and \ percent-encoded).
std::string fileUrl(const std::string &path);
// The system path of a file URL; std::runtime_error when it is not one.
std::string pathOfUrl(const std::string &url);

// The filter options a .csv is opened with: UTF-8, comma, double quotes, as the
// clerk picks them in the office's text-import dialog.
const char *csvImportOptions();

class DocumentLoader {
  public:
    explicit DocumentLoader(css::uno::Reference<css::uno::XComponentContext> context);

    // Loads `path` (the user's file or ita's private copy of it: its extension is
    // the name's claim). Read-only unless editable. readOnlyModel: the caller only
    // reads a spreadsheet's cells, so it is loaded as a model alone, without the
    // window and view a hidden load still builds (a third of the time of a small
    // sheet). Throws std::runtime_error with the reason a clerk reads
    // ("password-protected", "not a spreadsheet: plain text", "cannot be opened: …");
    // a UNO RuntimeException passes: the office itself is in trouble.
    css::uno::Reference<css::lang::XComponent> load(const std::string &path, bool editable,
                                                    bool readOnlyModel);
    // A document ITA Tools itself wrote (a filled template), in a known format: loaded
    // with that import filter, without the type check an input needs.
    css::uno::Reference<css::lang::XComponent> loadOwn(const std::string &path,
                                                       const std::string &importFilter);
    static void close(const css::uno::Reference<css::lang::XComponent> &doc);

    // Seconds spent in load(): the type check on the content, the office's loading.
    struct Times {
        double detect = 0, open = 0;
    };
    Times times() const;

  private:
    // Loads with the media descriptor every load has; modelFilter: as a spreadsheet model
    // without a view, with that filter; filter: loadComponentFromURL with that filter.
    css::uno::Reference<css::lang::XComponent>
    open(const std::string &path, bool editable, const std::string &modelFilter, const std::string &filter);

    css::uno::Reference<css::uno::XComponentContext> context_;
    // Made once, not once per file: over the bridge each is a round trip.
    css::uno::Reference<css::frame::XComponentLoader> loader_;
    css::uno::Reference<css::document::XTypeDetection> detection_;
    css::uno::Reference<css::lang::XMultiComponentFactory> factory_;
    std::map<std::string, std::string> calcFilters_; // detected type -> its import filter ("": none)
    mutable std::mutex mutex_;                       // a component instance may be called from two threads
    Times times_;
};

} // namespace ita::office
