#!/usr/bin/env bash
# Times `deploy` against a local S3 API server (s3proxy, file system store, on local disk): a full deploy of a
# synthetic site, a deploy with nothing changed, and a redeploy after one account's JSON changed and the site
# was rebuilt. Prints wall time, CPU time and peak resident memory of each, and the deploy's summary line.
# Usage: bench/deploy.sh [ACCOUNTS...]   (default: 10000)
# Environment: BENCH_DIR (work folder, default /tmp/ov-deploy-bench), HEAP (deploy's -Xmx, default 1g),
# STORE (s3proxy's store: filesystem-nio2, the default, filesystem, or transient-nio2 in memory).
# s3proxy's stores are slow to list (each page of 1,000 keys costs time in proportion to the whole bucket), so
# at large sizes the server, not deploy, sets the pace; compare deploy's CPU time.
# Needs /usr/bin/time (Debian package `time`) and the jars: mvn -q package -DskipTests (which also copies
# s3proxy into target/s3proxy/).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
work=${BENCH_DIR:-/tmp/ov-deploy-bench}
heap=${HEAP:-1g}
jar=target/official-voices.jar
proxy_jar=target/s3proxy/s3proxy.jar
[ -f "$jar" ] && [ -f "$proxy_jar" ] || mvn -q package -DskipTests
mkdir -p "$work/trash"
. bench/lib.sh

# s3proxy, checking signatures like a real service, storing objects as files under $work/s3
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ -e "$work/s3" ]; then mv "$work/s3" "$work/trash/s3-$$-$RANDOM"; fi
mkdir -p "$work/s3"
cat > "$work/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench-key
s3proxy.credential=bench-secret
jclouds.provider=${STORE:-filesystem-nio2}
jclouds.identity=bench-key
jclouds.credential=bench-secret
jclouds.filesystem.basedir=$work/s3
PROPS
LOG_LEVEL=warn java -Xmx${PROXY_HEAP:-2g} -jar "$proxy_jar" --properties "$work/s3proxy.properties" > "$work/s3proxy.log" 2>&1 &
proxy=$!
trap 'kill $proxy 2>/dev/null || true' EXIT
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  kill -0 $proxy 2>/dev/null || { echo "s3proxy did not start; see $work/s3proxy.log"; exit 1; }
  sleep 0.2
done
export AWS_ACCESS_KEY_ID=bench-key AWS_SECRET_ACCESS_KEY=bench-secret
unset AWS_PROFILE AWS_SESSION_TOKEN

deploy() { # deploy LABEL SITE BUCKET: one timed deploy; prints its row and its summary line
  measure "$1" java "-Xmx$heap" -jar "$jar" deploy --site "$2" --to "s3://$3" --endpoint "http://127.0.0.1:$port"
  printf '   %s\n' "$(cat "$work/out.txt")"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); deploy -Xmx$heap"
printf '%-28s %8s %8s %9s\n' "run" "wall s" "cpu s" "peak MiB"
for n in "${sizes[@]}"; do
  content=$(synthetic_content "$n")
  edited="$work/content-$n-edited"
  site="$work/site-$n"
  for d in "$site" "$edited"; do if [ -e "$d" ]; then mv "$d" "$work/trash/$(basename "$d")-$$-$RANDOM"; fi; done
  java -jar "$jar" build --content "$content" --out "$site" > /dev/null
  echo "site: $(find "$site" -type f | wc -l) files, $(du -sm "$site" | cut -f1) MiB"
  curl -fsS -X PUT "http://127.0.0.1:$port/site-$n" -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" --aws-sigv4 "aws:amz:us-east-1:s3" --user bench-key:bench-secret > /dev/null
  settle
  deploy "full deploy $n" "$site" "site-$n"
  deploy "nothing changed $n" "$site" "site-$n"
  # one account's summary changes; the site is rebuilt and deployed again
  cp -r "$content" "$edited"
  account=$(ls "$edited/accounts" | sed -n "$((n / 2))p")
  sed -i 's/used to measure the generator at scale\./used to measure the generator at scale (edited)./' "$edited/accounts/$account"
  java -jar "$jar" build --content "$edited" --out "$site" > /dev/null
  settle
  deploy "one account changed $n" "$site" "site-$n"
done
echo "old outputs were moved to $work/trash; delete them when no benchmark is running (rm -rf $work/trash)"
