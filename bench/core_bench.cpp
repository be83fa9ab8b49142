// Generates varied ITA documents (template sheets, free Writer layouts, some with copy
// errors), then reads, validates and analyses each. Prints microseconds per document
// and the peak resident set size; asserts nothing (timings differ between machines).
//
//   ita_core_bench [count] [frameworks-dir]
#include "core/analysis/analysis.hpp"
#include "core/frameworks/framework.hpp"
#include "core/frameworks/scoring.hpp"
#include "core/text/thai_text.hpp"
#include "core/validate/validation.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace ita;

namespace {

Cell text(std::string s) {
    Cell c;
    c.text = std::move(s);
    return c;
}

Cell number(double v, bool thaiDigits) {
    Cell c;
    c.text = thai::formatFixed(v, 2, thaiDigits);
    c.number = v;
    return c;
}

struct Doc {
    SourceDocument doc;
    int year = 0;
    int error = -1; // kind of error planted, -1 for none
};

const char *const kNames[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                              "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                              "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                              "การป้องกันการทุจริต"};
const char *const kTools[] = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
const char *const kAgencies[] = {"องค์การบริหารส่วนตำบลโคกสำโรง", "เทศบาลตำบลต้นไทร", "เทศบาลตำบลเกษตรพัฒนา",
                                 "องค์การบริหารส่วนตำบลเสม็ด", "องค์การบริหารส่วนตำบลกะลาเส"};

std::string digits(const std::string &s, bool thaiDigits) {
    return thaiDigits ? thai::toThaiDigits(s) : s;
}

std::string indicatorLabel(int i, int style, bool thaiDigits) {
    switch (style % 3) {
    case 0:
        return kNames[i];
    case 1:
        return digits(std::to_string(i + 1), thaiDigits) + ". " + kNames[i];
    default:
        return "ตัวชี้วัดที่ " + digits(std::to_string(i + 1), thaiDigits) + " " + kNames[i];
    }
}

Doc generate(std::mt19937 &rng, const FrameworkRegistry &reg, int n) {
    std::uniform_real_distribution<double> score(55, 100);
    std::vector<int> years = reg.years();
    Doc d;
    d.year = years[static_cast<size_t>(n) % years.size()];
    const Framework &fw = *reg.find(d.year);
    const bool thaiDigits = n % 3 == 0;
    const int style = n / 3;
    Scores s;
    for (int i = 1; i <= 10; ++i)
        s[i] = round2(score(rng));
    double total = *weightedTotal(fw, s);
    const RatingLevel *rating = rate(fw, total, toolScores(fw, s));
    std::string yearText = digits(std::to_string(d.year), thaiDigits);
    std::string agency = kAgencies[n % 5];

    // A tenth of the documents carry one error of the kinds clerks make:
    // 0 a score retyped, 1 a tool label (sheet) or the "highest" claim (text) wrong,
    // 2 the stated total wrong, 3 a name copied into the next row (sheet) or two ranking rows swapped.
    const int error = n % 10 == 9 ? (n / 10) % 4 : -1;
    d.error = error;
    Scores shown = s;
    if (error == 0) shown[3] = round2(shown[3] > 98 ? shown[3] - 1.5 : shown[3] + 1.5);
    const double statedTotal = round2(error == 2 ? total + 2.0 : total);

    if (((n / 40) % 2) ^ (n % 2)) {
        // Template sheet, sometimes with a measures sheet
        Grid g;
        g.kind = GridKind::Sheet;
        g.name = "คะแนน";
        g.rows.push_back({text("ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. " + yearText)});
        g.rows.push_back({text("หน่วยงาน"), text(agency)});
        g.rows.push_back({});
        g.rows.push_back({text("เครื่องมือ"), text("ตัวชี้วัด"), text("คะแนน")});
        for (int i = 0; i < 10; ++i) {
            std::string tool = (i == 0 || i == 5 || i == 8) ? kTools[i] : "";
            if (error == 1 && i == 5) tool = "";
            if (error == 1 && i == 6) tool = "EIT";
            int nameOf = error == 3 && i == 7 ? 6 : i;
            g.rows.push_back({text(tool), text(indicatorLabel(nameOf, style, thaiDigits)),
                              number(shown[i + 1], thaiDigits)});
        }
        g.rows.push_back({text(""), text("คะแนนรวม"), number(statedTotal, thaiDigits)});
        g.rows.push_back({text(""), text("ระดับผลการประเมิน"), text(rating ? rating->labelTh : "")});
        d.doc.grids.push_back(std::move(g));
        if (n % 5 == 0) {
            Grid m;
            m.kind = GridKind::Sheet;
            m.index = 1;
            m.name = "มาตรการ";
            m.rows.push_back({text("ที่"), text("มาตรการ"), text("วิธีการดำเนินการ"), text("ผู้รับผิดชอบ"),
                              text("ระยะเวลาดำเนินการ")});
            const char *const measures[] = {"มาตรการส่งเสริมการปฏิบัติหน้าที่อย่างโปร่งใส",
                                            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "มาตรการป้องกันการรับสินบน"};
            for (int k = 0; k < 3; ++k)
                m.rows.push_back({text(digits(std::to_string(k + 1), thaiDigits)), text(measures[k]),
                                  text("จัดทำแนวทางและประชาสัมพันธ์ให้บุคลากรทราบ"), text("สำนักปลัด"),
                                  text(thai::fiscalYearPeriod(d.year, true, thaiDigits))});
            d.doc.grids.push_back(std::move(m));
        }
    } else {
        // Free Writer layout: sentences, a ranking table and a table by tool
        auto para = [&](std::string t) {
            Paragraph p;
            p.index = static_cast<int>(d.doc.paragraphs.size());
            p.text = std::move(t);
            d.doc.paragraphs.push_back(std::move(p));
        };
        para("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ");
        para(agency + " ประจำปีงบประมาณ พ.ศ. " + yearText);
        para(agency + " ได้คะแนน " + thai::formatFixed(statedTotal, 2, thaiDigits) + " คะแนน อยู่ในระดับ " +
             (rating ? rating->labelTh : std::string("-")));
        std::vector<int> order{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return s[a] > s[b]; });
        std::vector<int> listed = order;
        if (error == 3) std::swap(listed[1], listed[6]);
        Grid t;
        t.kind = GridKind::WriterTable;
        t.name = "Table1";
        t.rows.push_back({text("อันดับ"), text("ตัวชี้วัด"), text("คะแนน")});
        for (int r = 0; r < 10; ++r) {
            int i = listed[static_cast<size_t>(r)];
            t.rows.push_back({text(digits(std::to_string(r + 1), thaiDigits)), text(kNames[i - 1]),
                              text(thai::formatFixed(shown[i], 2, thaiDigits))});
        }
        d.doc.grids.push_back(std::move(t));
        int best = error == 1 ? order[1] : order[0];
        para("ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ " + digits(std::to_string(best), thaiDigits) + " " +
             kNames[best - 1] + " ได้ " + thai::formatFixed(s[best], 2, thaiDigits) + " คะแนน");
        if (n % 3 != 2) {
            Grid b;
            b.kind = GridKind::WriterTable;
            b.index = 1;
            b.name = "Table2";
            b.rows.push_back({text("เครื่องมือ"), text("ตัวชี้วัด"), text("คะแนน"), text("ประเด็นที่ต้องพัฒนา")});
            for (int i = 0; i < 10; ++i) {
                std::string tool = (i == 0 || i == 5 || i == 8) ? kTools[i] : "";
                b.rows.push_back({text(tool), text(indicatorLabel(i, style + 1, thaiDigits)),
                                  text(thai::formatFixed(s[i + 1], 2, thaiDigits)),
                                  text(s[i + 1] < 85 ? "ควรเร่งพัฒนาและปรับปรุงการดำเนินงาน" : "-")});
            }
            d.doc.grids.push_back(std::move(b));
        }
    }
    return d;
}

