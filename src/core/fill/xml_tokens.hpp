// A byte-preserving XML tokenizer for package parts: start/end/empty tags, text and
// everything else (declarations, comments, CDATA), as byte ranges of the input. Nothing is
// decoded or re-serialised, so bytes nobody edits stay identical.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ita::fill {

struct XmlError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class XmlKind : uint8_t { Start, End, Empty, Text, Other };

struct XmlToken {
    XmlKind kind = XmlKind::Text;
    uint32_t begin = 0, end = 0;         // the token's bytes
    uint32_t nameBegin = 0, nameEnd = 0; // element name (tags only)
    std::string_view name(std::string_view xml) const { return xml.substr(nameBegin, nameEnd - nameBegin); }
    std::string_view bytes(std::string_view xml) const { return xml.substr(begin, end - begin); }
};

// Throws XmlError on an unterminated tag, comment or CDATA section, or an input over 2 GiB.
// Does not check that tags balance (see matchElements).
std::vector<XmlToken> tokenizeXml(std::string_view xml);

// For each Start token, the index of its End token; for each End token, its Start; -1 for
// other tokens. Throws XmlError when tags do not balance.
std::vector<int> matchElements(std::string_view xml, const std::vector<XmlToken> &tokens);

// &amp; &lt; &gt; &quot; &apos; &#N; &#xN; decoded (others kept as written).
std::string decodeEntities(std::string_view s);
// Text content escaped for XML (& < > and, for attribute safety, ").
void appendEscaped(std::string &out, std::string_view s);

} // namespace ita::fill
