#include "core/frameworks/framework.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>

namespace ita {

namespace json = boost::json;
namespace fs = std::filesystem;

const IndicatorDef *Framework::indicator(int number) const {
    for (const auto &i : indicators)
        if (i.number == number) return &i;
    return nullptr;
}

const ToolDef *Framework::tool(const std::string &code) const {
    for (const auto &t : tools)
        if (t.code == code) return &t;
    return nullptr;
}

const ToolDef *Framework::toolOf(int indicatorNumber) const {
    for (const auto &t : tools)
        if (std::find(t.indicators.begin(), t.indicators.end(), indicatorNumber) != t.indicators.end())
            return &t;
    return nullptr;
}

double Framework::indicatorWeight(int indicatorNumber) const {
    const ToolDef *t = toolOf(indicatorNumber);
    if (!t || t->indicators.empty()) return 0;
    return t->weight / static_cast<double>(t->indicators.size());
}

std::optional<double> RatingLevel::minFor(const std::string &toolCode) const {
    std::optional<double> m = minEachTool;
    auto it = minTool.find(toolCode);
    if (it != minTool.end() && (!m || it->second > *m)) m = it->second;
    return m;
}

namespace {

constexpr int kFormatVersion = 1;

const char *kindName(json::kind k) {
    switch (k) {
    case json::kind::null:
        return "null";
    case json::kind::bool_:
        return "true/false";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_:
        return "a number";
    case json::kind::string:
        return "a string";
    case json::kind::array:
        return "an array";
    case json::kind::object:
        return "an object";
    }
    return "?";
}

// Walks the parsed document and turns every fault into one FrameworkError that
// names the file and the JSON path, so a clerk editing fy2569.json by hand can
// find the line to fix.
class Reader {
  public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const std::string &what) const { throw FrameworkError(file_ + ": " + what); }

    static std::string join(const std::string &where, const char *key) {
        return where.empty() ? std::string(key) : where + "." + key;
    }

    const json::object &object(const json::value &v, const std::string &where) const {
        if (!v.is_object()) fail(quoted(where) + " must be an object, found " + kindName(v.kind()));
        return v.get_object();
    }

    const json::value *find(const json::object &o, const char *key) const {
        auto it = o.find(key);
        return it == o.end() ? nullptr : &it->value();
    }

    const json::value &need(const json::object &o, const char *key, const std::string &where) const {
        const json::value *v = find(o, key);
        if (!v) fail("missing key " + quoted(join(where, key)));
        return *v;
    }

    std::string string(const json::object &o, const char *key, const std::string &where) const {
        return asString(need(o, key, where), join(where, key));
    }

    std::string asString(const json::value &v, const std::string &path) const {
        if (!v.is_string()) fail(quoted(path) + " must be a string, found " + kindName(v.kind()));
        return std::string(v.get_string());
    }

    std::string nonEmpty(const json::object &o, const char *key, const std::string &where) const {
        std::string s = string(o, key, where);
        if (s.find_first_not_of(" \t\r\n") == std::string::npos)
            fail(quoted(join(where, key)) + " must not be empty");
        return s;
    }

    double number(const json::value &v, const std::string &path) const {
        if (v.is_int64()) return static_cast<double>(v.get_int64());
        if (v.is_uint64()) return static_cast<double>(v.get_uint64());
        if (v.is_double()) return v.get_double();
        fail(quoted(path) + " must be a number, found " + kindName(v.kind()));
    }

    double number(const json::object &o, const char *key, const std::string &where) const {
        return number(need(o, key, where), join(where, key));
    }

    int integer(const json::value &v, const std::string &path) const {
        double d = number(v, path);
        if (d != std::floor(d) || std::fabs(d) > 1e6) fail(quoted(path) + " must be a whole number");
        return static_cast<int>(d);
    }

    int integer(const json::object &o, const char *key, const std::string &where) const {
        return integer(need(o, key, where), join(where, key));
    }

    const json::array &array(const json::value &v, const std::string &path) const {
        if (!v.is_array()) fail(quoted(path) + " must be an array, found " + kindName(v.kind()));
        return v.get_array();
    }

