package vn.edu.caitien.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * Hot restart under load, as an operator redeploys modules of a running portal. While a principal, a teacher and a
 * ward officer (each their own session) browse every module's pages, plan views and downloads, and a fourth worker
 * saves a plan and reports progress through the services, each module bundle in turn is stopped, updated from its
 * own location (the same jar, as a redeploy) and started again. Requests to the modules the restart does not touch
 * must all succeed; pages of the restarted module and of the modules that use its services must say "temporarily
 * unavailable" (never a 500, an error page, a stack trace or a blank page); the module must work again without a
 * portal restart; its migrations must not run again and no demo data may be duplicated. The figures go to
 * {@code target/trust-reports/hot-restart.txt}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotRestartIT {

    private static final Logger LOG = LoggerFactory.getLogger(HotRestartIT.class);

    private static final String THCS = "thcs-kinhbac";
    private static final PortalUser ADMIN = new PortalUser("admin", "Quản trị hệ thống", true, List.of());
    private static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(THCS, PortalRole.PRINCIPAL)));
    private static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            List.of(Membership.school(THCS, PortalRole.TEACHER)));
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NAV_LINK = Pattern.compile("href=\"[./]*(m/[a-z-]+/[a-z0-9-]+)\"");
    private static final Pattern VIEW_LINK = Pattern.compile("href=\"([^\"]*-view)\"");

    /**
     * A bundle to restart and the modules it takes down: its own and those whose services need it (plan needs the
     * catalogue; monitoring needs plans; export needs plans and the catalogue, and monitoring for its reports).
     */
    private record Restart(String name, String symbolicName, String module, Set<String> modules) {
    }

    private static final List<Restart> RESTARTS = List.of(
            new Restart("catalogue-impl", "vn.edu.caitien.catalogue.impl", "catalogue",
                    Set.of("catalogue", "plan", "monitoring", "export")),
            new Restart("catalogue-ui", "vn.edu.caitien.catalogue.ui", "catalogue", Set.of("catalogue")),
            new Restart("plan-impl", "vn.edu.caitien.plan.impl", "plan", Set.of("plan", "monitoring", "export")),
            new Restart("plan-ui", "vn.edu.caitien.plan.ui", "plan", Set.of("plan")),
            new Restart("monitoring-impl", "vn.edu.caitien.monitoring.impl", "monitoring",
                    Set.of("monitoring", "export")),
            new Restart("monitoring-ui", "vn.edu.caitien.monitoring.ui", "monitoring", Set.of("monitoring")),
            new Restart("export-impl", "vn.edu.caitien.export.impl", "export", Set.of("export")),
            new Restart("export-importer", "vn.edu.caitien.export.importer", "export", Set.of("export")),
            new Restart("export-ui", "vn.edu.caitien.export.ui", "export", Set.of("export")),
            new Restart("sample-module", PortalConfiguration.SAMPLE_MODULE_BSN, "notices", Set.of("notices")));

    /** @return the restarts to do: all, or those named in {@code -Dhot.restart.only=plan-ui,export-ui} */
    private static List<Restart> restarts() {
        String only = System.getProperty("hot.restart.only", "").trim();
        if (only.isEmpty()) {
            return RESTARTS;
        }
        List<String> names = List.of(only.split("\\s*,\\s*"));
        List<Restart> chosen = RESTARTS.stream().filter(r -> names.contains(r.name())).toList();
        assertEquals("known bundle names in hot.restart.only", names.size(), chosen.size());
        return chosen;
    }

    /** Module schemas whose applied migrations must not change. */
    private static final List<String> SCHEMAS = List.of("portal", "demo", "catalogue", "plan", "monitoring",
            "notices");

    @Inject
    private BundleContext context;

    private final HotRestartLedger ledger = new HotRestartLedger();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger lastSaved = new AtomicInteger();
    private final AtomicInteger updates = new AtomicInteger();
    private final AtomicInteger updatesOk = new AtomicInteger();

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(
                PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir()),
                // This JVM's class path holds the API jars the test calls (plan-api...). With Felix's implicit boot
                // delegation a class asked for from outside a bundle (Java serialization reading a stored page back)
                // may come from there instead of the bundle: the page then fails to deserialize and expires. The
                // distribution's launcher has no such jars on its class path.
                CoreOptions.frameworkProperty("felix.bootdelegation.implicit").value("false"));
    }

    @Test
    public void everyModuleRestartsUnderLoadWithoutTouchingTheOthers() throws Exception {
        long started = System.nanoTime();
        PlanService plans = PortalConfiguration.service(context, PlanService.class, 60);
        SchoolDirectory directory = PortalConfiguration.service(context, SchoolDirectory.class, 60);
        SchemaMigrator migrator = PortalConfiguration.service(context, SchemaMigrator.class, 60);
        awaitDemoPlans(plans, directory);

        Bundle sample = context.installBundle(PortalConfiguration.sampleModuleJar().toUri().toString());
        sample.start();
        await("the sample module", 30, () -> registered("notices"));
        await("the sample module's schema", 30, () -> migrator.currentVersion("notices") >= 1);

        // Fixtures: this year's plan of THCS Kinh Bắc and the action its teacher leads, with an evidence file; a
        // draft of next year's plan that the edit worker saves again and again.
        PlanSummary current = plans.plans(PRINCIPAL, THCS, PlanQuery.ALL).stream()
                .filter(p -> p.period().equals(PlanPeriod.schoolYear(2026))).findFirst().orElseThrow();
        PlanDocument currentPlan = plans.plan(PRINCIPAL, current.id()).orElseThrow();
        PlanRow teacherRow = currentPlan.getRows().stream()
                .filter(r -> r.getActions().stream().anyMatch(a -> "giaovien".equals(a.getLeadUserId())))
                .findFirst().orElseThrow();
        String teacherAction = teacherRow.getActions().stream()
                .filter(a -> "giaovien".equals(a.getLeadUserId())).findFirst().orElseThrow().getKey();
        EvidenceService evidence = PortalConfiguration.service(context, EvidenceService.class, 30);
        Evidence file = evidence.addFile(TEACHER, new EvidenceDraft(new EvidenceLink(current.id(), teacherAction,
                teacherRow.getCriterionCode()), "Danh sách đầu sách tủ sách lớp 6A", null, "", null,
                "Trường THCS Kinh Bắc"), "tu-sach-6a.pdf", new ByteArrayInputStream(PDF));
        long draftId = nextYearsDraft(plans);
        MonitoringService monitoring = PortalConfiguration.service(context, MonitoringService.class, 30);
        int historyBefore = monitoring.history(PRINCIPAL, current.id(), teacherAction).size();

        Map<String, List<AppliedMigration>> migrationsBefore = migrations(migrator);
        Map<String, Object> dataBefore = data(plans, directory, draftId);

        // The sessions, the pages of their navigation and how each looks with everything running.
        Map<String, Session> sessions = new LinkedHashMap<>();
        sessions.put("principal", session("hieutruong", "Nguyễn Văn An", null));
        sessions.put("teacher", session("giaovien", "Đỗ Minh Tuấn", null));
        sessions.put("ward", session("phuong", "Lê Văn Hùng", THCS));
        Session principal = sessions.get("principal");
        Set<String> modules = new java.util.TreeSet<>();
        sessions.values().forEach(s -> s.pages.keySet().forEach(p -> modules.add(p.split("/")[2])));
        assertEquals("every module has pages in the navigation",
                Set.of("catalogue", "plan", "monitoring", "export", "notices"), modules);
        Map<String, List<LoadTarget>> work = new LinkedHashMap<>();
        work.put("principal", targets(principal, List.of(
                download(principal, "export", "/download/export/plan/" + current.id() + ".pdf", "%PDF-"),
                download(principal, "monitoring", "/download/monitoring/evidence/" + file.id(), "%PDF-")), true));
        Session teacher = sessions.get("teacher");
        work.put("teacher", targets(teacher, List.of(
                download(teacher, "monitoring", "/download/monitoring/evidence/" + file.id(), "%PDF-")), false));
        Session ward = sessions.get("ward");
        work.put("ward", targets(ward, List.of(
                download(ward, "export", "/download/export/plan/" + current.id() + ".json", "{"),
                download(ward, "export", "/download/export/rollup/ubnd-kinhbac/2026-2027.xlsx", "PK")), false));
        work.put("edits", List.of(savePlan(draftId), reportProgress(current.id(), teacherAction)));

        // The probe: a separate session of the principal that the test polls to see a module go and come back.
        Session probe = session("hieutruong", "Nguyễn Văn An", null);
        Map<String, List<LoadTarget>> probes = new TreeMap<>();
        for (LoadTarget t : targets(probe, List.of(
                download(probe, "export", "/download/export/plan/" + current.id() + ".pdf", "%PDF-"),
                download(probe, "monitoring", "/download/monitoring/evidence/" + file.id(), "%PDF-")), true)) {
            probes.computeIfAbsent(t.module(), m -> new ArrayList<>()).add(t);
        }

        int restarts = 0;
        ledger.begin("baseline", Set.of());
        try (LoadDriver driver = new LoadDriver(ledger)) {
            work.forEach(driver::start);
            // every page was seen whole when the sessions were made; a few answers per worker confirm the load runs
            await("the load under way", 90, () -> driver.minRequests() >= 3);
            assertEquals("no error before any restart: " + ledger.samples(), 0,
                    ledger.otherErrors() + ledger.affectedErrors());

            for (Restart restart : restarts()) {
                restart(restart, probes, driver);
                restarts++;
            }

            ledger.begin("after", Set.of());
            long rounds = driver.minRounds();
            // two more: the second of them began after the last module was back, so every page is seen whole again
            await("a whole round of every worker after the last restart", 180, () -> driver.minRounds() >= rounds + 2);
        } catch (AssertionError | RuntimeException failed) {
            writeReport(ledger.report("Hot restart failed after " + restarts + " bundle restarts: " + failed));
            throw failed;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        // Everything works again (the last round above saw every page whole), with the same navigation for a new
        // sign-in, the same migrations and data, and the edits made under load stored.
        for (Session before : sessions.values()) {
            assertEquals("the same pages for " + before.login + " after the restarts", before.pages.keySet(),
                    navigation(before.login, before.displayName, before.login.equals("phuong") ? THCS : null));
        }
        Map<String, List<AppliedMigration>> migrationsAfter = migrations(migrator);
        Map<String, Object> dataAfter = data(plans, directory, draftId);
        PlanDocument saved = plans.plan(PRINCIPAL, draftId).orElseThrow();
        int history = monitoring.history(PRINCIPAL, current.id(), teacherAction).size();

        String summary = String.format("Hot restart: %d requests during %d bundle restarts, %d errors on other"
                        + " modules (%d on the restarted modules and their dependants, %d degraded answers there);"
                        + " %d plan saves, %d progress reports (%d stored); %d s in all",
                ledger.requests(), restarts, ledger.otherErrors(), ledger.affectedErrors(),
                ledger.affectedDegraded(), lastSaved.get(), updates.get(), updatesOk.get(), seconds);
        LOG.info(summary);
        String report = ledger.report(summary) + "\nmigrations before = after: " + migrationsBefore.equals(
                migrationsAfter) + "\n" + migrationsAfter.entrySet().stream().map(e -> "  " + e.getKey() + ": "
                + e.getValue().stream().map(m -> "V" + m.version() + " " + m.description()).toList())
                .reduce("", (a, b) -> a + b + "\n") + "data before = after: " + dataBefore.equals(dataAfter) + "\n";
        writeReport(report);

        assertEquals("errors on the modules that were not restarted:\n" + report, 0, ledger.otherErrors());
        assertEquals("5xx, error pages, stack traces, blank pages or hangs on the restarted modules:\n" + report, 0,
                ledger.affectedErrors());
        assertEquals("migrations ran once", migrationsBefore, migrationsAfter);
        assertEquals("no demo data duplicated, no plan lost", dataBefore, dataAfter);
        assertTrue("plan saves under load: " + lastSaved.get(), lastSaved.get() > 0);
        assertTrue("the last successful save is stored: " + saved.getRows().get(0).getActions().get(0)
                .getDescription(), savedNumber(saved) >= lastSaved.get());
        assertTrue("every progress report that succeeded is stored once: " + historyBefore + " + " + updatesOk.get()
                + " <= " + history + " <= " + historyBefore + " + " + updates.get(),
                history >= historyBefore + updatesOk.get() && history <= historyBefore + updates.get());
    }

    /**
     * Stops the bundle, sees its module degrade, updates it from its own location, starts it and waits until every
     * page and download of the modules it took down works again.
     */
    private void restart(Restart restart, Map<String, List<LoadTarget>> probes, LoadDriver driver)
            throws Exception {
        Bundle bundle = bundle(restart.symbolicName());
        ledger.begin(restart.name(), restart.modules());
        long t0 = System.nanoTime();
        bundle.stop();
        await(restart.name() + ": a page of " + restart.module() + " says it is unavailable", 30,
                () -> probeDegraded(probes.get(restart.module())));
        ledger.figure("degraded ms", millisSince(t0));
        long seen = degradedLoad();
        await(restart.name() + ": the load meets the stopped module", 120, () -> degradedLoad() > seen);
        long t1 = System.nanoTime();
        bundle.update();
        bundle.start();
        ledger.figure("down ms", millisSince(t0));
        List<LoadTarget> back = new ArrayList<>();
        restart.modules().forEach(m -> back.addAll(probes.getOrDefault(m, List.of())));
        await(restart.name() + ": " + restart.modules() + " work again", 120, () -> probeOk(back));
        ledger.figure("back ms", millisSince(t1));
        ledger.allBack();
        assertEquals(restart.name() + " is active again", Bundle.ACTIVE, bundle.getState());
    }

    private long degradedLoad() {
        return ledger.current().affectedDegraded.sum();
    }

    /** @return whether one of the probe's pages of the module says it is unavailable; fails on an error */
    private boolean probeDegraded(List<LoadTarget> targets) {
        boolean degraded = false;
        for (LoadTarget target : targets) {
            LoadResult r = probe(target);
            degraded |= r.outcome() == LoadResult.Outcome.DEGRADED;
        }
        return degraded;
    }

    /** @return whether every one of the targets answers with the real page or file */
    private boolean probeOk(List<LoadTarget> targets) {
        for (LoadTarget target : targets) {
            if (probe(target).outcome() != LoadResult.Outcome.OK) {
                return false;
            }
        }
        return true;
    }

    private LoadResult probe(LoadTarget target) {
        LoadResult r;
        try {
            r = target.call().run();
        } catch (Exception e) {
            r = LoadResult.error(e.toString());
        }
        ledger.record("probe", target, r, ledger.affected().contains(target.module()));
        if (r.outcome() == LoadResult.Outcome.ERROR) {
            throw new AssertionError(target.name() + ": " + r.detail() + "\n" + ledger.report(""));
        }
        return r;
    }

    /** A signed-in session with the pages of its navigation and how each looks with everything running. */
    private static final class Session {
        final String login;
        final String displayName;
        final WebClient web;
        final Map<String, LoadChecks.PageShape> pages = new TreeMap<>();

        Session(String login, String displayName, WebClient web) {
            this.login = login;
            this.displayName = displayName;
            this.web = web;
        }
    }

    private Session session(String login, String displayName, String school) throws Exception {
        Session session = new Session(login, displayName, signIn(login, displayName, school));
        for (String path : navigation(session.web)) {
            session.pages.put(path, LoadChecks.PageShape.of(login + " " + path, session.web.get(path)));
        }
        return session;
    }

    /** @return the module pages in the navigation of a new session of the user */
    private Set<String> navigation(String login, String displayName, String school) throws Exception {
        return navigation(signIn(login, displayName, school));
    }

    private static Set<String> navigation(WebClient web) throws IOException, InterruptedException {
        WebClient.Page home = web.get("/home");
        Set<String> paths = new java.util.TreeSet<>();
        Matcher m = NAV_LINK.matcher(home.body());
        while (m.find()) {
            paths.add("/" + m.group(1));
        }
        assertFalse("navigation: " + home.body(), paths.isEmpty());
        return paths;
    }

    private WebClient signIn(String login, String displayName, String school) throws Exception {
        WebClient web = PortalConfiguration.webClient(context);
        WebClient.Page home = null;
        // Signing in hashes the password (210,000 rounds): on a busy machine one attempt may outlast the client's
        // 20 s; that is not what this suite measures.
        for (int attempt = 1; home == null; attempt++) {
            try {
                home = web.login(login, "demo");
            } catch (java.net.http.HttpTimeoutException slow) {
                if (attempt == 3) {
                    throw slow;
                }
            }
        }
        assertTrue(login + " signed in: " + LoadChecks.excerpt(home.body()), home.body().contains(displayName));
        if (school != null) {
            web.get("/home?school=" + school);
        }
        return web;
    }

    /** Every navigation page of the session, its home page, the printed view of a plan if asked, and downloads. */
    private static List<LoadTarget> targets(Session s, List<LoadTarget> downloads, boolean planView) {
        List<LoadTarget> targets = new ArrayList<>();
        targets.add(new LoadTarget("portal", "GET /home",
                () -> LoadChecks.hostPage(s.web.get("/home"), s.displayName)));
        s.pages.forEach((path, shape) -> targets.add(new LoadTarget(path.split("/")[2], "GET " + path,
                () -> LoadChecks.modulePage(s.web.get(path), shape))));
        if (planView) {
            targets.add(new LoadTarget("plan", "printed view of a plan", () -> planView(s)));
        }
        targets.addAll(downloads);
        return targets;
    }

    private static LoadResult planView(Session s) throws IOException, InterruptedException {
        WebClient.Page list = s.web.get("/m/plan/plans");
        LoadResult r = LoadChecks.modulePage(list, s.pages.get("/m/plan/plans"));
        if (r.outcome() != LoadResult.Outcome.OK) {
            return r;
        }
        Matcher link = VIEW_LINK.matcher(list.body());
        if (!link.find()) {
            return LoadResult.error("no printed-view link in the plan list");
        }
        String href = list.uri().resolve(link.group(1).replace("&amp;", "&")).toString();
        WebClient.Page view = s.web.get(href.substring(href.indexOf('/', "http://".length())));
        LoadResult shown = LoadChecks.planView(view);
        return shown.outcome() == LoadResult.Outcome.ERROR
                ? LoadResult.error(shown.detail() + " (link " + link.group(1) + ")") : shown;
    }

    private static LoadTarget download(Session s, String module, String path, String magic) {
        return new LoadTarget(module, "download " + path,
                () -> LoadChecks.download(s.web.download(path), magic.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The edit worker's plan save: changes the text of the draft's first action through the plan service. */
    private LoadTarget savePlan(long draftId) {
        ServiceTracker<PlanService, PlanService> tracker = tracker(PlanService.class);
        return new LoadTarget("plan", "save plan", () -> {
            PlanService service = tracker.waitForService(1000);
            if (service == null) {
                return LoadResult.degraded("no PlanService");
            }
            int n = saves.incrementAndGet();
            try {
                PlanDocument draft = service.plan(PRINCIPAL, draftId).orElseThrow();
                draft.getRows().get(0).getActions().get(0).setDescription("Bổ sung tủ sách dùng chung, lần " + n);
                service.save(PRINCIPAL, draft);
            } catch (RuntimeException e) {
                return whileAffected("plan", e);
            }
            lastSaved.accumulateAndGet(n, Math::max);
            return LoadResult.ok();
        });
    }

    /** The edit worker's progress report on the teacher's action, through the monitoring service. */
    private LoadTarget reportProgress(long planId, String actionKey) {
        ServiceTracker<MonitoringService, MonitoringService> tracker = tracker(MonitoringService.class);
        return new LoadTarget("monitoring", "report progress", () -> {
            MonitoringService service = tracker.waitForService(1000);
            if (service == null) {
                return LoadResult.degraded("no MonitoringService");
            }
            int n = updates.incrementAndGet();
            try {
                // asOf null: today, which is never in the future nor before this plan's period
                service.update(TEACHER, new ProgressUpdate(planId, actionKey, null, ActionStatus.IN_PROGRESS,
                        n % 100, null, null, "", "Đã nhận thêm sách, lần " + n));
            } catch (RuntimeException e) {
                return whileAffected("monitoring", e);
            }
            updatesOk.incrementAndGet();
            return LoadResult.ok();
        });
    }

    /** A service call that failed: expected only while its module is being restarted (the service going away). */
    private LoadResult whileAffected(String module, RuntimeException e) {
        if (ledger.affected().contains(module)) {
            return LoadResult.degraded("service call refused while restarting: " + e.getClass().getSimpleName());
        }
        throw e;
    }

    private <T> ServiceTracker<T, T> tracker(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return tracker;
    }

    private static int savedNumber(PlanDocument plan) {
        String text = plan.getRows().get(0).getActions().get(0).getDescription();
        Matcher m = Pattern.compile("lần (\\d+)$").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static long nextYearsDraft(PlanService plans) {
        PlanDocument draft = plans.create(PRINCIPAL, THCS, PlanPeriod.schoolYear(2027), "");
        PlanAction action = new PlanAction();
        action.setDescription("Bổ sung tủ sách dùng chung, lần 0");
        action.setLeadText("Hiệu trưởng");
        action.setTimeText("Năm học 2027-2028");
        action.setBudgetText("20 triệu đồng");
        PlanRow row = new PlanRow();
        row.setCriterionCode("4.1");
        row.setTargetLevel(2);
        row.setActions(new ArrayList<>(List.of(action)));
        draft.getRows().add(row);
        return plans.save(PRINCIPAL, draft).getId();
    }

    private void awaitDemoPlans(PlanService plans, SchoolDirectory directory) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        PortalUser vuNinh = new PortalUser("hieutruong.vn", "Bùi Quang Huy", false,
                List.of(Membership.school("thcs-vuninh", PortalRole.PRINCIPAL)));
        PortalUser th = new PortalUser("hieutruong.th", "Hoàng Văn Bình", false,
                List.of(Membership.school("th-kinhbac", PortalRole.PRINCIPAL)));
        while (!(plans.plans(PRINCIPAL, THCS, PlanQuery.ALL).size() >= 2
                && plans.plans(th, "th-kinhbac", PlanQuery.ALL).stream()
                        .anyMatch(p -> p.status() == PlanStatus.PUBLISHED)
                && (directory.school("thcs-vuninh").isEmpty()
                        || !plans.plans(vuNinh, "thcs-vuninh", PlanQuery.ALL).isEmpty()))) {
            assertTrue("the demo plans within 3 minutes", System.nanoTime() < deadline);
            Thread.sleep(500);
        }
    }

    private static Map<String, List<AppliedMigration>> migrations(SchemaMigrator migrator) {
        Map<String, List<AppliedMigration>> applied = new TreeMap<>();
        for (String schema : SCHEMAS) {
            applied.put(schema, migrator.applied(schema));
            assertFalse("migrations of " + schema, applied.get(schema).isEmpty());
        }
        return applied;
    }

    /** Every plan but the draft the load edits (id, status, revision, number), and every catalogue version. */
    private Map<String, Object> data(PlanService plans, SchoolDirectory directory, long draftId)
            throws InterruptedException {
        Map<String, Object> data = new TreeMap<>();
        for (School school : directory.schools()) {
            data.put("plans of " + school.id(), plans.plans(ADMIN, school.id(), PlanQuery.ALL).stream()
                    .filter(p -> p.id() != draftId)
                    .map(p -> p.id() + " " + p.status() + " r" + p.revision() + " n" + p.number()).toList());
        }
        CatalogueService catalogue = PortalConfiguration.service(context, CatalogueService.class, 30);
        for (Regime regime : catalogue.regimes(ADMIN)) {
            data.put("catalogue " + regime.id(), catalogue.versions(ADMIN, regime.id()));
        }
        return data;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private boolean registered(String moduleId) {
        try {
            return context.getServiceReferences(PortalModule.class, null).stream().map(context::getService)
                    .anyMatch(m -> m != null && moduleId.equals(m.id()));
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls every 100 ms; fails when the condition does not hold within the time. */
    private static void await(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    /** Writes the report to {@code target/trust-reports/hot-restart.txt} of the itests module. */
    private static void writeReport(String report) throws IOException {
        String basedir = System.getProperty("basedir");
        Path dir = basedir != null ? Path.of(basedir, "target", "trust-reports")
                : Path.of(System.getProperty("java.io.tmpdir"), "trust-reports");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("hot-restart.txt"), report, StandardCharsets.UTF_8);
    }
}
