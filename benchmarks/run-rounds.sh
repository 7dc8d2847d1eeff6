#!/usr/bin/env bash
# Runs the whole suite ROUNDS times (default 3), then a -prof gc run, and prints a summary table.
# On a noisy machine, repeating the suite keeps each pair's two sides close in time in every round.
#   ./run-rounds.sh                      # the earlier H2-only suite (classes directly in dev.softdelete.benchmarks)
#   ./run-rounds.sh FindByIdBenchmark    # JMH include regexps restrict it
set -euo pipefail
cd "$(dirname "$0")"
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-target/results}
JMH_OPTS=${JMH_OPTS:--f 1 -wi 5 -w 2s -i 5 -r 2s}
GC_OPTS=${GC_OPTS:--f 1 -wi 5 -w 2s -i 3 -r 2s}
mkdir -p "$OUT"
# The comparison (compare/, scaling/, pages/) has its own script, run-compare.sh.
if [[ $# -eq 0 ]]; then set -- 'benchmarks\.[A-Z]'; fi
runs=()
for r in $(seq 1 "$ROUNDS"); do
  # shellcheck disable=SC2086
  java -jar target/benchmarks.jar $JMH_OPTS -rf json -rff "$OUT/round$r.json" "$@" | tee "$OUT/round$r.txt"
  runs+=("$OUT/round$r.json")
done
# shellcheck disable=SC2086
java -jar target/benchmarks.jar -prof gc $GC_OPTS -rf json -rff "$OUT/gc.json" "$@" | tee "$OUT/gc.txt"
python3 summarize.py --gc "$OUT/gc.json" "${runs[@]}" | tee "$OUT/summary.md"
