package vn.edu.caitien.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the attack suite tried and what got through: attempts and successes per kind of attack, the checks of the
 * hardening headers and the session cookie, the positive controls, and notes. Writes the report.
 */
final class AttackLedger {

    /** Kinds of attack. */
    enum Kind {
        CSRF("csrf"), XSS("xss"), SQLI("sqli"), MALFORMED("malformed");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Map<Kind, Integer> attempts = new EnumMap<>(Kind.class);
    private final List<String> successes = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> controls = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int checks;

    AttackLedger() {
        for (Kind kind : Kind.values()) {
            attempts.put(kind, 0);
        }
    }

    /** Counts one attempt. */
    synchronized void attempt(Kind kind) {
        attempts.merge(kind, 1, Integer::sum);
    }

    /** Records an attack that got through. */
    synchronized void success(Kind kind, String what) {
        successes.add(kind.label + ": " + what);
    }

    /** Counts one check of headers, cookie or session handling. */
    synchronized void check() {
        checks++;
    }

    /** Records a missing header, a weak cookie, a session id kept across sign-in. */
    synchronized void violation(String what) {
        violations.add(what);
    }

    /** Records a legitimate use that must keep working; {@code ok == false} fails the suite. */
    synchronized void control(boolean ok, String what) {
        controls.add((ok ? "ok     " : "FAILED ") + what);
    }

    synchronized void note(String what) {
        notes.add(what);
    }

    int attempts(Kind kind) {
        return attempts.get(kind);
    }

    int totalAttempts() {
        return attempts.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> successes() {
        return successes;
    }

    List<String> violations() {
        return violations;
    }

    List<String> failedControls() {
        return controls.stream().filter(c -> c.startsWith("FAILED")).toList();
    }

    /** @return the summary line, e.g. "Web attacks: 812 attempts (csrf 160, ...), 0 successes" */
    String summary() {
        return "Web attacks: " + totalAttempts() + " attempts (csrf " + attempts(Kind.CSRF) + ", xss "
                + attempts(Kind.XSS) + ", sqli " + attempts(Kind.SQLI) + ", malformed " + attempts(Kind.MALFORMED)
                + "), " + successes.size() + " successes";
    }

    String headerSummary() {
        return "Headers and session: " + checks + " checks, " + violations.size() + " violations; controls: "
                + controls.size() + ", " + failedControls().size() + " failed";
    }

    void write(Path file, String intro) {
        StringBuilder out = new StringBuilder();
        out.append(intro).append("\n\n").append(summary()).append('\n').append(headerSummary()).append("\n\n");
        section(out, "Successful attacks (each one fails the suite)", successes);
        section(out, "Header, cookie and session violations (each one fails the suite)", violations);
        section(out, "Positive controls (legitimate use that must keep working)", controls);
        section(out, "Notes", notes);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append("## ").append(title).append(" (").append(lines.size()).append(")\n");
        lines.forEach(l -> out.append("- ").append(l).append('\n'));
        out.append('\n');
    }
}
