// Fiscal-year frameworks: data, never code. One JSON file per fiscal year
// (frameworks/fy2564.json ...); see frameworks/README.md for the format.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ita {

struct IndicatorDef {
    int number = 0;     // 1 or more
    std::string nameTh; // canonical Thai name
    std::string nameEn;
    std::vector<std::string> aliases; // other Thai spellings seen in real documents
    std::string tool;                 // the code of its tool ("IIT")
};

struct ToolDef {
    std::string code;   // "IIT"
    std::string nameTh; // "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"
    std::string nameEn;
    double weight = 0;           // share of the total, 0..1 (IIT 0.30)
    std::vector<int> indicators; // tool score = mean of these indicators
};

// One rating level: reached when the total (rounded to 2 decimals) is at least minTotal
// and every tool condition holds. The letter scheme (FY2562-2565) has no tool condition;
// FY2566+ levels ask every tool for minEachTool; a future scheme may ask single tools for
// their own minimum (minTool). A level may carry a letter code and a Thai label together
// ("AA" and "ผ่านดีเยี่ยม"): documents may print either or both.
struct RatingLevel {
    std::string code;      // "AA", "A", ... or "ผ่านดีเยี่ยม"
    std::string labelTh;   // text printed in documents ("AA", "ผ่านดีเยี่ยม")
    std::string meaningTh; // one sentence a clerk can paste into the analysis
    std::string meaningEn;
    double minTotal = 0;
    std::optional<double> minEachTool;
    std::map<std::string, double> minTool; // tool code -> minimum of that tool's score
    std::vector<std::string> aliases; // other spellings accepted when reading ("ผ่านการประเมิน")

    // The minimum the tool's score must reach for this level, if any.
    std::optional<double> minFor(const std::string &toolCode) const;
    bool needsToolScores() const { return minEachTool.has_value() || !minTool.empty(); }
};

struct Framework {
    int fiscalYear = 0; // BE
    std::string scheme; // a name: "letter" (FY2562-2565), "pass" (FY2566+), or a new one;
                        // a rating of a framework with another scheme is "the other scheme's"
    std::vector<IndicatorDef> indicators; // ordered by number
    std::vector<ToolDef> tools;
    std::vector<RatingLevel> ratings; // best first
    double target = 85;
    double totalTolerance = 0.02;
    std::string status; // "verified" | "secondary" | "unconfirmed"
    std::string source; // provenance text
    std::string file;   // where it was loaded from

    const IndicatorDef *indicator(int number) const;
    const ToolDef *tool(const std::string &code) const;
    const ToolDef *toolOf(int indicatorNumber) const;
    // weight of one indicator in the total (tool weight / indicators in tool)
    double indicatorWeight(int indicatorNumber) const;
};

struct FrameworkError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Loads every fyNNNN.json of the given folders; a later folder overrides an
// earlier one for the same year (built-in, then user profile, then --frameworks).
class FrameworkRegistry {
  public:
    // Throws nothing: a malformed file is recorded in errors() and skipped.
    void addDirectory(const std::string &dir);
    // Parses one file; throws FrameworkError naming the file and the fault.
    static Framework loadFile(const std::string &path);
    static Framework parse(const std::string &json, const std::string &fileForMessages);

    const Framework *find(int fiscalYearBE) const;
    // Throws FrameworkError: "no ITA framework for FY2569: add one (…)".
    const Framework &require(int fiscalYearBE) const;
    std::vector<int> years() const;
    const Framework *latest() const;
    const std::vector<std::string> &errors() const { return errors_; }
    void add(Framework f); // for tests

  private:
    std::map<int, Framework> byYear_;
    std::vector<std::string> errors_;
};

} // namespace ita
