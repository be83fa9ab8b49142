// readFacts(): classify each grid's cells once, read score tables and labels from the
// classes, then read paragraphs as running text; assemble what was stated.
#include "core/read/document_facts.hpp"

#include "core/read/detail/read_facts.hpp"
#include "core/read/province_table.hpp"

#include <algorithm>
#include <memory>

namespace ita {

namespace {

void assembleYears(const std::vector<read::YearSeen> &years, DocumentFacts &f) {
    // The first in document order (read::cellOrder) states the fiscal year.
    const read::YearSeen *fiscal = nullptr;
    for (const auto &y : years)
        if (y.fiscal && (!fiscal || y.order < fiscal->order)) fiscal = &y;
    if (fiscal) f.fiscalYear = fiscal->stated;
    // Every place another year is stated, once per place, in document order.
    std::vector<const read::YearSeen *> inOrder;
    inOrder.reserve(years.size());
    for (const auto &y : years)
        inOrder.push_back(&y);
    std::stable_sort(inOrder.begin(), inOrder.end(),
                     [](const read::YearSeen *a, const read::YearSeen *b) { return a->order < b->order; });
    for (const read::YearSeen *p : inOrder) {
        const read::YearSeen &y = *p;
        if (&y == fiscal || (fiscal && y.stated.value == fiscal->stated.value)) continue;
        const bool seen = std::any_of(f.otherYears.begin(), f.otherYears.end(), [&](const Stated<int> &o) {
            return o.value == y.stated.value && o.at == y.stated.at;
        });
        if (!seen) f.otherYears.push_back(y.stated);
    }
    for (const read::YearSeen *p : inOrder) {
        if (!p->assessed) continue;
        const bool seen =
            std::any_of(f.assessedYears.begin(), f.assessedYears.end(), [&](const AssessedYear &a) {
                return a.year.value == p->stated.value && a.year.at == p->stated.at;
            });
        if (!seen) f.assessedYears.push_back({p->stated, p->assessed == 2});
    }
}

void addDigits(thai::DigitSystem d, const Location &at, DocumentFacts &f) {
    if (d == thai::DigitSystem::Thai || d == thai::DigitSystem::Mixed) f.thaiDigitCells.push_back(at);
    if (d == thai::DigitSystem::Arabic || d == thai::DigitSystem::Mixed) f.arabicDigitCells.push_back(at);
}

// The names and rating words of a framework, keyed: built once per framework and
// thread, since callers read many documents with the same framework.
struct Vocabulary {
    std::string signature;
    std::unique_ptr<IndicatorMatcher> matcher;
    std::unique_ptr<read::RatingWords> ratings;
};

const Vocabulary &vocabulary(const Framework &fw) {
    thread_local std::string sig;
    sig.clear();
    for (const auto &i : fw.indicators) {
        sig += std::to_string(i.number);
        sig += '\x1f';
        sig += i.nameTh;
        for (const auto &a : i.aliases)
            (sig += '\x1f') += a;
        sig += '\x1e';
    }
    for (const auto &r : fw.ratings) {
        ((sig += r.code) += '\x1f') += r.labelTh;
        for (const auto &a : r.aliases)
            (sig += '\x1f') += a;
        sig += '\x1e';
    }
    thread_local std::vector<Vocabulary> cache;
    for (const auto &v : cache)
        if (v.signature == sig) return v;
    if (cache.size() >= 8) cache.erase(cache.begin());
    Vocabulary v;
    v.signature = sig;
    v.matcher = std::make_unique<IndicatorMatcher>(fw);
    v.ratings = std::make_unique<read::RatingWords>(&fw);
    cache.push_back(std::move(v));
    return cache.back();
}

} // namespace

namespace {

// A memo with no table that gives every indicator's score in its sentences or list items
// ("๑. การปฏิบัติหน้าที่ ๘๘.๕๒ คะแนน" …): its figures are its score table, each indicator named
// once (a figure twice, last year's beside this year's, leaves it as figures).
void figuresAsTable(int maxIndicator, DocumentFacts &facts) {
    for (const auto &t : facts.tables)
        if (!t.entries.empty()) return;
    if (maxIndicator <= 0 || facts.textFigures.size() != static_cast<size_t>(maxIndicator)) return;
    std::vector<bool> seen(static_cast<size_t>(maxIndicator) + 1, false);
    for (const auto &f : facts.textFigures) {
        if (f.indicator < 1 || f.indicator > maxIndicator || seen[static_cast<size_t>(f.indicator)]) return;
        seen[static_cast<size_t>(f.indicator)] = true;
    }
    ScoreTable t;
    for (const auto &f : facts.textFigures) {
        ScoreEntry e;
        e.indicator = f.indicator;
        e.nameAt = e.scoreAt = f.at;
        e.scoreText = f.valueText;
        e.score = f.value;
        e.digits = thai::digitSystem(f.valueText);
        t.entries.push_back(std::move(e));
    }
    facts.tables.push_back(std::move(t));
}

} // namespace

DocumentFacts readFacts(const SourceDocument &doc, const Framework &fw) {
    DocumentFacts facts;
    const Vocabulary &vocab = vocabulary(fw);
    const IndicatorMatcher &matcher = *vocab.matcher;
    read::Collector col;
    col.matcher = &matcher;
    col.ratings = vocab.ratings.get();
    col.facts = &facts;

    thread_local read::GridInfo gi;
    thread_local Grid scratch;
    for (size_t i = 0; i < doc.grids.size(); ++i) {
        // A provincial summary's rows are many agencies' results, not this document's.
        read::classifyGrid(withoutProvinceTable(doc.grids[i], fw, scratch), matcher, gi);
        read::readScoreTables(gi, static_cast<int>(i), facts.tables);
        read::readGridLabels(gi, col, static_cast<int>(i));
        read::readToolScores(gi, facts.toolScores);
    }
    // After the labels: a total below a table's second part is read beside that part.
    read::joinContinuedTables(facts.tables, matcher.maxNumber(), doc.grids);
    for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const Paragraph &p = doc.paragraphs[i];
        read::readText(p.text, Location::para(p.index), read::paragraphOrder(static_cast<int>(i)), col);
    }

