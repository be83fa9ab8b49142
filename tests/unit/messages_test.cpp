#include "core/text/messages.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace ita::msg;

namespace {

// Every key with the arguments its callers pass.
const std::vector<std::pair<std::string, std::vector<std::string>>> &keys() {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> k = {
        {"ITA001", {"indicator", "name", "where", "kind", "found"}},
        {"ITA002", {"indicator", "name", "first", "second"}},
        {"ITA003", {"indicator", "name", "found", "where"}},
        {"ITA003.formula", {"indicator", "name", "found", "where"}},
        {"ITA004", {"indicator", "name", "found", "where"}},
        {"ITA004.item", {"item", "indicator", "name", "found", "where"}},
        {"ITA005", {"indicator", "name", "found", "expected", "where"}},
        {"ITA006", {"found", "expected", "difference", "tolerance", "year", "where"}},
        {"ITA007", {"found", "expected", "total", "year", "where"}},
        {"ITA008", {"found", "expected", "year", "where"}},
        {"ITA009", {"found", "suggestion", "kind"}},
        {"ITA010", {"indicator", "name", "first", "firstScore", "second", "secondScore", "hint"}},
        {"ITA011", {"indicator", "name", "found", "expected", "where", "table", "swapped"}},
        {"ITA012", {"indicator", "name", "found", "expected", "where"}},
        {"ITA013", {"kind", "found", "expected", "where"}},
        {"ITA014", {"thai", "arabic"}},
        {"ITA015", {"year"}},
        {"ITA016", {}},
        {"ITA017", {}},
        {"ITA018", {"indicator", "name", "where"}},
        {"ITA019", {"where"}},
        {"ITA020", {"measure", "where"}},
        {"ITA021", {"measure", "found", "period", "where", "kind"}},
        {"ITA022", {"indicator", "name", "score", "target"}},
        {"ITA023", {"count", "where", "found", "example"}},
        {"ITA024", {"what", "found", "where", "reason", "read", "count"}},
        {"ITA025", {"measure", "found", "last", "year", "assumed", "where"}},
        {"ITA026", {"found", "where", "tools", "year", "weights", "expected"}},
        {"ITA027", {"found", "where", "year", "total", "tools", "expected", "reason", "below", "min"}},
        {"ITA028",
         {"kind", "found", "foundChange", "table", "expected", "change", "previous", "score", "where"}},
        {"ITA029", {"where", "indicator", "name", "found", "table", "expected", "previous", "score"}},
        {"ITA030", {"agency", "found", "where", "basis", "year", "expected"}},
        {"ITA031", {"agency", "found", "where", "year", "total", "expected", "reason", "below", "min"}},
        {"ITA032", {"agency", "first", "second"}},
        {"ITA033", {"agency", "kind", "column", "found", "where"}},
        {"ITA034", {"year", "documentYear", "where"}},
        {"ITA035", {"tool", "found", "where", "indicators", "expected"}},
        {"ui.noFramework", {"year"}},
        {"ui.summary", {"errors", "warnings"}},
        {"ui.noFindings", {}},
        {"ui.noFindingsNoScores", {}},
        {"ui.severity.error", {}},
        {"ui.severity.warning", {}},
        {"ui.report.title", {}},
        {"ui.report.code", {}},
        {"ui.report.severity", {}},
        {"ui.report.where", {}},
        {"ui.report.message", {}},
        {"ui.report.expected", {}},
        {"ui.report.found", {}},
        {"ui.report.file", {}},
    };
    return k;
}

// A value per argument that is recognisable in the output ("<name>") and valid where
// the pattern needs a number or a select keyword.
Args sampleArgs(const std::vector<std::string> &names, const std::string &selectValue = "other") {
    Args a;
    for (const auto &n : names) {
        if (n == "kind" || n == "hint" || n == "swapped" || n == "what" || n == "reason" || n == "assumed" ||
            n == "basis")
            a[n] = selectValue;
        else if (n == "errors" || n == "warnings")
            a[n] = "2";
        else
            a[n] = "<" + n + ">";
    }
    return a;
}

} // namespace

