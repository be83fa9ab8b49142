// Names of the files `ita` writes for its inputs. Two inputs never share an
// output name, and an input's name does not depend on the order of the others.
#pragma once

#include <string>
#include <vector>

namespace ita::cli {

// The stem of each input's marked copy: "x-marked" while no other input has the
// stem x; "x-ods-marked" / "x-xlsx-marked" when only the extensions differ;
// the parent folder's name is added when that is not enough ("x-xlsx-b-marked"),
// and a number as the last resort (the same path given twice).
std::vector<std::string> markedCopyStems(const std::vector<std::string> &inputs);

// A file name from free text (an agency's name): Thai and other letters kept;
// / \ : * ? " < > | and control characters become '_'; no leading '-', '.'
// or space (an option, a hidden file, "..") and no trailing '.' or space;
// invalid UTF-8 bytes become '_'; at most maxBytes bytes, cut on a character
// boundary; "document" when nothing is left.
std::string safeFileStem(const std::string &text, size_t maxBytes = 120);

// The names of batch-filled documents, one per agency: safeFileStem of
// "<agency>-<template>" with `ext` (".odt"), the whole name within 120 bytes;
// a name already given gets "-2", "-3", … (stable: by input order).
std::vector<std::string> filledDocumentNames(const std::vector<std::string> &agencies,
                                             const std::string &templ, const std::string &ext);

} // namespace ita::cli
