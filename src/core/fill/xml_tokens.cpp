#include "core/fill/xml_tokens.hpp"

#include <cstring>

namespace ita::fill {
namespace {

bool nameChar(char c) {
    return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>' || c == '=');
}

void appendUtf8(std::string &out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::vector<XmlToken> tokenizeXml(std::string_view x) {
    if (x.size() >= 0x80000000u) throw XmlError("XML part too large");
    std::vector<XmlToken> out;
    out.reserve(x.size() / 24);
    const size_t n = x.size();
    size_t i = 0;
    while (i < n) {
        XmlToken t;
        t.begin = static_cast<uint32_t>(i);
        if (x[i] != '<') {
            const void *lt = std::memchr(x.data() + i, '<', n - i);
            i = lt ? static_cast<size_t>(static_cast<const char *>(lt) - x.data()) : n;
            t.kind = XmlKind::Text;
            t.end = static_cast<uint32_t>(i);
            out.push_back(t);
            continue;
        }
        auto until = [&](std::string_view close, const char *what) {
            const size_t e = x.find(close, i);
            if (e == std::string_view::npos)
                throw XmlError(std::string("unterminated ") + what + " at byte " + std::to_string(i));
            i = e + close.size();
        };
        if (x.compare(i, 4, "<!--") == 0) {
            until("-->", "comment");
            t.kind = XmlKind::Other;
        } else if (x.compare(i, 9, "<![CDATA[") == 0) {
            until("]]>", "CDATA section");
            t.kind = XmlKind::Other;
        } else if (x.compare(i, 2, "<?") == 0) {
            until("?>", "processing instruction");
            t.kind = XmlKind::Other;
        } else if (x.compare(i, 2, "<!") == 0) {
            // <!DOCTYPE ...> possibly with an internal subset in [ ].
            int depth = 0;
            size_t j = i + 2;
            for (; j < n; ++j) {
                if (x[j] == '[')
                    ++depth;
                else if (x[j] == ']')
                    --depth;
                else if (x[j] == '>' && depth <= 0)
                    break;
            }
            if (j >= n) throw XmlError("unterminated declaration at byte " + std::to_string(i));
            i = j + 1;
            t.kind = XmlKind::Other;
        } else {
            const bool closing = i + 1 < n && x[i + 1] == '/';
            size_t j = i + (closing ? 2 : 1);
            t.nameBegin = static_cast<uint32_t>(j);
            while (j < n && nameChar(x[j]) && x[j] != '<')
                ++j;
            t.nameEnd = static_cast<uint32_t>(j);
            if (t.nameEnd == t.nameBegin)
                throw XmlError("element without a name at byte " + std::to_string(i));
            char quote = 0;
            for (; j < n; ++j) {
                const char c = x[j];
                if (quote) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                } else if (c == '<') {
                    throw XmlError("'<' inside a tag at byte " + std::to_string(j));
                }
            }
            if (j >= n) throw XmlError("unterminated tag at byte " + std::to_string(i));
            i = j + 1;
            t.kind = closing ? XmlKind::End : (x[j - 1] == '/' ? XmlKind::Empty : XmlKind::Start);
        }
        t.end = static_cast<uint32_t>(i);
        out.push_back(t);
    }
    return out;
}

std::vector<int> matchElements(std::string_view x, const std::vector<XmlToken> &tokens) {
    std::vector<int> match(tokens.size(), -1);
    std::vector<int> stack;
    for (size_t k = 0; k < tokens.size(); ++k) {
        const XmlToken &t = tokens[k];
        if (t.kind == XmlKind::Start) {
            stack.push_back(static_cast<int>(k));
        } else if (t.kind == XmlKind::End) {
            if (stack.empty() || tokens[static_cast<size_t>(stack.back())].name(x) != t.name(x))
                throw XmlError("mismatched end tag </" + std::string(t.name(x)) + "> at byte " +
                               std::to_string(t.begin));
            match[k] = stack.back();
            match[static_cast<size_t>(stack.back())] = static_cast<int>(k);
            stack.pop_back();
        }
    }
    if (!stack.empty())
        throw XmlError("unclosed element <" + std::string(tokens[static_cast<size_t>(stack.back())].name(x)) +
                       ">");
    return match;
}

std::string decodeEntities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        const std::string_view e = s.substr(i + 1, semi - i - 1);
        if (e == "amp")
            out += '&';
        else if (e == "lt")
            out += '<';
        else if (e == "gt")
            out += '>';
        else if (e == "quot")
            out += '"';
        else if (e == "apos")
            out += '\'';
        else if (e.size() > 1 && e[0] == '#') {
            uint32_t cp = 0;
            const bool hex = e[1] == 'x' || e[1] == 'X';
            bool ok = e.size() > (hex ? 2u : 1u);
            for (size_t k = hex ? 2 : 1; k < e.size() && ok; ++k) {
                const char c = e[k];
                int d = c >= '0' && c <= '9'          ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                      : -1;
                if (d < 0 || cp > 0x10FFFF)
                    ok = false;
                else
                    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
            }
            if (!ok || cp > 0x10FFFF) {
                out.append(s.substr(i, semi - i + 1));
            } else {
                appendUtf8(out, cp);
            }
        } else {
            out.append(s.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return out;
}

void appendEscaped(std::string &out, std::string_view s) {
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            // Control characters are not allowed in XML 1.0.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
            out += c;
        }
    }
}

} // namespace ita::fill
