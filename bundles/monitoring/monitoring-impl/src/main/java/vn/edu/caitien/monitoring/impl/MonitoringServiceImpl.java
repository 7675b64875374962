package vn.edu.caitien.monitoring.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionResult;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.CriterionResult;
import vn.edu.caitien.monitoring.api.CriterionRollUp;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.ImplementationDegree;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.InspectionDraft;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.MonitoringStateException;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.Participant;
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
import vn.edu.caitien.monitoring.api.TeamMember;
import vn.edu.caitien.monitoring.api.TeamRole;
import vn.edu.caitien.monitoring.api.YearClose;
import vn.edu.caitien.monitoring.impl.Guard.ActionInfo;
import vn.edu.caitien.monitoring.impl.db.MonitoringMapper;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.monitoring.impl.db.Rows.CloseActionRow;
import vn.edu.caitien.monitoring.impl.db.Rows.CloseRow;
import vn.edu.caitien.monitoring.impl.db.Rows.CriterionAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.InspectionRow;
import vn.edu.caitien.monitoring.impl.db.Rows.PlanStateRow;
import vn.edu.caitien.monitoring.impl.db.Rows.ProgressRow;
import vn.edu.caitien.monitoring.impl.db.Rows.ReviewRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SchoolAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.plan.api.ActionRef;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/** The monitoring service over the portal database. Applies the {@code monitoring} migrations on activation. */
@Component(service = MonitoringService.class)
@Designate(ocd = MonitoringServiceImpl.Config.class)
public final class MonitoringServiceImpl implements MonitoringService {

