// Fill throughput: the median time to fill a one-page memo (บันทึกข้อความ) to .odt and to
// .docx, template loaded once. Prints, asserts nothing. Goal (issue 9): < 2.5 ms per memo to .odt.
#include "core/fill/fill_template.hpp"
#include "core/fill/zip.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace ita::fill;

namespace {

// A memo body as Writer writes it: styled paragraphs, spans, a signature table; padded with
// the automatic styles and font declarations a real .ott carries (~25 KB of content.xml).
std::string memoParagraphs(bool docx) {
    const char *paras[] = {
        "ส่วนราชการ {{ส่วนราชการ}} โทร. {{โทรศัพท์}}",
        "ที่ {{ที่หนังสือ}} วันที่ {{วันที่}}",
        "เรื่อง รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส {{รอบการรายงาน}} ({{ช่วงรายงาน}}) "
        "ประจำปีงบประมาณ พ.ศ. {{ปีงบประมาณ}}",
        "เรียน {{เรียน}}",
        "ตามที่{{หน่วยงาน}}ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. "
        "{{ปีงบประมาณก่อน}} ได้คะแนน {{คะแนนรวมปีก่อน}} คะแนน และปีงบประมาณ พ.ศ. {{ปีงบประมาณ}} ได้คะแนน "
        "{{คะแนนรวม}} คะแนน อยู่ในระดับ {{ระดับ}} {{ความหมายระดับ}}",
        "{{สรุปผล}}",
        "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการต่อไป",
        "({{ชื่อผู้รายงาน}})",
        "{{ตำแหน่งผู้รายงาน}}",
        "ความเห็นของ{{ตำแหน่งปลัด}} ..........................................................",
        "({{ชื่อปลัด}})",
        "ความเห็นของ{{ตำแหน่งผู้บริหาร}} ..........................................................",
        "({{ชื่อผู้บริหาร}})",
    };
    std::string s;
    for (const char *p : paras) {
        if (docx)
            s += std::string(
                     "<w:p><w:pPr><w:ind w:firstLine=\"1418\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"TH "
                     "SarabunPSK\"/><w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">") +
                 p + "</w:t></w:r></w:p>";
        else
            s += std::string("<text:p text:style-name=\"P2\"><text:span text:style-name=\"T1\">") + p +
                 "</text:span></text:p>";
    }
    return s;
}

std::string padding(bool docx) {
    std::string s;
    for (int i = 0; i < 120; ++i) {
        const std::string n = std::to_string(i);
        s += docx ? "<w:p><w:pPr><w:spacing w:before=\"120\"/></w:pPr><w:r><w:t>ข้อความที่ไม่มีช่องกรอก " + n +
                        "</w:t></w:r></w:p>"
                  : "<text:p text:style-name=\"P" + n + "\">ข้อความที่ไม่มีช่องกรอก " + n + "</text:p>";
    }
    return s;
}

std::string odtTemplate() {
    ZipWriter w;
    w.addStored("mimetype", "application/vnd.oasis.opendocument.text-template");
    const std::string ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                           "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";
    w.addDeflated("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns +
                                     "><office:body><office:text>" + memoParagraphs(false) + padding(false) +
                                     "</office:text></office:body></office:document-content>");
    w.addDeflated("styles.xml",
                  "<?xml version=\"1.0\"?><office:document-styles " + ns +
                      "><office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
                      "<text:p>- <text:page-number/> -</text:p></style:header></style:master-page>"
                      "</office:master-styles></office:document-styles>" +
                      std::string(20000, ' '));
    w.addDeflated("meta.xml", "<?xml version=\"1.0\"?><office:document-meta/>");
    w.addDeflated("settings.xml",
                  "<?xml version=\"1.0\"?><office:document-settings/>" + std::string(8000, ' '));
    w.addDeflated(
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\"?><manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
        "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text-template\"/>"
        "</manifest:manifest>");
    return w.finish();
}

std::string docxTemplate() {
    ZipWriter w;
    w.addDeflated("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
    w.addDeflated("word/document.xml",
                  "<?xml version=\"1.0\"?><w:document "
                  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                      memoParagraphs(true) + padding(true) + "</w:body></w:document>");
    w.addDeflated("word/styles.xml", "<?xml version=\"1.0\"?><w:styles/>" + std::string(20000, ' '));
    return w.finish();
}

FillData memoData() {
    FillData d;
    auto t = [&](const char *k, const char *v) { d.root.fields[k] = FillValue::ofText(v); };
    t("unit", "สำนักปลัด องค์การบริหารส่วนตำบลโคกสำโรง");
    t("phone", "0 3644 1234");
    t("reference", "ลป 75201/123");
    t("period", "รอบ 6 เดือน");
    t("period_range", "ตุลาคม 2567 – มีนาคม 2568");
    t("recipient", "นายกองค์การบริหารส่วนตำบลโคกสำโรง");
    t("agency", "องค์การบริหารส่วนตำบลโคกสำโรง");
    t("rating", "ผ่าน");
    t("rating_meaning", "หน่วยงานมีผลการประเมินผ่านเกณฑ์");
    t("summary", "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 87.56 คะแนน อยู่ในระดับ ผ่าน");
    t("author_name", "นายสมศักดิ์ รักงาน");
    t("author_position", "นิติกรปฏิบัติการ");
    t("deputy_position", "ปลัดองค์การบริหารส่วนตำบลโคกสำโรง");
    t("deputy_name", "นางสาวสมศรี มีสุข");
    t("executive_position", "นายกองค์การบริหารส่วนตำบลโคกสำโรง");
    t("executive_name", "นายสมชาย ใจดี");
    d.root.fields["date"] = FillValue::ofDate({2025, 4, 8});
    d.root.fields["fiscal_year"] = FillValue::ofNumber(2568, 0);
    d.root.fields["previous_year"] = FillValue::ofNumber(2567, 0);
    d.root.fields["total"] = FillValue::ofNumber(87.56, 2);
    d.root.fields["previous_total"] = FillValue::ofNumber(86.31, 2);
    return d;
}

double medianMs(const FillTemplate &t, const FillData &d, int runs, size_t &bytes) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto a = std::chrono::steady_clock::now();
        const std::string out = t.fill(d);
        const auto b = std::chrono::steady_clock::now();
        bytes = out.size();
        ms.push_back(std::chrono::duration<double, std::milli>(b - a).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main() {
    const FillData d = memoData();
    const std::string odt = odtTemplate(), docx = docxTemplate();
    auto l0 = std::chrono::steady_clock::now();
    const FillTemplate to = FillTemplate::load(odt, "memo.ott");
    auto l1 = std::chrono::steady_clock::now();
    const FillTemplate td = FillTemplate::load(docx, "memo.docx");
    size_t bo = 0, bd = 0;
    const double mo = medianMs(to, d, 300, bo);
    const double md = medianMs(td, d, 300, bd);
    std::printf("template load (once per run): %.3f ms (.ott, %zu placeholders)\n",
                std::chrono::duration<double, std::milli>(l1 - l0).count(), to.placeholderCount());
    std::printf("fill memo to .odt : median %.3f ms (%zu bytes; goal < 2.5 ms)\n", mo, bo);
    std::printf("fill memo to .docx: median %.3f ms (%zu bytes)\n", md, bd);
    return 0;
}