    const json::array &array(const json::object &o, const char *key, const std::string &where) const {
        return array(need(o, key, where), join(where, key));
    }

    std::vector<std::string> strings(const json::object &o, const char *key, const std::string &where) const {
        std::vector<std::string> out;
        const json::value *v = find(o, key);
        if (!v) return out;
        const auto &a = array(*v, join(where, key));
        for (size_t i = 0; i < a.size(); ++i)
            out.push_back(asString(a[i], join(where, key) + "[" + std::to_string(i) + "]"));
        return out;
    }

    // A misspelt optional key ("min_each_tools") would otherwise be ignored
    // silently and change a rating; keys starting with "_" are free comments.
    void onlyKeys(const json::object &o, std::initializer_list<const char *> allowed,
                  const std::string &where) const {
        for (const auto &kv : o) {
            std::string k(kv.key());
            if (!k.empty() && k[0] == '_') continue;
            bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char *a) { return k == a; });
            if (!ok) fail("unknown key " + quoted(join(where, k.c_str())));
        }
    }

    static std::string quoted(const std::string &s) { return "\"" + s + "\""; }

  private:
    std::string file_;
};

std::string fmt(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

json::value parseJson(const std::string &text, const Reader &r) {
    json::stream_parser p;
    boost::system::error_code ec;
    size_t n = p.write(text.data(), text.size(), ec);
    if (!ec) p.finish(ec);
    if (ec) {
        // On failure the parser reports how far it got: that is where the fault is.
        n = std::min(n, text.size());
        int line = 1, col = 1;
        for (size_t i = 0; i < n; ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++col; // count characters, not UTF-8 bytes
            }
        }
        r.fail("JSON syntax error at line " + std::to_string(line) + ", column " + std::to_string(col) +
               " (" + ec.message() + ")");
    }
    return p.release();
}

void checkNames(const Framework &fw, const Reader &r) {
    std::map<std::string, int> seen;
    for (const auto &ind : fw.indicators) {
        std::vector<std::string> names = ind.aliases;
        names.push_back(ind.nameTh);
        for (const auto &n : names) {
            auto [it, fresh] = seen.emplace(n, ind.number);
            if (!fresh && it->second != ind.number)
                r.fail("the name \"" + n + "\" is given to indicators " + std::to_string(it->second) +
                       " and " + std::to_string(ind.number));
        }
    }
}

void checkRatings(const Framework &fw, const Reader &r) {
    std::map<std::string, std::string> seen; // spelling -> level code
    for (const auto &lv : fw.ratings) {
        std::vector<std::string> names = lv.aliases;
        names.push_back(lv.code);
        names.push_back(lv.labelTh);
        for (const auto &n : names) {
            auto [it, fresh] = seen.emplace(n, lv.code);
            if (!fresh && it->second != lv.code)
                r.fail("the rating spelling \"" + n + "\" belongs to two levels (" + it->second + " and " +
                       lv.code + ")");
        }
    }
    // Best first: rate() takes the first level whose conditions hold, so a
    // level must ask for a lower total than the one before, or the same total
    // with a lower (or no) minimum per tool; otherwise it could never be reached.
    // A level is reachable after the one before when it asks less of the total or of
    // some tool; one that asks at least as much everywhere would never be given.
    auto conditions = [&](const RatingLevel &lv) {
        std::string s = "min_total " + fmt(lv.minTotal);
        if (lv.minEachTool) s += ", min_each_tool " + fmt(*lv.minEachTool);
        for (const auto &[code, min] : lv.minTool)
            s += ", min_tool " + code + " " + fmt(min);
        return s;
    };
    for (size_t i = 1; i < fw.ratings.size(); ++i) {
        const auto &a = fw.ratings[i - 1];
        const auto &b = fw.ratings[i];
        bool ok = b.minTotal < a.minTotal;
        for (const auto &t : fw.tools) {
            if (ok || b.minTotal != a.minTotal) break;
            const auto ma = a.minFor(t.code), mb = b.minFor(t.code);
            ok = ma && (!mb || *mb < *ma);
        }
        if (!ok)
            r.fail("rating levels are not best-first: \"" + b.code + "\" (" + conditions(b) +
                   ") comes after \"" + a.code + "\" (" + conditions(a) + ")");
    }
    if (fw.ratings.back().minTotal != 0 || fw.ratings.back().needsToolScores())
        r.fail("the last rating level (\"" + fw.ratings.back().code +
               "\") must have min_total 0 and no min_each_tool" +
               (fw.ratings.back().minTool.empty() ? "" : " or min_tool") +
               ", so that every total gets a rating");
}

} // namespace

