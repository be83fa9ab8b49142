#include "core/fill/fill_template.hpp"

#include "core/fill/fill_schema.hpp"
#include "core/fill/xml_tokens.hpp"
#include "core/fill/zip.hpp"
#include "core/text/messages.hpp"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

// The Thai words here are the fill language's keywords (#ทุก, #ถ้า, #ไม่เช่นนั้น), vocabulary
// the catalogue test allow-lists; every message comes from the catalogue ("fill.template.*").
namespace ita::fill {
namespace {

enum class Dialect { Odf, Ooxml };

// A file that is no template we can read: the catalogue text `key` ("fill.template.*"), no place.
TemplateError packageError(const char *key, const msg::Args &args) {
    return TemplateError(msg::en(key, args), msg::th(key, args), "", "", "");
}

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

bool isPara(Dialect d, std::string_view n) {
    return d == Dialect::Odf ? (n == "text:p" || n == "text:h") : n == "w:p";
}
bool isRow(Dialect d, std::string_view n) {
    return d == Dialect::Odf ? n == "table:table-row" : n == "w:tr";
}
bool isCell(Dialect d, std::string_view n) {
    return d == Dialect::Odf ? (n == "table:table-cell" || n == "table:covered-table-cell") : n == "w:tc";
}
bool isTable(Dialect d, std::string_view n) {
    return d == Dialect::Odf ? n == "table:table" : n == "w:tbl";
}
// Elements whose text is not the paragraph's visible text.
bool hiddenText(Dialect d, std::string_view n) {
    return d == Dialect::Odf &&
           (n == "dc:creator" || n == "dc:date" || n == "meta:date-string" || n == "text:note-citation");
}
// Content that makes a paragraph more than its markers (it is kept even when it holds one).
bool visibleObject(std::string_view n) {
    return n.substr(0, 5) == "draw:" || n == "w:drawing" || n == "w:pict" || n == "w:object" ||
           n == "text:note" || n == "w:footnoteReference" || n == "w:endnoteReference" || n == "w:tbl" ||
           n == "table:table";
}
bool isSpace(std::string_view s, size_t i, size_t &len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return len = 1, true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return len = 2, true;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) >= 0x8B && static_cast<unsigned char>(s[i + 2]) <= 0x8D))
        return len = 3, true;
    return false;
}
bool allSpace(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t len = 0;
        if (!isSpace(s, i, len)) return false;
        i += len;
    }
    return true;
}

// One pass over a part's elements: which text tokens make each paragraph's text.
struct ParaText {
    int start = -1, end = -1; // tokens of the paragraph element
    std::vector<int> texts;   // text tokens, in order
    bool hasObject = false;
};

std::vector<ParaText> paragraphTexts(Dialect d, std::string_view x, const std::vector<XmlToken> &toks) {
    std::vector<ParaText> done;
    std::vector<ParaText> open;
    std::vector<std::string_view> stack;
    int hidden = 0;
    for (size_t k = 0; k < toks.size(); ++k) {
        const XmlToken &t = toks[k];
        switch (t.kind) {
        case XmlKind::Start: {
            const std::string_view n = t.name(x);
            stack.push_back(n);
            if (hiddenText(d, n)) ++hidden;
            if (isPara(d, n)) {
                open.emplace_back();
                open.back().start = static_cast<int>(k);
            } else if (!open.empty() && visibleObject(n)) {
                open.back().hasObject = true;
            }
            break;
        }
        case XmlKind::Empty:
            if (!open.empty() && visibleObject(t.name(x))) open.back().hasObject = true;
            break;
        case XmlKind::End: {
            const std::string_view n = t.name(x);
            if (hiddenText(d, n)) --hidden;
            if (isPara(d, n) && !open.empty()) {
                open.back().end = static_cast<int>(k);
                done.push_back(std::move(open.back()));
                open.pop_back();
            }
            if (!stack.empty()) stack.pop_back();
            break;
        }
        case XmlKind::Text:
            if (!open.empty() && hidden == 0 &&
                (d == Dialect::Odf || (!stack.empty() && stack.back() == "w:t")))
                open.back().texts.push_back(static_cast<int>(k));
            break;
        case XmlKind::Other:
            break;
        }
    }
    std::sort(done.begin(), done.end(),
              [](const ParaText &a, const ParaText &b) { return a.start < b.start; });
    return done;
}

