package vn.edu.caitien.portal.db.impl;

import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * A PostgreSQL database reached through pgjdbc's non-pooling {@link PGSimpleDataSource}: each
 * {@code getConnection()} opens a new physical connection. Only this class refers to pgjdbc, so Derby-only
 * installations never load it.
 */
public final class PostgresDatabase implements PortalDatabase {

    private final PGSimpleDataSource dataSource;

    /**
     * @param url      a {@code jdbc:postgresql://host:port/database} URL
     * @param user     the user name
     * @param password the password; empty for trust authentication
     */
    public PostgresDatabase(String url, String user, String password) {
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(Objects.requireNonNull(url, "url"));
        dataSource.setUser(user);
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String databaseId() {
        return POSTGRESQL;
    }

    /** Always throws: PostgreSQL backups are the operator's job. */
    @Override
    public Path backup(Path targetDirectory) {
        throw new IllegalStateException("use pg_dump");
    }
}