TEST(Messages, EveryKeyFormatsInBothLanguagesWithoutLeftovers) {
    for (const auto &[key, names] : keys()) {
        ASSERT_TRUE(has(key)) << key;
        const Args a = sampleArgs(names);
        for (Lang lang : {Lang::Th, Lang::En}) {
            const std::string s = text(key, lang, a);
            EXPECT_FALSE(s.empty()) << key;
            EXPECT_NE(s, key);
            EXPECT_EQ(s.find('{'), std::string::npos) << key << ": " << s;
            EXPECT_EQ(s.find('}'), std::string::npos) << key << ": " << s;
            EXPECT_EQ(s.find("''"), std::string::npos) << key << ": " << s;
            // Every non-select argument shows up in the text.
            for (const auto &n : names) {
                if (n == "kind" || n == "hint" || n == "swapped" || n == "errors" || n == "warnings" ||
                    n == "what" || n == "reason" || n == "assumed" || n == "basis")
                    continue;
                if (key == "ITA009" && n == "suggestion") continue; // only in the ce/typo variants
                if (key == "ITA024" && (n == "read" || n == "count")) continue; // only in the partial variant
                if (key == "ITA001" && n == "found") continue;                  // only in the unread variant
                if (key == "ITA027" && (n == "below" || n == "min")) continue;  // only in the tool variant
                if (key == "ITA031" && (n == "below" || n == "min")) continue;  // only in the tool variant
                if (key == "ITA033" && n == "found") continue;                  // only in the text variant
                EXPECT_NE(s.find("<" + n + ">"), std::string::npos) << key << " lacks " << n << ": " << s;
            }
        }
        // Thai and English are different texts (the Thai one is in Thai).
        EXPECT_NE(text(key, Lang::Th, a), text(key, Lang::En, a)) << key;
        EXPECT_NE(text(key, Lang::Th, a).find("\xE0\xB8"), std::string::npos) << key; // U+0E00 block
    }
}

