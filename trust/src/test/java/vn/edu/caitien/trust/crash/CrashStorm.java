package vn.edu.caitien.trust.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.edu.caitien.trust.support.Page;
import vn.edu.caitien.trust.support.PortalProcess;
import vn.edu.caitien.trust.support.WebSession;

/**
 * One crash run on one database: concurrent saves and progress reports by many browser sessions, {@code kill -9} of
 * the portal's JVM once half of them were acknowledged, a restart on the same data, and the check that every
 * acknowledged save is there.
 *
 * <p>{@value #PLAN_SESSIONS} principal sessions each add {@value #OPERATIONS} actions to a draft plan of their own
 * (one plan per session, so the plan's optimistic lock refuses nothing), and {@value #PROGRESS_SESSIONS} teacher
 * sessions each submit {@value #OPERATIONS} progress reports on the teacher's action of the demo plan. Each save
 * carries a token ({@code CRASH-A007} in an action's description, {@code CRASH-P042} in a report's comment); a save
 * is acknowledged when the answer shows the success message and no error.
 */
final class CrashStorm {

    static final int PLAN_SESSIONS = 10;
    static final int PROGRESS_SESSIONS = 10;
    static final int OPERATIONS = 5;
    static final int TOTAL = (PLAN_SESSIONS + PROGRESS_SESSIONS) * OPERATIONS;
    /** The portal is killed as soon as this many saves were acknowledged. */
    static final int KILL_AFTER = TOTAL / 2;
    static final Pattern TOKEN = Pattern.compile("CRASH-[AP]\\d{3}");

    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern DERBY_PROBLEM = Pattern.compile("ERROR [0-9A-Z]{5}|Exception|(?i)corrupt");

    /**
     * What happened.
     *
     * @param database          Derby or PostgreSQL
     * @param sent              tokens whose save was sent
     * @param acknowledged      tokens whose save was acknowledged (all before the kill)
     * @param refused           tokens whose save was answered without the success message → the messages shown
     * @param cutOff            tokens whose request failed because the portal was killed
     * @param found             tokens found after the restart (in the plans' JSON and the progress histories)
     * @param repeated          tokens found more than once in the progress histories
     * @param logProblems       errors logged by the restart (console) and Derby's log after it
     * @param writable          whether a new plan and a new progress report were saved after the restart
     * @param timings           what took how long
     */
    record Outcome(String database, Set<String> sent, Set<String> acknowledged, Map<String, String> refused,
                   Set<String> cutOff, Set<String> found, Set<String> repeated, List<String> logProblems,
                   boolean writable, Map<String, Duration> timings) {

        /** @return acknowledged tokens not found after the restart */
        Set<String> lost() {
            Set<String> lost = new TreeSet<>(acknowledged);
            lost.removeAll(found);
            return lost;
        }

        /** @return tokens found after the restart that were never sent (must be none) */
        Set<String> unknown() {
            Set<String> unknown = new TreeSet<>(found);
            unknown.removeAll(sent);
            return unknown;
        }

        /** @return the figures as lines for the report */
        String describe() {
            Set<String> committedUnacknowledged = new TreeSet<>(found);
            committedUnacknowledged.removeAll(acknowledged);
            StringBuilder b = new StringBuilder();
            b.append(database).append('\n');
            b.append(String.format(Locale.ROOT, "  operations planned: %d (%d plan editors x %d action saves,"
                    + " %d teachers x %d progress reports), kill -9 after %d acknowledged%n", TOTAL, PLAN_SESSIONS,
                    OPERATIONS, PROGRESS_SESSIONS, OPERATIONS, KILL_AFTER));
            b.append(String.format(Locale.ROOT, "  sent before the kill: %d; acknowledged before the kill: %d"
                    + " (plan %d, progress %d); refused: %d; cut off by the kill: %d%n", sent.size(),
                    acknowledged.size(), count(acknowledged, "A"), count(acknowledged, "P"), refused.size(),
                    cutOff.size()));
            b.append(String.format(Locale.ROOT, "  found after restart: %d of %d acknowledged; lost: %d %s%n",
                    acknowledged.size() - lost().size(), acknowledged.size(), lost().size(), lost()));
            b.append(String.format(Locale.ROOT, "  saved but not acknowledged (committed as the JVM died): %d;"
                    + " unknown tokens: %d; repeated progress reports: %d%n", committedUnacknowledged.size(),
                    unknown().size(), repeated.size()));
            b.append(String.format(Locale.ROOT, "  database opened after kill -9: %s; saves after restart: %s;"
                    + " errors logged by the restart: %d%n", logProblems.isEmpty() ? "yes" : "with errors",
                    writable ? "ok" : "FAILED", logProblems.size()));
            logProblems.forEach(p -> b.append("    ").append(p).append('\n'));
            if (!refused.isEmpty()) {
                refused.forEach((t, why) -> b.append("    refused ").append(t).append(": ").append(why).append('\n'));
            }
            b.append("  timings:");
            timings.forEach((what, d) -> b.append(String.format(Locale.ROOT, " %s %.1f s;", what,
                    d.toMillis() / 1000.0)));
            b.append('\n');
            return b.toString();
        }

        private static long count(Set<String> tokens, String kind) {
            return tokens.stream().filter(t -> t.startsWith("CRASH-" + kind)).count();
        }
    }

