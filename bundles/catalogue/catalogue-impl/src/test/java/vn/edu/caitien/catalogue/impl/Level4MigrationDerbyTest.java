package vn.edu.caitien.catalogue.impl;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

class Level4MigrationDerbyTest extends Level4MigrationContract {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    @Override
    TestDatabase db() {
        return db;
    }
}
