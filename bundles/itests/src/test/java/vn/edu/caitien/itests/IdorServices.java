package vn.edu.caitien.itests;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;

/**
 * Parts 1 and 3 of the IDOR suite: every method taking a {@code PortalUser} of every service registered under a
 * {@code vn.edu.caitien.*.api} interface, called by reflection as each intruder with each object of each target school
 * (and as the school's own teachers and supervisors for the writes that are not theirs). A call leaks when it returns
 * the target's secrets, answers {@code true}, passes a void check, or changes what the target's owner reads.
 */
final class IdorServices {

    private static final Logger LOG = LoggerFactory.getLogger(IdorServices.class);

    /** Names of methods that change something; the others only read. */
    static final Pattern WRITE = Pattern.compile("^(create|save|update|submit|approve|return|publish|add|record|"
            + "comment$|set|close|link|copyTo|purge|remove|replace|confirm|import|start|put|send|backup|delete)");

    /**
     * @return whether an exception means "no" (the product's own exceptions: access denied, not found, invalid, a
     *         state that forbids it; and bad arguments); anything else is listed in the report as unexpected
     */
    private static boolean refusal(Throwable t) {
        return t.getClass().getName().startsWith("vn.edu.caitien.") || t instanceof IllegalArgumentException;
    }

    /** A method of a registered service. */
    record Endpoint(String service, Object instance, Method method) {
        String name() {
            return service.substring(service.lastIndexOf('.') + 1) + "." + method.getName() + "("
                    + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                    .collect(Collectors.joining(", ")) + ")";
        }

        boolean write() {
            return WRITE.matcher(method.getName()).find();
        }

        /**
         * @return whether the service is a module's published API; the others (batch export jobs, import drafts) keep
         *         per-user state that changes on its own (a job finishes, expires), so they are called by every
         *         intruder but left out of the owner's before-and-after reads
         */
        boolean api() {
            int dot = service.lastIndexOf('.');
            return dot > 0 && service.substring(0, dot).endsWith(".api");
        }

        boolean takesUser() {
            return Arrays.asList(method.getParameterTypes()).contains(PortalUser.class);
        }

        /**
         * @return whether it answers a rendered file (a record with bytes, maybe in an Optional): not compared before
         *         and after, as files carry the time they were made; the format-neutral reads cover their content
         */
        boolean file() {
            java.lang.reflect.Type t = method.getGenericReturnType();
            if (t instanceof java.lang.reflect.ParameterizedType p && p.getActualTypeArguments().length == 1) {
                t = p.getActualTypeArguments()[0];
            }
            return t instanceof Class<?> c && c.isRecord() && Arrays.stream(c.getRecordComponents())
                    .anyMatch(rc -> rc.getType() == byte[].class);
        }
    }

    private final IdorWorld world;
    private final IdorReport report;
    private final List<Endpoint> endpoints;
    private final PlanService plans;
    private final MonitoringService monitoring;
    private final EvidenceService evidence;
    private final PermissionService permissionService;
    private final ModuleSwitchService switches;
    private final List<String> moduleIds = new ArrayList<>();
    private final Map<String, PermissionDefinition> permissions = new TreeMap<>();
    private final Map<IdorWorld.Target, IdorArguments.Knowledge> knowledge = new LinkedHashMap<>();
    private final Map<IdorWorld.Target, Map<String, String>> baseline = new LinkedHashMap<>();
    /** Snapshot keys whose value changes between two reads with nothing written (time-dependent): not compared. */
    private final Set<String> volatileKeys = new HashSet<>();
    private final IdorRoles roles;
    private final IdorState state;
    private Map<String, String> fingerprint;
    private long fingerprintMillis;
    private int fingerprints;
    private long snapshotMillis;
    private int snapshots;
    /** Targets not read since the database last changed. */
    private final Set<IdorWorld.Target> unread = new java.util.LinkedHashSet<>();
    /** Time spent per method, for the report. */
    private final Map<String, Long> millis = new TreeMap<>();
    /** The writes of the roles part that changed the school and were the user's to make, counted. */
    private final Map<String, Integer> allowedWrites = new TreeMap<>();
    /** Calls made per method by the intruders, for the report. */
    private final Map<String, Integer> calls = new TreeMap<>();

