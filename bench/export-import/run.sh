#!/usr/bin/env bash
# Plan import timings on demand: a ~30-page plan (the THCS seed's table repeated) as Word plain text and as DOCX,
# warm p50/p95 in one JVM. Builds the importer first. Usage: bench/export-import/run.sh [copies-of-the-table]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -f bundles/export/export-importer/pom.xml install -DskipTests
mvn -B -q -f bench/export-import/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Dderby.stream.error.file=bench/export-import/target/derby.log \
  -cp "bench/export-import/target/classes:$(cat bench/export-import/target/classpath.txt)" \
  vn.edu.caitien.bench.exportimport.ImportBench "${1:-4}" "$root/../shared/seeds/plan-thcs-thanh-xuong-2025-2026.txt"
