package vn.edu.caitien.monitoring.impl;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

class MonitoringServiceDerbyTest extends MonitoringServiceContract {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("monitoring");

    @Override
    TestDatabase db() {
        return db;
    }
}
