#!/usr/bin/env bash
# Builds every libFuzzer target with clang and runs each for a short fixed time on its
# seed corpus, as CI does (.ci/run). Exits non-zero on the first crash, leak, hang or
# oracle failure; the input that did it is left in $BUILD_DIR/fuzz-artifacts/.
#   tests/fuzz/ci.sh [seconds per target = 30]
# Needs clang-14 and libfuzzer-14-dev (dev.sh installs them).
set -euo pipefail

seconds="${1:-30}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$root/build/fuzz-ci}"
jobs="${JOBS:-2}"

# Debug (assertions on) at -O1; clang does not know GCC's -Wshadow=local, hence
# SHAREWISE_WERROR off and -Wno-unknown-warning-option.
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_CXX_FLAGS="-Wno-unknown-warning-option" \
    -DSHAREWISE_FUZZ=ON -DSHAREWISE_SANITIZE=ON -DSHAREWISE_WERROR=OFF \
    -DSHAREWISE_BUILD_TESTS=OFF >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 2; }
cmake --build "$build" -j "$jobs" --target fuzz_bundle_reader fuzz_csv_reader fuzz_xlsx_reader

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp}"
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
SHAREWISE_FUZZ_TMP="$(mktemp -d "${TMPDIR:-/tmp}/sharewise-fuzz.XXXXXX")"
export SHAREWISE_FUZZ_TMP
trap 'rm -rf "$SHAREWISE_FUZZ_TMP"' EXIT

fuzz() { # name corpus-folder [flags...]
    local name="$1" corpus="$2"
    shift 2
    echo "==> fuzzing $name for ${seconds}s"
    "$build/tests/fuzz/$name" "$corpus" -artifact_prefix="$artifacts/$name-" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
        "$@" 2>"$build/$name.log" || { tail -60 "$build/$name.log"; exit 1; }
    grep -E "stat::number_of_executed_units|Done" "$build/$name.log" | tail -2 || true
}

# Seeds: the bundle harness writes its own; the CSV fixtures (first byte 0: options
# detected) and the workbook fixtures are the others'.
corpus="$SHAREWISE_FUZZ_TMP/corpus"
mkdir -p "$corpus/bundle" "$corpus/csv" "$corpus/xlsx"
SHAREWISE_FUZZ_WRITE_SEEDS="$corpus/bundle" "$build/tests/fuzz/fuzz_bundle_reader" >/dev/null 2>&1
for f in "$root"/tests/data/table/csv/*.csv; do
    { printf '\000'; cat "$f"; } >"$corpus/csv/$(basename "$f")"
done
cp "$root"/tests/fuzz/corpus/xlsx/* "$corpus/xlsx/"
SHAREWISE_FUZZ_WRITE_SEEDS="$corpus/xlsx" "$build/tests/fuzz/fuzz_xlsx_reader" >/dev/null 2>&1 || true

fuzz fuzz_bundle_reader "$corpus/bundle" -dict="$root/tests/fuzz/bundle.dict" -max_len=8192
fuzz fuzz_csv_reader "$corpus/csv" -max_len=65536
fuzz fuzz_xlsx_reader "$corpus/xlsx" -dict="$root/tests/fuzz/xlsx.dict"
echo "fuzzing: no crash, leak, hang or oracle failure"
