package vn.edu.caitien.portal.db.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * An embedded Derby database, created on first open with Vietnamese collation. Usable without OSGi (tests,
 * test-support). {@link #close()} shuts the database down cleanly.
 */
public final class DerbyDatabase implements PortalDatabase, AutoCloseable {

    /**
     * Connection attributes applied when Derby creates the database. Collation can only be chosen at creation,
     * and without it ORDER BY sorts by code point ("Đức" after "Hà", "Ánh" last).
     */
    public static final String CREATE_ATTRIBUTES = "create=true;territory=vi_VN;collation=TERRITORY_BASED";

    /** SQLState of a successful single-database shutdown (or drop). */
    static final String DATABASE_SHUT_DOWN = "08006";

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);

    private final String databaseName;
    private final EmbeddedDataSource dataSource;

    /**
     * Opens the database, creating it if it does not exist.
     *
     * @param databaseName a Derby database name: a directory path, or {@code memory:<name>} for an in-memory one
     * @throws IllegalStateException when Derby cannot open or create the database
     */
    public DerbyDatabase(String databaseName) {
        this.databaseName = Objects.requireNonNull(databaseName, "databaseName");
        // Create (or just boot) once with the creation attributes; the served data source carries none, so a
        // caller can never re-create a database with other attributes by accident.
        EmbeddedDataSource creator = newDataSource();
        creator.setConnectionAttributes(CREATE_ATTRIBUTES);
        try (Connection connection = creator.getConnection()) {
            LOG.debug("Derby database {} open (warnings: {})", databaseName, connection.getWarnings());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open Derby database " + databaseName, e);
        }
        this.dataSource = newDataSource();
    }

    private EmbeddedDataSource newDataSource() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseName);
        return ds;
    }

    /** @return the Derby database name this object was opened with */
    public String databaseName() {
        return databaseName;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String databaseId() {
        return DERBY;
    }

    /**
     * Runs {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}. Derby writes the copy into a sub-directory of
     * {@code targetDirectory} named after the last element of the database name.
     */
    @Override
    public Path backup(Path targetDirectory) {
        Objects.requireNonNull(targetDirectory, "targetDirectory");
        try {
            Files.createDirectories(targetDirectory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create backup directory " + targetDirectory, e);
        }
        Path target = targetDirectory.toAbsolutePath();
        try (Connection connection = dataSource.getConnection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Backup of Derby database " + databaseName + " to " + target + " failed", e);
        }
        Path backup = target.resolve(Paths.get(plainName()).getFileName());
        LOG.info("Backed up Derby database {} to {}", databaseName, backup);
        return backup;
    }

    private String plainName() {
        return databaseName.startsWith("memory:") ? databaseName.substring("memory:".length()) : databaseName;
    }

    /** Shuts the database down cleanly; the object must not be used afterwards. */
    @Override
    public void close() {
        EmbeddedDataSource shutdown = newDataSource();
        shutdown.setShutdownDatabase("shutdown");
        stop(shutdown, "shut down");
    }

    /**
     * Drops an in-memory database ({@code drop=true}), freeing its memory. Only valid for {@code memory:} names;
     * the object must not be used afterwards.
     */
    public void drop() {
        if (!databaseName.startsWith("memory:")) {
            throw new IllegalStateException("Only in-memory Derby databases can be dropped: " + databaseName);
        }
        EmbeddedDataSource drop = newDataSource();
        drop.setConnectionAttributes("drop=true");
        stop(drop, "dropped");
    }

    private void stop(EmbeddedDataSource ds, String what) {
        try (Connection ignored = ds.getConnection()) {
            // Derby reports success only by throwing; getting here means it did not act.
            throw new IllegalStateException("Derby database " + databaseName + " was not " + what);
        } catch (SQLException e) {
            if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw new IllegalStateException("Derby database " + databaseName + " could not be " + what, e);
            }
            LOG.info("Derby database {} {} ({})", databaseName, what, e.getMessage());
        }
    }
}
