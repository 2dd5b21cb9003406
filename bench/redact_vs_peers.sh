#!/usr/bin/env bash
# Redaction end to end against the tools a council could reach for instead, on the same
# file in the same run (bench/README.md):
#   bench_redact            redact::redactFile (sharewise-cli redact's code), profile
#                           tests/data/redact/case-profile.json: 6 drops, 2 pseudonyms,
#                           3 generalisations; then the same with the risk check on 4
#                           quasi-identifiers
#   mlr                     Miller: cut -x the 6 columns, then put: sha256 of key and value
#                           for the two identifiers, sub() for district, strptime/strftime
#                           for month and year (Miller has no keyed hash: sha256 of key
#                           and value stands in), on SIZE_MLR (default 100M) because Miller
#                           holds the file in memory
#   python3 csv + hashlib   bench/redact_peers.py csv (keyed BLAKE2b from hashlib)
#   pandas                  bench/redact_peers.py pandas
# Data: gen_casefile --seed 1 --size SIZE (default 1G) into WORK (a tmpfs). Each command
# runs RUNS times (default 3) under /usr/bin/time -v: median wall time, that run's CPU
# time, the largest peak resident set.
#   bench/redact_vs_peers.sh [build dir]   (default build/release)
# Environment: SIZE, SIZE_MLR, RUNS, WORK (default /dev/shm/sharewise-redact-bench),
# KEEP=1, PYTHON (default /usr/bin/python3, with pandas), SKIP="mlr python pandas".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/release}"
bench="$build/bench/bench_redact"
gen="$build/tests/tools/gen/gen_casefile"
profile="$root/tests/data/redact/case-profile.json"
peers="$root/bench/redact_peers.py"
size="${SIZE:-1G}"
size_mlr="${SIZE_MLR:-100M}"
runs="${RUNS:-3}"
work="${WORK:-/dev/shm/sharewise-redact-bench}"
python="${PYTHON:-/usr/bin/python3}"
skip=" ${SKIP:-} "

for bin in "$bench" "$gen"; do
    [ -x "$bin" ] || { echo "build it first (RelWithDebInfo, tests on): $bin" >&2; exit 2; }
done
mkdir -p "$work"
[ "$(stat -f -c %T "$work")" = "tmpfs" ] || { echo "$work is not a tmpfs" >&2; exit 2; }
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

data="$work/cases-$size.csv"
[ -s "$data" ] || "$gen" --seed 1 --size "$size" -o "$data" >/dev/null
small="$work/cases-$size_mlr.csv"
[ -s "$small" ] || "$gen" --seed 1 --size "$size_mlr" -o "$small" >/dev/null
bytes=$(stat -c %s "$data")
small_bytes=$(stat -c %s "$small")

mlr_put='$["NHS Number"] = sha256("k" . $["NHS Number"]);
$["NI Number"] = sha256("k" . $["NI Number"]);
$Postcode = sub($Postcode, " .*", "");
$["Date of Birth"] = strftime(strptime($["Date of Birth"], "%d/%m/%Y"), "%Y");
$["Referral Date"] = sub($["Referral Date"], "-[0-9][0-9]$", "")'
mlr_cut='Forename,Surname,Address Line 1,Address Line 2,Phone,Email'

names=()
declare -A cmd size_of
add() { names+=("$1"); cmd["$1"]="$2"; size_of["$1"]="$3"; }
add "sharewise redact" "'$bench' '$data' '$profile' '$work/out.csv'" "$bytes"
add "sharewise redact + risk" "'$bench' '$data' '$profile' '$work/out.csv' --risk" "$bytes"
[[ "$skip" == *" python "* ]] || add "python3 csv + hashlib" "'$python' '$peers' csv '$data' '$work/out.csv'" "$bytes"
[[ "$skip" == *" pandas "* ]] || add "pandas" "'$python' '$peers' pandas '$data' '$work/out.csv'" "$bytes"
[[ "$skip" == *" mlr "* ]] || add "mlr ($size_mlr)" "mlr --csv cut -x -f '$mlr_cut' then put '$mlr_put' '$small' >'$work/out.csv'" "$small_bytes"
add "sharewise redact ($size_mlr)" "'$bench' '$small' '$profile' '$work/out.csv'" "$small_bytes"

echo "machine: $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores;" \
    "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $bytes bytes ($size), $small_bytes bytes ($size_mlr); $runs runs each"

measure() {
    local log="$work/time.txt" rc=0
    /usr/bin/time -v -o "$log" sh -c "$1" >"$work/stdout.txt" 2>"$work/err.txt" || rc=$?
    awk -v rc="$rc" -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
      /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident set size/ { m = $2 }
      END { printf "%.3f %.3f %d %d\n", w, u + s, m, rc }' "$log"
}

echo
echo "| tool | input | wall (s, median of $runs) | MB/s | CPU user + sys (s) | peak RSS (MiB) |"
echo "| --- | --- | --- | --- | --- | --- |"
for n in "${names[@]}"; do
    results=()
    for ((r = 0; r < runs; r++)); do
        results+=("$(measure "${cmd[$n]}")")
        if [ "$(echo "${results[-1]}" | awk '{print $4}')" != 0 ]; then
            echo "$n failed:" >&2; cat "$work/err.txt" >&2; exit 1
        fi
    done
    read -r w c _ _ < <(printf '%s\n' "${results[@]}" | sort -n -k1,1 | awk -v k=$(((runs + 1) / 2)) 'NR == k')
    k=$(printf '%s\n' "${results[@]}" | awk '$3 > m { m = $3 } END { print m }')
    awk -v n="$n" -v w="$w" -v c="$c" -v k="$k" -v b="${size_of[$n]}" \
        'BEGIN { printf "| `%s` | %.0f MB | %.2f | %.0f | %.2f | %.1f |\n", n, b / 1e6, w, b / 1e6 / w, c, k / 1024 }'
    grep -h "risk:\|groups" "$work/stdout.txt" "$work/err.txt" 2>/dev/null | sed 's/^/    /' || true
done
