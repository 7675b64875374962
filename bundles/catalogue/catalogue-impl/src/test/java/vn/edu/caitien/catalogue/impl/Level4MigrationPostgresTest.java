package vn.edu.caitien.catalogue.impl;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.testsupport.PostgresTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

/** Skipped when no PostgreSQL server listens on 127.0.0.1:5432. */
class Level4MigrationPostgresTest extends Level4MigrationContract {

    @RegisterExtension
    final PostgresTestDatabase db = new PostgresTestDatabase();

    @Override
    TestDatabase db() {
        return db;
    }
}
