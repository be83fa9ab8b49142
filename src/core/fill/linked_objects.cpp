#include "core/fill/linked_objects.hpp"

#include "core/fill/xml_tokens.hpp"
#include "core/fill/zip.hpp"

#include <cctype>
#include <set>
#include <utility>
#include <vector>

namespace ita::fill {

namespace {

constexpr std::string_view kDrawNs = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view kXlinkNs = "http://www.w3.org/1999/xlink";

struct Attribute {
    std::string_view name, value; // value as written, entities not decoded
};

// The attributes of a start or empty tag.
std::vector<Attribute> attributesOf(std::string_view tag) {
    std::vector<Attribute> out;
    size_t p = 1;
    auto space = [&](size_t i) { return i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i])); };
    while (p < tag.size() && !space(p) && tag[p] != '>' && tag[p] != '/')
        ++p; // the element's name
    for (;;) {
        while (space(p))
            ++p;
        const size_t nameBegin = p;
        while (p < tag.size() && !space(p) && tag[p] != '=' && tag[p] != '>' && tag[p] != '/')
            ++p;
        if (p == nameBegin) break;
        const std::string_view name = tag.substr(nameBegin, p - nameBegin);
        while (space(p))
            ++p;
        if (p >= tag.size() || tag[p] != '=') break;
        ++p;
        while (space(p))
            ++p;
        if (p >= tag.size() || (tag[p] != '"' && tag[p] != '\'')) break;
        const char quote = tag[p++];
        const size_t close = tag.find(quote, p);
        if (close == std::string_view::npos) break;
        out.push_back({name, tag.substr(p, close - p)});
        p = close + 1;
    }
    return out;
}

