package vn.edu.caitien.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/** Skipped (not failed) when no PostgreSQL server listens on 127.0.0.1:5432. */
class PostgresTestDatabaseTest extends TestDatabaseContract {

    @RegisterExtension
    final PostgresTestDatabase db = new PostgresTestDatabase();

    @Override
    TestDatabase db() {
        return db;
    }

    @Test
    void isPostgresqlWithAUniqueName() {
        assertThat(db.databaseId()).isEqualTo(PortalDatabase.POSTGRESQL);
        assertThat(db.databaseName()).startsWith("caitien_test_");
    }

    @Test
    void unreachableServerSkipsInsteadOfFailing() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        PostgresTestDatabase unreachable = new PostgresTestDatabase("jdbc:postgresql://127.0.0.1:1/");

        assertThatThrownBy(unreachable::start).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(PostgresTestDatabase.SKIP_MESSAGE);
        unreachable.close();
    }
}
