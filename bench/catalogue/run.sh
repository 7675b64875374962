#!/usr/bin/env bash
# Catalogue timings on demand: first-start load of the shipped catalogues, search p50/p99, level rules for
# 5,000 schools. Builds the catalogue bundles first. Usage: bench/catalogue/run.sh (from anywhere).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -f bundles/catalogue/pom.xml install -DskipTests
mvn -B -q -f bench/catalogue/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Dderby.stream.error.file=bench/catalogue/target/derby.log \
  -cp "bench/catalogue/target/classes:$(cat bench/catalogue/target/classpath.txt)" \
  vn.edu.caitien.bench.catalogue.CatalogueBench
