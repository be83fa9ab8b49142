#!/bin/sh
# installed-ita.sh <build-dir> <fixture>: `cmake --install` into a private
# prefix, then the installed `ita` run from another folder as a user runs it:
# it finds its .oxt beside itself, keeps its office in $XDG_CACHE_HOME/ita-tools,
# writes nothing into the current folder and leaves no run folder behind.
set -eu
BUILD=$1
FIXTURE=$2
PREFIX="$BUILD/test-install/prefix"
WORK="$BUILD/test-install/work"
CACHE="$BUILD/test-install/cache"
rm -rf "$PREFIX" "$WORK"
mkdir -p "$WORK"
cmake --install "$BUILD" --prefix "$PREFIX" >/dev/null
cp "$FIXTURE" "$WORK/sheet.ods"
cd "$WORK"
out=$(XDG_CACHE_HOME="$CACHE" ITA_OFFICE_WORKDIR= "$PREFIX/bin/ita" validate --format json sheet.ods)
case "$out" in *'"status": "ok"'*|*'"status":"ok"'*) ;; *) echo "unexpected output: $out" >&2; exit 1 ;; esac
[ -d "$CACHE/ita-tools/profile" ] || { echo "no profile in $CACHE/ita-tools" >&2; exit 1; }
[ "$(ls "$WORK")" = "sheet.ods" ] || { echo "written into the current folder: $(ls "$WORK")" >&2; exit 1; }
[ -z "$(ls "$CACHE/ita-tools/runs")" ] || { echo "a run folder was left behind" >&2; exit 1; }
"$PREFIX/bin/ita" --version
echo "1 passed, 0 failed"
