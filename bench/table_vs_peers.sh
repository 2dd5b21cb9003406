#!/usr/bin/env bash
# Reading a large CSV, against the tools a user could use instead, on the same file in
# the same run:
#   wc -l                         the ceiling: reads every byte, bound by memory speed
#   bench_table --phase parse     openTable + TableReader::read: rows and fields out
#   bench_table --phase dataset   DatasetReader: header, blank/padding/ragged rows
#   bench_table --phase profile   dataset::scanDataset: the full profile and identifiers
#   mlr --icsv --ojson cat        Miller, CSV in, JSON out to /dev/null
#   python3 csv                   a csv.reader loop counting fields
#   pandas read_csv               DataFrame with pandas' own type inference
# and bench_table --phase preview (open + first 100 rows, median of 20).
# Data: tests/tools/gen_casefile, 34 columns of synthetic case records (about 2.8
# million rows in 1 GiB), generated once into WORK, which must be a tmpfs so that the
# disk does not decide. Each command runs RUNS times under /usr/bin/time -v: the wall
# time shown is the median run's, the CPU time that run's user + system, the peak memory
# the largest maximum resident set of the runs. Process start-up is included for every
# tool (Python's and pandas' imports too).
#
#   bench/table_vs_peers.sh [build dir]        (default build/release)
# Environment: SIZE (default 1G, any gen_casefile --size), RUNS (default 3), WORK
# (default /dev/shm/sharewise-table-bench), KEEP=1 keeps WORK afterwards, PYTHON (default
# /usr/bin/python3, the interpreter with python3-pandas), SKIP="mlr python pandas
# profile" leaves those out.
# Miller 6 holds much of the file in memory (about 1.6 GiB of peak resident memory for
# 100 MiB here, 16 times the file at that size) and runs at a few MB/s: the full 1 GiB
# run needs several GiB free and takes about half an hour with RUNS=3. SKIP="mlr" if
# the machine cannot spare that.
# Needs: miller, python3-pandas, time (apt-get install -y miller python3-pandas time):
# for the measurement only, not project dependencies.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/release}"
bench="$build/bench/bench_table"
gen="$build/tests/tools/gen/gen_casefile"
size="${SIZE:-1G}"
runs="${RUNS:-3}"
work="${WORK:-/dev/shm/sharewise-table-bench}"
python="${PYTHON:-/usr/bin/python3}"
skip=" ${SKIP:-} "

for tool in wc mlr "$python" /usr/bin/time awk; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
"$python" -c 'import pandas' 2>/dev/null || { echo "$python has no pandas (python3-pandas)" >&2; exit 2; }
for bin in "$bench" "$gen"; do
    [ -x "$bin" ] || { echo "build it first (RelWithDebInfo, tests on): $bin" >&2; exit 2; }
done
mkdir -p "$work"
if [ "$(stat -f -c %T "$work")" != "tmpfs" ]; then
    echo "$work is not a tmpfs; set WORK to a folder in /dev/shm" >&2
    exit 2
