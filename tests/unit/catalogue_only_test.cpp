// Every text a user reads comes from the message catalogue, in Thai and English: the UI
// texts in core/text/messages.cpp, the findings' texts declared by each validation rule
// beside its check (`constexpr FindingText kName{"ITA001", Severity::Error, "…", "…"};` in
// core/validate/rules/, which msg::text finds by code). This test reads the sources under
// src/ and fails on a string literal with Thai letters anywhere else, including a rule file
// outside its FindingText declarations. Thai digits alone are numbers, not words, and pass.
//
// Allowed: the catalogue, and the input vocabulary: words the code matches against what
// users and templates write (indicator names and labels the readers look for, rating and
// period words, fill-language field names, the labels of the bundled score-sheet
// template). Those are not messages: translating them would break reading Thai documents.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSrc = fs::path(ITA_SOURCE_DIR) / "src";

// Paths relative to src/; a path ending in '/' covers a folder.
const std::map<std::string, std::string> kVocabulary = {
    {"core/text/messages.cpp", "the message catalogue itself"},
    {"core/read/", "the readers: indicator names, labels and sentence patterns of Thai documents"},
    {"core/frameworks/scoring.cpp", "words around a stated rating (\"ระดับ\", \"ผลการประเมิน\")"},
    {"core/validate/rules/measure_period.cpp", "words of a measure's period (\"ตลอดปี\", \"ไตรมาส\")"},
    {"core/validate/rules/rating_wrong.cpp", "\"ผ่านการประเมิน\" in a stated rating"},
    {"core/validate/rules/tool_score_total.cpp", "\"ผ่านการประเมิน\" in a stated rating"},
    {"core/fill/fill_schema.cpp", "the fill language's Thai field names"},
    {"core/fill/fill_template.cpp", "the fill language's keywords (#ทุก, #ถ้า, #ไม่เช่นนั้น, ไม่)"},
    {"core/fill/fill_data.cpp", "the agency block's labels, the measure table's column words, the status and "
                                "period values the Thai documents are filled with"},
    {"uno/calc/score_sheet_template.hxx", "labels of the bundled score-sheet template"},
};

// Where rules declare their findings' texts: a FindingText declaration there is catalogue.
const std::string kRuleFolder = "core/validate/rules/";

struct Literal {
    int line;
    std::string text;
    size_t offset = 0;     // of its opening quote (or R) in the source
    bool declared = false; // inside a FindingText declaration
};

bool isIdentChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Whether the R at `i` starts a raw string: alone or after an encoding prefix (u8R"(…)").
bool rawPrefix(const std::string &src, size_t i) {
    size_t start = i;
    while (start > 0 && isIdentChar(src[start - 1]))
        --start;
    const std::string prefix = src.substr(start, i - start);
    return prefix.empty() || prefix == "u8" || prefix == "u" || prefix == "U" || prefix == "L";
}

