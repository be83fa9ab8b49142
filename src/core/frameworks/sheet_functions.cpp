#include "core/frameworks/sheet_functions.hpp"

#include "core/text/thai_text.hpp"
#include "core/text/user_error.hpp"

#include <algorithm>
#include <cctype>

namespace ita::sheetfn {

namespace {

[[noreturn]] void fail(int argument, const char *key, const msg::Args &args = {}) {
    UserError e(key, args);
    e.argument = argument;
    throw e;
}

bool blank(const std::string &s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool inRange(double v) {
    return v >= 0 && v <= 100;
}

std::string upper(std::string s) {
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string trimmed(const std::string &s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

} // namespace

Scores scores(const Framework &fw, const std::vector<Value> &cells) {
    std::vector<double> flat;
    for (const Value &cell : cells) {
        std::optional<double> v = cell.number;
        if (!v) {
            if (blank(cell.text)) continue;
            v = thai::parseNumber(cell.text);
            if (!v) fail(0, "function.error.notNumber", {{"found", cell.text}});
        }
        if (!inRange(*v)) fail(0, "function.error.scoreRange");
        flat.push_back(*v);
    }
    if (flat.size() != fw.indicators.size())
        fail(0, "function.error.count",
             {{"expected", std::to_string(fw.indicators.size())}, {"found", std::to_string(flat.size())}});
    Scores out;
    for (size_t i = 0; i < flat.size(); ++i)
        out[fw.indicators[i].number] = flat[i];
    return out;
}

double total(const Framework &fw, const std::vector<Value> &cells) {
    return *weightedTotal(fw, scores(fw, cells));
}

double toolScore(const Framework &fw, const std::vector<Value> &cells, const std::string &tool) {
    const auto byTool = toolScores(fw, scores(fw, cells));
    const std::string code = upper(trimmed(tool));
    for (const auto &[c, v] : byTool)
        if (upper(c) == code) return v;
    fail(2, "function.error.unknownTool", {{"tool", tool}, {"year", std::to_string(fw.fiscalYear)}});
}

const RatingLevel &rating(const Framework &fw, double total,
                          const std::vector<std::optional<double>> &given) {
    // A total or tool score outside 0-100 is a wrong reference, not a rating.
    if (!inRange(total)) fail(0, "function.error.totalRange");
    if (given.size() > fw.tools.size())
        fail(2, "function.error.toolCount",
             {{"year", std::to_string(fw.fiscalYear)},
              {"expected", std::to_string(fw.tools.size())},
              {"found", std::to_string(given.size())}});
    std::map<std::string, double> tools;
    for (size_t i = 0; i < given.size(); ++i) {
        if (!given[i]) continue;
        if (!inRange(*given[i]))
            fail(static_cast<int>(2 + i), "function.error.toolRange", {{"tool", fw.tools[i].code}});
        tools[fw.tools[i].code] = *given[i];
    }
    // Without every tool score, a level whose total is reached but which also sets
    // minima per tool cannot be told from the one below it.
    if (tools.size() != fw.tools.size()) {
        const double t = round2(total);
        const bool dependsOnTools =
            std::any_of(fw.ratings.begin(), fw.ratings.end(), [&](const RatingLevel &lv) {
                return t >= lv.minTotal - 1e-9 && lv.needsToolScores();
            });
        if (dependsOnTools) {
            std::vector<std::string> codes;
            for (const auto &tool : fw.tools)
                codes.push_back(tool.code);
            std::string th, en;
            for (size_t i = 0; i < codes.size(); ++i) {
                th += (i == 0 ? "" : " ") + codes[i];
                en += (i == 0 ? "" : i + 1 == codes.size() ? " and " : ", ") + codes[i];
            }
            UserError e("function.error.needTools", {{"year", std::to_string(fw.fiscalYear)}, {"tools", th}},
                        {{"year", std::to_string(fw.fiscalYear)}, {"tools", en}});
            e.argument = 2;
            throw e;
        }
    }
    const RatingLevel *level = rate(fw, total, tools);
    // The last level has min_total 0 and no tool condition (the loader checks it).
    return level ? *level : fw.ratings.back();
}

} // namespace ita::sheetfn