fi
if [ "${KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
fi

# --- data -----------------------------------------------------------------------------
data="$work/cases-$size.csv"
if [ ! -s "$data" ]; then
    echo "generating $size of case records into $data ..."
    "$gen" --seed 1 --size "$size" -o "$data"
fi
bytes=$(stat -c %s "$data")
lines=$(wc -l <"$data")

# --- commands ---------------------------------------------------------------------------
names=()
declare -A cmd
add() { names+=("$1"); cmd["$1"]="$2"; }
add "wc -l (ceiling)" "wc -l '$data'"
add "sharewise parse" "'$bench' '$data' --phase parse"
add "sharewise dataset" "'$bench' '$data' --phase dataset"
[[ "$skip" == *" profile "* ]] || add "sharewise profile" "'$bench' '$data' --phase profile"
[[ "$skip" == *" mlr "* ]] || add "mlr --icsv --ojson cat" "mlr --icsv --ojson cat '$data' >/dev/null"
[[ "$skip" == *" python "* ]] || add "python3 csv module" "'$python' -c 'import csv, sys
n = 0
with open(sys.argv[1], newline=\"\", encoding=\"utf-8\") as f:
    for row in csv.reader(f):
        n += len(row)
print(n)' '$data'"
[[ "$skip" == *" pandas "* ]] || add "pandas read_csv" "'$python' -c 'import sys, pandas
df = pandas.read_csv(sys.argv[1])
print(df.shape)' '$data'"

echo
echo "machine: $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(. /etc/os-release && echo "$PRETTY_NAME"); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $bytes bytes, $lines lines (gen_casefile --seed 1 --size $size); work folder $work (tmpfs); $runs runs each"
echo "versions: $(mlr --version), $("$python" --version), pandas $("$python" -c 'import pandas; print(pandas.__version__)'), $(wc --version | head -1)"
echo

# One run under /usr/bin/time -v: "wall_s cpu_s peak_kib exit".
measure() {
    local log="$work/time.txt" rc=0
    /usr/bin/time -v -o "$log" sh -c "$1" >"$work/out.txt" 2>"$work/err.txt" || rc=$?
    awk -v rc="$rc" -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
      /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident set size/ { m = $2 }
      END { printf "%.3f %.3f %d %d\n", w, u + s, m, rc }' "$log"
}

declare -A wall cpu peak
for n in "${names[@]}"; do
    results=()
    for ((r = 0; r < runs; r++)); do
        results+=("$(measure "${cmd[$n]}")")
        if [ "$(echo "${results[-1]}" | awk '{print $4}')" != 0 ]; then
            echo "$n failed:" >&2
            cat "$work/err.txt" >&2
            exit 1
        fi
    done
    # median by wall time; peak memory over all runs
    read -r w c _ _ < <(printf '%s\n' "${results[@]}" | sort -n -k1,1 | awk -v k=$(((runs + 1) / 2)) 'NR == k')
    wall["$n"]=$w
    cpu["$n"]=$c
    peak["$n"]=$(printf '%s\n' "${results[@]}" | awk '$3 > m { m = $3 } END { print m }')
    echo "  $n: ${w} s (CPU ${c} s), peak $(awk -v k="${peak[$n]}" 'BEGIN { printf "%.1f", k / 1024 }') MiB"
done

# bench_table's own report (wall time inside the process, without start-up; VmHWM).
echo
echo "bench_table, each phase in its own process:"
"$bench" "$data" | grep -v '^RESULT' | sed 's/^/  /' || true
preview=$("$bench" "$data" --phase preview | awk '/^RESULT/ { for (i = 1; i <= NF; i++) if ($i ~ /^median_ns=/) { sub("median_ns=", "", $i); print $i } }')

echo
echo "| tool | wall (s, median of $runs) | MB/s | CPU user + sys (s) | peak RSS (MiB) | time ÷ wc -l | time ÷ sharewise parse |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
ceiling=${wall["wc -l (ceiling)"]}
parse=${wall["sharewise parse"]}
for n in "${names[@]}"; do
    awk -v n="$n" -v w="${wall[$n]}" -v c="${cpu[$n]}" -v k="${peak[$n]}" -v b="$bytes" \
        -v wc="$ceiling" -v p="$parse" \
        'BEGIN { printf "| `%s` | %.2f | %.0f | %.2f | %.1f | %.1f× | %.2f× |\n", n, w, b / 1e6 / w, c, k / 1024, w / wc, w / p }'
done

profile=${wall["sharewise profile"]:-0}
awk -v b="$bytes" -v p="$parse" -v pr="$profile" -v pv="$preview" \
    -v mp="${peak["sharewise parse"]}" -v md="${peak["sharewise dataset"]}" -v mf="${peak["sharewise profile"]:-0}" \
    -v mlr="${wall["mlr --icsv --ojson cat"]:-0}" -v py="${wall["python3 csv module"]:-0}" \
    -v pd="${wall["pandas read_csv"]:-0}" -v wc="$ceiling" '
function verdict(ok) { return ok ? "met" : "MISSED" }
function faster(t, name) { if (t > 0) printf "; %s takes %.1fx as long", name, t / p }
BEGIN {
  print "";
  printf "parse: %.0f MB/s (target >= 400 on one core: %s); %.1fx the time of wc -l", b / 1e6 / p, verdict(b / 1e6 / p >= 400), p / wc;
  faster(mlr, "mlr"); faster(py, "Python csv"); faster(pd, "pandas"); print "";
  if (pr > 0) {
    printf "full profile: %.0f MB/s (target >= 150: %s)", b / 1e6 / pr, verdict(b / 1e6 / pr >= 150);
    if (pd > 0) printf "; pandas read_csv takes %.1fx as long", pd / pr;
    print "";
  }
  printf "preview (open + first 100 rows, median): %.1f ms (target < 100 ms: %s)\n", pv / 1e6, verdict(pv / 1e6 < 100);
  printf "peak memory: parse %.1f, dataset %.1f, profile %.1f MiB (target < 64 MiB: %s)\n",
    mp / 1024, md / 1024, mf / 1024, verdict(mp < 65536 && md < 65536 && mf + 0 < 65536);
}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
