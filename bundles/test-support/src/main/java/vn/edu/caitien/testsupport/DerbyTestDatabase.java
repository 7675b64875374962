package vn.edu.caitien.testsupport;

import java.util.UUID;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.impl.DerbyDatabase;

/**
 * A unique in-memory Derby database ({@code memory:<label>-<uuid>}) created with the production attributes
 * ({@code territory=vi_VN;collation=TERRITORY_BASED}, so ORDER BY sorts Vietnamese as in production), dropped on
 * {@link #close()}. See {@link TestDatabase} for usage.
 */
public final class DerbyTestDatabase extends TestDatabase {

    private final String label;

    /** A database labelled {@code test}; created by the extension callbacks or {@link #start()}. */
    public DerbyTestDatabase() {
        this("test");
    }

    /** @param label the start of the database name, to recognise it in Derby's log */
    public DerbyTestDatabase(String label) {
        this.label = label;
    }

    /** @return a new, open database, for try-with-resources */
    public static DerbyTestDatabase open(String label) {
        DerbyTestDatabase database = new DerbyTestDatabase(label);
        database.start();
        return database;
    }

    /** @return a new, open database labelled {@code test} */
    public static DerbyTestDatabase open() {
        return open("test");
    }

    @Override
    protected PortalDatabase create() {
        return new DerbyDatabase("memory:" + label + "-" + UUID.randomUUID());
    }

    @Override
    protected void destroy(PortalDatabase database) {
        ((DerbyDatabase) database).drop();
    }
}