// String and character literals of C++ source, comments skipped; raw strings included.
// `masked` (when given) is the source with comments and literals blanked out, so that a
// search for code cannot match inside them.
std::vector<Literal> literals(const std::string &src, std::string *masked = nullptr) {
    std::vector<Literal> out;
    std::string code = src;
    auto blank = [&](size_t from, size_t to) {
        for (size_t k = from; k < to && k < code.size(); ++k)
            if (code[k] != '\n') code[k] = ' ';
    };
    int line = 1;
    const size_t n = src.size();
    auto countLines = [&](size_t from, size_t to) {
        for (size_t k = from; k < to && k < n; ++k)
            line += src[k] == '\n';
    };
    for (size_t i = 0; i < n;) {
        if (src.compare(i, 2, "//") == 0) {
            const size_t start = i;
            while (i < n && src[i] != '\n')
                ++i;
            blank(start, i);
            continue;
        }
        if (src.compare(i, 2, "/*") == 0) {
            const size_t end = src.find("*/", i + 2);
            const size_t stop = end == std::string::npos ? n : end + 2;
            countLines(i, stop);
            blank(i, stop);
            i = stop;
            continue;
        }
        if (src[i] == 'R' && i + 1 < n && src[i + 1] == '"' && rawPrefix(src, i)) {
            const size_t open = src.find('(', i + 2);
            if (open != std::string::npos) {
                const std::string close = ")" + src.substr(i + 2, open - i - 2) + "\"";
                const size_t end = src.find(close, open + 1);
                const size_t stop = end == std::string::npos ? n : end;
                out.push_back({line, src.substr(open + 1, stop - open - 1), i});
                countLines(i, stop + close.size());
                blank(open + 1, stop);
                i = stop + close.size();
                continue;
            }
        }
        // A quote after a digit or letter is a digit separator (1'000), not a literal.
        if (src[i] == '"' || (src[i] == '\'' && (i == 0 || !isIdentChar(src[i - 1])))) {
            const char quote = src[i];
            size_t j = i + 1;
            while (j < n && src[j] != quote && src[j] != '\n')
                j += src[j] == '\\' ? 2 : 1;
            out.push_back({line, src.substr(i + 1, j - i - 1), i});
            blank(i + 1, j);
            i = j + 1;
            continue;
        }
        line += src[i] == '\n';
        ++i;
    }
    if (masked) *masked = std::move(code);
    return out;
}

// The literals of a source, those inside a declaration `FindingText name{…}` (or
// `FindingText name[] = {…}`) marked declared: found in the code, not in comments or strings.
std::vector<Literal> classifiedLiterals(const std::string &src) {
    std::string code;
    std::vector<Literal> out = literals(src, &code);
    static const std::regex declaration(R"(\bFindingText\s+\w+\s*(\[\s*\])?\s*=?\s*\{)");
    for (auto it = std::sregex_iterator(code.begin(), code.end(), declaration); it != std::sregex_iterator();
         ++it) {
        const size_t open = static_cast<size_t>(it->position() + it->length()) - 1;
        size_t close = open;
        for (int depth = 0; close < code.size(); ++close) {
            depth += code[close] == '{';
            depth -= code[close] == '}';
            if (depth == 0) break;
        }
        for (Literal &l : out)
            if (l.offset > open && l.offset < close) l.declared = true;
    }
    return out;
}

// Thai letters, vowels and marks (U+0E01–U+0E4F); the digits U+0E50–U+0E59 are not words.
bool hasThaiLetter(const std::string &s) {
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
                   b2 = static_cast<unsigned char>(s[i + 2]);
        if (b0 != 0xE0 || (b1 != 0xB8 && b1 != 0xB9)) continue;
        const unsigned cp = 0x0E00 + ((b1 - 0xB8) << 6) + (b2 & 0x3F);
        if (cp >= 0x0E01 && cp <= 0x0E4F) return true;
    }
    return false;
}

bool listed(const std::map<std::string, std::string> &list, const std::string &rel) {
    for (const auto &[path, why] : list)
        if (rel == path || (path.back() == '/' && rel.rfind(path, 0) == 0)) return true;
    return false;
}

bool isSource(const fs::path &p) {
    static const char *const exts[] = {".c", ".cc", ".cpp", ".cxx", ".h", ".hpp", ".hxx"};
    for (const char *e : exts)
        if (p.extension() == e) return true;
    return p.extension() == ".in" && isSource(p.stem());
}

std::string read(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Is this Thai literal the catalogue's? A rule's FindingText declarations are.
bool catalogueText(const std::string &rel, const Literal &l) {
    return l.declared && rel.rfind(kRuleFolder, 0) == 0;
}

// file:line: literal, for every Thai literal of the files under src/ that `keep` accepts,
// except the texts rules declare.
template <class Keep> std::vector<std::string> thaiLiterals(Keep keep) {
    std::vector<std::string> found;
    for (const auto &entry : fs::recursive_directory_iterator(kSrc)) {
        if (!entry.is_regular_file() || !isSource(entry.path())) continue;
        const std::string rel = entry.path().lexically_relative(kSrc).generic_string();
        if (!keep(rel)) continue;
        for (const Literal &l : classifiedLiterals(read(entry.path())))
            if (hasThaiLetter(l.text) && !catalogueText(rel, l))
                found.push_back(rel + ":" + std::to_string(l.line) + ": \"" + l.text + "\"");
    }
    return found;
}

} // namespace

