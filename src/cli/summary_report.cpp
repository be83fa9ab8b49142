#include "cli/summary_report.hpp"

#include "cli/result_status.hpp"

#include "core/fill/xml_tokens.hpp"
#include "core/text/messages.hpp"

#include "office/office_session.hxx"

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace json = boost::json;
namespace fs = std::filesystem;

namespace ita::cli {

namespace {

std::string xml(const std::string &s) {
    std::string out;
    fill::appendEscaped(out, s); // the fill engine's escaping: control characters dropped
    return out;
}

std::string textCell(const std::string &s) {
    if (s.empty()) return "<table:table-cell/>";
    return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + xml(s) +
           "</text:p></table:table-cell>";
}

std::string valueCell(const json::value *v) {
    if (!v || v->is_null()) return "<table:table-cell/>";
    if (v->is_string()) return textCell(std::string(v->as_string()));
    if (v->is_number()) {
        std::ostringstream os;
        os.precision(15);
        os << v->to_number<double>();
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + os.str() +
               "\" calcext:value-type=\"float\"><text:p>" + os.str() + "</text:p></table:table-cell>";
    }
    if (v->is_bool()) return textCell(v->as_bool() ? "true" : "false");
    return textCell(json::serialize(*v));
}

std::string numberCell(long n) {
    const std::string s = std::to_string(n);
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + s +
           "\" calcext:value-type=\"float\"><text:p>" + s + "</text:p></table:table-cell>";
}

// The file's name shown, its file URL behind it: a click opens the submission.
std::string linkCell(const std::string &path) {
    std::string url;
    try {
        url = office::fileUrl(path);
    } catch (...) {
        return textCell(path);
    }
    const std::string name = fs::path(path).filename().string();
    auto quoted = [](const std::string &s) {
        std::string q = "\"";
        for (char c : s)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    return "<table:table-cell table:formula=\"" +
           xml("of:=HYPERLINK(" + quoted(url) + ";" + quoted(name) + ")") +
           "\" office:value-type=\"string\" office:string-value=\"" + xml(name) +
           "\" calcext:value-type=\"string\"><text:p>" + xml(name) + "</text:p></table:table-cell>";
}

// A header row of catalogue keys ("summary.col.*") in the report's language.
std::string header(const std::vector<const char *> &keys, msg::Lang lang) {
    std::string row = "<table:table-row table:style-name=\"ro1\">";
    for (const char *k : keys)
        row += "<table:table-cell table:style-name=\"ita_header\" office:value-type=\"string\" "
               "calcext:value-type=\"string\"><text:p>" +
               xml(msg::text(k, lang)) + "</text:p></table:table-cell>";
    return "<table:table-header-rows>" + row + "</table:table-row></table:table-header-rows>\n";
}

// A status word in the report's language: the English one is the JSON's ("errors", "ok", …).
std::string statusText(const std::string &status, msg::Lang lang) {
    return msg::text("summary.status." + status, lang);
}

// The document's own year only where it differs from the year judged: an empty cell otherwise.
std::string documentYearCell(const json::value &r) {
    const std::optional<long> year = documentYearApart(r);
    return year ? numberCell(*year) : "<table:table-cell/>";
}

} // namespace

std::string summaryFods(const std::vector<json::value> &results, msg::Lang lang) {
    std::ostringstream files, findings;
    const std::string filesSheet = msg::text("summary.sheet.files", lang),
                      findingsSheet = msg::text("summary.sheet.findings", lang);
    files << header({"summary.col.file", "summary.col.agency", "summary.col.district",
                     "summary.col.fiscalYear", "summary.col.documentYear", "summary.col.totalStated",
                     "summary.col.totalComputed", "summary.col.ratingStated", "summary.col.ratingComputed",
                     "summary.col.errors", "summary.col.warnings", "summary.col.status",
                     "summary.col.reason"},
                    lang);
    findings << header({"summary.col.file", "summary.col.code", "summary.col.severity",
                        "summary.col.location", "summary.col.message", "summary.col.messageOther"},
                       lang);
    size_t findingRows = 1;
    for (const json::value &r : results) {
        const std::string path = at(r, {"path"}) ? std::string(at(r, {"path"})->as_string()) : std::string();
        const std::string status = summaryStatus(r);
        files << "<table:table-row table:style-name=\"ro1\">" << linkCell(path)
              << valueCell(at(r, {"agency"})) << valueCell(at(r, {"district"}))
              << valueCell(at(r, {"fiscal_year"})) << documentYearCell(r)
              << valueCell(at(r, {"total", "stated"})) << valueCell(at(r, {"total", "computed"}))
              << valueCell(at(r, {"rating", "stated"})) << valueCell(at(r, {"rating", "computed"}));
        if (status == "unreadable" || status == "not_checked")
            files << "<table:table-cell/><table:table-cell/>";
        else
            files << numberCell(at(r, {"counts", "errors"}) ? at(r, {"counts", "errors"})->to_number<long>()
                                                            : 0)
                  << numberCell(at(r, {"counts", "warnings"})
                                    ? at(r, {"counts", "warnings"})->to_number<long>()
                                    : 0);
        std::string reason;
        if (const json::value *e = at(r, {"error"}); e && e->is_string())
            reason = msg::unreadableReason(std::string(e->as_string()), lang);
        if (const json::value *e = at(r, {"marked_copy_error"}); e && e->is_string())
            reason = msg::text("summary.reason.markedCopy", lang, {{"reason", std::string(e->as_string())}});
        if (status == "not_checked") reason = msg::text("summary.reason.interrupted", lang);
        if (status == "no_scores" && reason.empty()) reason = msg::text("summary.reason.noScores", lang);
        files << textCell(statusText(status, lang)) << textCell(reason) << "</table:table-row>\n";
        if (const json::value *fs = at(r, {"findings"}); fs && fs->is_array())
            for (const json::value &f : fs->as_array()) {
                std::string where;
                if (const json::value *locs = at(f, {"locations"});
                    locs && locs->is_array() && !locs->as_array().empty())
                    if (const json::value *w = at(locs->as_array().front(), {"where"}); w && w->is_string())
                        where = std::string(w->as_string());
                const json::value *severity = at(f, {"severity"});
                const std::string severityText =
                    lang == msg::Lang::Th && severity && severity->is_string()
                        ? msg::text("ui.severity." + std::string(severity->as_string()), lang)
                        : std::string();
                findings << "<table:table-row table:style-name=\"ro1\">" << linkCell(path)
                         << valueCell(at(f, {"code"}))
                         << (severityText.empty() ? valueCell(severity) : textCell(severityText))
                         << textCell(where) << valueCell(at(f, {"message"}))
                         << valueCell(at(f, {"message_en"})) << "</table:table-row>\n";
                ++findingRows;
            }
    }
    const size_t rows = results.size() + 1;
    // A sheet's name in a cell address ("Files." or "'ไฟล์'."): quoted unless plain ASCII letters.
    auto prefix = [](const std::string &sheet) {
        const bool plain = std::all_of(sheet.begin(), sheet.end(), [](char ch) {
            return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
        });
        return xml(plain ? sheet : "'" + sheet + "'") + ".";
    };
    const std::string files1 = prefix(filesSheet), findings1 = prefix(findingsSheet);
    std::ostringstream doc;
    doc << R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item><config:config-item-map-named config:name="Tables">)";
    for (const std::string &sheet : {filesSheet, findingsSheet})
        doc << "<config:config-item-map-entry config:name=\"" << xml(sheet)
            << R"("><config:config-item config:name="HorizontalSplitMode" config:type="short">0</config:config-item><config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item><config:config-item config:name="HorizontalSplitPosition" config:type="int">0</config:config-item><config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item><config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item><config:config-item config:name="PositionLeft" config:type="int">0</config:config-item><config:config-item config:name="PositionRight" config:type="int">0</config:config-item><config:config-item config:name="PositionTop" config:type="int">0</config:config-item><config:config-item config:name="PositionBottom" config:type="int">1</config:config-item></config:config-item-map-entry>)";
    doc << R"(</config:config-item-map-named><config:config-item config:name="ActiveTable" config:type="string">)"
        << xml(filesSheet)
        << R"(</config:config-item></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings>
<office:styles>
<style:style style:name="ita_header" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.06cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ita_wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:padding="0.06cm"/></style:style>
<style:style style:name="ita_errors" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffc7ce"/></style:style>
<style:style style:name="ita_warnings" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffeb9c"/></style:style>
<style:style style:name="ita_unreadable" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="co06" style:family="table-column"><style:table-column-properties style:column-width="0.6in"/></style:style>
<style:style style:name="co08" style:family="table-column"><style:table-column-properties style:column-width="0.8in"/></style:style>
<style:style style:name="co09" style:family="table-column"><style:table-column-properties style:column-width="0.9in"/></style:style>
<style:style style:name="co11" style:family="table-column"><style:table-column-properties style:column-width="1.1in"/></style:style>
<style:style style:name="co16" style:family="table-column"><style:table-column-properties style:column-width="1.6in"/></style:style>
<style:style style:name="co20" style:family="table-column"><style:table-column-properties style:column-width="2.0in"/></style:style>
<style:style style:name="co35" style:family="table-column"><style:table-column-properties style:column-width="3.5in"/></style:style>
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="ita_summary"><style:table-properties table:display="true"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm" style:scale-to-X="1" style:scale-to-Y="0"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="ita_summary" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer><text:p><text:sheet-name>?</text:sheet-name> <text:page-number>1</text:page-number>/<text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:style-name="ta1" table:name=")"
        << xml(filesSheet)
        << R"("><table:table-column table:style-name="co20" table:default-cell-style-name="ita_wrap" table:number-columns-repeated="2"/><table:table-column table:style-name="co11" table:default-cell-style-name="ita_wrap"/><table:table-column table:style-name="co06" table:default-cell-style-name="ita_wrap" table:number-columns-repeated="2"/><table:table-column table:style-name="co08" table:default-cell-style-name="ita_wrap" table:number-columns-repeated="2"/><table:table-column table:style-name="co09" table:default-cell-style-name="ita_wrap" table:number-columns-repeated="2"/><table:table-column table:style-name="co06" table:default-cell-style-name="ita_wrap" table:number-columns-repeated="2"/><table:table-column table:style-name="co11" table:default-cell-style-name="ita_wrap"/><table:table-column table:style-name="co20" table:default-cell-style-name="ita_wrap"/>
)" << files.str();
    if (rows > 1)
        doc << "<calcext:conditional-formats><calcext:conditional-format "
               "calcext:target-range-address=\""
            << files1 << "A2:" << files1 << "M" << rows << "\">"
            << "<calcext:condition calcext:apply-style-name=\"ita_unreadable\" "
               "calcext:value=\"formula-is($L2=&quot;"
            << xml(statusText("unreadable", lang)) << "&quot;)\" calcext:base-cell-address=\"" << files1
            << "A2\"/>"
            << "<calcext:condition calcext:apply-style-name=\"ita_unreadable\" "
               "calcext:value=\"formula-is($L2=&quot;"
            << xml(statusText("not_checked", lang)) << "&quot;)\" calcext:base-cell-address=\"" << files1
            << "A2\"/>"
            << "<calcext:condition calcext:apply-style-name=\"ita_errors\" "
               "calcext:value=\"formula-is($J2&gt;0)\" calcext:base-cell-address=\""
            << files1 << "A2\"/>"
            << "<calcext:condition calcext:apply-style-name=\"ita_warnings\" "
               "calcext:value=\"formula-is($K2&gt;0)\" calcext:base-cell-address=\""
            << files1
            << "A2\"/>"
            // Nothing wrong but no scores checked (a measures plan): no pass, so amber as a warning.
            << "<calcext:condition calcext:apply-style-name=\"ita_warnings\" "
               "calcext:value=\"formula-is($L2=&quot;"
            << xml(statusText("no_scores", lang)) << "&quot;)\" calcext:base-cell-address=\"" << files1
            << "A2\"/>"
            << "</calcext:conditional-format></calcext:conditional-formats>\n";
    doc << R"(</table:table>
<table:table table:style-name="ta1" table:name=")"
        << xml(findingsSheet)
        << R"("><table:table-column table:style-name="co20" table:default-cell-style-name="ita_wrap"/><table:table-column table:style-name="co08" table:default-cell-style-name="ita_wrap"/><table:table-column table:style-name="co09" table:default-cell-style-name="ita_wrap"/><table:table-column table:style-name="co16" table:default-cell-style-name="ita_wrap"/><table:table-column table:style-name="co35" table:default-cell-style-name="ita_wrap" table:number-columns-repeated="2"/>
)" << findings.str()
        << "</table:table>\n<table:database-ranges>"
        << "<table:database-range table:name=\"__Anonymous_Sheet_DB__0\" "
           "table:target-range-address=\""
        << files1 << "A1:" << files1 << "M" << rows << "\" table:display-filter-buttons=\"true\"/>"
        << "<table:database-range table:name=\"__Anonymous_Sheet_DB__1\" "
           "table:target-range-address=\""
        << findings1 << "A1:" << findings1 << "F" << findingRows
        << "\" table:display-filter-buttons=\"true\"/>"
        << "</table:database-ranges>\n</office:spreadsheet></office:body></office:document>\n";
    return doc.str();
}

} // namespace ita::cli
