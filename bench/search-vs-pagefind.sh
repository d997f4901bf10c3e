#!/usr/bin/env bash
# Our search index against Pagefind (npm pagefind 1.6.0) on the same synthetic sites: the time and memory to
# index, the index's size, and for a few queries (one in Chinese) the first query's bytes and top results,
# measured in headless Chromium (bench/search-bench.html: resource entries' encodedBodySize, uncompressed,
# served by python3 -m http.server). Pagefind indexes the same pages ours does: accounts, case studies and
# sources (--glob). Usage: bench/search-vs-pagefind.sh [ACCOUNTS...]   (default 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 20000)
work=${BENCH_DIR:-/tmp/ov-search-bench}
jar=target/official-voices.jar
queries=("police" "Harbin Police 12" "Harbni" "embassies" "大使馆")
mkdir -p "$work"
. bench/lib.sh
[ -f "$jar" ] && [ -d target/test-classes ] || mvn -q package -DskipTests
[ -x "$work/pf/node_modules/.bin/pagefind" ] || (mkdir -p "$work/pf" && cd "$work/pf" && npm install --no-audit --no-fund pagefind@1.6.0 > /dev/null)
pagefind="$work/pf/node_modules/.bin/pagefind"
chromium=$(command -v chromium || command -v chromium-browser)

# timed LABEL COMMAND...: runs a command under /usr/bin/time, prints wall seconds and peak MiB.
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  read -r wall rss < "$work/time.txt"
  printf '%-32s %8s s %8d MiB\n' "$label" "$wall" $((rss / 1024))
}

# first_query SITE ENGINE QUERY: one query in a fresh headless Chromium.
first_query() {
  local url="http://127.0.0.1:$port/search-bench.html?engine=$2&q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$3")"
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile-$RANDOM" --virtual-time-budget=30000 \
    --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1" --dump-dom "$url" 2> /dev/null \
    | python3 -c 'import sys, html, re; m = re.search(r"<pre id=\"out\">(.*?)</pre>", sys.stdin.read(), re.S); print(html.unescape(m.group(1)) if m else "no output")'
  rm -rf "$work"/profile-*
}

for n in "${sizes[@]}"; do
  echo "== $n accounts"
  content=$(synthetic_content "$n")
  site="$work/site-$n"
  [ -d "$site" ] || java -Xmx1g -jar "$jar" build --content "$content" --out "$site" --full > /dev/null
  timed "ours: index" java -Xmx1g -cp "$jar:target/test-classes" org.officialvoices.site.SearchIndexBench "$content" "${queries[@]}"
  cat "$work/out.txt"
  echo "ours: index size $(du -sb "$site/search" | cut -f1) bytes in $(ls "$site/search" | wc -l) files"
  rm -rf "$site/pagefind"
  timed "pagefind: index" "$pagefind" --site "$site" --glob "{accounts,case-studies,sources}/**/*.html"
  grep -E "Indexed|Total" "$work/out.txt" | head -5 || true
  echo "pagefind: index size $(du -sb "$site/pagefind" | cut -f1) bytes in $(find "$site/pagefind" -type f | wc -l) files"
  cp bench/search-bench.html "$site/"
  port=$((20000 + RANDOM % 20000))
  (cd "$site" && exec python3 -m http.server "$port" --bind 127.0.0.1 > /dev/null 2>&1) &
  server=$!
  sleep 1
  for q in "${queries[@]}"; do
    first_query "$site" ours "$q"
    first_query "$site" pagefind "$q"
  done
  kill "$server"
done