TEST(Messages, ExactExamples) {
    const std::string where = "ชีต 'คะแนน' เซลล์ B7";
    EXPECT_EQ(
        th("ITA001", {{"indicator", "6"}, {"name", "คุณภาพการดำเนินงาน"}, {"where", where}, {"kind", "other"}}),
        "ไม่พบตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ในตารางคะแนน (ชีต 'คะแนน' เซลล์ B7) "
        "กรุณาเพิ่มคะแนนของตัวชี้วัดนี้");
    EXPECT_EQ(en("ITA001", {{"indicator", "6"},
                            {"name", "Quality of operations"},
                            {"where", "sheet 'x' cell B7"},
                            {"kind", "other"}}),
              "Indicator 6 (Quality of operations) is missing from the score table (sheet 'x' cell B7). "
              "Add its score.");
    EXPECT_EQ(th("ITA018", {{"indicator", "๔"}, {"name", "การใช้ทรัพย์สินของราชการ"}, {"where", where}}),
              "ยังไม่ได้กรอกคะแนนตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (ชีต 'คะแนน' เซลล์ B7)");
    EXPECT_EQ(
        en("ITA018",
           {{"indicator", "4"}, {"name", "Use of government property"}, {"where", "sheet 'x' cell E18"}}),
        "The score of indicator 4 (Use of government property) has not been filled in (sheet 'x' cell E18).");
    EXPECT_EQ(th("ITA019", {{"where", "ชีต 'คะแนน ITA' เซลล์ E14"}}),
              "ตารางคะแนนยังไม่ได้กรอกคะแนน (ชีต 'คะแนน ITA' เซลล์ E14)");
    EXPECT_EQ(en("ITA019", {{"where", "sheet 'x' cell E14"}}),
              "The score table has no scores filled in yet (sheet 'x' cell E14).");
    EXPECT_EQ(th("ui.noFramework", {{"year", "2569"}}),
              "ไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ พ.ศ. 2569 ในระบบ: เพิ่มไฟล์เกณฑ์ (fy2569.json)");
    EXPECT_EQ(en("ui.noFramework", {{"year", "2569"}}),
              "No ITA framework for FY2569: add one (fy2569.json).");
    // A finding (issue 10): which checks could not run, and how to add the year.
    EXPECT_EQ(
        en("ITA015", {{"year", "2569"}}),
        "No ITA framework for FY2569, so the total, the rating, the weights and the indicators' tools were "
        "not checked; the other checks ran (the same score for an indicator in every table, figures in "
        "sentences, rankings, ranges, digits), reading the indicators by the latest framework's names. To "
        "add the year, put fy2569.json (the format of the other years) in the user/ita/frameworks folder "
        "of your LibreOffice profile, or pass ita --frameworks DIR.");
    EXPECT_EQ(th("ITA015", {{"year", "2569"}})
                  .rfind("ไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ พ.ศ. 2569 ในระบบ "
                         "จึงยังไม่ได้ตรวจคะแนนรวม ระดับผลการประเมิน",
                         0),
              0u);
    EXPECT_NE(th("ITA015", {{"year", "2569"}}).find("fy2569.json"), std::string::npos);
    EXPECT_EQ(th("ui.summary", {{"errors", "3"}, {"warnings", "1"}}), "พบข้อผิดพลาด 3 รายการ คำเตือน 1 รายการ");
    EXPECT_EQ(th("ui.summary", {{"errors", "๓"}, {"warnings", "๑"}}), "พบข้อผิดพลาด ๓ รายการ คำเตือน ๑ รายการ");
    EXPECT_EQ(th("ui.severity.error"), "ข้อผิดพลาด");
    EXPECT_EQ(th("ui.severity.warning"), "คำเตือน");
    EXPECT_EQ(en("ui.severity.error"), "error");
    EXPECT_EQ(en("ui.severity.warning"), "warning");
    EXPECT_EQ(th("ui.report.title"), "ผลการตรวจสอบ ITA");
}

TEST(Messages, EnglishPlural) {
    EXPECT_EQ(en("ui.summary", {{"errors", "3"}, {"warnings", "1"}}), "3 errors, 1 warning");
    EXPECT_EQ(en("ui.summary", {{"errors", "1"}, {"warnings", "0"}}), "1 error, 0 warnings");
    EXPECT_EQ(en("ui.summary", {{"errors", "๒"}, {"warnings", "๑"}}), "2 errors, 1 warning");
    // A count that is not a number does not throw the arguments away.
    const std::string s = en("ui.summary", {{"errors", "many"}, {"warnings", "1"}});
    EXPECT_NE(s.find("many"), std::string::npos) << s;
}

