#!/usr/bin/env bash
# Benchmark B1 at scale, whole process: `compass run` against DuckDB running the same plan as one
# SQL query (../shared/bench/b1.sql through compass.bench.DuckB1 and DuckDB's JDBC driver) and
# against the hand-written single-thread Baseline.java, on the same data. The three run in
# alternation (compass, DuckDB, Baseline, then again), each under /usr/bin/time; the script prints
# the median wall time, processor time (user + system) and peak resident memory of each, the
# ratios compass/DuckDB and compass/Baseline, and checks that all three print the same payouts to the cent.
#
# usage: bench/scale.sh [DEALS...]            (default: 1000000 10000000)
#   e.g. bench/scale.sh 10000000 100000000
# Each size's data is made when missing (../shared/bench/gen.py, seed 42): 2,000 people up to 10
# million deals, 20,000 people from 100 million (issue 20), into /tmp/compass-b1-DEALS (with
# -PEOPLE-42 appended when the people are not 2,000, as bench/b1.sh names them). 100 million
# deals is a 7.3 GB file and about 25 minutes of one core to make.
# environment:
#   RUNS=N                 runs of each program per size (default 3; 1 from 100 million deals)
#   COMPASS_JAVA_OPTS=...  JVM options for compass (default none; -Xmx4g from 100 million deals)
#   SKIP=duckdb|baseline   leave one comparison out
#   COMPASS=PATH           the compass launcher to measure (default: this repository's)
# Needs python3, a JDK 17+ (java, javac), Maven (to build the compass jar and, once, the bench
# jar with DuckDB's driver: `mvn -Pbench`), and GNU time at /usr/bin/time.
set -euo pipefail

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
skip="${SKIP:-}"

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared/bench"
timer=/usr/bin/time
[ -x "$timer" ] || { echo "scale.sh: GNU time is needed at $timer" >&2; exit 127; }
for f in gen.py Baseline.java b1.sql; do
  [ -f "$shared/$f" ] || { echo "scale.sh: no $shared/$f" >&2; exit 2; }
done
for n in "${sizes[@]}"; do
  case "$n" in ''|*[!0-9]*|0) echo "scale.sh: DEALS must be positive whole numbers: $n" >&2; exit 2 ;; esac
done
case "${RUNS:-1}" in ''|*[!0-9]*|0) echo "scale.sh: RUNS must be a positive whole number" >&2; exit 2 ;; esac

# Baseline.java, compiled into /tmp when missing or older than its source (as bench/b1.sh does).
classes=/tmp/compass-b1-baseline
if [ ! -f "$classes/Baseline.class" ] || [ "$shared/Baseline.java" -nt "$classes/Baseline.class" ]; then
  mkdir -p "$classes"
  javac -d "$classes" "$shared/Baseline.java"
fi

# The bench jar (DuckB1 and DuckDB's driver), built in the bench profile when missing or stale.
benchjar="$root/bench/target/benchmarks.jar"
if [ "$skip" != duckdb ]; then
  if [ ! -f "$benchjar" ] || [ -n "$(find "$root/bench/src" "$root/bench/pom.xml" -newer "$benchjar" -print -quit)" ]; then
    echo "building the bench jar (mvn -Pbench)..." >&2
    (cd "$root" && mvn -B -q -Pbench -pl grammar,interpreter,stdlib-plans,bench -am package \
      -DskipTests -Dspotless.check.skip=true) >&2
  fi
fi

# The compass jar: the launcher builds it when it is missing or stale.
compass="${COMPASS:-$root/compass}"
"$compass" --version >/dev/null

work="$(mktemp -d /tmp/compass-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# run NAME I COMMAND...: runs once under time, output to $work/NAME.I.out, "wall kb cpu" appended
# to $work/NAME.times (cpu: user + system seconds, which a busy machine disturbs less than wall). A failed run is reported and counted, not fatal: the others still run.
run() {
  local name="$1" i="$2"; shift 2
  if "$timer" -f "%e %M %U %S" -o "$work/$name.$i.time" "$@" >"$work/$name.$i.out" 2>"$work/$name.$i.err"; then
    tail -n 1 "$work/$name.$i.time" | awk '{ print $1, $2, $3 + $4 }' >>"$work/$name.times"
    touch "$work/$name.$i.ok"
    printf '  %-8s run %d: %s s, %s KB, %s s cpu\n' "$name" "$i" $(tail -n 1 "$work/$name.times") >&2
  else
    echo "  $name run $i failed: $(grep -v '^Command exited' "$work/$name.$i.err" | tail -n 3)" >&2
    echo "$name" >>"$work/failed"
  fi
}

