#!/usr/bin/env bash
# Times the editor's loop in a real browser: `serve` from the jar, Chromium showing a case study, the
# case study's Markdown saved RUNS times, then the site layout template; for each, the time from the save
# to the browser having loaded the new page. On the real content and on a synthetic site of 10,000 accounts.
# Usage: bench/serve.sh [RUNS]   (default 20). Needs chromium and chromium-driver (see .ci/run).
# Environment: BENCH_DIR (work folder, default /tmp/ov-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
work=${BENCH_DIR:-/tmp/ov-bench}
jar=target/official-voices.jar
. bench/lib.sh
mvn -q package -DskipTests
mvn -q test-compile

# reload_bench LABEL CONTENT: copies CONTENT and the templates (the benchmark edits them) and measures.
reload_bench() {
  local copy="$work/serve-$1"
  rm -rf "$copy" && mkdir -p "$copy" && cp -r "$2" "$copy/content" && cp -r templates "$copy/templates"
  local study
  study=$(cd "$copy/content/case-studies" && ls | sort | head -1)
  mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.officialvoices.bench.ReloadBenchmark \
    -Dexec.args="$1 $copy/content $copy/templates case-studies/${study%.md}/ case-studies/$study $runs"
  rm -rf "$copy"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
mkdir -p "$work"
reload_bench real-content content
reload_bench synthetic-10000 "$(synthetic_content 10000)"
