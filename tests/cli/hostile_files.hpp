// Hostile submissions, written by the tests themselves (flat ODF with the link
// elements the office writes, packages zipped here): documents that link to
// other files in every way the office knows, a zip bomb, and a watch that sees
// whether anything opened the linked files.
#pragma once

#include "cli_support.hpp"
#include "core/fill/zip.hpp"

#include <zlib.h>

#include <map>
#include <regex>
#include <stdexcept>
#include <string>
#include <sys/inotify.h>

namespace ita::test {

// ---- flat ODF ----------------------------------------------------------------

// The flat XML with the namespaces the hostile elements use declared on the root
// (only those not declared already: a second declaration is an XML error).
inline std::string withNamespaces(std::string xml) {
    static const std::pair<const char *, const char *> kNs[] = {
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"script", "urn:oasis:names:tc:opendocument:xmlns:script:1.0"},
        {"ooo", "http://openoffice.org/2004/office"},
        {"of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"},
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    };
    const size_t root = xml.find("<office:document ");
    if (root == std::string::npos) throw std::runtime_error("not a flat ODF document");
    const size_t end = xml.find('>', root);
    std::string add;
    for (const auto &[prefix, uri] : kNs) {
        const std::string decl = std::string("xmlns:") + prefix + "=";
        if (xml.substr(root, end - root).find(decl) == std::string::npos) add += decl + "\"" + uri + "\" ";
    }
    xml.insert(root + std::string("<office:document ").size(), add);
    return xml;
}

// Replaces the one occurrence of `from` (a test fixture changed under our feet
// must fail loudly, not make a harmless document).
inline void replaceOnce(std::string &xml, const std::string &from, const std::string &to) {
    const size_t at = xml.find(from);
    if (at == std::string::npos || xml.find(from, at + 1) != std::string::npos)
        throw std::runtime_error("not exactly one occurrence of " + from);
    xml.replace(at, from.size(), to);
}

inline void insertBefore(std::string &xml, const std::string &mark, const std::string &what) {
    const size_t at = xml.find(mark);
    if (at == std::string::npos) throw std::runtime_error("no " + mark);
    xml.insert(at, what);
}

// A Basic module bound to the document's open event: it would create `canary`.
inline std::string openMacro(const fs::path &canary) {
    return "<office:scripts><office:script script:language=\"ooo:Basic\"><ooo:libraries>"
           "<ooo:library-embedded ooo:name=\"Standard\"><ooo:module ooo:name=\"Boom\"><ooo:source-code>"
           "Sub Boom\n Open \"" +
           canary.string() +
           "\" For Output As #1\n Print #1, \"macro ran\"\n Close #1\nEnd "
           "Sub\n</ooo:source-code></ooo:module>"
           "</ooo:library-embedded></ooo:libraries></office:script>"
           "<office:event-listeners><script:event-listener script:language=\"ooo:script\" "
           "script:event-name=\"dom:load\" "
           "xlink:href=\"vnd.sun.star.script:Standard.Boom.Boom?language=Basic&amp;"
           "location=document\"/></office:event-listeners></office:scripts>";
}

// ---- packages ------------------------------------------------------------------

// mimetype and a manifest naming one content.xml, which the caller adds.
inline void odfHead(fill::ZipWriter &zip, const std::string &mediaType) {
    zip.addStored("mimetype", mediaType);
    zip.addDeflated(
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\"urn:oasis:"
        "names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry "
        "manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" +
            mediaType +
            "\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
            "manifest:media-type=\"text/xml\"/></manifest:manifest>");
}

inline std::string odfPackage(const std::string &mediaType, const std::string &content) {
    fill::ZipWriter zip;
    odfHead(zip, mediaType);
    zip.addDeflated("content.xml", content);
    return zip.finish();
}

inline const char *kContentRoot =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body>";

// The file a link points to: Sheet1.A1 holds 11.11 (no score of the sheets
// that link to it) and B1 a word of its own; whatever it reaches shows.
inline std::string linkedSpreadsheet(const std::string &canary) {
    return odfPackage(
        "application/vnd.oasis.opendocument.spreadsheet",
        std::string(kContentRoot) +
            "<office:spreadsheet><table:table table:name=\"Sheet1\"><table:table-row>"
            "<table:table-cell office:value-type=\"float\" office:value=\"11.11\"><text:p>11.11"
            "</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>" +
            canary +
            "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"
            "</office:body></office:document-content>");
}

// A Writer document whose paragraph claims another total: read into a report it
// would be a finding.
inline std::string linkedText(const std::string &canary) {
    return odfPackage("application/vnd.oasis.opendocument.text",
                      std::string(kContentRoot) + "<office:text><text:p>" + canary +
                          " องค์การบริหารส่วนตำบลโคกสำโรงได้รับผลการประเมินคุณธรรมและความโปร่งใสในการ"
                          "ดำเนินการของหน่วยงานภาครัฐ ปี พ.ศ. ๒๕๖๔ เป็นคะแนน ๑๑.๑๑ คะแนน ได้ระดับผลการประเมิน E"
                          "</text:p></office:text></office:body></office:document-content>");
}

