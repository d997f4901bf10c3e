# Shared by bench/run.sh and bench/hugo.sh; sourced, not run.
# Needs $work (the work folder) to be set.

# measure LABEL COMMAND...: runs the command under /usr/bin/time -v and prints one table row.
measure() {
  local label=$1; shift
  local t="$work/time.txt"
  /usr/bin/time -v -o "$t" "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$t" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(awk -F': ' '/User time/ {print $2}' "$t")
  sys=$(awk -F': ' '/System time/ {print $2}' "$t")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$t")
  printf '%-28s %8.2f %8.2f %9.0f' "$label" "$wall" "$(awk "BEGIN {print $user + $sys}")" "$((rss / 1024))"
  LAST_WALL=$wall
}