    assembleYears(col.years, facts);
    if (col.agencyLabel)
        facts.agency = col.agencyLabel;
    else if (col.agencyGrid)
        facts.agency = col.agencyGrid;
    else if (col.agencyText)
        facts.agency = col.agencyText;
    // The district written with the agency's name wins over one a sentence mentions elsewhere.
    using Candidate = std::optional<Stated<std::string>>;
    const Candidate &withAgency = col.agencyLabel  ? Candidate{}
                                  : col.agencyGrid ? col.districtWithAgencyGrid
                                                   : col.districtWithAgencyText;
    for (const Candidate *d : std::initializer_list<const Candidate *>{&col.districtLabel, &withAgency,
                                                                       &col.districtGrid, &col.districtText})
        if (*d && !facts.district) facts.district = *d;

    for (const auto &t : facts.tables)
        for (const auto &e : t.entries)
            addDigits(e.digits, e.scoreAt, facts);
    for (const auto &s : facts.statedTotals)
        addDigits(thai::digitSystem(s.text), s.at, facts);
    figuresAsTable(matcher.maxNumber(), facts);
    return facts;
}

std::optional<AssessedYear> earlierAssessment(const DocumentFacts &f, int documentYear) {
    std::optional<AssessedYear> found;
    for (const auto &a : f.assessedYears) {
        if (a.year.value == documentYear) return std::nullopt;
        if (a.year.value == documentYear - 1 && (!found || (a.withScore && !found->withScore))) found = a;
    }
    if (!found) return std::nullopt;
    for (const auto &t : f.tables)
        if (t.scoreYear == documentYear) return std::nullopt;
    return found;
}

std::optional<Stated<int>> findFiscalYear(const SourceDocument &doc) {
    // No names are needed for years: one empty matcher, built once.
    static const Framework none{};
    static const IndicatorMatcher matcher(none);
    static const read::RatingWords ratings(nullptr);
    DocumentFacts facts;
    read::Collector col;
    col.matcher = &matcher;
    col.ratings = &ratings;
    col.facts = &facts;
    col.yearsOnly = true;

    auto found = [&] {
        return std::any_of(col.years.begin(), col.years.end(),
                           [](const read::YearSeen &y) { return y.fiscal; });
    };
    // In the order readFacts() ranks them (read::cellOrder): the first part that states one wins.
    thread_local read::GridInfo gi;
    auto grids = [&](GridKind kind) {
        for (size_t i = 0; i < doc.grids.size() && !found(); ++i) {
            if (doc.grids[i].kind != kind) continue;
            read::classifyGrid(doc.grids[i], matcher, gi);
            read::readGridLabels(gi, col, static_cast<int>(i));
        }
    };
    grids(GridKind::Sheet);
    for (size_t i = 0; i < doc.paragraphs.size() && !found(); ++i) {
        const Paragraph &p = doc.paragraphs[i];
        read::readText(p.text, Location::para(p.index), read::paragraphOrder(static_cast<int>(i)), col);
    }
    grids(GridKind::WriterTable);
    assembleYears(col.years, facts);
    return facts.fiscalYear;
}

} // namespace ita
