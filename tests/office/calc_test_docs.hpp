// Small Calc documents built cell by cell over the bridge, saved as .ods so
// that they have a file name, for the Calc mark/analysis/function tests.
#pragma once

#include "office_env.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <cstdlib>
#include <string>
#include <vector>

namespace ita::test {

using Rows = std::vector<std::vector<std::string>>;

// The ten indicators with the canonical names (ita-domain.md §2).
inline const std::vector<std::string> &indicatorNames() {
    static const std::vector<std::string> names = {
        "การปฏิบัติหน้าที่",        "การใช้งบประมาณ",    "การใช้อำนาจ",        "การใช้ทรัพย์สินของราชการ",
        "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน",
        "การเปิดเผยข้อมูล",      "การป้องกันการทุจริต"};
    return names;
}

// A plain ASCII number ("80.5", "2564") is written as a number; "=..." as a
// formula; everything else ("8O.5", "๘๐.๕๐", names) as text.
inline void putCell(const css::uno::Reference<css::sheet::XSpreadsheet> &sh, int col, int row,
                    const std::string &v) {
    if (v.empty()) return;
    css::uno::Reference<css::table::XCell> cell = sh->getCellByPosition(col, row);
    if (v[0] == '=') {
        cell->setFormula(ou(v));
        return;
    }
    char *end = nullptr;
    const double d = std::strtod(v.c_str(), &end);
    const bool ascii = v.find_first_not_of("0123456789.-") == std::string::npos;
    if (ascii && end && *end == '\0') {
        cell->setValue(d);
        return;
    }
    css::uno::Reference<css::text::XTextRange>(cell, css::uno::UNO_QUERY_THROW)->setString(ou(v));
}

inline void fillSheet(const css::uno::Reference<css::sheet::XSpreadsheet> &sh, const Rows &rows) {
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            putCell(sh, static_cast<int>(c), static_cast<int>(r), rows[r][c]);
}

using Sheets = std::vector<std::pair<std::string, Rows>>;

// A new hidden Calc document with these sheets (name, rows), saved as
// <out>/<file> (an .ods) so that it has a name; hidden, but with a frame.
// visible: a shown frame (still off-screen in a headless office) becomes the
// active view, which Calc's sheet undo actions need.
inline css::uno::Reference<css::lang::XComponent> newCalcDoc(const std::string &file, const Sheets &content,
                                                             bool visible = false) {
    using namespace css;
    uno::Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx()), uno::UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= !visible;
    uno::Reference<lang::XComponent> doc =
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, args);
    uno::Reference<sheet::XSpreadsheetDocument> calc(doc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XIndexAccess> sheets(calc->getSheets(), uno::UNO_QUERY_THROW);
    for (size_t i = 0; i < content.size(); ++i) {
        if (static_cast<sal_Int32>(i) >= sheets->getCount())
            calc->getSheets()->insertNewByName(ou(content[i].first), static_cast<sal_Int16>(i));
        uno::Reference<sheet::XSpreadsheet> sh(sheets->getByIndex(static_cast<sal_Int32>(i)),
                                               uno::UNO_QUERY_THROW);
        uno::Reference<container::XNamed>(sh, uno::UNO_QUERY_THROW)->setName(ou(content[i].first));
        fillSheet(sh, content[i].second);
    }
    uno::Sequence<beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= ou("calc8");
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)
        ->storeAsURL(ou(office::fileUrl(outDir() + "/" + file)), store);
    return doc;
}

inline css::uno::Reference<css::lang::XComponent> newCalcDoc(const std::string &file,
                                                             const std::string &sheetName, const Rows &rows) {
    return newCalcDoc(file, Sheets{{sheetName, rows}});
}

inline void closeDoc(const css::uno::Reference<css::lang::XComponent> &doc) {
    css::uno::Reference<css::util::XCloseable> c(doc, css::uno::UNO_QUERY);
    if (c.is())
        c->close(true);
    else if (doc.is())
        doc->dispose();
}

// Stores a copy of doc with a filter ("calc8", "Calc Office Open XML", "calc_pdf_Export").
inline void storeWithFilter(const css::uno::Reference<css::lang::XComponent> &doc, const std::string &path,
                            const std::string &filter) {
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "FilterName";
    args[0].Value <<= ou(filter);
    css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
        ->storeToURL(ou(office::fileUrl(path)), args);
}

// A test fixture that closes, after each test, the documents the test kept.
class ClosesDocs : public ::testing::Test {
  protected:
    void TearDown() override {
        for (auto &d : docs_)
            closeDoc(d);
    }
    css::uno::Reference<css::lang::XComponent> keep(css::uno::Reference<css::lang::XComponent> d) {
        docs_.push_back(d);
        return d;
    }
    std::vector<css::uno::Reference<css::lang::XComponent>> docs_;
};

// "ปีงบประมาณ 2564" / "ตัวชี้วัด คะแนน" / ten rows / "คะแนนรวม" / "ระดับผลการประเมิน":
// the score sheet a clerk types. scores[i] is written as given (text stays text).
inline Rows scoreSheet(const std::string &year, const std::vector<std::string> &scores,
                       const std::string &total, const std::string &rating) {
    Rows rows = {{"ปีงบประมาณ", year}, {}, {"ตัวชี้วัด", "คะแนน"}};
    for (size_t i = 0; i < scores.size(); ++i)
        rows.push_back({indicatorNames()[i], scores[i]});
    rows.push_back({"คะแนนรวม", total});
    rows.push_back({"ระดับผลการประเมิน", rating});
    return rows;
}

} // namespace ita::test
