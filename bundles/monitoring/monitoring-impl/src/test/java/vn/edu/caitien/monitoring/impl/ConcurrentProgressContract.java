package vn.edu.caitien.monitoring.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PRINCIPAL;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PROVINCE;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PROVINCE_OFFICER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.THCS;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.VICE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.ProgressEntry;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.testsupport.TestDatabase;
import vn.edu.caitien.testsupport.Together;

/**
 * Ten progress reports sent at the same moment, on Derby and on PostgreSQL, on one action and on ten actions: every
 * report acknowledged is in the history, none twice; the current state (computed, and the stored state row and roll-up
 * cells the supervisors read) is the latest report by date. And a review whose follow-up action goes into the plan
 * while users save the plan: recorded once, its action added once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentProgressContract {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentProgressContract.class);
    private static final long TIMEOUT_SECONDS = 120;
    private static final int REPORTS = 10;

    /** @return a new, open database for the whole class (each test publishes a plan of its own) */
    abstract TestDatabase open();

    private TestDatabase db;
    private PlanServiceImpl plans;
    private MonitoringServiceImpl service;
    private int planNumber;

    @BeforeAll
    void start() {
        db = open();
        plans = PlanFixtures.service(db);
        service = MonitoringFixtures.monitoring(db, plans);
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void tenReportsOnOneActionAreAllKeptAndTheLatestByDateIsTheState() throws Exception {
        PlanDocument plan = publishedPlan(REPORTS);
        String key = plan.actions().get(0).getKey();
        List<ProgressUpdate> updates = reports(plan, i -> key);
        ProgressTotals before = schoolTotals();
        Queue<ProgressEntry> acknowledged = send(updates);

        List<ProgressEntry> history = service.history(PRINCIPAL, plan.getId(), key);
        assertThat(history).extracting(ProgressEntry::comment)
                .containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(ProgressEntry::comment).toList());
        assertThat(history).extracting(ProgressEntry::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(ProgressEntry::id).toList());
        // Oldest report first, by the day it speaks for, whatever order the threads wrote them in.
        assertThat(history).extracting(ProgressEntry::asOf).isSorted();
        ProgressUpdate latest = updates.stream().max(Comparator.comparing(ProgressUpdate::asOf)).orElseThrow();
        ActionProgress now = service.progress(PRINCIPAL, plan.getId()).stream()
                .filter(a -> a.actionKey().equals(key)).findFirst().orElseThrow();
        assertThat(now.percent()).isEqualTo(latest.percent());
        assertThat(now.lastUpdate()).isEqualTo(latest.asOf());
        assertThat(now.spent()).isEqualTo(latest.spent());
        assertThat(now.updates()).isEqualTo(REPORTS);
        StateRow state = states(plan).get(key);
        assertThat(state.updates).isEqualTo(REPORTS);
        assertThat(state.percentDone).isEqualTo(latest.percent());
        assertThat(state.lastUpdate.toLocalDate()).isEqualTo(latest.asOf());
        assertThat(state.spent).isEqualTo(latest.spent());
        // The roll-up cells, rebuilt with each report, hold the latest report too.
        ProgressTotals after = schoolTotals();
        assertThat(after.inProgress() - before.inProgress()).isEqualTo(1);
        assertThat(after.spent() - before.spent()).isEqualTo(latest.spent());
        LOG.info("one action ({}): {} reports sent together, {} acknowledged, {} in the history, 0 lost",
                db.databaseId(), REPORTS, acknowledged.size(), history.size());
    }

    @Test
    void tenReportsOnTenActionsAreAllKeptInTheStateAndTheRollUp() throws Exception {
        PlanDocument plan = publishedPlan(REPORTS);
        List<String> keys = plan.actions().stream().map(PlanAction::getKey).toList();
        List<ProgressUpdate> updates = reports(plan, keys::get);
        ProgressTotals before = schoolTotals();
        Queue<ProgressEntry> acknowledged = send(updates);

        Map<String, StateRow> states = states(plan);
        for (ProgressUpdate u : updates) {
            assertThat(service.history(PRINCIPAL, plan.getId(), u.actionKey())).singleElement()
                    .satisfies(e -> assertThat(e.comment()).isEqualTo(u.comment()));
            StateRow s = states.get(u.actionKey());
            assertThat(s.updates).isEqualTo(1);
            assertThat(s.percentDone).isEqualTo(u.percent());
            assertThat(s.spent).isEqualTo(u.spent());
            assertThat(s.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        }
        ProgressTotals after = schoolTotals();
        assertThat(after.inProgress() - before.inProgress()).isEqualTo(REPORTS);
        assertThat(after.spent() - before.spent()).isEqualTo(updates.stream().mapToLong(ProgressUpdate::spent).sum());
        LOG.info("ten actions ({}): {} reports sent together, {} acknowledged, 0 lost", db.databaseId(), REPORTS,
                acknowledged.size());
    }

    /**
     * A review's follow-up action is added through the plan service inside the review's transaction. Users saving
     * the plan at the same moment never make the review fail, and the action is added once: the plan service applies
     * it again to the plan as stored, and the monitoring store never runs such a transaction a second time.
     */
    @Test
    void aReviewWithAFollowUpRecordedWhileUsersSaveThePlanAddsItsActionOnce() throws Exception {
        PlanDocument plan = publishedPlan(3);
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Object>> work = new ArrayList<>();
        for (PortalUser user : List.of(PRINCIPAL, VICE)) {
            String key = plan.actions().get(user == PRINCIPAL ? 1 : 2).getKey();
            work.add(() -> {
                for (int k = 0; k < 4; k++) {
                    while (true) {
                        PlanDocument d = plans.plan(user, plan.getId()).orElseThrow();
                        d.actions().stream().filter(a -> a.getKey().equals(key)).findFirst().orElseThrow()
                                .setSupport(user.id() + " lần " + k);
                        try {
                            plans.save(user, d);
                            saves.incrementAndGet();
                            break;
                        } catch (PlanConflictException e) {
                            refused.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        FollowUp followUp = new FollowUp("3.1", "Bổ sung hồ sơ sửa chữa sân chơi", "Hiệu trưởng", "", "Tháng 2/2026",
                "Không");
        work.add(() -> service.recordReview(PRINCIPAL, new ReviewDraft(plan.getId(), ReviewPeriod.SEMESTER_1, null,
                2025, LocalDate.of(2026, 1, 15), "Rà soát học kỳ I", "Đúng tiến độ",
                List.of(new Adjustment("Thêm việc khắc phục", "", followUp, "")), List.of("Lê Văn Hòa"), "")));
        List<Object> results = runTogether(work);

        Review review = (Review) results.get(results.size() - 1);
        String added = review.adjustments().get(0).followUpActionKey();
        assertThat(added).isNotEmpty();
        assertThat(service.reviews(PRINCIPAL, plan.getId())).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(review.id()));
        PlanDocument end = plans.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(end.actions()).filteredOn(a -> a.getDescription().equals("Bổ sung hồ sơ sửa chữa sân chơi"))
                .singleElement().satisfies(a -> assertThat(a.getKey()).isEqualTo(added));
        assertThat(end.actions()).hasSize(4);
        assertThat(saves.get()).isEqualTo(8);
        // The state rows follow the plan as stored: the new action is there, once.
        assertThat(states(plan)).containsKey(added).hasSize(4);
        LOG.info("review with a follow-up while saving ({}): 1 review, 1 action added, {} saves, {} refused and"
                + " retried, 0 lost", db.databaseId(), saves.get(), refused.get());
    }

    /**
     * Reports sent together on one action, half of them without a percent: each of those keeps the percent of the
     * report stored just before it (read under the school's lock, in the same transaction), never an older one.
     */
    @Test
    void aReportWithoutAPercentKeepsThePercentOfTheReportStoredJustBeforeIt() throws Exception {
        PlanDocument plan = publishedPlan(1);
        String key = plan.actions().get(0).getKey();
        LocalDate day = LocalDate.of(2025, 11, 3);
        List<ProgressUpdate> updates = IntStream.range(0, REPORTS).mapToObj(i -> new ProgressUpdate(plan.getId(), key,
                day, ActionStatus.IN_PROGRESS, i % 2 == 0 ? 10 + 8 * i : null, null, null, "", "Báo cáo số " + i))
                .toList();
        send(updates);

        // Same day: the history is in the order the reports were stored.
        List<ProgressEntry> history = service.history(PRINCIPAL, plan.getId(), key);
        assertThat(history).hasSize(REPORTS);
        int before = 0;
        for (ProgressEntry e : history) {
            int i = Integer.parseInt(e.comment().substring("Báo cáo số ".length()));
            if (updates.get(i).percent() == null) {
                assertThat(e.percent()).as("report %d, stored after one at %d %%", i, before).isEqualTo(before);
            } else {
                assertThat(e.percent()).isEqualTo(updates.get(i).percent());
            }
            before = e.percent();
        }
        assertThat(states(plan).get(key).percentDone).isEqualTo(before);
        LOG.info("reports without a percent ({}): {} sent together, each kept the percent stored before it",
                db.databaseId(), REPORTS);
    }

    /**
     * Another request refreshes the plan's state rows after the plan service committed a review's follow-up action
     * and before the review itself is committed. The drill-down still marks the action as a follow-up: the marker is
     * read from the reviews, not copied into the state rows by that refresh (which, on PostgreSQL, did not see the
     * review yet and left the marker off for good).
     */
    @Test
    void aRefreshBetweenAFollowUpAndItsReviewKeepsTheMarkerOfTheDrillDown() throws Exception {
        PlanDocument plan = publishedPlan(1);
        AtomicInteger armed = new AtomicInteger(1);
        AtomicReference<Future<?>> refresh = new AtomicReference<>();
        ExecutorService other = Executors.newSingleThreadExecutor();
        vn.edu.caitien.plan.api.PlanListener between = current -> {
            if (current.getId() == plan.getId() && armed.getAndDecrement() == 1) {
                Future<?> f = other.submit(() -> service.ensureState(plans.plan(VICE, plan.getId()).orElseThrow()));
                refresh.set(f);
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    LOG.info("The refresh waits for the review ({}); the review goes on", db.databaseId());
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        plans.addListener(between);
        Review review;
        try {
            FollowUp followUp = new FollowUp("3.1", "Hoàn thiện hồ sơ sửa chữa sân chơi", "Hiệu trưởng", "",
                    "Tháng 12/2025", "Không");
            review = service.recordReview(PRINCIPAL, new ReviewDraft(plan.getId(), ReviewPeriod.SEMESTER_1, null, 2025,
                    LocalDate.of(2026, 1, 15), "Rà soát học kỳ I", "Chậm tiến độ",
                    List.of(new Adjustment("Bổ sung việc khắc phục", "", followUp, "")), List.of("Lê Văn Hòa"), ""));
            assertThat(refresh.get()).as("the plan service told the listeners").isNotNull();
            refresh.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            plans.removeListener(between);
            other.shutdownNow();
        }
        String added = review.adjustments().get(0).followUpActionKey();
        assertThat(states(plan)).containsKey(added);
        // Due 31/12/2025, not started: behind on 3.1, and marked as a follow-up.
        assertThat(service.behind(PROVINCE_OFFICER, PROVINCE, 2025, "3.1"))
                .filteredOn(a -> a.actionKey().equals(added)).singleElement()
                .satisfies(a -> assertThat(a.followUp()).isTrue());
        assertThat(service.progress(PRINCIPAL, plan.getId())).filteredOn(a -> a.actionKey().equals(added))
                .singleElement().satisfies(a -> assertThat(a.followUp()).isTrue());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A published plan of the school with {@code n} actions in row 3.1, led by the principal's office. */
    private PlanDocument publishedPlan(int n) {
        PlanDocument d = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getHeader().setNumber(++planNumber);
        d.getHeader().setDate(LocalDate.of(2025, 9, 9));
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(3);
        for (int i = 0; i < n; i++) {
            PlanAction a = new PlanAction();
            a.setDescription("Công việc " + (i + 1));
            a.setLeadText("Hiệu trưởng");
            a.setTimeText("Từ 01/9/2025 đến 31/5/2026");
            a.setBudgetText("10 triệu đồng");
            row.getActions().add(a);
        }
        d.getRows().add(row);
        d = plans.save(PRINCIPAL, d);
        d = plans.submit(PRINCIPAL, d.getId(), d.getVersion());
        d = plans.approve(PRINCIPAL, d.getId(), d.getVersion());
        return plans.publish(PRINCIPAL, d.getId(), d.getVersion());
    }

    /**
     * Ten reports, each for its own day: report {@code i} speaks for 1 October 2025 plus a shuffled number of weeks,
     * so that the order the threads start in says nothing about which is the latest.
     */
    private static List<ProgressUpdate> reports(PlanDocument plan, Function<Integer, String> actionKey) {
        List<Integer> weeks = new ArrayList<>(IntStream.range(0, REPORTS).boxed().toList());
        Collections.shuffle(weeks, new java.util.Random(REPORTS));
        return IntStream.range(0, REPORTS).mapToObj(i -> new ProgressUpdate(plan.getId(), actionKey.apply(i),
                LocalDate.of(2025, 10, 1).plusWeeks(weeks.get(i)), ActionStatus.IN_PROGRESS, 5 + 9 * i,
                1_000_000L * (i + 1), null, "", "Báo cáo số " + i)).toList();
    }

    /** Sends every report from its own thread, the principal and the vice principal in turn, all at once. */
    private Queue<ProgressEntry> send(List<ProgressUpdate> updates) throws Exception {
        Queue<ProgressEntry> acknowledged = new ConcurrentLinkedQueue<>();
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            PortalUser user = i % 2 == 0 ? PRINCIPAL : VICE;
            ProgressUpdate u = updates.get(i);
            work.add(() -> {
                ProgressEntry e = service.update(user, u);
                assertThat(e.id()).isPositive();
                assertThat(e.comment()).isEqualTo(u.comment());
                acknowledged.add(e);
                return e;
            });
        }
        runTogether(work);
        assertThat(acknowledged).hasSize(updates.size());
        return acknowledged;
    }

    private Map<String, StateRow> states(PlanDocument plan) {
        return service.store().read(m -> m.states(plan.getId())).stream()
                .collect(Collectors.toMap(s -> s.actionKey, s -> s));
    }

    /**
     * The school's line of the province's roll-up (from the roll-up cells), school year 2025-2026: every plan of the
     * school published by the tests so far, so the tests compare before and after.
     */
    private ProgressTotals schoolTotals() {
        return service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025).schools().stream()
                .filter(s -> s.schoolId().equals(THCS.id())).findFirst().orElseThrow().totals();
    }

    /** Starts every task at once and waits for all; the first failure fails the test. */
    private static List<Object> runTogether(List<Callable<Object>> work) throws Exception {
        return Together.run(work, TIMEOUT_SECONDS);
    }
}
