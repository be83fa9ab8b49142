// Internal to the facts reader (read_*.cpp, document_facts.cpp): each grid's cells are
// classified once, then score tables, labels and sentences are read from the classes.
#pragma once

#include "core/read/detail/read_text.hpp"
#include "core/read/document_facts.hpp"
#include "core/read/indicator_names.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ita::read {

enum CellFlag : uint32_t {
    kEmpty = 1u << 0,
    kNumber = 1u << 1,   // Cell::number, or text that parses as a number
    kAttempt = 1u << 2,  // short, mostly digits, no number ("8O.5")
    kName = 1u << 3,     // names an indicator
    kHdrName = 1u << 4,  // "ตัวชี้วัด"
    kHdrScore = 1u << 5, // "คะแนน", "คะแนนที่ได้", "ปี ๒๕๖๔"
    kHdrPrev = 1u << 6,  // "คะแนนปีก่อน", "ปีที่แล้ว"
    kHdrRank = 1u << 7,  // "อันดับ"
    kHdrOrder = 1u << 8, // "ลำดับ": a rank only under a ranking title
    kHdrTool = 1u << 9,  // "เครื่องมือ", "แบบวัด"
    kTool = 1u << 10,    // "IIT", "แบบวัด...ภายนอก"
    kLblYear = 1u << 11, // "ปีงบประมาณ"
    kLblTotal = 1u << 12,
    kLblRating = 1u << 13,
    kLblAgency = 1u << 14,
    kText = 1u << 15,   // other text, read as sentences
    kDigits = 1u << 16, // a text with a digit
    kQuiet = 1u << 17,  // a text with nothing a sentence reader looks for
    kRanked = 1u << 18, // a title saying "ranked by score" ("เรียงลำดับ", "คะแนนสูงสุด")
    kHdrMeasure = 1u << 19, // "ผู้รับผิดชอบ": a measures table's header, whose rows hold no scores
    kLblDistrict = 1u << 20, // "อำเภอ" in the agency block
    kLblProvince = 1u << 21, // "จังหวัด": read by no one, but a label, not the value of the one before it
    // A sub-question's code or numbering in front ("i1", "(e3)", "o39", "1.1", "ข้อ 5"): never an
    // indicator's name, whatever indicator names its question text holds.
    kSubItem = 1u << 22,
    kDash = 1u << 23, // text after a dash or bullet: a sub-item under an undashed indicator row
};
constexpr uint32_t kHeaderFlags = kHdrName | kHdrScore | kHdrPrev | kHdrRank | kHdrOrder | kHdrTool;
constexpr uint32_t kLabelFlags = kLblYear | kLblTotal | kLblRating | kLblAgency | kLblDistrict | kLblProvince;

struct CellInfo {
    uint32_t flags = 0;
    int indicator = 0; // kName
    int year = 0;      // a year in a header ("ปี 2564", a number cell 2564)
    double number = 0; // kNumber
    bool has(uint32_t f) const { return (flags & f) != 0; }
};

struct GridInfo {
    const Grid *grid = nullptr;
    std::vector<size_t> rowStart; // into cells; rowStart[r+1] - rowStart[r] = columns of row r
    std::vector<CellInfo> cells;

    int rows() const { return static_cast<int>(rowStart.size()) - 1; }
    int cols(int r) const {
        return static_cast<int>(rowStart[static_cast<size_t>(r) + 1] - rowStart[static_cast<size_t>(r)]);
    }
    const CellInfo &at(int r, int c) const;
    const std::string &text(int r, int c) const;
};

// The empty info returned for cells outside a ragged row.
const CellInfo &noCell();

struct YearSeen {
    Stated<int> stated;
    bool fiscal = false;
    long long order = 0; // cellOrder() / paragraphOrder()
    // Named as the year of the assessment whose result the text reports: 1, or 2 with a
    // score stated after it ("ผลการประเมิน … ปี พ.ศ. ๒๕๖๔ ได้คะแนน ๗๗.๓๑").
    int assessed = 0;
};

