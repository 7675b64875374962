package vn.edu.caitien.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every test database offers; subclasses register theirs as an extension. */
abstract class TestDatabaseContract {

    abstract TestDatabase db();

    @Test
    void migratesWithTheRealMigratorAndSortsVietnamese() throws SQLException {
        assertThat(db().migrate("ts_sample", getClass())).isEqualTo(1);
        assertThat(db().migrate("ts_sample", getClass())).isEqualTo(1);

        assertThat(names()).containsExactly("Ánh", "Bình", "Đức", "Hà");
    }

    @Test
    void everyTestGetsAFreshDatabase() throws SQLException {
        // Runs in either order with the test above: the table never exists at the start of a test.
        try (Connection connection = db().dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).noneMatch(n -> n.equalsIgnoreCase("TS_PUPIL"));
        }
    }

    private List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT NAME FROM TS_PUPIL ORDER BY NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
