# Shared by bench/run.sh and bench/hugo.sh; sourced, not run.
# Needs $work (the work folder) and $jar (the generator jar) to be set.

# The table header both scripts print.
header() {
  printf '%-28s %8s %8s %9s %9s %9s %9s\n' "run" "wall s" "cpu s" "peak MiB" "pages" "pages/s" "out MiB"
}

# synthetic_content N: the path of a synthetic content folder of N accounts, written on first use.
synthetic_content() {
  local content="$work/content-$1"
  [ -d "$content" ] || java -jar "$jar" synth --accounts "$1" --out "$content" > /dev/null
  echo "$content"
}

# outputs LABEL DIR: prints pages, pages per second (from the last measured run) and size of an output.
outputs() {
  local pages size
  pages=$(find "$2" -name '*.html' | wc -l)
  size=$(du -sm "$2" | cut -f1)
  printf ' %9d %9.0f %9d\n' "$pages" "$(awk "BEGIN {print $pages / $LAST_WALL}")" "$size"
}

# settle: waits until the files earlier runs wrote are on disk, so that the kernel's writing them back
# does not share the cores with the next run; as root, also empties the page cache of clean files, so
# that every run starts with the same free memory instead of first evicting earlier runs' output.
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then echo 1 > /proc/sys/vm/drop_caches; fi
}

# measure LABEL COMMAND...: runs the command under /usr/bin/time -v and prints one table row.
measure() {
  local label=$1; shift
  local t="$work/time.txt"
  sync
  /usr/bin/time -v -o "$t" "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$t" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(awk -F': ' '/User time/ {print $2}' "$t")
  sys=$(awk -F': ' '/System time/ {print $2}' "$t")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$t")
  printf '%-28s %8.2f %8.2f %9.0f' "$label" "$wall" "$(awk "BEGIN {print $user + $sys}")" "$((rss / 1024))"
  LAST_WALL=$wall
}
