#!/bin/sh
# convert-fixtures.sh <soffice> <workdir> <outdir> FILE...
# Turns flat ODF sources into the formats clerks send: .fods -> .ods + .xlsx + .xls
# (Excel 97-2003) + .csv (the first sheet, UTF-8, comma separated: what a province
# exports), .fodt -> .odt +
# .docx + .doc (Word 97-2003). One office run per target format (starting an office
# costs ~0.7 s; converting one file ~30 ms).
set -eu
SOFFICE=$1; WORK=$2; OUT=$3; shift 3
mkdir -p "$WORK/tmp" "$WORK/home" "$OUT"
run() { # <filter> files...
    f=$1; shift
    [ $# -gt 0 ] || return 0
    env -u UNO_TYPES -u UNO_SERVICES -u URE_BOOTSTRAP TMPDIR="$WORK/tmp" HOME="$WORK/home" \
      "$SOFFICE" --headless --invisible --norestore --nologo --nolockcheck \
      "-env:UserInstallation=file://$WORK/profile" --convert-to "$f" --outdir "$OUT" "$@" \
      >"$WORK/convert.log" 2>&1 || { cat "$WORK/convert.log" >&2; exit 1; }
    recordVersion
}
# After the first start, the profile records that this office version has run, as
# the desktop's first-start dialogs would (they never open headless): otherwise
# every start runs the office's graphics render tests, ~4 s each.
XCD="$(dirname "$SOFFICE")/../share/registry/main.xcd"
recordVersion() {
    XCU="$WORK/profile/user/registrymodifications.xcu"
    [ -f "$XCU" ] && [ -f "$XCD" ] || return 0
    grep -q ooSetupLastVersion "$XCU" && return 0
    V=$(sed -n '/name="ooSetupVersion">$/{n;s/.*<value>\([^<]*\)<.*/\1/p;q}' "$XCD")
    [ -n "$V" ] || return 0
    sed -i "s|</oor:items>|<item oor:path=\"/org.openoffice.Setup/Product\"><prop oor:name=\"ooSetupLastVersion\" oor:op=\"fuse\"><value>$V</value></prop></item>\n</oor:items>|" "$XCU"
}
SHEETS=""; TEXTS=""
for f in "$@"; do
    case "$f" in *.fods) SHEETS="$SHEETS $f" ;; *.fodt) TEXTS="$TEXTS $f" ;; esac
done
# shellcheck disable=SC2086
run ods $SHEETS
# shellcheck disable=SC2086
run "xlsx:Calc MS Excel 2007 XML" $SHEETS
# shellcheck disable=SC2086
run "xls:MS Excel 97" $SHEETS
# shellcheck disable=SC2086
run "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true" $SHEETS
# shellcheck disable=SC2086
run odt $TEXTS
# shellcheck disable=SC2086
run "docx:MS Word 2007 XML" $TEXTS
# shellcheck disable=SC2086
run "doc:MS Word 97" $TEXTS
for f in "$@"; do
    b=$(basename "$f"); b=${b%.*}
    case "$f" in
        *.fods) [ -f "$OUT/$b.ods" ] && [ -f "$OUT/$b.xlsx" ] && [ -f "$OUT/$b.xls" ] && [ -f "$OUT/$b.csv" ] || { echo "conversion of $f failed" >&2; cat "$WORK/convert.log" >&2; exit 1; } ;;
        *.fodt) [ -f "$OUT/$b.odt" ] && [ -f "$OUT/$b.docx" ] && [ -f "$OUT/$b.doc" ] || { echo "conversion of $f failed" >&2; exit 1; } ;;
    esac
done
