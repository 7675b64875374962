package vn.edu.caitien.demo.data;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * Loads the demo schools, bodies and accounts through the migrations under {@code db/demo/}. The migrator records
 * them as module {@value #MIGRATION_ID}, so they run once per database however often this bundle starts.
 * Provides no service; DS activates it as soon as its references are satisfied.
 */
@Component(service = {})
public final class DemoDataLoader {

    /** Module id under which the demo migrations are recorded; also the folder {@code db/demo/}. */
    public static final String MIGRATION_ID = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /**
     * @param migrator  applies {@code db/demo/V*.sql}
     * @param directory not used: the host registers it only after it has created the {@code PORTAL} tables,
     *                  so waiting for it orders this bundle after the host's migration
     */
    @Activate
    public DemoDataLoader(@Reference SchemaMigrator migrator, @Reference SchoolDirectory directory) {
        int before = migrator.currentVersion(MIGRATION_ID);
        int after = migrator.migrate(MIGRATION_ID, DemoDataLoader.class);
        if (after > before) {
            LOG.info("Demo data loaded (version {}): {} schools now in the directory", after,
                    directory.schools().size());
        } else {
            LOG.info("Demo data already loaded (version {})", after);
        }
    }
}
