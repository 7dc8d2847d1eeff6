#!/usr/bin/env bash
# Issue 9's relations, short. First JMH, on H2 then embedded PostgreSQL: the cascade soft delete and the
# exact restore of an album with 100, 1,000 and 10,000 photos, and of a customer with 100 orders of 10
# lines, through the generated repository and through the hand-written JDBC statements that do the same.
# Then PurgeScaling (not JMH): the purge of dead parents with 10 dead children each, in transactions of
# up to 1,000 parents, every transaction timed: on PostgreSQL at 1,000, 10,000 and 50,000 parents, on H2
# at 1,000 (a batch takes seconds there). Builds the module (with RelationContendersAgreeTest: both sides
# kill and restore the same rows, both purges remove the same rows), and writes $OUT (default
# target/relations): h2.json, postgresql.json, *.txt, machine.txt, results.md (the JMH table, by
# results.py), purge-<db>.md and purge-<db>*.csv (the purge tables, every round, batch and statement).
#   benchmarks/run-relations.sh                              # the short version (about 9 minutes on 2 cores)
#   JMH_OPTS="" benchmarks/run-relations.sh                  # the annotations' 5 x 2 s warm-up and measurement
#   DBS=postgresql PURGE_DBS= benchmarks/run-relations.sh    # JMH on one database, no purge
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-target/relations}
DBS=${DBS-h2 postgresql}
JMH_OPTS=${JMH_OPTS--f 1 -wi 1 -w 1s -i 3 -r 1s}
INCLUDE=${1:-'benchmarks\.relations\.'}
PURGE_DBS=${PURGE_DBS-postgresql h2}
PURGE_PARENTS_POSTGRESQL=${PURGE_PARENTS_POSTGRESQL:-1000,10000,50000}
PURGE_PARENTS_H2=${PURGE_PARENTS_H2:-1000}
if [[ -z ${SKIP_BUILD:-} ]]; then
  (cd .. && mvn -B -q -pl runtime,processor,benchmarks -am package -Dtest='RelationContendersAgreeTest' \
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
if [[ -n $DBS ]]; then
  python3 results.py "$OUT"/*.json | tee "$OUT/results.md"
fi
for db in $PURGE_DBS; do
  var="PURGE_PARENTS_${db^^}"
  java -Djava.io.tmpdir=target/tmp -cp target/benchmarks.jar dev.softdelete.benchmarks.relations.PurgeScaling \
    --db "$db" --parents "${!var}" --out "$OUT" | tee "$OUT/purge-$db.txt"
  echo "uptime after the purge on $db: $(uptime)" >> "$OUT/machine.txt"
done
