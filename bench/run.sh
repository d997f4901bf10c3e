#!/usr/bin/env bash
# Builds synthetic sites of several sizes with the jar and prints, for each: wall time, CPU time, peak
# resident memory, pages written, pages per second and output size; also `check` alone and a build with
# nothing changed. Usage: bench/run.sh [ACCOUNTS...]   (default: 1000 10000 178700)
# Environment: BENCH_DIR (work folder, default /tmp/ov-bench), JAVA_OPTS (default: the settings
# bin/official-voices picks for the site's size), RUNS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 178700)
work=${BENCH_DIR:-/tmp/ov-bench}
# bin/official-voices reads OV_JAVA_OPTS; empty leaves it to choose, as a reader's build would
export OV_JAVA_OPTS=${JAVA_OPTS:-}
runs=${RUNS:-1}
jar=target/official-voices.jar
mkdir -p "$work/trash"
. bench/lib.sh
[ -f "$jar" ] || mvn -q package -DskipTests

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); JAVA_OPTS=${OV_JAVA_OPTS:-(bin/official-voices)}"
header
for n in "${sizes[@]}"; do
  content=$(synthetic_content "$n")
  for r in $(seq 1 "$runs"); do
    out="$work/site-$n"
    # Move the old output aside instead of deleting it: deleting a large tree slows file creation on
    # this file system for minutes, and we want to time the generator, not the file system.
    if [ -e "$out" ]; then mv "$out" "$work/trash/site-$n-$r-$$-$RANDOM"; fi
    rm -f "$work/.site-$n.stamp"
    settle # the check reads the content from disk, and leaves it in the page cache for the build
    measure "check $n" bin/official-voices check --content "$content"; printf '\n'
    measure "build $n" bin/official-voices build --content "$content" --out "$out"
    outputs "$n" "$out"
    # the same number of pages of the same average size, written and nothing else: the file system's floor
    pages=$(find "$out" -name '*.html' | wc -l)
    bytes=$(find "$out" -name '*.html' -printf '%s\n' | awk '{s += $1} END {printf "%d", s / NR}')
    if [ -e "$work/floor-$n" ]; then mv "$work/floor-$n" "$work/trash/floor-$n-$r-$$-$RANDOM"; fi # left by a stopped run
    measure "  file system alone, $n" java bench/FsFloor.java "$work/floor-$n" "$pages" "$bytes"; printf '\n'
    mv "$work/floor-$n" "$work/trash/floor-$n-$r-$$-$RANDOM"
    measure "build $n, nothing changed" bin/official-voices build --content "$content" --out "$out"; printf '\n'
  done
done
echo "old outputs were moved to $work/trash; delete them when no benchmark is running (rm -rf $work/trash)"
