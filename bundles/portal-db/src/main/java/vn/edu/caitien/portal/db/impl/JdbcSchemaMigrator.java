package vn.edu.caitien.portal.db.impl;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.MigrationException;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * {@link SchemaMigrator} over a plain {@link DataSource}; usable without OSGi (tests, test-support).
 *
 * <p>Applied scripts are recorded in {@code PORTAL_DB.SCHEMA_VERSION}, which is created on first use. Each
 * script and its record run in one transaction (DDL is transactional on both Derby and PostgreSQL), so a failing
 * script leaves neither its changes nor its record behind.
 */
public final class JdbcSchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSchemaMigrator.class);

    /**
     * One lock for every instance in the JVM: two bundles, or a re-created migrator after a reconfiguration,
     * must not run the same module's scripts side by side. Migrations are rare and short, so the coarse lock costs
     * nothing. Two JVMs on one database are not supported.
     */
    private static final ReentrantLock LOCK = new ReentrantLock();

    private static final Pattern MODULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int DESCRIPTION_LENGTH = 200;

    private final DataSource dataSource;
    private final String databaseId;
    private volatile boolean tableReady;

    /**
     * @param dataSource where to migrate
     * @param databaseId {@code derby} or {@code postgresql}; picks dialect variants of scripts
     */
    public JdbcSchemaMigrator(DataSource dataSource, String databaseId) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.databaseId = Objects.requireNonNull(databaseId, "databaseId");
    }

    @Override
    public int migrate(String moduleId, Class<?> anchor) {
        checkModuleId(moduleId);
        Objects.requireNonNull(anchor, "anchor");
        LOCK.lock();
        try {
            List<MigrationScript> scripts = select(moduleId, ScriptLocator.find(moduleId, anchor));
            try (Connection connection = dataSource.getConnection()) {
                ensureTable(connection);
                Set<Integer> applied = appliedVersions(connection, moduleId);
                for (MigrationScript script : scripts) {
                    if (!applied.contains(script.version())) {
                        apply(connection, moduleId, script);
                    }
                }
                return currentVersion(connection, moduleId);
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the applied migrations of module " + moduleId + ": "
                    + e.getMessage(), e);
        } finally {
            LOCK.unlock();
        }
    }

    @Override
    public int currentVersion(String moduleId) {
        checkModuleId(moduleId);
        try (Connection connection = dataSource.getConnection()) {
            ensureTable(connection);
            return currentVersion(connection, moduleId);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the schema version of module " + moduleId, e);
        }
    }

    @Override
    public List<AppliedMigration> applied(String moduleId) {
        checkModuleId(moduleId);
        List<AppliedMigration> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            ensureTable(connection);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT VERSION, DESCRIPTION, APPLIED_AT FROM PORTAL_DB.SCHEMA_VERSION"
                            + " WHERE MODULE_ID = ? ORDER BY VERSION")) {
                select.setString(1, moduleId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        result.add(new AppliedMigration(moduleId, rs.getInt(1), rs.getString(2),
                                rs.getTimestamp(3).toInstant()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the applied migrations of module " + moduleId, e);
        }
        return result;
    }

    /** Picks, per version, the variant for this database or else the plain script; sorted by version. */
    List<MigrationScript> select(String moduleId, List<java.net.URL> urls) {
        Map<Integer, MigrationScript> plain = new TreeMap<>();
        Map<Integer, MigrationScript> variant = new TreeMap<>();
        for (java.net.URL url : urls) {
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            MigrationScript script = MigrationScript.parse(fileName, url).orElseThrow(() -> new MigrationException(
                    "Migration script " + moduleId + "/" + fileName
                            + " is not named V<number>__<description>[.<databaseId>].sql", null));
            if (script.databaseId() == null) {
                putUnique(plain, script, moduleId);
            } else if (script.databaseId().equals(databaseId)) {
                putUnique(variant, script, moduleId);
            }
        }
        Map<Integer, MigrationScript> chosen = new TreeMap<>(plain);
        chosen.putAll(variant);
        return new ArrayList<>(chosen.values());
    }

    private static void putUnique(Map<Integer, MigrationScript> scripts, MigrationScript script, String moduleId) {
        MigrationScript other = scripts.putIfAbsent(script.version(), script);
        if (other != null) {
            throw new MigrationException("Module " + moduleId + " has two scripts for version " + script.version()
                    + ": " + other.fileName() + " and " + script.fileName(), null);
        }
    }

    private void apply(Connection connection, String moduleId, MigrationScript script) throws SQLException {
        String where = moduleId + "/" + script.fileName();
        List<String> statements;
        try {
            statements = SqlScript.read(script.url());
        } catch (IOException e) {
            throw new MigrationException("Cannot read migration script " + where, e);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String step = "opening it";
        try (Statement statement = connection.createStatement();
                PreparedStatement record = connection.prepareStatement("INSERT INTO PORTAL_DB.SCHEMA_VERSION"
                        + " (MODULE_ID, VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < statements.size(); i++) {
                step = "statement " + (i + 1);
                statement.execute(statements.get(i));
            }
            step = "recording it";
            record.setString(1, moduleId);
            record.setInt(2, script.version());
            record.setString(3, truncate(script.description()));
            record.setTimestamp(4, Timestamp.from(Instant.now()));
            record.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw new MigrationException("Migration " + where + " failed at " + step + " (SQLState "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        LOG.info("Applied migration {} V{} {}", moduleId, script.version(), script.description());
    }

    private static String truncate(String description) {
        return description.length() <= DESCRIPTION_LENGTH ? description : description.substring(0, DESCRIPTION_LENGTH);
    }

    private static Set<Integer> appliedVersions(Connection connection, String moduleId) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT VERSION FROM PORTAL_DB.SCHEMA_VERSION WHERE MODULE_ID = ?")) {
            select.setString(1, moduleId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
        }
        return versions;
    }

    private static int currentVersion(Connection connection, String moduleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(VERSION) FROM PORTAL_DB.SCHEMA_VERSION WHERE MODULE_ID = ?")) {
            select.setString(1, moduleId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1); // MAX over no rows is NULL, which getInt reads as 0
            }
        }
    }

    /**
     * Creates {@code PORTAL_DB.SCHEMA_VERSION} when missing. Derby has no {@code IF NOT EXISTS}, so the metadata
     * is asked; under the lock, so two callers cannot both create it.
     */
    private void ensureTable(Connection connection) throws SQLException {
        if (tableReady) {
            return;
        }
        LOCK.lock();
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = storedName(metaData, "PORTAL_DB");
            String table = storedName(metaData, "SCHEMA_VERSION");
            if (!exists(metaData.getTables(null, pattern(metaData, schema), pattern(metaData, table),
                    new String[] {"TABLE"}))) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    if (!exists(metaData.getSchemas(null, pattern(metaData, schema)))) {
                        statement.execute("CREATE SCHEMA PORTAL_DB");
                    }
                    statement.execute("CREATE TABLE PORTAL_DB.SCHEMA_VERSION (MODULE_ID VARCHAR(64) NOT NULL,"
                            + " VERSION INT NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL,"
                            + " APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (MODULE_ID, VERSION))");
                    connection.commit();
                    LOG.info("Created table PORTAL_DB.SCHEMA_VERSION");
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            }
            tableReady = true;
        } finally {
            LOCK.unlock();
        }
    }

    private static boolean exists(ResultSet rs) throws SQLException {
        try (rs) {
            return rs.next();
        }
    }

    /** Unquoted identifiers are stored upper case by Derby and lower case by PostgreSQL. */
    private static String storedName(DatabaseMetaData metaData, String name) throws SQLException {
        if (metaData.storesLowerCaseIdentifiers()) {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
        return name;
    }

    /** Escapes {@code _} and {@code %}, which are wildcards in metadata name patterns. */
    private static String pattern(DatabaseMetaData metaData, String name) throws SQLException {
        String escape = metaData.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static void checkModuleId(String moduleId) {
        Objects.requireNonNull(moduleId, "moduleId");
        if (!MODULE_ID.matcher(moduleId).matches()) {
            throw new IllegalArgumentException("Module id must be 1-64 letters, digits, '_', '.' or '-': " + moduleId);
        }
    }
}
