// Generates varied ITA documents (template sheets, free Writer layouts, some with copy
// errors), then reads, validates and analyses each. Prints microseconds per document
// and the peak resident set size; asserts nothing (timings differ between machines).
//
//   ita_core_bench [count] [frameworks-dir]
#include "core/analysis.hpp"
#include "core/framework.hpp"
#include "core/scoring.hpp"
#include "core/thai_text.hpp"
#include "core/validation.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
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

    // A tenth of the documents carry one error of the kinds clerks make.
    const int error = n % 10 == 9 ? (n / 10) % 4 : -1;
    Scores shown = s;
    if (error == 0) shown[3] = round2(shown[3] + 1.5);

    if (n % 2 == 0) {
        // Template sheet
        Grid g;
        g.kind = GridKind::Sheet;
        g.name = "คะแนน";
        g.rows.push_back({text("ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. " + yearText)});
        g.rows.push_back({text("หน่วยงาน"), text(agency)});
        g.rows.push_back({});
        g.rows.push_back({text("เครื่องมือ"), text("ตัวชี้วัด"), text("คะแนน")});
        for (int i = 0; i < 10; ++i) {
            std::string tool = (i == 0 || i == 5 || i == 8) ? kTools[i] : "";
            if (error == 1 && i == 5) tool = "IIT";
            g.rows.push_back(
                {text(tool), text(indicatorLabel(i, style, thaiDigits)), number(shown[i + 1], thaiDigits)});
        }
        double statedTotal = error == 2 ? total + 2.0 : total;
        g.rows.push_back({text(""), text("คะแนนรวม"), number(round2(statedTotal), thaiDigits)});
        g.rows.push_back({text(""), text("ระดับผลการประเมิน"), text(rating ? rating->labelTh : "")});
        d.doc.grids.push_back(std::move(g));
    } else {
        // Free Writer layout: sentences and a ranking table
        auto para = [&](std::string t) {
            Paragraph p;
            p.index = static_cast<int>(d.doc.paragraphs.size());
            p.text = std::move(t);
            d.doc.paragraphs.push_back(std::move(p));
        };
        para("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ");
        para(agency + " ประจำปีงบประมาณ พ.ศ. " + yearText);
        para(agency + " ได้คะแนน " + thai::formatFixed(total, 2, thaiDigits) + " คะแนน อยู่ในระดับ " +
             (rating ? rating->labelTh : std::string("-")));
        std::vector<int> order{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return s[a] > s[b]; });
        if (error == 3) std::swap(order[1], order[6]);
        Grid t;
        t.kind = GridKind::WriterTable;
        t.name = "Table1";
        t.rows.push_back({text("อันดับ"), text("ตัวชี้วัด"), text("คะแนน")});
        for (int r = 0; r < 10; ++r) {
            int i = order[static_cast<size_t>(r)];
            t.rows.push_back({text(digits(std::to_string(r + 1), thaiDigits)), text(kNames[i - 1]),
                              text(thai::formatFixed(shown[i], 2, thaiDigits))});
        }
        d.doc.grids.push_back(std::move(t));
        para("ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ " + digits(std::to_string(order[0]), thaiDigits) + " " +
             kNames[order[0] - 1] + " ได้ " + thai::formatFixed(s[order[0]], 2, thaiDigits) + " คะแนน");
    }
    return d;
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

    long findings = 0, analysed = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto &d : docs) {
        ValidationReport r = validate(d.doc, reg);
        findings += static_cast<long>(r.findings.size());
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
    std::printf(
        "documents:          %d (half template sheets, half free Writer layouts, 10%% with an error)\n",
        count);
    std::printf("read+validate+analyse: %.1f us per document (goal < 50 us)\n", us);
    std::printf("findings: %ld, indicators analysed: %ld\n", findings, analysed);
    std::printf("peak RSS: %ld KiB (%ld KiB after generating the documents)\n", peakRssKb(),
                rssAfterGenerate);
    return 0;
}
