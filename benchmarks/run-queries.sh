#!/usr/bin/env bash
# The queries users write (issue 8), short, on H2 then embedded PostgreSQL: the derived finder and the
# @Query finder against the same SQL in hand-written JDBC, and a derived In of 1,000, 10,000 and 70,000
# ids against the fastest hand-written way. Builds the module (with QueryContendersAgreeTest: both sides
# return the same rows), runs one JMH run per database, and writes $OUT (default target/queries):
# h2.json, postgresql.json, *.txt, machine.txt and results.md (the table, by results.py).
#   benchmarks/run-queries.sh                                  # the short version
#   JMH_OPTS="" benchmarks/run-queries.sh                      # the annotations' 5 x 2 s warm-up and measurement
#   DBS=postgresql benchmarks/run-queries.sh 'InListBenchmark' # one database, a JMH include regexp
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-target/queries}
DBS=${DBS:-h2 postgresql}
JMH_OPTS=${JMH_OPTS--f 1 -wi 3 -w 1s -i 5 -r 1s}
INCLUDE=${1:-'benchmarks\.queries\.'}
if [[ -z ${SKIP_BUILD:-} ]]; then
  (cd .. && mvn -B -q -pl runtime,processor,benchmarks -am package -Dtest='QueryContendersAgreeTest' \
    -Dsurefire.failIfNoSpecifiedTests=false)
fi
mkdir -p "$OUT" target/tmp
{ echo "uptime before $DBS: $(uptime)"; echo "cores: $(nproc)"; java -version 2>&1 | head -1; } >> "$OUT/machine.txt"
for db in $DBS; do
  # shellcheck disable=SC2086
  java -Djava.io.tmpdir=target/tmp -cp target/benchmarks.jar dev.softdelete.benchmarks.compare.RunOnDatabase \
    "$db" $JMH_OPTS -rf json -rff "$OUT/$db.json" "$INCLUDE" | tee "$OUT/$db.txt"
  echo "uptime after $db: $(uptime)" >> "$OUT/machine.txt"
done
python3 results.py "$OUT"/*.json | tee "$OUT/results.md"
