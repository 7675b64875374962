package vn.edu.caitien.itests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.StaffMember;

/**
 * What the attack suite learns inside the container: a fingerprint of every table of the portal's database (so a
 * forged request that changed anything is caught, whatever it changed), and, per demo account, the schools it may
 * not see (whose names must never appear in its pages).
 */
final class AttackStore implements AttackRun.State {

    private final DataSource dataSource;
    private final SchoolDirectory directory;
    private final PermissionService permissions;
    private List<String> tables;

    AttackStore(DataSource dataSource, SchoolDirectory directory, PermissionService permissions) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.permissions = permissions;
    }

    /** @return per table (every schema but the database's own), "rows:hash" with a hash independent of row order */
    @Override
    public Map<String, String> fingerprint() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (tables == null) {
                tables = tables(c);
            }
            Map<String, String> out = new TreeMap<>();
            for (String table : tables) {
                long rows = 0;
                long hash = 0;
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(r.getString(i)).append('\u0001');
                        }
                        rows++;
                        hash += row.toString().hashCode() * 0x9E3779B97F4A7C15L;
                    }
                }
                out.put(table, rows + ":" + Long.toHexString(hash));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the portal's tables", e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String schema = r.getString("TABLE_SCHEM");
                String upper = schema == null ? "" : schema.toUpperCase(Locale.ROOT);
                if (!upper.startsWith("SYS") && !upper.equals("INFORMATION_SCHEMA") && !upper.equals("PG_CATALOG")) {
                    tables.add("\"" + schema + "\".\"" + r.getString("TABLE_NAME") + "\"");
                }
            }
        }
        return tables;
    }

    /** @return names and document symbols of the schools the account may not see; empty for the administrator */
    @Override
    public Set<String> foreignNames(String role) {
        PortalUser user = user(role);
        Set<String> names = new LinkedHashSet<>();
        for (School school : directory.schools()) {
            if (!permissions.canSee(user, school.id())) {
                names.add(school.name());
                if (school.documentSymbol() != null && !school.documentSymbol().isBlank()) {
                    names.add("KH-" + school.documentSymbol());
                }
            }
        }
        return names;
    }

    /** The demo account as the host knows it: its roles in the schools' staff lists, the ward officer's body. */
    private PortalUser user(String login) {
        if (login.equals("admin")) {
            return new PortalUser("admin", "Quản trị hệ thống", true, List.of());
        }
        if (login.equals("phuong")) {
            return new PortalUser("phuong", "Lê Văn Hùng", false,
                    List.of(Membership.body("ubnd-kinhbac", PortalRole.SUPERVISOR)));
        }
        List<Membership> memberships = new ArrayList<>();
        String name = login;
        for (School school : directory.schools()) {
            for (StaffMember member : directory.staff(school.id())) {
                if (member.userId().equals(login)) {
                    name = member.displayName();
                    memberships.add(Membership.school(school.id(), member.roles().toArray(PortalRole[]::new)));
                }
            }
        }
        if (memberships.isEmpty()) {
            throw new IllegalStateException("no demo account " + login + " in any school's staff");
        }
        return new PortalUser(login, name, false, memberships);
    }
}
