package vn.edu.caitien.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.host.reference.HostStore;
import vn.edu.caitien.host.reference.SchoolDirectoryImpl;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * The demo plans wait for the demo schools: on a busy machine the component that creates them may start before
 * {@link DemoDataLoader} has inserted the schools, and acting for a school the directory does not know yet is refused
 * (the in-container hot-restart suite saw the demo come up with no plans at all).
 */
class DemoPlansTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private SchemaMigratorImpl migrator;
    private SchoolDirectoryImpl directory;

    @BeforeEach
    void setUp() {
        migrator = new SchemaMigratorImpl(db);
        directory = new SchoolDirectoryImpl(new HostStore(db, migrator));
    }

    @Test
    void waitsUntilTheDemoDataLoaderHasInsertedTheSchools() throws Exception {
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> await(Duration.ofSeconds(30)));
        Thread.sleep(300);
        assertThat(waiting).as("still waiting while the directory has no demo school").isNotDone();

        new DemoDataLoader(migrator, directory);

        assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void givesUpWhenTheSchoolsNeverComeOrTheComponentStops() throws Exception {
        assertThat(await(Duration.ofMillis(300))).isFalse();
        assertThat(DemoPlans.awaitSchools(directory, Duration.ofMinutes(5), () -> true, DemoPlans.THCS)).isFalse();
    }

    private boolean await(Duration timeout) {
        try {
            return DemoPlans.awaitSchools(directory, timeout, () -> false, DemoPlans.THCS, DemoPlans.TH, DemoPlans.VN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
