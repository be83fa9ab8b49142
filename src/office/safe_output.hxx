// Writing the files a user asked for without ever losing one: an existing file
// is replaced only when asked, and a file appears under its name only complete.
#pragma once

#include <string>

namespace ita::office {

// Throws std::runtime_error naming `path` when it exists and `replace` is false,
// or when it is an input, a folder, or its folder cannot be written.
void checkNewOutput(const std::string &path, bool replace);

// Copies `from` into the folder of `to` under a temporary name, flushes it to
// disk, then renames it to `to` (atomically: without `replace`, a file that
// appeared at `to` in the meantime is not replaced either). Throws
// std::runtime_error naming `to` on any failure; no temporary file remains.
void publishFile(const std::string &from, const std::string &to, bool replace);

} // namespace ita::office
