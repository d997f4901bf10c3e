#!/usr/bin/env bash
# Builds synthetic sites of several sizes with the jar and prints, for each: wall time, CPU time, peak
# resident memory, pages written, pages per second and output size; also `check` alone and a build with
# nothing changed. Usage: bench/run.sh [ACCOUNTS...]   (default: 1000 10000 178700)
# Environment: BENCH_DIR (work folder, default /tmp/ov-bench), JAVA_OPTS (default: the flags of
# bin/official-voices, -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC), RUNS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 178700)
work=${BENCH_DIR:-/tmp/ov-bench}
java_opts=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}
runs=${RUNS:-1}
jar=target/official-voices.jar
mkdir -p "$work/trash"
. bench/lib.sh
[ -f "$jar" ] || mvn -q package -DskipTests

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); JAVA_OPTS=$java_opts"
header
for n in "${sizes[@]}"; do
  content=$(synthetic_content "$n")
  for r in $(seq 1 "$runs"); do
    out="$work/site-$n"
    # Move the old output aside instead of deleting it: deleting a large tree slows file creation on
    # this file system for minutes, and we want to time the generator, not the file system.
    if [ -e "$out" ]; then mv "$out" "$work/trash/site-$n-$r-$$-$RANDOM"; fi
    rm -f "$work/.site-$n.stamp"
    measure "check $n" java $java_opts -jar "$jar" check --content "$content"; printf '\n'
    measure "build $n" java $java_opts -jar "$jar" build --content "$content" --out "$out"
    outputs "$n" "$out"
    measure "build $n, nothing changed" java $java_opts -jar "$jar" build --content "$content" --out "$out"; printf '\n'
  done
done
echo "old outputs were moved to $work/trash; delete them when no benchmark is running (rm -rf $work/trash)"
