// What a workbook's PDF holds: Calc prints each sheet's used area, and formatting alone
// makes a cell used, so the empty bordered rows a score-sheet template leaves for the
// clerk's measures print as a page with nothing but the table's header. While an object
// of this class lives, each sheet without print ranges of its own prints down to its
// last row with content (its used columns kept, so the table keeps its width).
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>

#include <vector>

namespace ita::office {

class ContentPrintAreas {
  public:
    // doc: any document; only a spreadsheet is changed (in memory, never stored as such).
    explicit ContentPrintAreas(const css::uno::Reference<css::lang::XComponent> &doc);
    ~ContentPrintAreas(); // the sheets print as before again
    ContentPrintAreas(const ContentPrintAreas &) = delete;
    ContentPrintAreas &operator=(const ContentPrintAreas &) = delete;

  private:
    std::vector<css::uno::Reference<css::sheet::XPrintAreas>> changed_;
};

} // namespace ita::office
