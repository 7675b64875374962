package vn.edu.caitien.plan.impl;

import vn.edu.caitien.testsupport.PostgresTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

/** Skipped when no PostgreSQL server listens on 127.0.0.1:5432 (fails instead with CAITIEN_REQUIRE_POSTGRES=true). */
class ConcurrentPlanEditsPostgresTest extends ConcurrentPlanEditsContract {

    @Override
    TestDatabase open() {
        return PostgresTestDatabase.open();
    }
}