TEST(Messages, SelectVariants) {
    const std::string ce = th("ITA009", {{"found", "2022"}, {"suggestion", "2565"}, {"kind", "ce"}});
    EXPECT_EQ(ce, "ปีงบประมาณ 2022 ไม่น่าจะถูกต้อง เนื่องจากเป็นปี ค.ศ. น่าจะหมายถึง พ.ศ. 2565");
    const std::string typo = th("ITA009", {{"found", "2656"}, {"suggestion", "2565"}, {"kind", "typo"}});
    EXPECT_EQ(typo, "ปีงบประมาณ 2656 ไม่น่าจะถูกต้อง อาจพิมพ์ผิด น่าจะหมายถึง พ.ศ. 2565");
    const std::string other = th("ITA009", {{"found", "2400"}, {"suggestion", ""}, {"kind", "other"}});
    EXPECT_EQ(other, "ปีงบประมาณ 2400 ไม่น่าจะถูกต้อง กรุณาตรวจสอบปีงบประมาณ");
    EXPECT_EQ(en("ITA009", {{"found", "2022"}, {"suggestion", "2565"}, {"kind", "ce"}}),
              "The fiscal year 2022 is implausible: it is a CE year; BE 2565 is probably meant.");
    EXPECT_EQ(en("ITA009", {{"found", "2656"}, {"suggestion", "2565"}, {"kind", "typo"}}),
              "The fiscal year 2656 is implausible: probably a typo for 2565.");

    Args a10 = {{"indicator", "๒"},
                {"name", "การใช้งบประมาณ"},
                {"first", "ตาราง Table1 แถว 3 คอลัมน์ 3"},
                {"firstScore", "๘๕.๕๐"},
                {"second", "ตาราง Table3 แถว 4 คอลัมน์ 3"},
                {"secondScore", "๕๘.๕๐"}};
    a10["hint"] = "first";
    const std::string first = th("ITA010", a10);
    EXPECT_NE(first.find("ตารางแรก"), std::string::npos) << first;
    a10["hint"] = "second";
    const std::string second = th("ITA010", a10);
    EXPECT_NE(second.find("ตารางที่สอง"), std::string::npos) << second;
    a10["hint"] = "other";
    EXPECT_EQ(th("ITA010", a10), "คะแนนตัวชี้วัดที่ ๒ การใช้งบประมาณ ไม่ตรงกันในสองตาราง: ตาราง Table1 แถว 3 "
                                 "คอลัมน์ 3 เป็น ๘๕.๕๐ แต่ ตาราง Table3 แถว 4 คอลัมน์ 3 เป็น ๕๘.๕๐");
    a10["hint"] = "first";
    EXPECT_NE(en("ITA010", a10).find("The first table reproduces the stated total"), std::string::npos);

    Args a11 = {{"indicator", "1"},    {"name", "การปฏิบัติหน้าที่"}, {"found", "89.27"},
                {"expected", "89.72"}, {"where", "ย่อหน้าที่ 4"},   {"table", "ตาราง Table2 แถว 2 คอลัมน์ 3"}};
    a11["swapped"] = "yes";
    EXPECT_EQ(th("ITA011", a11), "ข้อความ (ย่อหน้าที่ 4) ระบุคะแนนตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ เป็น 89.27 แต่ในตาราง "
                                 "(ตาราง Table2 แถว 2 คอลัมน์ 3) เป็น 89.72 ตัวเลขอาจสลับหลัก");
    EXPECT_NE(en("ITA011", a11).find("transposed"), std::string::npos);
    a11["swapped"] = "no";
    EXPECT_EQ(th("ITA011", a11).find("สลับหลัก"), std::string::npos);
    EXPECT_EQ(en("ITA011", a11).find("transposed"), std::string::npos);

    const Args a13 = {{"found", "การปฏิบัติหน้าที่"}, {"expected", "การเปิดเผยข้อมูล"}, {"where", "ย่อหน้าที่ 7"}};
    Args hi = a13, lo = a13;
    hi["kind"] = "highest";
    lo["kind"] = "lowest";
    EXPECT_EQ(th("ITA013", hi),
              "ข้อความระบุว่าตัวชี้วัดที่ได้คะแนนสูงสุดคือ การปฏิบัติหน้าที่ แต่ตามตารางคะแนนคือ การเปิดเผยข้อมูล (ย่อหน้าที่ 7)");
    EXPECT_NE(th("ITA013", lo).find("คะแนนต่ำสุดคือ"), std::string::npos);
    EXPECT_NE(en("ITA013", hi).find("highest-scoring"), std::string::npos);
    EXPECT_NE(en("ITA013", lo).find("lowest-scoring"), std::string::npos);

    Args a21 = {{"measure", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"},
                {"found", "ต.ค. ๖๔ – ก.ย. ๖๖"},
                {"period", "ต.ค. ๖๔ – ก.ย. ๖๕"},
                {"where", "ตาราง Table4 แถว 3 คอลัมน์ 4"}};
    a21["kind"] = "outside";
    EXPECT_EQ(th("ITA021", a21),
              "ระยะเวลาดำเนินการของมาตรการ “มาตรการเผยแพร่ข้อมูลต่อสาธารณะ” คือ “ต.ค. ๖๔ – ก.ย. ๖๖” "
              "ซึ่งอยู่นอกปีงบประมาณ (ต.ค. ๖๔ – ก.ย. ๖๕) (ตาราง Table4 แถว 3 คอลัมน์ 4)");
    a21["kind"] = "unreadable";
    a21["found"] = "ตลอดปี";
    EXPECT_NE(th("ITA021", a21).find("อ่านไม่ได้"), std::string::npos);
    EXPECT_NE(en("ITA021", a21).find("cannot be read"), std::string::npos);
}

TEST(Messages, Apostrophes) {
    // The pattern's doubled apostrophe prints once; apostrophes and braces in values are literal.
    const Args a = {{"found", "A"}, {"expected", "ผ่าน"}, {"year", "2567"}, {"where", "sheet 'ผล' cell C3"}};
    EXPECT_EQ(en("ITA008", a),
              "The rating A comes from another year's scheme; under the FY2567 scheme it is ผ่าน "
              "(sheet 'ผล' cell C3).");
    const std::string s = th("ITA003", {{"indicator", "๔"},
                                        {"name", "การใช้ทรัพย์สินของราชการ"},
                                        {"found", "{8O.5}'"},
                                        {"where", "ชีต 'คะแนน' เซลล์ C5"}});
    EXPECT_EQ(s, "คะแนนตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ไม่ใช่ตัวเลข (พบ “{8O.5}'”) (ชีต 'คะแนน' เซลล์ C5) "
                 "กรุณากรอกคะแนนเป็นตัวเลข");
}

TEST(Messages, UnknownKeyAndMissingArgs) {
    EXPECT_FALSE(has("ITA999"));
    EXPECT_EQ(th("ITA999"), "ITA999");
    EXPECT_EQ(en("ui.nothing"), "ui.nothing");
    // A missing argument stays visible rather than silently vanishing.
    EXPECT_NE(th("ITA015").find("{year}"), std::string::npos);
}

TEST(Messages, CodesMatchCatalogue) {
    for (const char *c : {"ITA001", "ITA002", "ITA003", "ITA004", "ITA005", "ITA006", "ITA007", "ITA008",
                          "ITA009", "ITA010", "ITA011", "ITA012", "ITA013", "ITA014", "ITA015", "ITA016",
                          "ITA017", "ITA018", "ITA019", "ITA020", "ITA021", "ITA022"})
        EXPECT_TRUE(has(c)) << c;
}

// Every entry of the catalogue, including the UI texts no list above names: a pattern ICU
// cannot compile comes back as the key itself.
TEST(Messages, EveryEntryCompilesInBothLanguages) {
    const Args numbers = {{"errors", "2"}, {"warnings", "1"}, {"count", "2"}, {"kind", "other"}};
    size_t n = 0;
    for (std::string_view key : allKeys()) {
        ++n;
        for (Lang lang : {Lang::Th, Lang::En}) {
            const std::string s = text(key, lang, numbers);
            EXPECT_FALSE(s.empty()) << key;
            EXPECT_NE(s, std::string(key)) << key;
            EXPECT_EQ(s.find("''"), std::string::npos) << key << ": " << s;
        }
    }
    EXPECT_GT(n, 150u);
}

TEST(Messages, UiTextsExactly) {
    EXPECT_EQ(th("location.sheetCell", {{"sheet", "คะแนน"}, {"cell", "B7"}}), "ชีต 'คะแนน' เซลล์ B7");
    EXPECT_EQ(en("location.tableCell", {{"table", "Table2"}, {"row", "3"}, {"column", "2"}}),
              "table Table2 row 3 column 2");
    EXPECT_EQ(th("function.itaTotal.name"), "ITA.คะแนนรวม");
    EXPECT_EQ(en("function.itaTotal.name"), "ITA.TOTAL");
    EXPECT_EQ(en("function.itaThaiDate.arg.form.description"),
              "0 = \"8 เมษายน 2565\" in full (default), 1 = short \"8 เม.ย. 65\"");
    EXPECT_EQ(th("sheet.analysis.weight"), "น้ำหนัก\n(ร้อยละ)");
    EXPECT_EQ(en("sheet.analysis.previousTotal"), "Previous year's total");
    EXPECT_EQ(th("sheet.report.name"), "ITA ผลการตรวจสอบ");
    EXPECT_EQ(
        en("cli.files",
           {{"files", "3"}, {"withErrors", "1"}, {"unreadable", "1"}, {"errors", "2"}, {"warnings", "0"}}),
        "3 files, 1 with errors, 1 unreadable; 2 errors, 0 warnings");
}

// `ita` states in English why it cannot read a file (the JSON "error", which scripts
// match); the Thai text output says the same in Thai.
TEST(Messages, UnreadableReasonsInThai) {
    EXPECT_EQ(unreadableReason("empty file", Lang::Th), "ไฟล์ว่าง");
    EXPECT_EQ(unreadableReason("file not found", Lang::Th), "ไม่พบไฟล์");
    EXPECT_EQ(unreadableReason("is a folder, not a file", Lang::Th), "เป็นโฟลเดอร์ ไม่ใช่ไฟล์");
    EXPECT_EQ(unreadableReason("permission denied", Lang::Th), "ไม่มีสิทธิ์อ่านไฟล์");
    EXPECT_EQ(unreadableReason("password-protected", Lang::Th), "ไฟล์ถูกตั้งรหัสผ่าน");
    EXPECT_EQ(unreadableReason("not a spreadsheet: plain text", Lang::Th), "ไม่ใช่ตารางคำนวณ: เป็นข้อความล้วน");
    EXPECT_EQ(unreadableReason("not a text document: plain text", Lang::Th),
              "ไม่ใช่เอกสารข้อความ: เป็นข้อความล้วน");
    EXPECT_EQ(unreadableReason("not a document: LibreOffice does not recognise its content", Lang::Th),
              "ไม่ใช่เอกสาร: LibreOffice ไม่รู้จักเนื้อหาของไฟล์");
    EXPECT_EQ(unreadableReason("cannot be read: Input/output error", Lang::Th),
              "อ่านไฟล์ไม่ได้: Input/output error");
    EXPECT_EQ(unreadableReason("the office stopped while reading this file (lost connection)", Lang::Th),
              "LibreOffice หยุดทำงานระหว่างอ่านไฟล์นี้ (lost connection)");
    EXPECT_EQ(unreadableReason("the office took longer than 120 s on this file and was stopped", Lang::Th),
              "LibreOffice ใช้เวลากับไฟล์นี้นานเกิน 120 วินาที จึงถูกหยุด");
    EXPECT_EQ(
        unreadableReason("too large: its content unpacks to 500 MB (ITA Tools reads up to 256 MB)", Lang::Th),
        "ไฟล์ใหญ่เกินไป: เนื้อหาแตกออกได้ 500 MB (ITA Tools อ่านได้ไม่เกิน 256 MB)");
    EXPECT_EQ(unreadableReason("damaged: the file is cut short or its zip structure is broken", Lang::Th),
              "ไฟล์เสียหาย: ไฟล์ไม่ครบหรือโครงสร้าง zip ผิดรูปแบบ");
    // English stays as it is; an unknown reason too, in either language.
    EXPECT_EQ(unreadableReason("empty file", Lang::En), "empty file");
    EXPECT_EQ(unreadableReason("something else went wrong", Lang::Th), "something else went wrong");
}
