#!/usr/bin/env bash
# Benchmark B1, whole process: `compass run` against the hand-written Baseline.java on the same
# data, in alternation, each run under /usr/bin/time (wall seconds, peak resident memory).
#
# usage: bench/b1.sh [PEOPLE DEALS SEED]        (default 2000 1000000 42)
# environment:
#   RUNS=N                 runs of each program (default 5)
#   COMPASS_JAVA_OPTS=...  JVM options for compass only, e.g. -Xmx2g (default none)
#   BASELINE_JAVA_OPTS=... JVM options for Baseline only (default none)
# Needs python3, a JDK 17+ (java, javac), Maven (only when the compass jar must be built) and
# GNU time at /usr/bin/time. The data goes to /tmp/compass-b1-DEALS and is kept for later runs.
set -euo pipefail

people="${1:-2000}"
deals="${2:-1000000}"
seed="${3:-42}"
runs="${RUNS:-5}"
compass_opts="${COMPASS_JAVA_OPTS:-}"
baseline_opts="${BASELINE_JAVA_OPTS:-}"

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared/bench"
timer=/usr/bin/time
[ -x "$timer" ] || { echo "b1.sh: GNU time is needed at $timer" >&2; exit 127; }
[ -f "$shared/gen.py" ] || { echo "b1.sh: no $shared/gen.py" >&2; exit 2; }
case "$runs" in ''|*[!0-9]*|0) echo "b1.sh: RUNS must be a positive whole number" >&2; exit 2 ;; esac

# The data: made once per size (the seed is part of the name only when it is not the default).
data="/tmp/compass-b1-$deals"
if [ "$people" != 2000 ] || [ "$seed" != 42 ]; then data="$data-$people-$seed"; fi
if [ ! -f "$data/deals.csv" ] || [ ! -f "$data/people.csv" ]; then
  echo "making the data: $people people, $deals deals, seed $seed -> $data" >&2
  rm -rf "$data.tmp"
  python3 "$shared/gen.py" "$data.tmp" "$people" "$deals" "$seed"
  rm -rf "$data" && mv "$data.tmp" "$data"
fi

# Baseline.java, compiled into /tmp when missing or older than its source.
classes=/tmp/compass-b1-baseline
if [ ! -f "$classes/Baseline.class" ] || [ "$shared/Baseline.java" -nt "$classes/Baseline.class" ]; then
  mkdir -p "$classes"
  javac -d "$classes" "$shared/Baseline.java"
fi

# The compass jar: the launcher builds it when it is missing or stale.
"$root/compass" --version >/dev/null
jar="$root/repl/target/compass.jar"

work="$(mktemp -d /tmp/compass-b1-run.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# run NAME I COMMAND...: runs once under time, output to $work/NAME.I.out, "wall kb" appended to
# $work/NAME.times.
run() {
  local name="$1" i="$2"; shift 2
  if ! "$timer" -f "%e %M" -o "$work/$name.$i.time" "$@" >"$work/$name.$i.out" 2>"$work/$name.$i.err"; then
    echo "b1.sh: $name run $i failed:" >&2
    cat "$work/$name.$i.err" >&2
    exit 1
  fi
  tail -n 1 "$work/$name.$i.time" >>"$work/$name.times"
  printf '  %-8s run %d: %s s, %s KB\n' "$name" "$i" $(tail -n 1 "$work/$name.$i.time") >&2
}

echo "B1: $people people, $deals deals (seed $seed), $runs runs each, alternating" >&2
for i in $(seq 1 "$runs"); do
  # shellcheck disable=SC2086 # the options are meant to split into words
  # the launcher, as users run it (it adds its class-data archive and JIT settings)
  run compass "$i" env COMPASS_JAVA_OPTS="$compass_opts" "$root/compass" run "$root/stdlib-plans/plans/b1/b1.comp" --data "$data" --format csv
  # shellcheck disable=SC2086
  run baseline "$i" java $baseline_opts -cp "$classes" Baseline "$data"
done

# Exactness: compass's first three columns (participant, period, payout) against Baseline's
# output, byte for byte, for every run.
for i in $(seq 1 "$runs"); do
  cut -d, -f1-3 "$work/compass.$i.out" >"$work/compass.$i.csv"
  if ! cmp -s "$work/compass.$i.csv" "$work/baseline.$i.out"; then
    echo "b1.sh: compass run $i differs from Baseline:" >&2
    diff "$work/compass.$i.csv" "$work/baseline.$i.out" | head -n 10 >&2
    exit 1
  fi
done
rows=$(($(wc -l <"$work/baseline.1.out") - 1))

# median COLUMN FILE: the median of one column (the mean of the middle two for an even count).
median() {
  sort -g -k "$1,$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
cw=$(median 1 "$work/compass.times");  cm=$(median 2 "$work/compass.times")
bw=$(median 1 "$work/baseline.times"); bm=$(median 2 "$work/baseline.times")

echo
echo "B1, $people people, $deals deals: same $rows payouts as Baseline in all $runs runs"
echo "median of $runs runs${compass_opts:+, compass with $compass_opts}"
awk -v cw="$cw" -v cm="$cm" -v bw="$bw" -v bm="$bm" 'BEGIN {
  printf "%-18s %10s %14s\n", "", "wall (s)", "peak RSS (MiB)"
  printf "%-18s %10.2f %14.0f\n", "compass", cw, cm / 1024
  printf "%-18s %10.2f %14.0f\n", "Baseline.java", bw, bm / 1024
  printf "%-18s %10.2f %14.2f\n", "compass/baseline", cw / bw, cm / bm
}'
