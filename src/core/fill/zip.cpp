#include "core/fill/zip.hpp"

#include <zlib.h>

#include <cstring>
#include <fstream>
#include <limits>

namespace ita::fill {
namespace {

uint16_t u16(std::string_view s, size_t at) {
    if (at + 2 > s.size()) throw ZipError("truncated zip archive");
    return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1])
                                                                         << 8);
}
uint32_t u32(std::string_view s, size_t at) {
    return static_cast<uint32_t>(u16(s, at)) | static_cast<uint32_t>(u16(s, at + 2)) << 16;
}
void put16(std::string &o, uint32_t v) {
    o += static_cast<char>(v & 0xFF);
    o += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string &o, uint32_t v) {
    put16(o, v & 0xFFFF);
    put16(o, v >> 16);
}

// A fixed time stamp keeps filled packages reproducible: 1 Jan 2000 00:00.
constexpr uint16_t kDosTime = 0, kDosDate = (20 << 9) | (1 << 5) | 1;

uint64_t u64(std::string_view s, size_t at) {
    return static_cast<uint64_t>(u32(s, at)) | static_cast<uint64_t>(u32(s, at + 4)) << 32;
}

std::string readAt(std::ifstream &in, uint64_t offset, uint64_t size) {
    std::string bytes(size, '\0');
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<uint64_t>(in.gcount()) != size) throw ZipError("truncated zip archive");
    return bytes;
}

} // namespace

