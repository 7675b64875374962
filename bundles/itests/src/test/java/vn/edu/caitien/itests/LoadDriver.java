package vn.edu.caitien.itests;

import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives load on the running portal: one thread per worker (each with its own signed-in session, or doing edits
 * through the services), each going round its targets without pause and recording every answer in the
 * {@link HotRestartLedger}. A request counts as one to an affected module when its module was affected when it
 * started or when it ended.
 */
final class LoadDriver implements AutoCloseable {

    private final HotRestartLedger ledger;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, AtomicLong> rounds = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    LoadDriver(HotRestartLedger ledger) {
        this.ledger = ledger;
    }

    /** Starts a worker thread going round {@code targets} until {@link #close()}. */
    void start(String worker, List<LoadTarget> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("worker " + worker + " has nothing to do");
        }
        AtomicLong done = new AtomicLong();
        rounds.put(worker, done);
        AtomicLong asked = new AtomicLong();
        requests.put(worker, asked);
        Thread thread = new Thread(() -> {
            while (running) {
                for (LoadTarget target : targets) {
                    if (!running) {
                        return;
                    }
                    run(worker, target);
                    asked.incrementAndGet();
                }
                done.incrementAndGet();
            }
        }, "load-" + worker);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void run(String worker, LoadTarget target) {
        Set<String> before = ledger.affected();
        LoadResult result;
        try {
            result = target.call().run();
        } catch (HttpTimeoutException hang) {
            result = LoadResult.error("no answer in time (hang): " + hang.getMessage());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception | AssertionError failure) {
            result = LoadResult.error(failure.toString());
        }
        boolean affected = before.contains(target.module()) || ledger.affected().contains(target.module());
        ledger.record(worker, target, result, affected);
    }

    /** @return how many requests (or edits) the slowest worker has made */
    long minRequests() {
        return requests.values().stream().mapToLong(AtomicLong::get).min().orElse(0);
    }

    /** @return how many times the slowest worker went round all its targets */
    long minRounds() {
        return rounds.values().stream().mapToLong(AtomicLong::get).min().orElse(0);
    }

    /** Stops the workers and waits for their current request. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(90));
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " still hangs 90 s after the end of the load");
            }
        }
    }
}
