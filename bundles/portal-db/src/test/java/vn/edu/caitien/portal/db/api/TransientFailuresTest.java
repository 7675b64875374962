package vn.edu.caitien.portal.db.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    private static RuntimeException wrapped(String state) {
        return new RuntimeException("MyBatis says", new SQLException("refused", state));
    }

    @Test
    void aLockTimeoutOrDeadlockIsTriedAgainUntilItPasses() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientFailures.retry(() -> {
            if (calls.incrementAndGet() < 3) {
                throw wrapped(calls.get() == 1 ? "40XL1" : "40P01");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFailuresAndTheLastAttemptAreThrownAsTheyCame() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException unique = wrapped("23505");
        assertThatThrownBy(() -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw unique;
        })).isSameAs(unique);
        assertThat(calls).hasValue(1);

        AtomicInteger busy = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retry(() -> {
            busy.incrementAndGet();
            throw wrapped("40001");
        })).isInstanceOf(RuntimeException.class);
        assertThat(busy).hasValue(TransientFailures.ATTEMPTS);
        assertThat(TransientFailures.isTransient(new IllegalStateException("no SQL"))).isFalse();
    }
}
