package vn.edu.caitien.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.portal.db.api.PortalDatabase;

class DerbyTestDatabaseTest extends TestDatabaseContract {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("support");

    @Override
    TestDatabase db() {
        return db;
    }

    @Test
    void isDerby() {
        assertThat(db.databaseId()).isEqualTo(PortalDatabase.DERBY);
    }

    @Test
    void closeDropsTheDatabase() throws SQLException {
        DataSource dataSource;
        try (DerbyTestDatabase own = DerbyTestDatabase.open("dropped")) {
            dataSource = own.dataSource();
            try (Connection ignored = dataSource.getConnection()) {
                assertThat(own.databaseId()).isEqualTo(PortalDatabase.DERBY);
            }
        }

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    }

    @Test
    void notOpenIsAClearError() {
        assertThatThrownBy(() -> new DerbyTestDatabase().dataSource())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not open");
    }
}
