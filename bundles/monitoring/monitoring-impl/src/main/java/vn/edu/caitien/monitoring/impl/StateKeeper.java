package vn.edu.caitien.monitoring.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.impl.Guard.ActionInfo;
import vn.edu.caitien.monitoring.impl.db.MonitoringMapper;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.monitoring.impl.db.Rows.PlanStateRow;
import vn.edu.caitien.monitoring.impl.db.Rows.ProgressRow;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanStatus;

/**
 * Keeps the current-state rows of plans ({@code PLAN_STATE}, {@code ACTION_STATE}) and the roll-up cells in step with
 * the plans: told by the plan service after every change ({@link PlanStateListener}) and, for plans changed while the
 * module was not running, when a plan is read. Thread-safe.
 */
final class StateKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(StateKeeper.class);
    private static final Date FAR = Date.valueOf(LocalDate.of(9999, 12, 31));

    private final MonitoringStore store;
    private final Clock clock;
    private final ConcurrentMap<String, Integer> schoolNos = new ConcurrentHashMap<>();

    StateKeeper(MonitoringStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Brings the state rows of the plan up to {@code doc} when it is newer than what they reflect: a higher lock
     * version of the same or a later revision, or a later revision. An older revision (a body reads the published
     * one while the school drafts the next) or an older notification changes nothing.
     */
    void refresh(PlanDocument doc) {
        if (!newer(store.read(m -> m.planState(doc.getId())), doc)) {
            return;
        }
        int schoolNo = schoolNo(doc.getSchoolId());
        try {
            store.write(m -> {
                m.lockSchool(schoolNo);
                PlanStateRow seen = m.planState(doc.getId());
                if (!newer(seen, doc)) {
                    return null; // another thread got there first
                }
                write(m, doc, seen, schoolNo);
                return null;
            });
        } catch (PersistenceException e) {
            // Two first sights of the same plan at the same moment: the other one stored it.
            LOG.debug("Concurrent state refresh of plan {}: {}", doc.getId(), e.getMessage());
        }
    }

    static boolean newer(PlanStateRow seen, PlanDocument doc) {
        if (seen == null) {
            return true;
        }
        if (doc.getRevision() != seen.revision) {
            return doc.getRevision() > seen.revision;
        }
        return doc.getVersion() > seen.planVersion;
    }

    private void write(MonitoringMapper m, PlanDocument doc, PlanStateRow seen, int schoolNo) {
        Map<String, ProgressRow> last = new HashMap<>();
        Map<String, Integer> updates = new HashMap<>();
        for (ProgressRow r : m.historyUpTo(doc.getId(), FAR)) {
            last.put(r.actionKey, r); // sorted by date: the latest wins
            updates.merge(r.actionKey, 1, Integer::sum);
        }
        PlanPeriod period = doc.getHeader().getPeriod();
        List<StateRow> rows = new ArrayList<>();
        int seq = 0;
        for (ActionInfo info : Guard.actions(doc)) {
            for (int year = period.startYear(); year < period.endYear(); year++) {
                rows.add(row(doc, period, info, last.get(info.key()), updates.getOrDefault(info.key(), 0), year, seq,
                        schoolNo));
            }
            seq++;
        }
        PlanStateRow ps = new PlanStateRow();
        ps.planId = doc.getId();
        ps.schoolId = doc.getSchoolId();
        ps.schoolNo = schoolNo;
        ps.startYear = period.startYear();
        ps.endYear = period.endYear();
        ps.revision = doc.getRevision();
        ps.status = doc.getStatus().name();
        ps.seenAt = Timestamp.from(clock.instant());
        ps.planVersion = doc.getVersion();
        ps.publishedRevision = doc.getStatus() == PlanStatus.PUBLISHED ? doc.getRevision()
                : seen == null ? 0 : seen.publishedRevision;
        m.deleteStates(doc.getId());
        MonitoringStore.insertStates(m, rows);
        if (seen == null) {
            m.insertPlanState(ps);
        } else {
            m.updatePlanState(ps);
        }
        Set<Integer> years = new TreeSet<>();
        for (int y = period.startYear(); y < period.endYear(); y++) {
            years.add(y);
        }
        if (seen != null) {
            for (int y = seen.startYear; y < seen.endYear; y++) {
                years.add(y);
            }
        }
        for (int year : years) {
            MonitoringStore.rebuildCells(m, schoolNo, year);
        }
    }

    private static StateRow row(PlanDocument doc, PlanPeriod period, ActionInfo info, ProgressRow last, int updates,
                                int year, int seq, int schoolNo) {
        PlanAction a = info.action();
        StateRow s = new StateRow();
        s.planId = doc.getId();
        s.actionKey = a.getKey();
        s.schoolYear = year;
        s.schoolId = doc.getSchoolId();
        s.schoolNo = schoolNo;
        s.criterion(cut(info.criterionCode(), 20));
        s.standardNo = info.standardNo();
        s.description = cut(a.getDescription(), 2000);
        s.leadText = cut(a.getLeadText(), 500);
        s.leadUserId = a.getLeadUserId() == null ? "" : a.getLeadUserId();
        s.startDate = a.getStart() == null ? null : Date.valueOf(a.getStart());
        s.endDate = a.getEnd() == null ? null : Date.valueOf(a.getEnd());
        s.openEnded = a.isOpenEnded();
        s.dueDate = Date.valueOf(DueRules.dueDate(a.getEnd(), a.isOpenEnded(), period));
        s.planned = a.getAmount();
        s.sources = a.getSources() == null ? "" : a.getSources().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        s.status(last == null ? ActionStatus.NOT_STARTED : ActionStatus.valueOf(last.status));
        s.percentDone = last == null ? 0 : last.percentDone;
        s.spent = last == null ? null : last.spent;
        s.degree = last == null ? null : last.degree;
        s.lastUpdate = last == null ? null : last.asOf;
        s.updates = updates;
        // Not kept here: the follow-up marker is computed from the reviews and inspections when read
        // (MonitoringServiceImpl.followUpKeys); a copy taken here could miss a review not yet committed.
        s.followUp = false;
        s.seq = seq;
        return s;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    /** @return the school's number in the current-state tables, given on first use */
    int schoolNo(String schoolId) {
        Integer cached = schoolNos.get(schoolId);
        if (cached != null) {
            return cached;
        }
        Integer no = store.read(m -> m.schoolNo(schoolId));
        if (no == null) {
            try {
                store.write(m -> m.insertSchoolNo(schoolId));
            } catch (PersistenceException e) {
                LOG.debug("School number given by another request: {}", e.getMessage());
            }
            no = store.read(m -> m.schoolNo(schoolId));
        }
        schoolNos.put(schoolId, no);
        return no;
    }

    /** Forgets the school numbers (after a purge in tests). */
    void forget() {
        schoolNos.clear();
    }
}
