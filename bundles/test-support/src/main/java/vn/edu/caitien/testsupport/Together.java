package vn.edu.caitien.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks of a concurrency test at the same moment, each on a thread of its own. */
public final class Together {

    private Together() {
    }

    /**
     * Starts every task at once (all threads wait on one latch) and waits for all.
     *
     * @param work           the tasks
     * @param timeoutSeconds how long the threads may take to be ready, and each task to end
     * @return the tasks' results, in order
     * @throws Exception the first task's failure, as it threw it
     */
    public static <T> List<T> run(List<? extends Callable<T>> work, long timeoutSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            CountDownLatch ready = new CountDownLatch(work.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> w : work) {
                running.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return w.call();
                }));
            }
            if (!ready.await(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError("the " + work.size() + " threads were not ready in " + timeoutSeconds + " s");
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) {
                try {
                    results.add(f.get(timeoutSeconds, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw (Exception) e.getCause();
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