Framework FrameworkRegistry::parse(const std::string &text, const std::string &fileForMessages) {
    Reader r(fileForMessages);
    std::string body = text;
    if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) body.erase(0, 3); // Windows editors add a BOM
    json::value doc = parseJson(body, r);
    const json::object &root = r.object(doc, "(top level)");
    r.onlyKeys(root,
               {"format_version", "fiscal_year", "scheme", "provenance", "target", "total_tolerance",
                "indicators", "tools", "ratings"},
               "");

    int version = r.integer(root, "format_version", "");
    if (version != kFormatVersion)
        r.fail("format_version " + std::to_string(version) + " is not supported (this program reads " +
               std::to_string(kFormatVersion) + ")");

    Framework fw;
    fw.file = fileForMessages;
    fw.fiscalYear = r.integer(root, "fiscal_year", "");
    if (fw.fiscalYear < 2500 || fw.fiscalYear > 2999)
        r.fail("\"fiscal_year\" must be a Buddhist-Era year such as 2566, found " +
               std::to_string(fw.fiscalYear));
    // A name, not a closed list: a reform brings its own scheme ("letter", "pass", ...).
    fw.scheme = r.nonEmpty(root, "scheme", "");

    const auto &prov = r.object(r.need(root, "provenance", ""), "provenance");
    r.onlyKeys(prov, {"status", "source"}, "provenance");
    fw.status = r.string(prov, "status", "provenance");
    if (fw.status != "verified" && fw.status != "secondary" && fw.status != "unconfirmed")
        r.fail("\"provenance.status\" must be \"verified\", \"secondary\" or \"unconfirmed\", found \"" +
               fw.status + "\"");
    fw.source = r.nonEmpty(prov, "source", "provenance");

    if (const json::value *v = r.find(root, "target")) fw.target = r.number(*v, "target");
    if (fw.target <= 0 || fw.target > 100) r.fail("\"target\" must be between 0 and 100");
    if (const json::value *v = r.find(root, "total_tolerance"))
        fw.totalTolerance = r.number(*v, "total_tolerance");
    if (fw.totalTolerance < 0 || fw.totalTolerance > 5) r.fail("\"total_tolerance\" must be between 0 and 5");

    // Indicators
    const auto &inds = r.array(root, "indicators", "");
    if (inds.empty()) r.fail("\"indicators\" is empty");
    std::set<int> numbers;
    for (size_t i = 0; i < inds.size(); ++i) {
        std::string where = "indicators[" + std::to_string(i) + "]";
        const auto &o = r.object(inds[i], where);
        r.onlyKeys(o, {"number", "name_th", "name_en", "aliases"}, where);
        IndicatorDef d;
        d.number = r.integer(o, "number", where);
        if (d.number < 1) r.fail("\"" + where + ".number\" must be 1 or more");
        if (!numbers.insert(d.number).second)
            r.fail("duplicate indicator number " + std::to_string(d.number));
        d.nameTh = r.nonEmpty(o, "name_th", where);
        d.nameEn = r.nonEmpty(o, "name_en", where);
        d.aliases = r.strings(o, "aliases", where);
        fw.indicators.push_back(std::move(d));
    }
    std::sort(fw.indicators.begin(), fw.indicators.end(),
              [](const IndicatorDef &a, const IndicatorDef &b) { return a.number < b.number; });
    checkNames(fw, r);

    // Tools
    const auto &tools = r.array(root, "tools", "");
    if (tools.empty()) r.fail("\"tools\" is empty");
    std::map<int, std::string> toolOfIndicator;
    double weightSum = 0;
    for (size_t i = 0; i < tools.size(); ++i) {
        std::string where = "tools[" + std::to_string(i) + "]";
        const auto &o = r.object(tools[i], where);
        r.onlyKeys(o, {"code", "name_th", "name_en", "weight", "indicators"}, where);
        ToolDef t;
        t.code = r.nonEmpty(o, "code", where);
        if (fw.tool(t.code)) r.fail("duplicate tool code \"" + t.code + "\"");
        t.nameTh = r.nonEmpty(o, "name_th", where);
        t.nameEn = r.nonEmpty(o, "name_en", where);
        t.weight = r.number(o, "weight", where);
        if (!(t.weight > 0 && t.weight <= 1))
            r.fail("\"" + where + ".weight\" (tool " + t.code + ") must be above 0 and at most 1, found " +
                   fmt(t.weight));
        weightSum += t.weight;
        const auto &list = r.array(o, "indicators", where);
        if (list.empty()) r.fail("tool " + t.code + " has no indicators");
        for (size_t k = 0; k < list.size(); ++k) {
            int n = r.integer(list[k], where + ".indicators[" + std::to_string(k) + "]");
            if (!numbers.count(n))
                r.fail("tool " + t.code + " lists indicator " + std::to_string(n) +
                       ", which is not in \"indicators\"");
            auto [it, fresh] = toolOfIndicator.emplace(n, t.code);
            if (!fresh) {
                if (it->second == t.code)
                    r.fail("tool " + t.code + " lists indicator " + std::to_string(n) + " twice");
                r.fail("indicator " + std::to_string(n) + " is in two tools (" + it->second + " and " +
                       t.code + ")");
            }
            t.indicators.push_back(n);
        }
        fw.tools.push_back(std::move(t));
    }
    if (std::fabs(weightSum - 1.0) > 1e-9) {
        std::ostringstream os;
        os.precision(12);
        os << weightSum;
        r.fail("tool weights sum to " + os.str() + ", not 1");
    }
    for (auto &ind : fw.indicators) {
        auto it = toolOfIndicator.find(ind.number);
        if (it == toolOfIndicator.end()) r.fail("indicator " + std::to_string(ind.number) + " is in no tool");
        ind.tool = it->second;
    }

    // Ratings
    const auto &ratings = r.array(root, "ratings", "");
    if (ratings.empty()) r.fail("\"ratings\" is empty");
    for (size_t i = 0; i < ratings.size(); ++i) {
        std::string where = "ratings[" + std::to_string(i) + "]";
        const auto &o = r.object(ratings[i], where);
        r.onlyKeys(o,
                   {"code", "label_th", "meaning_th", "meaning_en", "min_total", "min_each_tool", "min_tool",
                    "aliases"},
                   where);
        RatingLevel lv;
        lv.code = r.nonEmpty(o, "code", where);
        lv.labelTh = r.nonEmpty(o, "label_th", where);
        lv.meaningTh = r.nonEmpty(o, "meaning_th", where);
        lv.meaningEn = r.nonEmpty(o, "meaning_en", where);
        lv.minTotal = r.number(o, "min_total", where);
        if (lv.minTotal < 0 || lv.minTotal > 100)
            r.fail("\"" + where + ".min_total\" must be between 0 and 100");
        if (const json::value *v = r.find(o, "min_each_tool")) {
            lv.minEachTool = r.number(*v, where + ".min_each_tool");
            if (*lv.minEachTool < 0 || *lv.minEachTool > 100)
                r.fail("\"" + where + ".min_each_tool\" must be between 0 and 100");
        }
        if (const json::value *v = r.find(o, "min_tool")) {
            const std::string path = where + ".min_tool";
            for (const auto &kv : r.object(*v, path)) {
                const std::string code(kv.key());
                if (!fw.tool(code))
                    r.fail("\"" + path + "\" names the tool \"" + code + "\", which is not in \"tools\"");
                const double min = r.number(kv.value(), path + "." + code);
                if (min < 0 || min > 100) r.fail("\"" + path + "." + code + "\" must be between 0 and 100");
                lv.minTool[code] = min;
            }
        }
        lv.aliases = r.strings(o, "aliases", where);
        fw.ratings.push_back(std::move(lv));
    }
    checkRatings(fw, r);
    return fw;
}

