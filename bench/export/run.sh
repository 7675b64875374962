#!/usr/bin/env bash
# Export timings on demand: DOCX, PDF and XLSX of a 100-action plan (warm), a batch of 200 plans (DOCX + PDF into one
# zip), peak heap during the batch. Builds the export bundles first. Usage: bench/export/run.sh [plans] [actions]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -f bundles/export/pom.xml install -pl export-api,export-impl -DskipTests
mvn -B -q -f bench/export/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx512m -Djava.awt.headless=true -Dlogback.configurationFile=bench/export/logback.xml -Dderby.stream.error.file=bench/export/target/derby.log \
  -cp "bench/export/target/classes:$(cat bench/export/target/classpath.txt)" \
  vn.edu.caitien.bench.export.ExportBench "$@"
# The compositions in Felix: the export composition (renders in the framework) against the plan composition.
if [ -d features/target/export/export ]; then
  cp="$(cat bench/export/target/classpath.txt | tr ':' '\n' | grep -E 'felix.framework|osgi' | paste -sd:)"
  for c in plan export; do
    java -Xmx512m -Djava.awt.headless=true -Dlogback.configurationFile=bench/export/logback.xml -cp "bench/export/target/classes:$cp" \
      vn.edu.caitien.bench.export.OsgiSmoke "features/target/export/$c" bench/export/target/osgi
  done
fi
