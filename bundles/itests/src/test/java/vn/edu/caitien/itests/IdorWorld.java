package vn.edu.caitien.itests;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.ImplementationDegree;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.InspectionDraft;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.Participant;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.monitoring.api.TeamMember;
import vn.edu.caitien.monitoring.api.TeamRole;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;

/**
 * The fixture of the IDOR suite: the demo users as the host knows them, and the two target schools with objects
 * created by their owners through the services, each carrying the school's marker text (and a draft marker in what
 * supervising bodies must not see yet).
 */
final class IdorWorld {

    static final String KB = "thcs-kinhbac";
    static final String VN = "thcs-vuninh";

    /** The demo logins the suite uses. */
    static final List<String> LOGINS = List.of("so", "phuong", "phuong.vn", "hieutruong", "phohieutruong", "giaovien",
            "giamsat", "hieutruong.th", "hieutruong.vn", "giaovien.vn");

    /**
     * Who owns a school's objects in the fixture and who must not reach them.
     *
     * @param lead     a user who leads an action of the current plan (reports progress and adds evidence)
     * @param reviewer a user of the monitoring team (or the principal) who records the review
     * @param ward     the officer of the ward that supervises the school (inspects, comments)
     */
    record Spec(String schoolId, String marker, String draftMarker, String owner, String lead, String reviewer,
                String ward, List<String> intruders, List<String> viewers) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec(KB, "IDOR-THCSKB-4M", "IDOR-THCSKB-NHAP-2R", "hieutruong", "giaovien", "giamsat", "phuong",
                    List.of("hieutruong.vn", "giaovien.vn", "phuong.vn", "hieutruong.th"),
                    List.of("hieutruong", "phuong", "so")),
            new Spec(VN, "IDOR-THCSVN-7Q", "IDOR-THCSVN-NHAP-5T", "hieutruong.vn", "hieutruong.vn", "hieutruong.vn",
                    "phuong.vn", List.of("hieutruong", "giaovien", "phuong", "hieutruong.th"),
                    List.of("hieutruong.vn", "phuong.vn", "so")));

    /** A school whose objects the suite tries to reach, with everything known about them. */
    static final class Target {
        final Spec spec;
        final School school;
        final PortalUser owner;
        final List<PortalUser> intruders = new ArrayList<>();
        final List<PortalUser> viewers = new ArrayList<>();
        /** The owner's view of every plan of the school, by id. */
        final Map<Long, PlanDocument> plans = new LinkedHashMap<>();
        final List<Long> evidenceIds = new ArrayList<>();
        final List<Long> inspectionIds = new ArrayList<>();
        final List<Long> reviewIds = new ArrayList<>();
        /** The drafts the fixture passed to the services (templates of valid input for the attacks). */
        final List<Object> drafts = new ArrayList<>();
        /** The plan under way, carrying the marker in its published revision and the draft marker in its draft. */
        long currentPlanId;
        /** A plan that was never published (a new period's draft). */
        long draftPlanId;
        /** A file evidence whose content carries the marker. */
        long fileEvidenceId;
        long inspectionId;

        Target(Spec spec, School school, PortalUser owner) {
            this.spec = spec;
            this.school = school;
            this.owner = owner;
        }

        String id() {
            return school.id();
        }

        /** @return every id of the school's objects that is a number (plans, evidence, inspections, reviews) */
        Set<Long> numericIds() {
            Set<Long> ids = new LinkedHashSet<>(plans.keySet());
            ids.addAll(evidenceIds);
            ids.addAll(inspectionIds);
            ids.addAll(reviewIds);
            return ids;
        }

        /** @return the keys of every action of every plan of the school */
        Set<String> actionKeys() {
            Set<String> keys = new LinkedHashSet<>();
            plans.values().forEach(p -> p.actions().forEach(a -> keys.add(a.getKey())));
            return keys;
        }

        /**
         * Texts that only someone who reached the school's objects can know: the markers, the school's id, name and
         * document symbol, the keys of its plans' actions.
         */
        Set<String> secrets() {
            Set<String> s = new LinkedHashSet<>(List.of(spec.marker(), spec.draftMarker(), school.id(), school.name()));
            if (!school.documentSymbol().isBlank()) {
                s.add("KH-" + school.documentSymbol());
            }
            s.addAll(actionKeys());
            return s;
        }

        /** Texts that the supervising bodies must not see yet: the unpublished content. */
        Set<String> draftSecrets() {
            return Set.of(spec.draftMarker());
        }

        /** @return the markers (for pages) */
        Set<String> markers() {
            return Set.of(spec.marker(), spec.draftMarker());
        }

        /**
         * The contexts the argument generator fills parameters from, one per object of the school: a parameter
         * named like a key of the map takes its values.
         */
        List<Map<String, List<Object>>> contexts() {
            List<Map<String, List<Object>>> out = new ArrayList<>();
            Map<String, List<Object>> school = new LinkedHashMap<>();
            school.put("schoolid", List.of(id()));
            school.put("bodyid", List.copyOf(this.school.supervisorIds()));
            school.put("provinceid", List.copyOf(this.school.supervisorIds()));
            school.put("scope", List.copyOf(this.school.supervisorIds()));
            school.put("id", List.of(2025L, 2026L));
            school.put("schoolyearstart", List.of(2025, 2026));
            school.put("lead", List.of(spec.lead(), spec.owner()));
            out.add(school);
            for (PlanDocument p : plans.values()) {
                Map<String, List<Object>> c = new LinkedHashMap<>();
                c.put("planid", List.of(p.getId()));
                c.put("id", List.of(p.getId()));
                c.put("schoolid", List.of(id()));
                c.put("version", List.of(p.getVersion()));
                c.put("revision", p.getRevision() > 1 ? List.of(1, p.getRevision()) : List.of(1));
                c.put("fromrevision", List.of(1));
                c.put("torevision", List.of(p.getRevision()));
                c.put("actionkey", p.actions().stream().limit(3).map(a -> (Object) a.getKey()).toList());
                List<Object> codes = p.getRows().stream().limit(1).map(r -> (Object) r.getCriterionCode()).toList();
                c.put("criterioncode", codes);
                c.put("code", codes);
                c.put("bodyid", List.copyOf(this.school.supervisorIds()));
                c.put("regimeid", List.of(p.getRegimeId()));
                c.put("appendix", List.of(p.getAppendix()));
                c.put("schoolyearstart", List.of(p.getHeader().getPeriod().startYear()));
                c.put("scope", List.of("", Integer.toString(p.getHeader().getPeriod().startYear())));
                out.add(c);
            }
            for (long e : evidenceIds) {
                out.add(Map.of("evidenceid", List.of(e), "id", List.of(e), "schoolid", List.of(id())));
            }
            for (long i : inspectionIds) {
                out.add(Map.of("inspectionid", List.of(i), "id", List.of(i), "schoolid", List.of(id())));
            }
            for (long r : reviewIds) {
                out.add(Map.of("reviewid", List.of(r), "id", List.of(r), "schoolid", List.of(id())));
            }
            return out;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    final Map<String, PortalUser> users = new LinkedHashMap<>();
    final List<Target> targets = new ArrayList<>();

    /** The demo users, as the host's account service describes them (memberships and roles as stored). */
    static Map<String, PortalUser> users(BundleContext context) throws Exception {
        ServiceReference<?> ref = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ref == null) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(
                    "vn.edu.caitien.host.reference.AccountService", null);
            ref = refs == null || refs.length == 0 ? null : refs[0];
            if (ref == null) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no account service of the host");
                }
                Thread.sleep(100);
            }
        }
        Object accounts = context.getService(ref);
        Class<?> type = ref.getBundle().loadClass("vn.edu.caitien.host.reference.AccountService");
        Method user = type.getMethod("user", String.class);
        Map<String, PortalUser> out = new LinkedHashMap<>();
        for (String login : LOGINS) {
            Optional<?> found = (Optional<?>) user.invoke(accounts, login);
            out.put(login, (PortalUser) found.orElseThrow(() -> new AssertionError("no demo account " + login)));
        }
        return out;
    }

    /**
     * Waits for the demo plans (THCS Vũ Ninh's is created last), then plants the fixture of every target school.
     */
    static IdorWorld plant(BundleContext context, PlanService plans, MonitoringService monitoring,
                           EvidenceService evidence, SchoolDirectory directory, PermissionService permissions)
            throws Exception {
        IdorWorld world = new IdorWorld();
        world.users.putAll(users(context));
        PortalUser vnPrincipal = world.users.get("hieutruong.vn");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (plans.plans(vnPrincipal, VN, PlanQuery.ALL).stream()
                .noneMatch(p -> p.status() == PlanStatus.PUBLISHED)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo plan of THCS Vũ Ninh within 3 minutes");
            }
            Thread.sleep(200);
        }
        for (Spec spec : SPECS) {
            School school = directory.school(spec.schoolId()).orElseThrow();
            Target t = new Target(spec, school, world.users.get(spec.owner()));
            spec.intruders().forEach(u -> t.intruders.add(world.users.get(u)));
            spec.viewers().forEach(u -> t.viewers.add(world.users.get(u)));
            plantSchool(world, t, plans, monitoring, evidence);
            world.targets.add(t);
        }
        return world;
    }

    /** The day the fixture reports on: today, inside the demo's 2026-2027 school year. */
    static LocalDate asOf() {
        LocalDate today = LocalDate.now();
        LocalDate end = LocalDate.of(2027, 5, 31);
        if (today.isBefore(LocalDate.of(2026, 9, 6))) {
            throw new AssertionError("the demo plans are for 2026-2027: this suite needs a clock after 05/09/2026");
        }
        return today.isAfter(end) ? end : today;
    }

    private static void plantSchool(IdorWorld world, Target t, PlanService plans, MonitoringService monitoring,
                                    EvidenceService evidence) {
        Spec s = t.spec;
        PortalUser owner = t.owner;
        PortalUser lead = world.users.get(s.lead());
        PortalUser reviewer = world.users.get(s.reviewer());
        PortalUser ward = world.users.get(s.ward());
        String wardBody = ward.bodyIds().get(0);
        LocalDate asOf = asOf();
        String marker = s.marker();

        PlanSummary current = plans.plans(owner, t.id(), PlanQuery.ALL).stream()
                .filter(p -> p.period().startYear() == 2026 && p.status() == PlanStatus.PUBLISHED).findFirst()
                .orElseThrow(() -> new AssertionError("no published 2026-2027 demo plan of " + t.id()));
        long planId = current.id();
        t.currentPlanId = planId;

        // The marker in the published revision: title, purposes, an action.
        PlanDocument doc = plans.plan(owner, planId).orElseThrow();
        doc.getHeader().setTitle(doc.getHeader().getTitle() + " " + marker);
        List<String> purposes = new ArrayList<>(doc.getPurposes());
        purposes.add("Mục đích riêng của trường " + marker);
        doc.setPurposes(purposes);
        PlanAction first = doc.actions().get(0);
        first.setDescription(first.getDescription() + " (" + marker + ")");
        doc = plans.save(owner, doc);
        doc = plans.submit(owner, planId, doc.getVersion());
        doc = plans.approve(owner, planId, doc.getVersion());
        doc = plans.publish(owner, planId, doc.getVersion());

        PlanAction led = doc.actions().stream().filter(a -> s.lead().equals(a.getLeadUserId())).findFirst()
                .orElseThrow(() -> new AssertionError(s.lead() + " leads no action of plan " + planId));
        String criterion = doc.getRows().stream().filter(r -> r.getActions().stream()
                .anyMatch(a -> a.getKey().equals(led.getKey()))).map(PlanRow::getCriterionCode).findFirst()
                .orElseThrow();

        // Progress, a file and a reference as evidence, by the action's lead and the principal.
        ProgressUpdate progress = new ProgressUpdate(planId, led.getKey(), asOf, ActionStatus.IN_PROGRESS, 50,
                1_000_000L, ImplementationDegree.IN_PROGRESS, "", "Tiến độ " + marker);
        monitoring.update(lead, progress);
        t.drafts.add(progress);
        byte[] pdf = ("%PDF-1.4\n% " + marker + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        EvidenceDraft fileDraft = new EvidenceDraft(new EvidenceLink(planId, led.getKey(), criterion),
                "Biên bản " + marker, 3, "", asOf, t.school.name());
        t.fileEvidenceId = evidence.addFile(lead, fileDraft, "bien-ban.pdf", new ByteArrayInputStream(pdf)).id();
        EvidenceDraft reference = new EvidenceDraft(new EvidenceLink(planId, first.getKey(), ""),
                "Sổ theo dõi " + marker, 3, "Sổ số 5 " + marker, asOf, "Tổ văn phòng");
        evidence.addReference(owner, reference);
        t.drafts.addAll(List.of(fileDraft, reference, fileDraft.link()));

        // A review, an inspection by the ward with a finding, a comment of the ward.
        ReviewDraft review = new ReviewDraft(planId, ReviewPeriod.SEMESTER_1, null, 2026, asOf,
                "Rà soát " + marker, "Kết quả " + marker, List.of(), List.of(reviewer.displayName()),
                "Kiến nghị " + marker);
        monitoring.recordReview(reviewer, review);
        InspectionDraft inspectionDraft = new InspectionDraft(planId, wardBody,
                LocalDateTime.now().minusHours(2),
                List.of(new TeamMember(ward.displayName(), "Chuyên viên", wardBody, TeamRole.LEADER)),
                List.of(new Participant(owner.displayName(), "Hiệu trưởng")), "Kế hoạch " + marker,
                List.of(new Finding(first.getKey(), "", "Nhận xét " + marker, false, null, "")),
                "Ý kiến " + marker, "Kết luận " + marker, List.of(ward.displayName(), owner.displayName()));
        t.inspectionId = monitoring.recordInspection(ward, inspectionDraft).id();
        t.drafts.addAll(List.of(review, inspectionDraft));
        plans.comment(ward, planId, first.getKey(), "Góp ý " + marker);

        // What supervising bodies must not see: a new draft revision of the plan and a plan never published.
        PlanDocument draft = plans.plan(owner, planId).orElseThrow();
        draft.getHeader().setTitle(draft.getHeader().getTitle() + " " + s.draftMarker());
        draft.actions().get(0).setDescription(draft.actions().get(0).getDescription() + " " + s.draftMarker());
        plans.save(owner, draft);
        t.draftPlanId = plans.create(owner, t.id(), PlanPeriod.schoolYear(2027), "Kế hoạch nháp " + s.draftMarker())
                .getId();

        refresh(t, plans, monitoring, evidence);
    }

    /** Reads again, as the owner, every object of the school (after the fixture, or after a write changed them). */
    static void refresh(Target t, PlanService plans, MonitoringService monitoring, EvidenceService evidence) {
        t.plans.clear();
        t.evidenceIds.clear();
        t.inspectionIds.clear();
        t.reviewIds.clear();
        for (PlanSummary p : plans.plans(t.owner, t.id(), PlanQuery.ALL)) {
            t.plans.put(p.id(), plans.plan(t.owner, p.id()).orElseThrow());
            monitoring.reviews(t.owner, p.id()).stream().map(Review::id).forEach(t.reviewIds::add);
        }
        evidence.evidenceOfSchool(t.owner, t.id()).stream().map(Evidence::id).forEach(t.evidenceIds::add);
        monitoring.inspections(t.owner, t.id()).stream().map(Inspection::id).forEach(t.inspectionIds::add);
    }

    Target target(String schoolId) {
        return targets.stream().filter(t -> t.id().equals(schoolId)).findFirst().orElseThrow();
    }

    /** The numeric ids of everything the user may see (never put in as another school's). */
    static Set<Long> visibleIds(PortalUser u, PlanService plans, MonitoringService monitoring,
                                EvidenceService evidence, PermissionService permissions) {
        Set<Long> ids = new LinkedHashSet<>();
        for (School s : permissions.visibleSchools(u)) {
            try {
                for (PlanSummary p : plans.plans(u, s.id(), PlanQuery.ALL)) {
                    ids.add(p.id());
                    monitoring.reviews(u, p.id()).forEach(r -> ids.add(r.id()));
                }
                monitoring.inspections(u, s.id()).forEach(i -> ids.add(i.id()));
                evidence.evidenceOfSchool(u, s.id()).forEach(e -> ids.add(e.id()));
            } catch (RuntimeException e) {
                // a module the user holds no permission of there
            }
        }
        return ids;
    }
}
