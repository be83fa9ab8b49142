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

} // namespace ita::cli
