// Validate + Analyse on a 10-sheet workbook in a warm office, as the menu runs
// them (validate with marks and report sheet, analyse with the analysis sheet
// and chart). Prints the time the office takes to load the file next to the
// time spent in the extension's service calls. Asserts nothing.
//   usage: office_bench [runs]   (default 7)
#include "office/office_session.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <org/itatools/XDocumentTools.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using Clock = std::chrono::steady_clock;
namespace office = ita::office;

namespace {

rtl::OUString ou(const std::string &s) {
    return rtl::OUString::fromUtf8(rtl::OString(s.c_str()));
}
double ms(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

const char *kNames[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                        "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                        "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                        "การป้องกันการทุจริต"};
const char *kTools[] = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};

void text(const Reference<sheet::XSpreadsheet> &s, int c, int r, const std::string &v) {
    Reference<text::XText>(s->getCellByPosition(c, r), UNO_QUERY_THROW)->setString(ou(v));
}

// Ten agencies' FY2564 sheets, one with a copy error, like a provincial batch.
std::string makeWorkbook(office::Session &session, const std::string &path) {
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(session.context()), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    Reference<lang::XComponent> doc =
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, args);
    Reference<sheet::XSpreadsheets> sheets =
        Reference<sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets();
    for (int s = 0; s < 10; ++s) {
        const std::string name = "อบต. " + std::to_string(s + 1);
        if (s == 0)
            Reference<container::XNamed>(
                Reference<container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getByIndex(0), UNO_QUERY_THROW)
                ->setName(ou(name));
        else
            sheets->insertNewByName(ou(name), static_cast<sal_Int16>(s));
        Reference<sheet::XSpreadsheet> sh(sheets->getByName(ou(name)), UNO_QUERY_THROW);
        text(sh, 0, 0, "หน่วยงาน");
        text(sh, 1, 0, "องค์การบริหารส่วนตำบลตัวอย่าง " + std::to_string(s + 1));
        text(sh, 0, 1, "ปีงบประมาณ");
        sh->getCellByPosition(1, 1)->setValue(2564);
        text(sh, 0, 3, "ตัวชี้วัดที่");
        text(sh, 1, 3, "ตัวชี้วัด");
        text(sh, 2, 3, "เครื่องมือ");
        text(sh, 3, 3, "คะแนน");
        double total = 0;
        for (int i = 0; i < 10; ++i) {
            const double score = 70.0 + ((i * 7 + s * 3) % 29) + (i % 4) * 0.25;
            sh->getCellByPosition(0, 4 + i)->setValue(i + 1);
            text(sh, 1, 4 + i, kNames[i]);
            text(sh, 2, 4 + i, kTools[i]);
            sh->getCellByPosition(3, 4 + i)->setValue(score);
            total += score * (i < 5 ? 0.06 : i < 8 ? 0.10 : 0.20);
        }
        text(sh, 1, 14, "คะแนนรวม");
        sh->getCellByPosition(3, 14)->setValue(s == 7 ? total + 0.5 : total);
    }
    uno::Sequence<beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= rtl::OUString("calc8");
    Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(ou(office::fileUrl(path)), store);
    office::Session::close(doc);
    return path;
}

void report(const char *what, std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::printf("%-42s min %8.1f ms   median %8.1f ms   max %8.1f ms\n", what, v.front(), v[v.size() / 2],
                v.back());
}

} // namespace

int main(int argc, char **argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    office::SessionPaths paths = office::defaultPaths();
    paths.workDir = std::string(ITA_BUILD_DIR) + "/bench-office";
    office::installSignalHandlers();
    office::Session session(paths);
    auto t0 = Clock::now();
    session.start();
    std::printf("office start (install if needed + spawn + connect): %.0f ms\n", ms(t0));
    const std::string file =
        makeWorkbook(session, std::string(ITA_BUILD_DIR) + "/bench-office/ten-sheets.ods");
    auto ctx = session.context();
    Reference<org::itatools::XDocumentTools> tools(
        ctx->getServiceManager()->createInstanceWithContext("org.itatools.DocumentTools", ctx),
        UNO_QUERY_THROW);

    std::vector<double> load, validate, analyse, both;
    for (int i = 0; i < runs + 1; ++i) {
        t0 = Clock::now();
        Reference<lang::XComponent> doc = session.load(file);
        const double l = ms(t0);
        t0 = Clock::now();
        const rtl::OUString report1 = tools->validate(doc, "{\"annotate\": true}");
        const double v = ms(t0);
        t0 = Clock::now();
        tools->analyse(doc, "{\"write\": true}");
        const double a = ms(t0);
        office::Session::close(doc);
        if (i == 0) continue; // the first round warms the office and the component
        load.push_back(l);
        validate.push_back(v);
        analyse.push_back(a);
        both.push_back(v + a);
        (void)report1;
    }
    std::printf("10-sheet workbook, %d warm runs\n", runs);
    report("office: load the .ods", load);
    report("extension: Validate (marks + report sheet)", validate);
    report("extension: Analyse (sheet + chart)", analyse);
    report("extension: Validate + Analyse (goal < 300)", both);

    // Filling the memo (issue 9): fill + PDF against the floor, the office only
    // loading the already-filled .odt and exporting it.
    const std::string sheet = std::string(ITA_SOURCE_DIR) + "/examples/sao-nongbua-fy2567.ods";
    Reference<lang::XComponent> data = session.load(sheet);
    std::vector<double> fillOdt, fillPdf, floorPdf;
    std::string filled;
    for (int i = 0; i < runs + 1; ++i) {
        const std::string out = session.stagingPath("memo.odt");
        t0 = Clock::now();
        tools->fill(
            data,
            rtl::OUString::fromUtf8(
                ("{\"template\": \"memo\", \"date\": \"2024-04-08\", \"output\": \"" + out + "\"}").c_str()));
        const double f = ms(t0);
        Reference<lang::XComponent> memo = session.load(out);
        session.storeToRunFolder(memo, "memo.pdf");
        office::Session::close(memo);
        const double fp = ms(t0);
        t0 = Clock::now();
        memo = session.load(out);
        session.storeToRunFolder(memo, "memo.pdf");
        office::Session::close(memo);
        const double floor = ms(t0);
        if (i == 0) continue;
        fillOdt.push_back(f);
        fillPdf.push_back(fp);
        floorPdf.push_back(floor);
    }
    office::Session::close(data);
    std::printf("memo from the example sheet, %d warm runs\n", runs);
    report("service: validate + fill to .odt", fillOdt);
    report("fill + load + PDF export", fillPdf);
    report("floor: load the filled .odt + PDF export", floorPdf);
    session.stop();
    return 0;
}
