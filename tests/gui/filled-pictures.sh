#!/bin/sh
# filled-pictures.sh [build-dir]: docs/filled-*.png, page one of each shipped template as
# `ita fill` makes it from the example score sheet, exported to PDF by the office and
# rendered at 70 dpi. The templates are set in TH SarabunPSK, which Debian lacks: its
# stand-in Laksaman comes with a 0.66 scale that LibreOffice ignores, so lines would wrap
# half as early again as on a clerk's PC and the memo would spill onto a second page. The
# office here sees a private copy of Laksaman at TH SarabunPSK's size instead
# (sarabun_metrics_font.py); nothing is installed.
#   needs: fonts-tlwg-laksaman (in fonts-thai-tlwg), poppler-utils, python3
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
WORK="$BUILD/pictures"
FONTS="$WORK/fonts"
rm -rf "$WORK/out"
mkdir -p "$FONTS" "$WORK/out"
for style in "" -Bold -Italic -BoldItalic; do
    python3 "$ROOT/tests/gui/sarabun_metrics_font.py" "/usr/share/fonts/truetype/tlwg/Laksaman$style.ttf" \
        "$FONTS/THSarabunPSK$style.ttf"
done
cat >"$WORK/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$FONTS</dir>
  <cachedir>$WORK/fc-cache</cachedir>
</fontconfig>
CONF
export FONTCONFIG_FILE="$WORK/fonts.conf"
fc-match "TH SarabunPSK" | grep -q THSarabunPSK || { echo "the private TH SarabunPSK is not found" >&2; exit 1; }
export ITA_OFFICE_WORKDIR="$WORK/office"
for t in memo analysis measures report plan; do
    "$BUILD/ita" fill --template "$t" --data "$ROOT/examples/sao-nongbua-fy2567.ods" --out "$WORK/out/$t.pdf" >/dev/null
    echo "$t: $(pdfinfo "$WORK/out/$t.pdf" | sed -n 's/^Pages: *//p') page(s), fonts: $(pdffonts "$WORK/out/$t.pdf" |
        awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | tr '\n' ' ')"
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$WORK/out/$t.pdf" "$ROOT/docs/filled-$t"
done
