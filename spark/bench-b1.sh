#!/usr/bin/env bash
# Benchmark B1 at scale on Spark's local mode (issue 21): the same plan on the same 10M deals,
#   1. ./compass run (one JVM, the local engine),
#   2. spark/run-local.sh reading the CSV,
#   3. spark/run-local.sh reading a Parquet copy (made by Spark, every column as text),
# each timed whole-process by /usr/bin/time (wall clock, peak memory), outputs compared byte for byte.
#
#   spark/bench-b1.sh [DATA]     DATA: default /tmp/compass-b1-10000000 (compass generate's B1)
#
# Environment: COMPASS_SPARK_MASTER (default local[*]), COMPASS_SPARK_MEMORY (default 6g).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
data=${1:-/tmp/compass-b1-10000000}
plan=$root/stdlib-plans/plans/b1/b1.comp
work=${BENCH_WORK:-/tmp/compass-spark-bench}
mkdir -p "$work"
export COMPASS_SPARK_MEMORY=${COMPASS_SPARK_MEMORY:-6g}
# the job jar copied aside, so that a rebuild during the benchmark does not change it
(cd "$root" && mvn -o -q -pl grammar,interpreter,stdlib-plans,spark package -DskipTests \
  -Dspotless.check.skip=true)
cp "$here/target/compass-spark.jar" "$work/compass-spark.jar"
export COMPASS_SPARK_JAR=$work/compass-spark.jar
parquet=$data-parquet
if [ ! -d "$parquet/deals.parquet" ]; then
  mkdir -p "$parquet"
  for t in people deals; do
    COMPASS_SPARK_CLASS=compass.spark.ToParquet "$here/run-local.sh" "$data/$t.csv" \
      "$parquet/$t.parquet"
  done
fi
timed() { # name, command...: /usr/bin/time's wall clock and peak memory into $work/NAME.time
  local name=$1
  shift
  echo "== $name: $*"
  uptime
  /usr/bin/time -f "%e s wall, %M KB max RSS, %U s user, %S s sys" -o "$work/$name.time" "$@" \
    2> "$work/$name.err" || { echo "failed: see $work/$name.err"; tail -20 "$work/$name.err"; }
  cat "$work/$name.time"
}
rm -f "$work"/*.csv
timed local "$root/compass" run "$plan" --data "$data" --format csv --out "$work/local.csv"
timed spark-csv "$here/run-local.sh" "$plan" --data "$data" --out "$work/spark-csv.csv"
timed spark-parquet "$here/run-local.sh" "$plan" --data "$parquet" --out "$work/spark-parquet.csv"
cmp "$work/local.csv" "$work/spark-csv.csv" && echo "spark (CSV): the same statement, byte for byte"
cmp "$work/local.csv" "$work/spark-parquet.csv" \
  && echo "spark (Parquet): the same statement, byte for byte"
uptime
