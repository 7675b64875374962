package vn.edu.caitien.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DerbyRestore} on real Derby databases: a backup taken online by {@code SYSCS_BACKUP_DATABASE}, as the
 * backup page does, is restored over a database changed afterwards, and the replaced database is kept.
 */
class DerbyRestoreTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 21, 5, 0);

    @TempDir
    Path root;

    private Path etc;
    private Path data;
    private Path database;
    private final List<String> booted = new ArrayList<>();

    @BeforeEach
    void folders() throws IOException {
        etc = Files.createDirectories(root.resolve("etc"));
        data = Files.createDirectories(root.resolve("data"));
        database = data.resolve("db/caitien");
    }

    @AfterEach
    void shutDown() {
        booted.forEach(DerbyRestoreTest::shutDown);
    }

    @Test
    void backupTakenOnlineReplacesTheDatabaseAndTheReplacedOneIsKept() throws Exception {
        execute(database, "CREATE TABLE NOTE (TEXT VARCHAR(40))", "INSERT INTO NOTE VALUES ('before the backup')");
        Path backup = backup(database, data.resolve("backups/20261129-210000"));
        execute(database, "INSERT INTO NOTE VALUES ('after the backup')", "DELETE FROM NOTE WHERE TEXT LIKE 'before%'");
        shutDown(database);

        DerbyRestore.Result result = DerbyRestore.restore(backup, etc, data, NOW);

        assertThat(result.database()).isEqualTo(database.toAbsolutePath());
        assertThat(result.source()).isEqualTo(backup.resolve("caitien"));
        assertThat(result.previous()).isEqualTo(data.resolve("db/caitien.before-restore-20261129-210500"));
        assertThat(notes(database)).containsExactly("before the backup");
        assertThat(notes(result.previous())).containsExactly("after the backup");
        assertThat(data.resolve("db/caitien.restoring")).doesNotExist();
        assertThat(result.describe()).contains(backup.toString()).contains(result.previous().toString());
    }

    @Test
    void theDatabaseFolderInsideTheBackupWorksTooAndNoEarlierDatabaseIsNeeded() throws Exception {
        Path elsewhere = root.resolve("other/caitien");
        execute(elsewhere, "CREATE TABLE NOTE (TEXT VARCHAR(40))", "INSERT INTO NOTE VALUES ('from elsewhere')");
        Path backup = backup(elsewhere, root.resolve("saved"));
        shutDown(elsewhere);

        DerbyRestore.Result result = DerbyRestore.restore(backup.resolve("caitien"), etc, data, NOW);

        assertThat(result.previous()).isNull();
        assertThat(notes(database)).containsExactly("from elsewhere");
    }

    @Test
    void theConfiguredDirectoryAndNameAreRestored() throws Exception {
        Path custom = root.resolve("custom");
        Files.writeString(etc.resolve(DerbyRestore.DB_CONFIG),
                "type = derby\nderby.directory = " + custom + "\nderby.name = portal\n");
        Path source = root.resolve("source/portal");
        execute(source, "CREATE TABLE NOTE (TEXT VARCHAR(40))", "INSERT INTO NOTE VALUES ('configured')");
        Path backup = backup(source, root.resolve("saved"));
        shutDown(source);

        DerbyRestore.restore(backup, etc, data, NOW);

        assertThat(notes(custom.resolve("portal"))).containsExactly("configured");
        assertThat(data.resolve("db")).doesNotExist();
    }

    @Test
    void aDatabaseInUseIsNotReplaced() throws Exception {
        execute(database, "CREATE TABLE NOTE (TEXT VARCHAR(40))", "INSERT INTO NOTE VALUES ('running')");
        Path backup = backup(database, data.resolve("backups/20261129-210000"));
        // still booted: the portal is running

        assertThatThrownBy(() -> DerbyRestore.restore(backup, etc, data, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in use by a running portal");
        assertThat(notes(database)).containsExactly("running");
        try (var folders = Files.list(data.resolve("db"))) {
            assertThat(folders.map(p -> p.getFileName().toString())).containsExactly("caitien");
        }
    }

    @Test
    void whatIsNotADerbyBackupIsRefusedWithoutTouchingTheDatabase() throws Exception {
        execute(database, "CREATE TABLE NOTE (TEXT VARCHAR(40))", "INSERT INTO NOTE VALUES ('kept')");
        shutDown(database);
        Path empty = Files.createDirectories(root.resolve("not-a-backup"));

        assertThatThrownBy(() -> DerbyRestore.restore(empty, etc, data, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No Derby backup in " + empty);
        assertThatThrownBy(() -> DerbyRestore.restore(data.resolve("db"), etc, data, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is the portal database");
        assertThat(notes(database)).containsExactly("kept");
    }

    @Test
    void aPostgresqlPortalIsSentToThePostgresqlTools() throws Exception {
        Files.writeString(etc.resolve(DerbyRestore.DB_CONFIG), "type=postgresql\n");

        assertThatThrownBy(() -> DerbyRestore.restore(root, etc, data, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pg_restore");
    }

    @Test
    void theOptionIsReadFromTheCommandLineOnly() {
        Path home = Path.of("/opt/caitien-portal");

        assertThat(LaunchOptions.parse(new String[0], home).restoreFrom()).isNull();
        assertThat(LaunchOptions.parse(new String[] {"--restore-from", "/srv/ct/backups/20261129-210000"}, home)
                .restoreFrom()).isEqualTo(Path.of("/srv/ct/backups/20261129-210000"));
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--restore-from"}, home))
                .hasMessageContaining("usage").hasMessageContaining("--restore-from");
    }

    // ------------------------------------------------------------------------------------------------ Derby

    private Connection connect(Path db) throws SQLException {
        if (!booted.contains(db.toString())) {
            booted.add(db.toString());
        }
        return DriverManager.getConnection("jdbc:derby:" + db + ";create=true");
    }

    private void execute(Path db, String... sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private Path backup(Path db, Path into) throws SQLException {
        try (Connection c = connect(db);
                CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, into.toString());
            call.execute();
        }
        return into;
    }

    private List<String> notes(Path db) throws SQLException {
        assertThat(db.resolve("service.properties")).exists();
        List<String> notes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT TEXT FROM NOTE")) {
            booted.add(db.toString());
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        shutDown(db.toString());
        return notes;
    }

    private static void shutDown(Path db) {
        shutDown(db.toString());
    }

    private static void shutDown(String db) {
        try {
            DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true").close();
        } catch (SQLException e) {
            // 08006: shut down; XJ004: not booted (or already shut down)
        }
    }
}
