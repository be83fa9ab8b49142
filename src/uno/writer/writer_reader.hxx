// Writer tables and body paragraphs -> core grids and paragraphs.
#pragma once

#include "uno/common/document_service.hxx"

namespace ita::lo {
SourceDocument readWriterDocument(const css::uno::Reference<css::uno::XInterface> &doc,
                                  const std::string &path, const Progress &progress);
}
