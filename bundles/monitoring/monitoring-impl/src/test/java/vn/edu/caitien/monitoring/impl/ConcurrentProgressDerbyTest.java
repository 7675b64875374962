package vn.edu.caitien.monitoring.impl;

import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

class ConcurrentProgressDerbyTest extends ConcurrentProgressContract {

    @Override
    TestDatabase open() {
        return DerbyTestDatabase.open("monitoring-concurrent");
    }
}
