#!/usr/bin/env bash
# Upgrade check: the data a previous release wrote survives an upgrade to the current build.
#
#   trust/upgrade.sh [--kill] [--keep] [REF]
#
#   REF     the previous release: a git tag or commit (default: the newest v* tag, else the commit named in
#           trust/previous-release, since tags made locally do not travel with a submission)
#   --kill  end the previous release with kill -9 instead of a clean stop (Derby then recovers from its log)
#   --keep  keep the work folder (data, logs, snapshots) instead of removing it
#
# Steps: check REF out into a temporary git worktree and build it there with `mvn -o -DskipTests package` (never
# install: that would overwrite the current SNAPSHOT artifacts in ~/.m2); start that distribution on an empty data
# folder; wait for its demo plans; edit as users would over HTTP (a draft plan, a progress report, a comment); keep a
# snapshot (every plan as JSON for hieutruong, phuong and so, the roll-ups, a few pages); stop it; start the
# CURRENT build's distribution (distribution/target/portal, build it first) on the same data folder; compare the
# snapshot; check that the new migrations ran (demo data V002: UBND phường Vũ Ninh and THCS Vũ Ninh's plan) and that
# the old plans still edit and export. The HTTP side is trust/upgrade-check.java. Exits 1 on any difference.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
checker=$root/trust/upgrade-check.java
current=$root/distribution/target/portal
mode=clean
keep=0
ref=""
while [ $# -gt 0 ]; do
  case "$1" in
    --kill) mode=kill ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) ref=$1 ;;
  esac
  shift
done
if [ -z "$ref" ]; then
  ref=$(git -C "$root" tag -l 'v*' --sort=-v:refname | head -n 1)
  if [ -z "$ref" ] && [ -f "$root/trust/previous-release" ]; then
    ref=$(sed -n 's/^\([0-9a-f]\{7,40\}\).*/\1/p' "$root/trust/previous-release" | head -n 1)
  fi
  [ -n "$ref" ] || { echo "no v* tag and no trust/previous-release in $root: give the previous release as an argument" >&2; exit 2; }
fi
git -C "$root" rev-parse --verify -q "$ref^{commit}" > /dev/null || { echo "unknown ref $ref" >&2; exit 2; }
[ -f "$current/bin/caitien-launcher.jar" ] || {
  echo "no current distribution at $current: build it first (mvn -B -DskipTests install)" >&2; exit 2; }

started=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/caitien-upgrade.XXXXXX")
src=$work/src
data=$work/data
pid=""

log() { printf '[upgrade %3ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  fi
  if [ -d "$src" ]; then
    git -C "$root" worktree remove --force "$src" 2> /dev/null || true
  fi
  git -C "$root" worktree prune 2> /dev/null || true
  if [ "$keep" = 1 ]; then
    echo "work folder kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port" >&2
  return 1
}

# login_status: the HTTP status of GET /login on $port, empty when nothing answers
login_status() {
  (
    exec 3<> "/dev/tcp/127.0.0.1/$port" || exit 0
    printf 'GET /login HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    read -r -t 30 _ status _ <&3 && echo "$status"
  ) 2> /dev/null || true
}

# start_portal HOME LABEL: starts the distribution at HOME on the data folder; waits for the login page
start_portal() {
  local home=$1 label=$2
  port=$(free_port)
  java -Xmx1g -jar "$home/bin/caitien-launcher.jar" --home "$home" --data "$data" --host 127.0.0.1 --port "$port" \
    >> "$work/$label-console.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2> /dev/null || { echo "the $label portal exited:" >&2; tail -50 "$work/$label-console.log" >&2; exit 1; }
    if [[ "$(login_status)" =~ ^(200|302)$ ]]; then
      return
    fi
    sleep 1
  done
  echo "the $label portal did not answer within 10 minutes" >&2
  exit 1
}

# stop_portal clean|kill LABEL: SIGTERM (what Ctrl-C does) or SIGKILL; waits for the JVM to end
stop_portal() {
  local how=$1 label=$2 status=0
  if [ "$how" = kill ]; then
    kill -9 "$pid"
  else
    kill -TERM "$pid"
  fi
  wait "$pid" 2> /dev/null || status=$?
  pid=""
  log "$label portal ended ($how stop), exit status $status"
}

# 1. The previous release, built in a worktree of its own.
log "previous release $ref ($(git -C "$root" rev-parse --short "$ref^{commit}")), work folder $work"
git -C "$root" worktree add --detach --quiet "$src" "$ref"
log "building $ref: mvn -o -DskipTests package (no install)"
if ! (cd "$src" && mvn -B -q -o -DskipTests package) > "$work/build.log" 2>&1; then
  # Offline reactor resolution can fail when ~/.m2 lacks something the old build wants; build against a copy of
  # the local repository so that nothing of the current build's artifacts is touched.
  log "package failed (see $work/build.log); retrying with a copy of the local repository"
  repo=$(mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2> /dev/null || true)
  repo=${repo:-$HOME/.m2/repository}
  cp -r "$repo" "$work/m2"
  (cd "$src" && mvn -B -q -o -Dmaven.repo.local="$work/m2" -DskipTests install) >> "$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log" >&2; exit 1; }
fi
old=$src/distribution/target/portal
[ -f "$old/bin/caitien-launcher.jar" ] || { echo "the build of $ref made no distribution" >&2; exit 1; }
# The old distribution must hold the old bundles, not the current SNAPSHOTs of ~/.m2: each of our jars must be the
# one this worktree built.
mismatch=0
for jar in "$old"/bundle/*-0.*.jar "$old"/bundle/*-[1-9].*.jar; do
  [ -f "$jar" ] || continue
  name=$(basename "$jar")
  built=$(find "$src/bundles" -path '*/target/*' -name "$name" -not -path '*/portal/*' | head -n 1)
  if [ -n "$built" ] && ! cmp -s "$jar" "$built"; then
    echo "  $name in the old distribution is not the one built from $ref" >&2
    mismatch=1
  fi
done
[ "$mismatch" = 0 ] || { echo "the old distribution mixes in other builds' bundles" >&2; exit 1; }
log "built $(ls "$old/bundle" | wc -l) bundles of $ref"

# 2. The previous release on an empty data folder: demo data, user edits, snapshot.
mkdir -p "$data"
start_portal "$old" old
log "previous release up on port $port"
java "$checker" before "http://127.0.0.1:$port" "$work"
stop_portal "$mode" "the previous release's"

# 3. The current build on the same data folder.
start_portal "$current" new
log "current build up on port $port (same data folder)"
result=0
java "$checker" after "http://127.0.0.1:$port" "$work" || result=$?
stop_portal clean "the current build's"
grep -h "Applied migration" "$work/new-console.log" | sed 's/.*Applied migration/  migration applied on upgrade:/' || true

elapsed=$(( $(date +%s) - started ))
summary=$(tr '\n' ' ' < "$work/summary.txt" 2> /dev/null || echo "no summary")
echo "Upgrade $ref -> current build ($mode stop): $elapsed s; $summary; result $([ $result = 0 ] && echo OK || echo FAILED)"
exit "$result"
