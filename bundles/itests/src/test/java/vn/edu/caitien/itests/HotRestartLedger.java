package vn.edu.caitien.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the load driver's requests per phase of the hot-restart run (the baseline, each bundle restart, the end)
 * and per module, split into requests to modules the restart affects (the restarted bundle's module and the
 * modules that depend on its services) and to the other modules, with samples of what went wrong. Thread-safe: the
 * driver's threads record while the test moves from phase to phase.
 */
final class HotRestartLedger {

    private static final int MAX_SAMPLES = 40;

    /** The counts of one phase. */
    static final class Phase {
        final String name;
        final Set<String> affected;
        final long startNanos = System.nanoTime();
        volatile long endNanos;
        final LongAdder otherOk = new LongAdder();
        final LongAdder otherErrors = new LongAdder();
        final LongAdder affectedOk = new LongAdder();
        final LongAdder affectedDegraded = new LongAdder();
        final LongAdder affectedErrors = new LongAdder();
        final Map<String, LongAdder> byModule = new ConcurrentHashMap<>();
        final Map<String, String> figures = Collections.synchronizedMap(new LinkedHashMap<>());

        Phase(String name, Set<String> affected) {
            this.name = name;
            this.affected = Set.copyOf(affected);
        }

        long requests() {
            return otherOk.sum() + otherErrors.sum() + affectedOk.sum() + affectedDegraded.sum()
                    + affectedErrors.sum();
        }

        long millis() {
            long end = endNanos == 0 ? System.nanoTime() : endNanos;
            return TimeUnit.NANOSECONDS.toMillis(end - startNanos);
        }
    }

    private final List<Phase> phases = Collections.synchronizedList(new ArrayList<>());
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile Phase current;
    private volatile Set<String> affected = Set.of();

    HotRestartLedger() {
        begin("setup", Set.of());
    }

    /** Ends the current phase and starts the next; {@code affected} are the modules it may take down. */
    void begin(String name, Set<String> affectedModules) {
        Phase previous = current;
        if (previous != null) {
            previous.endNanos = System.nanoTime();
        }
        Phase next = new Phase(name, affectedModules);
        phases.add(next);
        affected = next.affected;
        current = next;
    }

    /** The modules whose requests may degrade right now. */
    Set<String> affected() {
        return affected;
    }

    /** Stops treating any module as affected (its pages answer again); the phase goes on. */
    void allBack() {
        affected = Set.of();
    }

    /** Records a figure of the current phase (how long the module took to come back...). */
    void figure(String key, Object value) {
        current.figures.put(key, String.valueOf(value));
    }

    /**
     * @param worker         the driver thread
     * @param target         what was asked
     * @param result         how it went
     * @param moduleAffected whether the target's module was affected when the request started or ended
     */
    void record(String worker, LoadTarget target, LoadResult result, boolean moduleAffected) {
        Phase phase = current;
        phase.byModule.computeIfAbsent(target.module(), m -> new LongAdder()).increment();
        boolean failed;
        if (moduleAffected) {
            switch (result.outcome()) {
                case OK -> phase.affectedOk.increment();
                case DEGRADED -> phase.affectedDegraded.increment();
                default -> phase.affectedErrors.increment();
            }
            failed = result.outcome() == LoadResult.Outcome.ERROR;
        } else {
            if (result.outcome() == LoadResult.Outcome.OK) {
                phase.otherOk.increment();
            } else {
                phase.otherErrors.increment();
            }
            failed = result.outcome() != LoadResult.Outcome.OK;
        }
        if (failed && samples.size() < MAX_SAMPLES) {
            samples.add(phase.name + " | " + worker + " | " + target.module() + " " + target.name()
                    + (moduleAffected ? " (affected)" : " (other module)") + " | " + result.outcome() + " "
                    + result.detail());
        }
    }

    Phase current() {
        return current;
    }

    List<Phase> phases() {
        synchronized (phases) {
            return List.copyOf(phases);
        }
    }

    List<String> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    long requests() {
        return phases().stream().mapToLong(Phase::requests).sum();
    }

    long otherErrors() {
        return phases().stream().mapToLong(p -> p.otherErrors.sum()).sum();
    }

    long affectedErrors() {
        return phases().stream().mapToLong(p -> p.affectedErrors.sum()).sum();
    }

    long affectedDegraded() {
        return phases().stream().mapToLong(p -> p.affectedDegraded.sum()).sum();
    }

    /** @return the report: one line per phase, the totals, the samples of what went wrong */
    String report(String summary) {
        StringBuilder out = new StringBuilder(summary).append("\n\n");
        out.append(String.format("%-28s %7s %8s %9s %9s %9s %9s  %s%n", "phase", "ms", "requests", "other ok",
                "other err", "aff ok", "aff degr", "aff err / affected modules / figures"));
        for (Phase p : phases()) {
            out.append(String.format("%-28s %7d %8d %9d %9d %9d %9d  %d / %s / %s%n", p.name, p.millis(),
                    p.requests(), p.otherOk.sum(), p.otherErrors.sum(), p.affectedOk.sum(), p.affectedDegraded.sum(),
                    p.affectedErrors.sum(), p.affected.isEmpty() ? "-" : String.join(",", new java.util.TreeSet<>(
                            p.affected)), p.figures));
        }
        Map<String, Long> modules = new TreeMap<>();
        for (Phase p : phases()) {
            p.byModule.forEach((m, n) -> modules.merge(m, n.sum(), Long::sum));
        }
        out.append("\nrequests per module: ").append(modules).append('\n');
        List<String> s = samples();
        out.append("\nwhat went wrong (first ").append(MAX_SAMPLES).append("): ").append(s.isEmpty() ? "nothing" : "")
                .append('\n');
        s.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }
}
