package vn.edu.caitien.monitoring.impl.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

/**
 * What the monitoring store does when the database refuses a transaction because another one held what it needed: a
 * write that changes only the database runs again, whole (as the plan store's writes do); a write that also calls the
 * plan service ({@link MonitoringStore#writeOnce}, {@link MonitoringStore#writeSession}) never does, because the plan
 * service has committed its part already and a second attempt would repeat it (a review's follow-up action added
 * twice). The database is a stand-in whose commits fail with the SQL states given.
 */
class ConcurrentWriteRetryTest {

    private final Deque<String> refusals = new ArrayDeque<>();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();
    private final MonitoringStore store = new MonitoringStore(factory());

    @Test
    void aWriteRefusedByADeadlockRunsAgainWhole() {
        refusals.addAll(List.of("40001", "40P01", "40XL1"));
        int result = store.write(m -> runs.incrementAndGet());
        assertThat(result).isEqualTo(4);
        assertThat(commits.get()).isEqualTo(1);
    }

    @Test
    void aWriteThatCallsThePlanServiceRunsOnceAndReportsTheRefusal() {
        refusals.add("40001");
        assertThatThrownBy(() -> store.writeOnce(m -> runs.incrementAndGet())).isInstanceOf(PersistenceException.class);
        refusals.add("40P01");
        assertThatThrownBy(() -> store.writeSession(s -> runs.incrementAndGet()))
                .isInstanceOf(PersistenceException.class);
        assertThat(runs.get()).isEqualTo(2);
        assertThat(commits.get()).isZero();
    }

    @Test
    void otherFailuresAreNotRetried() {
        refusals.add("23505");
        assertThatThrownBy(() -> store.write(m -> runs.incrementAndGet())).isInstanceOf(PersistenceException.class);
        assertThat(runs.get()).isEqualTo(1);
    }

    /** Sessions whose commit fails with the next refusal's SQL state, or commits when there is none. */
    private SqlSessionFactory factory() {
        SqlSession session = proxy(SqlSession.class, (p, method, args) -> switch (method.getName()) {
            case "getMapper" -> proxy(MonitoringMapper.class, (p2, m2, a2) -> {
                throw notAnswered(m2);
            });
            case "commit" -> {
                String state = refusals.poll();
                if (state != null) {
                    throw new PersistenceException(new SQLException("refused", state));
                }
                commits.incrementAndGet();
                yield null;
            }
            case "close", "rollback" -> null;
            default -> throw notAnswered(method);
        });
        return proxy(SqlSessionFactory.class, (p, method, args) -> {
            if (method.getName().equals("openSession")) {
                return session;
            }
            throw notAnswered(method);
        });
    }

    /**
     * The fakes answer only what the retry loop calls (open a session, commit, roll back, close); any other call means
     * the store now does something this test does not model, and fails the test loudly.
     */
    private static UnsupportedOperationException notAnswered(java.lang.reflect.Method method) {
        return new UnsupportedOperationException("the test's fake does not answer " + method.getDeclaringClass()
                .getSimpleName() + "." + method.getName());
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ConcurrentWriteRetryTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }
}
