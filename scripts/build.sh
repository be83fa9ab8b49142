#!/bin/sh
# build.sh [build-dir]: configures and builds everything (core, component,
# .oxt, `ita`, tests, fixtures). Default build dir: ./build
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
"$ROOT/scripts/install-deps.sh"
GEN=""
command -v ninja >/dev/null 2>&1 && GEN="-G Ninja"
[ -f "$BUILD/CMakeCache.txt" ] && GEN=""
# shellcheck disable=SC2086
cmake -S "$ROOT" -B "$BUILD" $GEN -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
