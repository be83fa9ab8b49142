#!/usr/bin/env python3
"""Writes a copy of a TLWG Laksaman font named "TH SarabunPSK" whose glyphs print at TH
SarabunPSK's size: Laksaman is TH Sarabun PSK's design on a normal em, and fontconfig's
substitution shrinks it by a 0.66 matrix that LibreOffice ignores. Enlarging unitsPerEm by
1/0.66 (outlines untouched) gives the same size and line breaks as on a clerk's PC.

For rendering the README's pictures only; nothing of it is shipped or installed.
Usage: sarabun_metrics_font.py IN.ttf OUT.ttf   (standard library only)
"""
import struct
import sys

FAMILY = "TH SarabunPSK"
SCALE = 0.66


def checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


def rename(name, family, style):
    fmt, count, string_offset = struct.unpack(">HHH", name[:6])
    records = [struct.unpack(">HHHHHH", name[6 + 12 * i:18 + 12 * i]) for i in range(count)]
    wanted = {1: family, 4: family if style in ("Regular", "") else family + " " + style,
              6: family.replace(" ", "") + "-" + (style or "Regular").replace(" ", ""), 16: family}
    out_records, strings = [], b""
    for platform, encoding, language, name_id, length, offset in records:
        value = name[string_offset + offset:string_offset + offset + length]
        if name_id in wanted:
            text = wanted[name_id]
            value = text.encode("utf-16-be") if platform in (0, 3) else text.encode("latin-1")
        out_records.append((platform, encoding, language, name_id, len(value), len(strings)))
        strings += value
    header = struct.pack(">HHH", 0, len(out_records), 6 + 12 * len(out_records))
    return header + b"".join(struct.pack(">HHHHHH", *r) for r in out_records) + strings


def style_of(name):
    fmt, count, string_offset = struct.unpack(">HHH", name[:6])
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack(">HHHHHH", name[6 + 12 * i:18 + 12 * i])
        if name_id == 2 and platform == 3:
            return name[string_offset + offset:string_offset + offset + length].decode("utf-16-be")
    return "Regular"


def main(src, dst):
    font = open(src, "rb").read()
    version, num_tables = struct.unpack(">IH", font[:6])
    tables = {}
    for i in range(num_tables):
        tag, _, offset, length = struct.unpack(">4sIII", font[12 + 16 * i:28 + 16 * i])
        tables[tag] = bytearray(font[offset:offset + length])
    head = tables[b"head"]
    upem = struct.unpack(">H", head[18:20])[0]
    struct.pack_into(">H", head, 18, round(upem / SCALE))
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set below
    tables[b"name"] = bytearray(rename(bytes(tables[b"name"]), FAMILY, style_of(bytes(tables[b"name"]))))

    tags = sorted(tables)
    entry_selector = max(i for i in range(16) if 2 ** i <= len(tags))
    search_range = 16 * 2 ** entry_selector
    out = struct.pack(">IHHHH", version, len(tags), search_range, entry_selector, 16 * len(tags) - search_range)
    offset = 12 + 16 * len(tags)
    directory, body = b"", b""
    for tag in tags:
        data = bytes(tables[tag])
        directory += struct.pack(">4sIII", tag, checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    result = bytearray(out + directory + body)
    head_offset = struct.unpack(">I", directory[16 * tags.index(b"head") + 8:16 * tags.index(b"head") + 12])[0]
    struct.pack_into(">I", result, head_offset + 8, (0xB1B0AFBA - checksum(bytes(result))) & 0xFFFFFFFF)
    open(dst, "wb").write(result)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
