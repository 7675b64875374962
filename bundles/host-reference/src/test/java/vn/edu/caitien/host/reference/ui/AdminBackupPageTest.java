package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.ibatis.session.SqlSession;
import org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter;
import org.apache.wicket.feedback.FeedbackMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.host.reference.BackupFolder;
import vn.edu.caitien.host.reference.BackupService;
import vn.edu.caitien.host.reference.BackupServiceImpl;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.HostStore;
import vn.edu.caitien.host.reference.db.AuditRow;
import vn.edu.caitien.host.reference.db.ModuleSwitchMapper;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class AdminBackupPageTest {

    private static final ExactLevelFeedbackMessageFilter SUCCESS =
            new ExactLevelFeedbackMessageFilter(FeedbackMessage.SUCCESS);
    private static final ExactLevelFeedbackMessageFilter WARNING =
            new ExactLevelFeedbackMessageFilter(FeedbackMessage.WARNING);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-03-14T02:30:05Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    @TempDir
    Path directory;

    private final TestPortal portal = new TestPortal();
    private HostStore store;
    private BackupService service;

    @BeforeEach
    void setUp() {
        store = new HostStore(db, new SchemaMigratorImpl(db));
    }

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void othersThanSystemAdministratorsAreDeniedAndSeeNoLink() {
        use(new Fakes.MarkerDatabase());
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.assertInvisible("nav:backup");

        portal.tester.startPage(AdminBackupPage.class);

        portal.tester.assertRenderedPage(AccessDeniedPage.class);
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void administratorsReachThePageFromTheNavigation() {
        use(new Fakes.MarkerDatabase());
        portal.signIn(Fakes.ADMIN);

        portal.tester.clickLink("nav:backup");

        portal.tester.assertRenderedPage(AdminBackupPage.class);
        portal.tester.assertContains("Chưa có bản sao lưu nào.");
        portal.tester.assertContains(directory.toString());
    }

    @Test
    void backUpNowInVietnamese() {
        use(new Fakes.MarkerDatabase());
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminBackupPage.class);
        portal.tester.assertContains("Sao lưu ngay");

        portal.tester.newFormTester(AdminBackupPage.FORM).submit();

        Path backup = directory.resolve("20250314-093005").resolve("caitien");
        assertThat(backup.resolve("seg0")).isDirectory();
        portal.tester.assertFeedbackMessages(SUCCESS, "Đã sao lưu cơ sở dữ liệu vào " + backup + ".");
        assertThat(audit()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(BackupServiceImpl.ACTION_BACKUP);
            assertThat(row.actor()).isEqualTo(Fakes.ADMIN.id());
            assertThat(row.detail()).isEqualTo(backup.toString());
        });
        portal.tester.assertLabel(AdminBackupPage.BACKUPS + ":0:name", "20250314-093005");
        portal.tester.assertLabel(AdminBackupPage.BACKUPS + ":0:size", "1,5 KB");
        portal.tester.assertLabel(AdminBackupPage.BACKUPS + ":0:time", listedTime());
        portal.tester.assertInvisible("noBackups");
    }

    @Test
    void backUpNowInEnglish() {
        use(new Fakes.MarkerDatabase());
        portal.locale(Locale.ENGLISH);
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminBackupPage.class);

        portal.tester.newFormTester(AdminBackupPage.FORM).submit();

        Path backup = directory.resolve("20250314-093005").resolve("caitien");
        portal.tester.assertFeedbackMessages(SUCCESS, "The database has been backed up to " + backup + ".");
        portal.tester.assertLabel(AdminBackupPage.BACKUPS + ":0:size", "1.5 KB");
    }

    @Test
    void postgresqlIsSentToPgDumpInBothLanguages() {
        use(new Fakes.RefusingDatabase(PortalDatabase.POSTGRESQL));
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminBackupPage.class);

        portal.tester.newFormTester(AdminBackupPage.FORM).submit();
        portal.tester.assertFeedbackMessages(WARNING, "Cơ sở dữ liệu PostgreSQL: hãy sao lưu bằng pg_dump.");

        portal.locale(Locale.ENGLISH);
        portal.tester.startPage(AdminBackupPage.class);
        portal.tester.newFormTester(AdminBackupPage.FORM).submit();
        portal.tester.assertFeedbackMessages(WARNING, "PostgreSQL database: back it up with pg_dump.");
        assertThat(audit()).isEmpty();
        portal.tester.assertContains("There are no backups yet.");
    }

    @Test
    void aFailureIsReportedWithoutDetails() {
        use(new Fakes.RefusingDatabase(PortalDatabase.DERBY));
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminBackupPage.class);

        portal.tester.newFormTester(AdminBackupPage.FORM).submit();

        portal.tester.assertRenderedPage(AdminBackupPage.class);
        portal.tester.assertErrorMessages("Sao lưu không thành công. Chi tiết được ghi trong nhật ký máy chủ.");
        portal.tester.assertContainsNot("refused");
        assertThat(audit()).isEmpty();
    }

    private void use(PortalDatabase database) {
        service = new BackupServiceImpl(directory, database, store, CLOCK);
        portal.services.put(BackupService.class, service);
    }

    private String listedTime() {
        BackupFolder folder = service.backups().get(0);
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(folder.lastModified().atZone(ZoneId.systemDefault()));
    }

    private List<AuditRow> audit() {
        try (SqlSession session = store.openSession()) {
            return session.getMapper(ModuleSwitchMapper.class).findAudit();
        }
    }
}
