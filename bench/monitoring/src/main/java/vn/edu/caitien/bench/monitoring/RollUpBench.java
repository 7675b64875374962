package vn.edu.caitien.bench.monitoring;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.RollUp;
import vn.edu.caitien.monitoring.impl.db.Rows;
import vn.edu.caitien.monitoring.impl.MonitoringFixtures;
import vn.edu.caitien.monitoring.impl.MonitoringServiceImpl;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.PostgresTestDatabase;
import vn.edu.caitien.testsupport.TestDatabase;

/**
 * Generates a province (schools × school years × actions with progress) straight into the monitoring tables, then
 * times the supervisor roll-up (the province and one ward of 100 schools) and the per-criterion drill-down through
 * the real service, on in-memory Derby and on PostgreSQL.
 */
public final class RollUpBench {

    private static final String PROVINCE = "so-bench";
    private static final String[] CRITERIA = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10",
            "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "5.1", "5.2", "5.3"};
    private static final String[] STATUS = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "DONE", "LATE",
            "PAUSED", "CANCELLED"};
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 1, 20, 10, 0)
            .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

    private RollUpBench() {
    }

    public static void main(String[] args) throws Exception {
        int schools = Integer.parseInt(args.length > 0 ? args[0] : "5000");
        int years = Integer.parseInt(args.length > 1 ? args[1] : "3");
        int actions = Integer.parseInt(args.length > 2 ? args[2] : "60");
        String databases = args.length > 3 ? args[3] : "both";
        System.out.printf("Province: %,d schools × %d school years × %d actions = %,d action rows%n", schools, years,
                actions, (long) schools * years * actions);
        if (!databases.equals("postgresql")) {
            try (DerbyTestDatabase derby = DerbyTestDatabase.open("bench-monitoring")) {
                run("Derby (in-memory)", derby, schools, years, actions);
            }
        }
        if (databases.equals("derby")) {
            return;
        }
        PostgresTestDatabase pg;
        try {
            pg = PostgresTestDatabase.open();
        } catch (RuntimeException e) {
            System.out.println("PostgreSQL: skipped (" + e.getMessage() + ")");
            return;
        }
        if (Boolean.getBoolean("bench.keep")) {
            // -Dbench.keep=true: the generated database stays for EXPLAIN ANALYZE in psql (drop it by hand).
            run("PostgreSQL", pg, schools, years, actions);
            System.out.println("PostgreSQL database kept: " + pg.databaseName());
            return;
        }
        try (pg) {
            run("PostgreSQL", pg, schools, years, actions);
        }
    }

    private static void run(String label, TestDatabase db, int schools, int years, int actions) throws Exception {
        MonitoringStore store = MonitoringFixtures.store(db);
        long t0 = System.nanoTime();
        generate(db, schools, years, actions);
        System.out.printf("%n== %s: generated in %.1f s%n", label, (System.nanoTime() - t0) / 1e9);
        // The roll-up cells, built by the service's own code (MonitoringStore.rebuildCells), as every report and
        // plan change keeps them.
        long t1 = System.nanoTime();
        int firstYear = 2025 - years + 1;
        for (int from = 0; from < schools; from += 100) {
            int start = from;
            int end = Math.min(schools, from + 100);
            store.write(m -> {
                for (int s = start; s < end; s++) {
                    for (int y = 0; y < years; y++) {
                        MonitoringStore.rebuildCells(m, s + 1, firstYear + y);
                    }
                }
                return null;
            });
        }
        try (Connection c = db.dataSource().getConnection();
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet cells = st.executeQuery("SELECT COUNT(*) FROM MONITORING.ROLL_CELL WHERE SCHOOL_YEAR = 2025");
             java.sql.Statement st2 = c.createStatement();
             java.sql.ResultSet spill = st2.executeQuery("SELECT COUNT(*) FROM MONITORING.ROLL_SPILL WHERE SCHOOL_YEAR = 2025")) {
            cells.next();
            spill.next();
            System.out.printf("roll-up cells built in %.1f s: %,d cells and %,d spill rows for 2025-2026%n",
                    (System.nanoTime() - t1) / 1e9, cells.getLong(1), spill.getLong(1));
        }
        if (db instanceof PostgresTestDatabase) {
            try (Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
        }
        List<School> all = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            all.add(new School(school(i), String.format("Trường %05d", i), Set.of(SchoolLevel.THCS), "S" + i, "UBND",
                    List.of(ward(i), PROVINCE)));
        }
        SchoolDirectory directory = directory(all);
        PermissionService permissions = permissions(directory);
        MonitoringServiceImpl service = MonitoringFixtures.monitoring(store, null, permissions, directory, CLOCK);
        PortalUser province = new PortalUser("cb-so", "Cán bộ Sở", false,
                List.of(Membership.body(PROVINCE, PortalRole.SUPERVISOR)));
        PortalUser wardOfficer = new PortalUser("cb-phuong", "Cán bộ phường", false,
                List.of(Membership.body(ward(0), PortalRole.SUPERVISOR)));
        int year = 2025;
        RollUp r = service.rollUp(province, PROVINCE, year);
        System.out.printf("roll-up %d-%d: %,d schools, %,d actions, %,d done, %,d overdue, mean %d %%; %d criteria, "
                        + "behind on 3.1: %,d schools%n", year, year + 1, r.schools().size(), r.totals().actions(),
                r.totals().done(), r.totals().overdue(), r.totals().percent(), r.criteria().size(),
                r.criteria().stream().filter(c -> c.criterionCode().equals("3.1")).findFirst()
                        .map(c -> c.schoolsBehind()).orElse(0));
        check(db, r, year);
        time("province roll-up (" + schools + " schools)", 5, 20, () -> service.rollUp(province, PROVINCE, year));
        time("ward roll-up (" + Math.min(100, schools) + " schools)", 5, 50, () -> service.rollUp(wardOfficer, ward(0), year));
        time("drill-down: actions behind on 3.1, province", 3, 20,
                () -> service.behind(province, PROVINCE, year, "3.1"));
    }

    /** The roll-up read from the cells must equal the same numbers counted straight from ACTION_STATE. */
    private static void check(TestDatabase db, RollUp r, int year) throws Exception {
        LocalDate today = LocalDate.now(CLOCK);
        String open = "STATUS_NO NOT IN (2, 5)";
        long[] direct = new long[5];
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN STATUS_NO = 2 THEN 1 ELSE 0 END),"
                     + " SUM(CASE WHEN " + open + " AND DUE_DATE < ? THEN 1 ELSE 0 END),"
                     + " SUM(CASE WHEN " + open + " AND DUE_DATE >= ? AND DUE_DATE <= ? THEN 1 ELSE 0 END)"
                     + " FROM MONITORING.ACTION_STATE WHERE SCHOOL_YEAR = ?");
             PreparedStatement behind = c.prepareStatement("SELECT COUNT(DISTINCT SCHOOL_NO) FROM"
                     + " MONITORING.ACTION_STATE WHERE SCHOOL_YEAR = ? AND CRITERION_NO = 3001"
                     + " AND (STATUS_NO = 3 OR (" + open + " AND DUE_DATE < ?))")) {
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today));
            ps.setDate(3, Date.valueOf(today.plusDays(14)));
            ps.setInt(4, year);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < 4; i++) {
                    direct[i] = rs.getLong(i + 1);
                }
            }
            behind.setInt(1, year);
            behind.setDate(2, Date.valueOf(today));
            try (java.sql.ResultSet rs = behind.executeQuery()) {
                rs.next();
                direct[4] = rs.getLong(1);
            }
        }
        long[] rolled = {r.totals().actions(), r.totals().done(), r.totals().overdue(), r.totals().dueSoon(),
                r.criteria().stream().filter(x -> x.criterionCode().equals("3.1")).findFirst()
                        .map(x -> (long) x.schoolsBehind()).orElse(0L)};
        if (!Arrays.equals(direct, rolled)) {
            throw new IllegalStateException("roll-up " + Arrays.toString(rolled) + " differs from ACTION_STATE "
                    + Arrays.toString(direct));
        }
        System.out.println("check: actions, done, overdue, due soon and behind on 3.1 equal ACTION_STATE's "
                + Arrays.toString(direct));
    }

    private static String school(int i) {
        return String.format("s%05d", i);
    }

    private static String ward(int i) {
        return String.format("ward-%03d", i / 100);
    }

    private static void generate(TestDatabase db, int schools, int years, int actions) throws Exception {
        Random random = new Random(42);
        int firstYear = 2025 - years + 1;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement no = c.prepareStatement("INSERT INTO MONITORING.SCHOOL_NO (SCHOOL_ID) VALUES (?)")) {
                // Numbered in order: school s gets s + 1.
                for (int s = 0; s < schools; s++) {
                    no.setString(1, school(s));
                    no.addBatch();
                }
                no.executeBatch();
                c.commit();
            }
            try (PreparedStatement plan = c.prepareStatement("INSERT INTO MONITORING.PLAN_STATE (PLAN_ID, SCHOOL_ID,"
                    + " SCHOOL_NO, START_YEAR, END_YEAR, REVISION, STATUS, SEEN_AT) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
                 PreparedStatement state = c.prepareStatement("INSERT INTO MONITORING.ACTION_STATE (PLAN_ID, ACTION_KEY,"
                         + " SCHOOL_YEAR, SCHOOL_ID, CRITERION_CODE, STANDARD_NO, DESCRIPTION, LEAD_TEXT, LEAD_USER_ID,"
                         + " START_DATE, END_DATE, OPEN_ENDED, DUE_DATE, PLANNED, SOURCES, STATUS_NO, PERCENT_DONE, SPENT,"
                         + " DEGREE, LAST_UPDATE, UPDATES, FOLLOW_UP, SEQ, SCHOOL_NO, CRITERION_NO) VALUES (?, ?, ?, ?, ?, ?, ?,"
                         + " 'Hiệu trưởng', ?, ?, ?, FALSE, ?, ?, 'STATE_BUDGET', ?, ?, ?, NULL, ?, ?, FALSE, ?, ?, ?)");
                 PreparedStatement progress = c.prepareStatement("INSERT INTO MONITORING.PROGRESS (SCHOOL_ID, PLAN_ID,"
                         + " ACTION_KEY, AS_OF, STATUS, PERCENT_DONE, SPENT, DEGREE, DEGREE_NOTE, NOTE, AUTHOR_ID,"
                         + " AUTHOR_NAME, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '', 'Đã triển khai', ?, 'Giáo viên', ?)")) {
                int batch = 0;
                for (int s = 0; s < schools; s++) {
                    for (int y = 0; y < years; y++) {
                        int year = firstYear + y;
                        long planId = (long) s * 10 + y + 1;
                        plan.setLong(1, planId);
                        plan.setString(2, school(s));
                        plan.setInt(3, s + 1);
                        plan.setInt(4, year);
                        plan.setInt(5, year + 1);
                        plan.setString(6, y == years - 1 ? "PUBLISHED" : "APPROVED");
                        plan.setTimestamp(7, new Timestamp(0));
                        plan.addBatch();
                        for (int a = 0; a < actions; a++) {
                            String code = CRITERIA[random.nextInt(CRITERIA.length)];
                            String status = STATUS[random.nextInt(STATUS.length)];
                            int percent = switch (status) {
                                case "DONE" -> 100;
                                case "NOT_STARTED", "CANCELLED" -> 0;
                                default -> 10 * (1 + random.nextInt(9));
                            };
                            LocalDate start = LocalDate.of(year, 9, 1).plusDays(random.nextInt(120));
                            LocalDate end = start.plusDays(30 + random.nextInt(240));
                            long planned = 1_000_000L * random.nextInt(200);
                            String key = String.format("a-%012x", planId * 1000 + a);
                            String lead = "gv-" + s + "-" + (a % 12);
                            state.setLong(1, planId);
                            state.setString(2, key);
                            state.setInt(3, year);
                            state.setString(4, school(s));
                            state.setString(5, code);
                            state.setInt(6, Integer.parseInt(code.substring(0, 1)));
                            state.setString(7, "Hoạt động cải tiến số " + (a + 1) + " của tiêu chí " + code);
                            state.setString(8, lead);
                            state.setDate(9, Date.valueOf(start));
                            state.setDate(10, Date.valueOf(end));
                            state.setDate(11, Date.valueOf(end));
                            state.setLong(12, planned);
                            state.setInt(13, ActionStatus.valueOf(status).ordinal());
                            state.setInt(14, percent);
                            state.setLong(15, planned * percent / 100);
                            state.setDate(16, status.equals("NOT_STARTED") ? null : Date.valueOf(start.plusDays(20)));
                            state.setInt(17, status.equals("NOT_STARTED") ? 0 : 1);
                            state.setInt(18, a);
                            state.setInt(19, s + 1);
                            state.setInt(20, Rows.criterionNo(code));
                            state.addBatch();
                            if (!status.equals("NOT_STARTED") && y == years - 1) {
                                progress.setString(1, school(s));
                                progress.setLong(2, planId);
                                progress.setString(3, key);
                                progress.setDate(4, Date.valueOf(start.plusDays(20)));
                                progress.setString(5, status);
                                progress.setInt(6, percent);
                                progress.setLong(7, planned * percent / 100);
                                progress.setString(8, lead);
                                progress.setTimestamp(9, new Timestamp(0));
                                progress.addBatch();
                            }
                            if (++batch % 5_000 == 0) {
                                plan.executeBatch();
                                state.executeBatch();
                                progress.executeBatch();
                                c.commit();
                            }
                        }
                    }
                }
                plan.executeBatch();
                state.executeBatch();
                progress.executeBatch();
                c.commit();
            }
        }
    }

    private static void time(String what, int warmUp, int rounds, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-48s p50 %7.1f ms   p95 %7.1f ms   (%d rounds)%n", what, ms[rounds / 2],
                ms[(int) Math.ceil(rounds * 0.95) - 1], rounds);
    }

    private static SchoolDirectory directory(List<School> all) {
        return new SchoolDirectory() {
            @Override
            public Optional<School> school(String id) {
                return all.stream().filter(s -> s.id().equals(id)).findFirst();
            }

            @Override
            public List<School> schools() {
                return all;
            }

            @Override
            public Optional<SupervisingBody> body(String id) {
                return Optional.of(new SupervisingBody(id, id.toUpperCase(), id.equals(PROVINCE)
                        ? BodyKind.PROVINCIAL_DEPARTMENT : BodyKind.COMMUNE_COMMITTEE));
            }

            @Override
            public List<School> schoolsSupervisedBy(String bodyId) {
                return all.stream().filter(s -> s.isSupervisedBy(bodyId)).toList();
            }

            @Override
            public List<StaffMember> staff(String schoolId) {
                return List.of();
            }
        };
    }

    /** Supervisors read every school their body supervises (ids follow the generator, no lookups). */
    private static PermissionService permissions(SchoolDirectory directory) {
        return new PermissionService() {
            @Override
            public boolean isGranted(PortalUser user, String key, String schoolId) {
                int i = Integer.parseInt(schoolId.substring(1));
                return key.endsWith(".view") && (user.bodyIds().contains(PROVINCE) || user.bodyIds().contains(ward(i)));
            }

            @Override
            public Set<String> grantedPermissions(PortalUser user, String schoolId) {
                return Set.of();
            }

            @Override
            public List<School> visibleSchools(PortalUser user) {
                return List.of();
            }

            @Override
            public boolean canSee(PortalUser user, String schoolId) {
                return isGranted(user, "monitoring.view", schoolId);
            }
        };
    }
}
