#!/usr/bin/env bash
# Issue 10's cost of observability, short, on H2 then embedded PostgreSQL: findById by hand-written JDBC,
# the generated repository in AUTO with nothing configured, the same forced to JDBC (no check), the
# generated repository with a SqlLogger (Jdbi's pipeline), Jdbi SqlObject, and SqlObject with the same
# SqlLogger. Per database one JMH run, then InterleavedObserved (the same contenders in one JVM, in
# rotating 50 ms blocks, wall clock and thread CPU time: it holds on a loaded machine, where a short
# JMH run does not). Writes $OUT (default target/observability): h2.json, postgresql.json, *.txt,
# interleaved-*.txt, machine.txt and results.md (both tables). About 6 minutes.
#   benchmarks/run-observability.sh
#   JMH_OPTS="" benchmarks/run-observability.sh    # the annotations' 5 x 2 s warm-up and measurement
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-target/observability}
DBS=${DBS:-h2 postgresql}
JMH_OPTS=${JMH_OPTS--f 1 -wi 3 -w 1s -i 5 -r 1s}
INCLUDE=${1:-'benchmarks\.observe\.'}
if [[ -z ${SKIP_BUILD:-} ]]; then
  (cd .. && mvn -B -q -pl runtime,processor,benchmarks -am package -DskipTests)
fi
mkdir -p "$OUT" target/tmp
{ echo "uptime before $DBS: $(uptime)"; echo "cores: $(nproc)"; java -version 2>&1 | head -1; } >> "$OUT/machine.txt"
for db in $DBS; do
  # shellcheck disable=SC2086
  java -Djava.io.tmpdir=target/tmp -cp target/benchmarks.jar dev.softdelete.benchmarks.compare.RunOnDatabase \
    "$db" $JMH_OPTS -rf json -rff "$OUT/$db.json" "$INCLUDE" | tee "$OUT/$db.txt"
  java -Xms1g -Xmx1g -Djava.io.tmpdir=target/tmp -cp target/benchmarks.jar \
    dev.softdelete.benchmarks.observe.InterleavedObserved "$db" "${ROUNDS:-200}" 50 | tee "$OUT/interleaved-$db.txt"
  echo "uptime after $db: $(uptime)" >> "$OUT/machine.txt"
done
# The JMH score lines, then the interleaved tables, in one file.
{ grep -h '^ObservedReads' "$OUT"/h2.txt "$OUT"/postgresql.txt; echo; cat "$OUT"/interleaved-*.txt; } | tee "$OUT/results.md"
