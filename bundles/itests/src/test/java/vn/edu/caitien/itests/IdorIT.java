package vn.edu.caitien.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PanelDescriptor;
import vn.edu.caitien.portal.api.ui.PortalSlots;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * Tenancy and roles: no user reaches another school's objects, through any service method, any page or download,
 * or a form sent back with another school's ids; and within a school, teachers and supervising bodies make no write
 * that is not theirs. The suite finds the methods, pages and links by itself (services registered under
 * {@code vn.edu.caitien.*.api}, the registered navigation panels, the links and forms the legitimate users see), so
 * a new one is covered without editing it. Writes {@code target/trust-reports/idor.txt}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IdorIT {

    private static final Logger LOG = LoggerFactory.getLogger(IdorIT.class);

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
    }

    @Test
    public void noUserReachesAnotherSchoolsObjects() throws Exception {
        long started = System.nanoTime();
        double cpu0 = IdorReport.cpuSeconds();
        IdorReport report = new IdorReport();
        PlanService plans = PortalConfiguration.service(context, PlanService.class, 60);
        MonitoringService monitoring = PortalConfiguration.service(context, MonitoringService.class, 60);
        EvidenceService evidence = PortalConfiguration.service(context, EvidenceService.class, 60);
        SchoolDirectory directory = PortalConfiguration.service(context, SchoolDirectory.class, 60);
        PermissionService permissions = PortalConfiguration.service(context, PermissionService.class, 60);
        ModuleSwitchService switches = PortalConfiguration.service(context, ModuleSwitchService.class, 60);
        PortalConfiguration.waitFor("demo data", () -> directory.school(IdorWorld.VN).isPresent());

        IdorWorld world = IdorWorld.plant(context, plans, monitoring, evidence, directory, permissions);
        long planted = System.nanoTime();
        double cpu1 = IdorReport.cpuSeconds();
        LOG.info("IDOR fixture planted in {} ms", (planted - started) / 1_000_000);
        List<String> problems = new ArrayList<>();
        servicePositives(world, plans, monitoring, evidence, report, problems);

        // Part 1: service methods, across schools.
        IdorServices services = new IdorServices(context, world, report, plans, monitoring, evidence, permissions,
                switches, new IdorState(PortalConfiguration.service(context, PortalDatabase.class, 60).dataSource()));
        services.baseline();
        LOG.info("IDOR baseline read in {} ms", (System.nanoTime() - planted) / 1_000_000);
        services.attackAcrossSchools();
        long servicesDone = System.nanoTime();
        double cpu2 = IdorReport.cpuSeconds();
        LOG.info("IDOR services: {} calls in {} ms", report.attempts(IdorReport.Category.SERVICES),
                (servicesDone - planted) / 1_000_000);

        // Part 2: URLs, pages, downloads and forms, across schools.
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        PortalConfiguration.webClient(context);
        IdorCrawler crawler = new IdorCrawler(port, report, navigation());
        Map<String, IdorCrawler.Crawl> crawls = crawlAll(world, crawler, permissions);
        LOG.info("IDOR crawls done in {} ms: {}", (System.nanoTime() - servicesDone) / 1_000_000, crawls.values());
        crawlPositives(world, crawls, report, problems);
        supervisorsSeeNoDrafts(world, crawls, port, report);
        Map<PortalUser, List<IdorCrawler.Attempt>> attempts = attempts(world, crawls, plans, monitoring, evidence,
                permissions);
        attempts.forEach((x, list) -> report.note("requests of " + x.id() + ": " + list.stream()
                .collect(Collectors.groupingBy(a -> a.method() + (a.download() ? " download" : " page"),
                        java.util.TreeMap::new, Collectors.counting()))));
        crawler.replay(attempts, world.targets);
        report.note("files intruders got that are not the target's (their own school's), not leaks: "
                + crawler.notTheirs);
        services.unchanged("the URL part");
        long urlsDone = System.nanoTime();
        double cpu3 = IdorReport.cpuSeconds();
        LOG.info("IDOR URLs: {} requests, {} ms", report.attempts(IdorReport.Category.URLS),
                (urlsDone - servicesDone) / 1_000_000);

        // Part 3: roles within a school.
        services.attackWithinSchools();
        long done = System.nanoTime();
        double cpu4 = IdorReport.cpuSeconds();
        // The roles part could not pass by refusing everything: the writes that are theirs went through.
        Map<String, Integer> allowed = services.allowedWrites();
        for (String write : List.of("giaovien update on thcs-kinhbac", "giamsat recordReview on thcs-kinhbac",
                "phuong recordInspection on thcs-kinhbac", "phuong.vn recordInspection on thcs-vuninh",
                "so comment on thcs-vuninh")) {
            check(report, problems, "within a school, a write that is theirs succeeds: " + write,
                    allowed.containsKey(write));
        }
        report.note("writes of the roles part that were theirs: " + allowed);

        report.note(String.format("time: fixture %.1f s, services %.1f s, URLs %.1f s, roles %.1f s; CPU of the JVM "
                + "(container and portal): fixture %.1f s, services %.1f s, URLs %.1f s, roles %.1f s; load %.1f",
                (planted - started) / 1e9, (servicesDone - planted) / 1e9, (urlsDone - servicesDone) / 1e9,
                (done - urlsDone) / 1e9, cpu1 - cpu0, cpu2 - cpu1, cpu3 - cpu2, cpu4 - cpu3,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.note("slowest service methods: " + services.slowest());
        report.note("state reads: " + services.stateReads());
        report.note("service methods called (intruders' calls): " + services.endpointNames().size() + " "
                + services.calls());
        report.note("service methods no intruder could call: " + services.uncalled());
        crawls.values().forEach(c -> report.note("crawl " + c));
        Path file = report.write(Path.of("target", "trust-reports", "idor.txt"), (done - started) / 1_000_000);
        LOG.info("{} in {} s (report {})", report.summary(), String.format("%.1f", (done - started) / 1e9),
                file.toAbsolutePath());
        System.out.println(report.summary() + " in " + String.format("%.1f", (done - started) / 1e9) + " s");

        assertTrue("the suite must reach something: " + report.summary(), report.attempts() > 1000);
        if (!problems.isEmpty() || !report.leaks().isEmpty()) {
            fail(report.summary() + "\n" + String.join("\n", problems) + "\n"
                    + report.leaks().stream().map(IdorReport.Leak::toString).collect(Collectors.joining("\n")));
        }
    }

    /** The legitimate users still see their things: owner, ward and province. */
    private static void servicePositives(IdorWorld world, PlanService plans, MonitoringService monitoring,
                                         EvidenceService evidence, IdorReport report, List<String> problems) {
        for (IdorWorld.Target t : world.targets) {
            String marker = t.spec.marker();
            PortalUser ward = world.users.get(t.spec.ward());
            PortalUser so = world.users.get("so");
            check(report, problems, t.owner.id() + " lists the draft plan of " + t.id(),
                    plans.plans(t.owner, t.id(), PlanQuery.ALL).stream().map(PlanSummary::id)
                            .anyMatch(id -> id == t.draftPlanId));
            for (PortalUser viewer : List.of(t.owner, ward, so)) {
                check(report, problems, viewer.id() + " reads the plan of " + t.id() + " with its marker",
                        plans.plan(viewer, t.currentPlanId).map(IdorRender::render).orElse("").contains(marker));
                check(report, problems, viewer.id() + " reads the inspection of " + t.id(),
                        monitoring.inspection(viewer, t.inspectionId).map(Inspection::comments).orElse("")
                                .contains(marker));
                check(report, problems, viewer.id() + " lists the evidence of " + t.id(),
                        evidence.evidenceOfSchool(viewer, t.id()).stream().map(Evidence::title)
                                .anyMatch(title -> title.contains(marker)));
            }
            check(report, problems, ward.id() + " reads the published revision only",
                    !plans.plan(ward, t.currentPlanId).map(IdorRender::render).orElse("")
                            .contains(t.spec.draftMarker()));
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            evidence.copyContent(t.owner, t.fileEvidenceId, content);
            check(report, problems, t.owner.id() + " reads the evidence file of " + t.id(),
                    content.toString(StandardCharsets.US_ASCII).contains(marker));
            check(report, problems, ward.id() + "'s roll-up lists " + t.id(),
                    monitoring.rollUp(ward, ward.bodyIds().get(0), 2026).schools().stream()
                            .anyMatch(s -> s.schoolId().equals(t.id())));
        }
    }

    private static void check(IdorReport report, List<String> problems, String what, boolean ok) {
        report.positive((ok ? "ok: " : "FAILED: ") + what);
        if (!ok) {
            problems.add("legitimate access failed: " + what);
        }
    }

    /** The paths of every registered navigation panel. */
    private List<String> navigation() throws Exception {
        List<String> out = new ArrayList<>();
        for (ServiceReference<PanelContribution> ref : context.getServiceReferences(PanelContribution.class, null)) {
            Map<String, Object> properties = new HashMap<>();
            for (String key : ref.getPropertyKeys()) {
                properties.put(key, ref.getProperty(key));
            }
            try {
                PanelDescriptor d = PanelDescriptor.of(properties);
                if (d.slot().equals(PortalSlots.NAVIGATION)) {
                    out.add("/m/" + d.module() + "/" + d.name());
                }
            } catch (IllegalArgumentException e) {
                // not a panel the host shows either
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Each legitimate user crawls for each target; each intruder crawls their own school (for their own URLs). */
    private static Map<String, IdorCrawler.Crawl> crawlAll(IdorWorld world, IdorCrawler crawler,
                                                            PermissionService permissions) throws Exception {
        Map<String, String> jobs = new LinkedHashMap<>();
        for (IdorWorld.Target t : world.targets) {
            for (PortalUser u : t.viewers) {
                jobs.put(u.id() + "@" + t.id(), t.id());
            }
            jobs.put(t.spec.lead() + "@" + t.id(), t.id());
        }
        // The intruders who are no legitimate user of a target crawl their own school.
        world.targets.forEach(t -> t.intruders.forEach(x -> {
            if (jobs.keySet().stream().noneMatch(k -> k.startsWith(x.id() + "@"))) {
                jobs.put(x.id() + "@" + ownSchool(x, permissions), ownSchool(x, permissions));
            }
        }));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Map<String, Future<IdorCrawler.Crawl>> running = new LinkedHashMap<>();
            jobs.forEach((key, school) -> running.put(key, pool.submit((Callable<IdorCrawler.Crawl>) () -> {
                String login = key.substring(0, key.indexOf('@'));
                IdorCrawler.Crawl crawl = crawler.crawl(login, school);
                crawl.seesOthers = permissions.visibleSchools(world.users.get(login)).size() > 1;
                return crawl;
            })));
            Map<String, IdorCrawler.Crawl> out = new LinkedHashMap<>();
            for (Map.Entry<String, Future<IdorCrawler.Crawl>> e : running.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The school a user acts for first: their own, else the first their bodies supervise. */
    private static String ownSchool(PortalUser u, PermissionService permissions) {
        return u.schoolIds().isEmpty() ? permissions.visibleSchools(u).get(0).id() : u.schoolIds().get(0);
    }

    private static void crawlPositives(IdorWorld world, Map<String, IdorCrawler.Crawl> crawls, IdorReport report,
                                       List<String> problems) {
        for (IdorWorld.Target t : world.targets) {
            for (PortalUser u : t.viewers) {
                IdorCrawler.Crawl c = crawls.get(u.id() + "@" + t.id());
                check(report, problems, u.id() + "'s pages for " + t.id() + " show its marker (" + c + ")",
                        c.anyBodyContains(t.spec.marker()));
            }
            IdorCrawler.Crawl owner = crawls.get(t.owner.id() + "@" + t.id());
            check(report, problems, t.owner.id() + "'s pages show the unpublished draft",
                    owner.anyBodyContains(t.spec.draftMarker()));
            check(report, problems, t.owner.id() + "'s pages link the evidence file",
                    owner.downloads.contains("/download/monitoring/evidence/" + t.fileEvidenceId));
            check(report, problems, t.owner.id() + "'s pages link downloads of the plan",
                    owner.downloads.stream().anyMatch(d -> d.startsWith("/download/export/plan/" + t.currentPlanId)));
        }
    }

    /** The supervising bodies' pages and text downloads show nothing unpublished. */
    private static void supervisorsSeeNoDrafts(IdorWorld world, Map<String, IdorCrawler.Crawl> crawls, int port,
                                               IdorReport report) throws Exception {
        for (IdorWorld.Target t : world.targets) {
            for (PortalUser u : t.viewers) {
                if (u.schoolIds().contains(t.id())) {
                    continue;
                }
                IdorCrawler.Crawl c = crawls.get(u.id() + "@" + t.id());
                c.bodies.forEach((url, body) -> {
                    report.attempt(IdorReport.Category.ROLES);
                    if (body.contains(t.spec.draftMarker())) {
                        report.leak(IdorReport.Category.ROLES, u.id(), t.id(), "GET " + url,
                                "unpublished content: " + IdorRender.around(body, t.spec.draftMarker(), 80));
                    }
                });
                IdorWeb web = new IdorWeb(port);
                web.login(u.id());
                for (String d : c.downloads) {
                    if (!d.endsWith(".json") && !d.startsWith("/download/monitoring/")) {
                        continue;
                    }
                    report.attempt(IdorReport.Category.ROLES);
                    IdorWeb.Response r = web.get(d);
                    String text = IdorRender.text(r.bytes());
                    if (r.status() == 200 && text.contains(t.spec.draftMarker())) {
                        report.leak(IdorReport.Category.ROLES, u.id(), t.id(), "GET " + d,
                                "unpublished content: " + IdorRender.around(text, t.spec.draftMarker(), 80));
                    }
                }
            }
        }
    }

    /** Every intruder's requests against every target they must not reach (once when the same for two). */
    private static Map<PortalUser, List<IdorCrawler.Attempt>> attempts(IdorWorld world,
            Map<String, IdorCrawler.Crawl> crawls, PlanService plans, MonitoringService monitoring,
            EvidenceService evidence, PermissionService permissions) {
        Map<PortalUser, Map<String, IdorCrawler.Attempt>> merged = new LinkedHashMap<>();
        for (IdorWorld.Target t : world.targets) {
            List<IdorCrawler.Crawl> targetCrawls = crawls.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("@" + t.id())).map(Map.Entry::getValue).toList();
            for (PortalUser x : t.intruders) {
                IdorCrawler.Crawl own = crawls.values().stream().filter(c -> c.user.equals(x.id())
                        && !c.school.equals(t.id())).findFirst().orElseThrow();
                Set<Long> ownIds = IdorWorld.visibleIds(x, plans, monitoring, evidence, permissions);
                // Their school ids become the target's, their bodies the target's bodies.
                Map<String, List<String>> swaps = new LinkedHashMap<>();
                x.memberships().forEach(m -> swaps.put(m.orgId(),
                        m.isBody() ? List.copyOf(t.school.supervisorIds()) : List.of(t.id())));
                swaps.putIfAbsent(own.school, List.of(t.id()));
                Map<String, IdorCrawler.Attempt> all = merged.computeIfAbsent(x, u -> new LinkedHashMap<>());
                IdorCrawler.attempts(t, targetCrawls, own, ownIds, swaps).forEach((key, a) -> all.merge(key, a,
                        IdorCrawler.Attempt::and));
            }
        }
        Map<PortalUser, List<IdorCrawler.Attempt>> out = new LinkedHashMap<>();
        merged.forEach((x, m) -> out.put(x, List.copyOf(m.values())));
        return out;
    }
}
