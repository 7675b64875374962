#!/usr/bin/env bash
# Cold start of the distribution to the first served login page, against a bare Felix + Jetty 12 + one-page
# Wicket application started by the same launcher, measured side by side in the same run.
#   bench/start-time.sh [runs]      (default 5; prints medians, the ratio and RSS after the first page)
# Each run starts a new JVM twice for the portal: on a fresh, empty data folder ("first start": the portal creates
# its database and loads the demo data and catalogues) and again on the data that start left ("restart", the
# everyday case). Run it on an otherwise idle machine: both sides share the two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f distribution/target/portal/bin/caitien-launcher.jar ] || mvn -B -q -DskipTests install
mvn -B -q -f bench/pom.xml -DskipTests package

# the baseline folder: same launcher and framework, the bare composition's bundles, no etc/
bare=$work/bare
mkdir -p "$bare/bin" "$bare/lib" "$bare/bundle" "$bare/etc"
cp distribution/target/portal/bin/caitien-launcher.jar "$bare/bin/"
cp distribution/target/portal/lib/*.jar "$bare/lib/"
cp bench/bare-wicket/target/export/bare/*.jar "$bare/bundle/"
cp distribution/target/portal/etc/logback.xml "$bare/etc/"

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# prints "<milliseconds> <rss kB>"
measure() {
  local home=$1 path=$2 data=${3:-$(mktemp -d -p "$work")} p pid start code ms rss
  p=$(port)
  start=$(date +%s%N)
  java -jar "$home/bin/caitien-launcher.jar" --home "$home" --data "$data" --port "$p" --host 127.0.0.1 \
      >"$data/out.log" 2>&1 &
  pid=$!
  code=000
  for _ in $(seq 1 1200); do
    # a cookie jar, as a browser has: Wicket's stateful login page redirects to /login?0 with a session cookie
    code=$(curl -s -o /dev/null -w '%{http_code}' -L -c "$data/cookies" -b "$data/cookies" \
        "http://127.0.0.1:$p$path" || true)
    [ "$code" = 200 ] && break
    sleep 0.025
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  # let a first start finish its background work (catalogue load) before stopping it
  sleep "${SETTLE:-0}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ "$code" != 200 ]; then echo "no page at $path (HTTP $code); log: $data/out.log" >&2; cat "$data/out.log" >&2; exit 1; fi
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

: >"$work/portal.txt"; : >"$work/restart.txt"; : >"$work/bare.txt"
for i in $(seq 1 "$runs"); do
  measure "$bare" / >>"$work/bare.txt"
  data=$(mktemp -d -p "$work")
  SETTLE=3 measure distribution/target/portal /login "$data" >>"$work/portal.txt"
  measure distribution/target/portal /login "$data" >>"$work/restart.txt"
done

bare_ms=$(cut -d' ' -f1 "$work/bare.txt" | median); bare_rss=$(cut -d' ' -f2 "$work/bare.txt" | median)
portal_ms=$(cut -d' ' -f1 "$work/portal.txt" | median); portal_rss=$(cut -d' ' -f2 "$work/portal.txt" | median)
restart_ms=$(cut -d' ' -f1 "$work/restart.txt" | median); restart_rss=$(cut -d' ' -f2 "$work/restart.txt" | median)
printf 'runs: %s (java %s, %s cores)\n' "$runs" "$(java -version 2>&1 | head -1 | cut -d'"' -f2)" "$(nproc)"
printf '%-28s %10s %14s   all runs (ms)\n' "" "median ms" "median RSS MB"
printf '%-28s %10s %14s   %s\n' "bare Felix+Jetty+Wicket" "$bare_ms" "$((bare_rss / 1024))" "$(cut -d' ' -f1 "$work/bare.txt" | tr '\n' ' ')"
printf '%-28s %10s %14s   %s\n' "portal, first start" "$portal_ms" "$((portal_rss / 1024))" "$(cut -d' ' -f1 "$work/portal.txt" | tr '\n' ' ')"
printf '%-28s %10s %14s   %s\n' "portal, restart" "$restart_ms" "$((restart_rss / 1024))" "$(cut -d' ' -f1 "$work/restart.txt" | tr '\n' ' ')"
awk -v a="$portal_ms" -v r="$restart_ms" -v b="$bare_ms" 'BEGIN {printf "ratio to bare: first start %.2f, restart %.2f (goal <= 1.5, and under 3000 ms)\n", a/b, r/b}'
