#include "core/report/report_json.hpp"

#include "core/frameworks/scoring.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <cmath>

namespace ita {

namespace json = boost::json;

namespace {

bool isScalar(const json::value &v) {
    return !v.is_object() && !v.is_array();
}

size_t codePoints(const std::string &s) {
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string number(double d) {
    if (!std::isfinite(d)) return "null";
    // Shortest text that reads back as the same double: 80.79 prints "80.79",
    // where boost::json::serialize would print "8.079E1".
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, res.ptr);
}

std::string scalar(const json::value &v) {
    switch (v.kind()) {
    case json::kind::double_:
        return number(v.get_double());
    default:
        return json::serialize(v); // strings keep UTF-8 as is; only quotes/controls are escaped
    }
}

// Two-space indentation; an object or array of scalars short enough for one
// line stays on one line, so a location reads as {"sheet": ..., "cell": "B7"}.
void write(const json::value &v, std::string &out, int indent) {
    if (isScalar(v)) {
        out += scalar(v);
        return;
    }
    const bool isObj = v.is_object();
    const size_t n = isObj ? v.get_object().size() : v.get_array().size();
    if (n == 0) {
        out += isObj ? "{}" : "[]";
        return;
    }
    bool flat = true;
    std::string line = isObj ? "{" : "[";
    if (isObj) {
        for (const auto &kv : v.get_object()) {
            if (!isScalar(kv.value())) {
                flat = false;
                break;
            }
            if (line.size() > 1) line += ", ";
            line += json::serialize(json::value(kv.key())) + ": " + scalar(kv.value());
        }
    } else {
        for (const auto &e : v.get_array()) {
            if (!isScalar(e)) {
                flat = false;
                break;
            }
            if (line.size() > 1) line += ", ";
            line += scalar(e);
        }
    }
    line += isObj ? "}" : "]";
    if (flat && (codePoints(line) <= 100 || !isObj)) {
        out += line;
        return;
    }
    const std::string pad(static_cast<size_t>(indent + 2), ' ');
    out += isObj ? "{\n" : "[\n";
    size_t i = 0;
    if (isObj) {
        for (const auto &kv : v.get_object()) {
            out += pad + json::serialize(json::value(kv.key())) + ": ";
            write(kv.value(), out, indent + 2);
            out += ++i < n ? ",\n" : "\n";
        }
    } else {
        for (const auto &e : v.get_array()) {
            out += pad;
            write(e, out, indent + 2);
            out += ++i < n ? ",\n" : "\n";
        }
    }
    out += std::string(static_cast<size_t>(indent), ' ') + (isObj ? "}" : "]");
}

std::string render(const json::value &v) {
    std::string out;
    write(v, out, 0);
    out += "\n";
    return out;
}

json::value score(std::optional<double> v) {
    return v ? json::value(round2(*v)) : json::value(nullptr);
}
json::value text(const std::string &s) {
    return s.empty() ? json::value(nullptr) : json::value(s);
}
json::value ints(const std::vector<int> &v) {
    json::array a;
    for (int i : v)
        a.emplace_back(i);
    return a;
}

json::object location(const Location &l) {
    json::object o;
    if (l.isParagraph()) {
        o["paragraph"] = l.paragraph + 1;
    } else if (l.kind == GridKind::Sheet) {
        o["sheet"] = l.gridName;
        o["cell"] = l.cellRef();
    } else {
        o["table"] = l.gridName;
        o["row"] = l.row + 1;
        o["column"] = l.col + 1;
    }
    o["where"] = l.where();
    return o;
}

} // namespace

std::string toJson(const ValidationReport &report) {
    int errors = 0, warnings = 0;
    json::array findings;
    for (const auto &f : report.findings) {
        (f.severity == Severity::Error ? errors : warnings)++;
        json::object o;
        o["code"] = f.code;
        o["severity"] = severityName(f.severity);
        o["indicator"] = f.indicator ? json::value(*f.indicator) : json::value(nullptr);
        o["message"] = f.messageTh;
        o["message_en"] = f.messageEn;
        o["expected"] = text(f.expected);
        o["found"] = text(f.found);
        json::array locs;
        for (const auto &l : f.locations)
            locs.push_back(location(l));
        o["locations"] = std::move(locs);
        findings.push_back(std::move(o));
    }

    json::object root;
    root["path"] = report.path;
    root["status"] = report.findings.empty() ? "ok" : "findings";
    root["fiscal_year"] = report.fiscalYear ? json::value(*report.fiscalYear) : json::value(nullptr);
    root["document_year"] = report.documentYear ? json::value(*report.documentYear) : json::value(nullptr);
    root["agency"] = text(report.agency);
    root["district"] = text(report.district);
    root["total"] =
        json::object{{"stated", score(report.statedTotal)}, {"computed", score(report.computedTotal)}};
    root["rating"] =
        json::object{{"stated", text(report.statedRating)}, {"computed", text(report.computedRating)}};
    root["counts"] = json::object{{"errors", errors}, {"warnings", warnings}};
    // "ok" says no finding; this says what there was to find it in.
    root["checked"] = json::object{{"scores", report.checked.scores}, {"measures", report.checked.measures}};
    root["findings"] = std::move(findings);
    return render(root);
}

std::string toJson(const Analysis &a) {
    json::object root;
    root["fiscal_year"] = a.fiscalYear;
    root["total"] = a.total; // unrounded by contract: callers recompute or compare
    root["total_rounded"] = round2(a.totalRounded);
    if (a.ratingCode.empty()) {
        root["rating"] = nullptr;
    } else {
        root["rating"] = json::object{{"code", a.ratingCode},
                                      {"label", a.ratingLabelTh},
                                      {"meaning", a.ratingMeaningTh},
                                      {"meaning_en", a.ratingMeaningEn}};
    }
    root["target"] = a.target;

    json::array tools;
    for (const auto &t : a.tools) {
        tools.push_back(json::object{{"code", t.code},
                                     {"name_th", t.nameTh},
                                     {"name_en", t.nameEn},
                                     {"weight", t.weight},
                                     {"score", round2(t.score)},
                                     {"contribution", round2(t.contribution)}});
    }
    root["tools"] = std::move(tools);

    json::array inds;
    for (const auto &i : a.indicators) {
        inds.push_back(json::object{{"number", i.number},
                                    {"name_th", i.nameTh},
                                    {"name_en", i.nameEn},
                                    {"tool", i.tool},
                                    {"score", round2(i.score)},
                                    {"rank", i.rank},
                                    {"below_target", i.belowTarget},
                                    {"previous", score(i.previous)},
                                    {"change", score(i.change)}});
    }
    root["indicators"] = std::move(inds);
    root["ranking"] = ints(a.ranking);
    root["strongest"] = ints(a.strongest);
    root["weakest"] = ints(a.weakest);
    root["below_target"] = ints(a.belowTarget);
    root["previous_total"] = score(a.previousTotal);
    root["total_change"] = score(a.totalChange);
    return render(root);
}

} // namespace ita
