#!/usr/bin/env bash
# Plan editor timings on demand: editor render of a 100-action plan vs a bare Wicket panel in the same run, save
# latency, serialized page size after editing. Builds the plan bundles first. Usage: bench/plan/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -f bundles/plan/pom.xml install -DskipTests
mvn -B -q -f bench/plan/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Dderby.stream.error.file=bench/plan/target/derby.log \
  -cp "bench/plan/target/classes:$(cat bench/plan/target/classpath.txt)" \
  vn.edu.caitien.bench.plan.PlanBench
