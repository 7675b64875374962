package vn.edu.caitien.itests;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A cheap fingerprint of everything stored: per table of the portal's database (every schema but the system's), the
 * number of rows and a hash of their content that does not depend on row order. The suite compares fingerprints to
 * know that a call changed something, then asks the owners' snapshot what changed.
 */
final class IdorState {

    private final DataSource dataSource;
    private List<String> tables;

    IdorState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return per table, "rows:hash" */
    Map<String, String> fingerprint() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (tables == null) {
                tables = tables(c.getMetaData());
            }
            Map<String, String> out = new TreeMap<>();
            for (String table : tables) {
                long rows = 0;
                long hash = 0;
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        long row = 17;
                        for (int i = 1; i <= columns; i++) {
                            row = row * 31 + hash(r.getObject(i));
                        }
                        hash += row * 0x9E3779B97F4A7C15L;
                        rows++;
                    }
                }
                out.put(table, rows + ":" + Long.toHexString(hash));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database", e);
        }
    }

    private static int hash(Object v) throws SQLException {
        if (v == null) {
            return 0;
        }
        if (v instanceof byte[] b) {
            return java.util.Arrays.hashCode(b);
        }
        if (v instanceof java.sql.Blob b) {
            return java.util.Arrays.hashCode(b.getBytes(1, (int) Math.min(b.length(), 1 << 20)));
        }
        if (v instanceof java.sql.Clob c) {
            return c.getSubString(1, (int) Math.min(c.length(), 1 << 20)).hashCode();
        }
        return v.toString().hashCode();
    }

    private static List<String> tables(DatabaseMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = md.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String schema = r.getString("TABLE_SCHEM");
                String name = r.getString("TABLE_NAME");
                String lower = schema == null ? "" : schema.toLowerCase(Locale.ROOT);
                if (lower.startsWith("sys") || lower.equals("information_schema") || lower.equals("pg_catalog")) {
                    continue;
                }
                out.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + name + "\"");
            }
        }
        return out;
    }
}
