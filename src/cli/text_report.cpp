#include "cli/text_report.hpp"

#include "cli/result_status.hpp"

#include "core/text/messages.hpp"

#include <boost/json.hpp>

#include <cstdio>

namespace json = boost::json;

namespace ita::cli {

namespace {

std::string s(const json::value *v) {
    if (!v || v->is_null()) return "-";
    if (v->is_string()) return std::string(v->as_string());
    if (v->is_double()) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", v->as_double());
        return buf;
    }
    if (v->is_int64()) return std::to_string(v->as_int64());
    return json::serialize(*v);
}

// Scores and totals always with two decimals, as documents print them.
std::string score(const json::value *v) {
    if (!v || v->is_null() || !v->is_number()) return s(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v->to_number<double>());
    return buf;
}

std::string change(const json::value *v) {
    if (!v || v->is_null() || !v->is_number()) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.2f", v->to_number<double>());
    return buf;
}

// Padded to `width` characters (code points, as the columns were always counted).
std::string padded(std::string s, size_t width) {
    size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    if (n < width) s.append(width - n, ' ');
    return s;
}

} // namespace

std::string TextReport::t(const char *key, const msg::Args &args) const {
    return msg::text(key, english_ ? msg::Lang::En : msg::Lang::Th, args);
}

// The year judged, and the document's own when it differs (a FY N plan reporting FY N-1's scores).
std::string TextReport::yearOf(const json::value &r) const {
    const std::string year = s(at(r, {"fiscal_year"}));
    const std::optional<long> document = documentYearApart(r);
    if (!document) return year;
    return t("cli.facts.documentYear", {{"year", year}, {"documentYear", std::to_string(*document)}});
}

void TextReport::file(const json::value &r) {
    ++files_;
    const auto e = at(r, {"counts", "errors"}) ? at(r, {"counts", "errors"})->to_number<int>() : 0;
    const auto w = at(r, {"counts", "warnings"}) ? at(r, {"counts", "warnings"})->to_number<int>() : 0;
    errors_ += e;
    warnings_ += w;
    if (e) ++withErrors_;
    // A document without scores (a measures plan, a memo without figures) is not "correct":
    // nothing in it was compared.
    const bool noScores = !scoresChecked(r);
    const std::string status = summaryStatus(r);
    out_ << s(at(r, {"path"})) << ": ";
    if (status == "ok" || status == "no_scores")
        out_ << t(status == "ok" ? "cli.ok" : "cli.noScores");
    else
        out_ << t("ui.summary", {{"errors", std::to_string(e)}, {"warnings", std::to_string(w)}});
    const json::value *statedTotal = at(r, {"total", "stated"}), *statedRating = at(r, {"rating", "stated"});
    const bool nothingStated =
        (!statedTotal || statedTotal->is_null()) && (!statedRating || statedRating->is_null());
    out_ << "  ";
    if (noScores && nothingStated) {
        const json::value *m = at(r, {"checked", "measures"});
        out_ << t("cli.facts.noScores",
                  {{"year", yearOf(r)},
                   {"measures", std::to_string(m && m->is_number() ? m->to_number<long>() : 0)}});
    } else {
        out_ << t("cli.facts", {{"year", yearOf(r)},
                                {"statedTotal", s(statedTotal)},
                                {"computedTotal", s(at(r, {"total", "computed"}))},
                                {"statedRating", s(statedRating)},
                                {"computedRating", s(at(r, {"rating", "computed"}))}});
    }
    out_ << "\n";
    if (const json::value *fs = at(r, {"findings"}); fs && fs->is_array()) {
        for (const auto &f : fs->as_array()) {
            std::string where;
            if (const json::value *locs = at(f, {"locations"});
                locs && locs->is_array() && !locs->as_array().empty())
                where = s(at(locs->as_array().front(), {"where"}));
            out_ << "  " << padded(t(s(at(f, {"severity"})) == "error" ? "cli.error" : "cli.warning"), 7)
                 << " " << s(at(f, {"code"})) << "  " << where << "\n      "
                 << s(at(f, {english_ ? "message_en" : "message"})) << "\n";
        }
    }
}

void TextReport::unreadable(const std::string &path, const std::string &why) {
    ++files_;
    ++unreadable_;
    const msg::Lang lang = english_ ? msg::Lang::En : msg::Lang::Th;
    out_ << path << ": " << t("cli.unreadable", {{"reason", msg::unreadableReason(why, lang)}}) << "\n";
}

void TextReport::summary() {
    if (files_ < 2) return;
    out_ << "\n"
         << t("cli.files", {{"files", std::to_string(files_)},
                            {"withErrors", std::to_string(withErrors_)},
                            {"unreadable", std::to_string(unreadable_)},
                            {"errors", std::to_string(errors_)},
                            {"warnings", std::to_string(warnings_)}})
         << "\n";
}

void TextReport::analysis(const std::string &path, const json::value &a) {
    out_ << path << "\n";
    out_ << "  "
         << t("cli.analysis.facts", {{"year", s(at(a, {"fiscal_year"}))},
                                     {"total", score(at(a, {"total_rounded"}))},
                                     {"rating", s(at(a, {"rating", "label"}))}})
         << "\n";
    if (const json::value *m = at(a, {"rating", "meaning"})) out_ << "  " << s(m) << "\n";
    if (const json::value *tools = at(a, {"tools"}); tools && tools->is_array())
        for (const auto &t : tools->as_array())
            out_ << "  " << s(at(t, {"code"})) << "  " << score(at(t, {"score"})) << "\n";
    if (const json::value *ind = at(a, {"indicators"}); ind && ind->is_array()) {
        out_ << "  " << t("cli.analysis.ranking") << "\n";
        std::vector<const json::value *> byRank(ind->as_array().size() + 1, nullptr);
        for (const auto &i : ind->as_array()) {
            const int rank = at(i, {"rank"}) ? at(i, {"rank"})->to_number<int>() : 0;
            if (rank > 0 && rank < static_cast<int>(byRank.size())) byRank[static_cast<size_t>(rank)] = &i;
        }
        for (size_t r = 1; r < byRank.size(); ++r)
            if (byRank[r]) {
                out_ << "  " << r << ".  " << s(at(*byRank[r], {"number"})) << " "
                     << s(at(*byRank[r], {"name_th"})) << "  " << score(at(*byRank[r], {"score"}));
                if (const std::string c = change(at(*byRank[r], {"change"})); !c.empty())
                    out_ << "  (" << c << ")";
                out_ << "\n";
            }
    }
    if (const std::string c = change(at(a, {"total_change"})); !c.empty())
        out_ << "  "
             << t("cli.analysis.previous", {{"total", score(at(a, {"previous_total"}))}, {"change", c}})
             << "\n";
}

} // namespace ita::cli
