#!/bin/sh
# examples.sh: installs what is missing, builds, and runs the main job on the
# bundled examples/: validate every submission and print the findings (with a
# marked copy of each spreadsheet, .ods + .pdf), write the analysis of a score
# sheet (workbook copy + PDF) and fill the memo and the analysis report from the
# example score sheet, under out/. Re-running replaces out/ (--force).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${ITA_BUILD_DIR:-$ROOT/build}
"$ROOT/scripts/build.sh" "$BUILD"
ITA="$BUILD/ita"
OUT="$ROOT/out"
mkdir -p "$OUT"
cd "$ROOT"
FILES=""
for f in examples/*.ods examples/*.xlsx examples/*.xls examples/*.odt examples/*.docx; do
    [ -e "$f" ] && FILES="$FILES $f"
done
echo "== ita validate examples/* =="
# exit code 1 means "findings of severity error": expected for the broken examples
set +e
# shellcheck disable=SC2086
"$ITA" validate --force --marked-copies "$OUT/marked" $FILES
rc=$?
set -e
[ $rc -le 1 ] || { echo "validate failed (exit $rc)" >&2; exit $rc; }
# shellcheck disable=SC2086
"$ITA" validate --format json $FILES > "$OUT/findings.json" || true
echo
for f in examples/*.ods; do
    [ -e "$f" ] || continue
    b=$(basename "$f" .ods)
    case "$b" in *broken*|*error*) continue ;; esac
    echo "== ita analyse $f =="
    "$ITA" analyse "$f" --force --output "$OUT/$b-analysis.ods" --pdf "$OUT/$b-analysis.pdf"
done
echo
# The official documents a clerk signs, filled from the example score sheet.
SHEET=examples/sao-nongbua-fy2567.ods
for t in memo analysis; do
    echo "== ita fill --template $t --data $SHEET =="
    "$ITA" fill --force --template "$t" --data "$SHEET" --out "$OUT/$t.odt"
    "$ITA" fill --force --template "$t" --data "$SHEET" --out "$OUT/$t.pdf"
done
echo
echo "written: $OUT/findings.json, marked copies of the spreadsheets in $OUT/marked/, the analyses,"
echo "and the memo and the analysis report filled from $SHEET ($OUT/memo.odt/.pdf, $OUT/analysis.odt/.pdf)"
