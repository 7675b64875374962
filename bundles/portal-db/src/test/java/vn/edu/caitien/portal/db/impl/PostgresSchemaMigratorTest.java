package vn.edu.caitien.portal.db.impl;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/** The migrator contract on a fresh PostgreSQL database per test; skipped when no server is reachable. */
class PostgresSchemaMigratorTest extends SchemaMigratorContract {

    private String databaseName;
    private PostgresDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        PostgresTestServer.assumeReachable();
        databaseName = PostgresTestServer.createDatabase();
        database = new PostgresDatabase(PostgresTestServer.URL + databaseName, "postgres", "");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (databaseName != null) {
            PostgresTestServer.dropDatabase(databaseName);
        }
    }

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    protected String databaseId() {
        return PortalDatabase.POSTGRESQL;
    }
}
