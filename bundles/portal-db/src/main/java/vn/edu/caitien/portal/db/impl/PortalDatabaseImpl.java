package vn.edu.caitien.portal.db.impl;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * The portal database service: embedded Derby by default, PostgreSQL by configuration. A configuration change
 * deactivates the component (shutting Derby down) and activates it again with the new values, because there is
 * no {@code @Modified} method: a data source cannot be switched under running sessions.
 *
 * <p>The database is opened on a thread of its own as soon as the bundle starts, so that booting (or creating)
 * Derby overlaps with the start of the web stack; the first call that needs it waits for the open to finish.
 */
// immediate: start opening the database when the bundle starts, not when the first consumer appears
@Component(service = PortalDatabase.class, configurationPid = PortalDatabaseImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = PortalDatabaseImpl.Config.class)
public final class PortalDatabaseImpl implements PortalDatabase {

    /** Configuration PID. */
    public static final String PID = "vn.edu.caitien.portal.db";

    /** Framework property naming the portal's data directory; the Derby database goes into its {@code db}. */
    public static final String DATA_DIR_PROPERTY = "caitien.data.dir";

    private static final Logger LOG = LoggerFactory.getLogger(PortalDatabaseImpl.class);

    /** Configuration of the portal database. */
    @ObjectClassDefinition(name = "Cải Tiến portal database",
            description = "Which database the portal uses. Changing it restarts every module that uses the database.")
    public @interface Config {

        /** @return {@code derby} or {@code postgresql} */
        @AttributeDefinition(name = "Database type", options = {
            @Option(label = "Embedded Apache Derby", value = PortalDatabase.DERBY),
            @Option(label = "PostgreSQL", value = PortalDatabase.POSTGRESQL)})
        String type() default PortalDatabase.DERBY;

        /** @return the directory that holds the Derby database; empty for the default */
        @AttributeDefinition(name = "Derby directory", required = false,
                description = "Empty: <caitien.data.dir>/db, or the bundle's data area when that property is unset.")
        String derby_directory() default "";

        /** @return the Derby database name, a sub-directory of {@link #derby_directory()} */
        @AttributeDefinition(name = "Derby database name")
        String derby_name() default "caitien";

        /** @return the PostgreSQL JDBC URL */
        @AttributeDefinition(name = "PostgreSQL URL")
        String postgresql_url() default "jdbc:postgresql://127.0.0.1:5432/caitien";

        /** @return the PostgreSQL user */
        @AttributeDefinition(name = "PostgreSQL user")
        String postgresql_user() default "postgres";

        /** @return the PostgreSQL password; empty for trust or peer authentication */
        @AttributeDefinition(name = "PostgreSQL password", type = AttributeType.PASSWORD, required = false)
        String postgresql_password() default "";
    }

    private final CompletableFuture<PortalDatabase> delegate;
    private final String description;

    /**
     * Opens the configured database.
     *
     * @param context the bundle context, for the data directory
     * @param config  the configuration
     * @throws IllegalArgumentException on an unknown {@code type}
     * @throws IllegalStateException    when the database cannot be opened
     */
    @Activate
    public PortalDatabaseImpl(BundleContext context, Config config) {
        String type = config.type().trim();
        Supplier<PortalDatabase> open;
        if (PortalDatabase.DERBY.equals(type)) {
            String databaseName = derbyDirectory(context, config).resolve(config.derby_name()).toString();
            open = () -> new DerbyDatabase(databaseName);
            description = "Derby at " + databaseName;
        } else if (PortalDatabase.POSTGRESQL.equals(type)) {
            open = () -> new PostgresDatabase(config.postgresql_url(), config.postgresql_user(),
                    config.postgresql_password());
            description = "PostgreSQL at " + config.postgresql_url() + " as " + config.postgresql_user();
        } else {
            throw new IllegalArgumentException("Unknown database type '" + type + "' in " + PID
                    + ": use " + PortalDatabase.DERBY + " or " + PortalDatabase.POSTGRESQL);
        }
        delegate = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                delegate.complete(open.get());
                LOG.info("Portal database: {}", description);
            } catch (RuntimeException e) {
                LOG.error("Cannot open the portal database ({})", description, e);
                delegate.completeExceptionally(e);
            }
        }, "caitien-db-open");
        opener.setDaemon(true);
        opener.start();
    }

    static Path derbyDirectory(BundleContext context, Config config) {
        if (!config.derby_directory().isBlank()) {
            return Paths.get(config.derby_directory().trim());
        }
        String dataDir = context.getProperty(DATA_DIR_PROPERTY);
        if (dataDir != null && !dataDir.isBlank()) {
            return Paths.get(dataDir.trim(), "db");
        }
        File dataFile = context.getDataFile("db");
        if (dataFile == null) {
            throw new IllegalStateException("The framework gives no bundle data area; set "
                    + DATA_DIR_PROPERTY + " or derby.directory in " + PID);
        }
        return dataFile.toPath();
    }

    /** Shuts Derby down cleanly so the next start needs no recovery. */
    @Deactivate
    void deactivate() {
        PortalDatabase db;
        try {
            db = delegate.join();
        } catch (CompletionException e) {
            // a database that failed to open has nothing to shut down; the failure was logged when it happened
            return;
        }
        if (db instanceof DerbyDatabase derby) {
            derby.close();
        }
    }

    /** Waits for the database to be open. */
    private PortalDatabase open() {
        try {
            return delegate.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The portal database (" + description + ") could not be opened",
                    e.getCause());
        }
    }

    @Override
    public DataSource dataSource() {
        return open().dataSource();
    }

    @Override
    public String databaseId() {
        return open().databaseId();
    }

    @Override
    public Path backup(Path targetDirectory) {
        return open().backup(targetDirectory);
    }
}