namespace {

// Every validate and fill reads the frameworks again (a user may add or edit a
// year while the office runs); parsing them took 2 % of an office's time per
// file of a batch. A file whose bytes are those parsed before is not parsed
// again: the cache is keyed by its path and compares the whole content.
struct ParsedFile {
    std::string content;
    Framework framework;
};
std::mutex g_parsedLock;
std::map<std::string, ParsedFile> g_parsed;

} // namespace

Framework FrameworkRegistry::loadFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FrameworkError(path + ": cannot read the file");
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string content = ss.str();
    {
        std::lock_guard<std::mutex> lock(g_parsedLock);
        auto it = g_parsed.find(path);
        if (it != g_parsed.end() && it->second.content == content) return it->second.framework;
    }
    Framework fw = parse(content, path);
    // The registry trusts the name to pick the year; a copied file that still
    // says the old year inside would silently replace the wrong framework.
    static const std::regex name(R"(fy(\d{4})\.json)");
    std::smatch m;
    std::string base = fs::path(path).filename().string();
    if (std::regex_match(base, m, name) && std::stoi(m[1].str()) != fw.fiscalYear)
        throw FrameworkError(path + ": \"fiscal_year\" is " + std::to_string(fw.fiscalYear) +
                             " but the file name says " + m[1].str());
    std::lock_guard<std::mutex> lock(g_parsedLock);
    g_parsed[path] = ParsedFile{std::move(content), fw};
    return fw;
}

