package vn.edu.caitien.trust.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.trust.support.HtmlForm;
import vn.edu.caitien.trust.support.Page;
import vn.edu.caitien.trust.support.PortalProcess;
import vn.edu.caitien.trust.support.WebSession;

/**
 * Backup and restore round trip on the embedded Derby: data is written, the administrator takes a backup on
 * "Sao lưu dữ liệu" ({@code /admin/backup}), then the data changes (an action added to a plan, a progress report)
 * and the school's monitoring data is purged ("Phân hệ" → "Xoá dữ liệu của một trường"); the portal is stopped and
 * started with {@code --restore-from <backup>}: every plan (its JSON download) and every progress history is again
 * exactly as when the backup was taken, the replaced database is kept, and the restored portal takes new saves.
 * PostgreSQL is backed up and restored with its own tools (pg_dump, pg_restore), not by the portal.
 */
class BackupRestoreIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String BACKUP_DONE = "Đã sao lưu cơ sở dữ liệu vào ";
    private static final String SCHOOL = "thcs-kinhbac";

    /** What the suite compares: every plan of the school as JSON, every progress history of its current plan. */
    record Snapshot(Map<Long, String> plans, Map<String, List<String>> histories) {

        static Snapshot read(String baseUrl) throws IOException, InterruptedException {
            WebSession principal = PortalSteps.signIn(baseUrl, PortalSteps.PRINCIPAL, START);
            WebSession teacher = PortalSteps.signIn(baseUrl, PortalSteps.TEACHER, START);
            return new Snapshot(PortalSteps.planJsons(principal), PortalSteps.progressHistories(teacher));
        }

        boolean contains(String token) {
            return plans.values().stream().anyMatch(p -> p.contains(token))
                    || histories.values().stream().flatMap(List::stream).anyMatch(l -> l.contains(token));
        }
    }

    @Test
    void aBackupTakenOnTheAdminPageIsRestoredExactly() throws Exception {
        try (PortalProcess portal = PortalProcess.prepare("backup-restore", Map.of())) {
            long t0 = System.nanoTime();
            portal.start(START);
            PortalSteps.awaitDemoData(portal.baseUrl(), START);
            String url = portal.baseUrl();

            WebSession principal = PortalSteps.signIn(url, PortalSteps.PRINCIPAL, START);
            PortalSteps.DraftEditor draft = PortalSteps.DraftEditor.create(principal, "2040-2041");
            assertThat(draft.addAction("BEFORE-BACKUP-A").confirms(PortalSteps.PLAN_SAVED)).isTrue();
            WebSession teacher = PortalSteps.signIn(url, PortalSteps.TEACHER, START);
            PortalSteps.ProgressReporter reporter = PortalSteps.ProgressReporter.open(teacher);
            assertThat(reporter.report("BEFORE-BACKUP-P", 40).confirms(PortalSteps.PROGRESS_SAVED)).isTrue();
            Snapshot backedUp = Snapshot.read(url);
            assertThat(backedUp.contains("BEFORE-BACKUP-A")).isTrue();
            assertThat(backedUp.contains("BEFORE-BACKUP-P")).isTrue();

            WebSession admin = PortalSteps.signIn(url, PortalSteps.ADMIN, START);
            Path backup = backUp(admin);
            assertThat(backup.resolve("caitien/service.properties")).exists();

            // after the backup: more data, and the school's monitoring data purged
            assertThat(draft.addAction("AFTER-BACKUP-A").confirms(PortalSteps.PLAN_SAVED)).isTrue();
            assertThat(reporter.report("AFTER-BACKUP-P", 60).confirms(PortalSteps.PROGRESS_SAVED)).isTrue();
            purge(admin, "monitoring", SCHOOL);
            Snapshot changed = Snapshot.read(url);
            assertThat(changed.contains("AFTER-BACKUP-A")).isTrue();
            assertThat(changed.contains("BEFORE-BACKUP-P")).as("purged").isFalse();
            assertThat(changed).isNotEqualTo(backedUp);
            portal.stop();

            long t1 = System.nanoTime();
            portal.start(START, "--restore-from", backup.toString());
            long restoreStart = System.nanoTime() - t1;
            PortalSteps.awaitDemoData(url, START);
            assertThat(portal.dataFile("console.log"))
                    .contains("Restored the portal database " + portal.data().resolve("db/caitien"));
            Snapshot restored = Snapshot.read(url);

            assertThat(restored.plans()).isEqualTo(backedUp.plans());
            assertThat(restored.histories()).isEqualTo(backedUp.histories());
            assertThat(restored.contains("AFTER-BACKUP-A")).isFalse();
            try (Stream<Path> kept = Files.list(portal.data().resolve("db"))) {
                assertThat(kept.map(p -> p.getFileName().toString()))
                        .anyMatch(name -> name.startsWith("caitien.before-restore-"));
            }
            WebSession again = PortalSteps.signIn(url, PortalSteps.TEACHER, START);
            assertThat(PortalSteps.ProgressReporter.open(again).report("AFTER-RESTORE-P", 70)
                    .confirms(PortalSteps.PROGRESS_SAVED)).as("the restored database takes new saves").isTrue();
            portal.stop();
            report(backedUp, backup, restoreStart, System.nanoTime() - t0);
        }
    }

    /** "Sao lưu ngay" on the backup page. @return the backup's folder ({@code <data>/backups/<time>}) */
    private static Path backUp(WebSession admin) throws IOException {
        Page done = admin.get("/admin/backup").form("-backupForm").submit();
        String message = done.feedback().stream().filter(f -> f.level().equals("SUCCESS"))
                .map(Page.Feedback::text).filter(text -> text.startsWith(BACKUP_DONE)).findFirst()
                .orElseThrow(() -> new AssertionError("no backup: " + done.feedback()));
        // "Đã sao lưu cơ sở dữ liệu vào <data>/backups/<time>/caitien."
        Path database = Path.of(message.substring(BACKUP_DONE.length(), message.length() - 1));
        return database.getParent();
    }

    /** "Xoá dữ liệu của một trường" for one module on the modules page. */
    private static void purge(WebSession admin, String module, String school) throws IOException {
        Page modules = admin.get("/admin/modules");
        // the purge cards come in the order of the modules table, whose first cell shows the module's id
        List<String> ids = modules.document().select("table tbody tr").stream()
                .map(tr -> tr.select("td code").eachText()).filter(codes -> !codes.isEmpty())
                .map(codes -> codes.get(0)).toList();
        int index = ids.indexOf(module);
        assertThat(index).as("module %s among %s", module, ids).isNotNegative();
        HtmlForm form = modules.form("-purges-" + index + "-form").set("school", school)
                .set("reason", "BackupRestoreIT: data changed after the backup").check("confirm", true);
        Page done = form.submit();
        assertThat(done.feedback()).as("purge").anyMatch(f -> f.level().equals("SUCCESS")
                && f.text().startsWith("Đã xoá"));
    }

    private static void report(Snapshot backedUp, Path backup, long restoreStartNanos, long totalNanos)
            throws IOException {
        Path dir = Path.of(System.getProperty("trust.reports", "target/trust-reports"));
        Files.createDirectories(dir);
        String text = String.format(Locale.ROOT, "Backup and restore (BackupRestoreIT), Derby%n"
                        + "  backup taken on /admin/backup: %s%n"
                        + "  compared after --restore-from: %d plans (JSON), %d progress histories (%d lines): equal%n"
                        + "  changes after the backup (an action, a progress report, monitoring data purged): gone%n"
                        + "  start with --restore-from to the login page: %.1f s; whole suite %.1f s%n",
                backup, backedUp.plans().size(), backedUp.histories().size(),
                backedUp.histories().values().stream().mapToInt(List::size).sum(),
                restoreStartNanos / 1e9, totalNanos / 1e9);
        Files.writeString(dir.resolve("backup-restore.txt"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