# median COLUMN FILE: the median of one column (the mean of the middle two for an even count).
median() {
  sort -g -k "$1,$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# payouts FILE: participant,period,payout of a program's output, header kept, as compass prints
# them (DuckDB's and Baseline's outputs have just these columns).
payouts() { cut -d, -f1-3 "$1"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)" >&2
echo "load before: $(uptime | sed 's/.*load average/load average/')" >&2
summary="$work/summary"
failures=0
for deals in "${sizes[@]}"; do
  people=2000
  [ "$deals" -lt 100000000 ] || people=20000
  data="/tmp/compass-b1-$deals"
  [ "$people" = 2000 ] || data="$data-$people-42"
  if [ ! -f "$data/deals.csv" ] || [ ! -f "$data/people.csv" ]; then
    echo "making the data: $people people, $deals deals, seed 42 -> $data" >&2
    rm -rf "$data.tmp"
    python3 "$shared/gen.py" "$data.tmp" "$people" "$deals" 42
    rm -rf "$data" && mv "$data.tmp" "$data"
  fi
  runs="${RUNS:-3}"
  opts="${COMPASS_JAVA_OPTS:-}"
  if [ "$deals" -ge 100000000 ]; then
    runs="${RUNS:-1}"
    opts="${COMPASS_JAVA_OPTS:--Xmx4g}"
  fi
  rm -f "$work"/*.times "$work"/*.out "$work"/*.ok "$work/failed"
  echo "B1: $people people, $deals deals, $runs runs each, alternating${opts:+ (compass: $opts)}" >&2
  for i in $(seq 1 "$runs"); do
    run compass "$i" env COMPASS_JAVA_OPTS="$opts" "$compass" run \
      "$root/stdlib-plans/plans/b1/b1.comp" --data "$data" --format csv
    [ "$skip" = duckdb ] || run duckdb "$i" java -cp "$benchjar" compass.bench.DuckB1 "$shared/b1.sql" "$data"
    [ "$skip" = baseline ] || run baseline "$i" java -cp "$classes" Baseline "$data"
  done

  # Exactness: every run of every program prints the same payouts as the first compass run (or,
  # when compass failed, as each other).
  names=(compass)
  [ "$skip" = duckdb ] || names+=(duckdb)
  [ "$skip" = baseline ] || names+=(baseline)
  ref=""
  checked=()
  for name in "${names[@]}"; do
    [ -s "$work/$name.times" ] && checked+=("$name")
    for i in $(seq 1 "$runs"); do
      [ -f "$work/$name.$i.ok" ] || continue
      payouts "$work/$name.$i.out" >"$work/$name.$i.csv"
      if [ -z "$ref" ]; then ref="$work/$name.$i.csv"; continue; fi
      if ! cmp -s "$ref" "$work/$name.$i.csv"; then
        echo "scale.sh: $name run $i prints other payouts than $(basename "$ref" .csv):" >&2
        diff "$ref" "$work/$name.$i.csv" | head -n 10 >&2
        exit 1
      fi
    done
  done
  rows=0
  [ -z "$ref" ] || rows=$(($(wc -l <"$ref") - 1))

  {
    echo
    echo "B1, $people people, $deals deals: median of $runs run(s)${opts:+, compass with $opts}"
    echo "same $rows payouts in every successful run of: ${checked[*]:-none}"
    printf '%-20s %10s %16s %10s\n' "" "wall (s)" "peak RSS (MiB)" "cpu (s)"
    declare -A wall mem cpu
    for name in "${names[@]}"; do
      if [ -s "$work/$name.times" ]; then
        wall[$name]=$(median 1 "$work/$name.times")
        mem[$name]=$(median 2 "$work/$name.times")
        cpu[$name]=$(median 3 "$work/$name.times")
        awk -v n="$name" -v w="${wall[$name]}" -v m="${mem[$name]}" -v c="${cpu[$name]}" \
          'BEGIN { printf "%-20s %10.2f %16.0f %10.2f\n", n, w, m / 1024, c }'
      else
        printf '%-20s %10s %16s %10s\n' "$name" failed failed failed
      fi
    done
    for other in duckdb baseline; do
      [ -n "${wall[compass]:-}" ] && [ -n "${wall[$other]:-}" ] || continue
      awk -v n="compass/$other" -v cw="${wall[compass]}" -v cm="${mem[compass]}" \
        -v ow="${wall[$other]}" -v om="${mem[$other]}" -v cc="${cpu[compass]}" -v oc="${cpu[$other]}" \
        'BEGIN { printf "%-20s %10.2f %16.2f %10.2f\n", n, cw / ow, cm / om, cc / oc }'
    done
  } | tee -a "$summary"
  [ ! -f "$work/failed" ] || failures=1
done
echo "load after: $(uptime | sed 's/.*load average/load average/')" >&2
# a failed run (reported above, with its error) makes the whole script fail, after the tables
exit "${failures:-0}"
