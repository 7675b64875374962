package vn.edu.caitien.plan.impl;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

class PlanServiceDerbyTest extends PlanServiceContract {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("plan");

    @Override
    TestDatabase db() {
        return db;
    }
}
