package vn.edu.caitien.portal.db.impl;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 */
@Component(service = PortalDatabase.class, configurationPid = PortalDatabaseImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
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

    private final PortalDatabase delegate;

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
        if (PortalDatabase.DERBY.equals(type)) {
            String databaseName = derbyDirectory(context, config).resolve(config.derby_name()).toString();
            delegate = new DerbyDatabase(databaseName);
            LOG.info("Portal database: Derby at {}", databaseName);
        } else if (PortalDatabase.POSTGRESQL.equals(type)) {
            delegate = new PostgresDatabase(config.postgresql_url(), config.postgresql_user(),
                    config.postgresql_password());
            LOG.info("Portal database: PostgreSQL at {} as {}", config.postgresql_url(), config.postgresql_user());
        } else {
            throw new IllegalArgumentException("Unknown database type '" + type + "' in " + PID
                    + ": use " + PortalDatabase.DERBY + " or " + PortalDatabase.POSTGRESQL);
        }
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
        if (delegate instanceof DerbyDatabase derby) {
            derby.close();
        }
    }

    @Override
    public DataSource dataSource() {
        return delegate.dataSource();
    }

    @Override
    public String databaseId() {
        return delegate.databaseId();
    }

    @Override
    public Path backup(Path targetDirectory) {
        return delegate.backup(targetDirectory);
    }
}
