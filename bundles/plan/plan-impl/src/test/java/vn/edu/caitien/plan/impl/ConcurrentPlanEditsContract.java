package vn.edu.caitien.plan.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.testsupport.TestDatabase;
import vn.edu.caitien.testsupport.Together;

/**
 * Two and ten users editing the same plan at the same moment, on Derby and on PostgreSQL. Every user reads the plan,
 * changes one field of one action and saves; a refused save is read again and the same change applied again, as the
 * editor tells its users. The threads start together behind a latch.
 *
 * <p>What must hold: every save that returned is in the final plan (unless a later save of the same field replaced
 * it) and exactly once in the history; every refused save threw {@link PlanConflictException} (or, while the plan waits
 * for approval, {@link PlanStateException}) and left nothing behind; each save got a version of its own; the history
 * of every field is an unbroken chain ending at the stored value; the plan's row, its content and its action index
 * come from the same transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentPlanEditsContract {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentPlanEditsContract.class);

    /** A user who keeps being refused this often is starved: the test fails instead of looping. */
    private static final int MAX_ATTEMPTS = 200;
    private static final long TIMEOUT_SECONDS = 120;

    /** @return a new, open database for the whole class (the scenarios use plans of their own) */
    abstract TestDatabase open();

    private TestDatabase db;
    private PlanServiceImpl service;
    private int planNumber;

    @BeforeAll
    void start() {
        db = open();
        service = PlanFixtures.service(db);
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    @Test
    void usersEditingDifferentActionsLoseNothing() throws Exception {
        for (int users : new int[] {2, 10}) {
            int each = users == 2 ? 10 : 2;
            Setup s = plan(users);
            Tally t = new Tally();
            List<Callable<Void>> work = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                PortalUser user = user(u);
                String key = s.actionKeys.get(u);
                List<Edit> edits = IntStream.range(0, each)
                        .mapToObj(k -> new Edit(user, key, Field.DESCRIPTION, user.id() + " lần " + k)).toList();
                work.add(() -> edit(s.planId, edits, t, null));
            }
            runTogether(work);
            PlanDocument end = check(s, t, 0);
            for (int u = 0; u < users; u++) {
                assertThat(action(end, s.actionKeys.get(u)).getDescription()).as("user %d's last edit", u)
                        .isEqualTo(user(u).id() + " lần " + (each - 1));
            }
            log("different actions", users, t);
        }
    }

    @Test
    void usersEditingTheSameActionsFieldsLoseNothing() throws Exception {
        for (int users : new int[] {2, 10}) {
            int each = users == 2 ? 10 : 2;
            Setup s = plan(users);
            String key = s.actionKeys.get(0);
            Tally t = new Tally();
            List<Callable<Void>> work = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                PortalUser user = user(u);
                // Two users share each field (of five) with ten users; with two, both change the description.
                Field field = users == 2 ? Field.DESCRIPTION : Field.values()[u % Field.values().length];
                List<Edit> edits = IntStream.range(0, each)
                        .mapToObj(k -> new Edit(user, key, field, user.id() + " lần " + k)).toList();
                work.add(() -> edit(s.planId, edits, t, null));
            }
            runTogether(work);
            PlanDocument end = check(s, t, 0);
            // Each field holds the value of the save of that field that was stored last.
            Map<Field, Saved> last = new HashMap<>();
            t.saved.forEach(sv -> last.merge(sv.edit.field, sv, (a, b) -> a.version > b.version ? a : b));
            last.forEach((field, sv) -> assertThat(field.get.apply(action(end, key))).as(field.path)
                    .isEqualTo(sv.edit.value));
            log("same action", users, t);
        }
    }

    @Test
    void usersSavingWhileThePrincipalSubmitsAndApprovesLoseNothing() throws Exception {
        for (int users : new int[] {2, 10}) {
            int editors = users - 1;
            int each = users == 2 ? 10 : 2;
            Setup s = plan(editors);
            Tally t = new Tally();
            CountDownLatch someSaved = new CountDownLatch(Math.max(2, editors));
            CountDownLatch approved = new CountDownLatch(1);
            PlanDocument[] submitted = new PlanDocument[1];
            List<Callable<Void>> work = new ArrayList<>();
            for (int u = 0; u < editors; u++) {
                PortalUser user = user(u);
                String key = s.actionKeys.get(u);
                List<Edit> edits = IntStream.range(0, each)
                        .mapToObj(k -> new Edit(user, key, Field.DESCRIPTION, user.id() + " lần " + k)).toList();
                work.add(() -> edit(s.planId, edits, t, () -> {
                    someSaved.countDown();
                    return approved;
                }));
            }
            work.add(() -> {
                assertThat(someSaved.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
                try {
                    submitted[0] = retried(t, s.planId, v -> service.submit(PRINCIPAL, s.planId, v));
                    retried(t, s.planId, v -> service.approve(PRINCIPAL, s.planId, v));
                } finally {
                    approved.countDown();
                }
                return null;
            });
            runTogether(work);
            PlanDocument end = check(s, t, 2);
            for (int u = 0; u < editors; u++) {
                assertThat(action(end, s.actionKeys.get(u)).getDescription()).as("editor %d's last edit", u)
                        .isEqualTo(user(u).id() + " lần " + (each - 1));
            }
            // The approved revision is exactly what was submitted: no save slipped in between.
            PlanDocument approvedRevision = service.plan(PRINCIPAL, s.planId, submitted[0].getRevision()).orElseThrow();
            assertThat(approvedRevision.getStatus()).isEqualTo(PlanStatus.APPROVED);
            assertThat(PlanCodec.flatten(approvedRevision, true)).isEqualTo(PlanCodec.flatten(submitted[0], true));
            List<PlanChange> history = service.history(PRINCIPAL, s.planId);
            int submitAt = indexOfStep(history, "submit");
            int approveAt = indexOfStep(history, "approve");
            assertThat(history.subList(submitAt + 1, approveAt)).as("changes between submit and approve").isEmpty();
            // Saves before the submission went to its revision, later ones to the next (a new draft).
            for (Saved sv : t.saved) {
                assertThat(sv.revision).isIn(submitted[0].getRevision(), submitted[0].getRevision() + 1);
            }
            boolean revised = t.saved.stream().anyMatch(sv -> sv.revision > submitted[0].getRevision());
            assertThat(end.getRevision()).isEqualTo(submitted[0].getRevision() + (revised ? 1 : 0));
            assertThat(end.getStatus()).isEqualTo(revised ? PlanStatus.DRAFT : PlanStatus.APPROVED);
            log("save while submit/approve", users, t);
        }
    }

    /**
     * Monitoring's writes (a follow-up action from a review or an inspection, the actions finished at the year-end
     * close) apply to the plan as stored, whoever saved it a moment before: they are never refused because a user
     * saved meanwhile, and never applied twice.
     */
    @Test
    void followUpsAndCompletionAddedWhileUsersSaveAreNeitherRefusedNorDoubled() throws Exception {
        int editors = 4;
        int each = 3;
        Setup s = plan(editors);
        Tally t = new Tally();
        List<Callable<Void>> work = new ArrayList<>();
        for (int u = 0; u < editors; u++) {
            PortalUser user = user(u);
            String key = s.actionKeys.get(u);
            List<Edit> edits = IntStream.range(0, each)
                    .mapToObj(k -> new Edit(user, key, Field.DESCRIPTION, user.id() + " lần " + k)).toList();
            work.add(() -> edit(s.planId, edits, t, null));
        }
        List<String> followUps = new ArrayList<>();
        work.add(() -> {
            for (int k = 0; k < each; k++) {
                PlanAction a = new PlanAction();
                a.setDescription("Việc khắc phục " + k);
                a.setLeadText("Tổ trưởng chuyên môn");
                synchronized (followUps) {
                    followUps.add(service.addFollowUpAction(PRINCIPAL, s.planId, "3.1", a,
                            "Theo kiến nghị của đoàn kiểm tra số " + k));
                }
                t.steps.incrementAndGet();
            }
            return null;
        });
        String finished = s.actionKeys.get(editors - 1);
        work.add(() -> {
            for (int k = 0; k < each; k++) {
                service.recordCompletion(PRINCIPAL, s.planId, Map.of(finished, k % 2 == 0));
                t.steps.incrementAndGet();
            }
            return null;
        });
        runTogether(work);
        PlanDocument end = check(s, t, 2 * each);
        assertThat(followUps).hasSize(each).doesNotHaveDuplicates();
        assertThat(end.actions()).hasSize(editors + each);
        for (int k = 0; k < each; k++) {
            int n = k;
            assertThat(end.actions()).filteredOn(a -> a.getDescription().equals("Việc khắc phục " + n)).hasSize(1)
                    .first().satisfies(a -> assertThat(a.getNotes())
                            .isEqualTo("Theo kiến nghị của đoàn kiểm tra số " + n));
        }
        assertThat(action(end, finished).isCompleted()).isEqualTo((each - 1) % 2 == 0);
        log("follow-ups and completion while saving", editors + 2, t);
    }

    /**
     * A save, and a workflow step, return the plan as they stored it, with the version they gave it: never a later
     * save that another user committed before the plan was read back. An editor goes on from the version returned; a
     * later version would let its next save overwrite the other user's change without being refused. The other user
     * saves from a {@link vn.edu.caitien.plan.api.PlanListener}, which the service calls after the commit and before
     * it returns: the same moment as another thread could, every time.
     */
    @Test
    void aSaveAndAStepReturnWhatTheyStoredNotALaterSave() {
        Setup s = plan(2);
        PortalUser mine = user(0);
        PortalUser theirs = user(1);
        boolean[] once = {false};
        int[] saves = {0};
        vn.edu.caitien.plan.api.PlanListener meanwhile = plan -> {
            if (!once[0]) {
                once[0] = true;
                PlanDocument d = service.plan(theirs, s.planId).orElseThrow();
                action(d, s.actionKeys.get(0)).setSupport("Hỗ trợ " + ++saves[0]);
                service.save(theirs, d);
            }
        };
        service.addListener(meanwhile);
        try {
            PlanDocument d = service.plan(mine, s.planId).orElseThrow();
            action(d, s.actionKeys.get(0)).setDescription("Mô tả của " + mine.id());
            PlanDocument saved = service.save(mine, d);
            assertThat(once[0]).isTrue();
            assertThat(saved.getVersion()).isEqualTo(s.version + 1);
            assertThat(action(saved, s.actionKeys.get(0)).getDescription()).isEqualTo("Mô tả của " + mine.id());
            assertThat(action(saved, s.actionKeys.get(0)).getSupport()).isEmpty();
            // Going on from what the save returned, the user is told of the other save instead of undoing it.
            action(saved, s.actionKeys.get(0)).setTimeText("Học kỳ II");
            assertThatThrownBy(() -> service.save(mine, saved)).isInstanceOfSatisfying(PlanConflictException.class,
                    e -> assertThat(e.theirChanges()).singleElement()
                            .satisfies(c -> assertThat(c.userId()).isEqualTo(theirs.id())));
            PlanDocument stored = service.plan(mine, s.planId).orElseThrow();
            assertThat(action(stored, s.actionKeys.get(0)).getSupport()).isEqualTo("Hỗ trợ 1");
            assertThat(action(stored, s.actionKeys.get(0)).getTimeText()).isEqualTo("Năm học 2025-2026");

            PlanDocument submitted = service.submit(PRINCIPAL, s.planId, stored.getVersion());
            once[0] = false;
            PlanDocument approved = service.approve(PRINCIPAL, s.planId, submitted.getVersion());
            assertThat(once[0]).isTrue();
            assertThat(approved.getVersion()).isEqualTo(submitted.getVersion() + 1);
            assertThat(approved.getStatus()).isEqualTo(PlanStatus.APPROVED);
            assertThat(approved.getRevision()).isEqualTo(submitted.getRevision());
            assertThat(PlanCodec.flatten(approved, true)).isEqualTo(PlanCodec.flatten(stored, true));
            // Their save after the approval started the next revision, which the approval did not return.
            PlanDocument next = service.plan(PRINCIPAL, s.planId).orElseThrow();
            assertThat(next.getRevision()).isEqualTo(approved.getRevision() + 1);
            assertThat(next.getVersion()).isEqualTo(approved.getVersion() + 1);
            assertThat(action(next, s.actionKeys.get(0)).getSupport()).isEqualTo("Hỗ trợ 2");
        } finally {
            service.removeListener(meanwhile);
        }
    }

    // ------------------------------------------------------------------------------------------------ users

    /** An edit: one field of one action set to a value no other edit uses. */
    private record Edit(PortalUser user, String actionKey, Field field, String value) {
    }

    /** A save that returned, with the version and revision it stored. */
    private record Saved(Edit edit, long version, int revision) {
    }

    /** What the users saw. */
    private static final class Tally {
        final Queue<Saved> saved = new ConcurrentLinkedQueue<>();
        final AtomicInteger conflicts = new AtomicInteger();
        final AtomicInteger whileSubmitted = new AtomicInteger();
        /** Workflow steps and monitoring writes that returned: they raise the version too. */
        final AtomicInteger steps = new AtomicInteger();
    }

    /** The action fields the users change; text the service stores as typed. */
    private enum Field {
        DESCRIPTION("description", PlanAction::getDescription, PlanAction::setDescription),
        TIME("timeText", PlanAction::getTimeText, PlanAction::setTimeText),
        BUDGET("budgetText", PlanAction::getBudgetText, PlanAction::setBudgetText),
        SUPPORT("support", PlanAction::getSupport, PlanAction::setSupport),
        NOTES("notes", PlanAction::getNotes, PlanAction::setNotes);

        final String path;
        final Function<PlanAction, String> get;
        final BiConsumer<PlanAction, String> set;

        Field(String path, Function<PlanAction, String> get, BiConsumer<PlanAction, String> set) {
            this.path = path;
            this.get = get;
            this.set = set;
        }
    }

    private static PortalUser user(int n) {
        String id = String.format("nd-%02d", n + 1);
        return new PortalUser(id, "Người sửa " + (n + 1), false,
                List.of(Membership.school(THCS.id(), PortalRole.VICE_PRINCIPAL)));
    }

    /**
     * One user's edits, each read, changed and saved; refused saves are read again and re-applied.
     *
     * @param whenSubmitted null when the plan never waits for approval; else called on every save that returned and
     *                      on a refusal because the plan was submitted, giving the latch that opens once approved
     */
    private Void edit(long planId, List<Edit> edits, Tally t, Callable<CountDownLatch> whenSubmitted) throws Exception {
        for (Edit e : edits) {
            for (int attempt = 1; ; attempt++) {
                assertThat(attempt).as("%s refused %d times", e.user.id(), attempt - 1)
                        .isLessThanOrEqualTo(MAX_ATTEMPTS);
                PlanDocument d = service.plan(e.user, planId).orElseThrow();
                e.field.set.accept(action(d, e.actionKey), e.value);
                try {
                    PlanDocument s = service.save(e.user, d);
                    assertThat(e.field.get.apply(action(s, e.actionKey))).isEqualTo(e.value);
                    t.saved.add(new Saved(e, s.getVersion(), s.getRevision()));
                    if (whenSubmitted != null) {
                        whenSubmitted.call();
                    }
                    break;
                } catch (PlanConflictException refused) {
                    t.conflicts.incrementAndGet();
                    assertThat(refused.currentVersion()).isGreaterThan(d.getVersion());
                    assertThat(refused.theirChanges()).isNotEmpty()
                            .allSatisfy(c -> assertThat(c.userId()).isNotEqualTo(e.user.id()));
                } catch (PlanStateException refused) {
                    if (whenSubmitted == null) {
                        throw refused;
                    }
                    t.whileSubmitted.incrementAndGet();
                    assertThat(refused.status()).isEqualTo(PlanStatus.SUBMITTED);
                    assertThat(whenSubmitted.call().await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
                }
            }
        }
        return null;
    }

    /** A workflow step with the version just read, read again when someone saved meanwhile. */
    private PlanDocument retried(Tally t, long planId, LongFunction<PlanDocument> step) {
        for (int attempt = 1; ; attempt++) {
            assertThat(attempt).isLessThanOrEqualTo(MAX_ATTEMPTS);
            long version = service.plan(PRINCIPAL, planId).orElseThrow().getVersion();
            try {
                PlanDocument done = step.apply(version);
                t.steps.incrementAndGet();
                return done;
            } catch (PlanConflictException refused) {
                t.conflicts.incrementAndGet();
            }
        }
    }

    /** Starts every task at once and waits for all; the first failure fails the test. */
    private static void runTogether(List<Callable<Void>> work) throws Exception {
        Together.run(work, TIMEOUT_SECONDS);
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** The plan: row 3.1 with an action per user. */
    private record Setup(long planId, long version, String rowKey, List<String> actionKeys,
                         Map<String, String> flat, int historySize) {
    }

    private Setup plan(int actions) {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getHeader().setNumber(++planNumber);
        d.getHeader().setDate(LocalDate.of(2025, 9, 9));
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(3);
        for (int i = 0; i < actions; i++) {
            PlanAction a = new PlanAction();
            a.setDescription("Công việc " + (i + 1));
            a.setLeadText("Hiệu trưởng");
            a.setTimeText("Năm học 2025-2026");
            a.setBudgetText("10 triệu đồng");
            row.getActions().add(a);
        }
        d.getRows().add(row);
        PlanDocument saved = service.save(PRINCIPAL, d);
        Map<String, String> flat = new HashMap<>(PlanCodec.flatten(saved, false));
        flat.put("status", saved.getStatus().name());
        return new Setup(saved.getId(), saved.getVersion(), saved.getRows().get(0).getKey(),
                saved.actions().stream().map(PlanAction::getKey).toList(), flat,
                service.history(PRINCIPAL, saved.getId()).size());
    }

    /**
     * The checks every scenario shares.
     *
     * @param steps how many other writes (workflow steps, monitoring writes) returned besides the users' saves
     * @return the plan as stored at the end
     */
    private PlanDocument check(Setup s, Tally t, int steps) {
        assertThat(t.steps.get()).isEqualTo(steps);
        PlanDocument end = service.plan(PRINCIPAL, s.planId).orElseThrow();
        // Every write raised the version by one, and no two saves were given the same version.
        assertThat(end.getVersion()).isEqualTo(s.version + t.saved.size() + steps);
        assertThat(t.saved.stream().map(Saved::version)).doesNotHaveDuplicates()
                .allMatch(v -> v > s.version && v <= end.getVersion());

        List<PlanChange> history = service.history(PRINCIPAL, s.planId);
        Set<String> userPaths = new HashSet<>();
        Map<String, Integer> acknowledged = new HashMap<>();
        for (Saved sv : t.saved) {
            String path = path(s, sv.edit);
            userPaths.add(path);
            acknowledged.merge(sv.edit.user.id() + "\0" + path + "\0" + sv.edit.value, 1, Integer::sum);
        }
        // Every save that returned is in the history exactly once; nothing else a user did is.
        Map<String, Integer> recorded = new HashMap<>();
        history.stream().filter(c -> userPaths.contains(c.change().path()) && c.userId().startsWith("nd-"))
                .forEach(c -> recorded.merge(c.userId() + "\0" + c.change().path() + "\0" + c.change().newValue(), 1,
                        Integer::sum));
        assertThat(recorded).isEqualTo(acknowledged);
        assertThat(history).filteredOn(c -> c.userId().startsWith("nd-") && !c.change().path().equals("status"))
                .hasSize(t.saved.size());
        // The history of every changed field is one unbroken chain that ends at the stored value.
        Map<String, String> endFlat = PlanCodec.flatten(end, false);
        Map<String, String> value = new HashMap<>(s.flat);
        for (PlanChange c : history.subList(s.historySize, history.size())) {
            String path = c.change().path();
            if (value.containsKey(path) || !path.contains("actions[")) {
                assertThat(c.change().oldValue()).as("old value of %s", path).isEqualTo(value.getOrDefault(path, ""));
            }
            value.put(path, c.change().newValue());
        }
        for (String path : userPaths) {
            assertThat(endFlat.get(path)).as("stored %s", path).isEqualTo(value.get(path));
        }
        // The plan's row and its action index were written with the content.
        PlanSummary summary = service.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL).stream()
                .filter(p -> p.id() == s.planId).findFirst().orElseThrow();
        assertThat(summary.actionCount()).isEqualTo(end.actions().size());
        assertThat(summary.revision()).isEqualTo(end.getRevision());
        List<String> indexed = service.actionsByLead(PRINCIPAL, THCS.id(), "Hiệu trưởng").stream()
                .filter(a -> a.planId() == s.planId).map(a -> a.actionKey() + "=" + a.description()).toList();
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(end.actions().stream()
                .filter(a -> a.getLeadText().equals("Hiệu trưởng")).map(a -> a.getKey() + "=" + a.getDescription())
                .toList());
        return end;
    }

    private static PlanAction action(PlanDocument d, String key) {
        return d.actions().stream().filter(a -> a.getKey().equals(key)).findFirst().orElseThrow();
    }

    private static String path(Setup s, Edit e) {
        return "rows[" + s.rowKey + "].actions[" + e.actionKey + "]." + e.field.path;
    }

    private static int indexOfStep(List<PlanChange> history, String step) {
        int at = IntStream.range(0, history.size()).filter(i -> history.get(i).action().equals(step)).findFirst()
                .orElse(-1);
        assertThat(at).as("the %s step in the history", step).isNotNegative();
        return at;
    }

    private void log(String scenario, int users, Tally t) {
        LOG.info("{} ({}): {} users, {} saves, {} refused and retried ({} conflicts, {} while submitted), 0 lost",
                scenario, db.databaseId(), users, t.saved.size(), t.conflicts.get() + t.whileSubmitted.get(),
                t.conflicts.get(), t.whileSubmitted.get());
    }
}