double cpuSeconds() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long peakRssKb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

} // namespace

int main(int argc, char **argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    FrameworkRegistry reg;
    reg.addDirectory(argc > 2 ? argv[2] : ITA_FRAMEWORKS_DIR);
    if (reg.years().empty()) {
        std::fprintf(stderr, "no frameworks found\n");
        return 1;
    }
    std::mt19937 rng(20240601);
    std::vector<Doc> docs;
    docs.reserve(static_cast<size_t>(count));
    for (int n = 0; n < count; ++n)
        docs.push_back(generate(rng, reg, n));
    const long rssAfterGenerate = peakRssKb();

    long findings = 0, analysed = 0, onCorrect = 0;
    std::map<std::string, long> codes;
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    for (const auto &d : docs) {
        ValidationReport r = validate(d.doc, reg);
        findings += static_cast<long>(r.findings.size());
        if (d.error < 0) onCorrect += static_cast<long>(r.findings.size());
        for (const auto &f : r.findings)
            ++codes[f.code];
        if (r.framework) {
            if (const ScoreTable *p = primaryTable(r.facts, *r.framework, 0.02)) {
                Scores s;
                for (const auto &e : p->entries)
                    if (e.score) s[e.indicator] = *e.score;
                if (s.size() == r.framework->indicators.size()) {
                    Analysis a = analyse(*r.framework, s);
                    analysed += static_cast<long>(a.ranking.size());
                }
            }
        }
    }
    const double us =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / count;
    // CPU time as well: on a loaded machine the wall clock also counts other processes.
    const double cpuUs = (cpuSeconds() - cpuStart) * 1e6 / count;
    std::printf("documents: %d (template sheets, some with a measures sheet; free Writer layouts; 10%% with "
                "one planted error)\n",
                count);
    std::printf("read+validate+analyse: %.1f us per document wall, %.1f us CPU (goal < 50 us)\n", us, cpuUs);
    std::printf("findings: %ld (%ld on documents without a planted error), indicators analysed: %ld\n",
                findings, onCorrect, analysed);
    for (const auto &[code, n] : codes)
        std::printf("  %s: %ld\n", code.c_str(), n);
    std::printf("peak RSS: %ld KiB (%ld KiB after generating the documents)\n", peakRssKb(),
                rssAfterGenerate);
    return 0;
}
