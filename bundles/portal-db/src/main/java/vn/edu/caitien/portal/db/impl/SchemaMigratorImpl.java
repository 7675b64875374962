package vn.edu.caitien.portal.db.impl;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * The {@link SchemaMigrator} service over the current {@link PortalDatabase}. The reference is static, so a
 * reconfigured database brings a new migrator with it.
 */
@Component(service = SchemaMigrator.class)
public final class SchemaMigratorImpl implements SchemaMigrator {

    private final JdbcSchemaMigrator migrator;

    /** @param database the portal database */
    @Activate
    public SchemaMigratorImpl(@Reference PortalDatabase database) {
        this.migrator = new JdbcSchemaMigrator(database.dataSource(), database.databaseId());
    }

    @Override
    public int migrate(String moduleId, Class<?> anchor) {
        return migrator.migrate(moduleId, anchor);
    }

    @Override
    public int currentVersion(String moduleId) {
        return migrator.currentVersion(moduleId);
    }

    @Override
    public List<AppliedMigration> applied(String moduleId) {
        return migrator.applied(moduleId);
    }
}
