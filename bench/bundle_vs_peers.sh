#!/usr/bin/env bash
# Sealing and opening a bundle, against the tools a user could use instead, on the same
# data in the same run:
#   seal:  sharewise seal | age -r | age -r, then minisign -S | gpg --sign --encrypt
#   open:  sharewise open | age -d | minisign -V, then age -d | gpg --decrypt
# Data: a CSV-like file (case records: ids, dates, numbers, postcodes, categories, free
# text; compresses about 3.5:1 like real extracts), generated here with a fixed seed.
# Everything is on a tmpfs so that the disk does not decide. Times: hyperfine, mean of
# RUNS runs after one warm-up, process start-up included for every tool. Peak memory:
# one more run of each command under /usr/bin/time (maximum resident set; for a
# two-tool pipeline, the larger of the two).
#
#   bench/bundle_vs_peers.sh [bench_bundle binary]
# Environment: SIZE_MIB (default 1024), RUNS (default 5), WORK (default
# /dev/shm/sharewise-bench, must be a tmpfs), KEEP=1 keeps WORK afterwards.
# The machine should be otherwise idle: our seal and open use both cores, so they suffer
# more from a busy machine than the single-threaded tools. The table therefore also
# gives CPU time (user + system), which a busy machine changes much less.
# Needs: age minisign gnupg hyperfine time jq (apt-get install -y age minisign gnupg
# hyperfine time jq) -- for the measurement only, not project dependencies.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="${1:-$root/build/release/bench/bench_bundle}"
size_mib="${SIZE_MIB:-1024}"
runs="${RUNS:-5}"
work="${WORK:-/dev/shm/sharewise-bench}"

for tool in age age-keygen minisign gpg hyperfine jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[ -x "$bench" ] || { echo "build bench_bundle first (RelWithDebInfo): $bench" >&2; exit 2; }
mkdir -p "$work"
if [ "$(stat -f -c %T "$work")" != "tmpfs" ]; then
    echo "$work is not a tmpfs; set WORK to a folder in /dev/shm" >&2
    exit 2
