// Tool scores on their own rows: "IIT | ๘๔.๕๓", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) | 90.00",
// "คะแนนเครื่องมือ OIT | 92.00". A row that names an indicator belongs to an indicator table.
#include "core/read/detail/read_facts.hpp"

namespace ita::read {

namespace {

constexpr int kMaxSpan = 4; // cells between the tool's name and its score

// The one tool a short label names, "" for none or several.
std::string toolCode(std::string_view key) {
    std::string found;
    int hits = 0;
    for (const char *code : {"IIT", "EIT", "OIT"})
        if (contains(key, code)) {
            found = code;
            ++hits;
        }
    if (hits == 1) return found;
    if (hits > 1) return {};
    if (contains(key, "ภายใน")) return "IIT";
    if (contains(key, "ภายนอก")) return "EIT";
    if (contains(key, "เปิดเผยข้อมูลสาธารณะ")) return "OIT";
    return {};
}

bool rowNamesIndicator(const GridInfo &gi, int r) {
    for (int c = 0; c < gi.cols(r); ++c)
        if (gi.at(r, c).has(kName)) return true;
    return false;
}

} // namespace

void readToolScores(const GridInfo &gi, std::vector<ToolScore> &out) {
    std::string key;
    for (int r = 0; r < gi.rows(); ++r) {
        bool checked = false, named = false;
        for (int c = 0; c < gi.cols(r); ++c) {
            const CellInfo &ci = gi.at(r, c);
            // "คะแนนเครื่องมือ IIT" is classified a score header, "IIT" a tool.
            if (!ci.has(kTool | kHdrScore) || ci.has(kName)) continue;
            if (!checked) {
                checked = true;
                named = rowNamesIndicator(gi, r);
            }
            if (named) break;
            makeKey(gi.text(r, c), key);
            if (codePoints(key) > 70) continue;
            const std::string code = toolCode(key);
            if (code.empty()) continue;
            for (int cc = c + 1; cc < gi.cols(r) && cc <= c + kMaxSpan; ++cc) {
                const CellInfo &v = gi.at(r, cc);
                if (v.has(kEmpty)) continue;
                // "IIT | แบบวัด… | น้ำหนัก (ร้อยละ) 30 | คะแนน 89.34": the tool's weight is no score
                if (v.has(kNumber) && weightColumn(gi, r, cc)) continue;
                if (v.has(kNumber) && v.number >= 0 && v.number <= 100)
                    out.push_back(
                        {code, v.number, normalizeText(gi.text(r, cc)), Location::cell(*gi.grid, r, cc)});
                break;
            }
        }
    }
}

} // namespace ita::read