    private final String database;
    private final PortalProcess portal;
    private final boolean postgresql;
    private final Map<String, Duration> timings = new LinkedHashMap<>();

    private final Set<String> sent = new ConcurrentSkipListSet<>();
    private final Set<String> acknowledged = new ConcurrentSkipListSet<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Set<String> cutOff = new ConcurrentSkipListSet<>();
    private final AtomicBoolean killed = new AtomicBoolean();

    /**
     * @param database   for the report
     * @param portal     prepared, not started
     * @param postgresql whether {@code etc/} configures PostgreSQL: then no Derby database may appear in the data
     *                   folder
     */
    CrashStorm(String database, PortalProcess portal, boolean postgresql) {
        this.database = database;
        this.portal = portal;
        this.postgresql = postgresql;
    }

    /** Runs it all; the portal is stopped at the end. */
    Outcome run() throws Exception {
        long t = System.nanoTime();
        portal.start(START);
        PortalSteps.awaitDemoData(portal.baseUrl(), START);
        t = lap("first start with demo data", t);

        ExecutorService pool = Executors.newFixedThreadPool(PLAN_SESSIONS + PROGRESS_SESSIONS);
        List<Worker> workers;
        try {
            workers = prepare(pool);
            t = lap("20 sessions signed in, drafts made", t);
            CountDownLatch half = new CountDownLatch(KILL_AFTER);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (Worker w : workers) {
                running.add(pool.submit(() -> w.run(go, half)));
            }
            go.countDown();
            if (!half.await(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("fewer than " + KILL_AFTER + " saves were acknowledged in 3 minutes:"
                        + " refused " + refused);
            }
            killed.set(true);
            portal.kill9();
            t = lap("storm until kill -9", t);
            for (Future<?> f : running) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int consoleBefore = portal.dataFile("console.log").length();
        portal.start(START);
        t = lap("restart to the login page", t);
        PortalSteps.awaitDemoData(portal.baseUrl(), START);
        t = lap("until the modules answer", t);

        WebSession principal = PortalSteps.signIn(portal.baseUrl(), PortalSteps.PRINCIPAL, START);
        checkPlanPages(principal);
        Set<String> found = new TreeSet<>();
        PortalSteps.planJsons(principal).values().forEach(json -> found.addAll(PortalSteps.tokens(TOKEN, json)));
        WebSession teacher = PortalSteps.signIn(portal.baseUrl(), PortalSteps.TEACHER, START);
        List<String> reported = new ArrayList<>();
        PortalSteps.progressHistories(teacher).values().forEach(lines -> lines
                .forEach(line -> reported.addAll(PortalSteps.tokens(TOKEN, line))));
        found.addAll(reported);
        Set<String> repeated = reported.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        t = lap("reading back", t);

        boolean writable = PortalSteps.ProgressReporter.open(teacher).report("AFTER-RESTART", 90)
                .confirms(PortalSteps.PROGRESS_SAVED)
                && PortalSteps.DraftEditor.create(principal, "2049-2050").addAction("AFTER-RESTART")
                        .confirms(PortalSteps.PLAN_SAVED);
        // what the restart and the work after it logged, before the clean stop adds its own lines
        List<String> problems = logProblems(consoleBefore);
        portal.stop();
        lap("saves after restart, clean stop", t);
        return new Outcome(database, Set.copyOf(sent), Set.copyOf(acknowledged), Map.copyOf(refused),
                Set.copyOf(cutOff), found, repeated, problems, writable, timings);
    }

    private long lap(String what, long since) {
        long now = System.nanoTime();
        timings.put(what, Duration.ofNanos(now - since));
        return now;
    }

    /** Signs every session in and opens its form: a draft plan per principal session, the action per teacher. */
    private List<Worker> prepare(ExecutorService pool) throws Exception {
        List<Future<Worker>> ready = new ArrayList<>();
        for (int i = 0; i < PLAN_SESSIONS; i++) {
            int session = i;
            ready.add(pool.submit(() -> {
                WebSession web = PortalSteps.signIn(portal.baseUrl(), PortalSteps.PRINCIPAL, START);
                PortalSteps.DraftEditor editor = PortalSteps.DraftEditor.create(web,
                        (2030 + session) + "-" + (2031 + session));
                return new Worker("A", session, token -> editor.addAction(token), PortalSteps.PLAN_SAVED);
            }));
        }
        for (int i = 0; i < PROGRESS_SESSIONS; i++) {
            int session = i;
            ready.add(pool.submit(() -> {
                WebSession web = PortalSteps.signIn(portal.baseUrl(), PortalSteps.TEACHER, START);
                PortalSteps.ProgressReporter reporter = PortalSteps.ProgressReporter.open(web);
                int[] percent = {session};
                return new Worker("P", session, token -> reporter.report(token, percent[0]++),
                        PortalSteps.PROGRESS_SAVED);
            }));
        }
        List<Worker> workers = new ArrayList<>();
        for (Future<Worker> f : ready) {
            workers.add(f.get(3, TimeUnit.MINUTES));
        }
        return workers;
    }

    /** One save of a session: sends it and returns the answer. */
    @FunctionalInterface
    private interface Save {
        Page send(String token) throws IOException;
    }

    /** One session's saves, one after the other, as one user clicks. */
    private final class Worker {
        private final String kind;
        private final int session;
        private final Save save;
        private final String success;

        Worker(String kind, int session, Save save, String success) {
            this.kind = kind;
            this.session = session;
            this.save = save;
            this.success = success;
        }

        Void run(CountDownLatch go, CountDownLatch half) throws InterruptedException {
            go.await();
            for (int op = 0; op < OPERATIONS && !killed.get(); op++) {
                String token = String.format(Locale.ROOT, "CRASH-%s%03d", kind, session * OPERATIONS + op);
                sent.add(token);
                try {
                    Page answer = save.send(token);
                    if (answer.confirms(success)) {
                        acknowledged.add(token);
                        half.countDown();
                    } else {
                        refused.put(token, answer.status() + " " + answer.feedback());
                        return null;
                    }
                } catch (IOException e) {
                    // the portal was killed under this request (or stopped answering)
                    cutOff.add(token);
                    if (!killed.get()) {
                        refused.put(token, "no answer before the kill: " + e);
                    }
                    return null;
                }
            }
            return null;
        }
    }

    /** The plan pages answer after the restart: the list with every draft, and an editor. */
    private static void checkPlanPages(WebSession principal) throws IOException {
        Page list = principal.get("/m/plan/plans");
        List<String> editors = list.links("-edit");
        if (list.status() != 200 || editors.size() < 2 + PLAN_SESSIONS) {
            throw new IllegalStateException("the plan list after the restart shows " + editors.size() + " plans"
                    + " (status " + list.status() + ")");
        }
        principal.get(editors.get(0)).form("-content-table");
    }

    /**
     * Errors the restart logged: lines of the console at ERROR since the restart, and Derby's log of this boot
     * (Derby rewrites {@code derby.log} at each boot) when it mentions an error or corruption; on PostgreSQL, a
     * Derby database in the data folder (the portal opened the default database instead of the configured one).
     */
    private List<String> logProblems(int consoleBefore) {
        List<String> problems = new ArrayList<>();
        String console = portal.dataFile("console.log");
        console.substring(Math.min(consoleBefore, console.length())).lines()
                .filter(l -> l.contains(" ERROR ")).forEach(l -> problems.add("console: " + l));
        // Derby reports as "ERROR XSDG3: ..." (SQL state), with "Exception" stack traces, or names corruption;
        // its boot banner lists properties such as derby.stream.error.file, which are not errors
        portal.dataFile("logs/derby.log").lines()
                .filter(l -> DERBY_PROBLEM.matcher(l).find())
                .forEach(l -> problems.add("derby.log: " + l));
        if (postgresql && Files.exists(portal.data().resolve("db"))) {
            problems.add("a Derby database was opened in " + portal.data().resolve("db")
                    + " although etc/ configures PostgreSQL");
        }
        return Collections.unmodifiableList(problems);
    }
}
