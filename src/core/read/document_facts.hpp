// What a score sheet or report states: indicator tables, fiscal year, totals,
// ratings, ranking claims and figures in sentences, each with its location.
// Reading states facts; judging them is validation's job.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/model/grid.hpp"
#include "core/text/thai_text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita {

// A sub-question row listed under its indicator in a detailed score table (the ITAS report's
// "i1 บุคลากรในหน่วยงานของท่าน … | 90.12"): part of the indicator's row group, not an indicator.
struct SubItemScore {
    Location labelAt;                // the cell with the item's code or text ("i1 …", "1.1 …", "- …")
    std::string label;               // as written
    std::optional<Location> scoreAt; // its score cell, when the row has one
    std::string scoreText;
    std::optional<double> score;
};

struct ScoreEntry {
    int indicator = 0;
    Location nameAt;             // the cell naming the indicator
    Location scoreAt;            // the score cell of the same row
    std::string scoreText;       // as written ("๘๐.๗๘", "8O.5")
    std::optional<double> score; // parsed, when it is a number
    thai::DigitSystem digits = thai::DigitSystem::None;
    std::optional<double> previous; // previous-year column, when the table has one
    std::optional<Location> previousAt;
    std::string toolText; // tool label that applies to this row (own cell or the group above), "" if none
    std::optional<Location> toolAt;
    std::optional<int> statedRank; // from an "อันดับ"/"ลำดับ" column in a ranking table
    std::optional<Location> rankAt;
    std::vector<SubItemScore> items; // sub-question rows below the indicator's row, in order
};

struct ScoreTable {
    int grid = -1; // index into SourceDocument::grids
    std::string gridName;
    GridKind kind = GridKind::Sheet;
    int headerRow = -1; // -1 when no header row was recognised
    int nameCol = -1, scoreCol = -1;
    std::optional<int> previousCol, rankCol, toolCol;
    bool isRanking = false;          // has a rank column or a "ranked by score" title
    std::vector<ScoreEntry> entries; // in the order of the rows
    int firstRow = -1, lastRow = -1;
    int scoreYear = 0; // the year heading the score column ("ปี ๒๕๖๖"), 0 when none
};

template <class T> struct Stated {
    T value{};
    std::string text; // as written
    Location at;
};

// "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ..."
struct ExtremeClaim {
    bool highest = true;
    int indicator = 0;
    Location at;
    std::string text;
    // Last, so that aggregate initialisations of the fields above stay valid.
    // "ได้คะแนนเพิ่มขึ้นมากที่สุด" (+1, the largest increase), "ลดลงมากที่สุด" (-1): a claim about the
    // change from last year, not about the score (0).
    int change = 0;
};

// A figure written next to an indicator's name in a sentence (or in a cell of
// free text), e.g. "การเปิดเผยข้อมูล ได้ ๘๗.๕๐ คะแนน".
struct TextFigure {
    int indicator = 0;
    double value = 0;
    std::string valueText;
    Location at;
};

// A tool's score stated on its own row ("IIT | ๘๔.๕๓", "คะแนนเครื่องมือ EIT | 90.00"): a report
// may give only the three tool scores, no indicator table.
struct ToolScore {
    std::string tool; // "IIT", "EIT", "OIT"
    double value = 0;
    std::string text; // as written
    Location at;      // the score cell
};

// A change stated after an indicator's name: "การเปิดเผยข้อมูล เพิ่มขึ้น ๒.๕๐ คะแนน" (+2.50).
struct ChangeFigure {
    int indicator = 0;
    double value = 0; // signed: a decrease is negative
    std::string valueText;
    Location at;
};

// A year named as the one whose assessment result the document reports: "ได้รับผลการประเมิน…
// ปี พ.ศ. ๒๕๖๔ ได้คะแนน ๗๗.๓๑ คะแนน" (withScore), "ผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๔".
struct AssessedYear {
    Stated<int> year;
    bool withScore = false;
};

struct DocumentFacts {
    std::optional<Stated<int>> fiscalYear; // BE as stated (may be implausible: 2656, 2021)
    std::vector<Stated<int>> otherYears;   // other years stated: every place, in document order
    std::vector<Stated<double>> statedTotals; // "คะแนนรวม 80.78", "ได้คะแนน ๘๐.๗๘"
    std::vector<Stated<std::string>> statedRatings; // "B", "ผ่านดีเยี่ยม" (raw text in value)
    std::vector<ScoreTable> tables;
    std::vector<ExtremeClaim> extremeClaims;
    std::vector<TextFigure> textFigures;
    std::vector<ChangeFigure> changeFigures;
    std::vector<ToolScore> toolScores; // rows naming a tool with its score, in document order
    std::optional<Stated<std::string>> agency; // "องค์การบริหารส่วนตำบลโคกสำโรง"
    std::optional<Stated<std::string>> district; // the agency's อำเภอ, bare ("บ้านไผ่"); text as written
    std::vector<Location> thaiDigitCells, arabicDigitCells; // digits used in scores and totals
    std::vector<AssessedYear> assessedYears;                // in document order, once per place and year
};

// Reads a document. fw supplies indicator names (names are the same in every
// year's framework, so the caller may pass any; the stated year's when known).
DocumentFacts readFacts(const SourceDocument &doc, const Framework &fw);

// The assessment a plan or memo for FY documentYear reports when it is the year before's (its
// measures are for FY N, the result they answer is FY N-1's): the first place naming N-1 as
// the assessed year, preferring one with a score. nullopt when the scores are the document's
// own year's: it names no earlier assessment, or names its own year's, or a score column is
// headed with its own year.
std::optional<AssessedYear> earlierAssessment(const DocumentFacts &f, int documentYear);

// Fiscal year only (cheap), to choose the framework before readFacts.
std::optional<Stated<int>> findFiscalYear(const SourceDocument &doc);

} // namespace ita
