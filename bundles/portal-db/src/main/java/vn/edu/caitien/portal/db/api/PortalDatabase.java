package vn.edu.caitien.portal.db.api;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The portal's database. Registered as a service by portal-db once the database is open; unregistered (and
 * Derby shut down cleanly) when portal-db stops or is reconfigured. Thread-safe.
 */
@ProviderType
public interface PortalDatabase {

    /** Value of {@link #databaseId()} for embedded Apache Derby. */
    String DERBY = "derby";

    /** Value of {@link #databaseId()} for PostgreSQL. */
    String POSTGRESQL = "postgresql";

    /** @return the data source; connections must be closed by the caller (try-with-resources) */
    DataSource dataSource();

    /**
     * @return {@link #DERBY} or {@link #POSTGRESQL}; also the MyBatis {@code databaseId}, so mapper XML can
     *         hold dialect variants of a statement
     */
    String databaseId();

    /**
     * Takes an online backup while the portal keeps running (Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}).
     *
     * @param targetDirectory the directory to write the backup into; created if missing
     * @return the directory that holds the backed-up database
     * @throws IllegalStateException on PostgreSQL, whose backups are taken with {@code pg_dump} by the operator
     */
    Path backup(Path targetDirectory);
}
