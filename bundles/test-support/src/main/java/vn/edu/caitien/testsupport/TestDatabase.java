package vn.edu.caitien.testsupport;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.impl.JdbcSchemaMigrator;

/**
 * A throw-away portal database for one test: a {@link PortalDatabase} over a database that exists only for that
 * test, with the real migrator. Use it either as a JUnit 5 extension, which gives every test a fresh database,
 *
 * <pre>{@code
 * @RegisterExtension
 * final DerbyTestDatabase db = new DerbyTestDatabase();
 *
 * @BeforeEach
 * void migrate() {
 *     db.migrate("catalogue", CriterionMapper.class);
 * }
 * }</pre>
 *
 * or with try-with-resources ({@code try (var db = DerbyTestDatabase.open()) {...}}). Not thread-safe: one test
 * uses one instance.
 */
public abstract class TestDatabase implements PortalDatabase, AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private PortalDatabase current;

    /** Creates the database; {@link #close()} must follow. */
    protected abstract PortalDatabase create();

    /** Drops the database created by {@link #create()}. */
    protected abstract void destroy(PortalDatabase database);

    /**
     * Creates the database if it is not open yet.
     *
     * @return this, for chaining
     */
    public final TestDatabase start() {
        if (current == null) {
            current = create();
        }
        return this;
    }

    /** Drops the database; a later {@link #start()} creates a new one. Does nothing when not open. */
    @Override
    public final void close() {
        PortalDatabase database = current;
        current = null;
        if (database != null) {
            destroy(database);
        }
    }

    /** Opens a fresh database before each test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        close();
        start();
    }

    /** Drops the test's database. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /**
     * Applies a module's migrations with the production migrator ({@link JdbcSchemaMigrator}).
     *
     * @param moduleId the folder under {@code db/}
     * @param anchor   a class whose class loader sees {@code db/<moduleId>/} (usually a class of the module)
     * @return the module's schema version afterwards
     */
    public int migrate(String moduleId, Class<?> anchor) {
        return new JdbcSchemaMigrator(dataSource(), databaseId()).migrate(moduleId, anchor);
    }

    /**
     * Builds a MyBatis factory exactly as production code does ({@link MyBatisFactory}).
     *
     * @param mappers    mapper interfaces
     * @param aliasTypes row classes registered as aliases
     * @return a session factory over this database
     */
    public SqlSessionFactory sqlSessionFactory(List<Class<?>> mappers, List<Class<?>> aliasTypes) {
        return MyBatisFactory.create(this, mappers, aliasTypes);
    }

    /** @throws IllegalStateException when the database is not open */
    @Override
    public DataSource dataSource() {
        return database().dataSource();
    }

    @Override
    public String databaseId() {
        return database().databaseId();
    }

    @Override
    public Path backup(Path targetDirectory) {
        return database().backup(targetDirectory);
    }

    /** @return the open database */
    protected final PortalDatabase database() {
        if (current == null) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + " is not open: register it with @RegisterExtension or call start()");
        }
        return current;
    }
}
