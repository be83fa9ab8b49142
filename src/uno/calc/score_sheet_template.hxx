// The words the bundled score-sheet template (templates/ita-score-sheet.fods) is laid
// out with. Cells are found by these labels, not by address, so that the template's
// layout may change without touching the code. They are the template's vocabulary,
// matched against its cells, not messages: they change only with the template.
#pragma once

namespace ita::lo::score_template {

inline constexpr char kSheet[] = "คะแนน ITA";
inline constexpr char kYearLabel[] = "ปีงบประมาณ";
inline constexpr char kNumberHeader[] = "ตัวชี้วัดที่";
inline constexpr char kNameHeader[] = "ตัวชี้วัด";
inline constexpr char kToolHeader[] = "เครื่องมือ";
inline constexpr char kAgencyLabel[] = "หน่วยงาน";

} // namespace ita::lo::score_template
