#!/usr/bin/env bash
# A coverage-guided fuzzing campaign with Jazzer over every fuzz target, MINUTES in all (default 30): half for
# whole builds (BuildFuzzIT), the rest shared by the readers (ReadersFuzzIT). Each target runs as
#   JAZZER_FUZZ=1 mvn -o test -Dtest=Class#method -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=S
# (JUnit's per-test timeout is off: one fuzzing run is one long test) and logs to target/fuzz/<method>.log.
# Inputs that fail, which Jazzer writes beside the test classes' sources or in the project folder, are
# moved into src/test/resources/fuzz/<Class>Inputs/<method>/, so every later `mvn verify` replays them:
# fix the cause, keep the input. Prints, per target, runs, seconds, runs per second and findings.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
total=$((minutes * 60))
mkdir -p target/fuzz
mvn -q -o test-compile
targets=(
  "BuildFuzzIT#build:50"
  "ReadersFuzzIT#caseStudyMarkdown:14"
  "ReadersFuzzIT#accountJson:10"
  "ReadersFuzzIT#datasetJson:10"
  "ReadersFuzzIT#catalogueJson:8"
  "ReadersFuzzIT#siteSettings:8"
)
printf '%-36s %10s %8s %8s %s\n' target runs seconds runs/s findings
for entry in "${targets[@]}"; do
  target=${entry%%:*}
  share=${entry##*:}
  seconds=$((total * share / 100))
  [ "$seconds" -ge 10 ] || seconds=10
  class=${target%%#*}
  method=${target##*#}
  log=target/fuzz/$method.log
  JAZZER_FUZZ=1 mvn -o test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -Djunit.jupiter.execution.timeout.mode=disabled \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" >"$log" 2>&1 || true
  runs=$(grep -aoE '^Done [0-9]+ runs in [0-9]+ second' "$log" | awk '{print $2}' | tail -1)
  took=$(grep -aoE '^Done [0-9]+ runs in [0-9]+ second' "$log" | awk '{print $5}' | tail -1)
  if [ -z "$runs" ]; then # stopped at a finding: the last status line has the count
    runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    took=$seconds
  fi
  found=$(grep -acE '== Java Exception|FuzzTestFindingException|Tests run: [0-9]+, Failures: [1-9]|Errors: [1-9]' "$log" || true)
  jazzer_dir=src/test/resources/org/officialvoices/fuzz/${class}Inputs/$method
  if [ -d "$jazzer_dir" ]; then
    mkdir -p "src/test/resources/fuzz/${class}Inputs/$method"
    mv "$jazzer_dir"/* "src/test/resources/fuzz/${class}Inputs/$method/" 2>/dev/null || true
    rm -rf src/test/resources/org
  fi
  for crash in crash-* timeout-* slow-unit-*; do
    if [ -f "$crash" ]; then
      mkdir -p "src/test/resources/fuzz/${class}Inputs/$method"
      mv "$crash" "src/test/resources/fuzz/${class}Inputs/$method/"
    fi
  done
  rate=$(awk -v r="${runs:-0}" -v s="${took:-1}" 'BEGIN { printf "%.1f", (s > 0 ? r / s : 0) }')
  printf '%-36s %10s %8s %8s %s\n' "$target" "${runs:-0}" "${took:-0}" "$rate" "$found"
done
