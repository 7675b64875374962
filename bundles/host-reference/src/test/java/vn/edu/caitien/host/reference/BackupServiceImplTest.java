package vn.edu.caitien.host.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.host.reference.db.AuditRow;
import vn.edu.caitien.host.reference.db.ModuleSwitchMapper;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class BackupServiceImplTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-03-14T02:30:05Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    @TempDir
    Path backups;

    private HostStore store;

    @BeforeEach
    void setUp() {
        store = Seed.store(db);
    }

    @Test
    void theConfiguredDirectoryWinsThenTheDataDirectoryThenTheBundleDataArea() {
        Path area = backups.resolve("area");
        Map<String, String> withDataDir = Map.of(BackupServiceImpl.DATA_DIR_PROPERTY, "/srv/caitien");

        assertThat(BackupServiceImpl.directory(" /mnt/sao-luu ", withDataDir::get, area::toFile))
                .isEqualTo(Path.of("/mnt/sao-luu"));
        assertThat(BackupServiceImpl.directory("", withDataDir::get, area::toFile))
                .isEqualTo(Path.of("/srv/caitien", "backups"));
        assertThat(BackupServiceImpl.directory("", name -> null, area::toFile)).isEqualTo(area);
        assertThatThrownBy(() -> BackupServiceImpl.directory("", name -> null, () -> null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("backup.directory");
    }

    @Test
    void aBackupGoesIntoATimestampedFolderAndIsAudited() {
        BackupServiceImpl service = new BackupServiceImpl(backups, new Fakes.MarkerDatabase(), store, CLOCK);

        Path first = service.backupNow(Fakes.ADMIN);
        Path second = service.backupNow(Fakes.ADMIN);

        assertThat(first).isEqualTo(backups.resolve("20250314-093005").resolve("caitien"));
        // Same second: the second backup must not overwrite the first.
        assertThat(second).isEqualTo(backups.resolve("20250314-093005-2").resolve("caitien"));
        assertThat(audit()).extracting(AuditRow::action, AuditRow::actor, AuditRow::detail).containsExactly(
                tuple(BackupServiceImpl.ACTION_BACKUP, "admin", second.toString()),
                tuple(BackupServiceImpl.ACTION_BACKUP, "admin", first.toString()));
        assertThat(service.backups()).extracting(BackupFolder::name, BackupFolder::sizeBytes)
                .containsExactly(tuple("20250314-093005-2", 1536L),
                        tuple("20250314-093005", 1536L));
    }

    @Test
    void onlySystemAdministratorsMayBackUp() {
        BackupServiceImpl service = new BackupServiceImpl(backups, new Fakes.MarkerDatabase(), store, CLOCK);

        assertThatThrownBy(() -> service.backupNow(Fakes.PRINCIPAL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.backupNow(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.backups()).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void postgresqlIsNotBackedUpFromThePortal() {
        BackupServiceImpl service = new BackupServiceImpl(backups,
                new Fakes.RefusingDatabase(PortalDatabase.POSTGRESQL), store, CLOCK);

        assertThatThrownBy(() -> service.backupNow(Fakes.ADMIN)).isInstanceOf(BackupNotSupportedException.class);
        assertThat(audit()).isEmpty();
    }

    @Test
    void aDerbyFailureIsPassedOnAndNotAudited() {
        BackupServiceImpl service = new BackupServiceImpl(backups, new Fakes.RefusingDatabase(PortalDatabase.DERBY),
                store, CLOCK);

        assertThatThrownBy(() -> service.backupNow(Fakes.ADMIN)).isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(BackupNotSupportedException.class);
        assertThat(audit()).isEmpty();
    }

    @Test
    void aMissingDirectoryHasNoBackups() {
        BackupServiceImpl service = new BackupServiceImpl(backups.resolve("chua-co"), new Fakes.MarkerDatabase(), store,
                CLOCK);

        assertThat(service.backups()).isEmpty();
    }

    private List<AuditRow> audit() {
        try (SqlSession session = store.openSession()) {
            return session.getMapper(ModuleSwitchMapper.class).findAudit();
        }
    }
}
