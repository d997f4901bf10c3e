#!/usr/bin/env bash
# The same measurements for Hugo (Debian's hugo package) on Markdown pages of the same count and similar
# size: one page per synthetic account, with the same fields and body. Usage: bench/hugo.sh [ACCOUNTS...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 178700)
work=${BENCH_DIR:-/tmp/ov-bench}
jar=target/official-voices.jar
mkdir -p "$work/trash"
. bench/lib.sh
command -v hugo > /dev/null || { apt-get update -q && apt-get install -y -q hugo; }
[ -f "$jar" ] || mvn -q package -DskipTests

echo "machine: $(nproc) cores; $(hugo version | cut -c1-60)"
header
for n in "${sizes[@]}"; do
  content=$(synthetic_content "$n")
  site="$work/hugo-src-$n"
  if [ ! -d "$site" ]; then
    mkdir -p "$site/content/accounts" "$site/layouts/_default"
    cat > "$site/hugo.toml" <<'TOML'
baseURL = "https://synthetic.example.org/"
title = "Synthetic Voices"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
TOML
    cat > "$site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="/style.css"></head>
<body><header><a href="/">Synthetic Voices</a></header><main>{{ block "main" . }}{{ end }}</main><footer>Data last updated 2026-01-01.</footer></body></html>
HTML
    cat > "$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }} <span lang="zh">{{ .Params.nameZh }}</span></h1>
<dl><dt>Platform</dt><dd>{{ .Params.platform }}</dd><dt>Owner</dt><dd>{{ .Params.owner }}</dd><dt>Kind</dt><dd>{{ .Params.kind }}</dd><dt>Country</dt><dd>{{ .Params.country }}</dd><dt>Created</dt><dd>{{ .Params.created }}</dd></dl>
{{ .Content }}{{ end }}
HTML
    cat > "$site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
    # One Markdown page per synthetic account: the same fields as front matter, the summary and the
    # observations table as the body.
    python3 - "$content" "$site/content/accounts" <<'PY'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
for name in os.listdir(os.path.join(src, "accounts")):
    a = json.load(open(os.path.join(src, "accounts", name), encoding="utf-8"))
    rows = "\n".join(f"| {o['metric']} | {o['value']} | {o['date']} | {o['source']} | {o.get('note', '')} |" for o in a["observations"])
    fm = {k: a[k] for k in ("name", "nameZh", "handle", "platform", "owner", "kind", "country", "status")}
    with open(os.path.join(dst, name[:-5] + ".md"), "w", encoding="utf-8") as f:
        f.write("---\n" + f"title: {json.dumps(a['name'], ensure_ascii=False)}\n")
        f.write("".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fm.items()))
        f.write(f"created: \"{a['created']['date']}\"\n---\n\n{a['summary']}\n\n")
        f.write("| Measure | Value | Date | Source | Note |\n| --- | --- | --- | --- | --- |\n" + rows + "\n")
PY
  fi
  out="$work/hugo-site-$n"
  if [ -e "$out" ]; then mv "$out" "$work/trash/hugo-$n-$$-$RANDOM"; fi
  settle
  tar cf - -C "$site" . | cat > /dev/null # its pages in the page cache, as ours are after `check`
  measure "hugo $n" hugo --quiet --source "$site" --destination "$out"
  outputs "$n" "$out"
done
