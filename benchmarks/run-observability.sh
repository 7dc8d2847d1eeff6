#!/usr/bin/env bash
# Issue 10's cost of observability, short, on H2 then embedded PostgreSQL: findById by hand-written JDBC,
# the generated repository in AUTO with nothing configured, the same forced to JDBC (no check), the
# generated repository with a SqlLogger (Jdbi's pipeline), Jdbi SqlObject, and SqlObject with the same
# SqlLogger. One JMH run per database; writes $OUT (default target/observability): h2.json,
# postgresql.json, *.txt, machine.txt and results.md (the table, by results.py). About 4 minutes.
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
  echo "uptime after $db: $(uptime)" >> "$OUT/machine.txt"
done
python3 results.py "$OUT"/*.json | tee "$OUT/results.md"