    /** Configuration (PID {@code vn.edu.caitien.monitoring.impl.MonitoringServiceImpl}). */
    @ObjectClassDefinition(name = "Cải Tiến monitoring")
    public @interface Config {
        /** @return how many days before its due date an action counts as due soon */
        @AttributeDefinition(name = "Due-soon window (days)", min = "0", max = "120")
        int due_soon_days() default DueRules.DEFAULT_DUE_SOON_DAYS;
    }

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringServiceImpl.class);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_TEXT = 4000;
    private static final String PLAN_EDIT = "plan.edit";
    private static final String PLAN_COMMENT = "plan.comment";

    private final MonitoringStore store;
    private final Guard guard;
    private final Clock clock;
    private final StateKeeper keeper;
    private volatile int dueSoonDays;

    /** Migrates the schema and builds the MyBatis factory. */
    @Activate
    public MonitoringServiceImpl(@Reference PortalDatabase database, @Reference SchemaMigrator migrator,
                                 @Reference PermissionService permissions, @Reference SchoolDirectory directory,
                                 @Reference PlanService plans, Config config) {
        this(open(database, migrator), plans, permissions, directory, Clock.systemDefaultZone(),
                config.due_soon_days());
    }

    MonitoringServiceImpl(MonitoringStore store, PlanService plans, PermissionService permissions,
                          SchoolDirectory directory, Clock clock, int dueSoonDays) {
        this.store = store;
        this.guard = new Guard(plans, permissions, directory);
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
        this.keeper = new StateKeeper(store, clock);
    }

    @Modified
    void modified(Config config) {
        dueSoonDays = config.due_soon_days();
        LOG.info("Due-soon window is now {} day(s)", dueSoonDays);
    }

    static MonitoringStore open(PortalDatabase database, SchemaMigrator migrator) {
        int version = migrator.migrate(MODULE_ID, MonitoringServiceImpl.class);
        LOG.debug("Monitoring schema at version {}", version);
        return new MonitoringStore(MyBatisFactory.create(database, MonitoringStore.MAPPERS, MonitoringStore.ALIASES));
    }

    MonitoringStore store() {
        return store;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------------------ progress

    @Override
    public ProgressEntry update(PortalUser user, ProgressUpdate u) {
        Objects.requireNonNull(u, "update");
        PlanDocument doc = guard.plan(user, u.planId());
        ActionInfo info = Guard.action(doc, u.actionKey());
        guard.requireUpdate(user, doc.getSchoolId(), info.action());
        LocalDate today = today();
        LocalDate asOf = u.asOf() == null ? today : u.asOf();
        PlanPeriod period = doc.getHeader().getPeriod();
        List<Problem> problems = new ArrayList<>();
        // Without a percent, DONE means 100 and another status keeps the latest report's percent: read in the write
        // transaction below, under the school's lock, so that a report committed meanwhile is the one kept.
        Integer percent = u.percent();
        if (u.status() == null) {
            problems.add(Problem.of("status", MonitoringValidationException.REQUIRED));
        } else if (percent == null && u.status() == ActionStatus.DONE) {
            percent = 100;
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            problems.add(Problem.of("percent", MonitoringValidationException.PERCENT_RANGE, percent));
        } else if (u.status() == ActionStatus.DONE && percent != null && percent != 100) {
            problems.add(Problem.of("percent", MonitoringValidationException.DONE_NOT_100, percent));
        }
        if (u.spent() != null && u.spent() < 0) {
            problems.add(Problem.of("spent", MonitoringValidationException.NEGATIVE_AMOUNT, u.spent()));
        }
        if (asOf.isAfter(today)) {
            problems.add(Problem.of("asOf", MonitoringValidationException.FUTURE_DATE, DMY.format(asOf)));
        } else if (period != null && asOf.isBefore(period.firstDay())) {
            problems.add(Problem.of("asOf", MonitoringValidationException.BEFORE_PERIOD, DMY.format(asOf),
                    DMY.format(period.firstDay())));
        }
        String comment = Guard.nfc(u.comment());
        String degreeNote = Guard.nfc(u.degreeNote());
        if (comment.length() > MAX_TEXT) {
            problems.add(Problem.of("comment", MonitoringValidationException.TOO_LONG, MAX_TEXT));
        }
        if (degreeNote.length() > 1000) {
            problems.add(Problem.of("degreeNote", MonitoringValidationException.TOO_LONG, 1000));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        refuseWhenClosed(doc.getId(), DueRules.schoolYearStart(asOf));
        ensureState(doc);
        int schoolNo = keeper.schoolNo(doc.getSchoolId());
        ProgressRow row = new ProgressRow();
        row.schoolId = doc.getSchoolId();
        row.planId = doc.getId();
        row.actionKey = info.key();
        row.asOf = Date.valueOf(asOf);
        row.status = u.status().name();
        Integer givenPercent = percent;
        row.spent = u.spent();
        row.degree = u.degree() == null ? null : u.degree().name();
        row.degreeNote = degreeNote;
        row.note = comment;
        row.authorId = user.id();
        row.authorName = user.displayName();
        row.recordedAt = Timestamp.from(clock.instant());
        store.write(m -> {
            m.lockSchool(schoolNo);
            if (givenPercent != null) {
                row.percentDone = givenPercent;
            } else {
                List<ProgressRow> before = m.history(row.planId, row.actionKey);
                row.percentDone = before.isEmpty() ? 0 : before.get(before.size() - 1).percentDone;
            }
            m.insertProgress(row);
            List<ProgressRow> all = m.history(row.planId, row.actionKey);
            ProgressRow latest = all.get(all.size() - 1);
            StateRow s = new StateRow();
            s.planId = row.planId;
            s.actionKey = row.actionKey;
            s.status(ActionStatus.valueOf(latest.status));
            s.percentDone = latest.percentDone;
            s.spent = latest.spent;
            s.degree = latest.degree;
            s.lastUpdate = latest.asOf;
            s.updates = all.size();
            int n = m.updateState(s);
            PlanStateRow ps = m.planState(row.planId);
            for (int year = ps == null ? 0 : ps.startYear; ps != null && year < ps.endYear; year++) {
                MonitoringStore.rebuildCells(m, schoolNo, year);
            }
            return n;
        });
        return entry(row);
    }

    private void refuseWhenClosed(long planId, int schoolYear) {
        for (CloseRow c : store.read(m -> m.closes(planId))) {
            if (c.lastYear || c.schoolYear >= schoolYear) {
                throw new MonitoringStateException(MonitoringStateException.YEAR_CLOSED,
                        DueRules.schoolYearLabel(c.schoolYear));
            }
        }
    }

    @Override
    public boolean canUpdate(PortalUser user, long planId, String actionKey) {
        try {
            PlanDocument doc = guard.plan(user, planId);
            ActionInfo info = Guard.action(doc, actionKey);
            guard.requireUpdate(user, doc.getSchoolId(), info.action());
            return store.read(m -> m.closes(planId)).stream().noneMatch(c -> c.lastYear
                    || c.schoolYear >= DueRules.schoolYearStart(today()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public List<ActionProgress> progress(PortalUser user, long planId) {
        PlanDocument doc = viewable(user, planId);
        List<ActionProgress> now = compute(doc, store.read(m -> m.historyUpTo(planId, Date.valueOf(today()))), today(),
                null);
        ensureState(doc);
        return now;
    }

    @Override
    public List<ActionProgress> progressAt(PortalUser user, long planId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        PlanDocument doc = viewable(user, planId);
        return compute(doc, store.read(m -> m.historyUpTo(planId, Date.valueOf(date))), date, null);
    }

    @Override
    public List<ProgressEntry> history(PortalUser user, long planId, String actionKey) {
        PlanDocument doc = viewable(user, planId);
        Guard.action(doc, actionKey);
        return store.read(m -> m.history(planId, actionKey)).stream().map(MonitoringServiceImpl::entry).toList();
    }

    @Override
    public List<ActionProgress> myActions(PortalUser user, String schoolId) {
        guard.requireVisibleSchool(user, schoolId);
        guard.require(user, VIEW, schoolId);
        LocalDate today = today();
        Set<Long> planIds = new java.util.LinkedHashSet<>();
        Set<String> keys = new HashSet<>();
        for (ActionRef ref : guard.plans.actionsByLead(user, schoolId, user.id())) {
            if (!ref.period().lastDay().isBefore(today) && user.id().equals(ref.leadUserId())) {
                planIds.add(ref.planId());
                keys.add(ref.planId() + "/" + ref.actionKey());
            }
        }
        List<ActionProgress> out = new ArrayList<>();
        for (long planId : planIds) {
            Optional<PlanDocument> doc = guard.plans.plan(user, planId);
            if (doc.isEmpty()) {
                continue;
            }
            ensureState(doc.get());
            compute(doc.get(), store.read(m -> m.historyUpTo(planId, Date.valueOf(today))), today, null).stream()
                    .filter(a -> keys.contains(a.planId() + "/" + a.actionKey())).forEach(out::add);
        }
        out.sort(Comparator.comparing(ActionProgress::dueDate).thenComparing(ActionProgress::planId));
        return out;
    }

    private PlanDocument viewable(PortalUser user, long planId) {
        PlanDocument doc = guard.plan(user, planId);
        guard.require(user, VIEW, doc.getSchoolId());
        return doc;
    }

    /** The state of every action of the plan on {@code day} from the history given (sorted), reports recorded before {@code recordedBefore} (null: all). */
    List<ActionProgress> compute(PlanDocument doc, List<ProgressRow> history, LocalDate day, Instant recordedBefore) {
        Map<String, List<ProgressRow>> byKey = new HashMap<>();
        for (ProgressRow r : history) {
            if (recordedBefore == null || r.recordedAt.toInstant().isBefore(recordedBefore)) {
                byKey.computeIfAbsent(r.actionKey, k -> new ArrayList<>()).add(r);
            }
        }
        Set<String> followUps = followUpKeys(doc);
        PlanPeriod period = doc.getHeader().getPeriod();
        List<ActionProgress> out = new ArrayList<>();
        for (ActionInfo info : Guard.actions(doc)) {
            List<ProgressRow> rows = byKey.getOrDefault(info.key(), List.of());
            ProgressRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            out.add(progress(doc, period, info, last, rows.size(), day, followUps.contains(info.key())));
        }
        return out;
    }

    private ActionProgress progress(PlanDocument doc, PlanPeriod period, ActionInfo info, ProgressRow last, int updates,
                                    LocalDate day, boolean followUp) {
        PlanAction a = info.action();
        LocalDate due = DueRules.dueDate(a.getEnd(), a.isOpenEnded(), period);
        ActionStatus status = last == null ? ActionStatus.NOT_STARTED : ActionStatus.valueOf(last.status);
        return new ActionProgress(doc.getId(), doc.getSchoolId(), a.getKey(), info.criterionCode(), info.standardNo(),
                a.getDescription(), a.getLeadText(), a.getLeadUserId(), a.getStart(), a.getEnd(), a.isOpenEnded(), due,
                a.getAmount(), a.getSources(), status, last == null ? 0 : last.percentDone,
                last == null ? null : last.spent,
                last == null || last.degree == null ? null : ImplementationDegree.valueOf(last.degree),
                last == null ? null : last.asOf.toLocalDate(), updates,
                DueRules.dueState(status, due, day, dueSoonDays), followUp);
    }

    /** @return the keys of the plan's actions added as the follow-up of a review or an inspection finding */
    private Set<String> followUpKeys(PlanDocument doc) {
        Set<String> keys = new HashSet<>();
        String prefix = doc.getId() + "/";
        store.read(m -> followUpKeys(m.reviewAdjustments(List.of(doc.getId())),
                m.inspectionFindings(List.of(doc.getId())))).forEach(k -> {
                    if (k.startsWith(prefix)) {
                        keys.add(k.substring(prefix.length()));
                    }
                });
        return keys;
    }

    /**
     * The follow-up marker, computed in one place for every page (plan progress, my actions, the drill-down) from the
     * reviews and inspections as read, never from a copy kept with the state rows (a copy taken while a review was
     * being recorded missed its follow-up: the plan change is committed, and seen, before the review is).
     *
     * @return "planId/actionKey" of every action added as a follow-up by these reviews and inspections
     */
    static Set<String> followUpKeys(List<ReviewRow> reviews, List<InspectionRow> inspections) {
        Set<String> keys = new HashSet<>();
        for (ReviewRow r : reviews) {
            adjustments(r.adjustments).stream().map(Adjustment::followUpActionKey).filter(k -> !k.isEmpty())
                    .forEach(k -> keys.add(r.planId + "/" + k));
        }
        for (InspectionRow i : inspections) {
            findings(i.findings).stream().map(Finding::followUpActionKey).filter(k -> !k.isEmpty())
                    .forEach(k -> keys.add(i.planId + "/" + k));
        }
        return keys;
    }

    /**
     * Brings the current-state rows up to the plan as read when it is newer than what they reflect (a plan changed
     * while this module was not running; the {@link PlanStateListener} keeps them current otherwise).
     */
    void ensureState(PlanDocument doc) {
        keeper.refresh(doc);
    }

    /** @return the school's number in the current-state table, given on first use */
    int schoolNo(String schoolId) {
        return keeper.schoolNo(schoolId);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    ActionProgress fromState(StateRow s, LocalDate day, boolean followUp) {
        ActionStatus status = s.status();
        Set<FundingSource> sources = s.sources == null || s.sources.isEmpty() ? Set.of()
                : Arrays.stream(s.sources.split(",")).map(FundingSource::valueOf).collect(Collectors.toSet());
        LocalDate due = s.dueDate.toLocalDate();
        return new ActionProgress(s.planId, s.schoolId, s.actionKey, s.criterionCode, s.standardNo, s.description,
                s.leadText, s.leadUserId, s.startDate == null ? null : s.startDate.toLocalDate(),
                s.endDate == null ? null : s.endDate.toLocalDate(), s.openEnded, due, s.planned, sources, status,
                s.percentDone, s.spent, s.degree == null ? null : ImplementationDegree.valueOf(s.degree),
                s.lastUpdate == null ? null : s.lastUpdate.toLocalDate(), s.updates,
                DueRules.dueState(status, due, day, dueSoonDays), followUp);
    }

    private static ProgressEntry entry(ProgressRow r) {
        return new ProgressEntry(r.id == null ? 0 : r.id, r.planId, r.actionKey, r.asOf.toLocalDate(),
                ActionStatus.valueOf(r.status), r.percentDone, r.spent,
                r.degree == null ? null : ImplementationDegree.valueOf(r.degree), r.degreeNote, r.note, r.authorId,
                r.authorName, r.recordedAt.toInstant());
    }

    // ------------------------------------------------------------------------------------------------ reviews

    private static final Set<ReviewPeriod> DEFAULT_PERIODS = EnumSet.of(ReviewPeriod.SEMESTER_1, ReviewPeriod.YEAR_END);

    @Override
    public Set<ReviewPeriod> reviewPeriods(PortalUser user, String schoolId) {
        guard.requireVisibleSchool(user, schoolId);
        guard.require(user, VIEW, schoolId);
        return periodsOf(schoolId);
    }

    private Set<ReviewPeriod> periodsOf(String schoolId) {
        String stored = store.read(m -> m.reviewPeriods(schoolId));
        if (stored == null || stored.isBlank()) {
            return EnumSet.copyOf(DEFAULT_PERIODS);
        }
        EnumSet<ReviewPeriod> set = EnumSet.noneOf(ReviewPeriod.class);
        Arrays.stream(stored.split(",")).map(ReviewPeriod::valueOf).forEach(set::add);
        return set;
    }

    @Override
    public Set<ReviewPeriod> setReviewPeriods(PortalUser user, String schoolId, Set<ReviewPeriod> periods) {
        guard.requireVisibleSchool(user, schoolId);
        guard.require(user, REVIEW, schoolId);
        if (periods == null || !periods.containsAll(DEFAULT_PERIODS)) {
            throw new MonitoringValidationException(Problem.of("periods", MonitoringValidationException.REVIEW_PERIODS));
        }
        EnumSet<ReviewPeriod> set = EnumSet.copyOf(periods);
        String text = set.stream().map(Enum::name).collect(Collectors.joining(","));
        store.write(m -> m.deleteReviewPeriods(schoolId) + m.insertReviewPeriods(schoolId, text));
        return set;
    }

    @Override
    public Review recordReview(PortalUser user, ReviewDraft d) {
        Objects.requireNonNull(d, "draft");
        PlanDocument doc = guard.plan(user, d.planId());
        String school = doc.getSchoolId();
        guard.require(user, REVIEW, school);
        PlanPeriod period = doc.getHeader().getPeriod();
        List<Problem> problems = new ArrayList<>();
        int month = 0;
        if (d.period() == null) {
            problems.add(Problem.of("period", MonitoringValidationException.REQUIRED));
        } else {
            if (d.period() == ReviewPeriod.MONTHLY) {
                if (d.month() == null || d.month() < 1 || d.month() > 12) {
                    problems.add(Problem.of("month", MonitoringValidationException.MONTH_REQUIRED));
                } else {
                    month = d.month();
                }
            }
            if (!periodsOf(school).contains(d.period())) {
                problems.add(Problem.of("period", MonitoringValidationException.PERIOD_NOT_USED, d.period().name()));
            }
        }
        if (d.schoolYearStart() < period.startYear() || d.schoolYearStart() >= period.endYear()) {
            problems.add(Problem.of("schoolYear", MonitoringValidationException.YEAR_OUTSIDE_PLAN,
                    DueRules.schoolYearLabel(d.schoolYearStart())));
        }
        checkDate(d.date(), "date", problems);
        requireText(d.content(), "content", problems);
        requireText(d.results(), "results", problems);
        List<String> reviewers = d.reviewers().stream().map(Guard::nfc).filter(s -> !s.isEmpty()).toList();
        if (reviewers.isEmpty()) {
            problems.add(Problem.of("reviewers", MonitoringValidationException.REQUIRED));
        }
        boolean followUps = false;
        for (int i = 0; i < d.adjustments().size(); i++) {
            Adjustment a = d.adjustments().get(i);
            requireText(a.text(), "adjustments[" + i + "].text", problems);
            if (!a.actionKey().isEmpty() && Guard.find(doc, a.actionKey()).isEmpty()) {
                throw new MonitoringNotFoundException("action", a.actionKey());
            }
            if (a.followUp() != null) {
                followUps = true;
                checkFollowUp(a.followUp(), "adjustments[" + i + "].followUp", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        if (followUps && !guard.permissions.isGranted(user, PLAN_EDIT, school)) {
            throw new MonitoringStateException(MonitoringStateException.FOLLOW_UP_NOT_ALLOWED);
        }
        int m0 = month;
        if (store.read(m -> m.countReviews(doc.getId(), d.schoolYearStart(), d.period().name(), m0)) > 0) {
            throw new MonitoringStateException(MonitoringStateException.REVIEW_EXISTS, d.period().name());
        }
        ReviewRow row = new ReviewRow();
        row.planId = doc.getId();
        row.schoolId = school;
        row.periodKind = d.period().name();
        row.reviewMonth = month;
        row.schoolYear = d.schoolYearStart();
        row.reviewDate = Date.valueOf(d.date());
        row.contentText = Guard.nfc(d.content());
        row.results = Guard.nfc(d.results());
        row.reviewers = Lines.encodeValues(reviewers);
        row.recommendations = Guard.nfc(d.recommendations());
        row.createdBy = user.id();
        row.createdByName = user.displayName();
        row.createdAt = Timestamp.from(clock.instant());
        String origin = "Theo điều chỉnh sau " + periodLabel(d.period(), month) + " ngày " + DMY.format(d.date());
        store.writeSession(session -> {
            MonitoringMapper m = session.getMapper(MonitoringMapper.class);
            row.adjustments = "";
            m.insertReview(row);
            List<Adjustment> stored = new ArrayList<>();
            for (Adjustment a : d.adjustments()) {
                String key = a.followUp() == null ? "" : addFollowUp(user, doc, a.followUp(), origin);
                stored.add(new Adjustment(Guard.nfc(a.text()), a.actionKey(), normalise(a.followUp()), key));
            }
            row.adjustments = encodeAdjustments(stored);
            return m.updateReviewAdjustments(row);
        });
        LOG.info("Review {} recorded for plan {}", row.id, doc.getId());
        return review(row);
    }

    private static String periodLabel(ReviewPeriod p, int month) {
        return switch (p) {
            case MONTHLY -> "rà soát tháng " + month;
            case SEMESTER_1 -> "sơ kết học kỳ I";
            case YEAR_END -> "tổng kết năm học";
        };
    }

    private String addFollowUp(PortalUser user, PlanDocument doc, FollowUp f, String origin) {
        PlanAction a = new PlanAction();
        a.setDescription(Guard.nfc(f.description()));
        a.setLeadText(Guard.nfc(f.leadText()));
        a.setLeadUserId(f.leadUserId().strip());
        a.setTimeText(Guard.nfc(f.timeText()));
        a.setBudgetText(Guard.nfc(f.budgetText()));
        return guard.plans.addFollowUpAction(user, doc.getId(), f.criterionCode().strip(), a, origin);
    }

    private static FollowUp normalise(FollowUp f) {
        return f == null ? null : new FollowUp(f.criterionCode().strip(), Guard.nfc(f.description()),
                Guard.nfc(f.leadText()), f.leadUserId().strip(), Guard.nfc(f.timeText()), Guard.nfc(f.budgetText()));
    }

    private void checkDate(LocalDate date, String field, List<Problem> problems) {
        if (date == null) {
            problems.add(Problem.of(field, MonitoringValidationException.REQUIRED));
        } else if (date.isAfter(today())) {
            problems.add(Problem.of(field, MonitoringValidationException.FUTURE_DATE, DMY.format(date)));
        }
    }

    private static void requireText(String text, String field, List<Problem> problems) {
        String t = Guard.nfc(text);
        if (t.isEmpty()) {
            problems.add(Problem.of(field, MonitoringValidationException.REQUIRED));
        } else if (t.length() > 20_000) {
            problems.add(Problem.of(field, MonitoringValidationException.TOO_LONG, 20_000));
        }
    }

    private static void checkFollowUp(FollowUp f, String field, List<Problem> problems) {
        requireText(f.description(), field + ".description", problems);
        requireText(f.leadText(), field + ".leadText", problems);
    }

    static String encodeAdjustments(List<Adjustment> list) {
        return Lines.encode(list.stream().map(a -> {
            FollowUp f = a.followUp();
            return f == null ? List.of(a.text(), a.actionKey(), a.followUpActionKey())
                    : List.of(a.text(), a.actionKey(), a.followUpActionKey(), f.criterionCode(), f.description(),
                    f.leadText(), f.leadUserId(), f.timeText(), f.budgetText());
        }).toList());
    }

    static List<Adjustment> adjustments(String text) {
        return Lines.decode(text).stream().map(r -> new Adjustment(Lines.field(r, 0), Lines.field(r, 1),
                r.size() > 3 ? new FollowUp(r.get(3), Lines.field(r, 4), Lines.field(r, 5), Lines.field(r, 6),
                        Lines.field(r, 7), Lines.field(r, 8)) : null, Lines.field(r, 2))).toList();
    }

    private static Review review(ReviewRow r) {
        return new Review(r.id, r.planId, r.schoolId, ReviewPeriod.valueOf(r.periodKind),
                r.reviewMonth == 0 ? null : r.reviewMonth, r.schoolYear, r.reviewDate.toLocalDate(), r.contentText,
                r.results, adjustments(r.adjustments), Lines.decodeValues(r.reviewers), r.recommendations,
                r.createdByName, r.createdAt.toInstant());
    }

    @Override
    public List<Review> reviews(PortalUser user, long planId) {
        viewable(user, planId);
        return store.read(m -> m.reviews(planId)).stream().map(MonitoringServiceImpl::review).toList();
    }

    @Override
    public Optional<Review> review(PortalUser user, long reviewId) {
        ReviewRow r = store.read(m -> m.review(reviewId));
        if (r == null || !guard.permissions.canSee(user, r.schoolId)
                || !guard.permissions.isGranted(user, VIEW, r.schoolId)
                || guard.plans.plan(user, r.planId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(review(r));
    }

    // ------------------------------------------------------------------------------------------------ inspections

    @Override
    public Inspection recordInspection(PortalUser user, InspectionDraft d) {
        Objects.requireNonNull(d, "draft");
        PlanDocument doc = guard.plan(user, d.planId());
        String schoolId = doc.getSchoolId();
        guard.require(user, INSPECT, schoolId);
        School school = guard.directory.school(schoolId).orElseThrow(() -> new MonitoringNotFoundException("school", schoolId));
        if (d.bodyId() == null || !user.bodyIds().contains(d.bodyId()) || !school.isSupervisedBy(d.bodyId())) {
            throw new vn.edu.caitien.portal.api.AccessDeniedException(INSPECT, "user " + user.id()
                    + " is not a member of a body supervising school " + schoolId);
        }
        List<Problem> problems = new ArrayList<>();
        if (d.startsAt() == null) {
            problems.add(Problem.of("startsAt", MonitoringValidationException.REQUIRED));
        } else if (d.startsAt().toLocalDate().isAfter(today())) {
            problems.add(Problem.of("startsAt", MonitoringValidationException.FUTURE_DATE,
                    DMY.format(d.startsAt().toLocalDate())));
        }
        if (d.team().stream().filter(t -> t.role() == TeamRole.LEADER).count() != 1) {
            problems.add(Problem.of("team", MonitoringValidationException.ONE_LEADER));
        }
        for (int i = 0; i < d.team().size(); i++) {
            requireText(d.team().get(i).name(), "team[" + i + "].name", problems);
        }
        for (int i = 0; i < d.participants().size(); i++) {
            requireText(d.participants().get(i).name(), "participants[" + i + "].name", problems);
        }
        requireText(d.comments(), "comments", problems);
        boolean followUps = false;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.findings().size(); i++) {
            Finding f = d.findings().get(i);
            requireText(f.text(), "findings[" + i + "].text", problems);
            String code = f.criterionCode().strip();
            if (!f.actionKey().isEmpty()) {
                ActionInfo info = Guard.action(doc, f.actionKey());
                if (code.isEmpty()) {
                    code = info.criterionCode();
                }
            }
            if (f.followUp() != null) {
                followUps = true;
                checkFollowUp(f.followUp(), "findings[" + i + "].followUp", problems);
            }
            findings.add(new Finding(f.actionKey(), code, Guard.nfc(f.text()),
                    f.requiresFollowUp() || f.followUp() != null, normalise(f.followUp()), ""));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        if (followUps && !(guard.permissions.isGranted(user, PLAN_EDIT, schoolId)
                || (doc.getStatus() == PlanStatus.PUBLISHED && guard.permissions.isGranted(user, PLAN_COMMENT, schoolId)))) {
            throw new MonitoringStateException(MonitoringStateException.FOLLOW_UP_NOT_ALLOWED);
        }
        InspectionRow row = new InspectionRow();
        row.planId = doc.getId();
        row.schoolId = schoolId;
        row.bodyId = d.bodyId();
        row.bodyName = guard.directory.body(d.bodyId()).map(SupervisingBody::name).orElse(d.bodyId());
        row.startsAt = Timestamp.valueOf(d.startsAt());
        List<TeamMember> team = new ArrayList<>(d.team().stream().map(t -> new TeamMember(Guard.nfc(t.name()),
                Guard.nfc(t.position()), Guard.nfc(t.unit()), t.role())).toList());
        team.sort(Comparator.comparing(t -> t.role() == TeamRole.LEADER ? 0 : 1));
        row.team = Lines.encode(team.stream().map(t -> List.of(t.name(), t.position(), t.unit(), t.role().name())).toList());
        row.participants = Lines.encode(d.participants().stream()
                .map(p -> List.of(Guard.nfc(p.name()), Guard.nfc(p.position()))).toList());
        row.basis = Guard.nfc(d.basis());
        row.comments = Guard.nfc(d.comments());
        row.conclusion = Guard.nfc(d.conclusion());
        row.signatures = Lines.encodeValues(d.signatures().stream().map(Guard::nfc).filter(s -> !s.isEmpty()).toList());
        row.createdBy = user.id();
        row.createdByName = user.displayName();
        row.createdAt = Timestamp.from(clock.instant());
        String origin = "Theo kiến nghị của đoàn kiểm tra ngày " + DMY.format(d.startsAt().toLocalDate());
        store.writeSession(session -> {
            MonitoringMapper m = session.getMapper(MonitoringMapper.class);
            row.findings = "";
            m.insertInspection(row);
            List<Finding> stored = new ArrayList<>();
            for (Finding f : findings) {
                String key = f.followUp() == null ? "" : addFollowUp(user, doc, f.followUp(), origin);
                stored.add(new Finding(f.actionKey(), f.criterionCode(), f.text(), f.requiresFollowUp(), f.followUp(), key));
            }
            row.findings = encodeFindings(stored);
            return m.updateInspectionFindings(row);
        });
        LOG.info("Inspection {} recorded for plan {}", row.id, doc.getId());
        return inspection(row);
    }

    static String encodeFindings(List<Finding> list) {
        return Lines.encode(list.stream().map(f -> {
            FollowUp u = f.followUp();
            List<String> r = new ArrayList<>(List.of(f.actionKey(), f.criterionCode(), f.text(),
                    Boolean.toString(f.requiresFollowUp()), f.followUpActionKey()));
            if (u != null) {
                r.addAll(List.of(u.criterionCode(), u.description(), u.leadText(), u.leadUserId(), u.timeText(),
                        u.budgetText()));
            }
            return (List<String>) r;
        }).toList());
    }

    static List<Finding> findings(String text) {
        return Lines.decode(text).stream().map(r -> new Finding(Lines.field(r, 0), Lines.field(r, 1),
                Lines.field(r, 2), Boolean.parseBoolean(Lines.field(r, 3)),
                r.size() > 5 ? new FollowUp(r.get(5), Lines.field(r, 6), Lines.field(r, 7), Lines.field(r, 8),
                        Lines.field(r, 9), Lines.field(r, 10)) : null, Lines.field(r, 4))).toList();
    }

    private static Inspection inspection(InspectionRow r) {
        return new Inspection(r.id, r.planId, r.schoolId, r.bodyId, r.bodyName, r.startsAt.toLocalDateTime(),
                Lines.decode(r.team).stream().map(t -> new TeamMember(Lines.field(t, 0), Lines.field(t, 1),
                        Lines.field(t, 2), TeamRole.valueOf(Lines.field(t, 3)))).toList(),
                Lines.decode(r.participants).stream().map(p -> new Participant(Lines.field(p, 0), Lines.field(p, 1)))
                        .toList(),
                r.basis, findings(r.findings), r.comments, r.conclusion, Lines.decodeValues(r.signatures),
                r.createdByName, r.createdAt.toInstant());
    }

    @Override
    public List<Inspection> inspections(PortalUser user, String schoolId) {
        guard.requireVisibleSchool(user, schoolId);
        guard.require(user, VIEW, schoolId);
        return store.read(m -> m.inspections(schoolId)).stream().map(MonitoringServiceImpl::inspection).toList();
    }

    @Override
    public Optional<Inspection> inspection(PortalUser user, long inspectionId) {
        InspectionRow r = store.read(m -> m.inspection(inspectionId));
        if (r == null || !guard.permissions.canSee(user, r.schoolId)
                || !guard.permissions.isGranted(user, VIEW, r.schoolId)) {
            return Optional.empty();
        }
        return Optional.of(inspection(r));
    }

    // ------------------------------------------------------------------------------------------------ year close

    @Override
    public YearClose closeYear(PortalUser user, long planId, int schoolYearStart) {
        PlanDocument doc = guard.plan(user, planId);
        guard.require(user, CLOSE, doc.getSchoolId());
        PlanPeriod period = doc.getHeader().getPeriod();
        if (schoolYearStart < period.startYear() || schoolYearStart >= period.endYear()) {
            throw new MonitoringValidationException(Problem.of("schoolYear",
                    MonitoringValidationException.YEAR_OUTSIDE_PLAN, DueRules.schoolYearLabel(schoolYearStart)));
        }
        if (store.read(m -> m.closes(planId)).stream().anyMatch(c -> c.schoolYear == schoolYearStart)) {
            throw new MonitoringStateException(MonitoringStateException.ALREADY_CLOSED,
                    DueRules.schoolYearLabel(schoolYearStart));
        }
        ensureState(doc);
        List<ActionProgress> now = compute(doc, store.read(m -> m.historyUpTo(planId, Date.valueOf(today()))), today(),
                null);
        CloseRow close = new CloseRow();
        close.planId = planId;
        close.schoolYear = schoolYearStart;
        close.schoolId = doc.getSchoolId();
        close.planRevision = doc.getRevision();
        close.lastYear = schoolYearStart == period.endYear() - 1;
        close.closedBy = user.id();
        close.closedByName = user.displayName();
        close.closedAt = Timestamp.from(clock.instant());
        List<CloseActionRow> rows = new ArrayList<>();
        Map<String, Boolean> completed = new LinkedHashMap<>();
        int seq = 0;
        for (ActionProgress a : now) {
            CloseActionRow r = new CloseActionRow();
            r.planId = planId;
            r.schoolYear = schoolYearStart;
            r.seq = seq++;
            r.actionKey = a.actionKey();
            r.criterionCode = cut(a.criterionCode(), 20);
            r.standardNo = a.standardNo();
            r.description = cut(a.description(), 2000);
            r.status = a.status().name();
            r.percentDone = a.percent();
            r.planned = a.planned();
            r.spent = a.spent();
            r.isDone = a.status() == ActionStatus.DONE;
            rows.add(r);
            // Cancelled actions are finished too: they are not carried to the next plan.
            completed.put(a.actionKey(), a.status().closed());
        }
        store.writeOnce(m -> {
            m.insertClose(close);
            for (int i = 0; i < rows.size(); i += MonitoringStore.CHUNK) {
                m.insertCloseActions(rows.subList(i, Math.min(rows.size(), i + MonitoringStore.CHUNK)));
            }
            // In the same transaction: when the plan refuses, the close is not recorded.
            guard.plans.recordCompletion(user, planId, completed);
            return null;
        });
        LOG.info("School year {} of plan {} closed", DueRules.schoolYearLabel(schoolYearStart), planId);
        return yearClose(close, rows);
    }

    private YearClose yearClose(CloseRow c, List<CloseActionRow> rows) {
        List<ActionResult> actions = rows.stream().map(r -> new ActionResult(r.actionKey, r.criterionCode,
                r.description, ActionStatus.valueOf(r.status), r.percentDone, r.planned, r.spent, r.isDone)).toList();
        Map<String, Totals> byCriterion = new TreeMap<>(CRITERION_ORDER);
        Map<String, Integer> standards = new HashMap<>();
        Totals all = new Totals();
        for (CloseActionRow r : rows) {
            ActionStatus s = ActionStatus.valueOf(r.status);
            byCriterion.computeIfAbsent(r.criterionCode, k -> new Totals()).add(s, r.percentDone, null, r.planned, r.spent);
            standards.put(r.criterionCode, r.standardNo);
            all.add(s, r.percentDone, null, r.planned, r.spent);
        }
        List<CriterionResult> criteria = byCriterion.entrySet().stream()
                .map(e -> new CriterionResult(e.getKey(), standards.get(e.getKey()), e.getValue().toTotals())).toList();
        return new YearClose(c.planId, c.schoolId, c.schoolYear, c.planRevision, actions, criteria, all.toTotals(),
                c.closedByName, c.closedAt.toInstant());
    }

    @Override
    public List<YearClose> yearCloses(PortalUser user, long planId) {
        viewable(user, planId);
        return store.read(m -> m.closes(planId).stream().map(c -> yearClose(c, m.closeActions(planId, c.schoolYear)))
                .toList());
    }

    /** Criterion codes in numeric order: 1.2 before 1.10, standards before their criteria. */
    static final Comparator<String> CRITERION_ORDER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    // ------------------------------------------------------------------------------------------------ dashboards

    @Override
    public PlanDashboard dashboard(PortalUser user, long planId) {
        PlanDocument doc = viewable(user, planId);
        LocalDate today = today();
        List<ActionProgress> actions = compute(doc, store.read(m -> m.historyUpTo(planId, Date.valueOf(today))), today,
                null);
        ensureState(doc);
        return dashboard(doc, actions, today, store.read(m -> m.closes(planId)).stream().map(c -> c.schoolYear).toList());
    }

    static PlanDashboard dashboard(PlanDocument doc, List<ActionProgress> actions, LocalDate today,
                                   List<Integer> closedYears) {
        Totals all = new Totals();
        Map<String, Totals> byStandard = new TreeMap<>(CRITERION_ORDER);
        Map<String, Totals> byCriterion = new TreeMap<>(CRITERION_ORDER);
        Map<String, Integer> standardOf = new HashMap<>();
        Map<String, long[]> budget = new LinkedHashMap<>();
        for (FundingSource s : FundingSource.values()) {
            budget.put(s.name(), new long[3]);
        }
        budget.put("MIXED", new long[3]);
        budget.put("NONE", new long[3]);
        for (ActionProgress a : actions) {
            all.add(a);
            byStandard.computeIfAbsent(Integer.toString(a.standardNo()), k -> new Totals()).add(a);
            byCriterion.computeIfAbsent(a.criterionCode(), k -> new Totals()).add(a);
            standardOf.put(a.criterionCode(), a.standardNo());
            String bucket = a.sources().size() > 1 ? "MIXED"
                    : a.sources().isEmpty() ? "NONE" : a.sources().iterator().next().name();
            long[] b = budget.get(bucket);
            b[0]++;
            b[1] += a.planned() == null ? 0 : a.planned();
            b[2] += a.spent() == null ? 0 : a.spent();
        }
        List<CriterionResult> standards = byStandard.entrySet().stream()
                .map(e -> new CriterionResult(e.getKey(), Integer.parseInt(e.getKey()), e.getValue().toTotals())).toList();
        List<CriterionResult> criteria = byCriterion.entrySet().stream()
                .map(e -> new CriterionResult(e.getKey(), standardOf.get(e.getKey()), e.getValue().toTotals())).toList();
        List<ActionProgress> overdue = actions.stream().filter(a -> a.dueState() == DueState.OVERDUE)
                .sorted(Comparator.comparing(ActionProgress::dueDate)).toList();
        List<SourceBudget> sources = new ArrayList<>();
        budget.forEach((k, v) -> {
            if (v[0] > 0) {
                boolean mixed = k.equals("MIXED");
                FundingSource src = mixed || k.equals("NONE") ? null : FundingSource.valueOf(k);
                sources.add(new SourceBudget(src, mixed, (int) v[0], v[1], v[2]));
            }
        });
        return new PlanDashboard(doc.getId(), doc.getSchoolId(), doc.getRevision(), today, all.toTotals(), standards,
                criteria, overdue, sources, actions, closedYears);
    }

    @Override
    public RollUp rollUp(PortalUser user, String bodyId, int schoolYearStart) {
        List<School> schools = bodySchools(user, bodyId);
        LocalDate today = today();
        Date t = Date.valueOf(today);
        Date soon = Date.valueOf(today.plusDays(dueSoonDays));
        Map<String, SchoolAggRow> aggs = new HashMap<>();
        List<CriterionAggRow> crit = new ArrayList<>();
        Map<String, PlanStateRow> plansBySchool = new HashMap<>();
        Set<String> closed = new HashSet<>();
        long todayDay = today.toEpochDay();
        long soonDay = today.plusDays(dueSoonDays).toEpochDay();
        store.read(m -> {
            Map<Integer, String> byNo = numbered(m, schools);
            // A body that sees every school with data (a province in its own portal) needs no IN lists.
            List<List<Integer>> chunks = byNo.size() == schoolNumbers.size() ? java.util.Collections.singletonList(null)
                    : MonitoringStore.chunks(byNo.keySet());
            Map<Integer, CriterionAggRow> byCriterion = new HashMap<>();
            for (List<Integer> chunk : chunks) {
                // One line per school (ROLL_SCHOOL, V004) with its cells encoded: the school's overdue and due-soon
                // counts and the criteria's lines are counted here, for the day.
                List<Integer> older = new ArrayList<>();
                for (SchoolAggRow r : m.schoolSums(schoolYearStart, chunk)) {
                    if (!byNo.containsKey(r.schoolNo)) {
                        continue;
                    }
                    aggs.put(byNo.get(r.schoolNo), r);
                    if (r.cells == null) {
                        older.add(r.schoolNo);
                    } else {
                        vn.edu.caitien.monitoring.impl.db.Cells.count(r, todayDay, soonDay, byCriterion);
                    }
                }
                // Lines written by the migration (not yet rebuilt by a change of their school): from the cells.
                for (List<Integer> few : MonitoringStore.chunks(older)) {
                    for (SchoolAggRow r : m.schoolTotals(schoolYearStart, few, t, soon)) {
                        SchoolAggRow a = aggs.get(byNo.get(r.schoolNo));
                        a.overdue = r.overdue;
                        a.dueSoon = r.dueSoon;
                    }
                    for (SchoolAggRow r : m.schoolSpill(schoolYearStart, few, t, soon)) {
                        SchoolAggRow a = aggs.get(byNo.get(r.schoolNo));
                        a.overdue += r.overdue;
                        a.dueSoon += r.dueSoon;
                    }
                    crit.addAll(m.criterionTotals(schoolYearStart, few, t));
                    // Spill rows only add overdue actions: merged below with zero schools and actions.
                    for (CriterionAggRow r : m.criterionSpill(schoolYearStart, few, t)) {
                        if (r.overdue > 0) {
                            crit.add(r);
                        }
                    }
                }
                for (PlanStateRow p : m.rollUpPlans(schoolYearStart, chunk)) {
                    // The school-year plan wins over a stage plan; then the newest.
                    plansBySchool.merge(p.schoolId, p, (a, b) -> better(a, b));
                }
            }
            crit.addAll(byCriterion.values());
            Set<Long> closedPlans = new HashSet<>(m.closedPlans(schoolYearStart));
            plansBySchool.forEach((school, p) -> {
                if (closedPlans.contains(p.planId)) {
                    closed.add(school);
                }
            });
            return null;
        });
        return rollUp(bodyId, schoolYearStart, today, schools, aggs, crit, plansBySchool, closed);
    }

    /**
     * The school numbers ({@code SCHOOL_NO}) to the school ids, as last read. Numbers are given once and never change
     * or go (a purge keeps them), so the map is read again only when the table has more rows.
     */
    private volatile Map<Integer, String> schoolNumbers = Map.of();

    /** @return the numbers of the schools that have any state, to their ids */
    private Map<Integer, String> numbered(MonitoringMapper m, List<School> schools) {
        Map<Integer, String> all = schoolNumbers;
        if (all.size() != m.countSchoolNos()) {
            Map<Integer, String> read = new HashMap<>();
            for (vn.edu.caitien.monitoring.impl.db.Rows.SchoolNoRow r : m.schoolNos()) {
                read.put(r.num, r.schoolId);
            }
            schoolNumbers = all = Map.copyOf(read);
        }
        Set<String> wanted = schools.stream().map(School::id).collect(Collectors.toSet());
        Map<Integer, String> byNo = new HashMap<>();
        all.forEach((no, id) -> {
            if (wanted.contains(id)) {
                byNo.put(no, id);
            }
        });
        return byNo;
    }

    private static PlanStateRow better(PlanStateRow a, PlanStateRow b) {
        int spanA = a.endYear - a.startYear;
        int spanB = b.endYear - b.startYear;
        if (spanA != spanB) {
            return spanA < spanB ? a : b;
        }
        return a.planId > b.planId ? a : b;
    }

    /** The roll-up arithmetic over the aggregate rows, separate from SQL for unit tests. */
    static RollUp rollUp(String bodyId, int year, LocalDate today, List<School> schools, Map<String, SchoolAggRow> aggs,
                         List<CriterionAggRow> criterionRows, Map<String, PlanStateRow> plans, Set<String> closed) {
        Totals all = new Totals();
        List<SchoolRollUp> out = new ArrayList<>();
        for (School s : schools) {
            SchoolAggRow agg = aggs.get(s.id());
            PlanStateRow p = plans.get(s.id());
            if (agg != null) {
                all.add(agg);
            }
            // A plan published once stays published for the bodies while the school drafts its next revision.
            String status = p == null ? null : p.publishedRevision > 0 ? PlanStatus.PUBLISHED.name() : p.status;
            out.add(new SchoolRollUp(s.id(), s.name(), p == null ? null : p.planId, status,
                    agg == null ? ProgressTotals.EMPTY : Totals.of(agg), closed.contains(s.id())));
        }
        Map<String, CriterionRollUp> merged = new TreeMap<>(CRITERION_ORDER);
        for (CriterionAggRow r : criterionRows) {
            String code = vn.edu.caitien.monitoring.impl.db.Rows.criterionCode(r.criterionNo);
            merged.merge(code, new CriterionRollUp(code, r.criterionNo / 1000, r.schools,
                    r.schoolsBehind, r.actions, r.overdue, r.done), (a, b) -> new CriterionRollUp(a.criterionCode(),
                    a.standardNo(), a.schools() + b.schools(), a.schoolsBehind() + b.schoolsBehind(),
                    a.actions() + b.actions(), a.overdue() + b.overdue(), a.done() + b.done()));
        }
        return new RollUp(bodyId, year, today, all.toTotals(), out, List.copyOf(merged.values()));
    }

    private List<School> bodySchools(PortalUser user, String bodyId) {
        if (bodyId == null || (!user.bodyIds().contains(bodyId) && !user.systemAdmin())
                || guard.directory.body(bodyId).isEmpty()) {
            throw new MonitoringNotFoundException("body", bodyId);
        }
        return guard.directory.schoolsSupervisedBy(bodyId).stream()
                .filter(s -> guard.permissions.isGranted(user, VIEW, s.id())).toList();
    }

    @Override
    public List<ActionProgress> behind(PortalUser user, String bodyId, int schoolYearStart, String criterionCode) {
        List<School> schools = bodySchools(user, bodyId);
        int criterion = vn.edu.caitien.monitoring.impl.db.Rows.criterionNo(criterionCode);
        LocalDate today = today();
        List<ActionProgress> out = new ArrayList<>();
        if (criterion == 0) {
            return out;
        }
        store.read(m -> {
            Map<Integer, String> byNo = numbered(m, schools);
            // As in the roll-up: a body that sees every school with data needs no IN lists.
            List<List<Integer>> chunks = byNo.size() == schoolNumbers.size() ? java.util.Collections.singletonList(null)
                    : MonitoringStore.chunks(byNo.keySet());
            List<StateRow> rows = new ArrayList<>();
            for (List<Integer> chunk : chunks) {
                // Only the plan that counts for each school (MonitoringMapper.COUNTED), as in the roll-up.
                Map<Integer, List<PlanStateRow>> plans = m.yearPlans(schoolYearStart, chunk).stream()
                        .collect(Collectors.groupingBy(p -> p.schoolNo));
                Map<Integer, List<StateRow>> bySchool = m.behind(schoolYearStart, criterion, chunk, Date.valueOf(today))
                        .stream().filter(s -> byNo.containsKey(s.schoolNo))
                        .collect(Collectors.groupingBy(s -> s.schoolNo));
                bySchool.forEach((no, list) -> rows.addAll(MonitoringStore.counted(list,
                        plans.getOrDefault(no, List.of()), schoolYearStart)));
            }
            // The marker, from the reviews and inspections of the plans behind (no IN list of thousands of plans).
            Date day = Date.valueOf(today);
            Set<String> followUps = followUpKeys(m.reviewAdjustmentsBehind(schoolYearStart, criterion, day),
                    m.inspectionFindingsBehind(schoolYearStart, criterion, day));
            rows.forEach(s -> out.add(fromState(s, today, followUps.contains(s.planId + "/" + s.actionKey))));
            return null;
        });
        out.sort(Comparator.comparing(ActionProgress::dueDate).thenComparing(ActionProgress::schoolId));
        return out;
    }
}
