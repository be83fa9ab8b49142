#!/bin/sh
# convert-document.sh <soffice> <workdir> <ext:filter> <input> <output>
# Converts a flat ODF source (templates/*.fods) into a packaged document with
# a headless office in a private profile under <workdir>: never the user's.
set -eu
SOFFICE=$1; WORK=$2; FILTER=$3; IN=$4; OUT=$5
mkdir -p "$WORK/tmp" "$WORK/home" "$WORK/out" "$(dirname "$OUT")"
EXT=${FILTER%%:*}
env -u UNO_TYPES -u UNO_SERVICES -u URE_BOOTSTRAP TMPDIR="$WORK/tmp" HOME="$WORK/home" \
  "$SOFFICE" --headless --invisible --norestore --nologo --nolockcheck \
  "-env:UserInstallation=file://$WORK/profile" \
  --convert-to "$FILTER" --outdir "$WORK/out" "$IN" >"$WORK/convert.log" 2>&1 || { cat "$WORK/convert.log" >&2; exit 1; }
BASE=$(basename "$IN"); BASE=${BASE%.*}
[ -f "$WORK/out/$BASE.$EXT" ] || { cat "$WORK/convert.log" >&2; echo "conversion of $IN failed" >&2; exit 1; }
mv "$WORK/out/$BASE.$EXT" "$OUT"
