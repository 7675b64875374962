package vn.edu.caitien.monitoring.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionResult;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.CriterionEvidence;
import vn.edu.caitien.monitoring.api.CriterionResult;
import vn.edu.caitien.monitoring.api.CriterionRollUp;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceKind;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.FileType;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.InspectionDraft;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.MonitoringStateException;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.PlanDashboard;
import vn.edu.caitien.monitoring.api.Problem;
import vn.edu.caitien.monitoring.api.ProgressEntry;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.monitoring.api.RollUp;
import vn.edu.caitien.monitoring.api.SchoolRollUp;
import vn.edu.caitien.monitoring.api.SourceBudget;
import vn.edu.caitien.monitoring.api.TeamRole;
import vn.edu.caitien.monitoring.api.YearClose;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * An in-memory monitoring and evidence service for the panel tests, following the API's contract: not visible →
 * not found, visible without permission → access denied, bad input → every problem and nothing stored. Two schools,
 * one plan each for the current school year; the teacher leads two actions of the THCS plan.
 */
final class FakeMonitoring implements MonitoringService, EvidenceService {

    static final School THCS = new School("thcs-an-binh", "Trường THCS An Bình", Set.of(SchoolLevel.THCS), "THCSAB",
            "UBND PHƯỜNG AN BÌNH", List.of("ubnd-an-binh"));
    static final School TH = new School("th-hoa-sen", "Trường Tiểu học Hoa Sen", Set.of(SchoolLevel.TH), "THHS",
            "UBND PHƯỜNG AN BÌNH", List.of("ubnd-an-binh"));
    static final String BODY = "ubnd-an-binh";

    static final PortalUser PRINCIPAL = user("ht-ab", "Lê Văn Hòa", Membership.school(THCS.id(), PortalRole.PRINCIPAL));
    static final PortalUser TEACHER = user("gv-ab", "Phạm Minh Châu", Membership.school(THCS.id(), PortalRole.TEACHER));
    static final PortalUser MONITOR = user("gs-ab", "Ngô Thị Lan", Membership.school(THCS.id(), PortalRole.MONITORING_TEAM));
    static final PortalUser OTHER_TEACHER = user("gv-hs", "Đỗ Thu Hà", Membership.school(TH.id(), PortalRole.TEACHER));
    static final PortalUser SUPERVISOR = user("cb-ab", "Vũ Quốc Huy", Membership.body(BODY, PortalRole.SUPERVISOR));

    static final long MAX_FILE = 64 * 1024;

    private static final Map<String, Set<PortalRole>> GRANTS = Map.of(
            VIEW, EnumSet.of(PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL, PortalRole.MONITORING_TEAM,
                    PortalRole.TEACHER, PortalRole.STAFF, PortalRole.SUPERVISOR),
            UPDATE, EnumSet.of(PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL, PortalRole.MONITORING_TEAM,
                    PortalRole.TEACHER, PortalRole.STAFF),
            REVIEW, EnumSet.of(PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL, PortalRole.MONITORING_TEAM),
            INSPECT, EnumSet.of(PortalRole.SUPERVISOR),
            CLOSE, EnumSet.of(PortalRole.PRINCIPAL));

    /** An action of a plan as the plan module describes it. */
    record Action(long planId, String key, String criterion, String description, String leadText, String leadUserId,
                  LocalDate start, LocalDate end, Long planned, Set<FundingSource> sources, boolean followUp) {
    }

    /** A plan: school and period. */
    record Plan(long id, School school, PlanPeriod period) {
    }

