#!/usr/bin/env bash
# The first `compass check` of a generated 2,000-line plan in a fresh JVM, as the launcher runs
# it: JMH's ColdCheckBenchmark (one call in each of 5 forked JVMs), with the quick JIT, the serial
# collector and a class-data-sharing archive trained on the same benchmark, like the archive the
# `compass` launcher trains once per build. Prints JMH's result (ms per first check).
#
# usage: bench/cold-check.sh        (needs the benchmarks jar: mvn -B -q -Pbench -DskipTests package)
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/benchmarks.jar"
[ -f "$jar" ] || { echo "cold-check.sh: build first: mvn -B -q -Pbench -DskipTests package" >&2; exit 2; }
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
jsa="$(mktemp -u /tmp/compass-cold-check.XXXXXX).jsa"
trap 'rm -f "$jsa"' EXIT
# The training run: the same check in this JVM (-f 0), recording the classes it loads.
java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "${flags[@]}" \
  -jar "$jar" ColdCheckBenchmark -f 0 -wi 0 -i 1 >/dev/null
java -jar "$jar" ColdCheckBenchmark \
  -jvmArgsAppend "${flags[*]} -XX:SharedArchiveFile=$jsa -Xlog:cds=off" | tail -n 3
