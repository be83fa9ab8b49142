#!/bin/sh
# run-fuzzer.sh <fuzzer> <seed-corpus-dir> <seconds> <workdir>
# A short libFuzzer run for the test suite. New inputs go to a copy of the
# seed corpus under <workdir>, never into the repository. Exit 77 (skipped)
# when the fuzzer was not built (it needs the clang build of scripts/test.sh).
set -eu
FUZZER=$1; SEEDS=$2; SECONDS_=$3; WORK=$4
[ -x "$FUZZER" ] || { echo "fuzzer not built: $FUZZER (scripts/test.sh builds it with clang)"; exit 77; }
mkdir -p "$WORK/corpus" "$WORK/artifacts"
cp -r "$SEEDS"/. "$WORK/corpus/" 2>/dev/null || true
exec "$FUZZER" -max_total_time="$SECONDS_" -print_final_stats=1 -artifact_prefix="$WORK/artifacts/" "$WORK/corpus"
