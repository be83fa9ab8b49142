// The readers on arbitrary grids and paragraphs: no crash, no hang, and every location
// they report points into the document.
//
// Input: lines; "\t" separates cells; a line "\f" starts a new grid (sheets and Writer
// tables alternate); a line starting with "\v" is a paragraph. A cell whose text starts
// with '#' holds the number that follows as Cell::number, as Calc gives it.
#include "core/read/document_facts.hpp"
#include "core/read/indicator_names.hpp"
#include "core/read/measures.hpp"
#include "core/text/thai_text.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace ita;

const Framework &framework() {
    static const FrameworkRegistry reg = [] {
        FrameworkRegistry r;
        r.addDirectory(ITA_FRAMEWORKS_DIR);
        return r;
    }();
    static const Framework none{};
    const Framework *f = reg.latest();
    return f ? *f : none;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t b = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(b, i - b));
            b = i + 1;
        }
    return out;
}

SourceDocument build(std::string_view input) {
    SourceDocument doc;
    auto newGrid = [&] {
        Grid g;
        g.index = static_cast<int>(doc.grids.size());
        g.kind = g.index % 2 ? GridKind::WriterTable : GridKind::Sheet;
        g.name = g.index % 2 ? "Table" + std::to_string(g.index) : "ชีต " + std::to_string(g.index);
        doc.grids.push_back(std::move(g));
    };
    for (std::string_view line : split(input, '\n')) {
        if (line == "\f") {
            newGrid();
            continue;
        }
        if (!line.empty() && line[0] == '\v') {
            doc.paragraphs.push_back(
                Paragraph{static_cast<int>(doc.paragraphs.size()), std::string(line.substr(1))});
            continue;
        }
        if (doc.grids.empty()) newGrid();
        std::vector<Cell> row;
        for (std::string_view t : split(line, '\t')) {
            Cell c;
            if (!t.empty() && t[0] == '#') {
                c.number = std::strtod(std::string(t.substr(1)).c_str(), nullptr);
                c.text = std::string(t.substr(1));
            } else {
                c.text = std::string(t);
            }
            row.push_back(std::move(c));
        }
        doc.grids.back().rows.push_back(std::move(row));
    }
    return doc;
}

void check(bool ok, const char *what, const Location &l) {
    if (ok) return;
    std::fprintf(stderr, "%s: grid %d row %d col %d paragraph %d\n", what, l.grid, l.row, l.col, l.paragraph);
    std::abort();
}

// Every location names a cell that exists, or a paragraph that exists.
void inside(const SourceDocument &doc, const Location &l, const char *what) {
    if (l.isParagraph()) {
        check(l.paragraph < static_cast<int>(doc.paragraphs.size()), what, l);
        return;
    }
    check(l.grid >= 0 && l.grid < static_cast<int>(doc.grids.size()), what, l);
    const Grid &g = doc.grids[static_cast<size_t>(l.grid)];
    check(l.row >= 0 && l.row < g.rowCount() && l.col >= 0, what, l);
}

void insideCell(const SourceDocument &doc, const Location &l, const char *what) {
    inside(doc, l, what);
    check(!l.isParagraph() && doc.grids[static_cast<size_t>(l.grid)].at(l.row, l.col) != nullptr, what, l);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 16384) return 0;
    const SourceDocument doc = build(std::string_view(reinterpret_cast<const char *>(data), size));
    const Framework &fw = framework();

    const DocumentFacts f = readFacts(doc, fw);
    if (f.fiscalYear) inside(doc, f.fiscalYear->at, "fiscal year");
    for (const auto &y : f.otherYears)
        inside(doc, y.at, "other year");
    for (const auto &t : f.statedTotals)
        inside(doc, t.at, "total");
    for (const auto &r : f.statedRatings)
        inside(doc, r.at, "rating");
    if (f.agency) inside(doc, f.agency->at, "agency");
    for (const auto &c : f.extremeClaims)
        inside(doc, c.at, "claim");
    for (const auto &x : f.textFigures)
        inside(doc, x.at, "figure");
    for (const auto &a : f.assessedYears)
        inside(doc, a.year.at, "assessed year");
    if (f.fiscalYear)
        if (const auto earlier = earlierAssessment(f, f.fiscalYear->value))
            check(earlier->year.value == f.fiscalYear->value - 1, "earlier assessment", earlier->year.at);
    for (const auto &l : f.thaiDigitCells)
        inside(doc, l, "thai digits");
    for (const auto &l : f.arabicDigitCells)
        inside(doc, l, "arabic digits");
    for (const auto &t : f.tables) {
        check(t.grid >= 0 && t.grid < static_cast<int>(doc.grids.size()) && !t.entries.empty(), "table",
              Location{});
        for (const auto &e : t.entries) {
            insideCell(doc, e.nameAt, "name");
            inside(doc, e.scoreAt, "score"); // may be a blank beyond a ragged row
            check(e.indicator >= 1, "indicator number", e.nameAt);
            if (e.toolAt) insideCell(doc, *e.toolAt, "tool");
            if (e.rankAt) insideCell(doc, *e.rankAt, "rank");
            if (e.previousAt) inside(doc, *e.previousAt, "previous");
        }
    }
    // A fiscal year found cheaply is the one readFacts finds.
    const auto fy = findFiscalYear(doc);
    check(fy.has_value() == f.fiscalYear.has_value() && (!fy || fy->value == f.fiscalYear->value),
          "findFiscalYear", fy ? fy->at : Location{});

    for (const auto &m : readMeasures(doc, fw)) {
        insideCell(doc, m.measureAt, "measure");
        if (m.responsibleAt) inside(doc, m.responsibleAt.value(), "responsible");
        if (m.periodAt) inside(doc, m.periodAt.value(), "period");
        for (int i : m.indicators)
            check(i >= 1, "measure indicator", m.measureAt);
    }

    const IndicatorMatcher matcher(fw);
    for (const auto &p : doc.paragraphs) {
        const std::string t = thai::normalize(p.text);
        for (const auto &m : matcher.findInText(t))
            check(m.begin <= m.end && m.end <= t.size(), "mention", Location::para(p.index));
    }
    return 0;
}
