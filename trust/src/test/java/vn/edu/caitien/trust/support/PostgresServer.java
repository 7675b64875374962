package vn.edu.caitien.trust.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL test server (127.0.0.1:5432, user {@code postgres}, trust authentication), with the rule of
 * the rest of the build ({@code bundles/test-support} {@code PostgresTestDatabase}): when it does not answer, the
 * test is skipped, unless {@code CAITIEN_REQUIRE_POSTGRES=true}, where it fails.
 */
public final class PostgresServer {

    /** The server, without a database name. */
    public static final String SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/";

    /** Why a test was skipped. */
    public static final String SKIP_MESSAGE =
            "PostgreSQL not reachable on 127.0.0.1:5432 — skipping the PostgreSQL half";

    private PostgresServer() {
    }

    /**
     * Creates a fresh, empty database {@code <prefix><random hex>} (ICU {@code vi-VN} collation where the server has
     * it, as production should use), or skips the test when the server does not answer.
     *
     * @param prefix for example {@code caitien_crash_}: lower-case letters, digits and underscores
     * @return the database name, for {@link PortalProcess#postgresql(String)} and {@link #drop(String)}
     * @throws IllegalStateException when {@code CAITIEN_REQUIRE_POSTGRES=true} and the server does not answer
     */
    public static String createDatabase(String prefix) {
        if (!prefix.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier prefix: " + prefix);
        }
        try (Connection ignored = admin()) {
            // reachable
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CAITIEN_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("CAITIEN_REQUIRE_POSTGRES is set but " + SKIP_MESSAGE, e);
            }
            Assumptions.abort(SKIP_MESSAGE);
        }
        // made of the prefix checked above and hex digits: identifiers cannot be bound as parameters
        String name = prefix + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try {
            execute("CREATE DATABASE " + name + " ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN'"
                    + " LOCALE 'C.UTF-8' TEMPLATE template0");
        } catch (SQLException e) {
            try {
                execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw new IllegalStateException("cannot create the PostgreSQL database " + name, again);
            }
        }
        return name;
    }

    /**
     * Drops a database made by {@link #createDatabase}, ending any connection left to it (PostgreSQL 13+).
     *
     * @param name the database
     */
    public static void drop(String name) {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the PostgreSQL database " + name, e);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection admin() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(SERVER_URL + "postgres", "postgres", "");
    }
}
