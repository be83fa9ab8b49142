// The fill engine: a Writer (.odt/.ott/.fodt) or Word (.docx/.dotx) template whose
// placeholders (docs/fill-language.md) are filled in the package XML, without an office.
//
//   const FillTemplate t = FillTemplate::loadFile("memo.ott");   // parsed and checked once
//   std::string odt = t.fill(buildFillData(sheet, registry, settings));
//
// A template is immutable after load(); fill() is const and may run on many threads.
#pragma once

#include "core/fill/fill_data.hpp"

#include <memory>
#include <stdexcept>
#include <string>

namespace ita::fill {

// A malformed template. what() is English; messageTh() is the Thai message shown to a clerk.
struct TemplateError : std::runtime_error {
    TemplateError(const std::string &en, std::string th, std::string placeholder, std::string where,
                  std::string whereTh)
        : std::runtime_error(en), placeholder(std::move(placeholder)), where(std::move(where)),
          whereTh(std::move(whereTh)), th_(std::move(th)) {}
    const std::string &messageTh() const { return th_; }
    std::string placeholder; // as typed: "{{คะแนนรวมม}}" ("" when the package itself is bad)
    std::string where;       // "paragraph 12", "table 2 row 3", "header: paragraph 1"
    std::string whereTh; // "ย่อหน้าที่ 12", "ตาราง 2 แถว 3", "หัวกระดาษ: ย่อหน้าที่ 1"

  private:
    std::string th_;
};

enum class PackageFormat { Odt, FlatOdt, Docx };

class FillTemplate {
  public:
    // bytes: a zip package (ODF text or OOXML document) or flat ODF XML. Throws TemplateError.
    static FillTemplate load(std::string bytes, const std::string &nameForMessages = "");
    static FillTemplate loadFile(const std::string &path);

    // The filled document: an .odt package for .odt/.ott (always a document, never a
    // template), flat ODF XML for .fodt, a .docx package for .docx/.dotx.
    std::string fill(const FillData &data) const;

    PackageFormat format() const;
    // "odt", "fodt" or "docx": the extension the result should be saved under.
    const char *extension() const;
    // How many placeholders (fields and markers) the template holds.
    size_t placeholderCount() const;

    struct Impl;

  private:
    explicit FillTemplate(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
    std::shared_ptr<const Impl> impl_;
};

} // namespace ita::fill
