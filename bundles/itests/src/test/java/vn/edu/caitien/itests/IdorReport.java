package vn.edu.caitien.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the IDOR suite tried and found: attempts per category, leaks, unexpected errors; written to a text file. */
final class IdorReport {

    /** The three parts of the suite. */
    enum Category { SERVICES, URLS, ROLES }

    /** One leak: who reached what, how, and the evidence. */
    record Leak(Category category, String who, String target, String what, String evidence) {
        @Override
        public String toString() {
            return "[" + category + "] " + who + " → " + target + ": " + what + "\n        evidence: " + evidence;
        }
    }

    private final Map<Category, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Leak> leaks = Collections.synchronizedList(new ArrayList<>());
    /** Unexpected exceptions (not access denied, not found, bad input): not leaks, listed for the reader. */
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    /** The refusals of service calls, by exception. */
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final List<String> positives = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    void attempt(Category category) {
        attempts.computeIfAbsent(category, c -> new AtomicInteger()).incrementAndGet();
    }

    int attempts(Category category) {
        AtomicInteger n = attempts.get(category);
        return n == null ? 0 : n.get();
    }

    int attempts() {
        return attempts(Category.SERVICES) + attempts(Category.URLS) + attempts(Category.ROLES);
    }

    void leak(Category category, String who, String target, String what, String evidence) {
        leaks.add(new Leak(category, who, target, what, evidence));
    }

    List<Leak> leaks() {
        synchronized (leaks) {
            return List.copyOf(leaks);
        }
    }

    void error(String what) {
        errors.computeIfAbsent(what, w -> new AtomicInteger()).incrementAndGet();
    }

    void refused(String exception) {
        refusals.computeIfAbsent(exception, w -> new AtomicInteger()).incrementAndGet();
    }

    void positive(String what) {
        positives.add(what);
    }

    void note(String what) {
        notes.add(what);
    }

    /**
     * @return the CPU time of this JVM (the container and the portal in it) in seconds, from {@code /proc/self/stat};
     *         -1 where there is none. A measure of the suite's cost that a busy machine does not inflate.
     */
    static double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String summary() {
        return "IDOR: " + attempts() + " attempts (services " + attempts(Category.SERVICES) + ", URLs "
                + attempts(Category.URLS) + ", roles " + attempts(Category.ROLES) + "), " + leaks.size() + " leaks";
    }

    /** Writes the report and returns its path. */
    Path write(Path file, long millis) {
        StringBuilder out = new StringBuilder();
        out.append(summary()).append(" in ").append(millis / 1000.0).append(" s\n\n");
        out.append("Leaks (").append(leaks.size()).append(")\n");
        leaks().forEach(l -> out.append("  ").append(l).append('\n'));
        out.append("\nChecks that legitimate users still see their things (").append(positives.size()).append(")\n");
        synchronized (positives) {
            positives.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        out.append("\nNotes (").append(notes.size()).append(")\n");
        synchronized (notes) {
            notes.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        out.append("\nService calls refused, by exception\n");
        new TreeMap<>(refusals).forEach((k, v) -> out.append("  ").append(v.get()).append(" × ").append(k)
                .append('\n'));
        out.append("\nUnexpected exceptions, not leaks (").append(errors.size()).append(" kinds)\n");
        new TreeMap<>(errors).forEach((k, v) -> out.append("  ").append(v.get()).append(" × ").append(k).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
