#include "core/text/messages.hpp"
#include "core/text/user_error.hpp"

#include "core/text/thai_text.hpp"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace ita::msg {

namespace {

struct Entry {
    const char *key;
    const char *th;
    const char *en;
};

// ICU MessageFormat patterns. Apostrophes are doubled ('' prints one). Every argument is a
// string already formatted by the caller (digits, decimals, locations), except the counts
// that English pluralises ({errors}, {warnings}), which must parse as numbers.
// Thai is written for the municipal legal officer: plain official Thai, the indicator as
// "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน" as in the reports themselves, the place in brackets.
constexpr Entry kCatalogue[] = {
    {"ITA001", "ไม่พบตัวชี้วัดที่ {indicator} {name} ในตารางคะแนน ({where}) กรุณาเพิ่มคะแนนของตัวชี้วัดนี้",
     "Indicator {indicator} ({name}) is missing from the score table ({where}). Add its score."},
    {"ITA002",
     "ตัวชี้วัดที่ {indicator} {name} ปรากฏซ้ำในตารางคะแนน ({first} และ {second}) "
     "กรุณาลบแถวที่ซ้ำให้เหลือแถวเดียว",
     "Indicator {indicator} ({name}) appears twice in the score table ({first} and {second}). "
     "Keep one row and remove the other."},
    {"ITA003", "คะแนนตัวชี้วัดที่ {indicator} {name} ไม่ใช่ตัวเลข (พบ “{found}”) ({where}) กรุณากรอกคะแนนเป็นตัวเลข",
     "The score of indicator {indicator} ({name}) is not a number: found \"{found}\" ({where}). "
     "Enter the score as a number."},
    // ITA003 for a score cell whose formula fails ("#NAME?", "Err:502")
    {"ITA003.formula",
     "เซลล์คะแนนตัวชี้วัดที่ {indicator} {name} มีสูตรที่คำนวณผิดพลาด (พบ “{found}”) ({where}) "
     "กรุณาแก้สูตรหรือกรอกคะแนนเป็นตัวเลข",
     "The score cell of indicator {indicator} ({name}) holds a formula error ({found}) ({where}). "
     "Correct the formula or enter the score as a number."},
    {"ITA004", "คะแนนตัวชี้วัดที่ {indicator} {name} คือ {found} ซึ่งอยู่นอกช่วง 0–100 ({where}) กรุณาตรวจสอบคะแนน",
     "The score of indicator {indicator} ({name}) is {found}, outside the range 0–100 ({where}). "
     "Check the score."},
    {"ITA005",
     "ตัวชี้วัดที่ {indicator} {name} ถูกจัดไว้ในเครื่องมือ {found} แต่ตัวชี้วัดนี้เป็นของเครื่องมือ {expected} "
     "({where})",
     "Indicator {indicator} ({name}) is listed under {found}, but it belongs to {expected} ({where})."},
    {"ITA006",
     "คะแนนรวม {found} ({where}) ไม่ตรงกับคะแนนที่คำนวณจากคะแนนรายตัวชี้วัดตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
     "ซึ่งได้ {expected} ต่างกัน {difference} (ยอมรับความคลาดเคลื่อนได้ไม่เกิน {tolerance}) "
     "กรุณาตรวจสอบคะแนนรวมหรือคะแนนรายตัวชี้วัด",
     "The stated total {found} ({where}) does not match the total recomputed from the indicator scores "
     "under the FY{year} framework, {expected}: a difference of {difference} (tolerance {tolerance}). "
     "Check the total or the indicator scores."},
    {"ITA007",
     "ระดับผลการประเมิน {found} ไม่ถูกต้อง คะแนนรวม {total} ตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
     "ต้องได้ระดับ {expected} ({where})",
     "The rating {found} is wrong: under the FY{year} scheme a total of {total} is rated {expected} "
     "({where})."},
    {"ITA008",
     "ระดับผลการประเมิน {found} เป็นระดับตามเกณฑ์ของปีอื่น เกณฑ์ปีงบประมาณ พ.ศ. {year} "
     "ให้ระดับ {expected} ({where})",
     "The rating {found} comes from another year''s scheme; under the FY{year} scheme it is {expected} "
     "({where})."},
    {"ITA009",
     "ปีงบประมาณ {found} ไม่น่าจะถูกต้อง{kind, select, "
     "ce { เนื่องจากเป็นปี ค.ศ. น่าจะหมายถึง พ.ศ. {suggestion}} "
     "typo { อาจพิมพ์ผิด น่าจะหมายถึง พ.ศ. {suggestion}} "
     "other { กรุณาตรวจสอบปีงบประมาณ}}",
     "The fiscal year {found} is implausible{kind, select, "
     "ce {: it is a CE year; BE {suggestion} is probably meant.} "
     "typo {: probably a typo for {suggestion}.} "
     "other {. Check the fiscal year.}}"},
    {"ITA010",
     "คะแนนตัวชี้วัดที่ {indicator} {name} ไม่ตรงกันในสองตาราง: {first} เป็น {firstScore} "
     "แต่ {second} เป็น {secondScore}{hint, select, "
     "first { (คะแนนในตารางแรกคำนวณได้ตรงกับคะแนนรวมที่ระบุ จึงน่าจะเป็นค่าที่ถูกต้อง)} "
     "second { (คะแนนในตารางที่สองคำนวณได้ตรงกับคะแนนรวมที่ระบุ จึงน่าจะเป็นค่าที่ถูกต้อง)} "
     "other {}}",
     "Indicator {indicator} ({name}) has different scores in two tables: {firstScore} at {first}, "
     "{secondScore} at {second}.{hint, select, "
     "first { The first table reproduces the stated total, so its score is probably right.} "
     "second { The second table reproduces the stated total, so its score is probably right.} "
     "other {}}"},
    {"ITA011",
     "ข้อความ ({where}) ระบุคะแนนตัวชี้วัดที่ {indicator} {name} เป็น {found} แต่ในตาราง ({table}) "
     "เป็น {expected}{swapped, select, yes { ตัวเลขอาจสลับหลัก} other {}}",
     "The text at {where} gives {found} for indicator {indicator} ({name}), but the table ({table}) "
     "has {expected}.{swapped, select, yes { The digits may be transposed.} other {}}"},
    {"ITA012", "ตัวชี้วัดที่ {indicator} {name} ระบุเป็นอันดับ {found} แต่ตามคะแนนควรเป็นอันดับ {expected} ({where})",
     "Indicator {indicator} ({name}) is ranked {found}, but by its score it ranks {expected} ({where})."},
    {"ITA013",
     "ข้อความระบุว่าตัวชี้วัดที่ได้คะแนน{kind, select, highest {สูงสุด} lowest {ต่ำสุด} other {สูงสุดหรือต่ำสุด}}"
     "คือ {found} แต่ตามตารางคะแนนคือ {expected} ({where})",
     "The text names {found} as the {kind, select, highest {highest} lowest {lowest} other {highest or "
     "lowest}}"
     "-scoring indicator, but by the score table it is {expected} ({where})."},
    {"ITA014",
     "เอกสารใช้เลขไทยและเลขอารบิกปนกัน (เลขไทย {thai} เซลล์ เลขอารบิก {arabic} เซลล์) "
     "ควรใช้ตัวเลขแบบเดียวกันทั้งเอกสาร",
     "The document mixes Thai and Arabic digits ({thai} cells in Thai digits, {arabic} in Arabic digits). "
     "Use one kind of digits throughout."},
    {"ITA015",
     "ไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ พ.ศ. {year} ในระบบ จึงยังไม่ได้ตรวจคะแนนรวม ระดับผลการประเมิน "
     "น้ำหนักคะแนน และเครื่องมือของตัวชี้วัด ส่วนการตรวจอื่นทำแล้ว (คะแนนตัวชี้วัดเดียวกันตรงกันทุกตาราง "
     "ตัวเลขในข้อความ การจัดอันดับ ช่วงคะแนน และการใช้ตัวเลข) โดยอ่านชื่อตัวชี้วัดตามเกณฑ์ปีล่าสุดที่มีในระบบ "
     "เมื่อมีเกณฑ์ของปีนี้แล้ว ให้เพิ่มไฟล์ fy{year}.json (รูปแบบเดียวกับเกณฑ์ปีอื่น) ในโฟลเดอร์ user/ita/frameworks "
     "ของโปรไฟล์ LibreOffice หรือใช้คำสั่ง ita --frameworks โฟลเดอร์",
     "No ITA framework for FY{year}, so the total, the rating, the weights and the indicators'' tools were not "
     "checked; the other checks ran (the same score for an indicator in every table, figures in sentences, "
     "rankings, ranges, digits), reading the indicators by the latest framework''s names. To add the year, put "
     "fy{year}.json (the format of the other years) in the user/ita/frameworks folder of your LibreOffice "
     "profile, or pass ita --frameworks DIR."},
    {"ITA016",
     "ไม่พบปีงบประมาณในเอกสาร จึงไม่ทราบว่าต้องใช้เกณฑ์การประเมินของปีใด "
     "กรุณาระบุ “ประจำปีงบประมาณ พ.ศ. …” ในเอกสาร",
     "No fiscal year found in the document, so the assessment framework could not be chosen. "
     "State the fiscal year (BE) in the document."},
    {"ITA017", "ไม่พบตารางคะแนนรายตัวชี้วัดในเอกสาร จึงไม่ได้ตรวจสอบคะแนน",
     "No indicator score table found in the document; the scores were not checked."},
    {"ITA018", "ยังไม่ได้กรอกคะแนนตัวชี้วัดที่ {indicator} {name} ({where})",
     "The score of indicator {indicator} ({name}) has not been filled in ({where})."},
    {"ITA019", "ตารางคะแนนยังไม่ได้กรอกคะแนน ({where})",
     "The score table has no scores filled in yet ({where})."},
    {"ITA020", "มาตรการ “{measure}” ยังไม่ได้ระบุผู้รับผิดชอบ ({where}) กรุณาระบุหน่วยงานที่รับผิดชอบ",
     "The measure \"{measure}\" has no responsible unit ({where}). Name the unit in charge."},
    {"ITA021",
     "ระยะเวลาดำเนินการของมาตรการ “{measure}” {kind, select, "
     "outside {คือ “{found}” ซึ่งอยู่นอกปีงบประมาณ ({period})} "
     "other {อ่านไม่ได้ (พบ “{found}”) กรุณาระบุเดือนและปี เช่น {period}}} ({where})",
     "The period of the measure \"{measure}\" {kind, select, "
     "outside {is \"{found}\", outside the fiscal year ({period})} "
     "other {cannot be read (found \"{found}\"); write months and years, e.g. {period}}} ({where})."},
    {"ITA022",
     "ตัวชี้วัดที่ {indicator} {name} ได้ {score} คะแนน ต่ำกว่าเป้าหมาย {target} คะแนน "
     "แต่ยังไม่มีมาตรการใดรองรับ กรุณาเพิ่มมาตรการสำหรับตัวชี้วัดนี้",
     "Indicator {indicator} ({name}) scored {score}, below the target of {target}, but no measure "
     "addresses it. Add a measure for it."},
    {"ITA023",
     "พบชื่อตัวชี้วัด {count} รายการ ({where}) แต่อ่านคะแนนเป็นตัวเลขไม่ได้เลย (เช่น “{found}”) "
     "จึงยังไม่ได้ตรวจสอบคะแนน คะแนนรวม และระดับผลการประเมิน กรุณากรอกคะแนนเป็นตัวเลข เช่น {example}",
     "{count} indicators are named ({where}) but none of their scores reads as a number (e.g. \"{found}\"), "
     "so the scores, the total and the rating were not checked. Enter the scores as numbers, e.g. {example}."},
    {"ITA024",
     "{what, select, rating {ระดับผลการประเมิน} other {คะแนนรวม}} {found} ({where}) ตรวจสอบไม่ได้ "
     "เพราะ{reason, select, "
     "partial {อ่านคะแนนได้เพียง {read} จาก {count} ตัวชี้วัด} "
     "total {ไม่มีคะแนนรวมที่คำนวณหรือระบุไว้ให้เทียบ} "
     "other {ไม่พบคะแนนรายตัวชี้วัดหรือคะแนนรายเครื่องมือ}} "
     "กรุณาใส่คะแนนรายตัวชี้วัดครบทุกตัวเพื่อให้ตรวจสอบได้",
     "The stated {what, select, rating {rating} other {total}} {found} ({where}) could not be checked: "
     "{reason, select, "
     "partial {only {read} of the {count} indicator scores were read} "
     "total {there is no computed or stated total to judge it by} "
     "other {no indicator scores or tool scores were found}}. "
     "Give every indicator''s score so that it can be checked."},

    {"ITA025",
     "มาตรการ “{measure}” ระบุตัวชี้วัดที่ {found} แต่{assumed, select, "
     "latest {เกณฑ์ปีล่าสุดที่มีในระบบ (ปีงบประมาณ พ.ศ. {year} ซึ่งใช้แทนเพราะยังไม่มีเกณฑ์ของปีนี้)} "
     "other {เกณฑ์ปีงบประมาณ พ.ศ. {year}}} มีตัวชี้วัดที่ ๑–{last} เท่านั้น ({where}) "
     "กรุณาตรวจสอบเลขตัวชี้วัด",
     "The measure \"{measure}\" serves indicator {found}, but {assumed, select, "
     "latest {the latest framework on record (FY{year}, taken because this year has none)} "
     "other {the FY{year} framework}} has indicators 1–{last} only ({where}). Check the indicator number."},
    {"ITA026",
     "คะแนนรวม {found} ({where}) ไม่ตรงกับคะแนนที่คำนวณจากคะแนนรายเครื่องมือ ({tools}) "
     "ตามน้ำหนักของปีงบประมาณ พ.ศ. {year} ({weights}) ซึ่งได้ {expected} "
     "กรุณาตรวจสอบคะแนนรวมหรือคะแนนรายเครื่องมือ",
     "The stated total {found} ({where}) does not match the total recomputed from the tool scores ({tools}) "
     "with the FY{year} weights ({weights}): {expected}. Check the total or the tool scores."},
    {"ITA027",
     "ระดับผลการประเมิน {found} ไม่ถูกต้อง ({where}) ตามเกณฑ์ปีงบประมาณ พ.ศ. {year} คะแนนรวม {total} "
     "กับคะแนนรายเครื่องมือ ({tools}) ได้ระดับ {expected}{reason, select, "
     "tool { เพราะ {below} ต่ำกว่า {min} คะแนน ซึ่งระดับ {found} กำหนดให้ทุกเครื่องมือได้ไม่ต่ำกว่านี้} "
     "other {}}",
     "The rating {found} is wrong ({where}): under the FY{year} scheme a total of {total} with the tool "
     "scores {tools} is rated {expected}{reason, select, "
     "tool {, because {below} is below {min}, the minimum every tool needs for {found}} "
     "other {}}."},
    {"ITA028",
     "ข้อความระบุว่าตัวชี้วัดที่ได้คะแนน{kind, select, decrease {ลดลง} other {เพิ่มขึ้น}}มากที่สุดคือ {found} "
     "(เปลี่ยนแปลง {foundChange} คะแนน) แต่ตามตาราง ({table}) คือ {expected} ซึ่งเปลี่ยนแปลง {change} คะแนน "
     "(จาก {previous} เป็น {score}) ({where})",
     "The text names {found} (a change of {foundChange}) as the indicator whose score "
     "{kind, select, decrease {fell} other {rose}} the most, but by the table ({table}) it is {expected}, "
     "with {change} (from {previous} to {score}) ({where})."},
    {"ITA029",
     "ข้อความ ({where}) ระบุว่าคะแนนตัวชี้วัดที่ {indicator} {name} เปลี่ยนแปลง {found} คะแนน "
     "แต่ตามตาราง ({table}) เปลี่ยนแปลง {expected} คะแนน (จาก {previous} เป็น {score})",
     "The text at {where} gives a change of {found} for indicator {indicator} ({name}), but the table "
     "({table}) gives {expected} (from {previous} to {score})."},
    {"ITA030",
     "{agency}: คะแนนรวม {found} ({where}) ไม่ตรงกับคะแนนที่คำนวณจาก{basis, select, "
     "tools {คะแนนรายเครื่องมือ} other {คะแนนรายตัวชี้วัด}}ในแถวเดียวกันตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
     "ซึ่งได้ {expected} กรุณาตรวจสอบคะแนนรวมหรือคะแนนในแถวนี้",
     "{agency}: the total {found} ({where}) does not match the total recomputed from the row''s "
     "{basis, select, tools {tool scores} other {indicator scores}} under the FY{year} framework: {expected}. "
     "Check the total or the row''s scores."},
    {"ITA031",
     "{agency}: ระดับผลการประเมิน {found} ไม่ถูกต้อง ({where}) ตามเกณฑ์ปีงบประมาณ พ.ศ. {year} "
     "คะแนนรวม {total} ได้ระดับ {expected}{reason, select, "
     "tool { เพราะ {below} ต่ำกว่า {min} คะแนน ซึ่งระดับ {found} กำหนดให้ทุกเครื่องมือได้ไม่ต่ำกว่านี้} "
     "other {}}",
     "{agency}: the rating {found} is wrong ({where}): under the FY{year} scheme a total of {total} is rated "
     "{expected}{reason, select, tool {, because {below} is below {min}, the minimum every tool needs for "
     "{found}} other {}}."},
    {"ITA032",
     "{agency} อยู่ในตารางสรุปสองครั้ง ({first} และ {second}) กรุณาตรวจสอบว่าคัดลอกแถวซ้ำหรือใส่ชื่อหน่วยงานผิด",
     "{agency} is listed twice in the summary table ({first} and {second}). Check for a copied row or a "
     "wrong agency name."},
    {"ITA033",
     "{agency}: {kind, select, text {ช่อง {column} ไม่ใช่ตัวเลข (พบ “{found}”)} "
     "other {ยังไม่ได้กรอกช่อง {column}}} ({where}) จึงตรวจสอบแถวนี้ไม่ได้ครบถ้วน",
     "{agency}: {kind, select, text {{column} is not a number (found \"{found}\")} other {{column} is empty}} "
     "({where}), so the row cannot be fully checked."},
    {"ITA034",
     "อ่านคะแนนเป็นผลการประเมินของปีงบประมาณ พ.ศ. {year} ซึ่งเป็นปีที่ได้รับการประเมิน ({where}) "
     "ส่วนเอกสารนี้เป็นของปีงบประมาณ พ.ศ. {documentYear} จึงตรวจคะแนนตามเกณฑ์ปี {year} "
     "และตรวจระยะเวลาของมาตรการตามปี {documentYear} หากคะแนนเป็นผลของปี {documentYear} "
     "ให้ระบุปีนั้นในข้อความผลการประเมิน (หรือใช้คำสั่ง ita --fiscal-year {documentYear})",
     "Scores read as FY{year}, the year of the assessment ({where}); the document is the FY{documentYear} "
     "one. The scores were judged by FY{year}''s rules and the measures'' dates by FY{documentYear}. If the "
     "scores are FY{documentYear}''s, state that year with them (or run ita --fiscal-year {documentYear})."},
    {"ui.noFramework", "ไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ พ.ศ. {year} ในระบบ: เพิ่มไฟล์เกณฑ์ (fy{year}.json)",
     "No ITA framework for FY{year}: add one (fy{year}.json)."},
    {"ui.summary", "พบข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ",
     "{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# "
     "warnings}}"},
    {"ui.noFindings", "ตรวจสอบแล้ว ไม่พบข้อผิดพลาดหรือคำเตือน", "Checked: no errors or warnings."},
    {"ui.severity.error", "ข้อผิดพลาด", "error"},
    {"ui.severity.warning", "คำเตือน", "warning"},
    {"ui.report.title", "ผลการตรวจสอบ ITA", "ITA check results"},
    {"ui.report.code", "รหัส", "Code"},
    {"ui.report.severity", "ประเภท", "Severity"},
    {"ui.report.where", "ตำแหน่ง", "Location"},
    {"ui.report.message", "รายละเอียด", "Message"},
    {"ui.report.expected", "ค่าที่ถูกต้อง", "Expected"},
    {"ui.report.found", "ค่าที่พบ", "Found"},
    {"ui.report.file", "ไฟล์", "File"},

    // Analysis summary sentences (ita::summarySentences). {indicator} is an
    // "analysis.indicator" phrase, {indicators} a list of them joined by "analysis.join.*".
    {"analysis.indicator", "ตัวชี้วัดที่ {number} {name}", "indicator {number} ({name})"},
    {"analysis.join.next", "{list} {item}", "{list}, {item}"},
    {"analysis.join.last", "{list} และ{item}", "{list} and {item}"},
    {"analysis.allEqual", "ทุกตัวชี้วัดได้คะแนนเท่ากัน คือ {score} คะแนน",
     "Every indicator has the same score, {score}."},
    {"analysis.highest", "ตัวชี้วัดที่ได้คะแนนมากที่สุดคือ {indicators} มีคะแนน {score} คะแนน",
     "The highest score, {score}, is that of {indicators}."},
    {"analysis.lowest", "ตัวชี้วัดที่ได้คะแนนน้อยที่สุดคือ {indicators} มีคะแนน {score} คะแนน",
     "The lowest score, {score}, is that of {indicators}."},
    {"analysis.allReachTarget", "ทุกตัวชี้วัดได้คะแนนตั้งแต่เป้าหมาย {target} คะแนนขึ้นไป",
     "Every indicator reaches the target of {target}."},
    {"analysis.belowTarget", "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย {target} คะแนน มี {count} ตัวชี้วัด ได้แก่ {indicators}",
     "{count, plural, one {One indicator scores} other {# indicators score}} below the target of {target}: "
     "{indicators}."},
    {"analysis.belowTarget.item", "{indicator} ({score} คะแนน)", "{indicator} ({score})"},
    {"analysis.previousYear", "ปีงบประมาณ พ.ศ. {year} ({score} คะแนน)", "FY{year} ({score})"},
    {"analysis.change.same", "คะแนนรวมเท่ากับ{previous}", "The total is the same as in {previous}."},
    {"analysis.change.up", "คะแนนรวมเพิ่มขึ้นจาก{previous} {change} คะแนน",
     "The total rose by {change} from {previous}."},
    {"analysis.change.down", "คะแนนรวมลดลงจาก{previous} {change} คะแนน",
     "The total fell by {change} from {previous}."},

    // Why a document cannot be analysed (ita::analyseSource): shown in dialogs and by `ita analyse`.
    {"analysis.error.noYear", "ไม่พบปีงบประมาณในเอกสาร: ระบุปีงบประมาณ", "no fiscal year stated in {document}"},
    {"analysis.error.implausibleYear", "ปีงบประมาณ {year} ในเอกสารไม่น่าจะถูกต้อง: ระบุปีงบประมาณ",
     "the fiscal year {year} stated in {document} is implausible"},
    {"analysis.error.noTable", "ไม่พบตารางคะแนนตัวชี้วัดใน {document}", "no indicator score table found"},
    {"analysis.error.incomplete", "ตารางคะแนนใน {document} ไม่มีคะแนนของตัวชี้วัดที่ {indicators}",
     "scores missing for {count, plural, one {indicator} other {indicators}} {indicators} (FY{year})"},

    // Spreadsheet functions (ita::sheetfn): the reason behind a cell's error value.
    {"function.error.notNumber", "คะแนน “{found}” ไม่ใช่ตัวเลข", "score is not a number: {found}"},
    {"function.error.scoreRange", "คะแนนต้องอยู่ระหว่าง 0–100", "score outside 0-100"},
    {"function.error.count", "ต้องมีคะแนน {expected} ตัวชี้วัด แต่พบ {found}",
     "expected {expected} scores, got {found}"},
    {"function.error.totalRange", "คะแนนรวมต้องอยู่ระหว่าง 0–100", "total outside 0-100"},
    {"function.error.toolRange", "คะแนนเครื่องมือ {tool} ต้องอยู่ระหว่าง 0–100", "{tool} score outside 0-100"},
    {"function.error.toolCount", "เกณฑ์ปีงบประมาณ {year} มี {expected} เครื่องมือ แต่ให้คะแนนมา {found} ค่า",
     "FY{year} has {expected} tools, {found} tool scores given"},
    {"function.error.needTools", "เกณฑ์ปีงบประมาณ {year} ต้องใช้คะแนนเครื่องมือ {tools} จึงจะบอกระดับผลได้",
     "FY{year} needs the {tools} scores to tell the rating"},
    {"function.error.unknownTool", "ไม่มีเครื่องมือ {tool} ในเกณฑ์ปีงบประมาณ {year}", "unknown tool: {tool}"},
    {"function.error.decimals", "จำนวนตำแหน่งทศนิยมต้องอยู่ระหว่าง 0–10", "decimals must be 0-10"},
    {"function.error.notDate", "ไม่ใช่วันที่", "not a date"},

    // ---- Menus and dialogs (menu_dispatcher, Writer marks, ITA > Fill document…) ----
    {"ui.progress.validate", "ITA: กำลังตรวจสอบ…", "ITA: checking…"},
    {"ui.progress.analyse", "ITA: กำลังวิเคราะห์ผล…", "ITA: analysing…"},
    {"ui.progress.fill", "ITA: กำลังกรอกเอกสาร…", "ITA: filling the document…"},
    {"ui.undo.validate", "ITA: ตรวจสอบ", "ITA: check"},
    {"ui.undo.analyse", "ITA: วิเคราะห์ผล", "ITA: analyse"},
    {"ui.undo.clear", "ITA: ล้างเครื่องหมาย", "ITA: clear marks"},
    {"ui.about", "ITA Tools {version}\nเครื่องมือตรวจสอบ วิเคราะห์ผล และกรอกเอกสารการประเมิน ITA\n{id}",
     "ITA Tools {version}\nChecks, analyses and fills the documents of the ITA assessment\n{id}"},
    {"ui.moreFindings", "… และอีก {count} รายการ", "… and {count} more"},
    {"ui.writer.marked", "ใส่ความคิดเห็นไว้ที่ย่อหน้าและเซลล์ที่พบ {count} แห่ง (ล้างได้ที่ ITA > ล้างเครื่องหมายการตรวจสอบ)",
     "{count, plural, one {One comment} other {# comments}} added at the paragraphs and cells concerned "
     "(ITA > Clear marks removes them)."},
    {"ui.writer.wholeDocument", "ทั้งเอกสาร", "the whole document"},

    {"ui.ok", "ตกลง", "OK"},
    {"ui.cancel", "ยกเลิก", "Cancel"},
    {"ui.fill.title", "กรอกเอกสารราชการจากใบคะแนน ITA", "Fill an official document from an ITA score sheet"},
    {"ui.fill.sheet", "ใบคะแนน (ข้อมูลที่ใช้กรอก)", "Score sheet (the data)"},
    {"ui.fill.sheet.this", "เอกสารนี้: {title}", "This document: {title}"},
    {"ui.fill.sheet.open", "ใบคะแนนที่เปิดอยู่: {title}", "Open score sheet: {title}"},
    {"ui.fill.sheet.file", "ไฟล์ใบคะแนน (เลือกไฟล์ด้านล่าง)", "A score-sheet file (choose it below)"},
    {"ui.fill.template", "แบบเอกสาร", "Template"},
    {"ui.fill.template.memo", "บันทึกข้อความ รายงานผลการดำเนินการ", "Memo (บันทึกข้อความ) forwarding the report"},
    {"ui.fill.template.analysis", "รายงานการวิเคราะห์ผลการประเมิน ITA", "Analysis of the ITA result"},
    {"ui.fill.template.measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
     "Measures plan for integrity and transparency"},
    {"ui.fill.template.report", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
     "Implementation report of the measures"},
    {"ui.fill.template.plan", "แนวทางการพัฒนาองค์กรตามผลการประเมิน ITA", "Development plan from the ITA result"},
    {"ui.fill.template.current", "เอกสารนี้เป็นแบบเอกสาร: {title}", "This document as the template: {title}"},
    {"ui.fill.template.file", "ไฟล์แบบเอกสารอื่น .odt .ott .docx (เลือกไฟล์ด้านล่าง)",
     "Another template file, .odt .ott .docx (choose it below)"},
    {"ui.fill.file", "ไฟล์", "File"},
    {"ui.fill.date", "ลงวันที่", "Date of the memo"},
    {"ui.fill.letterNumber", "ที่ (เลขที่หนังสือ)", "Letter number"},
    {"ui.fill.thaiDigits", "ใช้เลขไทย", "Thai digits"},
    {"ui.fill.ok", "กรอกเอกสาร", "Fill"},
    {"ui.fill.unsaved", "ยังไม่ได้บันทึก", "not saved"},
    {"ui.fill.noSheet", "ยังไม่ได้เลือกใบคะแนน: เลือกไฟล์ใบคะแนน หรือเปิดใบคะแนนใน Calc ก่อน",
     "No score sheet chosen: choose a score-sheet file, or open the score sheet in Calc first."},
    {"ui.fill.noTemplateFile", "ยังไม่ได้เลือกไฟล์แบบเอกสาร", "No template file chosen."},
    {"ui.fill.fileMissing", "ไม่พบไฟล์ {file}", "File not found: {file}"},
    {"ui.fill.cannotOpen", "เปิดไฟล์ {file} ไม่ได้", "Cannot open {file}."},
    {"ui.fill.cannotFill", "กรอกเอกสารไม่ได้:\n{message}", "The document cannot be filled:\n{message}"},
    {"ui.fill.errors.question",
     "ใบคะแนนมีข้อผิดพลาด {errors} รายการ เอกสารที่กรอกจะมีข้อผิดพลาดเดียวกันนี้:\n\n{list}\n"
     "ควรแก้ไขใบคะแนนก่อน ต้องการกรอกเอกสารทั้งที่มีข้อผิดพลาดหรือไม่",
     "The score sheet has {errors, plural, one {# error} other {# errors}}, which the filled document "
     "would repeat:\n\n{list}\nBetter correct the sheet first. Fill the document anyway?"},
    {"ui.fill.errors.refused", "ไม่ได้กรอกเอกสาร: ใบคะแนนมีข้อผิดพลาด {errors} รายการ",
     "Nothing filled: the score sheet has {errors, plural, one {# error} other {# errors}}."},
    // ITA > Insert field… (Writer): the fields of docs/fill-language.md §5 with an example each.
    {"ui.insertField.title", "แทรกช่องกรอก", "Insert a field"},
    {"ui.insertField.field", "ช่องกรอก (ชื่อภาษาไทย / ชื่อภาษาอังกฤษ — ตัวอย่าง)",
     "Field (Thai name / English alias — example)"},
    {"ui.insertField.indicator", "ตัวชี้วัดที่ (แทน N)", "Indicator number (for N)"},
    {"ui.insertField.english", "ใช้ชื่อภาษาอังกฤษในเอกสาร", "Use the English alias in the document"},
    {"ui.insertField.ok", "แทรก", "Insert"},
    {"ui.insertField.writerOnly", "แทรกช่องกรอกได้เฉพาะในเอกสาร Writer",
     "Fields can be inserted only into a Writer document."},
    {"ui.insertField.unknown", "ไม่รู้จักช่องกรอก “{name}” (ดูรายการใน docs/fill-language.md)",
     "Unknown field \"{name}\" (see the list in docs/fill-language.md)."},
    {"ui.insertField.readOnly", "แทรกช่องกรอกไม่ได้: ตำแหน่งเคอร์เซอร์อยู่ในส่วนที่แก้ไขไม่ได้",
     "The field cannot be inserted: the cursor is in a part that cannot be edited."},
    {"fill.example.agency", "องค์การบริหารส่วนตำบลโคกสำโรง", "องค์การบริหารส่วนตำบลโคกสำโรง"},
    {"fill.example.agency_type", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล"},
    {"fill.example.district", "โคกสำโรง", "โคกสำโรง"},
    {"fill.example.province", "ลพบุรี", "ลพบุรี"},
    {"fill.example.unit", "สำนักปลัด องค์การบริหารส่วนตำบลโคกสำโรง", "สำนักปลัด องค์การบริหารส่วนตำบลโคกสำโรง"},
    {"fill.example.phone", "๐ ๓๖๔๔ ๑๒๓๔", "0 3644 1234"},
    {"fill.example.letter_code", "ลป ๗๕๒๐๑", "ลป 75201"},
    {"fill.example.executive_position", "นายกองค์การบริหารส่วนตำบลโคกสำโรง", "นายกองค์การบริหารส่วนตำบลโคกสำโรง"},
    {"fill.example.executive_name", "นายสมชาย ใจดี", "นายสมชาย ใจดี"},
    {"fill.example.deputy_name", "นางสาวสมศรี มีสุข", "นางสาวสมศรี มีสุข"},
    {"fill.example.deputy_position", "ปลัดองค์การบริหารส่วนตำบลโคกสำโรง", "ปลัดองค์การบริหารส่วนตำบลโคกสำโรง"},
    {"fill.example.author_name", "นายสมศักดิ์ รักงาน", "นายสมศักดิ์ รักงาน"},
    {"fill.example.author_position", "นิติกรปฏิบัติการ", "นิติกรปฏิบัติการ"},
    {"fill.example.recipient", "นายกองค์การบริหารส่วนตำบลโคกสำโรง", "นายกองค์การบริหารส่วนตำบลโคกสำโรง"},
    {"fill.example.period", "รอบ ๖ เดือน", "รอบ 6 เดือน"},
    {"fill.example.period_range", "ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘", "ตุลาคม 2567 – มีนาคม 2568"},
    {"fill.example.date", "๘ เมษายน ๒๕๖๘", "8 เมษายน 2568"},
    {"fill.example.letter_number", "๑๒๓", "123"},
    {"fill.example.reference", "ลป ๗๕๒๐๑/๑๒๓", "ลป 75201/123"},
    {"fill.example.fiscal_year", "๒๕๖๘", "2568"},
    {"fill.example.previous_year", "๒๕๖๗", "2567"},
    {"fill.example.next_year", "๒๕๖๙", "2569"},
    {"fill.example.fiscal_period", "ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘", "ต.ค. 2567 – ก.ย. 2568"},
    {"fill.example.total", "๘๗.๕๖", "87.56"},
    {"fill.example.rating", "ผ่าน", "ผ่าน"},
    {"fill.example.rating_meaning", "หน่วยงานได้คะแนนรวมตั้งแต่ ๘๕ คะแนนขึ้นไป ผ่านเกณฑ์เป้าหมายของการประเมิน …",
     "หน่วยงานได้คะแนนรวมตั้งแต่ 85 คะแนนขึ้นไป ผ่านเกณฑ์เป้าหมายของการประเมิน …"},
    {"fill.example.target", "๘๕.๐๐", "85.00"},
    {"fill.example.gap", "๐.๐๐", "0.00"},
    {"fill.example.previous_total", "๘๖.๓๑", "86.31"},
    {"fill.example.previous_rating", "ผ่าน", "ผ่าน"},
    {"fill.example.change", "๑.๒๕", "1.25"},
    {"fill.example.iit", "๘๙.๒๐", "89.20"},
    {"fill.example.eit", "๘๘.๑๒", "88.12"},
    {"fill.example.oit", "๘๕.๗๕", "85.75"},
    {"fill.example.strongest_names", "การใช้งบประมาณ และการใช้อำนาจ", "การใช้งบประมาณ และการใช้อำนาจ"},
    {"fill.example.strongest_score", "๙๘.๕๐", "98.50"},
    {"fill.example.weakest_names", "การเปิดเผยข้อมูล", "การเปิดเผยข้อมูล"},
    {"fill.example.weakest_score", "๗๒.๐๐", "72.00"},
    {"fill.example.below_target_count", "๒", "2"},
    {"fill.example.measure_count", "๕", "5"},
    {"fill.example.summary", "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๗.๕๖ คะแนน อยู่ในระดับ ผ่าน",
     "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 87.56 คะแนน อยู่ในระดับ ผ่าน"},
    {"fill.example.iN", "๘๗.๕๐", "87.50"},
    {"fill.example.iN_name", "การเปิดเผยข้อมูล", "การเปิดเผยข้อมูล"},
    {"fill.example.iN_rank", "๓", "3"},
    {"fill.example.iN_previous", "๘๐.๒๕", "80.25"},
    {"fill.example.iN_change", "๗.๒๕", "7.25"},
    // Places in a document (Location::where, Location::whereEn).
    {"report.copyCleaned",
     "สำเนานี้นำมาโครและการผูกเหตุการณ์ออก {macros} รายการ และเปลี่ยนลิงก์ไปยังไฟล์อื่น {links} รายการเป็นค่าที่แสดงอยู่ "
     "(ไฟล์ต้นฉบับไม่ถูกแก้ไข)",
     "This copy had {macros} macro modules and event bindings removed and {links} links to other files turned "
     "into the values they showed (the original file is unchanged)."},
    {"location.row", "แถวที่ {row}", "row {row}"},
    {"location.paragraph", "ย่อหน้าที่ {number}", "paragraph {number}"},
    // A place in a Word template's footnotes or endnotes part (its paragraphs counted apart).
    {"location.footnotes", "เชิงอรรถ: {where}", "footnotes: {where}"},
    {"location.endnotes", "อ้างอิงท้ายเรื่อง: {where}", "endnotes: {where}"},
    {"location.sheetCell", "ชีต ''{sheet}'' เซลล์ {cell}", "sheet ''{sheet}'' cell {cell}"},
    {"location.tableCell", "ตาราง {table} แถว {row} คอลัมน์ {column}",
     "table {table} row {row} column {column}"},

    // Spreadsheet functions (the Calc add-in's function wizard): "function.<method>.name",
    // ".description", ".arg.<argument>" and ".arg.<argument>.description". The display
    // names are stored in no document (Calc stores the method), but users type them.
    {"function.itaTotal.name", "ITA.คะแนนรวม", "ITA.TOTAL"},
    {"function.itaTotal.description", "คะแนนรวม ITA (ถ่วงน้ำหนัก) ของคะแนน ๑๐ ตัวชี้วัด ตามเกณฑ์ของปีงบประมาณ",
     "Weighted ITA total of the ten indicator scores under the fiscal year''s framework"},
    {"function.itaTotal.arg.scores", "คะแนน", "scores"},
    {"function.itaTotal.arg.scores.description", "คะแนนตัวชี้วัดที่ ๑–๑๐ เรียงตามลำดับตัวชี้วัด (ตัวเลขหรือข้อความเลขไทย)",
     "The ten indicator scores in indicator order (numbers or Thai-digit text)"},
    {"function.itaTotal.arg.fiscal_year", "ปีงบประมาณ", "fiscal_year"},
    {"function.itaTotal.arg.fiscal_year.description", "ปีงบประมาณ พ.ศ. เช่น 2567",
     "Fiscal year in Buddhist Era, e.g. 2567"},
    {"function.itaRating.name", "ITA.ระดับผล", "ITA.RATING"},
    {"function.itaRating.description", "ระดับผลการประเมินของคะแนนรวม ตามเกณฑ์ของปีงบประมาณ",
     "Rating of an ITA total for the fiscal year"},
    {"function.itaRating.arg.total", "คะแนนรวม", "total"},
    {"function.itaRating.arg.total.description", "คะแนนรวม ITA", "The ITA total"},
    {"function.itaRating.arg.fiscal_year", "ปีงบประมาณ", "fiscal_year"},
    {"function.itaRating.arg.fiscal_year.description", "ปีงบประมาณ พ.ศ.", "Fiscal year in Buddhist Era"},
    {"function.itaRating.arg.iit", "IIT", "IIT"},
    {"function.itaRating.arg.iit.description", "คะแนนเครื่องมือ IIT (ใช้ตั้งแต่ปี ๒๕๖๖)",
     "IIT tool score (needed from FY2566)"},
    {"function.itaRating.arg.eit", "EIT", "EIT"},
    {"function.itaRating.arg.eit.description", "คะแนนเครื่องมือ EIT (ใช้ตั้งแต่ปี ๒๕๖๖)",
     "EIT tool score (needed from FY2566)"},
    {"function.itaRating.arg.oit", "OIT", "OIT"},
    {"function.itaRating.arg.oit.description", "คะแนนเครื่องมือ OIT (ใช้ตั้งแต่ปี ๒๕๖๖)",
     "OIT tool score (needed from FY2566)"},
    {"function.itaToolScore.name", "ITA.คะแนนเครื่องมือ", "ITA.TOOLSCORE"},
    {"function.itaToolScore.description", "คะแนนของเครื่องมือ (IIT, EIT หรือ OIT) คือค่าเฉลี่ยของตัวชี้วัดในเครื่องมือนั้น",
     "Score of one tool (IIT, EIT or OIT): the mean of its indicators"},
    {"function.itaToolScore.arg.scores", "คะแนน", "scores"},
    {"function.itaToolScore.arg.scores.description", "คะแนนตัวชี้วัดที่ ๑–๑๐",
     "The ten indicator scores in indicator order"},
    {"function.itaToolScore.arg.fiscal_year", "ปีงบประมาณ", "fiscal_year"},
    {"function.itaToolScore.arg.fiscal_year.description", "ปีงบประมาณ พ.ศ.", "Fiscal year in Buddhist Era"},
    {"function.itaToolScore.arg.tool", "เครื่องมือ", "tool"},
    {"function.itaToolScore.arg.tool.description", "\"IIT\", \"EIT\" หรือ \"OIT\"",
     "\"IIT\", \"EIT\" or \"OIT\""},
    {"function.itaThaiDigits.name", "ITA.เลขไทย", "ITA.THAIDIGITS"},
    {"function.itaThaiDigits.description", "แปลงตัวเลขเป็นเลขไทย", "Text with Thai digits"},
    {"function.itaThaiDigits.arg.value", "ค่า", "value"},
    {"function.itaThaiDigits.arg.value.description", "ตัวเลขหรือข้อความ", "A number or a text"},
    {"function.itaThaiDigits.arg.decimals", "ทศนิยม", "decimals"},
    {"function.itaThaiDigits.arg.decimals.description", "จำนวนตำแหน่งทศนิยม (ค่าเริ่มต้น ๒)",
     "Decimals for a number (default 2)"},
    {"function.itaArabicDigits.name", "ITA.เลขอารบิก", "ITA.ARABICDIGITS"},
    {"function.itaArabicDigits.description", "แปลงเลขไทยเป็นเลขอารบิก", "Text with Arabic digits"},
    {"function.itaArabicDigits.arg.text", "ข้อความ", "text"},
    {"function.itaArabicDigits.arg.text.description", "ข้อความที่มีเลขไทย", "A text with Thai digits"},
    {"function.itaThaiDate.name", "ITA.วันที่ไทย", "ITA.THAIDATE"},
    {"function.itaThaiDate.description", "วันที่ภาษาไทยแบบพุทธศักราช",
     "A date in Thai with the Buddhist-Era year"},
    {"function.itaThaiDate.arg.date", "วันที่", "date"},
    {"function.itaThaiDate.arg.date.description", "วันที่", "A date"},
    {"function.itaThaiDate.arg.form", "รูปแบบ", "form"},
    {"function.itaThaiDate.arg.form.description", "0 = แบบเต็ม (ค่าเริ่มต้น) 1 = แบบย่อ",
     "0 = \"8 เมษายน 2565\" in full (default), 1 = short \"8 เม.ย. 65\""},

    // Names of the sheets and page styles the extension writes. Documents carry them and
    // reading skips sheets of these names: never change the Thai.
    {"sheet.report.name", "ITA ผลการตรวจสอบ", "ITA check results"},
    {"sheet.report.pageStyle", "ITA รายงานผลการตรวจสอบ", "ITA check report"},
    {"sheet.analysis.name", "ITA วิเคราะห์ผล", "ITA analysis"},
    {"sheet.analysis.pageStyle", "ITA วิเคราะห์ผล", "ITA analysis"},

    // The report sheet (Calc: ITA > Check).
    {"report.unsaved", "(เอกสารที่ยังไม่ได้บันทึก)", "(unsaved document)"},
    {"report.year", "ปีงบประมาณ พ.ศ. {year}", "Fiscal year (BE) {year}"},
    {"report.noYear", "ปีงบประมาณ: ไม่พบในเอกสาร", "Fiscal year: not found in the document"},
    {"report.totals", "คะแนนรวมที่ระบุในเอกสาร: {stated}    คะแนนรวมที่คำนวณได้: {computed}",
     "Total stated in the document: {stated}    computed total: {computed}"},
    {"report.ratings", "ระดับผลการประเมินที่ระบุ: {stated}    ระดับผลการประเมินตามคะแนน: {computed}",
     "Rating stated: {stated}    rating by the total: {computed}"},
    {"report.undoMarks", "ITA: เครื่องหมาย", "ITA: marks"},

    // The analysis sheet (Calc: ITA > Analyse).
    {"sheet.analysis.title", "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. {year}",
     "Analysis of the Integrity and Transparency Assessment (ITA), fiscal year {year}"},
    {"sheet.analysis.total", "คะแนนรวม", "Total"},
    {"sheet.analysis.rating", "ระดับผลการประเมิน", "Rating"},
    {"sheet.analysis.meaning", "ความหมาย", "Meaning"},
    {"sheet.analysis.target", "เป้าหมาย", "Target"},
    {"sheet.analysis.previousTotal", "คะแนนรวมปีก่อน", "Previous year''s total"},
    {"sheet.analysis.change", "เปลี่ยนแปลง", "Change"},
    {"sheet.analysis.tools", "คะแนนรายเครื่องมือ", "Scores by tool"},
    {"sheet.analysis.tool", "เครื่องมือ", "Tool"},
    {"sheet.analysis.toolName", "ชื่อเครื่องมือ", "Tool name"},
    // Header lines broken by hand at word boundaries: Calc would break inside Thai words.
    {"sheet.analysis.weight", "น้ำหนัก\n(ร้อยละ)", "Weight\n(%)"},
    {"sheet.analysis.score", "คะแนน", "Score"},
    {"sheet.analysis.weighted", "คะแนน\nถ่วงน้ำหนัก", "Weighted\nscore"},
    {"sheet.analysis.ranking", "อันดับคะแนนรายตัวชี้วัด", "Indicators ranked by score"},
    {"sheet.analysis.rank", "อันดับ", "Rank"},
    {"sheet.analysis.number", "ตัวชี้วัดที่", "No."},
    {"sheet.analysis.indicatorName", "ชื่อตัวชี้วัด", "Indicator"},
    {"sheet.analysis.previous", "ปีก่อน", "Previous year"},
    {"sheet.analysis.status", "สถานะเทียบ\nเป้าหมาย {target}", "Against the\ntarget of {target}"},
    {"sheet.analysis.below", "ต่ำกว่าเป้าหมาย", "Below the target"},
    {"sheet.analysis.reached", "ผ่านเป้าหมาย", "Target reached"},
    {"sheet.analysis.summary", "สรุปผล", "Summary"},
    {"sheet.analysis.indicator", "ตัวชี้วัด", "Indicator"},
    {"sheet.analysis.targetOf", "เป้าหมาย {target}", "Target {target}"},
    {"sheet.analysis.chartTitle", "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. {year}",
     "Scores by indicator, fiscal year {year}"},

    // The new-score-sheet dialog (Calc: ITA > New score sheet).
    {"scoreSheet.title", "ใบคะแนน ITA ใหม่", "New ITA score sheet"},
    {"scoreSheet.year", "ปีงบประมาณ พ.ศ. ของใบคะแนน", "Fiscal year (BE) of the score sheet"},
    {"scoreSheet.yearKnown", "ปีงบประมาณ พ.ศ. ของใบคะแนน (มีเกณฑ์ {years})",
     "Fiscal year (BE) of the score sheet (frameworks: {years})"},
    {"scoreSheet.askYear", "กรุณาระบุปีงบประมาณเป็นปี พ.ศ. เช่น {example}",
     "Enter the fiscal year in the Buddhist Era, e.g. {example}"},
    {"ui.ok", "ตกลง", "OK"},
    {"ui.cancel", "ยกเลิก", "Cancel"},

    // `ita validate` and `ita analyse` as text.
    {"cli.ok", "ถูกต้อง", "OK"},
    {"cli.error", "ผิด", "error"},
    {"cli.warning", "เตือน", "warning"},
    {"cli.facts",
     "[ปีงบประมาณ {year}; คะแนนรวม {statedTotal} / {computedTotal}; ระดับ {statedRating} / {computedRating}]",
     "[FY {year}; total {statedTotal} / {computedTotal}; rating {statedRating} / {computedRating}]"},
    {"cli.facts.documentYear", "{year} (เอกสารของปี {documentYear})", "{year} (the document is FY{documentYear})"},
    {"cli.unreadable", "อ่านไม่ได้: {reason}", "unreadable: {reason}"},
    {"cli.files",
     "{files} ไฟล์, {withErrors} ไฟล์มีข้อผิดพลาด, {unreadable} ไฟล์อ่านไม่ได้; {errors} ข้อผิดพลาด, {warnings} คำเตือน",
     "{files} files, {withErrors} with errors, {unreadable} unreadable; {errors} errors, {warnings} "
     "warnings"},
    {"cli.analysis.facts", "ปีงบประมาณ {year}  คะแนนรวม {total}  ระดับ {rating}",
     "FY {year}  total {total}  rating {rating}"},
    {"cli.analysis.ranking", "อันดับ  ตัวชี้วัด", "rank  indicator"},
    {"cli.analysis.previous", "เทียบกับปีก่อน {total} ({change})",
     "against the previous year {total} ({change})"},

    // Why `ita` cannot read a file. The English is the "error" of the JSON output, which
    // scripts match: never change it (msg::unreadableReason maps it back to its key).
    {"unreadable.notFound", "ไม่พบไฟล์", "file not found"},
    {"unreadable.folder", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file"},
    {"unreadable.notRegular", "ไม่ใช่ไฟล์ปกติ", "not a regular file"},
    {"unreadable.permission", "ไม่มีสิทธิ์อ่านไฟล์", "permission denied"},
    {"unreadable.cannotRead", "อ่านไฟล์ไม่ได้: {detail}", "cannot be read: {detail}"},
    {"unreadable.empty", "ไฟล์ว่าง", "empty file"},
    {"unreadable.plainText",
     "{kind, select, spreadsheet {ไม่ใช่ตารางคำนวณ} text {ไม่ใช่เอกสารข้อความ} other {ไม่ใช่เอกสาร}}: "
     "เป็นข้อความล้วน",
     "{kind, select, spreadsheet {not a spreadsheet} text {not a text document} other {not a document}}: "
     "plain text"},
    {"unreadable.unrecognised",
     "{kind, select, spreadsheet {ไม่ใช่ตารางคำนวณ} text {ไม่ใช่เอกสารข้อความ} other {ไม่ใช่เอกสาร}}: "
     "LibreOffice ไม่รู้จักเนื้อหาของไฟล์",
     "{kind, select, spreadsheet {not a spreadsheet} text {not a text document} other {not a document}}: "
     "LibreOffice does not recognise its content"},
    {"unreadable.password", "ไฟล์ถูกตั้งรหัสผ่าน", "password-protected"},
    {"unreadable.cannotOpen", "เปิดไฟล์ไม่ได้: {detail}", "cannot be opened: {detail}"},
    {"unreadable.notDocument", "เปิดไฟล์ไม่ได้ (ไม่ใช่เอกสารที่ LibreOffice อ่านได้)",
     "cannot be opened (not a document LibreOffice can read)"},
    {"unreadable.officeStopped", "LibreOffice หยุดทำงานระหว่างอ่านไฟล์นี้ ({detail})",
     "the office stopped while reading this file ({detail})"},
    {"unreadable.timeout", "LibreOffice ใช้เวลากับไฟล์นี้นานเกิน {detail} วินาที จึงถูกหยุด",
     "the office took longer than {detail} s on this file and was stopped"},
    {"unreadable.damaged", "ไฟล์เสียหาย: ไฟล์ไม่ครบหรือโครงสร้าง zip ผิดรูปแบบ",
     "damaged: the file is cut short or its zip structure is broken"},
    {"unreadable.tooLarge", "ไฟล์ใหญ่เกินไป: เนื้อหาแตกออกได้ {detail} MB (ITA Tools อ่านได้ไม่เกิน 256 MB)",
     "too large: its content unpacks to {detail} MB (ITA Tools reads up to 256 MB)"},
};

const Entry *find(std::string_view key) {
    for (const Entry &e : kCatalogue)
        if (key == e.key) return &e;
    return nullptr;
}

struct Compiled {
    std::unique_ptr<icu::MessageFormat> format;
    std::vector<icu::UnicodeString> pluralArgs; // arguments that must be passed as numbers
};

std::vector<icu::UnicodeString> pluralArguments(const icu::UnicodeString &pattern) {
    std::vector<icu::UnicodeString> names;
    UErrorCode st = U_ZERO_ERROR;
    icu::MessagePattern mp(pattern, nullptr, st);
    if (U_FAILURE(st)) return names;
    for (int32_t i = 0; i + 1 < mp.countParts(); ++i) {
        const auto &part = mp.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
        const UMessagePatternArgType t = part.getArgType();
        if (t == UMSGPAT_ARG_TYPE_PLURAL || t == UMSGPAT_ARG_TYPE_SELECTORDINAL)
            names.push_back(mp.getSubstring(mp.getPart(i + 1)));
    }
    return names;
}

// MessageFormat is not safe to share between threads while formatting: one per thread.
const Compiled *compiled(const Entry &e, Lang lang) {
    thread_local std::unordered_map<const Entry *, Compiled> cache[2];
    auto &slot = cache[lang == Lang::Th ? 0 : 1][&e];
    if (!slot.format) {
        const icu::UnicodeString pattern = icu::UnicodeString::fromUTF8(lang == Lang::Th ? e.th : e.en);
        UErrorCode st = U_ZERO_ERROR;
        auto f = std::make_unique<icu::MessageFormat>(pattern,
                                                      icu::Locale(lang == Lang::Th ? "th_TH" : "en_US"), st);
        if (U_FAILURE(st)) return nullptr;
        slot.format = std::move(f);
        slot.pluralArgs = pluralArguments(pattern);
    }
    return &slot;
}

std::string toUtf8(const icu::UnicodeString &u) {
    std::string s;
    u.toUTF8String(s);
    return s;
}

// Last resort when ICU refuses (a plural count that is not a number): keep every argument.
std::string fallback(std::string_view key, const Args &args) {
    std::string s(key);
    for (const auto &[k, v] : args)
        s.append(" ").append(k).append("=").append(v);
    return s;
}

} // namespace

bool has(std::string_view key) {
    return find(key) != nullptr;
}

std::vector<std::string_view> allKeys() {
    std::vector<std::string_view> out;
    for (const Entry &e : kCatalogue)
        out.emplace_back(e.key);
    return out;
}

std::string text(std::string_view key, Lang lang, const Args &args) {
    const Entry *e = find(key);
    if (!e) return std::string(key);
    const Compiled *c = compiled(*e, lang);
    if (!c) return fallback(key, args);

    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve(args.size());
    values.reserve(args.size());
    for (const auto &[k, v] : args) {
        names.push_back(icu::UnicodeString::fromUTF8(k));
        bool plural = false;
        for (const auto &p : c->pluralArgs)
            plural = plural || p == names.back();
        if (plural) {
            const auto n = thai::parseNumber(v);
            if (!n) return fallback(key, args);
            values.emplace_back(*n);
        } else {
            values.emplace_back(icu::UnicodeString::fromUTF8(v));
        }
    }
    icu::UnicodeString out;
    UErrorCode st = U_ZERO_ERROR;
    c->format->format(names.data(), values.data(), static_cast<int32_t>(values.size()), out, st);
    if (U_FAILURE(st)) return fallback(key, args);
    return toUtf8(out);
}

std::string unreadableReason(std::string_view english, Lang lang) {
    if (lang == Lang::En) return std::string(english);
    static const char *const keys[] = {
        "unreadable.notFound",   "unreadable.folder",       "unreadable.notRegular",
        "unreadable.permission", "unreadable.cannotRead",   "unreadable.empty",
        "unreadable.plainText",  "unreadable.unrecognised", "unreadable.password",
        "unreadable.cannotOpen", "unreadable.notDocument",  "unreadable.officeStopped",
        "unreadable.timeout",    "unreadable.tooLarge",     "unreadable.damaged"};
    // The English pattern with a mark where {detail} goes: the text around it must match.
    constexpr std::string_view hole = "\x1f";
    for (const char *key : keys)
        for (const char *kind : {"spreadsheet", "text", "other"}) {
            const std::string pattern = en(key, {{"kind", kind}, {"detail", std::string(hole)}});
            const size_t at = pattern.find(hole);
            if (at == std::string::npos) {
                if (english == pattern) return text(key, lang, {{"kind", kind}});
                continue;
            }
            const std::string_view before = std::string_view(pattern).substr(0, at);
            const std::string_view after = std::string_view(pattern).substr(at + hole.size());
            if (english.size() >= before.size() + after.size() &&
                english.substr(0, before.size()) == before &&
                english.substr(english.size() - after.size()) == after)
                return text(key, lang,
                            {{"kind", kind},
                             {"detail", std::string(english.substr(
                                            before.size(), english.size() - before.size() - after.size()))}});
        }
    return std::string(english);
}

} // namespace ita::msg

namespace ita {

UserError::UserError(std::string key, msg::Args th, msg::Args en)
    : std::runtime_error(msg::th(key, th) + " (" + msg::en(key, en) + ")"), key_(std::move(key)),
      th_(std::move(th)), en_(std::move(en)) {}

} // namespace ita
