#!/usr/bin/env bash
# Full build against a one-file incremental build, in alternating runs. For each size: a first build makes
# the output and its state; then each round (1) a full build into a fresh folder (as CI without a cache),
# (2) one account's JSON edited (one figure), (3) `build` into the kept output, which is incremental;
# (4) every content file's time changed, as a fresh checkout in CI does, and one more account edited:
# every file is read again, but only that account parsed.
# Prints wall and CPU time of each run and what the incremental build rewrote.
# Usage: bench/incremental.sh [ACCOUNTS...]   (default: 10000)   Environment: BENCH_DIR, RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
work=${BENCH_DIR:-/tmp/ov-bench}
runs=${RUNS:-3}
jar=target/official-voices.jar
mkdir -p "$work/trash"
. bench/lib.sh
[ -f "$jar" ] || mvn -q package -DskipTests

# timed LABEL ARGS...: runs the launcher, prints wall and CPU seconds and the summary line's tail
timed() {
  local label=$1 log
  shift
  log=$(mktemp)
  /usr/bin/time -f '%e %U %S' -o "$log.time" bin/official-voices "$@" > "$log"
  read -r wall user sys < "$log.time"
  printf '%-34s %8.2f %8.2f   %s\n' "$label" "$wall" "$(awk "BEGIN {print $user + $sys}")" \
    "$(sed -n 's/.* in [0-9.]* s//p' "$log")"
  rm -f "$log" "$log.time"
}

# edit FILE: adds one to an account's first figure
edit() {
  python3 - "$1" <<'PY'
import json, sys
p = sys.argv[1]
o = json.load(open(p, encoding="utf-8"))
o["observations"][0]["value"] += 1
open(p, "w", encoding="utf-8").write(json.dumps(o, indent=2, ensure_ascii=False) + "\n")
PY
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
printf '%-34s %8s %8s   %s\n' "run" "wall s" "cpu s" "what was written"
for n in "${sizes[@]}"; do
  content=$(synthetic_content "$n")
  out="$work/inc-$n/site"
  if [ -e "$out" ]; then mv "$work/inc-$n" "$work/trash/inc-$n-$$-$RANDOM"; fi
  settle
  timed "$n: first build" build --content "$content" --out "$out"
  for r in $(seq 1 "$runs"); do
    settle
    timed "$n: full build, fresh folder" build --content "$content" --out "$work/full-$n-$r/site"
    mv "$work/full-$n-$r" "$work/trash/full-$n-$r-$$-$RANDOM" # deleted after the runs, not while timed
    edit "$content/accounts/account-$((n / 2)).json"
    settle
    timed "$n: one account edited, incremental" build --content "$content" --out "$out"
    find "$content" -type f -exec touch {} +
    edit "$content/accounts/account-$((n / 3)).json"
    settle
    timed "$n: after a checkout, incremental" build --content "$content" --out "$out"
  done
done
echo "deleting old outputs in $work/trash (not timed)"
rm -rf "$work/trash"
