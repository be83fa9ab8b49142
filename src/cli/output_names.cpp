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

} // namespace ita::cli
