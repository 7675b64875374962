package vn.edu.caitien.plan.impl.db;

import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import vn.edu.caitien.portal.db.api.TransientFailures;

/** Opens one {@link SqlSession} per call; holds no session. Thread-safe. */
public final class PlanStore {

    /** The mapper interfaces, for {@code MyBatisFactory.create}. */
    public static final List<Class<?>> MAPPERS = List.of(PlanMapper.class);

    /** The row classes, registered as aliases. */
    public static final List<Class<?>> ALIASES = List.of(PlanRecord.class, RevisionRecord.class, ChangeRecord.class,
            ActionRecord.class, CommentRecord.class, PlanParam.class, RevisionParam.class, ChangeParam.class,
            ActionParam.class, CommentParam.class);

    /** Rows per multi-row INSERT: well below PostgreSQL's 32767 bind parameters. */
    static final int CHUNK = 200;

    private final SqlSessionFactory factory;

    /** @param factory built over {@link #MAPPERS} and {@link #ALIASES} */
    public PlanStore(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /** Runs a read. */
    public <T> T read(Function<PlanMapper, T> work) {
        try (SqlSession session = factory.openSession()) {
            return work.apply(session.getMapper(PlanMapper.class));
        }
    }

    /**
     * Runs a write in one transaction; an exception rolls it back. A transaction the database refused for a passing
     * reason (deadlock, lock timeout) runs again, whole ({@link TransientFailures}).
     */
    public <T> T write(Function<PlanMapper, T> work) {
        return TransientFailures.retry(() -> {
            try (SqlSession session = factory.openSession(false)) {
                T result = work.apply(session.getMapper(PlanMapper.class));
                session.commit();
                return result;
            }
        });
    }

    /** Inserts changes in chunks. */
    public static void insertChanges(PlanMapper mapper, List<ChangeParam> changes) {
        for (int i = 0; i < changes.size(); i += CHUNK) {
            mapper.insertChanges(changes.subList(i, Math.min(changes.size(), i + CHUNK)));
        }
    }

    /** Replaces a plan's action index. */
    public static void replaceActions(PlanMapper mapper, long planId, List<ActionParam> actions) {
        mapper.deleteActions(planId);
        for (int i = 0; i < actions.size(); i += CHUNK) {
            mapper.insertActions(actions.subList(i, Math.min(actions.size(), i + CHUNK)));
        }
    }
}
