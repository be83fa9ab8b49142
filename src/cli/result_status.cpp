#include "cli/result_status.hpp"

#include <boost/json.hpp>

namespace json = boost::json;

namespace ita::cli {

const json::value *at(const json::value &v, std::initializer_list<const char *> path) {
    const json::value *cur = &v;
    for (const char *k : path) {
        if (!cur->is_object()) return nullptr;
        cur = cur->as_object().if_contains(k);
        if (!cur) return nullptr;
    }
    return cur;
}

std::optional<long> documentYearApart(const json::value &r) {
    const json::value *judged = at(r, {"fiscal_year"}), *own = at(r, {"document_year"});
    if (!own || !own->is_number()) return std::nullopt;
    if (judged && judged->is_number() && judged->to_number<long>() == own->to_number<long>())
        return std::nullopt;
    return own->to_number<long>();
}

bool scoresChecked(const json::value &r) {
    const json::value *s = at(r, {"checked", "scores"});
    return !(s && s->is_bool() && !s->as_bool());
}

std::string summaryStatus(const json::value &r) {
    const std::string status = at(r, {"status"}) && at(r, {"status"})->is_string()
                                   ? std::string(at(r, {"status"})->as_string())
                                   : std::string();
    if (status == "unreadable" || status == "not_checked") return status;
    const json::value *e = at(r, {"counts", "errors"}), *w = at(r, {"counts", "warnings"});
    if (e && e->to_number<long>() > 0) return "errors";
    if (w && w->to_number<long>() > 0) return "warnings";
    // Nothing wrong in a document with nothing to compare is no "ok".
    return scoresChecked(r) ? "ok" : "no_scores";
}

} // namespace ita::cli
