package vn.edu.caitien.portal.db.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyDatabaseTest {

    @TempDir
    Path tempDir;

    @Test
    void sortsVietnameseNamesInVietnameseOrder() throws SQLException {
        DerbyDatabase database = new DerbyDatabase("memory:collation-" + UUID.randomUUID());
        try {
            execute(database.dataSource(), "CREATE TABLE PERSON (NAME VARCHAR(50) NOT NULL)",
                    "INSERT INTO PERSON VALUES ('Hà'), ('Đức'), ('Bình'), ('Ánh'), ('Dũng'), ('Ân')");

            // Code-point order would put "Ánh", "Ân" and "Đức" after "Hà"; Vietnamese puts Đ between D and E.
            assertThat(strings(database.dataSource(), "SELECT NAME FROM PERSON ORDER BY NAME"))
                    .containsExactly("Ánh", "Ân", "Bình", "Dũng", "Đức", "Hà");
            assertThat(strings(database.dataSource(),
                    "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.database.collation')"))
                    .containsExactly("TERRITORY_BASED");
        } finally {
            database.drop();
        }
    }

    @Test
    void backupProducesADirectoryThatOpensAsADatabase() throws SQLException {
        DerbyDatabase database = new DerbyDatabase(tempDir.resolve("live/caitien").toString());
        Path backup;
        try {
            execute(database.dataSource(), "CREATE TABLE NOTE (TEXT VARCHAR(50) NOT NULL)",
                    "INSERT INTO NOTE VALUES ('Kế hoạch cải tiến')");

            backup = database.backup(tempDir.resolve("backups/2026-11-29"));
        } finally {
            database.close();
        }

        assertThat(backup).isEqualTo(tempDir.resolve("backups/2026-11-29/caitien").toAbsolutePath());
        assertThat(backup.resolve("service.properties")).isRegularFile();
        DerbyDatabase copy = new DerbyDatabase(backup.toString());
        try {
            assertThat(strings(copy.dataSource(), "SELECT TEXT FROM NOTE")).containsExactly("Kế hoạch cải tiến");
        } finally {
            copy.close();
        }
    }

    @Test
    void closeShutsDownAndTheDataSurvivesAReopen() throws SQLException {
        String name = tempDir.resolve("db/caitien").toString();
        DerbyDatabase database = new DerbyDatabase(name);
        execute(database.dataSource(), "CREATE TABLE T (X INT)", "INSERT INTO T VALUES (42)");
        database.close();

        assertThat(Files.isDirectory(Path.of(name))).isTrue();
        DerbyDatabase reopened = new DerbyDatabase(name);
        try {
            assertThat(strings(reopened.dataSource(), "SELECT X FROM T")).containsExactly("42");
        } finally {
            reopened.close();
        }
    }

    @Test
    void dropIsOnlyForInMemoryDatabases() {
        DerbyDatabase database = new DerbyDatabase(tempDir.resolve("file-db").toString());
        try {
            assertThatThrownBy(database::drop).isInstanceOf(IllegalStateException.class);
        } finally {
            database.close();
        }
    }

    @Test
    void droppedInMemoryDatabaseIsGone() {
        String name = "memory:dropped-" + UUID.randomUUID();
        new DerbyDatabase(name).drop();

        EmbeddedDataSource probe = new EmbeddedDataSource();
        probe.setDatabaseName(name);
        assertThatThrownBy(probe::getConnection).isInstanceOf(SQLException.class);
    }

    static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
