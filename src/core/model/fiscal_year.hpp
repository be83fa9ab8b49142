// "This year" and which fiscal years a document can be about: one definition for
// validation, analysis and the score-sheet dialog.
#pragma once

namespace ita {

// The calendar year today, Buddhist Era, local time.
int clockYearBE();
// The fiscal year running today: fiscal year N runs from 1 October N-1 to 30 September N.
int currentFiscalYearBE();
// A fiscal year an ITA document can state: from 2550 up to two years after currentBE.
bool plausibleFiscalYear(int yearBE, int currentBE);

} // namespace ita
