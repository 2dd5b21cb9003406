#!/usr/bin/env bash
# Builds and runs the bundle reader fuzzer for a fixed time.
#   tests/fuzz/run.sh [seconds=60] [extra libFuzzer flags...]
# Environment: BUILD_DIR (default build/fuzz), CXX (default clang++-14), JOBS (default 1),
# FUZZ_JOBS (parallel fuzzing processes, default 1). Exits with the fuzzer's status
# (non-zero when it found a crash, a leak or an oracle failure).
# Needs clang-14 and libfuzzer-14-dev (apt-get install clang-14 libfuzzer-14-dev).
# Crashes are written to $BUILD_DIR/fuzz-artifacts/; reproduce one with
#   $BUILD_DIR/tests/fuzz/fuzz_bundle_reader $BUILD_DIR/fuzz-artifacts/crash-...
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$root/build/fuzz}"
cxx="${CXX:-clang++-14}"
jobs="${JOBS:-1}"

if ! command -v "$cxx" >/dev/null; then
    echo "run.sh: $cxx not found (apt-get install clang-14 libfuzzer-14-dev)" >&2
    exit 2
fi

# Debug (assertions on) at -O1: fast enough to fuzz, and Q_ASSERT stays active.
# SHAREWISE_WERROR off and -Wno-unknown-warning-option: clang does not know GCC's
# -Wshadow=local (from SharewiseOptions.cmake), which -Werror would turn into an error
# on every file; clang reports nothing else on the core today.
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_CXX_FLAGS="-Wno-unknown-warning-option" \
    -DSHAREWISE_FUZZ=ON \
    -DSHAREWISE_SANITIZE=ON \
    -DSHAREWISE_WERROR=OFF \
    -DSHAREWISE_BUILD_TESTS=OFF \
    >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 2; }
cmake --build "$build" --target fuzz_bundle_reader -j "$jobs"

fuzzer="$build/tests/fuzz/fuzz_bundle_reader"
corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
# Bundle files go to a tmpfs folder of this run's own, removed afterwards.
SHAREWISE_FUZZ_TMP="$(mktemp -d /dev/shm/sharewise-fuzz-run.XXXXXX)"
export SHAREWISE_FUZZ_TMP
trap 'rm -rf "$SHAREWISE_FUZZ_TMP"' EXIT
if [ -z "$(ls -A "$corpus")" ]; then
    SHAREWISE_FUZZ_WRITE_SEEDS="$corpus" "$fuzzer"
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
fuzz_jobs="${FUZZ_JOBS:-1}"
parallel=()
if [ "$fuzz_jobs" -gt 1 ]; then
    parallel=("-fork=$fuzz_jobs")
fi
"$fuzzer" "$corpus" \
    -dict="$root/tests/fuzz/bundle.dict" \
    -artifact_prefix="$artifacts/" \
    -max_total_time="$seconds" \
    -max_len=8192 \
    -timeout=20 \
    -rss_limit_mb=4096 \
    -print_final_stats=1 \
    "${parallel[@]}" "$@"