fi
if [ "${KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
fi

data="$work/cases.csv"
bytes=$((size_mib * 1024 * 1024))

# --- data -------------------------------------------------------------------------
if [ ! -f "$data" ] || [ "$(stat -c %s "$data")" -lt "$bytes" ]; then
    echo "generating $size_mib MiB of CSV-like data into $data ..."
    awk -v seed=20261125 -v bytes="$bytes" '
    BEGIN {
      srand(seed);
      split("Abbey,Bridge,Castle,Dock,East,Forest,Green,Harbour,Hill,Kings,Lake,Market,North,Park,Queens,River,South,Station,Town,West", ward, ",");
      split("F,M,U", sex, ",");
      split("Housing,Benefits,Schools,Adult care,Child care,Council tax,Parking,Waste,Licensing,Planning", svc, ",");
      split("open,closed,pending,referred,escalated", st, ",");
      split("AB,BR,CF,DN,EX,GL,HR,LL,NP,SA,SY,TR", pc, ",");
      head = "case_id,opened,nhs_number,postcode,age,sex,ward,service,status,amount_gbp,note";
      print head; n = length(head) + 1; id = 0;
      while (n < bytes) {
        line = sprintf("C%09d,20%02d-%02d-%02d,%03d %03d %04d,%s%d %d%c%c,%d,%s,%s,%s,%s,%d.%02d,\"Contact %d by %s; follow-up in %d days\"",
          id++, 18 + int(rand()*8), 1 + int(rand()*12), 1 + int(rand()*28),
          int(rand()*1000), int(rand()*1000), int(rand()*10000),
          pc[1 + int(rand()*12)], 1 + int(rand()*99), int(rand()*10), 65 + int(rand()*26), 65 + int(rand()*26),
          int(rand()*100), sex[1 + int(rand()*3)], ward[1 + int(rand()*20)], svc[1 + int(rand()*10)],
          st[1 + int(rand()*5)], int(rand()*5000), int(rand()*100), 1 + int(rand()*9), ward[1 + int(rand()*20)], int(rand()*90));
        print line; n += length(line) + 1;
      }
    }' >"$data"
fi
actual=$(stat -c %s "$data")
rows=$(($(wc -l <"$data") - 1))

# --- keys (throwaway, no passphrases) -------------------------------------------------
"$bench" --work "$work" --phase keys
rm -f "$work/age.key" "$work/minisign.key" "$work/minisign.pub"
age-keygen -o "$work/age.key" 2>/dev/null
recipient=$(age-keygen -y "$work/age.key")
minisign -G -W -p "$work/minisign.pub" -s "$work/minisign.key" >/dev/null
gnupg="$work/gnupg"
rm -rf "$gnupg"
mkdir -m 700 "$gnupg"
gpg_base="gpg --batch --quiet --homedir $gnupg --pinentry-mode loopback --passphrase ''"
eval "$gpg_base --quick-gen-key 'Bench <bench@example.invalid>' ed25519 sign never" 2>/dev/null
fpr=$(gpg --homedir "$gnupg" --list-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}')
eval "$gpg_base --quick-add-key $fpr cv25519 encr never" 2>/dev/null

# --- commands ---------------------------------------------------------------------
sw_seal="$bench $data --work $work --phase seal --rows $rows"
sw_open="$bench --work $work --phase open"
age_seal="age -r $recipient -o $work/d.age $data"
sign="minisign -S -s $work/minisign.key -m $work/d.age -x $work/d.age.minisig"
age_open="age -d -i $work/age.key -o $work/d.out $work/d.age"
verify="minisign -V -q -p $work/minisign.pub -m $work/d.age -x $work/d.age.minisig"
gpg_seal="$gpg_base --yes --trust-model always -u $fpr -r $fpr --sign --encrypt -o $work/d.gpg $data"
gpg_open="$gpg_base --yes -o $work/g.out --decrypt $work/d.gpg"

echo
echo "machine: $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(. /etc/os-release && echo "$PRETTY_NAME"); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $actual bytes, $rows rows; work folder $work (tmpfs); $runs runs each"
echo "versions: age $(age --version), $(minisign -v), $(gpg --version | head -1), $(hyperfine --version)"
echo

hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/seal.json" \
    -n "sharewise seal" "$sw_seal" \
    -n "age -r" "$age_seal" \
    -n "age -r + minisign -S" "$age_seal && $sign" \
    -n "gpg --sign --encrypt" "$gpg_seal"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/open.json" \
    -n "sharewise open" "$sw_open" \
    -n "age -d" "$age_open" \
    -n "minisign -V + age -d" "$verify && $age_open" \
    -n "gpg --decrypt" "$gpg_open"
cmp -s "$data" "$work/bench.out" || { echo "sharewise open: output differs from the input" >&2; exit 1; }
cmp -s "$data" "$work/d.out" || { echo "age -d: output differs from the input" >&2; exit 1; }

# Peak resident set (KiB) of one run of each command; pipelines: the larger.
peak() {
    local max=0 kib
    for cmd in "$@"; do
        /usr/bin/time -f '%M' -o "$work/time.txt" sh -c "$cmd" >/dev/null 2>&1
        kib=$(tail -1 "$work/time.txt")
        [ "$kib" -gt "$max" ] && max=$kib
    done
    echo "$max"
}
declare -A mem
mem["sharewise seal"]=$(peak "$sw_seal")
mem["age -r"]=$(peak "$age_seal")
mem["age -r + minisign -S"]=$(peak "$age_seal" "$sign")
mem["gpg --sign --encrypt"]=$(peak "$gpg_seal")
mem["sharewise open"]=$(peak "$sw_open")
mem["age -d"]=$(peak "$age_open")
mem["minisign -V + age -d"]=$(peak "$verify" "$age_open")
mem["gpg --decrypt"]=$(peak "$gpg_open")
# bench_bundle's own report of its phases (VmHWM in the process; same quantity).
self_seal=$($sw_seal | awk '/^RESULT/ {for (i=1;i<=NF;i++) if ($i ~ /^peak_kib=/) {sub("peak_kib=","",$i); print $i}}')
self_open=$($sw_open | awk '/^RESULT/ {for (i=1;i<=NF;i++) if ($i ~ /^peak_kib=/) {sub("peak_kib=","",$i); print $i}}')

mean() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .mean' "$work/$1.json"; }
sd() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .stddev' "$work/$1.json"; }
field() { jq -r --arg n "$2" --arg f "$3" '.results[] | select(.command == $n) | .[$f]' "$work/$1.json"; }

echo
echo "| operation | mean ± sd (s) | min (s) | MiB/s (mean) | CPU user + sys (s) | peak RSS (MiB) |"
echo "| --- | --- | --- | --- | --- | --- |"
for group in seal open; do
    if [ "$group" = seal ]; then
        names=("sharewise seal" "age -r" "age -r + minisign -S" "gpg --sign --encrypt")
    else
        names=("sharewise open" "age -d" "minisign -V + age -d" "gpg --decrypt")
    fi
    for n in "${names[@]}"; do
        awk -v n="$n" -v m="$(mean "$group" "$n")" -v s="$(sd "$group" "$n")" \
            -v lo="$(field "$group" "$n" min)" -v u="$(field "$group" "$n" user)" \
            -v sy="$(field "$group" "$n" system)" -v b="$actual" -v k="${mem[$n]}" \
            'BEGIN { printf "| `%s` | %.3f ± %.3f | %.3f | %.0f | %.2f + %.2f | %.1f |\n", n, m, s, lo, b / 1048576 / m, u, sy, k / 1024 }'
    done
done

seal=$(mean seal "sharewise seal")
open=$(mean open "sharewise open")
awk -v s="$seal" -v a="$(mean seal "age -r")" -v am="$(mean seal "age -r + minisign -S")" \
    -v g="$(mean seal "gpg --sign --encrypt")" \
    -v o="$open" -v ad="$(mean open "age -d")" -v vd="$(mean open "minisign -V + age -d")" \
    -v gd="$(mean open "gpg --decrypt")" \
    -v ms="${mem["sharewise seal"]}" -v mo="${mem["sharewise open"]}" \
    -v ss="$self_seal" -v so="$self_open" '
function verdict(ok) { return ok ? "met" : "MISSED" }
BEGIN {
  print "";
  printf "seal: %.2fx faster than age + minisign (target >= 1.6x: %s); %.2fx the time of age alone (target <= 1.3x: %s); %.2fx faster than gpg\n",
    am / s, verdict(am / s >= 1.6), s / a, verdict(s / a <= 1.3), g / s;
  printf "open: %.2fx faster than minisign -V + age -d (target >= 1.6x: %s); %.2fx the time of age -d alone (target <= 1.3x: %s); %.2fx faster than gpg\n",
    vd / o, verdict(vd / o >= 1.6), o / ad, verdict(o / ad <= 1.3), gd / o;
  printf "peak memory, key mode: seal %.1f MiB, open %.1f MiB (/usr/bin/time); %.1f / %.1f MiB (VmHWM in bench_bundle) (target < 32 MiB: %s)\n",
    ms / 1024, mo / 1024, ss / 1024, so / 1024, verdict(ms < 32768 && mo < 32768);
}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
