package vn.edu.caitien.monitoring.impl.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.portal.db.api.TransientFailures;

/** Opens one {@link SqlSession} per call; holds no session. Thread-safe. */
public final class MonitoringStore {

    /** The mapper interfaces, for {@code MyBatisFactory.create}. */
    public static final List<Class<?>> MAPPERS = List.of(MonitoringMapper.class);

    /** The row classes, registered as aliases. */
    public static final List<Class<?>> ALIASES = List.of(Rows.ProgressRow.class, Rows.StateRow.class,
            Rows.PlanStateRow.class, Rows.CloseRow.class, Rows.CloseActionRow.class, Rows.ReviewRow.class,
            Rows.InspectionRow.class, Rows.EvidenceRow.class, Rows.LinkRow.class, Rows.DigestRow.class,
            Rows.SchoolAggRow.class, Rows.CriterionAggRow.class, Rows.SchoolNoRow.class, Rows.CellRow.class,
            Rows.SpillRow.class);

    /** Rows per multi-row INSERT, and ids per IN list: well below PostgreSQL's 32767 bind parameters. */
    public static final int CHUNK = 200;
    /** Ids per IN list of the roll-up. */
    public static final int IN_CHUNK = 1000;

    private final SqlSessionFactory factory;

    /** @param factory built over {@link #MAPPERS} and {@link #ALIASES} */
    public MonitoringStore(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /** Runs a read. */
    public <T> T read(Function<MonitoringMapper, T> work) {
        try (SqlSession session = factory.openSession()) {
            return work.apply(session.getMapper(MonitoringMapper.class));
        }
    }

    /**
     * Runs a write in one transaction; an exception rolls it back. A transaction the database refused for a passing
     * reason (deadlock, lock timeout, serialization failure) runs again, whole ({@link TransientFailures}), so the work
     * must change nothing but this database, through the mapper: work that calls another service goes through
     * {@link #writeOnce}.
     */
    public <T> T write(Function<MonitoringMapper, T> work) {
        return TransientFailures.retry(() -> writeOnce(work));
    }

    /**
     * Runs a write in one transaction, once: for work that also calls the plan service (a follow-up action, the actions
     * finished at the year-end close). The plan service commits its own transaction, which a rollback here does not
     * undo, so a second attempt would repeat it: a follow-up action added twice. A refusal is thrown to the caller.
     */
    public <T> T writeOnce(Function<MonitoringMapper, T> work) {
        return writeSession(session -> work.apply(session.getMapper(MonitoringMapper.class)));
    }

    /**
     * Runs a write in one transaction with the session, for work that mixes JDBC and the mapper; once, as
     * {@link #writeOnce} (it may also read a stream that a second attempt could not read again).
     */
    public <T> T writeSession(Function<SqlSession, T> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try (SqlSession session = factory.openSession(false)) {
            T result = work.apply(session);
            session.commit();
            return result;
        } finally {
            if (--depth[0] == 0) {
                runLater();
            }
        }
    }

    /** Open monitoring write transactions of this thread (any store: all share the portal database). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<List<Runnable>> LATER = ThreadLocal.withInitial(ArrayList::new);

    /**
     * Runs {@code work} now, or, when this thread is inside a monitoring write (the plan service told a listener
     * of a change that a review, an inspection or a year close asked for), after that write ended: the work reads
     * and writes rows that the open transaction may hold locked (Derby would wait for itself).
     */
    public static void afterWrites(Runnable work) {
        if (DEPTH.get()[0] > 0) {
            LATER.get().add(work);
        } else {
            work.run();
        }
    }

    private static void runLater() {
        List<Runnable> queued = LATER.get();
        while (!queued.isEmpty()) {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            for (Runnable r : now) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(MonitoringStore.class).warn("Deferred monitoring work failed", e);
                }
            }
        }
    }

    /**
     * Rebuilds the roll-up cells of one school and school year, and its line of {@code ROLL_SCHOOL}, from its state
     * rows, in the caller's transaction
     * (which holds {@link MonitoringMapper#lockSchool}).
     */
    public static void rebuildCells(MonitoringMapper mapper, int schoolNo, int year) {
        List<Rows.SpillRow> spill = new ArrayList<>();
        List<StateRow> sources = counted(mapper.cellSources(schoolNo, year), mapper.schoolPlans(schoolNo), year);
        List<Rows.CellRow> cells = Cells.of(year, schoolNo, sources, spill);
        mapper.deleteCells(schoolNo, year);
        mapper.deleteSpill(schoolNo, year);
        mapper.deleteSchoolSum(schoolNo, year);
        if (!cells.isEmpty()) {
            mapper.insertSchoolSum(Cells.summary(year, schoolNo, cells, sources));
        }
        for (int i = 0; i < cells.size(); i += CHUNK) {
            mapper.insertCells(cells.subList(i, Math.min(cells.size(), i + CHUNK)));
        }
        for (int i = 0; i < spill.size(); i += CHUNK) {
            mapper.insertSpill(spill.subList(i, Math.min(spill.size(), i + CHUNK)));
        }
    }

    /**
     * The rule of {@link MonitoringMapper#COUNTED}: a state row of year {@code year} counts unless another plan of the
     * school covering that year beats its plan (a shorter period — the school-year plan over a stage plan —, then the
     * newer plan); a row whose plan has no plan state counts.
     *
     * @param plans the plan states of the school (period and id): all, or those covering the year
     */
    public static List<StateRow> counted(List<StateRow> rows, List<Rows.PlanStateRow> plans, int year) {
        java.util.Map<Long, Rows.PlanStateRow> byId = new java.util.HashMap<>();
        plans.forEach(p -> byId.put(p.planId, p));
        java.util.Map<Long, Boolean> counts = new java.util.HashMap<>();
        List<StateRow> out = new ArrayList<>();
        for (StateRow r : rows) {
            if (counts.computeIfAbsent(r.planId, id -> {
                Rows.PlanStateRow p = byId.get(id);
                return p == null || plans.stream().noneMatch(o -> o.planId != p.planId && o.startYear <= year
                        && o.endYear > year && (o.endYear - o.startYear < p.endYear - p.startYear
                        || (o.endYear - o.startYear == p.endYear - p.startYear && o.planId > p.planId)));
            })) {
                out.add(r);
            }
        }
        return out;
    }

    /** Inserts state rows in chunks. */
    public static void insertStates(MonitoringMapper mapper, List<StateRow> rows) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            mapper.insertStates(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
    }

    /** @return the ids cut into lists of at most {@link #IN_CHUNK} */
    public static <T> List<List<T>> chunks(Collection<T> ids) {
        List<T> all = new ArrayList<>(ids);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }

    /** Writes an evidence file's content into its row, streamed, in the session's transaction. */
    public static void writeContent(SqlSession session, long evidenceId, InputStream in, long length) {
        try (PreparedStatement ps = session.getConnection()
                .prepareStatement("UPDATE MONITORING.EVIDENCE SET CONTENT = ? WHERE ID = ?")) {
            ps.setBinaryStream(1, in, length);
            ps.setLong(2, evidenceId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store evidence content", e);
        }
    }

    /** Copies an evidence file's content to {@code out}; false when it has none. */
    public boolean copyContent(long evidenceId, OutputStream out) {
        try (SqlSession session = factory.openSession()) {
            Connection c = session.getConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT CONTENT FROM MONITORING.EVIDENCE WHERE ID = ?")) {
                ps.setLong(1, evidenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        if (in == null) {
                            return false;
                        }
                        in.transferTo(out);
                        return true;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read evidence content", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
