#!/usr/bin/env bash
# Supervisor roll-up over a generated province on Derby and PostgreSQL (skipped when no server answers on
# 127.0.0.1:5432). Builds the monitoring bundles first.
# Usage: bench/monitoring/run.sh [schools] [years] [actions] [derby|postgresql|both]  (default 5000 3 60 both;
# try 500 for a quick run: generating 5,000 schools into in-memory Derby takes long).
# -Dbench.keep=true in JAVA_OPTS keeps the generated PostgreSQL database for EXPLAIN ANALYZE (drop it by hand).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -f bundles/monitoring/pom.xml -pl monitoring-api,monitoring-impl -am install -DskipTests
mvn -B -q -f bench/monitoring/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx3g ${JAVA_OPTS:-} -Dderby.stream.error.file=bench/monitoring/target/derby.log \
  -cp "bench/monitoring/target/classes:$(cat bench/monitoring/target/classpath.txt)" \
  vn.edu.caitien.bench.monitoring.RollUpBench "${1:-5000}" "${2:-3}" "${3:-60}" "${4:-both}"