// Moves every placeholder split over several text nodes into the node where its "{{" starts,
// so that each lies in one node and takes that node's character formatting. In OOXML a w:t
// that receives a placeholder gets xml:space="preserve" (inserted text may start with a space).
std::string normalizeSplits(Dialect d, std::string_view x) {
    const std::vector<XmlToken> toks = tokenizeXml(x);
    std::vector<std::string> replaced(toks.size());
    std::vector<char> changed(toks.size(), 0);
    bool any = false;
    for (const ParaText &p : paragraphTexts(d, x, toks)) {
        if (p.texts.size() < 2) continue;
        std::string concat;
        std::vector<int> owner;
        for (int tk : p.texts) {
            const std::string_view b = toks[static_cast<size_t>(tk)].bytes(x);
            concat.append(b);
            owner.insert(owner.end(), b.size(), tk);
        }
        bool moved = false;
        for (size_t i = concat.find("{{"); i != std::string::npos; i = concat.find("{{", i)) {
            const size_t close = concat.find("}}", i + 2);
            if (close == std::string::npos) break;
            const size_t next = concat.find("{{", i + 2);
            if (next != std::string::npos && next < close) {
                i = next;
                continue;
            }
            const size_t e = close + 2;
            if (owner[e - 1] != owner[i]) {
                std::fill(owner.begin() + static_cast<long>(i), owner.begin() + static_cast<long>(e),
                          owner[i]);
                moved = true;
            }
            i = e;
        }
        if (!moved) continue;
        for (int tk : p.texts)
            replaced[static_cast<size_t>(tk)].clear();
        for (size_t i = 0; i < concat.size(); ++i)
            replaced[static_cast<size_t>(owner[i])] += concat[i];
        for (int tk : p.texts) {
            if (replaced[static_cast<size_t>(tk)] != toks[static_cast<size_t>(tk)].bytes(x)) {
                changed[static_cast<size_t>(tk)] = 1;
                any = true;
            }
        }
    }
    if (!any && d == Dialect::Odf) return std::string(x);
    std::string out;
    out.reserve(x.size() + 256);
    for (size_t k = 0; k < toks.size(); ++k) {
        const XmlToken &t = toks[k];
        if (changed[k]) {
            out += replaced[k];
            continue;
        }
        if (d == Dialect::Ooxml && t.kind == XmlKind::Start && t.name(x) == "w:t" && k + 1 < toks.size() &&
            toks[k + 1].kind == XmlKind::Text) {
            const std::string_view next =
                changed[k + 1] ? std::string_view(replaced[k + 1]) : toks[k + 1].bytes(x);
            const std::string_view tag = t.bytes(x);
            if (next.find("{{") != std::string_view::npos &&
                tag.find("xml:space") == std::string_view::npos) {
                out.append(tag.substr(0, tag.size() - 1));
                out += " xml:space=\"preserve\">";
                continue;
            }
        }
        out.append(t.bytes(x));
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// The compiled part.

struct Node {
    enum class Kind { Literal, Field, Each, If } kind = Kind::Literal;
    uint32_t b = 0, e = 0; // Literal
    std::string key;       // Field, Each (list), If
    int level = 0;         // the record (0 = document, 1 = item of the outer repeat, ...) holding key
    Format format;         // Field
    enum class Test { Condition, List, Field } test = Test::Condition; // If
    bool negate = false;
    std::vector<Node> then, otherwise; // Each uses then
};

struct Part {
    std::string name;
    Dialect dialect = Dialect::Odf;
    std::string xml; // normalised
    std::vector<Node> nodes;
    size_t placeholders = 0;
};

struct Placeholder {
    uint32_t b = 0, e = 0; // "{{" .. "}}" in the part
    int para = -1;
    std::string text;  // decoded, with braces, for messages
    std::string inner; // decoded, without braces
    enum class Kind { Field, Each, If, Else, EndEach, EndIf } kind = Kind::Field;
    std::string name;                 // normalised
    std::vector<std::string> formats; // normalised
    bool negate = false;
};

struct ParaInfo {
    int start = -1, end = -1;
    int parent = -1; // token of the parent element
    int row = -1, cell = -1, table = -1;
    int number = 0, tableNo = 0, rowNo = 0;
    std::string area; // "", "header", "footer", "footnotes", "endnotes"
    std::vector<int> texts;
    bool hasObject = false;
    bool markerOnly = false;
};

struct Block {
    int open = -1, els = -1, close = -1; // placeholders
    uint32_t x = 0, z = kNone, y = 0;
};

struct Interval {
    uint32_t b = 0, e = 0;
    enum class Kind { Block, Field, Skip } kind = Kind::Field;
    int index = -1; // Block: into blocks; Field: into placeholders
};

class Compiler {
  public:
    Compiler(Part &part, std::string partArea) : p_(part), area_(std::move(partArea)), x_(part.xml) {}

    void run() {
        toks_ = tokenizeXml(x_);
        match_ = matchElements(x_, toks_);
        scanStructure();
        findPlaceholders();
        pairMarkers();
        for (size_t i = 0; i < blocks_.size(); ++i)
            scope(blocks_[i]);
        buildTree();
    }

  private:
    // The catalogue text `key` ("fill.template.*") with {ph} the placeholder, and where it is.
    [[noreturn]] void fail(const Placeholder *ph, const char *key, msg::Args args = {}) const {
        std::string where, whereTh;
        if (ph && ph->para >= 0) {
            const ParaInfo &pi = paras_[static_cast<size_t>(ph->para)];
            const std::string a = pi.area.empty() ? area_ : pi.area;
            const msg::Args at = pi.tableNo > 0 ? msg::Args{{"table", std::to_string(pi.tableNo)},
                                                            {"row", std::to_string(pi.rowNo)}}
                                                : msg::Args{{"number", std::to_string(pi.number)}};
            const char *placeKey = pi.tableNo > 0 ? "fill.where.tableRow" : "location.paragraph";
            where = msg::en(placeKey, at);
            whereTh = msg::th(placeKey, at);
            // Word keeps footnotes and endnotes apart from the body: their paragraphs count apart.
            if (a == "header" || a == "footer" || a == "footnotes" || a == "endnotes") {
                const std::string areaKey = "fill.where." + a;
                where = msg::en(areaKey, {{"where", where}});
                whereTh = msg::th(areaKey, {{"where", whereTh}});
            }
        }
        const std::string text = ph ? ph->text : "";
        args["ph"] = text;
        const std::string suffix = where.empty() ? "" : " (" + where + ")";
        const std::string suffixTh = whereTh.empty() ? "" : " (" + whereTh + ")";
        throw TemplateError(msg::en(key, args) + suffix, msg::th(key, args) + suffixTh, text, where, whereTh);
    }

    void scanStructure() {
        const Dialect d = p_.dialect;
        std::vector<int> stack, rows, cells, tables;
        std::vector<int> tableRowCount;
        std::vector<std::pair<int, int>> rowNumber(toks_.size(), {0, 0}); // row token -> (tableNo, rowNo)
        std::vector<int> tableNumber(toks_.size(), 0);
        int tableCount = 0, paraCount = 0;
        std::vector<std::string> areas;
        const std::vector<ParaText> texts = paragraphTexts(d, x_, toks_);
        size_t nextText = 0;
        for (size_t k = 0; k < toks_.size(); ++k) {
            const XmlToken &t = toks_[k];
            if (t.kind == XmlKind::Start) {
                const std::string_view n = t.name(x_);
                if (isTable(d, n)) {
                    tables.push_back(static_cast<int>(k));
                    tableNumber[k] = ++tableCount;
                    tableRowCount.push_back(0);
                } else if (isRow(d, n) && !tables.empty()) {
                    rows.push_back(static_cast<int>(k));
                    rowNumber[k] = {tableNumber[static_cast<size_t>(tables.back())], ++tableRowCount.back()};
                } else if (isCell(d, n)) {
                    cells.push_back(static_cast<int>(k));
                }
                if (n.substr(0, 12) == "style:header")
                    areas.push_back("header");
                else if (n.substr(0, 12) == "style:footer")
                    areas.push_back("footer");
                if (isPara(d, n)) {
                    ParaInfo pi;
                    pi.start = static_cast<int>(k);
                    pi.end = match_[k];
                    pi.parent = stack.empty() ? -1 : stack.back();
                    pi.row = rows.empty() ? -1 : rows.back();
                    pi.cell = cells.empty() ? -1 : cells.back();
                    pi.table = tables.empty() ? -1 : tables.back();
                    pi.number = ++paraCount;
                    if (pi.row >= 0) {
                        pi.tableNo = rowNumber[static_cast<size_t>(pi.row)].first;
                        pi.rowNo = rowNumber[static_cast<size_t>(pi.row)].second;
                    }
                    pi.area = areas.empty() ? "" : areas.back();
                    while (nextText < texts.size() && texts[nextText].start < static_cast<int>(k))
                        ++nextText;
                    if (nextText < texts.size() && texts[nextText].start == static_cast<int>(k)) {
                        pi.texts = texts[nextText].texts;
                        pi.hasObject = texts[nextText].hasObject;
                    }
                    paras_.push_back(std::move(pi));
                }
                stack.push_back(static_cast<int>(k));
            } else if (t.kind == XmlKind::End) {
                const std::string_view n = t.name(x_);
                if (isTable(d, n) && !tables.empty()) {
                    tables.pop_back();
                    tableRowCount.pop_back();
                } else if (isRow(d, n) && !rows.empty()) {
                    rows.pop_back();
                } else if (isCell(d, n) && !cells.empty()) {
                    cells.pop_back();
                }
                if ((n.substr(0, 12) == "style:header" || n.substr(0, 12) == "style:footer") &&
                    !areas.empty())
                    areas.pop_back();
                if (!stack.empty()) stack.pop_back();
            }
        }
    }

    void findPlaceholders() {
        for (size_t pi = 0; pi < paras_.size(); ++pi) {
            ParaInfo &para = paras_[pi];
            for (int tk : para.texts) {
                const XmlToken &t = toks_[static_cast<size_t>(tk)];
                const std::string_view s = t.bytes(x_);
                for (size_t i = s.find("{{"); i != std::string_view::npos; i = s.find("{{", i)) {
                    const size_t close = s.find("}}", i + 2);
                    const size_t next = s.find("{{", i + 2);
                    Placeholder ph;
                    ph.para = static_cast<int>(pi);
                    if (close == std::string_view::npos || (next != std::string_view::npos && next < close)) {
                        const size_t cut = std::min(s.size(), i + 40);
                        ph.text = decodeEntities(s.substr(i, cut - i));
                        fail(&ph, "fill.template.notClosed");
                    }
                    ph.b = t.begin + static_cast<uint32_t>(i);
                    ph.e = t.begin + static_cast<uint32_t>(close + 2);
                    ph.text = decodeEntities(s.substr(i, close + 2 - i));
                    ph.inner = ph.text.substr(2, ph.text.size() - 4);
                    classify(ph);
                    phs_.push_back(std::move(ph));
                    i = close + 2;
                }
            }
        }
        p_.placeholders = phs_.size();
        // Marker-only paragraphs disappear, unless they are all their table cell holds.
        std::vector<int> parasInParent(toks_.size(), 0);
        for (const ParaInfo &pi : paras_)
            if (pi.parent >= 0) ++parasInParent[static_cast<size_t>(pi.parent)];
        std::vector<std::vector<const Placeholder *>> byPara(paras_.size());
        for (const Placeholder &ph : phs_)
            byPara[static_cast<size_t>(ph.para)].push_back(&ph);
        for (size_t i = 0; i < paras_.size(); ++i) {
            ParaInfo &pi = paras_[i];
            if (byPara[i].empty() || pi.hasObject) continue;
            bool markers = false, other = false;
            for (const Placeholder *ph : byPara[i])
                (ph->kind == Placeholder::Kind::Field ? other : markers) = true;
            if (!markers || other) continue;
            bool blank = true;
            for (int tk : pi.texts) {
                const XmlToken &t = toks_[static_cast<size_t>(tk)];
                uint32_t cur = t.begin;
                for (const Placeholder *ph : byPara[i]) {
                    if (ph->b < t.begin || ph->e > t.end) continue;
                    blank = blank && allSpace(x_.substr(cur, ph->b - cur));
                    cur = ph->e;
                }
                blank = blank && allSpace(x_.substr(cur, t.end - cur));
            }
            if (!blank) continue;
            const bool loneInCell =
                pi.parent >= 0 && pi.parent == pi.cell && parasInParent[static_cast<size_t>(pi.parent)] == 1;
            pi.markerOnly = !loneInCell;
        }
    }

    void classify(Placeholder &ph) const {
        std::string s = normalizeName(ph.inner);
        auto starts = [&](std::string_view w) {
            if (s.compare(0, w.size(), w) != 0) return false;
            s.erase(0, w.size());
            return true;
        };
        using K = Placeholder::Kind;
        if (!s.empty() && s[0] == '#') {
            s.erase(0, 1);
            if (starts("each") || starts("ทุก"))
                ph.kind = K::Each;
            else if (starts("if") || starts("ถ้า"))
                ph.kind = K::If;
            else if (starts("else") || starts("ไม่เช่นนั้น"))
                ph.kind = K::Else;
            else
                fail(&ph, "fill.template.unknownMarker");
            if (ph.kind == K::If && (starts("not") || starts("ไม่"))) ph.negate = true;
            if (ph.kind == K::Else && !s.empty()) fail(&ph, "fill.template.takesNoName");
            if (ph.kind != K::Else && s.empty()) fail(&ph, "fill.template.needsName");
            ph.name = s;
            return;
        }
        if (!s.empty() && s[0] == '/') {
            s.erase(0, 1);
            if (s == "each" || s == "ทุก")
                ph.kind = K::EndEach;
            else if (s == "if" || s == "ถ้า")
                ph.kind = K::EndIf;
            else
                fail(&ph, "fill.template.unknownClosing");
            return;
        }
        ph.kind = K::Field;
        size_t colon = ph.inner.find(':');
        const std::string name = normalizeName(ph.inner.substr(0, colon));
        if (name.empty()) fail(&ph, "fill.template.empty");
        ph.name = name;
        if (colon != std::string::npos) {
            std::string rest = ph.inner.substr(colon + 1);
            size_t start = 0;
            while (start <= rest.size()) {
                size_t comma = rest.find(',', start);
                if (comma == std::string::npos) comma = rest.size();
                ph.formats.push_back(normalizeName(rest.substr(start, comma - start)));
                start = comma + 1;
            }
        }
    }

    void pairMarkers() {
        using K = Placeholder::Kind;
        std::vector<int> stack; // into blocks_
        for (size_t i = 0; i < phs_.size(); ++i) {
            const Placeholder &ph = phs_[i];
            if (ph.kind == K::Each || ph.kind == K::If) {
                Block b;
                b.open = static_cast<int>(i);
                blocks_.push_back(b);
                stack.push_back(static_cast<int>(blocks_.size() - 1));
            } else if (ph.kind == K::Else) {
                if (stack.empty() ||
                    phs_[static_cast<size_t>(blocks_[static_cast<size_t>(stack.back())].open)].kind != K::If)
                    fail(&ph, "fill.template.elseOutside");
                Block &b = blocks_[static_cast<size_t>(stack.back())];
                if (b.els >= 0) fail(&ph, "fill.template.secondElse");
                b.els = static_cast<int>(i);
            } else if (ph.kind == K::EndEach || ph.kind == K::EndIf) {
                if (stack.empty()) fail(&ph, "fill.template.closesNothing");
                Block &b = blocks_[static_cast<size_t>(stack.back())];
                const Placeholder &open = phs_[static_cast<size_t>(b.open)];
                const bool each = open.kind == K::Each;
                if (each != (ph.kind == K::EndEach))
                    fail(&ph, "fill.template.cannotClose", {{"open", open.text}});
                b.close = static_cast<int>(i);
                stack.pop_back();
            }
        }
        if (!stack.empty()) {
            const Placeholder &open =
                phs_[static_cast<size_t>(blocks_[static_cast<size_t>(stack.back())].open)];
            const bool each = open.kind == K::Each;
            fail(&open, "fill.template.neverClosed", {{"kind", each ? "each" : "if"}});
        }
    }

    // Element names from the paragraph down to a text token.
    std::vector<std::string_view> pathOf(const Placeholder &ph) const {
        std::vector<std::string_view> path;
        const ParaInfo &pi = paras_[static_cast<size_t>(ph.para)];
        std::vector<std::string_view> stack;
        for (int k = pi.start + 1; k < pi.end; ++k) {
            const XmlToken &t = toks_[static_cast<size_t>(k)];
            if (t.kind == XmlKind::Start)
                stack.push_back(t.name(x_));
            else if (t.kind == XmlKind::End && !stack.empty())
                stack.pop_back();
            else if (t.kind == XmlKind::Text && t.begin <= ph.b && ph.e <= t.end)
                return stack;
        }
        return path;
    }

    void scope(Block &b) {
        const Placeholder &o = phs_[static_cast<size_t>(b.open)];
        const Placeholder &c = phs_[static_cast<size_t>(b.close)];
        const Placeholder *e = b.els >= 0 ? &phs_[static_cast<size_t>(b.els)] : nullptr;
        const ParaInfo &po = paras_[static_cast<size_t>(o.para)];
        const ParaInfo &pc = paras_[static_cast<size_t>(c.para)];
        const std::string closer = o.kind == Placeholder::Kind::Each ? "{{/each}}" : "{{/if}}";
        if (o.para == c.para) {
            const auto path = pathOf(o);
            if (pathOf(c) != path || (e && pathOf(*e) != path))
                fail(&o, "fill.template.differentFormatting", {{"closer", closer}});
            if (e && e->para != o.para) fail(e, "fill.template.elseSameParagraph", {{"open", o.text}});
            b.x = o.e;
            b.y = c.b;
            b.z = e ? e->b : kNone;
            return;
        }
        if (po.parent == pc.parent) {
            b.x = po.markerOnly ? toks_[static_cast<size_t>(po.end)].end
                                : toks_[static_cast<size_t>(po.start)].begin;
            b.y = pc.markerOnly ? toks_[static_cast<size_t>(pc.start)].begin
                                : toks_[static_cast<size_t>(pc.end)].end;
            if (e) {
                const ParaInfo &pe = paras_[static_cast<size_t>(e->para)];
                if (pe.parent != po.parent || e->para == o.para)
                    fail(e, "fill.template.elseOwnParagraph", {{"open", o.text}, {"closer", closer}});
                b.z = toks_[static_cast<size_t>(pe.start)].begin;
            }
            return;
        }
        if (po.row >= 0 && pc.row >= 0 && po.table == pc.table) {
            const int ro = po.row, rc = pc.row;
            // Rows are siblings when they share the parent element (a header-rows group is another).
            auto parentOf = [&](int row) {
                for (int k = row - 1, depth = 0; k >= 0; --k) {
                    const XmlToken &t = toks_[static_cast<size_t>(k)];
                    if (t.kind == XmlKind::End)
                        ++depth;
                    else if (t.kind == XmlKind::Start && depth-- == 0)
                        return k;
                }
                return -1;
            };
            if (parentOf(ro) != parentOf(rc)) fail(&o, "fill.template.rowGroups", {{"closer", closer}});
            b.x = toks_[static_cast<size_t>(ro)].begin;
            b.y = toks_[static_cast<size_t>(match_[static_cast<size_t>(rc)])].end;
            if (e) {
                const ParaInfo &pe = paras_[static_cast<size_t>(e->para)];
                if (pe.table != po.table || pe.row == ro)
                    fail(e, "fill.template.elseLaterRow", {{"open", o.text}});
                b.z = toks_[static_cast<size_t>(pe.row)].begin;
            }
            return;
        }
        fail(&o, "fill.template.sameLevel", {{"closer", closer}});
    }

    void buildTree() {
        std::vector<Interval> iv;
        dead_.assign(blocks_.size(), false);
        std::vector<std::pair<uint32_t, uint32_t>> skips;
        for (const Placeholder &ph : phs_)
            if (ph.kind != Placeholder::Kind::Field) skips.push_back({ph.b, ph.e});
        for (const ParaInfo &pi : paras_)
            if (pi.markerOnly)
                skips.push_back(
                    {toks_[static_cast<size_t>(pi.start)].begin, toks_[static_cast<size_t>(pi.end)].end});
        std::sort(skips.begin(), skips.end());
        std::vector<std::pair<uint32_t, uint32_t>> merged;
        for (const auto &s : skips) {
            if (!merged.empty() && s.first < merged.back().second)
                merged.back().second = std::max(merged.back().second, s.second);
            else
                merged.push_back(s);
        }
        auto insideSkip = [&](uint32_t b, uint32_t e) {
            auto it = std::upper_bound(merged.begin(), merged.end(), std::make_pair(b, kNone));
            if (it == merged.begin()) return false;
            --it;
            return it->first <= b && e <= it->second && !(it->first == b && it->second == b);
        };
        for (const auto &s : merged)
            iv.push_back({s.first, s.second, Interval::Kind::Skip, -1});
        for (size_t i = 0; i < blocks_.size(); ++i) {
            const Block &b = blocks_[i];
            if (b.y < b.x) fail(&phs_[static_cast<size_t>(b.open)], "fill.template.emptyRange");
            // e.g. {{#if a}}{{/if}} alone in a paragraph: checked, never written.
            dead_[i] = insideSkip(b.x, b.y);
            iv.push_back({b.x, b.y, Interval::Kind::Block, static_cast<int>(i)});
        }
        for (size_t i = 0; i < phs_.size(); ++i)
            if (phs_[i].kind == Placeholder::Kind::Field)
                iv.push_back({phs_[i].b, phs_[i].e, Interval::Kind::Field, static_cast<int>(i)});
        std::sort(iv.begin(), iv.end(), [](const Interval &a, const Interval &b) {
            if (a.b != b.b) return a.b < b.b;
            if (a.e != b.e) return a.e > b.e;
            return static_cast<int>(a.kind) < static_cast<int>(b.kind);
        });
        // Nest by position.
        std::vector<std::vector<int>> kids(iv.size());
        std::vector<int> roots, stack;
        for (size_t i = 0; i < iv.size(); ++i) {
            const Interval &cur = iv[i];
            while (!stack.empty()) {
                const Interval &top = iv[static_cast<size_t>(stack.back())];
                if (cur.b >= top.e)
                    stack.pop_back();
                else
                    break;
            }
            if (!stack.empty()) {
                const Interval &top = iv[static_cast<size_t>(stack.back())];
                const uint32_t z = blocks_[static_cast<size_t>(top.index)].z;
                if (cur.e > top.e || (z != kNone && cur.b < z && cur.e > z)) overlap(cur, top);
                kids[static_cast<size_t>(stack.back())].push_back(static_cast<int>(i));
            } else {
                roots.push_back(static_cast<int>(i));
            }
            if (cur.kind == Interval::Kind::Block) stack.push_back(static_cast<int>(i));
        }
        iv_ = std::move(iv);
        kids_ = std::move(kids);
        std::vector<RecordKind> ctx{RecordKind::Root};
        p_.nodes = emit(0, static_cast<uint32_t>(x_.size()), roots, ctx);
    }

    [[noreturn]] void overlap(const Interval &cur, const Interval &top) const {
        const Placeholder &a = phs_[static_cast<size_t>(blocks_[static_cast<size_t>(top.index)].open)];
        const Placeholder *b = cur.kind == Interval::Kind::Block
                                   ? &phs_[static_cast<size_t>(blocks_[static_cast<size_t>(cur.index)].open)]
                               : cur.kind == Interval::Kind::Field ? &phs_[static_cast<size_t>(cur.index)]
                                                                   : &a;
        fail(b, "fill.template.crosses", {{"other", a.text}});
    }

    std::vector<Node> emit(uint32_t from, uint32_t to, const std::vector<int> &children,
                           std::vector<RecordKind> &ctx) {
        std::vector<Node> out;
        uint32_t cur = from;
        for (int ci : children) {
            const Interval &c = iv_[static_cast<size_t>(ci)];
            // A child outside [from, to) belongs to the other half of an if; an empty one at
            // the split belongs to the second half.
            if (c.b < from || c.e > to || (c.b == c.e && c.b == to && to != from)) continue;
            if (c.b > cur) {
                Node lit;
                lit.b = cur;
                lit.e = c.b;
                out.push_back(lit);
            }
            cur = std::max(cur, c.e);
            if (c.kind == Interval::Kind::Skip) continue;
            if (c.kind == Interval::Kind::Field) {
                out.push_back(fieldNode(phs_[static_cast<size_t>(c.index)], ctx));
                continue;
            }
            const Block &b = blocks_[static_cast<size_t>(c.index)];
            const Placeholder &o = phs_[static_cast<size_t>(b.open)];
            Node n;
            const std::vector<int> &kids = kids_[static_cast<size_t>(ci)];
            if (o.kind == Placeholder::Kind::Each) {
                n.kind = Node::Kind::Each;
                ListRef ref;
                if (!findListIn(ctx, o.name, ref, n.level)) fail(&o, "fill.template.unknownList");
                n.key = ref.key;
                ctx.push_back(ref.item);
                n.then = emit(b.x, b.y, kids, ctx);
                ctx.pop_back();
            } else {
                n.kind = Node::Kind::If;
                n.negate = o.negate;
                resolveCondition(o, ctx, n);
                const uint32_t z = b.z == kNone ? b.y : b.z;
                n.then = emit(b.x, z, kids, ctx);
                n.otherwise = emit(z, b.y, kids, ctx);
            }
            if (!dead_[static_cast<size_t>(c.index)]) out.push_back(std::move(n));
        }
        if (to > cur) {
            Node lit;
            lit.b = cur;
            lit.e = to;
            out.push_back(lit);
        }
        return out;
    }

    static bool findListIn(const std::vector<RecordKind> &ctx, const std::string &name, ListRef &ref,
                           int &level) {
        for (int l = static_cast<int>(ctx.size()) - 1; l >= 0; --l)
            if (findList(ctx[static_cast<size_t>(l)], name, ref)) return level = l, true;
        return false;
    }

    void resolveCondition(const Placeholder &o, const std::vector<RecordKind> &ctx, Node &n) const {
        for (int l = static_cast<int>(ctx.size()) - 1; l >= 0; --l)
            if (findCondition(ctx[static_cast<size_t>(l)], o.name, n.key)) {
                n.test = Node::Test::Condition;
                n.level = l;
                return;
            }
        ListRef ref;
        if (findListIn(ctx, o.name, ref, n.level)) {
            n.test = Node::Test::List;
            n.key = ref.key;
            return;
        }
        for (int l = static_cast<int>(ctx.size()) - 1; l >= 0; --l) {
            FieldRef f;
            if (findField(ctx[static_cast<size_t>(l)], o.name, f)) {
                n.test = Node::Test::Field;
                n.key = f.key;
                n.level = l;
                return;
            }
        }
        fail(&o, "fill.template.unknownCondition");
    }

    Node fieldNode(const Placeholder &ph, const std::vector<RecordKind> &ctx) const {
        Node n;
        n.kind = Node::Kind::Field;
        FieldRef f;
        bool found = false;
        for (int l = static_cast<int>(ctx.size()) - 1; l >= 0 && !found; --l)
            if (findField(ctx[static_cast<size_t>(l)], ph.name, f)) {
                n.level = l;
                found = true;
            }
        if (!found) {
            for (RecordKind k : {RecordKind::Indicator, RecordKind::Tool, RecordKind::Measure})
                if (findField(k, ph.name, f)) fail(&ph, "fill.template.itemField");
            fail(&ph, "fill.template.unknownField");
        }
        n.key = f.key;
        for (const std::string &fmt : ph.formats)
            if (!addFormat(fmt, n.format)) fail(&ph, "fill.template.unknownFormat", {{"format", fmt}});
        if (n.format.numberOnly() && f.type != ValueType::Number) fail(&ph, "fill.template.numberFormat");
        if (n.format.dateOnly() && f.type != ValueType::Date) fail(&ph, "fill.template.dateFormat");
        return n;
    }

    Part &p_;
    std::string area_;
    std::string_view x_;
    std::vector<XmlToken> toks_;
    std::vector<int> match_;
    std::vector<ParaInfo> paras_;
    std::vector<Placeholder> phs_;
    std::vector<Block> blocks_;
    std::vector<Interval> iv_;
    std::vector<bool> dead_;
    std::vector<std::vector<int>> kids_;
};

// ---------------------------------------------------------------------------------------
// Filling.

struct Renderer {
    const Part &part;
    bool thaiDigits;
    std::vector<const FillRecord *> stack;
    std::string &out;

    void run(const std::vector<Node> &nodes) {
        for (const Node &n : nodes) {
            switch (n.kind) {
            case Node::Kind::Literal:
                out.append(part.xml, n.b, n.e - n.b);
                break;
            case Node::Kind::Field:
                field(n);
                break;
            case Node::Kind::Each: {
                const FillRecord *r = stack[static_cast<size_t>(n.level)];
                auto it = r->lists.find(n.key);
                if (it == r->lists.end()) break;
                for (const FillRecord &item : it->second) {
                    stack.push_back(&item);
                    run(n.then);
                    stack.pop_back();
                }
                break;
            }
            case Node::Kind::If:
                run(test(n) != n.negate ? n.then : n.otherwise);
                break;
            }
        }
    }

    bool test(const Node &n) const {
        const FillRecord *r = stack[static_cast<size_t>(n.level)];
        switch (n.test) {
        case Node::Test::Condition: {
            auto it = r->conditions.find(n.key);
            return it != r->conditions.end() && it->second;
        }
        case Node::Test::List: {
            auto it = r->lists.find(n.key);
            return it != r->lists.end() && !it->second.empty();
        }
        case Node::Test::Field: {
            const FillValue *v = r->field(n.key);
            return v && !v->empty;
        }
        }
        return false;
    }

    void field(const Node &n) {
        const FillValue *v = stack[static_cast<size_t>(n.level)]->field(n.key);
        if (!v) return;
        const std::string s = formatValue(*v, n.format, thaiDigits);
        size_t start = 0;
        for (size_t i = 0; i <= s.size(); ++i) {
            if (i < s.size() && s[i] != '\n' && s[i] != '\t' && s[i] != '\r') continue;
            appendEscaped(out, std::string_view(s).substr(start, i - start));
            if (i < s.size() && s[i] != '\r') {
                const bool tab = s[i] == '\t';
                if (part.dialect == Dialect::Odf)
                    out += tab ? "<text:tab/>" : "<text:line-break/>";
                else
                    out += tab ? "</w:t><w:tab/><w:t xml:space=\"preserve\">"
                               : "</w:t><w:br/><w:t xml:space=\"preserve\">";
            }
            start = i + 1;
        }
    }
};

std::string readFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw packageError("fill.template.cannotRead", {{"file", path}});
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void replaceFirst(std::string &s, std::string_view from, std::string_view to) {
    const size_t at = s.find(from);
    if (at != std::string::npos) s.replace(at, from.size(), to);
}

} // namespace

struct FillTemplate::Impl {
    PackageFormat format = PackageFormat::Odt;
    std::unique_ptr<ZipReader> zip;
    std::vector<Part> parts;      // filled parts
    std::vector<int> partOfEntry; // zip entry -> part index, -1 copied
    std::string manifest;         // ODF: fixed manifest (empty: copy)
    int manifestEntry = -1;
    std::string contentTypes; // OOXML: fixed [Content_Types].xml (empty: copy)
    int contentTypesEntry = -1;
};

FillTemplate FillTemplate::loadFile(const std::string &path) {
    return load(readFile(path), path);
}

FillTemplate FillTemplate::load(std::string bytes, const std::string &name) {
    auto impl = std::make_shared<Impl>();
    const std::string label = name.empty() ? "template" : name;
    auto compile = [&](Part part, const std::string &area) {
        try {
            part.xml = normalizeSplits(part.dialect, part.xml);
            Compiler(part, area).run();
        } catch (const XmlError &e) {
            throw packageError("fill.template.badXml",
                               {{"label", label}, {"part", part.name}, {"detail", e.what()}});
        }
        impl->parts.push_back(std::move(part));
        return static_cast<int>(impl->parts.size() - 1);
    };
    if (bytes.size() >= 4 && bytes.compare(0, 2, "PK") == 0) {
        try {
            impl->zip = std::make_unique<ZipReader>(std::move(bytes));
        } catch (const ZipError &e) {
            throw packageError("fill.template.notPackage", {{"label", label}, {"detail", e.what()}});
        }
        const ZipReader &z = *impl->zip;
        const bool docx = z.find("word/document.xml") != nullptr;
        const bool odt = z.find("content.xml") != nullptr;
        if (!docx && !odt) throw packageError("fill.template.notWriterOrWord", {{"label", label}});
        impl->format = docx ? PackageFormat::Docx : PackageFormat::Odt;
        impl->partOfEntry.assign(z.entries().size(), -1);
        try {
            for (size_t i = 0; i < z.entries().size(); ++i) {
                const ZipEntry &e = z.entries()[i];
                const std::string &n = e.name;
                if (odt) {
                    if (n == "mimetype") {
                        const std::string mt = z.read(e);
                        if (mt.rfind("application/vnd.oasis.opendocument.text", 0) != 0)
                            throw packageError("fill.template.notText", {{"label", label}, {"type", mt}});
                    } else if (n == "content.xml" || n == "styles.xml") {
                        Part p;
                        p.name = n;
                        p.dialect = Dialect::Odf;
                        p.xml = z.read(e);
                        impl->partOfEntry[i] = compile(std::move(p), "");
                    } else if (n == "META-INF/manifest.xml") {
                        std::string m = z.read(e);
                        replaceFirst(m, "application/vnd.oasis.opendocument.text-template\"",
                                     "application/vnd.oasis.opendocument.text\"");
                        impl->manifest = std::move(m);
                        impl->manifestEntry = static_cast<int>(i);
                    }
                } else {
                    const bool header = n.rfind("word/header", 0) == 0 && n.size() > 4 &&
                                        n.compare(n.size() - 4, 4, ".xml") == 0;
                    const bool footer = n.rfind("word/footer", 0) == 0 && n.size() > 4 &&
                                        n.compare(n.size() - 4, 4, ".xml") == 0;
                    const bool notes = n == "word/footnotes.xml" || n == "word/endnotes.xml";
                    if (n == "word/document.xml" || header || footer || notes) {
                        Part p;
                        p.name = n;
                        p.dialect = Dialect::Ooxml;
                        p.xml = z.read(e);
                        impl->partOfEntry[i] = compile(std::move(p), header   ? "header"
                                                                     : footer ? "footer"
                                                                     : notes  ? n.substr(5, n.size() - 9)
                                                                              : "");
                    } else if (n == "[Content_Types].xml") {
                        std::string ct = z.read(e);
                        replaceFirst(ct, "wordprocessingml.template.main+xml",
                                     "wordprocessingml.document.main+xml");
                        impl->contentTypes = std::move(ct);
                        impl->contentTypesEntry = static_cast<int>(i);
                    }
                }
            }
        } catch (const ZipError &e) {
            throw packageError("fill.template.notPackage", {{"label", label}, {"detail", e.what()}});
        }
    } else if (bytes.find("<office:document") != std::string::npos) {
        impl->format = PackageFormat::FlatOdt;
        Part p;
        p.name = "flat XML";
        p.dialect = Dialect::Odf;
        replaceFirst(bytes, "office:mimetype=\"application/vnd.oasis.opendocument.text-template\"",
                     "office:mimetype=\"application/vnd.oasis.opendocument.text\"");
        p.xml = std::move(bytes);
        compile(std::move(p), "");
    } else {
        throw packageError("fill.template.notDocument", {{"label", label}});
    }
    return FillTemplate(std::move(impl));
}

PackageFormat FillTemplate::format() const {
    return impl_->format;
}

const char *FillTemplate::extension() const {
    switch (impl_->format) {
    case PackageFormat::Odt:
        return "odt";
    case PackageFormat::FlatOdt:
        return "fodt";
    case PackageFormat::Docx:
        return "docx";
    }
    return "";
}

size_t FillTemplate::placeholderCount() const {
    size_t n = 0;
    for (const Part &p : impl_->parts)
        n += p.placeholders;
    return n;
}

std::string FillTemplate::fill(const FillData &data) const {
    const Impl &t = *impl_;
    auto render = [&](const Part &p) {
        std::string out;
        out.reserve(p.xml.size() + p.xml.size() / 8);
        Renderer r{p, data.thaiDigits, {&data.root}, out};
        r.run(p.nodes);
        return out;
    };
    if (t.format == PackageFormat::FlatOdt) return render(t.parts.front());
    ZipWriter w;
    const auto &entries = t.zip->entries();
    if (t.format == PackageFormat::Odt) w.addStored("mimetype", "application/vnd.oasis.opendocument.text");
    for (size_t i = 0; i < entries.size(); ++i) {
        const ZipEntry &e = entries[i];
        if (t.format == PackageFormat::Odt && e.name == "mimetype") continue;
        if (t.partOfEntry[i] >= 0) {
            const Part &p = t.parts[static_cast<size_t>(t.partOfEntry[i])];
            if (p.placeholders == 0)
                w.addCopy(e);
            else
                w.addDeflated(e.name, render(p), 6);
        } else if (static_cast<int>(i) == t.manifestEntry) {
            w.addDeflated(e.name, t.manifest, 6);
        } else if (static_cast<int>(i) == t.contentTypesEntry) {
            w.addDeflated(e.name, t.contentTypes, 6);
        } else {
            w.addCopy(e);
        }
    }
    return w.finish();
}

} // namespace ita::fill