    IdorServices(BundleContext context, IdorWorld world, IdorReport report, PlanService plans,
                 MonitoringService monitoring, EvidenceService evidence, PermissionService permissionService,
                 ModuleSwitchService switches, IdorState state) throws Exception {
        this.state = state;
        this.world = world;
        this.report = report;
        this.plans = plans;
        this.monitoring = monitoring;
        this.evidence = evidence;
        this.permissionService = permissionService;
        this.switches = switches;
        this.endpoints = endpoints(context);
        for (ServiceReference<PortalModule> ref : context.getServiceReferences(PortalModule.class, null)) {
            PortalModule module = context.getService(ref);
            moduleIds.add(module.id());
            module.permissions().forEach(p -> permissions.put(p.key(), p));
        }
        this.roles = new IdorRoles(permissions);
    }

    /**
     * Every method of every service whose interface is in a {@code vn.edu.caitien.*.api} package, and every method
     * taking a {@code PortalUser} of any other service of ours (those a bundle registers under its own class or an
     * internal interface: the batch export, the import drafts, the importer, the host's backup). Methods that make
     * Wicket components need a request and are left to the URL part.
     */
    static List<Endpoint> endpoints(BundleContext context) throws Exception {
        Map<String, Endpoint> out = new TreeMap<>();
        for (ServiceReference<?> ref : context.getAllServiceReferences(null, null)) {
            for (String type : (String[]) ref.getProperty(Constants.OBJECTCLASS)) {
                int dot = type.lastIndexOf('.');
                if (!type.startsWith("vn.edu.caitien.") || dot < 0) {
                    continue;
                }
                boolean api = type.substring(0, dot).endsWith(".api");
                Class<?> serviceType = ref.getBundle().loadClass(type);
                Object service = context.getService(ref);
                for (Method m : serviceType.getMethods()) {
                    if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    if (!api && (!Arrays.asList(m.getParameterTypes()).contains(PortalUser.class)
                            || m.getReturnType().getName().startsWith("org.apache.wicket."))) {
                        continue;
                    }
                    Endpoint e = new Endpoint(type, service, m);
                    out.putIfAbsent(e.name(), e);
                }
            }
        }
        return List.copyOf(out.values());
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The contexts of a target, with the words every call may need (modules, permissions). */
    private List<Map<String, List<Object>>> contexts(IdorWorld.Target t) {
        List<Map<String, List<Object>>> out = new ArrayList<>();
        for (Map<String, List<Object>> c : t.contexts()) {
            Map<String, List<Object>> m = new LinkedHashMap<>(c);
            m.put("moduleid", List.copyOf(moduleIds));
            m.put("permissionkey", List.copyOf(permissions.keySet()));
            out.add(m);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ snapshots

    /**
     * Reads everything the owner can read about the target (every reading method with every object), for comparing
     * before and after writes; also harvests the objects and words the argument generator reuses.
     */
    Map<String, String> snapshot(IdorWorld.Target t, boolean harvest) {
        long t0 = System.nanoTime();
        try {
            return read(t, harvest);
        } finally {
            snapshotMillis += (System.nanoTime() - t0) / 1_000_000;
            snapshots++;
        }
    }

    private Map<String, String> read(IdorWorld.Target t, boolean harvest) {
        IdorArguments.Knowledge k = knowledge.computeIfAbsent(t, x -> new IdorArguments.Knowledge());
        if (harvest) {
            t.drafts.forEach(k::addTarget);
            t.plans.values().forEach(k::addTarget);
        }
        Set<String> secrets = t.secrets();
        Map<String, String> snap = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Endpoint e : endpoints) {
            if (e.write() || e.file() || !e.api()) {
                continue;
            }
            if (!e.takesUser()) {
                if (harvest && e.method.getParameterCount() == 0) {
                    render(invoke(e, new Object[0]).result, k, secrets, true);
                }
                continue;
            }
            for (Map<String, List<Object>> ctx : contexts(t)) {
                List<IdorArguments.Call> calls = new IdorArguments(t.owner, ctx, k).calls(e.method);
                for (IdorArguments.Call call : calls.subList(0, Math.min(2, calls.size()))) {
                    String key = e.name() + " " + call.label(e.method);
                    if (!seen.add(key)) {
                        continue;
                    }
                    Object[] args = call.make();
                    Outcome o = invoke(e, args);
                    String text = o.error != null ? "threw " + o.error.getClass().getSimpleName()
                            : render(o.result, k, secrets, harvest) + outputSizes(args);
                    snap.put(key, text);
                }
            }
        }
        for (String module : moduleIds) {
            snap.put("ModuleSwitchService.isEnabled " + module, Boolean.toString(switches.isEnabled(module, t.id())));
        }
        return snap;
    }

    private static String render(Object value, IdorArguments.Knowledge k, Set<String> secrets, boolean harvest) {
        if (!harvest) {
            return IdorRender.renderStable(value, o -> { });
        }
        return IdorRender.renderStable(value, o -> {
            k.addTarget(o);
            if (o.getClass().isRecord()) {
                for (var c : o.getClass().getRecordComponents()) {
                    try {
                        k.addWord(c.getName(), c.getAccessor().invoke(o), secrets);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // skip
                    }
                }
            }
        });
    }

    private static String outputs(Object[] args) {
        StringBuilder out = new StringBuilder();
        for (Object a : args) {
            if (a instanceof ByteArrayOutputStream bytes) {
                out.append(" wrote ").append(IdorRender.text(bytes.toByteArray()));
            }
        }
        return out.toString();
    }

    private static String outputSizes(Object[] args) {
        return Arrays.stream(args).filter(a -> a instanceof ByteArrayOutputStream)
                .map(a -> " wrote " + ((ByteArrayOutputStream) a).size() + " bytes").collect(Collectors.joining());
    }

    /** Takes the owners' snapshots (twice, to find the time-dependent entries) and harvests what they read. */
    void baseline() {
        for (IdorWorld.Target t : world.targets) {
            IdorArguments.Knowledge k = knowledge.computeIfAbsent(t, x -> new IdorArguments.Knowledge());
            world.users.values().forEach(u -> k.ownNumbers.put(u.id(),
                    IdorWorld.visibleIds(u, plans, monitoring, evidence, permissionService)));
            // The caller's own plans, to be sent back with the target's ids.
            for (PortalUser u : world.users.values()) {
                for (School s : permissionService.visibleSchools(u)) {
                    if (world.targets.stream().anyMatch(x -> x.id().equals(s.id()) && x.intruders.contains(u))) {
                        continue;
                    }
                    plans.plans(u, s.id(), PlanQuery.ALL).stream().findFirst()
                            .flatMap(p -> plans.plan(u, p.id()))
                            .ifPresent(d -> knowledge.computeIfAbsent(t, x -> new IdorArguments.Knowledge())
                                    .addOwn(u.id(), d));
                }
            }
            Map<String, String> first = snapshot(t, true);
            baseline.put(t, first);
            report.note("snapshot of " + t.id() + ": " + first.size() + " reads by " + t.owner.id());
        }
        fingerprint = state.fingerprint();
    }

    /**
     * @return per target, what its owner now reads differently, when the database changed since the last call
     *         (the changed state becomes the new baseline)
     */
    private Map<IdorWorld.Target, List<String>> changes() {
        return changes(true);
    }

    /**
     * @param confirm whether a difference is read once more to leave out what changes with time (not needed after a
     *                write that was the user's to make)
     */
    private Map<IdorWorld.Target, List<String>> changes(boolean confirm) {
        return changes(confirm, null);
    }

    /**
     * @param only the one target to read now when the database changed (the others are read at the next call
     *             without {@code only}); null for all
     */
    private Map<IdorWorld.Target, List<String>> changes(boolean confirm, IdorWorld.Target only) {
        long t0 = System.nanoTime();
        Map<String, String> now = state.fingerprint();
        fingerprintMillis += (System.nanoTime() - t0) / 1_000_000;
        fingerprints++;
        if (now.equals(fingerprint) && (only != null || unread.isEmpty())) {
            return Map.of();
        }
        List<String> tables = now.keySet().stream().filter(k -> !Objects.equals(now.get(k), fingerprint.get(k)))
                .toList();
        if (!now.equals(fingerprint)) {
            unread.addAll(world.targets);
        }
        fingerprint = now;
        Map<IdorWorld.Target, List<String>> out = new LinkedHashMap<>();
        for (IdorWorld.Target t : world.targets) {
            if (!unread.contains(t) || (only != null && t != only)) {
                continue;
            }
            unread.remove(t);
            List<String> diff = changes(t, confirm);
            if (!diff.isEmpty()) {
                out.put(t, diff);
            }
        }
        LOG.debug("Tables {} changed; the owners read differently: {}", tables, out);
        return out;
    }

    /** @return what changed in the target since the baseline (and makes the current state the baseline) */
    private List<String> changes(IdorWorld.Target t, boolean confirm) {
        Map<String, String> now = snapshot(t, false);
        Map<String, String> before = baseline.get(t);
        // Only reads made both times: the objects found since add reads of their own.
        List<String> differ = now.keySet().stream().sorted().filter(before::containsKey)
                .filter(k -> !volatileKeys.contains(k)).filter(k -> !Objects.equals(before.get(k), now.get(k)))
                .toList();
        if (differ.isEmpty()) {
            baseline.put(t, now);
            return List.of();
        }
        // Read once more: what changes from one read to the next with nothing written depends on the time.
        Map<String, String> again = confirm ? snapshot(t, false) : now;
        List<String> moving = differ.stream().filter(k -> !Objects.equals(now.get(k), again.get(k))).toList();
        if (!moving.isEmpty()) {
            volatileKeys.addAll(moving);
            report.note("reads that change with time, not compared: " + moving);
        }
        baseline.put(t, again);
        IdorWorld.refresh(t, plans, monitoring, evidence);
        return differ.stream().filter(k -> !volatileKeys.contains(k))
                .map(k -> k + ": " + IdorRender.shorten(String.valueOf(again.get(k)), 200)).toList();
    }

    // ------------------------------------------------------------------------------------------------ calls

    /** What a call did: returned a value, or threw. */
    record Outcome(Object result, Throwable error) {
    }

    private static Outcome invoke(Endpoint e, Object[] args) {
        try {
            e.method.setAccessible(true);
            return new Outcome(e.method.invoke(e.instance, args), null);
        } catch (InvocationTargetException x) {
            return new Outcome(null, x.getCause());
        } catch (ReflectiveOperationException | RuntimeException x) {
            return new Outcome(null, x);
        }
    }

    /**
     * @return the evidence of a leak in the outcome (a secret the arguments did not carry, a {@code true}, a void
     *         check passed), or null
     */
    private String leak(Endpoint e, Object[] args, Outcome o, Set<String> secrets) {
        if (o.error != null) {
            if (!refusal(o.error)) {
                report.error(e.name() + " → " + o.error.getClass().getName());
            } else {
                report.refused(o.error.getClass().getSimpleName());
            }
            String text = IdorRender.render(o.error);
            return hidden(text, secrets, args).map(s -> "the exception names " + s + ": "
                    + IdorRender.around(text, s, 80)).orElse(null);
        }
        String text = IdorRender.render(o.result) + outputs(args);
        java.util.Optional<String> secret = hidden(text, secrets, args);
        if (secret.isPresent()) {
            return "returned " + secret.get() + ": " + IdorRender.around(text, secret.get(), 80);
        }
        if (Boolean.TRUE.equals(o.result)) {
            return "answered true";
        }
        if (e.method.getReturnType() == void.class && !e.write()) {
            return "returned normally (the check passed)";
        }
        return null;
    }

    /** @return a secret in the text that the arguments did not carry (rendered only when the text has one) */
    private static java.util.Optional<String> hidden(String text, Set<String> secrets, Object[] args) {
        List<String> found = secrets.stream().filter(text::contains).toList();
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        String argText = IdorRender.render(args);
        return found.stream().filter(s -> !argText.contains(s)).findFirst();
    }

    /** Part 1: every intruder calls every method with every object of every target school. */
    void attackAcrossSchools() {
        for (Endpoint e : endpoints) {
            if (!e.takesUser()) {
                continue;
            }
            long started = System.nanoTime();
            int made = 0;
            List<String> returned = new ArrayList<>();
            for (IdorWorld.Target t : world.targets) {
                Set<String> secrets = t.secrets();
                for (PortalUser x : t.intruders) {
                    Set<String> seen = new HashSet<>();
                    for (Map<String, List<Object>> ctx : contexts(t)) {
                        for (IdorArguments.Call call : new IdorArguments(x, ctx, knowledge.get(t)).calls(e.method)) {
                            String label = call.label(e.method);
                            if (!seen.add(label)) {
                                continue;
                            }
                            report.attempt(IdorReport.Category.SERVICES);
                            made++;
                            Object[] args = call.make();
                            Outcome o = invoke(e, args);
                            String leak = leak(e, args, o, secrets);
                            if (leak != null) {
                                report.leak(IdorReport.Category.SERVICES, x.id(), t.id(), e.name() + " with " + label,
                                        leak);
                            }
                            if (o.error == null && e.write()) {
                                returned.add(x.id() + ": " + label);
                            }
                        }
                    }
                }
            }
            changes().forEach((t, diff) -> report.leak(IdorReport.Category.SERVICES,
                    "one of " + returned.size() + " calls that returned", t.id(),
                    e.name() + ": " + IdorRender.shorten(String.join(" | ", returned), 600),
                    "the owner now reads: " + IdorRender.shorten(String.join(" | ", diff), 900)));
            millis.merge(e.name(), (System.nanoTime() - started) / 1_000_000, Long::sum);
            calls.merge(e.name(), made, Integer::sum);
            LOG.debug("{}: {} calls in {} ms", e.name(), made, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Part 3: the school's own teacher and monitoring-team member call every write that is not theirs; the
     * supervising bodies call every write (only inspections and comments are theirs) and every read (nothing
     * unpublished may come back).
     */
    void attackWithinSchools() {
        List<Object[]> pairs = List.of(
                new Object[] {world.users.get("giaovien"), world.target(IdorWorld.KB)},
                new Object[] {world.users.get("giamsat"), world.target(IdorWorld.KB)},
                new Object[] {world.users.get("phuong"), world.target(IdorWorld.KB)},
                new Object[] {world.users.get("phuong.vn"), world.target(IdorWorld.VN)},
                new Object[] {world.users.get("so"), world.target(IdorWorld.KB)},
                new Object[] {world.users.get("so"), world.target(IdorWorld.VN)});
        for (Endpoint e : endpoints) {
            if (!e.takesUser()) {
                continue;
            }
            long started = System.nanoTime();
            for (Object[] pair : pairs) {
                PortalUser u = (PortalUser) pair[0];
                IdorWorld.Target t = (IdorWorld.Target) pair[1];
                boolean member = u.schoolIds().contains(t.id());
                if (!e.write() && member) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (Map<String, List<Object>> ctx : contexts(t)) {
                    for (IdorArguments.Call call : new IdorArguments(u, ctx, knowledge.get(t)).calls(e.method)) {
                        String label = call.label(e.method);
                        if (!seen.add(label)) {
                            continue;
                        }
                        Object[] args = call.make();
                        if (!e.write()) {
                            report.attempt(IdorReport.Category.ROLES);
                            Outcome o = invoke(e, args);
                            String leak = o.error == null ? draftLeak(args, o.result, t) : null;
                            if (leak != null) {
                                report.leak(IdorReport.Category.ROLES, u.id(), t.id(), e.name() + " with " + label,
                                        leak);
                            }
                            continue;
                        }
                        // A write that is theirs is made once, to show it works; the others are the attempts.
                        boolean theirs = roles.allowed(e.method, u, t, args, call.tampered());
                        String write = u.id() + " " + e.method.getName() + " on " + t.id();
                        if (theirs && allowedWrites.containsKey(write)) {
                            continue;
                        }
                        if (!theirs) {
                            report.attempt(IdorReport.Category.ROLES);
                        }
                        Outcome o = invoke(e, args);
                        if (o.error != null) {
                            leak(e, args, o, Set.of());
                            continue;
                        }
                        Map<IdorWorld.Target, List<String>> changed = changes(!theirs, theirs ? t : null);
                        List<String> diff = changed.getOrDefault(t, List.of());
                        if (theirs && !diff.isEmpty()) {
                            allowedWrites.merge(write, 1, Integer::sum);
                        } else if (!diff.isEmpty()) {
                            report.leak(IdorReport.Category.ROLES, u.id(), t.id(), e.name() + " with " + label,
                                    "a write that is not theirs succeeded; the owner now reads: "
                                            + IdorRender.shorten(String.join(" | ", diff), 900));
                        }
                        changed.forEach((other, d) -> {
                            if (other != t) {
                                report.leak(IdorReport.Category.ROLES, u.id(), other.id(), e.name() + " with "
                                        + label, "another school changed; its owner now reads: "
                                        + IdorRender.shorten(String.join(" | ", d), 900));
                            }
                        });
                    }
                }
            }
            changes().forEach((t, diff) -> report.leak(IdorReport.Category.ROLES, "a call that threw", t.id(),
                    e.name(), "the owner now reads: " + IdorRender.shorten(String.join(" | ", diff), 900)));
            millis.merge(e.name(), (System.nanoTime() - started) / 1_000_000, Long::sum);
        }
    }

    /** Records as a leak any change of the targets since the last comparison, made by whatever ran in between. */
    void unchanged(String phase) {
        changes().forEach((t, diff) -> report.leak(IdorReport.Category.URLS, "an intruder", t.id(),
                "the target changed during " + phase,
                "the owner now reads: " + IdorRender.shorten(String.join(" | ", diff), 900)));
    }

    /** @return the methods no intruder could call (no object of a target has the ids they take) */
    List<String> uncalled() {
        return endpoints.stream().filter(Endpoint::takesUser).map(Endpoint::name)
                .filter(n -> calls.getOrDefault(n, 0) == 0).toList();
    }

    /** @return the calls made per method */
    Map<String, Integer> calls() {
        return calls;
    }

    /** @return how often the database and the owners were read to see changes, and how long it took */
    String stateReads() {
        return fingerprints + " fingerprints of the database in " + fingerprintMillis + " ms, " + snapshots
                + " owner snapshots in " + snapshotMillis + " ms";
    }

    /** @return the slowest methods, for the report */
    String slowest() {
        return millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
    }

    /** @return the writes of the roles part that were allowed, counted: the suite's positives for roles */
    Map<String, Integer> allowedWrites() {
        return allowedWrites;
    }

    private static String draftLeak(Object[] args, Object result, IdorWorld.Target t) {
        String text = IdorRender.render(result) + outputs(args);
        return hidden(text, t.draftSecrets(), args).map(s -> "unpublished content: " + IdorRender.around(text, s, 80))
                .orElse(null);
    }

    /** @return the endpoints sorted for the report */
    List<String> endpointNames() {
        return endpoints.stream().filter(Endpoint::takesUser).map(Endpoint::name).sorted(Comparator.naturalOrder())
                .toList();
    }
}