std::string_view prefixOf(std::string_view qname) {
    const size_t colon = qname.find(':');
    return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

std::string_view localOf(std::string_view qname) {
    const size_t colon = qname.find(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

// The prefixes bound to a namespace anywhere in the document ("" for a default
// namespace). Scoping is ignored: a prefix bound to it anywhere counts, which
// can only make more objects count as linked.
std::set<std::string, std::less<>> prefixesFor(std::string_view xml, const std::vector<XmlToken> &tokens,
                                               std::string_view ns) {
    std::set<std::string, std::less<>> prefixes;
    for (const XmlToken &t : tokens) {
        if (t.kind != XmlKind::Start && t.kind != XmlKind::Empty) continue;
        for (const Attribute &a : attributesOf(t.bytes(xml))) {
            if (a.name != "xmlns" && a.name.substr(0, 6) != "xmlns:") continue;
            if (decodeEntities(a.value) != ns) continue;
            prefixes.insert(std::string(a.name == "xmlns" ? std::string_view() : a.name.substr(6)));
        }
    }
    return prefixes;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

// Whether an object's href names something outside its package: a URL with a
// scheme (file:, http:, smb: ...), an absolute path, or a way up (..).
bool outsidePackage(std::string href) {
    while (!href.empty() && std::isspace(static_cast<unsigned char>(href.front())))
        href.erase(href.begin());
    if (href.empty()) return false;
    for (char &c : href)
        if (c == '\\') c = '/';
    if (startsWithNoCase(href, "vnd.sun.star.package:")) href.erase(0, 21);
    if (href.front() == '/') return true;
    size_t i = 0;
    if (std::isalpha(static_cast<unsigned char>(href[0]))) {
        while (i < href.size() && (std::isalnum(static_cast<unsigned char>(href[i])) || href[i] == '+' ||
                                   href[i] == '-' || href[i] == '.'))
            ++i;
        if (i < href.size() && href[i] == ':') return true;
    }
    size_t begin = 0;
    while (begin <= href.size()) {
        size_t end = href.find('/', begin);
        if (end == std::string::npos) end = href.size();
        if (href.compare(begin, end - begin, "..") == 0) return true;
        begin = end + 1;
    }
    return false;
}

// The bytes of xml with the given [begin, end) ranges (in order, disjoint) left out.
std::string without(std::string_view xml, const std::vector<std::pair<uint32_t, uint32_t>> &cuts) {
    std::string out;
    out.reserve(xml.size());
    size_t at = 0;
    for (const auto &[b, e] : cuts) {
        out.append(xml.substr(at, b - at));
        at = e;
    }
    out.append(xml.substr(at));
    return out;
}

} // namespace

std::optional<std::string> odfXmlWithoutLinkedObjects(std::string_view xml, bool flat) {
    // Most parts hold no object at all: no tokenising for them. An object element's name is
    // "object" after its prefix's ':' (or '<'); "charts drawings objects" in a style is no object.
    bool maybe = false;
    for (size_t at = xml.find("object"); at != std::string_view::npos && !maybe;
         at = xml.find("object", at + 1))
        maybe = at > 0 && (xml[at - 1] == ':' || xml[at - 1] == '<');
    if (!maybe) return std::nullopt;
    const std::vector<XmlToken> tokens = tokenizeXml(xml);
    const auto draw = prefixesFor(xml, tokens, kDrawNs);
    const auto xlink = prefixesFor(xml, tokens, kXlinkNs);
    if (draw.empty() || xlink.empty()) return std::nullopt;
    const std::vector<int> match = matchElements(xml, tokens);
    std::vector<std::pair<uint32_t, uint32_t>> cuts;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const XmlToken &t = tokens[i];
        if (t.kind != XmlKind::Start && t.kind != XmlKind::Empty) continue;
        const std::string_view name = t.name(xml);
        if (localOf(name) != "object" && localOf(name) != "object-ole") continue;
        if (!draw.count(prefixOf(name))) continue;
        bool linked = false;
        for (const Attribute &a : attributesOf(t.bytes(xml)))
            if (localOf(a.name) == "href" && a.name.find(':') != std::string_view::npos &&
                xlink.count(prefixOf(a.name))) {
                const std::string href = decodeEntities(a.value);
                linked = flat ? href.find_first_not_of(" \t\r\n") != std::string::npos : outsidePackage(href);
            }
        if (!linked) continue;
        const size_t last = t.kind == XmlKind::Start ? static_cast<size_t>(match[i]) : i;
        cuts.emplace_back(t.begin, tokens[last].end);
        i = last; // what it holds goes with it
    }
    if (cuts.empty()) return std::nullopt;
    return without(xml, cuts);
}

std::optional<std::string> relsWithoutLinkedObjects(std::string_view rels) {
    if (rels.find("oleObject") == std::string_view::npos) return std::nullopt;
    const std::vector<XmlToken> tokens = tokenizeXml(rels);
    const std::vector<int> match = matchElements(rels, tokens);
    std::vector<std::pair<uint32_t, uint32_t>> cuts;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const XmlToken &t = tokens[i];
        if (t.kind != XmlKind::Start && t.kind != XmlKind::Empty) continue;
        if (localOf(t.name(rels)) != "Relationship") continue;
        bool external = false, ole = false;
        for (const Attribute &a : attributesOf(t.bytes(rels))) {
            const std::string value = decodeEntities(a.value);
            if (a.name == "TargetMode") external = startsWithNoCase(value, "external") && value.size() == 8;
            if (a.name == "Type")
                ole = value.size() >= 10 && value.compare(value.size() - 10, 10, "/oleObject") == 0;
        }
        if (!external || !ole) continue;
        const size_t last = t.kind == XmlKind::Start ? static_cast<size_t>(match[i]) : i;
        cuts.emplace_back(t.begin, tokens[last].end);
        i = last;
    }
    if (cuts.empty()) return std::nullopt;
    return without(rels, cuts);
}

std::optional<std::string> documentWithoutLinkedObjects(const std::string &bytes) {
    if (bytes.rfind("PK\x03\x04", 0) != 0) {
        // flat ODF (or anything else: a file with no draw namespace is left alone)
        return odfXmlWithoutLinkedObjects(bytes, true);
    }
    const ZipReader zip(bytes);
    std::vector<std::optional<std::string>> changed(zip.entries().size());
    bool any = false;
    for (size_t i = 0; i < zip.entries().size(); ++i) {
        const ZipEntry &e = zip.entries()[i];
        const size_t slash = e.name.rfind('/');
        const std::string_view base =
            std::string_view(e.name).substr(slash == std::string::npos ? 0 : slash + 1);
        if (base == "content.xml" || base == "styles.xml")
            changed[i] = odfXmlWithoutLinkedObjects(zip.read(e), false);
        else if (base.size() > 5 && base.substr(base.size() - 5) == ".rels")
            changed[i] = relsWithoutLinkedObjects(zip.read(e));
        any = any || changed[i].has_value();
    }
    if (!any) return std::nullopt;
    ZipWriter out;
    for (size_t i = 0; i < zip.entries().size(); ++i) {
        if (changed[i])
            out.addDeflated(zip.entries()[i].name, *changed[i]);
        else
            out.addCopy(zip.entries()[i]);
    }
    return out.finish();
}

} // namespace ita::fill
