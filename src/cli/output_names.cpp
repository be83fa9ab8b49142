#include "cli/output_names.hpp"

#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace ita::cli {

namespace {
std::string extOf(const fs::path &p) {
    std::string e = p.extension().string();
    return e.empty() ? "noext" : e.substr(1);
}
std::string parentOf(const fs::path &p) {
    const std::string name = fs::absolute(p).parent_path().filename().string();
    return name.empty() ? "root" : name;
}
} // namespace

std::vector<std::string> markedCopyStems(const std::vector<std::string> &inputs) {
    std::map<std::string, int> stems, stemExt;
    for (const std::string &in : inputs) {
        const fs::path p(in);
        ++stems[p.stem().string()];
        ++stemExt[p.stem().string() + "\n" + extOf(p)];
    }
    std::vector<std::string> out;
    std::set<std::string> taken;
    for (const std::string &in : inputs) {
        const fs::path p(in);
        const std::string stem = p.stem().string(), ext = extOf(p), parent = parentOf(p);
        std::string name = stem;
        if (stems[stem] > 1) name += "-" + ext;
        if (stemExt[stem + "\n" + ext] > 1) name += "-" + parent;
        std::string unique = name + "-marked";
        for (int n = 2; taken.count(unique); ++n)
            unique = name + "-" + std::to_string(n) + "-marked";
        taken.insert(unique);
        out.push_back(unique);
    }
    return out;
}

namespace {
// Length of the valid UTF-8 sequence at s[i] (no overlongs, no surrogates), 0 if invalid.
size_t utf8Length(const std::string &s, size_t i) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((b(i + k) & 0xC0) != 0x80) return 0;
    if (n == 3 && ((c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) >= 0xA0))) return 0;
    if (n == 4 && ((c == 0xF0 && b(i + 1) < 0x90) || (c == 0xF4 && b(i + 1) >= 0x90))) return 0;
    return n;
}
} // namespace

std::string safeFileStem(const std::string &text, size_t maxBytes) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        const size_t n = utf8Length(text, i);
        if (n == 0) {
            out += '_';
            ++i;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (n == 1 &&
            (c < 0x20 || c == 0x7F || std::string("/\\:*?\"<>|").find(char(c)) != std::string::npos))
            out += '_';
        else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)
            out += '_'; // C1 control characters
        else
            out.append(text, i, n);
        i += n;
    }
    const size_t first = out.find_first_not_of("-. \t_");
    out = first == std::string::npos ? std::string() : out.substr(first);
    if (out.size() > maxBytes) {
        size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut; // not inside a character
        out.resize(cut);
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' '))
        out.pop_back();
    return out.empty() ? "document" : out;
}

std::vector<std::string> filledDocumentNames(const std::vector<std::string> &agencies,
                                             const std::string &templ, const std::string &ext) {
    const size_t room = 120 - ext.size() - 4; // "-NNN" for a duplicate
    std::vector<std::string> out;
    std::set<std::string> taken;
    for (const std::string &agency : agencies) {
        const std::string stem =
            safeFileStem((agency.empty() ? std::string("document") : agency) + "-" + templ, room);
        std::string name = stem + ext;
        for (int n = 2; taken.count(name); ++n)
            name = stem + "-" + std::to_string(n) + ext;
        taken.insert(name);
        out.push_back(name);
    }
    return out;
}

} // namespace ita::cli
