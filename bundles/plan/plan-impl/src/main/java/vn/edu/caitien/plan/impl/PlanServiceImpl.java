package vn.edu.caitien.plan.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.Applicability;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionMapping;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.LevelRules;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.SchoolOutcome;
import vn.edu.caitien.catalogue.api.SchoolYear;
import vn.edu.caitien.catalogue.api.CriterionOutcome;
import vn.edu.caitien.plan.api.ActionRef;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.Budget;
import vn.edu.caitien.plan.api.CopyResult;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.FieldChange;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanComment;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanListener;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.plan.api.TimeSpan;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.plan.api.ValidationIssue.Severity;
import vn.edu.caitien.plan.impl.db.ActionParam;
import vn.edu.caitien.plan.impl.db.ChangeParam;
import vn.edu.caitien.plan.impl.db.ChangeRecord;
import vn.edu.caitien.plan.impl.db.CommentParam;
import vn.edu.caitien.plan.impl.db.PlanMapper;
import vn.edu.caitien.plan.impl.db.PlanParam;
import vn.edu.caitien.plan.impl.db.PlanRecord;
import vn.edu.caitien.plan.impl.db.PlanStore;
import vn.edu.caitien.plan.impl.db.RevisionParam;
import vn.edu.caitien.plan.impl.db.RevisionRecord;
import vn.edu.caitien.plan.impl.text.BudgetParser;
import vn.edu.caitien.plan.impl.text.CriterionRefs;
import vn.edu.caitien.plan.impl.text.Responsibles;
import vn.edu.caitien.plan.impl.text.Texts;
import vn.edu.caitien.plan.impl.text.TimeParser;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/** The plan service over the portal database. Applies the {@code plan} migrations on activation. */
@Component(service = PlanService.class)
public final class PlanServiceImpl implements PlanService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanServiceImpl.class);

    /** How many revisions {@link #stored} keeps: the plans being edited and read right now. */
    private static final int CACHED_REVISIONS = 64;

    /**
     * A revision as read from the database, for the lock version the plan had then. Every write to a plan raises its
     * lock version in the same transaction as it changes a revision, so an entry whose lock version is the plan's
     * current one holds the stored content, also when another portal node wrote it.
     */
    private record Stored(long lockVersion, String status, String returnReason, Map<String, String> flat) {
    }

    /** Revisions by "planId/revision", least recently used dropped first; the editor reads the plan on every request. */
    private final Map<String, Stored> stored = lru();

    /** Validation of stored revisions by "planId/revision", as {@link #stored}; the duplicate number is checked anew. */
    private final Map<String, Validated> validated = lru();

    /** A revision's validation without the duplicate number, and the number and date to check that on each call. */
    /** @return a thread-safe map of at most {@link #CACHED_REVISIONS} entries, the least recently used dropped first */
    private static <V> Map<String, V> lru() {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(CACHED_REVISIONS, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHED_REVISIONS;
            }
        });
    }

    private record Validated(long lockVersion, List<ValidationIssue> issues, Integer number, LocalDate date) {
    }

    /** History values longer than this are cut (the column holds 4000 characters). */
    static final int MAX_HISTORY_VALUE = 4000;

    private static final String KEY_PATTERN = "[a-z]-[0-9a-f]{8,32}";

    private final PlanStore store;
    private final PermissionService permissions;
    private final SchoolDirectory directory;
    private final CatalogueService catalogue;
    private final LevelRules levelRules;
    private final Clock clock;
    /** Told after every committed change of a plan (whiteboard). */
    private final List<PlanListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Migrates the schema and builds the MyBatis factory. */
    @Activate
    public PlanServiceImpl(@Reference PortalDatabase database, @Reference SchemaMigrator migrator,
                           @Reference PermissionService permissions, @Reference SchoolDirectory directory,
                           @Reference CatalogueService catalogue, @Reference LevelRules levelRules) {
        this(migrateAndOpen(database, migrator), permissions, directory, catalogue, levelRules, Clock.systemUTC());
    }

    PlanServiceImpl(PlanStore store, PermissionService permissions, SchoolDirectory directory,
                    CatalogueService catalogue, LevelRules levelRules, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.directory = directory;
        this.catalogue = catalogue;
        this.levelRules = levelRules;
        this.clock = clock;
    }

    /** Binds a {@link PlanListener} (dynamic, any number); public for tests that wire the service by hand. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addListener(PlanListener listener) {
        listeners.add(listener);
    }

    /** Unbinds a {@link PlanListener}. */
    public void removeListener(PlanListener listener) {
        listeners.remove(listener);
    }

    /**
     * Tells the listeners that the plan changed, each with its own copy of the current revision as stored (loaded
     * after the write committed). A listener's exception is logged and never fails the write.
     */
    private void changed(long planId) {
        if (listeners.isEmpty()) {
            return;
        }
        for (PlanListener l : listeners) {
            try {
                PlanDocument current = store.read(m -> {
                    PlanRecord rec = m.findPlan(planId);
                    return rec == null ? null : load(m, rec, rec.currentRevision());
                });
                if (current != null) {
                    l.planChanged(current);
                }
            } catch (RuntimeException e) {
                LOG.warn("Plan listener {} failed on plan {}", l.getClass().getName(), planId, e);
            }
        }
    }

    /** @return the store, for tests in this package (the module's purge) */
    PlanStore storeForTests() {
        return store;
    }

    private static PlanStore migrateAndOpen(PortalDatabase database, SchemaMigrator migrator) {
        int version = migrator.migrate(PlanModule.ID, PlanServiceImpl.class);
        LOG.info("Plan schema at version {}", version);
        return new PlanStore(MyBatisFactory.create(database, PlanStore.MAPPERS, PlanStore.ALIASES));
    }

    // ------------------------------------------------------------------------------------------------ access

    /** Whether the user holds a role in the school itself (not only through a supervising body). */
    private static boolean member(PortalUser user, String schoolId) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        user.memberships().stream().filter(m -> !m.isBody() && m.orgId().equals(schoolId))
                .forEach(m -> roles.addAll(m.roles()));
        roles.remove(PortalRole.SUPERVISOR);
        return !roles.isEmpty();
    }

    /** The plan if the user may see it at all; else null (not found and not allowed look the same). */
    private PlanRecord visible(PortalUser user, long planId) {
        if (user == null) {
            throw new AccessDeniedException(VIEW, "not signed in");
        }
        PlanRecord rec = store.read(m -> m.findPlan(planId));
        if (rec == null || !permissions.isGranted(user, VIEW, rec.schoolId())) {
            return null;
        }
        if (!member(user, rec.schoolId()) && rec.publishedRevision() == 0) {
            return null;
        }
        return rec;
    }

    private PlanRecord require(PortalUser user, long planId) {
        PlanRecord rec = visible(user, planId);
        if (rec == null) {
            throw new PlanNotFoundException(planId);
        }
        return rec;
    }

    private void check(PortalUser user, String permission, String schoolId) {
        if (user == null) {
            throw new AccessDeniedException(permission, "not signed in");
        }
        permissions.check(user, permission, schoolId);
    }

    /** A teacher or staff member may change the actions they lead, without {@code plan.edit}. */
    private boolean leadEditor(PortalUser user, String schoolId) {
        Set<PortalRole> roles = user.rolesIn(schoolId);
        return member(user, schoolId) && permissions.isGranted(user, VIEW, schoolId)
                && (roles.contains(PortalRole.TEACHER) || roles.contains(PortalRole.STAFF));
    }

    // ------------------------------------------------------------------------------------------------ reads

    @Override
    public List<PlanSummary> plans(PortalUser user, String schoolId, PlanQuery query) {
        check(user, VIEW, schoolId);
        PlanQuery q = query == null ? PlanQuery.ALL : query;
        boolean publishedOnly = !member(user, schoolId);
        return store.read(m -> m.findPlans(schoolId, q.schoolYearStart(), q.status() == null ? null : q.status().name(),
                publishedOnly).stream().map(r -> publishedOnly ? publishedSummary(m, r) : summary(r, false)).toList());
    }

    /**
     * The summary a supervising body sees: that of the published revision. The plan's row holds the title, number,
     * date, action count and last editor of the current revision, which may be a draft the body must not see yet.
     */
    private PlanSummary publishedSummary(PlanMapper m, PlanRecord r) {
        if (r.currentRevision() == r.publishedRevision()) {
            return summary(r, true);
        }
        PlanDocument d = load(m, r, r.publishedRevision());
        ChangeRecord published = m.findChanges(r.id(), 0).stream()
                .filter(c -> c.revision() == r.publishedRevision() && "publish".equals(c.step()))
                .reduce((a, b) -> b).orElse(null);
        return new PlanSummary(r.id(), r.schoolId(), d.getHeader().getTitle(),
                d.getHeader().getPeriod() == null ? period(r) : d.getHeader().getPeriod(), PlanStatus.PUBLISHED,
                r.publishedRevision(), r.publishedRevision(), d.getHeader().getNumber(), d.getHeader().getSymbol(),
                d.getHeader().getDate(), d.actions().size(), published == null ? "" : published.changedByName(),
                published == null ? r.updatedAt().toInstant() : published.changedAt().toInstant());
    }

    private static PlanSummary summary(PlanRecord r, boolean published) {
        PlanStatus status = published ? PlanStatus.PUBLISHED : PlanStatus.valueOf(r.status());
        return new PlanSummary(r.id(), r.schoolId(), r.title(), period(r), status,
                published ? r.publishedRevision() : r.currentRevision(), r.publishedRevision(), r.docNumber(),
                r.docSymbol(), r.docDate() == null ? null : r.docDate().toLocalDate(), r.actionCount(),
                r.updatedByName(), r.updatedAt().toInstant());
    }

    private static PlanPeriod period(PlanRecord r) {
        return new PlanPeriod(PlanPeriod.Kind.valueOf(r.periodKind()), r.startYear(), r.endYear());
    }

    @Override
    public Optional<PlanDocument> plan(PortalUser user, long planId) {
        PlanRecord rec = visible(user, planId);
        if (rec == null) {
            return Optional.empty();
        }
        int revision = member(user, rec.schoolId()) ? rec.currentRevision() : rec.publishedRevision();
        return Optional.of(store.read(m -> load(m, rec, revision)));
    }

    @Override
    public Optional<PlanDocument> plan(PortalUser user, long planId, int revision) {
        PlanRecord rec = visible(user, planId);
        if (rec == null || revision < 1 || revision > rec.currentRevision()) {
            return Optional.empty();
        }
        if (!member(user, rec.schoolId())) {
            RevisionRecord r = store.read(m -> m.findRevision(planId, revision));
            if (r == null || r.publishedAt() == null) {
                return Optional.empty();
            }
        }
        return Optional.of(store.read(m -> load(m, rec, revision)));
    }

    private PlanDocument load(PlanMapper m, PlanRecord rec, int revision) {
        String key = rec.id() + "/" + revision;
        Stored cached = stored.get(key);
        if (cached == null || cached.lockVersion() != rec.lockVersion()) {
            RevisionRecord found = m.findRevision(rec.id(), revision);
            cached = new Stored(rec.lockVersion(), found.status(), found.returnReason(),
                    java.util.Collections.unmodifiableMap(PlanCodec.read(found.content())));
            stored.put(key, cached);
        }
        PlanDocument d = PlanCodec.unflatten(cached.flat());
        d.setId(rec.id());
        d.setSchoolId(rec.schoolId());
        d.setRevision(revision);
        d.setStatus(PlanStatus.valueOf(cached.status()));
        d.setVersion(rec.lockVersion());
        d.setReturnReason(cached.returnReason());
        return d;
    }

    // ------------------------------------------------------------------------------------------------ create

    @Override
    public PlanDocument create(PortalUser user, String schoolId, PlanPeriod period, String title) {
        check(user, EDIT, schoolId);
        School school = directory.school(schoolId).orElseThrow(() -> new AccessDeniedException(EDIT, "unknown school"));
        PlanDocument d = new PlanDocument();
        d.setSchoolId(schoolId);
        applyRegime(user, school, period, d);
        d.getHeader().setParentBody(school.parentBody());
        d.getHeader().setIssuingBody(school.name().toUpperCase(new Locale("vi")));
        d.getHeader().setSymbol(school.documentSymbol().isEmpty() ? "" : "KH-" + school.documentSymbol());
        d.getHeader().setPeriod(period);
        d.getHeader().setTitle(title == null || title.isBlank() ? defaultTitle(period) : title);
        d.getHeader().setSignerTitle("HIỆU TRƯỞNG");
        long id = insertNew(user, d, "create", List.of(new FieldChange("status", "", PlanStatus.DRAFT.name())));
        LOG.info("Plan {} created for a school, period {}", id, period);
        changed(id);
        return store.read(m -> load(m, m.findPlan(id), 1));
    }

    // Document content, not UI text: the title printed on the plan when the user gives none.
    private static String defaultTitle(PlanPeriod period) {
        return "Cải tiến chất lượng giáo dục " + (period.kind() == PlanPeriod.Kind.STAGE ? "giai đoạn " : "năm học ")
                + period.years();
    }

    private void applyRegime(PortalUser user, School school, PlanPeriod period, PlanDocument d) {
        // A multi-level school plans against the catalogue of its highest level (TH + THCS uses the THCS circular,
        // which covers multi-level schools).
        SchoolLevel level = school.levels().stream().filter(l -> l != SchoolLevel.GDTX).max(Comparator.naturalOrder())
                .orElse(school.levels().iterator().next());
        Applicability app = catalogue.applicableRegime(user, school, level, new SchoolYear(period.startYear()));
        Regime regime = catalogue.regime(user, app.regimeId()).orElseThrow();
        d.setRegimeId(app.regimeId());
        d.setCatalogueVersion(app.version());
        d.setAppendix(app.appendix());
        d.setPlanForm(regime.planForm());
    }

    private long insertNew(PortalUser user, PlanDocument d, String step, List<FieldChange> changes) {
        prepare(user, d);
        Timestamp now = Timestamp.from(clock.instant());
        return store.write(m -> {
            PlanParam p = param(d, user, now);
            p.status = PlanStatus.DRAFT.name();
            p.currentRevision = 1;
            p.lockVersion = 1;
            p.createdBy = user.id();
            p.createdAt = now;
            m.insertPlan(p);
            d.setId(p.id);
            RevisionParam r = new RevisionParam();
            r.planId = p.id;
            r.revision = 1;
            r.status = PlanStatus.DRAFT.name();
            r.content = PlanCodec.write(PlanCodec.flatten(d, true));
            m.insertRevision(r);
            PlanStore.insertChanges(m, changes(p.id, 1, 1, user, now, step, changes));
            PlanStore.replaceActions(m, p.id, index(p.id, d));
            return p.id;
        });
    }

    private static PlanParam param(PlanDocument d, PortalUser user, Timestamp now) {
        PlanParam p = new PlanParam();
        p.id = d.getId() == 0 ? null : d.getId();
        p.schoolId = d.getSchoolId();
        PlanPeriod period = d.getHeader().getPeriod();
        p.periodKind = period.kind().name();
        p.startYear = period.startYear();
        p.endYear = period.endYear();
        p.title = cut(d.getHeader().getTitle(), 1000);
        p.docNumber = d.getHeader().getNumber();
        p.docSymbol = cut(d.getHeader().getSymbol(), 60);
        p.docDate = d.getHeader().getDate() == null ? null : Date.valueOf(d.getHeader().getDate());
        p.docYear = p.docNumber == null || p.docDate == null ? null : d.getHeader().getDate().getYear();
        p.regimeId = d.getRegimeId();
        p.catalogueVersion = d.getCatalogueVersion();
        p.appendix = d.getAppendix();
        p.sourcePlanId = d.getSourcePlanId();
        p.actionCount = d.actions().size();
        p.updatedBy = user.id();
        p.updatedByName = cut(user.displayName(), 200);
        p.updatedAt = now;
        return p;
    }

    // ------------------------------------------------------------------------------------------------ save

    @Override
    public PlanDocument save(PortalUser user, PlanDocument plan) {
        PlanRecord rec = require(user, plan.getId());
        boolean editor = permissions.isGranted(user, EDIT, rec.schoolId());
        if (!editor && !leadEditor(user, rec.schoolId())) {
            throw new AccessDeniedException(EDIT, "user " + user.id() + ", plan " + plan.getId());
        }
        return write(user, rec, plan, editor ? Write.SAVE : Write.OWN_ACTIONS);
    }

    /** How a write was asked for: the rules that differ between a user's save and the monitoring module's writes. */
    private enum Write {
        /** An editor's save. */
        SAVE,
        /** A teacher's or staff member's save: only the actions they lead may change. */
        OWN_ACTIONS,
        /** A follow-up action added by a review or an inspection; already checked by the caller. */
        FOLLOW_UP,
        /** Finished actions recorded at the year-end close: the status and revision stay. */
        COMPLETION
    }

    private PlanDocument write(PortalUser user, PlanRecord rec, PlanDocument plan, Write mode) {
        PlanStatus status = PlanStatus.valueOf(rec.status());
        if (status == PlanStatus.SUBMITTED && mode != Write.COMPLETION) {
            throw new PlanStateException(status, "save");
        }
        boolean editor = mode != Write.OWN_ACTIONS;
        PlanDocument d = normalised(plan);
        d.setId(rec.id());
        d.setSchoolId(rec.schoolId());
        // Kept forever: the regime and catalogue version a plan was written against cannot be changed by a save.
        d.setRegimeId(rec.regimeId());
        d.setCatalogueVersion(rec.catalogueVersion());
        d.setAppendix(rec.appendix());
        if (d.getHeader().getPeriod() == null) {
            d.getHeader().setPeriod(period(rec));
        }
        prepare(user, d);
        Timestamp now = Timestamp.from(clock.instant());
        boolean newRevision = mode != Write.COMPLETION
                && (status == PlanStatus.APPROVED || status == PlanStatus.PUBLISHED);
        int revision = newRevision ? rec.currentRevision() + 1 : rec.currentRevision();
        long newVersion = rec.lockVersion() + 1;
        PlanDocument[] written = new PlanDocument[1];
        writeNumbered(d.getHeader().getNumber(), m -> {
            PlanParam p = param(d, user, now);
            p.status = newRevision ? PlanStatus.DRAFT.name() : rec.status();
            p.currentRevision = revision;
            p.publishedRevision = rec.publishedRevision();
            p.lockVersion = newVersion;
            p.expectedVersion = plan.getVersion();
            if (plan.getVersion() != rec.lockVersion() || m.updatePlan(p) == 0) {
                throw conflict(m, rec.id(), plan.getVersion());
            }
            PlanDocument old = load(m, rec, rec.currentRevision());
            List<FieldChange> changes = PlanCodec.diff(PlanCodec.flatten(old, false), PlanCodec.flatten(d, false));
            if (!editor) {
                checkOwnActionsOnly(user, old, changes);
            }
            RevisionParam r = new RevisionParam();
            r.planId = rec.id();
            r.revision = revision;
            r.content = PlanCodec.write(PlanCodec.flatten(d, true));
            if (newRevision) {
                r.status = PlanStatus.DRAFT.name();
                m.insertRevision(r);
                List<FieldChange> all = new ArrayList<>();
                all.add(new FieldChange("status", status.name(), PlanStatus.DRAFT.name()));
                all.addAll(changes);
                changes = all;
            } else {
                RevisionRecord current = m.findRevision(rec.id(), revision);
                copyWorkflow(current, r);
                m.updateRevision(r);
            }
            String step = switch (mode) {
                case FOLLOW_UP -> "follow-up";
                case COMPLETION -> "complete";
                default -> newRevision ? "revise" : "save";
            };
            PlanStore.insertChanges(m, changes(rec.id(), revision, newVersion, user, now, step, changes));
            PlanStore.replaceActions(m, rec.id(), index(rec.id(), d));
            written[0] = asWritten(rec, revision, newVersion, r);
            return null;
        });
        changed(rec.id());
        return written[0];
    }

    /**
     * Runs a write that stores the plan's document number. The unique constraint on school, year and number decides
     * between two plans saved at the same time, which the validation's count cannot; its refusal is reported as the
     * validation issue the UI already translates.
     */
    private void writeNumbered(Integer number, java.util.function.Function<PlanMapper, Void> work) {
        try {
            store.write(work);
        } catch (PersistenceException e) {
            if (!duplicateNumber(e)) {
                throw e;
            }
            throw new PlanValidationException(List.of(new ValidationIssue(Severity.ERROR,
                    ValidationIssue.DUPLICATE_NUMBER, null, null, List.of(String.valueOf(number)))));
        }
    }

    /** Unique violation (SQL state 23505 on Derby and PostgreSQL) of {@code UQ_PLAN_DOCUMENT_NUMBER} (V002). */
    private static boolean duplicateNumber(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toUpperCase(Locale.ROOT).contains("UQ_PLAN_DOCUMENT_NUMBER")) {
                return true;
            }
        }
        return false;
    }

    private PlanConflictException conflict(PlanMapper m, long planId, long readVersion) {
        PlanRecord now = m.findPlan(planId);
        List<PlanChange> theirs = m.findChanges(planId, readVersion).stream().map(PlanServiceImpl::change).toList();
        return new PlanConflictException(now.lockVersion(), theirs);
    }

    private static void checkOwnActionsOnly(PortalUser user, PlanDocument old, List<FieldChange> changes) {
        Map<String, PlanAction> own = new HashMap<>();
        old.actions().stream().filter(a -> a.getLeadUserId().equals(user.id())).forEach(a -> own.put(a.getKey(), a));
        for (FieldChange c : changes) {
            String key = c.actionKey();
            boolean allowed = key != null && own.containsKey(key) && !c.path().endsWith(".leadUserId")
                    && !c.path().endsWith(".position");
            if (!allowed) {
                throw new AccessDeniedException(EDIT, "user " + user.id() + " may change only the actions they lead");
            }
        }
    }

    private static void copyWorkflow(RevisionRecord from, RevisionParam to) {
        to.status = from.status();
        to.returnReason = from.returnReason();
        to.submittedBy = from.submittedBy();
        to.submittedAt = from.submittedAt();
        to.approvedBy = from.approvedBy();
        to.approvedAt = from.approvedAt();
        to.publishedAt = from.publishedAt();
    }

    /** NFC for every text, through the flat form, which also drops anything a client added outside the model. */
    private static PlanDocument normalised(PlanDocument plan) {
        assignKeys(plan);
        Map<String, String> flat = new LinkedHashMap<>();
        PlanCodec.flatten(plan, false).forEach((k, v) -> flat.put(k, Texts.nfc(v)));
        PlanDocument d = PlanCodec.unflatten(flat);
        d.getHeader().setSymbol(DocumentNumbers.normaliseSymbol(d.getHeader().getSymbol()));
        return d;
    }

    private static void assignKeys(PlanDocument d) {
        Set<String> seen = new java.util.HashSet<>();
        for (PlanRow row : d.getRows()) {
            if (!row.getKey().matches(KEY_PATTERN) || !seen.add(row.getKey())) {
                row.setKey(newKey('r'));
                seen.add(row.getKey());
            }
            for (PlanAction a : row.getActions()) {
                if (!a.getKey().matches(KEY_PATTERN) || !seen.add(a.getKey())) {
                    a.setKey(newKey('a'));
                    seen.add(a.getKey());
                }
            }
        }
    }

    static String newKey(char kind) {
        return kind + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Fills the values read from texts and from the catalogue. */
    private void prepare(PortalUser user, PlanDocument d) {
        assignKeys(d);
        Map<String, Criterion> criteria = criteria(user, d);
        for (PlanRow row : d.getRows()) {
            Criterion c = criteria.get(row.getCriterionCode());
            if (c != null) {
                row.setStandardNo(c.standardNumber());
                row.setCriterionTitle(c.title());
            }
            for (PlanAction a : row.getActions()) {
                splitLead(a);
                List<String> serves = CriterionRefs.codes(a.getAlsoServes());
                if (!serves.isEmpty()) {
                    a.setAlsoServes(String.join("; ", serves));
                }
                TimeSpan t = TimeParser.parse(a.getTimeText());
                a.setStart(t.start());
                a.setEnd(t.end());
                a.setOpenEnded(t.openEnded());
                Budget b = BudgetParser.parse(a.getBudgetText());
                a.setAmount(b.amount());
                a.setSources(b.sources());
            }
        }
    }

    /**
     * "BGH, các tổ chuyên môn" typed as the lead with no partners becomes lead "BGH" and partners "các tổ chuyên
     * môn" (domain notes §5.2: the first actor leads). A lead tied to a portal user is left as it is.
     */
    static void splitLead(PlanAction a) {
        if (!a.getPartners().isBlank() || !a.getLeadUserId().isBlank() || Responsibles.isNobody(a.getLeadText())) {
            return;
        }
        List<String> split = Responsibles.split(a.getLeadText());
        if (!split.get(1).isEmpty()) {
            a.setLeadText(split.get(0));
            a.setPartners(split.get(1));
        }
    }

    private Map<String, Criterion> criteria(PortalUser user, PlanDocument d) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        if (!d.getRegimeId().isEmpty()) {
            catalogue.criteria(user, d.getRegimeId(), d.getCatalogueVersion(), d.getAppendix())
                    .forEach(c -> out.put(c.code(), c));
        }
        return out;
    }

    private static List<ActionParam> index(long planId, PlanDocument d) {
        List<ActionParam> out = new ArrayList<>();
        int position = 0;
        for (PlanRow row : d.getRows()) {
            for (PlanAction a : row.getActions()) {
                ActionParam p = new ActionParam();
                p.planId = planId;
                p.actionKey = a.getKey();
                p.rowKey = row.getKey();
                p.position = position++;
                p.criterionCode = cut(row.getCriterionCode(), 20);
                p.standardNo = row.getStandardNo();
                p.description = cut(a.getDescription(), 4000);
                p.leadText = cut(a.getLeadText(), 500);
                p.leadFolded = cut(Texts.fold(a.getLeadText()), 500);
                p.leadUserId = cut(a.getLeadUserId(), 64);
                p.timeText = cut(a.getTimeText(), 500);
                p.startDate = a.getStart() == null ? null : Date.valueOf(a.getStart());
                p.endDate = a.getEnd() == null ? null : Date.valueOf(a.getEnd());
                p.amount = a.getAmount();
                p.completed = a.isCompleted();
                out.add(p);
            }
        }
        return out;
    }

    private static List<ChangeParam> changes(long planId, int revision, long version, PortalUser user, Timestamp now,
                                             String step, List<FieldChange> changes) {
        return changes.stream().map(c -> {
            ChangeParam p = new ChangeParam();
            p.planId = planId;
            p.revision = revision;
            p.lockVersion = version;
            p.changedBy = user.id();
            p.changedByName = cut(user.displayName(), 200);
            p.changedAt = now;
            p.step = step;
            p.fieldPath = cut(c.path(), 300);
            p.oldValue = cut(c.oldValue(), MAX_HISTORY_VALUE);
            p.newValue = cut(c.newValue(), MAX_HISTORY_VALUE);
            return p;
        }).toList();
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    private static PlanChange change(ChangeRecord r) {
        return new PlanChange(r.revision(), r.changedBy(), r.changedByName(), r.changedAt().toInstant(), r.step(),
                new FieldChange(r.fieldPath(), r.oldValue(), r.newValue()));
    }

    // ------------------------------------------------------------------------------------------------ baseline

    @Override
    public PlanDocument addRowsFromBaseline(PortalUser user, PlanDocument plan, int targetLevel) {
        check(user, VIEW, plan.getSchoolId());
        Regime regime = catalogue.regime(user, plan.getRegimeId()).orElseThrow();
        if (targetLevel < 1 || targetLevel > regime.ruleSet().maxCriterionLevel()) {
            throw new IllegalArgumentException("target level out of range: " + targetLevel);
        }
        Map<String, Criterion> criteria = criteria(user, plan);
        List<String> order = new ArrayList<>(criteria.keySet());
        Set<String> planned = new java.util.HashSet<>();
        plan.getRows().forEach(r -> planned.add(r.getCriterionCode()));
        for (BaselineEntry e : plan.getBaseline()) {
            Criterion c = criteria.get(e.getCriterionCode());
            if (c == null || e.getLevel() == null || planned.contains(c.code())) {
                continue;
            }
            int assessed = Math.min(Math.max(e.getLevel(), 0), regime.ruleSet().maxCriterionLevel());
            if (levelRules.fromLevel(c, regime.ruleSet(), assessed).level() < targetLevel) {
                PlanRow row = new PlanRow();
                row.setKey(newKey('r'));
                row.setCriterionCode(c.code());
                row.setStandardNo(c.standardNumber());
                row.setCriterionTitle(c.title());
                row.setTargetLevel(targetLevel);
                row.setCurrentState(e.getUnmet());
                plan.getRows().add(row);
                planned.add(c.code());
            }
        }
        List<PlanRow> rows = new ArrayList<>(plan.getRows());
        rows.sort(Comparator.comparingInt(r -> {
            int i = order.indexOf(r.getCriterionCode());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        plan.setRows(rows);
        plan.setTargetLevel(targetLevel);
        return plan;
    }

    @Override
    public Optional<SchoolOutcome> baselineOutcome(PortalUser user, PlanDocument plan) {
        check(user, VIEW, plan.getSchoolId());
        if (plan.getBaseline().stream().noneMatch(e -> e.getLevel() != null)) {
            return Optional.empty();
        }
        Regime regime = catalogue.regime(user, plan.getRegimeId()).orElseThrow();
        Map<String, Integer> levels = new HashMap<>();
        plan.getBaseline().stream().filter(e -> e.getLevel() != null)
                .forEach(e -> levels.put(e.getCriterionCode(), e.getLevel()));
        int max = regime.ruleSet().maxCriterionLevel();
        List<CriterionOutcome> outcomes = criteria(user, plan).values().stream()
                .map(c -> levelRules.fromLevel(c, regime.ruleSet(),
                        Math.min(max, Math.max(0, levels.getOrDefault(c.code(), 0)))))
                .toList();
        List<Level4Item> items = catalogue.level4Items(user, plan.getRegimeId(), plan.getCatalogueVersion());
        Map<String, Boolean> met = new HashMap<>();
        plan.getLevel4().forEach(l -> met.put(l.getCode(), l.isMet()));
        List<Boolean> level4Met = items.stream().map(i -> met.get(i.code())).toList();
        return Optional.of(levelRules.school(regime.ruleSet(), outcomes, items, level4Met,
                plan.isRecognitionConditionsMet()));
    }

    // ------------------------------------------------------------------------------------------------ copy

    @Override
    public CopyResult copyToNextPeriod(PortalUser user, long sourcePlanId, PlanPeriod period) {
        PlanRecord rec = require(user, sourcePlanId);
        check(user, EDIT, rec.schoolId());
        PlanDocument source = store.read(m -> load(m, rec, rec.currentRevision()));
        School school = directory.school(rec.schoolId()).orElseThrow(() -> new PlanNotFoundException(sourcePlanId));
        PlanDocument d = PlanCodec.unflatten(PlanCodec.flatten(source, true));
        d.setSchoolId(rec.schoolId());
        d.setSourcePlanId(sourcePlanId);
        d.getHeader().setPeriod(period);
        d.getHeader().setNumber(null);
        d.getHeader().setDate(null);
        d.getHeader().setTitle(source.getHeader().getTitle().replace(source.getHeader().getPeriod().years(), period.years()));
        // The review schedule (Biểu 2 VI) goes forward like the other sections; what last period's reviews found and
        // adjusted does not: the new period has not been reviewed yet.
        for (PlannedReview r : d.getPlannedReviews()) {
            r.setResult("");
            r.setAdjustment("");
        }
        applyRegime(user, school, period, d);
        Map<String, List<String>> mapping = new HashMap<>();
        boolean remap = !d.getRegimeId().equals(source.getRegimeId());
        if (remap) {
            for (CriterionMapping cm : catalogue.mappings(user, source.getRegimeId(), d.getRegimeId())) {
                mapping.put(cm.from().code(), cm.targets().stream().map(k -> k.code()).toList());
            }
            d.setBaseline(new ArrayList<>());
            d.setLevel4(new ArrayList<>());
        }
        List<String> carried = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<PlanRow> rows = new ArrayList<>();
        for (PlanRow row : d.getRows()) {
            if (remap) {
                List<String> targets = mapping.getOrDefault(row.getCriterionCode(), List.of());
                if (targets.isEmpty()) {
                    row.getActions().stream().filter(a -> !a.isCompleted()).forEach(a -> dropped.add(a.getDescription()));
                    continue;
                }
                row.setCriterionCode(targets.get(0));
                row.setTargetLevel(null);
            }
            List<PlanAction> keep = new ArrayList<>();
            for (PlanAction a : row.getActions()) {
                if (a.isCompleted()) {
                    dropped.add(a.getDescription());
                    continue;
                }
                a.setCarriedForward(true);
                a.setSourceActionKey(a.getKey());
                a.setSourcePlanId(sourcePlanId);
                a.setKey(newKey('a'));
                keep.add(a);
                carried.add(a.getKey());
            }
            // Several 2018 criteria may map to one criterion of the new regime: their actions go to one row.
            PlanRow same = remap ? rows.stream().filter(r -> r.getCriterionCode().equals(row.getCriterionCode()))
                    .findFirst().orElse(null) : null;
            if (same != null) {
                List<PlanAction> merged = new ArrayList<>(same.getActions());
                merged.addAll(keep);
                same.setActions(merged);
                continue;
            }
            row.setActions(keep);
            row.setKey(newKey('r'));
            rows.add(row);
        }
        d.setRows(rows);
        prepare(user, d);
        List<FieldChange> changes = PlanCodec.diff(PlanCodec.flatten(source, false), PlanCodec.flatten(d, false));
        long id = insertNew(user, d, "copy", List.of(new FieldChange("sourcePlanId", "", Long.toString(sourcePlanId))));
        LOG.info("Plan {} copied to plan {} ({} action(s) carried)", sourcePlanId, id, carried.size());
        changed(id);
        PlanDocument created = store.read(m -> load(m, m.findPlan(id), 1));
        return new CopyResult(created, carried, dropped, changes);
    }

    // ------------------------------------------------------------------------------------------------ workflow

    @Override
    public PlanDocument submit(PortalUser user, long planId, long version) {
        PlanRecord rec = require(user, planId);
        check(user, EDIT, rec.schoolId());
        PlanDocument current = store.read(m -> load(m, rec, rec.currentRevision()));
        List<ValidationIssue> errors = validate(user, current).stream()
                .filter(i -> i.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new PlanValidationException(errors);
        }
        return step(user, rec, version, EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED), PlanStatus.SUBMITTED,
                "submit", r -> {
                    r.submittedBy = user.id();
                    r.submittedAt = Timestamp.from(clock.instant());
                    r.returnReason = null;
                });
    }

    @Override
    public PlanDocument approve(PortalUser user, long planId, long version) {
        PlanRecord rec = require(user, planId);
        check(user, APPROVE, rec.schoolId());
        return step(user, rec, version, EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.APPROVED, "approve", r -> {
            r.approvedBy = user.id();
            r.approvedAt = Timestamp.from(clock.instant());
        });
    }

    @Override
    public PlanDocument returnForChanges(PortalUser user, long planId, long version, String reason) {
        PlanRecord rec = require(user, planId);
        check(user, APPROVE, rec.schoolId());
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a returned plan needs a reason");
        }
        return step(user, rec, version, EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.RETURNED, "return",
                r -> r.returnReason = cut(Texts.nfc(reason), 2000));
    }

    @Override
    public PlanDocument publish(PortalUser user, long planId, long version) {
        PlanRecord rec = require(user, planId);
        check(user, APPROVE, rec.schoolId());
        return step(user, rec, version, EnumSet.of(PlanStatus.APPROVED), PlanStatus.PUBLISHED, "publish",
                r -> r.publishedAt = Timestamp.from(clock.instant()));
    }

    private PlanDocument step(PortalUser user, PlanRecord rec, long version, Set<PlanStatus> from, PlanStatus to,
                              String step, Consumer<RevisionParam> change) {
        PlanStatus status = PlanStatus.valueOf(rec.status());
        if (!from.contains(status)) {
            throw new PlanStateException(status, step);
        }
        Timestamp now = Timestamp.from(clock.instant());
        long newVersion = rec.lockVersion() + 1;
        PlanDocument[] stepped = new PlanDocument[1];
        writeNumbered(rec.docNumber(), m -> {
            PlanDocument d = load(m, rec, rec.currentRevision());
            PlanParam p = param(d, user, now);
            p.status = to.name();
            p.currentRevision = rec.currentRevision();
            p.publishedRevision = to == PlanStatus.PUBLISHED ? rec.currentRevision() : rec.publishedRevision();
            p.lockVersion = newVersion;
            p.expectedVersion = version;
            if (version != rec.lockVersion() || m.updatePlan(p) == 0) {
                throw conflict(m, rec.id(), version);
            }
            RevisionRecord current = m.findRevision(rec.id(), rec.currentRevision());
            RevisionParam r = new RevisionParam();
            r.planId = rec.id();
            r.revision = rec.currentRevision();
            r.content = current.content();
            copyWorkflow(current, r);
            r.status = to.name();
            change.accept(r);
            m.updateRevision(r);
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("status", status.name(), to.name()));
            if (r.returnReason != null && !r.returnReason.equals(current.returnReason())) {
                changes.add(new FieldChange("returnReason", current.returnReason() == null ? "" : current.returnReason(),
                        r.returnReason));
            }
            PlanStore.insertChanges(m, changes(rec.id(), rec.currentRevision(), newVersion, user, now, step, changes));
            stepped[0] = asWritten(rec, rec.currentRevision(), newVersion, r);
            return null;
        });
        LOG.info("Plan {} revision {}: {} -> {}", rec.id(), rec.currentRevision(), status, to);
        changed(rec.id());
        return stepped[0];
    }

    /**
     * The revision as this write stored it, with the version it gave the plan. Not read again after the commit: by
     * then another user may have saved, and a caller that went on from that later version would overwrite their
     * change without being refused.
     */
    private static PlanDocument asWritten(PlanRecord rec, int revision, long version, RevisionParam written) {
        PlanDocument d = PlanCodec.unflatten(PlanCodec.read(written.content));
        d.setId(rec.id());
        d.setSchoolId(rec.schoolId());
        d.setRevision(revision);
        d.setStatus(PlanStatus.valueOf(written.status));
        d.setVersion(version);
        d.setReturnReason(written.returnReason);
        return d;
    }

    // ------------------------------------------------------------------------------------------------ history

    @Override
    public List<PlanChange> history(PortalUser user, long planId) {
        PlanRecord rec = require(user, planId);
        if (!member(user, rec.schoolId())) {
            return List.of();
        }
        return store.read(m -> m.findChanges(planId, 0)).stream().map(PlanServiceImpl::change).toList();
    }

    @Override
    public List<FieldChange> diff(PortalUser user, long planId, int fromRevision, int toRevision) {
        PlanDocument from = plan(user, planId, fromRevision).orElseThrow(() -> new PlanNotFoundException(planId));
        PlanDocument to = plan(user, planId, toRevision).orElseThrow(() -> new PlanNotFoundException(planId));
        return PlanCodec.diff(PlanCodec.flatten(from, false), PlanCodec.flatten(to, false));
    }

    // ------------------------------------------------------------------------------------------------ validation

    @Override
    public List<ValidationIssue> validate(PortalUser user, PlanDocument plan) {
        check(user, VIEW, plan.getSchoolId());
        return new PlanValidator(criteria(user, plan), catalogue.regime(user, plan.getRegimeId())
                .map(Regime::ruleSet).orElse(null), levelRules, this::numberTaken).validate(plan);
    }

    @Override
    public List<ValidationIssue> validate(PortalUser user, long planId) {
        PlanRecord rec = require(user, planId);
        int revision = member(user, rec.schoolId()) ? rec.currentRevision() : rec.publishedRevision();
        String key = planId + "/" + revision;
        Validated v = validated.get(key);
        if (v == null || v.lockVersion() != rec.lockVersion()) {
            // Without the duplicate number, which depends on the other plans and is checked below on every call.
            PlanDocument d = store.read(m -> load(m, rec, revision));
            v = new Validated(rec.lockVersion(), List.copyOf(new PlanValidator(criteria(user, d),
                    catalogue.regime(user, d.getRegimeId()).map(Regime::ruleSet).orElse(null), levelRules, p -> false)
                    .validate(d)), d.getHeader().getNumber(), d.getHeader().getDate());
            validated.put(key, v);
        }
        if (!numberTaken(rec.schoolId(), planId, v.number(), v.date())) {
            return v.issues();
        }
        List<ValidationIssue> all = new ArrayList<>();
        all.add(new ValidationIssue(Severity.ERROR, ValidationIssue.DUPLICATE_NUMBER, null, null,
                List.of(String.valueOf(v.number()))));
        all.addAll(v.issues());
        return all;
    }

    private boolean numberTaken(PlanDocument plan) {
        return numberTaken(plan.getSchoolId(), plan.getId(), plan.getHeader().getNumber(), plan.getHeader().getDate());
    }

    private boolean numberTaken(String schoolId, long planId, Integer number, LocalDate date) {
        if (number == null || date == null) {
            return false;
        }
        Date from = Date.valueOf(LocalDate.of(date.getYear(), 1, 1));
        Date to = Date.valueOf(LocalDate.of(date.getYear(), 12, 31));
        return store.read(m -> m.countNumber(schoolId, number, from, to, planId)) > 0;
    }

    // ------------------------------------------------------------------------------------------------ actions

    @Override
    public List<ActionRef> actionsByLead(PortalUser user, String schoolId, String lead) {
        check(user, VIEW, schoolId);
        if (!member(user, schoolId) || lead == null || lead.isBlank()) {
            return List.of();
        }
        return store.read(m -> m.findActionsByLead(schoolId, lead.strip(), Texts.fold(lead))).stream()
                .map(a -> new ActionRef(a.planId(), a.title(),
                        new PlanPeriod(PlanPeriod.Kind.valueOf(a.periodKind()), a.startYear(), a.endYear()),
                        PlanStatus.valueOf(a.status()), a.rowKey(), a.actionKey(), a.criterionCode(), a.description(),
                        a.leadText(), a.leadUserId(), a.timeText(),
                        a.startDate() == null ? null : a.startDate().toLocalDate(),
                        a.endDate() == null ? null : a.endDate().toLocalDate(), a.completed()))
                .toList();
    }

    /** Attempts of a write that applies to the plan as stored (monitoring's), refused each time by a user's save. */
    static final int REAPPLY_ATTEMPTS = 20;

    /**
     * Runs a write that does not depend on what a user saw (a follow-up action added, finished actions recorded): when
     * a user saved between its read and its write, nothing was written ({@link PlanConflictException} rolls the
     * transaction back), so it reads the plan again and applies itself once more instead of refusing the caller.
     */
    private static <T> T reapplied(long planId, java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (PlanConflictException e) {
                if (attempt >= REAPPLY_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Plan {} saved meanwhile (now version {}); applying again", planId, e.currentVersion());
            }
        }
    }

    @Override
    public String addFollowUpAction(PortalUser user, long planId, String criterionCode, PlanAction action,
                                    String origin) {
        return reapplied(planId, () -> addFollowUpOnce(user, planId, criterionCode, action, origin));
    }

    private String addFollowUpOnce(PortalUser user, long planId, String criterionCode, PlanAction action,
                                   String origin) {
        PlanRecord rec = require(user, planId);
        boolean allowed = permissions.isGranted(user, EDIT, rec.schoolId())
                || (rec.publishedRevision() > 0 && !member(user, rec.schoolId())
                    && permissions.isGranted(user, COMMENT, rec.schoolId()));
        if (!allowed) {
            throw new AccessDeniedException(EDIT, "user " + user.id() + " may not add follow-up actions to plan " + planId);
        }
        if (action == null || action.getDescription() == null || action.getDescription().isBlank()) {
            throw new PlanValidationException(List.of(new ValidationIssue(Severity.ERROR,
                    ValidationIssue.NO_DESCRIPTION, null, null, List.of())));
        }
        PlanDocument d = store.read(m -> load(m, rec, rec.currentRevision()));
        String code = criterionCode == null ? "" : criterionCode.strip();
        PlanRow row = d.getRows().stream().filter(r -> code.isEmpty() || r.getCriterionCode().equals(code))
                .findFirst().orElse(null);
        if (row == null) {
            row = new PlanRow();
            row.setCriterionCode(code);
            d.getRows().add(row);
        }
        PlanAction a = new PlanAction();
        a.setDescription(action.getDescription());
        a.setLeadText(action.getLeadText());
        a.setLeadUserId(action.getLeadUserId());
        a.setPartners(action.getPartners());
        a.setTimeText(action.getTimeText());
        a.setBudgetText(action.getBudgetText());
        a.setSupport(action.getSupport());
        a.setResultIndicator(action.getResultIndicator());
        a.setExpectedEvidence(action.getExpectedEvidence());
        String note = action.getNotes() == null ? "" : action.getNotes().strip();
        String from = origin == null ? "" : origin.strip();
        a.setNotes(from.isEmpty() ? note : note.isEmpty() ? from : from + ". " + note);
        row.getActions().add(a);
        write(user, rec, d, Write.FOLLOW_UP);
        return a.getKey();
    }

    @Override
    public PlanDocument recordCompletion(PortalUser user, long planId, Map<String, Boolean> completedByActionKey) {
        return reapplied(planId, () -> recordCompletionOnce(user, planId, completedByActionKey));
    }

    private PlanDocument recordCompletionOnce(PortalUser user, long planId, Map<String, Boolean> completedByActionKey) {
        PlanRecord rec = require(user, planId);
        check(user, EDIT, rec.schoolId());
        PlanDocument d = store.read(m -> load(m, rec, rec.currentRevision()));
        d.actions().forEach(a -> {
            Boolean done = completedByActionKey.get(a.getKey());
            if (done != null) {
                a.setCompleted(done);
            }
        });
        return write(user, rec, d, Write.COMPLETION);
    }

    @Override
    public PlanComment comment(PortalUser user, long planId, String actionKey, String text) {
        PlanRecord rec = require(user, planId);
        check(user, COMMENT, rec.schoolId());
        if (rec.publishedRevision() == 0) {
            throw new PlanStateException(PlanStatus.valueOf(rec.status()), "comment on");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty comment");
        }
        CommentParam c = new CommentParam();
        c.planId = planId;
        c.revision = rec.publishedRevision();
        c.actionKey = actionKey == null ? "" : cut(actionKey, 40);
        c.authorId = user.id();
        c.authorName = cut(user.displayName(), 200);
        c.createdAt = Timestamp.from(clock.instant());
        c.body = cut(Texts.nfc(text), 4000);
        store.write(m -> m.insertComment(c));
        return new PlanComment(c.id, planId, c.revision, c.actionKey, c.authorId, c.authorName,
                c.createdAt.toInstant(), c.body);
    }

    @Override
    public List<PlanComment> comments(PortalUser user, long planId) {
        require(user, planId);
        return store.read(m -> m.findComments(planId)).stream()
                .map(c -> new PlanComment(c.id(), c.planId(), c.revision(), c.actionKey(), c.authorId(),
                        c.authorName(), c.createdAt().toInstant(), c.body()))
                .toList();
    }
}
