// The rules, in the order they run: the one place a rule is registered. Order matters
// where a rule reads what earlier ones found (noted below); the findings are sorted by
// place and code afterwards, so it changes nothing else.
#include "core/validate/rule.hpp"

namespace ita::rules {

extern const Rule noFramework, assessedYearAssumed, noFiscalYear, missingIndicator, duplicateIndicator,
    scoreNotNumber, scoreOutOfRange, wrongTool, totalMismatch, ratingWrong, implausibleYear,
    crossTableMismatch, textFigureMismatch, rankingWrong, extremeClaimWrong, mixedDigits, noScoreTable,
    measureNoUnit, measurePeriod, targetNotAddressed, scoresNotRead, measureUnknownIndicator,
    toolScoreTotalWrong, toolScoreWrong, changeClaimWrong, provinceRows, figureNotChecked;

} // namespace ita::rules

namespace ita {

const std::vector<const Rule *> &allRules() {
    using namespace rules;
    static const std::vector<const Rule *> list = {
        &noFramework,
        &assessedYearAssumed,
        &noFiscalYear,
        &missingIndicator,
        &duplicateIndicator,
        &scoreNotNumber,
        &scoreOutOfRange,
        &wrongTool,
        &totalMismatch,
        &ratingWrong,
        &implausibleYear,
        &crossTableMismatch,
        &textFigureMismatch,
        &rankingWrong,
        &extremeClaimWrong,
        &mixedDigits,
        &noScoreTable,
        &measureNoUnit,
        &measurePeriod,
        &targetNotAddressed,
        &scoresNotRead,
        &measureUnknownIndicator,
        &toolScoreTotalWrong, // after rating: a rating it finds wrong is said once
        &toolScoreWrong,
        &changeClaimWrong,
        &provinceRows,
        // Last: it stays silent when an earlier finding already says why a figure went unchecked.
        &figureNotChecked,
    };
    return list;
}

} // namespace ita
