package vn.edu.caitien.portal.db.impl;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The migrator contract on a fresh in-memory Derby database per test. */
class DerbySchemaMigratorTest extends SchemaMigratorContract {

    private DerbyDatabase database;

    @BeforeEach
    void createDatabase() {
        database = new DerbyDatabase("memory:migrator-" + UUID.randomUUID());
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    protected String databaseId() {
        return database.databaseId();
    }
}