void FrameworkRegistry::addDirectory(const std::string &dir) {
    static const std::regex name(R"(fy\d{4}\.json)");
    std::vector<fs::path> files;
    try {
        // A folder that does not exist is not an error: the user profile has
        // no frameworks folder until the user adds a year.
        if (!fs::exists(dir)) return;
        if (!fs::is_directory(dir)) {
            errors_.push_back(dir + ": not a folder");
            return;
        }
        for (const auto &e : fs::directory_iterator(dir)) {
            std::string base = e.path().filename().string();
            if (std::regex_match(base, name) && !e.is_directory()) files.push_back(e.path());
        }
    } catch (const std::exception &e) {
        errors_.push_back(dir + ": " + e.what());
        return;
    }
    std::sort(files.begin(), files.end());
    for (const auto &f : files) {
        try {
            Framework fw = loadFile(f.string());
            byYear_[fw.fiscalYear] = std::move(fw);
        } catch (const std::exception &e) {
            errors_.push_back(e.what());
        }
    }
}

const Framework *FrameworkRegistry::find(int fiscalYearBE) const {
    auto it = byYear_.find(fiscalYearBE);
    return it == byYear_.end() ? nullptr : &it->second;
}

const Framework &FrameworkRegistry::require(int fiscalYearBE) const {
    if (const Framework *fw = find(fiscalYearBE)) return *fw;
    std::string y = std::to_string(fiscalYearBE);
    std::string msg = "no ITA framework for FY" + y + ": add one (fy" + y +
                      ".json in the frameworks folder of your user profile, or in a folder given with "
                      "`ita --frameworks DIR`; see frameworks/README.md)";
    if (!byYear_.empty()) {
        msg += "; available:";
        for (const auto &kv : byYear_)
            msg += " FY" + std::to_string(kv.first);
    }
    throw FrameworkError(msg);
}

std::vector<int> FrameworkRegistry::years() const {
    std::vector<int> out;
    for (const auto &kv : byYear_)
        out.push_back(kv.first);
    return out;
}

const Framework *FrameworkRegistry::latest() const {
    return byYear_.empty() ? nullptr : &byYear_.rbegin()->second;
}

void FrameworkRegistry::add(Framework f) {
    byYear_[f.fiscalYear] = std::move(f);
}

} // namespace ita