    final LocalDate today = LocalDate.now();
    final int year = DueRules.schoolYearStart(today);
    final Map<Long, Plan> plans = new LinkedHashMap<>();
    final List<Action> actions = new ArrayList<>();
    final List<ProgressEntry> entries = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();
    final List<Inspection> inspections = new ArrayList<>();
    final List<YearClose> closes = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);

    FakeMonitoring() {
        PlanPeriod period = PlanPeriod.schoolYear(year);
        plans.put(1L, new Plan(1, THCS, period));
        plans.put(2L, new Plan(2, TH, period));
        LocalDate start = period.firstDay().plusMonths(1);
        actions.add(new Action(1, "a1", "1.4", "Nâng cao hiệu quả sinh hoạt tổ chuyên môn", "Phó hiệu trưởng", "",
                start, today.minusDays(10), 2_000_000L, Set.of(FundingSource.STATE_BUDGET), false));
        actions.add(new Action(1, "a2", "2.3", "Bồi dưỡng giáo viên dạy Tin học", "Phạm Minh Châu", TEACHER.id(),
                start, today.plusDays(5), 1_500_000L, Set.of(FundingSource.STATE_BUDGET), false));
        actions.add(new Action(1, "a3", "3.1", "Trang bị thêm thảm, bộ vận động liên hoàn", "Phạm Minh Châu",
                TEACHER.id(), start, today.plusDays(120), 50_000_000L, Set.of(FundingSource.SPONSORSHIP), false));
        actions.add(new Action(1, "a4", "3.4", "Bơm nước đầy bồn chứa đầu giờ học", "Tổ văn phòng", "",
                start, today.plusDays(60), null, Set.of(), false));
        actions.add(new Action(2, "b1", "2.3", "Tập huấn giáo viên tiếng Anh", "Đỗ Thu Hà", OTHER_TEACHER.id(),
                start, today.minusDays(3), 3_000_000L, Set.of(FundingSource.SOCIALISATION), false));
        store(new ProgressEntry(ids.incrementAndGet(), 1, "a1", today.minusDays(20), ActionStatus.IN_PROGRESS, 40,
                500_000L, null, "", "Đã họp tổ lần 1", PRINCIPAL.id(), PRINCIPAL.displayName(), Instant.now()));
        store(new ProgressEntry(ids.incrementAndGet(), 1, "a4", today.minusDays(2), ActionStatus.DONE, 100, null,
                null, "", "", PRINCIPAL.id(), PRINCIPAL.displayName(), Instant.now()));
    }

    private static PortalUser user(String id, String name, Membership membership) {
        return new PortalUser(id, name, false, List.of(membership));
    }

    private void store(ProgressEntry e) {
        entries.add(e);
    }

    /** A plan service that answers {@code plans(user, schoolId, query)} only, as the panels use it. */
    PlanService planService() {
        return (PlanService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PlanService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("plans")) {
                        PortalUser user = (PortalUser) args[0];
                        String schoolId = (String) args[1];
                        if (!visible(user, schoolId)) {
                            return List.of();
                        }
                        return plans.values().stream().filter(p -> p.school().id().equals(schoolId))
                                .map(p -> new PlanSummary(p.id(), schoolId, "Kế hoạch cải tiến chất lượng", p.period(),
                                        PlanStatus.PUBLISHED, 1, 1, 12, "KH-" + p.school().documentSymbol(),
                                        p.period().firstDay(), 4, "Lê Văn Hòa", Instant.now()))
                                .toList();
                    }
                    if (method.getName().equals("toString")) {
                        return "FakePlanService";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    // ---- permissions ----

    static boolean visible(PortalUser user, String schoolId) {
        return granted(user, VIEW, schoolId);
    }

    static boolean granted(PortalUser user, String permission, String schoolId) {
        School school = schoolId.equals(THCS.id()) ? THCS : schoolId.equals(TH.id()) ? TH : null;
        if (school == null) {
            return false;
        }
        for (Membership m : user.memberships()) {
            boolean here = m.isBody() ? school.isSupervisedBy(m.orgId()) : m.orgId().equals(schoolId);
            if (here && m.roles().stream().anyMatch(GRANTS.get(permission)::contains)) {
                return true;
            }
        }
        return false;
    }

    /** @return the permissions the user holds for the school, for the PortalContext */
    static Set<String> permissions(PortalUser user, String schoolId) {
        return GRANTS.keySet().stream().filter(k -> granted(user, k, schoolId)).collect(Collectors.toSet());
    }

    private Plan plan(PortalUser user, long planId) {
        Plan p = plans.get(planId);
        if (p == null || !visible(user, p.school().id())) {
            throw new PlanNotFoundException(planId);
        }
        return p;
    }

    private Plan plan(PortalUser user, long planId, String permission) {
        Plan p = plan(user, planId);
        if (!granted(user, permission, p.school().id())) {
            throw new AccessDeniedException(permission, user.id());
        }
        return p;
    }

    private Action action(long planId, String key) {
        return actions.stream().filter(a -> a.planId() == planId && a.key().equals(key)).findFirst()
                .orElseThrow(() -> new MonitoringNotFoundException("action", key));
    }

    private boolean closed(long planId, int schoolYear) {
        return closes.stream().anyMatch(c -> c.planId() == planId && c.schoolYearStart() == schoolYear);
    }

    // ---- progress ----

    @Override
    public ProgressEntry update(PortalUser user, ProgressUpdate u) {
        Plan p = plan(user, u.planId(), UPDATE);
        Action a = action(u.planId(), u.actionKey());
        if (!canUpdate(user, u.planId(), u.actionKey())) {
            throw new AccessDeniedException(UPDATE, "not the lead");
        }
        List<Problem> problems = new ArrayList<>();
        if (u.status() == null) {
            problems.add(Problem.of("status", MonitoringValidationException.REQUIRED));
        }
        if (u.percent() != null && (u.percent() < 0 || u.percent() > 100)) {
            problems.add(Problem.of("percent", MonitoringValidationException.PERCENT_RANGE, u.percent()));
        }
        if (u.spent() != null && u.spent() < 0) {
            problems.add(Problem.of("spent", MonitoringValidationException.NEGATIVE_AMOUNT, u.spent()));
        }
        LocalDate asOf = u.asOf() == null ? today : u.asOf();
        if (asOf.isAfter(today)) {
            problems.add(Problem.of("asOf", MonitoringValidationException.FUTURE_DATE, Formats.date(asOf)));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        if (closed(p.id(), DueRules.schoolYearStart(asOf))) {
            throw new MonitoringStateException(MonitoringStateException.YEAR_CLOSED,
                    DueRules.schoolYearLabel(DueRules.schoolYearStart(asOf)));
        }
        int percent = u.percent() == null ? (u.status() == ActionStatus.DONE ? 100 : 0) : u.percent();
        ProgressEntry e = new ProgressEntry(ids.incrementAndGet(), p.id(), a.key(), asOf, u.status(), percent,
                u.spent(), u.degree(), u.degreeNote(), u.comment(), user.id(), user.displayName(), Instant.now());
        store(e);
        return e;
    }

    @Override
    public boolean canUpdate(PortalUser user, long planId, String actionKey) {
        Plan p = plans.get(planId);
        if (p == null || !granted(user, UPDATE, p.school().id())) {
            return false;
        }
        Set<PortalRole> roles = user.rolesIn(p.school().id());
        return roles.contains(PortalRole.PRINCIPAL) || roles.contains(PortalRole.VICE_PRINCIPAL)
                || actions.stream().anyMatch(a -> a.planId() == planId && a.key().equals(actionKey)
                        && a.leadUserId().equals(user.id()));
    }

    ActionProgress state(Action a) {
        Optional<ProgressEntry> last = entries.stream().filter(e -> e.planId() == a.planId() && e.actionKey().equals(a.key()))
                .max(Comparator.comparing(ProgressEntry::asOf).thenComparing(ProgressEntry::id));
        ActionStatus status = last.map(ProgressEntry::status).orElse(ActionStatus.NOT_STARTED);
        LocalDate due = DueRules.dueDate(a.end(), false, plans.get(a.planId()).period());
        int count = (int) entries.stream().filter(e -> e.planId() == a.planId() && e.actionKey().equals(a.key())).count();
        int standard = Integer.parseInt(a.criterion().substring(0, a.criterion().indexOf('.')));
        return new ActionProgress(a.planId(), plans.get(a.planId()).school().id(), a.key(), a.criterion(), standard,
                a.description(), a.leadText(), a.leadUserId(), a.start(), a.end(), false, due, a.planned(),
                a.sources(), status, last.map(ProgressEntry::percent).orElse(0), last.map(ProgressEntry::spent).orElse(null),
                last.map(ProgressEntry::degree).orElse(null), last.map(ProgressEntry::asOf).orElse(null), count,
                DueRules.dueState(status, due, today, DueRules.DEFAULT_DUE_SOON_DAYS), a.followUp());
    }

    @Override
    public List<ActionProgress> progress(PortalUser user, long planId) {
        plan(user, planId, VIEW);
        return actions.stream().filter(a -> a.planId() == planId).map(this::state).toList();
    }

    @Override
    public List<ActionProgress> progressAt(PortalUser user, long planId, LocalDate date) {
        return progress(user, planId);
    }

    @Override
    public List<ProgressEntry> history(PortalUser user, long planId, String actionKey) {
        plan(user, planId, VIEW);
        action(planId, actionKey);
        return entries.stream().filter(e -> e.planId() == planId && e.actionKey().equals(actionKey)).toList();
    }

    @Override
    public List<ActionProgress> myActions(PortalUser user, String schoolId) {
        if (!visible(user, schoolId)) {
            return List.of();
        }
        return plans.values().stream().filter(p -> p.school().id().equals(schoolId))
                .flatMap(p -> actions.stream().filter(a -> a.planId() == p.id() && a.leadUserId().equals(user.id())))
                .map(this::state).sorted(Comparator.comparing(ActionProgress::dueDate)).toList();
    }

    // ---- reviews ----

    final Map<String, Set<ReviewPeriod>> periods = new java.util.HashMap<>();

    @Override
    public Set<ReviewPeriod> reviewPeriods(PortalUser user, String schoolId) {
        return periods.getOrDefault(schoolId, EnumSet.of(ReviewPeriod.SEMESTER_1, ReviewPeriod.YEAR_END));
    }

    @Override
    public Set<ReviewPeriod> setReviewPeriods(PortalUser user, String schoolId, Set<ReviewPeriod> chosen) {
        if (!visible(user, schoolId)) {
            throw new MonitoringNotFoundException("school", schoolId);
        }
        if (!granted(user, REVIEW, schoolId)) {
            throw new AccessDeniedException(REVIEW, user.id());
        }
        if (!chosen.containsAll(EnumSet.of(ReviewPeriod.SEMESTER_1, ReviewPeriod.YEAR_END))) {
            throw new MonitoringValidationException(Problem.of("periods", MonitoringValidationException.REVIEW_PERIODS));
        }
        periods.put(schoolId, EnumSet.copyOf(chosen));
        return chosen;
    }

    @Override
    public Review recordReview(PortalUser user, ReviewDraft d) {
        Plan p = plan(user, d.planId(), REVIEW);
        List<Problem> problems = new ArrayList<>();
        if (d.period() == null) {
            problems.add(Problem.of("period", MonitoringValidationException.REQUIRED));
        }
        if (d.date() == null) {
            problems.add(Problem.of("date", MonitoringValidationException.REQUIRED));
        } else if (d.date().isAfter(today)) {
            problems.add(Problem.of("date", MonitoringValidationException.FUTURE_DATE, Formats.date(d.date())));
        }
        if (d.content().isBlank()) {
            problems.add(Problem.of("content", MonitoringValidationException.REQUIRED));
        }
        if (d.results().isBlank()) {
            problems.add(Problem.of("results", MonitoringValidationException.REQUIRED));
        }
        if (d.reviewers().isEmpty()) {
            problems.add(Problem.of("reviewers", MonitoringValidationException.REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        if (reviews.stream().anyMatch(r -> r.planId() == p.id() && r.period() == d.period()
                && r.schoolYearStart() == d.schoolYearStart())) {
            throw new MonitoringStateException(MonitoringStateException.REVIEW_EXISTS, d.period().name());
        }
        List<Adjustment> adjustments = d.adjustments().stream()
                .map(a -> a.followUp() == null ? a : new Adjustment(a.text(), a.actionKey(), a.followUp(),
                        addFollowUp(p, a.followUp())))
                .toList();
        Review r = new Review(ids.incrementAndGet(), p.id(), p.school().id(), d.period(), d.month(),
                d.schoolYearStart(), d.date(), d.content(), d.results(), adjustments, d.reviewers(),
                d.recommendations(), user.displayName(), Instant.now());
        reviews.add(r);
        return r;
    }

    private String addFollowUp(Plan p, FollowUp f) {
        String key = "fu" + ids.incrementAndGet();
        actions.add(new Action(p.id(), key, f.criterionCode().isBlank() ? "1.1" : f.criterionCode(), f.description(),
                f.leadText(), f.leadUserId(), today, null, null, Set.of(), true));
        return key;
    }

    @Override
    public List<Review> reviews(PortalUser user, long planId) {
        plan(user, planId, VIEW);
        return reviews.stream().filter(r -> r.planId() == planId).toList();
    }

    @Override
    public Optional<Review> review(PortalUser user, long reviewId) {
        return reviews.stream().filter(r -> r.id() == reviewId && visible(user, r.schoolId())).findFirst();
    }

    // ---- inspections ----

    @Override
    public Inspection recordInspection(PortalUser user, InspectionDraft d) {
        Plan p = plan(user, d.planId(), INSPECT);
        if (!user.bodyIds().contains(d.bodyId()) || !p.school().isSupervisedBy(d.bodyId())) {
            throw new AccessDeniedException(INSPECT, "not a member of a supervising body");
        }
        List<Problem> problems = new ArrayList<>();
        if (d.startsAt() == null) {
            problems.add(Problem.of("startsAt", MonitoringValidationException.REQUIRED));
        }
        if (d.team().stream().filter(m -> m.role() == TeamRole.LEADER).count() != 1) {
            problems.add(Problem.of("team", MonitoringValidationException.ONE_LEADER));
        }
        if (d.comments().isBlank()) {
            problems.add(Problem.of("comments", MonitoringValidationException.REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        List<Finding> findings = d.findings().stream().map(f -> f.followUp() == null ? f
                : new Finding(f.actionKey(), f.criterionCode(), f.text(), true, f.followUp(), addFollowUp(p, f.followUp())))
                .toList();
        Inspection i = new Inspection(ids.incrementAndGet(), p.id(), p.school().id(), d.bodyId(),
                "UBND PHƯỜNG AN BÌNH", d.startsAt(), d.team(), d.participants(), d.basis(), findings, d.comments(),
                d.conclusion(), d.signatures(), user.displayName(), Instant.now());
        inspections.add(i);
        return i;
    }

    @Override
    public List<Inspection> inspections(PortalUser user, String schoolId) {
        if (!visible(user, schoolId)) {
            return List.of();
        }
        return inspections.stream().filter(i -> i.schoolId().equals(schoolId)).toList();
    }

    @Override
    public Optional<Inspection> inspection(PortalUser user, long inspectionId) {
        return inspections.stream().filter(i -> i.id() == inspectionId && visible(user, i.schoolId())).findFirst();
    }

    // ---- year close ----

    @Override
    public YearClose closeYear(PortalUser user, long planId, int schoolYearStart) {
        Plan p = plan(user, planId, CLOSE);
        if (schoolYearStart < p.period().startYear() || schoolYearStart >= p.period().endYear()) {
            throw new MonitoringValidationException(Problem.of("", MonitoringValidationException.YEAR_OUTSIDE_PLAN,
                    DueRules.schoolYearLabel(schoolYearStart)));
        }
        if (closed(planId, schoolYearStart)) {
            throw new MonitoringStateException(MonitoringStateException.ALREADY_CLOSED,
                    DueRules.schoolYearLabel(schoolYearStart));
        }
        List<ActionProgress> states = progress(user, planId);
        YearClose c = new YearClose(planId, p.school().id(), schoolYearStart, 1, states.stream()
                .map(a -> new ActionResult(a.actionKey(), a.criterionCode(), a.description(), a.status(), a.percent(),
                        a.planned(), a.spent(), a.status() == ActionStatus.DONE)).toList(),
                byCriterion(states), totals(states), user.displayName(), Instant.now());
        closes.add(c);
        return c;
    }

    @Override
    public List<YearClose> yearCloses(PortalUser user, long planId) {
        plan(user, planId, VIEW);
        return closes.stream().filter(c -> c.planId() == planId).toList();
    }

    // ---- dashboards ----

    static ProgressTotals totals(List<ActionProgress> list) {
        int done = 0;
        int cancelled = 0;
        int inProgress = 0;
        int overdue = 0;
        int soon = 0;
        int sum = 0;
        int counted = 0;
        long planned = 0;
        long spent = 0;
        for (ActionProgress a : list) {
            switch (a.status()) {
                case DONE -> done++;
                case CANCELLED -> cancelled++;
                case IN_PROGRESS, LATE, PAUSED -> inProgress++;
                default -> { }
            }
            overdue += a.dueState() == DueState.OVERDUE ? 1 : 0;
            soon += a.dueState() == DueState.DUE_SOON ? 1 : 0;
            if (a.status() != ActionStatus.CANCELLED) {
                sum += a.percent();
                counted++;
            }
            planned += a.planned() == null ? 0 : a.planned();
            spent += a.spent() == null ? 0 : a.spent();
        }
        return new ProgressTotals(list.size(), done, cancelled, inProgress, overdue, soon,
                counted == 0 ? 0 : Math.round((float) sum / counted), planned, spent);
    }

    private static List<CriterionResult> byCriterion(List<ActionProgress> states) {
        Map<String, List<ActionProgress>> by = new TreeMap<>();
        states.forEach(a -> by.computeIfAbsent(a.criterionCode(), k -> new ArrayList<>()).add(a));
        return by.entrySet().stream().map(e -> new CriterionResult(e.getKey(), e.getValue().get(0).standardNo(),
                totals(e.getValue()))).toList();
    }

    @Override
    public PlanDashboard dashboard(PortalUser user, long planId) {
        Plan p = plan(user, planId, VIEW);
        List<ActionProgress> states = progress(user, planId);
        Map<Integer, List<ActionProgress>> byStandard = new TreeMap<>();
        states.forEach(a -> byStandard.computeIfAbsent(a.standardNo(), k -> new ArrayList<>()).add(a));
        List<CriterionResult> standards = byStandard.entrySet().stream()
                .map(e -> new CriterionResult(String.valueOf(e.getKey()), e.getKey(), totals(e.getValue()))).toList();
        Map<FundingSource, List<ActionProgress>> bySource = new TreeMap<>();
        List<ActionProgress> none = new ArrayList<>();
        states.forEach(a -> {
            if (a.sources().size() == 1) {
                bySource.computeIfAbsent(a.sources().iterator().next(), k -> new ArrayList<>()).add(a);
            } else {
                none.add(a);
            }
        });
        List<SourceBudget> budget = new ArrayList<>();
        bySource.forEach((s, l) -> budget.add(new SourceBudget(s, false, l.size(), totals(l).planned(), totals(l).spent())));
        if (!none.isEmpty()) {
            budget.add(new SourceBudget(null, false, none.size(), totals(none).planned(), totals(none).spent()));
        }
        return new PlanDashboard(planId, p.school().id(), 1, today, totals(states), standards, byCriterion(states),
                states.stream().filter(a -> a.dueState() == DueState.OVERDUE).toList(), budget, states,
                closes.stream().filter(c -> c.planId() == planId).map(YearClose::schoolYearStart).toList());
    }

    @Override
    public RollUp rollUp(PortalUser user, String bodyId, int schoolYearStart) {
        if (!user.bodyIds().contains(bodyId)) {
            throw new MonitoringNotFoundException("school", bodyId);
        }
        List<SchoolRollUp> schools = new ArrayList<>();
        List<ActionProgress> all = new ArrayList<>();
        for (School s : List.of(TH, THCS)) {
            if (!s.isSupervisedBy(bodyId) || !visible(user, s.id())) {
                continue;
            }
            Plan p = plans.values().stream().filter(x -> x.school().equals(s)).findFirst().orElse(null);
            List<ActionProgress> states = p == null ? List.of() : progress(user, p.id());
            all.addAll(states);
            schools.add(new SchoolRollUp(s.id(), s.name(), p == null ? null : p.id(), "PUBLISHED", totals(states),
                    p != null && closed(p.id(), schoolYearStart)));
        }
        schools.sort(Comparator.comparing(SchoolRollUp::schoolName, Formats.vietnamese()));
        Map<String, List<ActionProgress>> by = new TreeMap<>();
        all.forEach(a -> by.computeIfAbsent(a.criterionCode(), k -> new ArrayList<>()).add(a));
        List<CriterionRollUp> criteria = by.entrySet().stream().map(e -> {
            List<ActionProgress> l = e.getValue();
            Set<String> schoolsOn = l.stream().map(ActionProgress::schoolId).collect(Collectors.toSet());
            Set<String> behind = l.stream().filter(FakeMonitoring::behind).map(ActionProgress::schoolId)
                    .collect(Collectors.toSet());
            return new CriterionRollUp(e.getKey(), l.get(0).standardNo(), schoolsOn.size(), behind.size(), l.size(),
                    (int) l.stream().filter(a -> a.dueState() == DueState.OVERDUE).count(),
                    (int) l.stream().filter(a -> a.status() == ActionStatus.DONE).count());
        }).toList();
        return new RollUp(bodyId, schoolYearStart, today, totals(all), schools, criteria);
    }

    private static boolean behind(ActionProgress a) {
        return a.dueState() == DueState.OVERDUE || a.status() == ActionStatus.LATE;
    }

    @Override
    public List<ActionProgress> behind(PortalUser user, String bodyId, int schoolYearStart, String criterionCode) {
        if (!user.bodyIds().contains(bodyId)) {
            throw new MonitoringNotFoundException("school", bodyId);
        }
        return plans.values().stream().filter(p -> p.school().isSupervisedBy(bodyId) && visible(user, p.school().id()))
                .flatMap(p -> progress(user, p.id()).stream())
                .filter(a -> a.criterionCode().equals(criterionCode) && behind(a)).toList();
    }

    // ---- evidence ----

    @Override
    public Evidence addFile(PortalUser user, EvidenceDraft draft, String fileName, InputStream content) {
        Plan p = checkEvidence(user, draft);
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_FILE + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>(draftProblems(draft));
        FileType type = null;
        if (bytes.length > MAX_FILE) {
            problems.add(Problem.of("file", MonitoringValidationException.FILE_TOO_LARGE, MAX_FILE / 1024 / 1024.0));
        } else if (bytes.length == 0) {
            problems.add(Problem.of("file", MonitoringValidationException.FILE_EMPTY));
        } else {
            type = new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1).equals("%PDF-")
                    ? FileType.PDF : null;
            String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase() : "";
            if (type == null) {
                problems.add(Problem.of("file", MonitoringValidationException.FILE_TYPE, fileName));
            } else if (!type.extensions().contains(ext)) {
                problems.add(Problem.of("file", MonitoringValidationException.FILE_MISMATCH, fileName, type.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        return store(user, p, draft, EvidenceKind.FILE, fileName, type, bytes.length);
    }

    @Override
    public Evidence addReference(PortalUser user, EvidenceDraft draft) {
        Plan p = checkEvidence(user, draft);
        List<Problem> problems = new ArrayList<>(draftProblems(draft));
        if (draft.reference().isBlank()) {
            problems.add(Problem.of("reference", MonitoringValidationException.REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        return store(user, p, draft, EvidenceKind.REFERENCE, "", null, 0);
    }

    private Plan checkEvidence(PortalUser user, EvidenceDraft draft) {
        Plan p = plan(user, draft.link().planId(), UPDATE);
        if (!draft.link().actionKey().isEmpty() && !canUpdate(user, p.id(), draft.link().actionKey())) {
            throw new AccessDeniedException(UPDATE, "not the lead");
        }
        return p;
    }

    private static List<Problem> draftProblems(EvidenceDraft draft) {
        return draft.title().isBlank() ? List.of(Problem.of("title", MonitoringValidationException.REQUIRED)) : List.of();
    }

    private Evidence store(PortalUser user, Plan p, EvidenceDraft draft, EvidenceKind kind, String fileName,
                           FileType type, long size) {
        String criterion = draft.link().criterionCode().isEmpty()
                ? action(p.id(), draft.link().actionKey()).criterion() : draft.link().criterionCode();
        long n = evidence.stream().filter(e -> e.schoolId().equals(p.school().id())).count() + 1;
        String code = String.format("[H%s-%s-%02d]", criterion.substring(0, 1), criterion, n);
        Evidence e = new Evidence(ids.incrementAndGet(), p.school().id(), code, kind, draft.title(), draft.reference(),
                draft.issuedOn(), draft.issuer(), fileName, type, size, "",
                List.of(new EvidenceLink(p.id(), draft.link().actionKey(), criterion)), user.displayName(), Instant.now());
        evidence.add(e);
        return e;
    }

    @Override
    public Evidence link(PortalUser user, long evidenceId, EvidenceLink link) {
        Evidence e = evidence(user, evidenceId).orElseThrow(() -> new MonitoringNotFoundException("evidence", evidenceId));
        Plan p = plan(user, link.planId(), UPDATE);
        if (!p.school().id().equals(e.schoolId())) {
            throw new MonitoringNotFoundException("evidence", evidenceId);
        }
        String criterion = link.criterionCode().isEmpty() ? action(p.id(), link.actionKey()).criterion()
                : link.criterionCode();
        List<EvidenceLink> links = new ArrayList<>(e.links());
        links.add(new EvidenceLink(link.planId(), link.actionKey(), criterion));
        Evidence linked = new Evidence(e.id(), e.schoolId(), e.code(), e.kind(), e.title(), e.reference(), e.issuedOn(),
                e.issuer(), e.fileName(), e.fileType(), e.size(), e.sha256(), links, e.createdBy(), e.createdAt());
        evidence.set(evidence.indexOf(e), linked);
        return linked;
    }

    @Override
    public Optional<Evidence> evidence(PortalUser user, long evidenceId) {
        return evidence.stream().filter(e -> e.id() == evidenceId && visible(user, e.schoolId())).findFirst();
    }

    @Override
    public List<Evidence> evidenceOfPlan(PortalUser user, long planId) {
        plan(user, planId, VIEW);
        return evidence.stream().filter(e -> e.links().stream().anyMatch(l -> l.planId() == planId)).toList();
    }

    @Override
    public List<Evidence> evidenceOfSchool(PortalUser user, String schoolId) {
        return evidence.stream().filter(e -> e.schoolId().equals(schoolId) && visible(user, schoolId)).toList();
    }

    @Override
    public List<CriterionEvidence> byCriterion(PortalUser user, long planId) {
        List<ActionProgress> states = progress(user, planId);
        Map<String, List<ActionProgress>> by = new TreeMap<>();
        states.forEach(a -> by.computeIfAbsent(a.criterionCode(), k -> new ArrayList<>()).add(a));
        return by.entrySet().stream().map(e -> new CriterionEvidence(e.getKey(), e.getValue().get(0).standardNo(),
                e.getValue().size(), evidence.stream().filter(ev -> ev.links().stream()
                        .anyMatch(l -> l.planId() == planId && l.criterionCode().equals(e.getKey()))).toList()))
                .toList();
    }

    @Override
    public void copyContent(PortalUser user, long evidenceId, OutputStream out) {
        throw new MonitoringNotFoundException("evidence", evidenceId);
    }

    @Override
    public long maxFileBytes() {
        return MAX_FILE;
    }

    /** @return the bytes of a tiny PDF */
    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