ZipDeclared declaredSizes(const std::string &path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw ZipError("cannot read " + path);
    const uint64_t fileSize = static_cast<uint64_t>(in.tellg());
    if (fileSize < 22) throw ZipError("not a zip archive (too short)");
    const uint64_t tailSize = std::min<uint64_t>(fileSize, 22 + 65535 + 20);
    const std::string tail = readAt(in, fileSize - tailSize, tailSize);
    size_t eocd = std::string_view::npos;
    for (size_t i = tail.size() - 22 + 1; i-- > 0;)
        if (u32(tail, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd == std::string_view::npos) throw ZipError("not a zip archive (no end of central directory)");
    uint64_t count = u16(tail, eocd + 10), cdSize = u32(tail, eocd + 12), cdOffset = u32(tail, eocd + 16);
    if ((count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) && eocd >= 20 &&
        u32(tail, eocd - 20) == 0x07064b50) {
        // zip64: the locator just before the end record points at the zip64 end record
        const std::string z64 = readAt(in, u64(tail, eocd - 20 + 8), 56);
        if (u32(z64, 0) != 0x06064b50) throw ZipError("corrupt zip64 end of central directory");
        count = u64(z64, 32);
        cdSize = u64(z64, 40);
        cdOffset = u64(z64, 48);
    }
    // 46 bytes at least per entry: a directory claiming more entries than fit is a lie
    if (cdOffset > fileSize || cdSize > fileSize - cdOffset || count > cdSize / 46)
        throw ZipError("corrupt zip archive (central directory)");
    if (cdSize > (64u << 20)) throw ZipError("zip central directory too large to read");
    const std::string cd = readAt(in, cdOffset, cdSize);
    ZipDeclared out;
    size_t p = 0;
    for (uint64_t i = 0; i < count; ++i) {
        if (u32(cd, p) != 0x02014b50) throw ZipError("corrupt zip archive (central directory entry)");
        uint64_t size = u32(cd, p + 24);
        const uint16_t nameLen = u16(cd, p + 28), extraLen = u16(cd, p + 30), commentLen = u16(cd, p + 32);
        if (size == 0xFFFFFFFF) {
            // the real size is the first field of the zip64 extra block (id 1); without one
            // the entry is taken at its word: 4 GB
            for (size_t x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
                const uint16_t id = u16(cd, x), len = u16(cd, x + 2);
                if (id == 1 && len >= 8) {
                    size = u64(cd, x + 4);
                    break;
                }
                x += 4u + len;
            }
        }
        out.unpacked += size;
        ++out.entries;
        p += 46u + nameLen + extraLen + commentLen;
    }
    return out;
}

uint32_t crc32Of(std::string_view b) {
    uLong c = crc32(0L, Z_NULL, 0);
    // zlib takes uInt lengths: feed in chunks.
    while (!b.empty()) {
        const size_t n = std::min<size_t>(b.size(), 1u << 30);
        c = crc32(c, reinterpret_cast<const Bytef *>(b.data()), static_cast<uInt>(n));
        b.remove_prefix(n);
    }
    return static_cast<uint32_t>(c);
}

ZipReader::ZipReader(std::string bytes) : bytes_(std::move(bytes)) {
    const std::string_view s = bytes_;
    if (s.size() < 22) throw ZipError("not a zip archive (too short)");
    // End of central directory: the last signature within the comment's reach.
    size_t eocd = std::string_view::npos;
    const size_t lowest = s.size() > 22 + 65535 ? s.size() - 22 - 65535 : 0;
    for (size_t i = s.size() - 22 + 1; i-- > lowest;)
        if (u32(s, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd == std::string_view::npos) throw ZipError("not a zip archive (no end of central directory)");
    const uint16_t count = u16(s, eocd + 10);
    const uint32_t cdSize = u32(s, eocd + 12), cdOffset = u32(s, eocd + 16);
    if (cdOffset == 0xFFFFFFFF || count == 0xFFFF) throw ZipError("zip64 archives are not supported");
    if (static_cast<uint64_t>(cdOffset) + cdSize > eocd)
        throw ZipError("corrupt zip archive (central directory)");
    size_t p = cdOffset;
    entries_.reserve(count);
    for (uint16_t i = 0; i < count; ++i) {
        if (u32(s, p) != 0x02014b50) throw ZipError("corrupt zip archive (central directory entry)");
        const uint16_t flags = u16(s, p + 8);
        ZipEntry e;
        e.method = u16(s, p + 10);
        e.time = u16(s, p + 12);
        e.date = u16(s, p + 14);
        e.crc = u32(s, p + 16);
        e.compressedSize = u32(s, p + 20);
        e.size = u32(s, p + 24);
        const uint16_t nameLen = u16(s, p + 28), extraLen = u16(s, p + 30), commentLen = u16(s, p + 32);
        const uint32_t local = u32(s, p + 42);
        if (p + 46 + nameLen > s.size()) throw ZipError("truncated zip archive");
        e.name.assign(s.data() + p + 46, nameLen);
        p += 46u + nameLen + extraLen + commentLen;
        if (flags & 1) throw ZipError("encrypted zip entry " + e.name);
        if (e.method != 0 && e.method != 8) throw ZipError("unsupported compression in zip entry " + e.name);
        if (e.compressedSize == 0xFFFFFFFF || e.size == 0xFFFFFFFF || local == 0xFFFFFFFF)
            throw ZipError("zip64 entry " + e.name + " is not supported");
        if (u32(s, local) != 0x04034b50) throw ZipError("corrupt zip entry " + e.name);
        const size_t data = static_cast<size_t>(local) + 30 + u16(s, local + 26) + u16(s, local + 28);
        if (data + e.compressedSize > s.size()) throw ZipError("truncated zip entry " + e.name);
        e.data = s.substr(data, e.compressedSize);
        entries_.push_back(std::move(e));
    }
}

const ZipEntry *ZipReader::find(std::string_view name) const {
    for (const ZipEntry &e : entries_)
        if (e.name == name) return &e;
    return nullptr;
}

std::string ZipReader::read(const ZipEntry &e) const {
    std::string out;
    if (e.method == 0) {
        out.assign(e.data);
    } else {
        if (e.size > (1u << 30)) throw ZipError("zip entry " + e.name + " is too large");
        out.resize(e.size);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw ZipError("zlib: inflateInit failed");
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(e.data.data()));
        z.avail_in = static_cast<uInt>(e.data.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        const int rc = inflate(&z, Z_FINISH);
        const uLong produced = z.total_out;
        inflateEnd(&z);
        if (rc != Z_STREAM_END || produced != e.size) throw ZipError("corrupt zip entry " + e.name);
    }
    if (crc32Of(out) != e.crc) throw ZipError("corrupt zip entry " + e.name + " (CRC)");
    return out;
}

void ZipWriter::add(const std::string &name, uint16_t method, uint32_t crc, uint32_t csize, uint32_t size,
                    std::string_view compressed, uint16_t time, uint16_t date) {
    if (out_.size() > std::numeric_limits<uint32_t>::max() - compressed.size() - 1024)
        throw ZipError("zip archive too large");
    const uint32_t offset = static_cast<uint32_t>(out_.size());
    // Bit 11: names are UTF-8.
    const uint16_t flags = 1u << 11;
    put32(out_, 0x04034b50);
    put16(out_, 20);
    put16(out_, flags);
    put16(out_, method);
    put16(out_, time);
    put16(out_, date);
    put32(out_, crc);
    put32(out_, csize);
    put32(out_, size);
    put16(out_, static_cast<uint32_t>(name.size()));
    put16(out_, 0);
    out_ += name;
    out_.append(compressed.data(), compressed.size());

    put32(central_, 0x02014b50);
    put16(central_, 20);
    put16(central_, 20);
    put16(central_, flags);
    put16(central_, method);
    put16(central_, time);
    put16(central_, date);
    put32(central_, crc);
    put32(central_, csize);
    put32(central_, size);
    put16(central_, static_cast<uint32_t>(name.size()));
    put16(central_, 0);
    put16(central_, 0);
    put16(central_, 0);
    put16(central_, 0);
    put32(central_, 0);
    put32(central_, offset);
    central_ += name;
    ++count_;
}

void ZipWriter::addStored(const std::string &name, std::string_view content) {
    const uint32_t size = static_cast<uint32_t>(content.size());
    add(name, 0, crc32Of(content), size, size, content, kDosTime, kDosDate);
}

void ZipWriter::addDeflated(const std::string &name, std::string_view content, int level) {
    if (content.size() > (1u << 30)) throw ZipError("zip entry " + name + " is too large");
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw ZipError("zlib: deflateInit failed");
    std::string buf(deflateBound(&z, static_cast<uLong>(content.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.data()));
    z.avail_in = static_cast<uInt>(content.size());
    z.next_out = reinterpret_cast<Bytef *>(buf.data());
    z.avail_out = static_cast<uInt>(buf.size());
    const int rc = deflate(&z, Z_FINISH);
    const uLong produced = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw ZipError("zlib: deflate failed for " + name);
    buf.resize(produced);
    add(name, 8, crc32Of(content), static_cast<uint32_t>(buf.size()), static_cast<uint32_t>(content.size()),
        buf, kDosTime, kDosDate);
}

void ZipWriter::addCopy(const ZipEntry &e) {
    add(e.name, e.method, e.crc, e.compressedSize, e.size, e.data, e.time, e.date);
}

std::string ZipWriter::finish() {
    const uint32_t cdOffset = static_cast<uint32_t>(out_.size());
    const uint32_t cdSize = static_cast<uint32_t>(central_.size());
    if (count_ > 0xFFFE) throw ZipError("too many zip entries");
    out_ += central_;
    put32(out_, 0x06054b50);
    put16(out_, 0);
    put16(out_, 0);
    put16(out_, count_);
    put16(out_, count_);
    put32(out_, cdSize);
    put32(out_, cdOffset);
    put16(out_, 0);
    std::string r = std::move(out_);
    out_.clear();
    central_.clear();
    count_ = 0;
    return r;
}

} // namespace ita::fill
