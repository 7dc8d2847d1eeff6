#!/usr/bin/env bash
# What the processor costs a build: writes N entity records of six components (default 500), then
# compiles them three ways with the same javac, classpath and JVM, and prints time and peak memory:
#   -proc:none   javac alone, no processor (the records only; the floor)
#   -proc:only   the processor alone: reading, validating and writing the generated sources
#   full         processor plus compiling everything it generated
# and the generated lines per entity. Needs the runtime and processor jars (mvn -pl runtime,processor
# -am package -DskipTests). Usage: benchmarks/processor-cost.sh [N] [extra javac args, e.g.
# -Asoftdelete.dialects=postgresql]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
shift || true
EXTRA=("$@")
WORK=${WORK:-benchmarks/target/processor-cost}
rm -rf "$WORK" && mkdir -p "$WORK/src/bench" "$WORK/out"
CP_FILE="$WORK/classpath.txt"
# The processor's own dependencies (javapoet, jdbi3-core...), with this checkout's runtime and processor
# jars in place of whatever an earlier `mvn install` left in the local repository.
mvn -B -q -pl processor dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=compile >/dev/null
RUNTIME_JAR=$(ls "$PWD"/runtime/target/softdelete-runtime-*.jar | head -1)
PROC_JAR=$(ls "$PWD"/processor/target/softdelete-processor-*.jar | head -1)
CP="$RUNTIME_JAR:$PROC_JAR:$(tr ':' '\n' < "$CP_FILE" | grep -v softdelete-runtime | paste -sd:)"

for i in $(seq 1 "$N"); do
  cat > "$WORK/src/bench/Entity$i.java" <<JAVA
package bench;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

@SoftDeleteEntity(table = "entity_$i")
public record Entity$i(@Id Long id, @Unique String email, String name, int score, Instant seenAt,
                       @DeletedAt Instant deletedAt) {}
JAVA
done

run() {
  local label=$1; shift
  rm -rf "$WORK/out" "$WORK/gen" && mkdir -p "$WORK/out" "$WORK/gen"
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" \
    javac -J-Xmx4g -d "$WORK/out" -s "$WORK/gen" -cp "$CP" -processorpath "$CP" "$@" "${EXTRA[@]}" "$WORK"/src/bench/*.java
  read -r seconds kb < "$WORK/time.txt"
  printf '| %-11s | %6.1f s | %6d MB |\n' "$label" "$seconds" "$((kb / 1024))"
}

echo "$N entities, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "| javac       |   time   |  peak RSS |"
echo "|---|---:|---:|"
run "-proc:none" -proc:none
run "-proc:only" -proc:only
run "full"
lines=$(cat "$WORK"/gen/bench/*.java | wc -l)
repo=$(cat "$WORK"/gen/bench/Jdbi*.java | wc -l)
echo
echo "generated: $lines lines of Java ($((lines / N)) per entity, $((repo / N)) of them in the repository class)"
