#!/bin/sh
# test.sh: installs what is missing, builds, runs the whole test suite (unit
# tests, a short fuzzing run, the integration tests in a headless office).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${ITA_BUILD_DIR:-$ROOT/build}
"$ROOT/scripts/build.sh" "$BUILD"
cd "$BUILD"
ctest --output-on-failure --timeout 900
