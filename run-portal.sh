#!/usr/bin/env bash
# Starts the Cải Tiến portal with demo data at http://localhost:8080 (builds it first if needed).
#   ./run-portal.sh                 port 8080, data in ./data
#   ./run-portal.sh --port 9090     another port (or CAITIEN_PORT=9090)
#   ./run-portal.sh --data /srv/ct  another data folder (or CAITIEN_DATA=/srv/ct)
# Ctrl-C stops it cleanly. A second start reuses the data folder.
set -euo pipefail
cd "$(dirname "$0")"
portal=distribution/target/portal
launcher=$portal/bin/caitien-launcher.jar

needs_build() {
  [ -f "$launcher" ] || return 0
  # any source or build file newer than the last build
  [ -n "$(find pom.xml bundles features distribution -newer "$launcher" \
      \( -path '*/target' -prune -o -type f \) \( -name '*.java' -o -name '*.xml' -o -name '*.html' \
      -o -name '*.properties' -o -name '*.sql' -o -name '*.bndrun' -o -name '*.css' \) -print -quit)" ]
}

if needs_build; then
  echo "Building the portal (mvn -DskipTests install)..."
  mvn -B -q -DskipTests install
fi

exec java ${JAVA_OPTS:-} -jar "$launcher" --data "${CAITIEN_DATA:-$PWD/data}" "$@"
