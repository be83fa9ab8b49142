#include "office/document_names.hxx"

#include <cctype>
#include <filesystem>

namespace ita::office {

std::string extensionOf(const std::string &path) {
    std::string e = std::filesystem::path(path).extension().string();
    for (char &c : e)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return e.empty() ? e : e.substr(1);
}

NameKind kindOfName(const std::string &path) {
    const std::string ext = extensionOf(path);
    for (const char *e : {"ods", "fods", "ots", "xlsx", "xlsm", "xls", "csv"})
        if (ext == e) return NameKind::Spreadsheet;
    for (const char *e : {"odt", "fodt", "ott", "docx", "docm", "doc", "rtf"})
        if (ext == e) return NameKind::Text;
    return NameKind::Other;
}

const char *exportFilterFor(const std::string &path, bool calc) {
    const std::string ext = extensionOf(path);
    if (ext == "ods") return "calc8";
    if (ext == "xlsx") return "Calc MS Excel 2007 XML";
    if (ext == "odt") return "writer8";
    if (ext == "docx") return "MS Word 2007 XML";
    if (ext == "csv" && calc) return "Text - txt - csv (StarCalc)";
    if (ext == "pdf") return calc ? "calc_pdf_Export" : "writer_pdf_Export";
    return nullptr;
}

const char *textImportFilterFor(const std::string &path) {
    const std::string ext = extensionOf(path);
    if (ext == "docx") return "MS Word 2007 XML";
    if (ext == "fodt") return "OpenDocument Text Flat XML";
    return "writer8";
}

} // namespace ita::office