// The good FY2564 .xlsx (made by the office from the fixture) with the score of
// `cell` read from another workbook, as Excel writes it: a formula [n]Sheet1!$A$1,
// its cached value, and an externalLink part with the other book's cached cells.
// Each target is a file URL (one may not exist).
inline std::string xlsxWithExternalLinks(const std::string &from,
                                         const std::vector<std::pair<std::string, std::string>> &cellToUrl) {
    fill::ZipReader in(readAll(from));
    std::map<std::string, std::string> parts;
    for (const auto &e : in.entries())
        parts[e.name] = in.read(e);
    std::string &sheet = parts.at("xl/worksheets/sheet1.xml");
    std::string &book = parts.at("xl/workbook.xml");
    std::string &rels = parts.at("xl/_rels/workbook.xml.rels");
    std::string &types = parts.at("[Content_Types].xml");
    std::string refs;
    int n = 0;
    for (const auto &[cell, url] : cellToUrl) {
        ++n;
        const std::regex c("<c r=\"" + cell + "\"([^>]*?)( t=\"n\")?>(<v>([^<]*)</v>)</c>");
        std::smatch m;
        if (!std::regex_search(sheet, m, c)) throw std::runtime_error("no number in " + cell);
        const std::string cached = m[4].str();
        sheet.replace(m.position(0), m.length(0),
                      "<c r=\"" + cell + "\"" + m[1].str() + "><f>[" + std::to_string(n) +
                          "]Sheet1!$A$1</f><v>" + cached + "</v></c>");
        const std::string part = "externalLinks/externalLink" + std::to_string(n) + ".xml";
        parts["xl/" + part] =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<externalLink "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook "
            "r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames><sheetDataSet><sheetData "
            "sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>" +
            cached + "</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>";
        parts["xl/externalLinks/_rels/externalLink" + std::to_string(n) + ".xml.rels"] =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
            "Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" "
            "Target=\"" +
            url + "\" TargetMode=\"External\"/></Relationships>";
        const std::string id = "rIdExt" + std::to_string(n);
        insertBefore(rels, "</Relationships>",
                     "<Relationship Id=\"" + id +
                         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                         "externalLink\" Target=\"" +
                         part + "\"/>");
        insertBefore(types, "</Types>",
                     "<Override PartName=\"/xl/" + part +
                         "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                         "externalLink+xml\"/>");
        refs += "<externalReference r:id=\"" + id + "\"/>";
    }
    const size_t sheetsEnd = book.find("</sheets>");
    if (sheetsEnd == std::string::npos) throw std::runtime_error("no </sheets> in workbook.xml");
    book.insert(sheetsEnd + 9, "<externalReferences>" + refs + "</externalReferences>");
    if (book.find("xmlns:r=") == std::string::npos) throw std::runtime_error("workbook.xml without xmlns:r");
    fill::ZipWriter out;
    out.addDeflated("[Content_Types].xml", parts.at("[Content_Types].xml"));
    for (const auto &[name, content] : parts)
        if (name != "[Content_Types].xml") out.addDeflated(name, content);
    return out.finish();
}

// A spreadsheet package whose content.xml inflates to `megabytes` MB (one cell
// of letters), compressed as tightly as zlib can: about a thousandth of that on
// disk. Made in pieces, never held inflated in memory.
inline std::string zipBomb(size_t megabytes) {
    const std::string head = std::string(kContentRoot) +
                             "<office:spreadsheet><table:table table:name=\"Sheet1\"><table:table-row>"
                             "<table:table-cell office:value-type=\"string\"><text:p>";
    const std::string tail =
        "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>";
    const std::string chunk(1 << 20, 'A');
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    std::string packed;
    uLong crc = crc32(0L, Z_NULL, 0);
    uint64_t size = 0;
    auto feed = [&](const std::string &piece, int flush) {
        crc = crc32(crc, reinterpret_cast<const Bytef *>(piece.data()), static_cast<uInt>(piece.size()));
        size += piece.size();
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.data()));
        z.avail_in = static_cast<uInt>(piece.size());
        char buf[1 << 16];
        do {
            z.next_out = reinterpret_cast<Bytef *>(buf);
            z.avail_out = sizeof buf;
            deflate(&z, flush);
            packed.append(buf, sizeof buf - z.avail_out);
        } while (z.avail_out == 0);
    };
    feed(head, Z_NO_FLUSH);
    for (size_t i = 0; i < megabytes; ++i)
        feed(chunk, Z_NO_FLUSH);
    feed(tail, Z_FINISH);
    deflateEnd(&z);
    fill::ZipEntry e;
    e.name = "content.xml";
    e.method = 8;
    e.crc = static_cast<uint32_t>(crc);
    e.compressedSize = static_cast<uint32_t>(packed.size());
    e.size = static_cast<uint32_t>(size);
    e.data = packed;
    fill::ZipWriter zip;
    const std::string mediaType = "application/vnd.oasis.opendocument.spreadsheet";
    odfHead(zip, mediaType);
    zip.addCopy(e);
    return zip.finish();
}

// ---- who opened what ------------------------------------------------------------

// Every open and read of the files in a folder, by any process, while it lives
// (inotify): a linked file that is never opened was never fetched.
class OpenWatch {
  public:
    explicit OpenWatch(const fs::path &folder) : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
        if (fd_ < 0 || inotify_add_watch(fd_, folder.c_str(), IN_OPEN | IN_ACCESS) < 0)
            throw std::runtime_error("inotify on " + folder.string());
    }
    ~OpenWatch() { ::close(fd_); }
    OpenWatch(const OpenWatch &) = delete;
    OpenWatch &operator=(const OpenWatch &) = delete;
    // The names opened or read since the last call.
    std::set<std::string> opened() {
        std::set<std::string> names;
        alignas(inotify_event) char buf[1 << 16];
        for (;;) {
            const ssize_t n = ::read(fd_, buf, sizeof buf);
            if (n <= 0) break;
            for (ssize_t at = 0; at < n;) {
                const auto *ev = reinterpret_cast<const inotify_event *>(buf + at);
                if (ev->len) names.insert(ev->name);
                at += ssize_t(sizeof(inotify_event) + ev->len);
            }
        }
        return names;
    }

  private:
    int fd_;
};

} // namespace ita::test