// Words that state a rating ("ผ่านดี", "AA", "ผ่านการประเมิน"), as keys, longest first.
struct RatingWords {
    std::vector<std::string> keys;
    uint64_t id = 0; // a hash of the keys
    explicit RatingWords(const Framework *fw);
    // Length (key bytes) of the rating word at the start of k, 0 if none.
    size_t match(std::string_view k) const;
    bool looksLikeRating(std::string_view key) const;
};

// What the passes collect before readFacts() assembles DocumentFacts.
struct Collector {
    const IndicatorMatcher *matcher = nullptr;
    const RatingWords *ratings = nullptr;
    DocumentFacts *facts = nullptr;
    std::vector<YearSeen> years;
    bool yearsOnly = false; // findFiscalYear(): nothing else
    std::optional<Stated<std::string>> agencyLabel, agencyGrid, agencyText;
    // The district: beside an "อำเภอ" label, in the text that names the agency (grid cell or
    // paragraph), or anywhere in a cell or a paragraph; readFacts() takes the first that is set.
    std::optional<Stated<std::string>> districtLabel, districtWithAgencyGrid, districtWithAgencyText,
        districtGrid, districtText;
    void addTotal(double v, std::string text, const Location &at);
    void addRating(std::string value, std::string text, const Location &at);
};

// Classifies every cell of g.
void classifyGrid(const Grid &g, const IndicatorMatcher &m, GridInfo &out);
// A key (makeKey) that begins with a sub-question's code or numbering: "I1…", "(E3)…", "O39…",
// "1.1…", "ตัวชี้วัดที่9.1…", "ตัวชี้วัดย่อย…", "ข้อ5…", "ข้อที่5…".
bool subItemMark(std::string_view key);
// A key heading weights: "น้ำหนัก (ร้อยละ)", "ค่าถ่วงน้ำหนัก", "น้ำหนักคะแนน"; not "คะแนนถ่วงน้ำหนัก"
// (the weighted scores).
bool weightHeader(std::string_view key);
// Row r's figure in column c is a weight or full marks: the first text above it (within 20
// rows) heads weights ("น้ำหนัก (ร้อยละ)") or full marks ("คะแนนเต็ม"), not scores.
bool weightColumn(const GridInfo &gi, int r, int c);
// Key of a cell known to be a label cell ("ปีงบประมาณ", "คะแนนรวม"): its flags.
uint32_t labelFlags(std::string_view key, const IndicatorMatcher &m);

// gridIndex: the grid's position in SourceDocument::grids.
void readScoreTables(const GridInfo &gi, int gridIndex, std::vector<ScoreTable> &out);
// One table split in two: over two pages in Word (two tables, the header repeated) or with
// its header repeated in a sheet. The second part is appended to the first when together
// they list each of the indicators 1..maxIndicator once and have the same columns.
// A Writer table's rest in the next table without the header is joined too (grids: the
// document's, for the rest's ranks and last year's scores).
void joinContinuedTables(std::vector<ScoreTable> &tables, int maxIndicator, const std::vector<Grid> &grids);
void readGridLabels(const GridInfo &gi, Collector &c, int gridOrder);
// Rows naming a tool (no indicator) with a score beside it.
void readToolScores(const GridInfo &gi, std::vector<ToolScore> &out);
// Sentences: years, agency, totals, ratings, extreme claims, figures.
// gate: first test whether the text can hold any (cells are tested when classified).
void readText(std::string_view raw, const Location &at, long long order, Collector &c, bool gate = true);
// The cheap test readText() makes on a raw text.
bool worthReading(std::string_view raw);
bool rankingWords(std::string_view key);
// The district's bare name in a value written beside an "อำเภอ" label ("อำเภอบ้านผือ",
// "อ.บ้านผือ", "บ้านผือ" give "บ้านผือ"), "" when it holds none.
std::string districtName(std::string_view value);
// "ปีงบประมาณ พ.ศ. ๒๕๖๘" and other years only (findFiscalYear).
void readYears(std::string_view raw, const Location &at, long long order, std::vector<YearSeen> &out);

// Document order for "the first stated wins": sheets, then paragraphs, then Writer tables.
long long cellOrder(GridKind kind, int gridOrder, int row, int col);
long long paragraphOrder(int paragraph);

} // namespace ita::read
