// Shared by the tests of validation and its rules: the frameworks on record, validate()
// with FY2568 as "this year" (the implausible-year rule depends on the clock), a readable
// dump of findings for failure messages, and the documents several test files start from.
// Each test file keeps only its own cases.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/validate/validation.hpp"
#include "test_frameworks.hpp"
#include "test_grids.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace ita::test {

inline const FrameworkRegistry &registry() {
    return test::builtInFrameworks();
}

inline ValidationOptions pinned(int currentYearBE = 2568) {
    ValidationOptions o;
    o.currentYearBE = currentYearBE;
    return o;
}

inline ValidationReport check(const SourceDocument &doc, int currentYearBE = 2568) {
    return validate(doc, registry(), pinned(currentYearBE));
}

inline ValidationReport checkSheet(const Rows &rows, const std::string &name = "คะแนน") {
    return check(workbook({sheet(name, rows)}));
}

inline std::string dump(const ValidationReport &r) {
    std::ostringstream s;
    for (const auto &f : r.findings) {
        s << f.code << " " << severityName(f.severity) << " at";
        for (const auto &l : f.locations)
            s << " [" << l.whereEn() << "]";
        s << " expected=" << f.expected << " found=" << f.found << "\n    " << f.messageEn << "\n";
    }
    return s.str();
}

inline std::vector<std::string> codes(const ValidationReport &r) {
    std::vector<std::string> c;
    for (const auto &f : r.findings)
        c.push_back(f.code);
    return c;
}

// The cells a finding points at ("C7", "B7"); empty strings for paragraphs.
inline std::vector<std::string> refs(const Finding &f) {
    std::vector<std::string> out;
    for (const auto &l : f.locations)
        out.push_back(l.cellRef());
    return out;
}

// --- a clerk's FY2565 sheet (letter scheme) --------------------------------------------
// IIT 88.826, EIT 84.86, OIT 75.75: total 82.4058 -> 82.41, B. Below the target of 85: 7-10.
// Title, agency, a blank row, the header in row 4, indicators 1..10 in rows 5..14 (names in
// B, scores in C), the total in C15 and the rating in C16.
inline Rows sheetFY2565() {
    return {
        {"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2565"},
        {"หน่วยงาน", "องค์การบริหารส่วนตำบลโคกสำโรง"},
        {},
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน"},
        {"IIT", "1. การปฏิบัติหน้าที่", "92.15"},
        {"", "2. การใช้งบประมาณ", "85.30"},
        {"", "3. การใช้อำนาจ", "90.42"},
        {"", "4. การใช้ทรัพย์สินของราชการ", "88.76"},
        {"", "5. การแก้ไขปัญหาการทุจริต", "87.50"},
        {"EIT", "6. คุณภาพการดำเนินงาน", "86.91"},
        {"", "7. ประสิทธิภาพการสื่อสาร", "84.20"},
        {"", "8. การปรับปรุงระบบการทำงาน", "83.47"},
        {"OIT", "9. การเปิดเผยข้อมูล", "79.50"},
        {"", "10. การป้องกันการทุจริต", "72.00"},
        {"", "คะแนนรวม", "82.41"},
        {"", "ระดับผลการประเมิน", "B"},
    };
}

