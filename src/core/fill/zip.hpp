// A small zip reader and writer for document packages (ODF, OOXML): stored and deflated
// entries, no zip64, no encryption. Deflate and CRC-32 come from zlib.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ita::fill {

struct ZipError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ZipEntry {
    std::string name;
    uint16_t method = 0; // 0 stored, 8 deflated
    uint32_t crc = 0;
    uint32_t compressedSize = 0, size = 0;
    uint16_t time = 0, date = 0;
    std::string_view data; // the compressed bytes, inside the reader's buffer
};

class ZipReader {
  public:
    // Throws ZipError when the bytes are no zip archive this reader supports.
    explicit ZipReader(std::string bytes);
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;
    const std::vector<ZipEntry> &entries() const { return entries_; }
    const ZipEntry *find(std::string_view name) const;
    // Uncompressed content; throws ZipError on a corrupt entry (CRC checked).
    std::string read(const ZipEntry &e) const;

  private:
    std::string bytes_;
    std::vector<ZipEntry> entries_;
};

class ZipWriter {
  public:
    void addStored(const std::string &name, std::string_view content);
    void addDeflated(const std::string &name, std::string_view content, int level = 6);
    // Copies an entry of another archive without recompressing it.
    void addCopy(const ZipEntry &e);
    // The archive; the writer is empty afterwards.
    std::string finish();

  private:
    void add(const std::string &name, uint16_t method, uint32_t crc, uint32_t csize, uint32_t size,
             std::string_view compressed, uint16_t time, uint16_t date);
    std::string out_, central_;
    uint32_t count_ = 0;
};

// What a package's central directory declares about its entries, read from the
// end of the file only (nothing is inflated): a zip bomb is refused on these
// figures before anything unpacks it. Zip64 sizes are read too.
struct ZipDeclared {
    uint64_t unpacked = 0; // the entries' uncompressed sizes, summed
    uint64_t entries = 0;
};
// Throws ZipError when the file has no central directory this reader understands.
ZipDeclared declaredSizes(const std::string &path);

// Convenience for tests and tools: CRC-32 of bytes.
uint32_t crc32Of(std::string_view bytes);

} // namespace ita::fill
