package vn.edu.caitien.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.impl.PostgresDatabase;

/**
 * A fresh PostgreSQL database {@code caitien_test_<random>} on the local test server (127.0.0.1:5432, user
 * {@code postgres}, trust authentication), created with the ICU {@code vi-VN} collation where the server supports
 * it (PostgreSQL 15+ with ICU; otherwise a WARN and the server default), dropped on {@link #close()}. When the server cannot be reached the
 * test is skipped through a JUnit assumption, never failed. See {@link TestDatabase} for usage.
 */
public final class PostgresTestDatabase extends TestDatabase {

    /** The server, without a database name. */
    public static final String SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/";

    /** Why the test was skipped. */
    public static final String SKIP_MESSAGE =
            "PostgreSQL not reachable on 127.0.0.1:5432 — skipping PostgreSQL persistence tests";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTestDatabase.class);

    private final String serverUrl;
    /** Whether CAITIEN_REQUIRE_POSTGRES applies: to the local test server, not to a deliberately wrong one. */
    private final boolean requireServer;
    private String databaseName;

    /** A database on the local test server; created by the extension callbacks or {@link #start()}. */
    public PostgresTestDatabase() {
        this(SERVER_URL);
    }

    /** @param serverUrl another server ({@code jdbc:postgresql://host:port/}), used to test the skip path */
    PostgresTestDatabase(String serverUrl) {
        this.serverUrl = serverUrl;
        this.requireServer = SERVER_URL.equals(serverUrl);
    }

    /** @return a new, open database, for try-with-resources; skips the test when the server is unreachable */
    public static PostgresTestDatabase open() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.start();
        return database;
    }

    /** @return the name of the database while open */
    public String databaseName() {
        database();
        return databaseName;
    }

    @Override
    protected PortalDatabase create() {
        PGSimpleDataSource admin = adminDataSource();
        try (Connection ignored = admin.getConnection()) {
            LOG.debug("PostgreSQL reachable at {}", serverUrl);
        } catch (SQLException e) {
            if (requireServer && "true".equals(System.getenv("CAITIEN_REQUIRE_POSTGRES"))) {
                // CI sets this where the machine has a server: there a skip would hide a broken set-up.
                throw new IllegalStateException("CAITIEN_REQUIRE_POSTGRES is set but " + SKIP_MESSAGE, e);
            }
            LOG.debug("PostgreSQL not reachable at {}", serverUrl, e);
            Assumptions.assumeTrue(false, SKIP_MESSAGE);
        }
        String name = "caitien_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        // The name is made of hex digits above; identifiers cannot be bound as parameters.
        try {
            // Vietnamese collation, as production should use, so ORDER BY behaves as it will there
            // (ICU locale provider: PostgreSQL 15+ built with ICU).
            execute(admin, "CREATE DATABASE " + name + " ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN'"
                    + " LOCALE 'C.UTF-8' TEMPLATE template0");
        } catch (IllegalStateException e) {
            LOG.warn("PostgreSQL cannot create an ICU vi-VN database; {} uses the server's default collation,"
                    + " so Vietnamese ORDER BY results will differ from production", name, e);
            execute(admin, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        databaseName = name;
        return new PostgresDatabase(serverUrl + name, "postgres", "");
    }

    @Override
    protected void destroy(PortalDatabase database) {
        // WITH (FORCE) (PostgreSQL 13+) ends connections a test forgot to close, which would block the drop.
        execute(adminDataSource(), "DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        databaseName = null;
    }

    private static void execute(PGSimpleDataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: '" + sql + "' failed", e);
        }
    }

    private PGSimpleDataSource adminDataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(serverUrl + "postgres");
        ds.setUser("postgres");
        ds.setConnectTimeout(3);
        return ds;
    }
}
