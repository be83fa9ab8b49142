#!/bin/sh
# test.sh: installs what is missing, builds, runs the whole test suite: unit
# tests, short fuzzing runs (a clang build of the core in build/fuzz), and the
# integration tests in a headless office with the built .oxt installed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${ITA_BUILD_DIR:-$ROOT/build}
"$ROOT/scripts/build.sh" "$BUILD"
if command -v clang++ >/dev/null 2>&1; then
    cmake -S "$ROOT" -B "$BUILD/fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DITA_BUILD_FUZZERS=ON -DITA_BUILD_EXTENSION=OFF -DITA_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD/fuzz" --target fuzz_grid_reader fuzz_parse_number fuzz_fill_template
fi
cd "$BUILD"
ctest --output-on-failure --timeout 900