// The same scores under a short title only: the header in row 2, indicators in rows 3..12,
// the total in C13, the rating in C14.
inline Rows shortSheetFY2565() {
    Rows rows = sheetFY2565();
    rows.erase(rows.begin() + 1, rows.begin() + 3);
    rows[0] = {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565"};
    return rows;
}

// The FY2565 scores as a Writer table in Thai digits, names only (scores in column 2 of rows 2..11).
inline Rows thaiTableFY2565() {
    return {{"ตัวชี้วัด", "คะแนน"},
            {"การปฏิบัติหน้าที่", "๙๒.๑๕"},
            {"การใช้งบประมาณ", "๘๕.๓๐"},
            {"การใช้อำนาจ", "๙๐.๔๒"},
            {"การใช้ทรัพย์สินของราชการ", "๘๘.๗๖"},
            {"การแก้ไขปัญหาการทุจริต", "๘๗.๕๐"},
            {"คุณภาพการดำเนินงาน", "๘๖.๙๑"},
            {"ประสิทธิภาพการสื่อสาร", "๘๔.๒๐"},
            {"การปรับปรุงระบบการทำงาน", "๘๓.๔๗"},
            {"การเปิดเผยข้อมูล", "๗๙.๕๐"},
            {"การป้องกันการทุจริต", "๗๒.๐๐"}};
}

// FY2566 (pass scheme): IIT 90.36, EIT 87.38, OIT 94.25, total 91.023 -> 91.02; every tool
// >= 85 but not >= 95: ผ่านดี (A in the letter scheme). Scores in C4:C13, total C14, rating C15.
inline Rows sheetFY2566() {
    return {
        {"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566"},
        {"หน่วยงาน", "เทศบาลตำบลต้นไทร"},
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน"},
        {"IIT", "การปฏิบัติหน้าที่", "91.20"},
        {"", "การใช้งบประมาณ", "88.45"},
        {"", "การใช้อำนาจ", "90.10"},
        {"", "การใช้ทรัพย์สินของราชการ", "89.75"},
        {"", "การแก้ไขปัญหาการทุจริต", "92.30"},
        {"EIT", "คุณภาพการดำเนินงาน", "87.60"},
        {"", "ประสิทธิภาพการสื่อสาร", "86.40"},
        {"", "การปรับปรุงระบบการทำงาน", "88.15"},
        {"OIT", "การเปิดเผยข้อมูล", "93.50"},
        {"", "การป้องกันการทุจริต", "95.00"},
        {"", "คะแนนรวม", "91.02"},
        {"", "ผลการประเมิน", "ผ่านดี"},
    };
}

// --- a free-form FY2564 analysis in Thai digits, like seed 002 ----------------------------
// Total 88.3566 -> 88.36, A. Paragraph 3 names the highest (1, ๙๕.๑๒) and the lowest
// (8, ๘๒.๙๔) indicator.
inline std::vector<std::string> reportParagraphs() {
    return {
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "องค์การบริหารส่วนตำบลกะลาเส อำเภอลี้เกา จังหวัดตรัง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        "องค์การบริหารส่วนตำบลกะลาเสได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        "ได้คะแนน ๘๘.๓๖ คะแนน อยู่ในระดับ A โดยได้รับคะแนนรายตัวชี้วัดดังนี้",
        "สรุป ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนน ๙๕.๑๒ คะแนน "
        "ส่วนตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีคะแนน ๘๒.๙๔ คะแนน",
        "ผลการประเมินแยกตามเครื่องมือการประเมิน มีรายละเอียดดังนี้",
    };
}

// Its ranking table (อันดับ / ตัวชี้วัด / คะแนน), best first.
inline Rows rankingTable() {
    return {
        {"อันดับ", "ตัวชี้วัด", "คะแนน"},
        {"๑", "การปฏิบัติหน้าที่", "๙๕.๑๒"},
        {"๒", "การใช้ทรัพย์สินของราชการ", "๙๓.๐๕"},
        {"๓", "การใช้อำนาจ", "๙๑.๗๓"},
        {"๔", "การเปิดเผยข้อมูล", "๙๐.๕๐"},
        {"๕", "การแก้ไขปัญหาการทุจริต", "๘๙.๖๖"},
        {"๖", "การใช้งบประมาณ", "๘๘.๔๐"},
        {"๗", "คุณภาพการดำเนินงาน", "๘๗.๒๕"},
        {"๘", "การป้องกันการทุจริต", "๘๖.๒๕"},
        {"๙", "ประสิทธิภาพการสื่อสาร", "๘๕.๑๐"},
        {"๑๐", "การปรับปรุงระบบการทำงาน", "๘๒.๙๔"},
    };
}

// Its table by tool, with the issues to work on.
inline Rows toolTable() {
    return {
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน", "ประเด็นที่ต้องพัฒนา"},
        {"IIT", "๑. การปฏิบัติหน้าที่", "๙๕.๑๒", "-"},
        {"", "๒. การใช้งบประมาณ", "๘๘.๔๐", "-"},
        {"", "๓. การใช้อำนาจ", "๙๑.๗๓", "-"},
        {"", "๔. การใช้ทรัพย์สินของราชการ", "๙๓.๐๕", "-"},
        {"", "๕. การแก้ไขปัญหาการทุจริต", "๘๙.๖๖", "-"},
        {"EIT", "๖. คุณภาพการดำเนินงาน", "๘๗.๒๕", "-"},
        {"", "๗. ประสิทธิภาพการสื่อสาร", "๘๕.๑๐", "-"},
        {"", "๘. การปรับปรุงระบบการทำงาน", "๘๒.๙๔", "ควรเปิดโอกาสให้ผู้รับบริการมีส่วนร่วมปรับปรุงการทำงาน"},
        {"OIT", "๙. การเปิดเผยข้อมูล", "๙๐.๕๐", "-"},
        {"", "๑๐. การป้องกันการทุจริต", "๘๖.๒๕", "-"},
    };
}

// --- tests/fixtures/free-side-by-side.fods, cell for cell -----------------------------------
// FY2566 (83.21, ต้องปรับปรุง): a table by tool (A4:C14, Arabic numbers) and a ranking
// (E4:G14, Thai-digit text) side by side; indicator 7 is 83.75 in C11 but ๘๓.๗๐ in G12.
inline Rows sideBySideSheet() {
    return {
        {"สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) เทศบาลตำบลบ้านแพ้ว ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"},
        {},
        {"คะแนนรายตัวชี้วัดแยกตามเครื่องมือ", "", "", "", "ตัวชี้วัดเรียงตามคะแนนจากมากไปน้อย", "", ""},
        {"เครื่องมือ", "ตัวชี้วัด", "คะแนน", "", "อันดับ", "ตัวชี้วัด", "คะแนน"},
        {"IIT", "1. การปฏิบัติหน้าที่", "90.15", "", "๑", "การปฏิบัติหน้าที่", "๙๐.๑๕"},
        {"", "2. การใช้งบประมาณ", "84.20", "", "๒", "การใช้อำนาจ", "๘๘.๙๗"},
        {"", "3. การใช้อำนาจ", "88.97", "", "๓", "การแก้ไขปัญหาการทุจริต", "๘๖.๔๔"},
        {"", "4. การใช้ทรัพย์สินของราชการ", "85.10", "", "๔", "การใช้ทรัพย์สินของราชการ", "๘๕.๑๐"},
        {"", "5. การแก้ไขปัญหาการทุจริต", "86.44", "", "๕", "คุณภาพการดำเนินงาน", "๘๕.๐๒"},
        {"EIT", "6. คุณภาพการดำเนินงาน", "85.02", "", "๖", "การปรับปรุงระบบการทำงาน", "๘๔.๙๐"},
        {"", "7. ประสิทธิภาพการสื่อสาร", "83.75", "", "๗", "การใช้งบประมาณ", "๘๔.๒๐"},
        {"", "8. การปรับปรุงระบบการทำงาน", "84.90", "", "๘", "ประสิทธิภาพการสื่อสาร", "๘๓.๗๐"},
        {"OIT", "9. การเปิดเผยข้อมูล", "80.25", "", "๙", "การเปิดเผยข้อมูล", "๘๐.๒๕"},
        {"", "10. การป้องกันการทุจริต", "78.50", "", "๑๐", "การป้องกันการทุจริต", "๗๘.๕๐"},
        {},
        {"คะแนนรวม", "", "83.21"},
        {"ระดับผลการประเมิน", "", "ต้องปรับปรุง"},
    };
}

// --- the product's score sheet (templates/ita-score-sheet.fods) ---------------------------
// As the office reads it: merged cells as empty cells, the agency block in C4:C11, the year
// in C12, the table header in row 14, indicators 1..10 in rows 15..24 (score E, last year F),
// then the total, rating and tool-score rows (formulas in E25:E29, "" until ten scores are in).
// agency: the eight values of C4:C11; scores/previous: E15.., F15.. (fewer leave the rest empty).
inline Grid templateGrid(const std::vector<std::string> &agency, const std::vector<std::string> &scores,
                         const std::vector<std::string> &previous = {}) {
    auto at = [](const std::vector<std::string> &v, size_t i) { return i < v.size() ? v[i] : std::string(); };
    Rows rows = {
        {"แบบรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"},
        {"ประจำปีงบประมาณ พ.ศ. 2568"},
        {},
    };
    size_t i = 0;
    for (const char *label :
         {"หน่วยงาน", "ประเภท", "อำเภอ", "จังหวัด", "ส่วนราชการ", "โทรศัพท์", "ที่", "ตำแหน่งผู้บริหาร"})
        rows.push_back({label, "", at(agency, i++)});
    rows.push_back({"ปีงบประมาณ พ.ศ.", "", "2568"});
    rows.push_back({});
    rows.push_back({"ตัวชี้วัดที่", "ตัวชี้วัด", "", "เครื่องมือ", "คะแนน", "คะแนนปีก่อน"});
    const char *const names[] = {"การปฏิบัติหน้าที่",          "การใช้งบประมาณ",         "การใช้อำนาจ",
                                 "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",    "คุณภาพการดำเนินงาน",
                                 "ประสิทธิภาพการสื่อสาร",    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                                 "การป้องกันการทุจริต"};
    for (i = 0; i < 10; ++i)
        rows.push_back({std::to_string(i + 1), names[i], "",
                        i < 5   ? "IIT"
                        : i < 8 ? "EIT"
                                : "OIT",
                        at(scores, i), at(previous, i)});
    for (const char *label :
         {"คะแนนรวม", "ระดับผลการประเมิน", "คะแนนเครื่องมือ IIT", "คะแนนเครื่องมือ EIT", "คะแนนเครื่องมือ OIT"})
        rows.push_back({"", "", "", label, "", ""});
    rows.push_back({});
    rows.push_back({"หมายเหตุ กรอกเฉพาะช่องสีเหลือง คะแนนรวม ระดับผลการประเมิน และคะแนนรายเครื่องมือ "
                    "คำนวณตามเกณฑ์ของปีงบประมาณเมื่อกรอกคะแนนครบ 10 ตัวชี้วัด"});
    rows.push_back({});
    rows.push_back({"", "", "(ลงชื่อ)..................................ผู้รายงาน"});
    rows.push_back({"", "", "(..................................)"});
    rows.push_back({"", "", "ตำแหน่ง.................................."});
    Grid g = sheet("คะแนน ITA", rows);
    for (size_t r = 24; r <= 28; ++r)
        g.rows[r][4].isFormula = true; // =IF(COUNT(E15:E24)=10;…;"")
    return g;
}

} // namespace ita::test
