// The measures sheet/table (มาตรการ): one row per measure.
#pragma once

#include "core/frameworks/framework.hpp"
#include "core/model/grid.hpp"
#include "core/text/thai_text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ita {

enum class MeasureStatus {
    Unknown,
    NotStarted,
    InProgress,
    Done
}; // ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้ว

struct MeasureRow {
    int grid = -1;
    int row = -1;
    std::string measure;
    Location measureAt;
    std::vector<int> indicators; // indicators it addresses ("1, 5" / "๑,๕" / names); numbers up to 20
                                 // are kept even when the framework has no such indicator ("๑๑")
    std::optional<Location> indicatorsAt;
    std::string responsible;
    std::optional<Location> responsibleAt;
    std::optional<thai::Date> start, end; // parsed from date cells or "ต.ค. ๖๕ - ก.ย. ๖๖"
    std::string periodText;
    std::optional<Location> periodAt; // the start (or period) cell
    std::optional<Location> startAt, endAt; // the start and end cells, when the table has both columns
    MeasureStatus status = MeasureStatus::Unknown;
};

// Finds measures tables (a header row with "มาตรการ" and "ผู้รับผิดชอบ") in any grid.
// Without a framework the indicators column is read from numbers only ("1, 5", "ตัวชี้วัดที่ ๕").
std::vector<MeasureRow> readMeasures(const SourceDocument &doc);
// The same, also reading indicator names in the indicators column ("การเปิดเผยข้อมูล").
std::vector<MeasureRow> readMeasures(const SourceDocument &doc, const Framework &fw);

// "ต.ค. ๖๕ - ก.ย. ๖๖", "ตุลาคม ๒๕๖๔ – มีนาคม ๒๕๖๕", "1 ต.ค. 2565": first and last day.
struct Period {
    thai::Date start, end;
};
std::optional<Period> parsePeriod(std::string_view text);

} // namespace ita
