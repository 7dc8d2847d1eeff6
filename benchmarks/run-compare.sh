#!/usr/bin/env bash
# The whole comparison, short, on H2 then embedded PostgreSQL: builds the module (with its checks that
# every contender returns the same rows), runs one JMH run per database (every implementation in the
# same run, plus dead-row scaling and pages without the live index), prints the plans, and writes
# tables and charts to $OUT (default target/compare): results.md, ratios-h2.svg, ratios-postgresql.svg.
#   benchmarks/run-compare.sh                          # the short version (see README.md for its duration)
#   JMH_OPTS="" benchmarks/run-compare.sh              # the annotations' defaults: 5 x 2 s warm-up and measurement
#   DBS=h2 benchmarks/run-compare.sh 'compare\.Read'   # one database, a JMH include regexp
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-target/compare}
DBS=${DBS:-h2 postgresql}
JMH_OPTS=${JMH_OPTS--f 1 -wi 2 -w 400ms -i 4 -r 400ms}
PURGE_ROWS=${PURGE_ROWS:-100000}
INCLUDE=${1:-'benchmarks\.(compare|scaling|pages)\.'}
if [[ -z ${SKIP_BUILD:-} ]]; then
  (cd .. && mvn -B -q -pl runtime,processor,benchmarks -am package -Dtest='CompareContendersAgreeTest,PlansTest' \
    -Dsurefire.failIfNoSpecifiedTests=false)
fi
mkdir -p "$OUT" target/tmp
{ echo "uptime before $DBS: $(uptime)"; echo "cores: $(nproc)"; java -version 2>&1 | head -1; } >> "$OUT/machine.txt"
for db in $DBS; do
  # shellcheck disable=SC2086
  java -Djava.io.tmpdir=target/tmp -cp target/benchmarks.jar dev.softdelete.benchmarks.compare.RunOnDatabase \
    "$db" --plans "$OUT/plans-$db.md" $JMH_OPTS -p purgeRows="$PURGE_ROWS" -rf json -rff "$OUT/$db.json" \
    "$INCLUDE" | tee "$OUT/$db.txt"
  echo "uptime after $db: $(uptime)" >> "$OUT/machine.txt"
done
python3 results.py --svg "$OUT" "$OUT"/*.json | tee "$OUT/results.md"
