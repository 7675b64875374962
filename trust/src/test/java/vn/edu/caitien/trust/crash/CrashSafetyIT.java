package vn.edu.caitien.trust.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.trust.support.PortalProcess;
import vn.edu.caitien.trust.support.PostgresServer;

/**
 * Crash safety: {@value CrashStorm#TOTAL} concurrent saves (plan actions and progress reports, by
 * {@value CrashStorm#PLAN_SESSIONS} + {@value CrashStorm#PROGRESS_SESSIONS} browser sessions) against the running
 * portal, {@code kill -9} of its JVM once {@value CrashStorm#KILL_AFTER} were acknowledged, a restart on the same
 * data: every acknowledged save must be there, the database must open without errors and take new saves. On the
 * embedded Derby and on PostgreSQL (a fresh database {@code caitien_crash_<random>}, dropped at the end; skipped
 * without a server unless {@code CAITIEN_REQUIRE_POSTGRES=true}). Figures: {@code target/trust-reports/crash.txt}.
 */
class CrashSafetyIT {

    private static final Map<String, String> REPORT = new TreeMap<>();

    @Test
    void derbyKeepsEveryAcknowledgedSave() throws Exception {
        REPORT.put("1 Derby", "Derby\n  did not finish (see the test output)\n");
        try (PortalProcess portal = PortalProcess.prepare("crash-derby", Map.of())) {
            check(new CrashStorm("Derby (embedded, " + portal.data() + ")", portal, false).run(), "1 Derby");
        }
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedSave() throws Exception {
        REPORT.put("2 PostgreSQL", "PostgreSQL\n  skipped: " + PostgresServer.SKIP_MESSAGE + "\n");
        String database = PostgresServer.createDatabase("caitien_crash_");
        REPORT.put("2 PostgreSQL", "PostgreSQL\n  did not finish (see the test output)\n");
        try (PortalProcess portal = PortalProcess.prepare("crash-postgresql", PortalProcess.postgresql(database))) {
            check(new CrashStorm("PostgreSQL (127.0.0.1:5432/" + database + ")", portal, true).run(), "2 PostgreSQL");
        } finally {
            PostgresServer.drop(database);
        }
    }

    private static void check(CrashStorm.Outcome outcome, String key) {
        REPORT.put(key, outcome.describe());
        System.out.print(outcome.describe());
        assertThat(outcome.refused()).as("saves refused before the kill").isEmpty();
        assertThat(outcome.acknowledged()).as("acknowledged before the kill")
                .hasSizeGreaterThanOrEqualTo(CrashStorm.KILL_AFTER).hasSizeLessThan(CrashStorm.TOTAL);
        assertThat(outcome.cutOff()).as("requests cut off by the kill: the kill came in the middle").isNotEmpty();
        assertThat(outcome.lost()).as("acknowledged saves missing after the restart").isEmpty();
        assertThat(outcome.unknown()).as("tokens found that were never sent").isEmpty();
        assertThat(outcome.repeated()).as("progress reports stored twice").isEmpty();
        assertThat(outcome.logProblems()).as("errors logged by the restart").isEmpty();
        assertThat(outcome.writable()).as("a plan and a progress report saved after the restart").isTrue();
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path dir = Path.of(System.getProperty("trust.reports", "target/trust-reports"));
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("Crash safety (CrashSafetyIT): concurrent saves, kill -9, restart\n\n");
        REPORT.values().forEach(section -> text.append(section).append('\n'));
        Files.writeString(dir.resolve("crash.txt"), text, StandardCharsets.UTF_8);
    }
}
