package vn.edu.caitien.plan.impl;

import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

class ConcurrentPlanEditsDerbyTest extends ConcurrentPlanEditsContract {

    @Override
    TestDatabase open() {
        return DerbyTestDatabase.open("plan-concurrent");
    }
}
