package vn.edu.caitien.portal.db.api;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a write transaction again when the database refused it for a reason that goes away by itself: a deadlock
 * (SQL state 40001 on Derby, 40P01 on PostgreSQL), a serialization failure (40001), or a lock Derby could not get in
 * time (40XL1, 40XL2), which Derby also reports when two transactions take the first identity values of a new table at
 * once. Every other failure, and the last one, is thrown as it came. The work must run a whole transaction (open,
 * write, commit) each time, so that a refused attempt has been rolled back entirely.
 */
public final class TransientFailures {

    private static final Set<String> STATES = Set.of("40001", "40P01", "40XL1", "40XL2");

    /** Attempts in all, the first included. */
    public static final int ATTEMPTS = 5;

    private TransientFailures() {
    }

    /** @return whether the failure, or one of its causes, is a refusal that a new attempt may not meet */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && STATES.contains(e.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * @param transaction opens, runs and commits one transaction
     * @return its result
     */
    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            // 10-40 ms, then 20-80 ms... with jitter, so that the two writers do not meet again.
            Thread.sleep(ThreadLocalRandom.current().nextLong(10L * attempt, 40L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
        }
    }
}
