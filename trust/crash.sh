#!/usr/bin/env bash
# Crash safety: runs trust's CrashSafetyIT and prints its figures.
#
#   trust/crash.sh            both databases (the PostgreSQL half is skipped without a server on 127.0.0.1:5432,
#                             unless CAITIEN_REQUIRE_POSTGRES=true, where it fails)
#   trust/crash.sh Backup     also the backup/restore round trip (BackupRestoreIT)
#
# 100 concurrent saves and progress reports by 20 browser sessions, kill -9 of the portal once half were
# acknowledged, restart on the same data; every acknowledged save must be there (see trust/README.md).
# Needs the built distribution (distribution/target/portal): mvn -DskipTests install first.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=CrashSafetyIT
if [ "${1:-}" = "Backup" ]; then
  tests=CrashSafetyIT,BackupRestoreIT
fi
reports=(trust/target/trust-reports/crash.txt trust/target/trust-reports/backup-restore.txt)
rm -f "${reports[@]}"
status=0
mvn -B -o verify -f trust/pom.xml -Ptrust -Dit.test="$tests" || status=$?
for report in "${reports[@]}"; do
  if [ -f "$report" ]; then
    echo
    cat "$report"
  fi
done
exit $status
