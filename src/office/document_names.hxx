// What a file's name says it is: its extension, and the kind of document it claims. The
// content may say otherwise (office_session.cxx checks it); these look at the name only.
#pragma once

#include <string>

namespace ita::office {

// The extension lower-cased, without its dot: "ods" for "x.ODS", "" when there is none.
std::string extensionOf(const std::string &path);

enum class NameKind { Spreadsheet, Text, Other };
// .ods .fods .ots .xlsx .xlsm .xls .csv are spreadsheets; .odt .fodt .ott .docx .docm .doc .rtf texts.
NameKind kindOfName(const std::string &path);

// The office's filter that stores a document as `path` says (.ods .xlsx .odt .docx .csv
// .pdf); nullptr for any other name. calc: the document is a spreadsheet.
const char *exportFilterFor(const std::string &path, bool calc);
// The office's filter that reads a text document named `path` in a format ITA Tools writes
// (.odt .fodt .docx): a filled template is opened with it, without a type check.
const char *textImportFilterFor(const std::string &path);

} // namespace ita::office