TEST(CatalogueOnly, ScannerFindsThaiLiteralsAndSkipsComments) {
    const std::string src = "// ไม่ใช่ข้อความ \"ในคอมเมนต์\"\n"
                            "/* \"ตรวจสอบ\"\n */ int n = 1'000;\n"
                            "auto a = \"ผลการตรวจสอบ ITA\";\n"
                            "auto b = \"๐–๑๐๐\"; auto c = R\"x(คะแนน)x\"; char q = '\"';\n";
    std::vector<std::string> thai;
    for (const Literal &l : literals(src))
        if (hasThaiLetter(l.text)) thai.push_back(std::to_string(l.line) + ":" + l.text);
    EXPECT_EQ(thai, (std::vector<std::string>{"4:ผลการตรวจสอบ ITA", "5:คะแนน"}));
}

// A rule file's declared texts pass; a Thai literal anywhere else in it does not, nor a
// declaration outside the rules' folder, nor a parameter of type FindingText.
TEST(CatalogueOnly, RuleTextsPassOnlyInsideTheirDeclaration) {
    const std::string src = "namespace {\n"
                            "constexpr FindingText kMissing{\"ITA001\", Severity::Error,\n"
                            "    \"ไม่พบตัวชี้วัด {x}\" \"ในตาราง\", \"Missing {x}.\"};\n"
                            "// FindingText kComment{\"ในคอมเมนต์\"}\n"
                            "auto s = \"FindingText kInString{\"; auto t = \"คะแนน\";\n"
                            "Finding make(const FindingText &t) { return note(\"ตรวจสอบ\"); }\n"
                            "}\n";
    std::vector<std::string> stray, declared;
    for (const Literal &l : classifiedLiterals(src))
        if (hasThaiLetter(l.text))
            (catalogueText(kRuleFolder + "some_rule.cpp", l) ? declared : stray)
                .push_back(std::to_string(l.line) + ":" + l.text);
    EXPECT_EQ(declared, (std::vector<std::string>{"3:ไม่พบตัวชี้วัด {x}", "3:ในตาราง"}));
    EXPECT_EQ(stray, (std::vector<std::string>{"5:คะแนน", "6:ตรวจสอบ"}));
    for (const Literal &l : classifiedLiterals(src))
        if (hasThaiLetter(l.text)) EXPECT_FALSE(catalogueText("core/analysis/summary.cpp", l)) << l.text;
}

TEST(CatalogueOnly, NoThaiLiteralOutsideTheCatalogueAndTheInputVocabulary) {
    ASSERT_TRUE(fs::is_directory(kSrc)) << kSrc;
    const std::vector<std::string> found =
        thaiLiterals([](const std::string &rel) { return !listed(kVocabulary, rel); });
    std::string all;
    for (const auto &f : found)
        all += "  " + f + "\n";
    EXPECT_TRUE(found.empty()) << "user-facing Thai outside the catalogue (add a key to "
                                  "core/text/messages.cpp and use msg::text, or a rule's FindingText):\n"
                               << all;
}

// Every allowed file exists and still has Thai literals: a converted or moved file
// leaves the list instead of keeping a hole open.
TEST(CatalogueOnly, AllowListIsCurrent) {
    for (const auto &[path, why] : kVocabulary) {
        EXPECT_TRUE(fs::exists(kSrc / path)) << path << " (" << why << ") is gone: remove it from the list";
        const auto found = thaiLiterals([&, p = path](const std::string &rel) {
            return rel == p || (p.back() == '/' && rel.rfind(p, 0) == 0);
        });
        EXPECT_FALSE(found.empty()) << path
                                    << " has no Thai literal left (but declared texts): remove it "
                                       "from the list";
    }
}
