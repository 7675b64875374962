package vn.edu.caitien.monitoring.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.MN;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PRINCIPAL;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PROVINCE;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PROVINCE_OFFICER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.TEACHER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.TEAM;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.TH;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.THCS;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.THPT;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.VICE;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.WARD;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.WARD_OFFICER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.CriterionEvidence;
import vn.edu.caitien.monitoring.api.CriterionRollUp;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceKind;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.FileType;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.ImplementationDegree;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.InspectionDraft;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringStateException;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.Participant;
import vn.edu.caitien.monitoring.api.PlanDashboard;
import vn.edu.caitien.monitoring.api.Problem;
import vn.edu.caitien.monitoring.api.ProgressEntry;
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
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.plan.api.CopyResult;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.testsupport.TestDatabase;

/**
 * The monitoring services and their SQL, on Derby and on PostgreSQL, with the real plan and catalogue services. The
 * clock stands at 20/01/2026 (end of semester I of 2025-2026).
 */
abstract class MonitoringServiceContract {

    abstract TestDatabase db();

    private PlanServiceImpl plans;
    private MonitoringServiceImpl service;
    private EvidenceServiceImpl evidence;
    private PlanDocument plan;
    /** Sửa chữa sân chơi: lead the principal, 05/09–31/10/2025 (overdue), 500 triệu, no source. */
    private String yard;
    /** Bồi dưỡng STEM: lead the teacher, 01/11/2025–31/01/2026 (due soon), 20 triệu ngân sách. */
    private String stem;
    /** Bổ sung sách: lead the library, 01/01–31/05/2026 (on track), 100 triệu XHH. */
    private String books;

    @BeforeEach
    void start() {
        plans = PlanFixtures.service(db());
        service = MonitoringFixtures.monitoring(db(), plans);
        evidence = MonitoringFixtures.evidence(db(), plans, 1);
        plan = publishedPlan();
        yard = plan.getRows().get(0).getActions().get(0).getKey();
        stem = plan.getRows().get(0).getActions().get(1).getKey();
        books = plan.getRows().get(1).getActions().get(0).getKey();
    }

    private static PlanAction action(String description, String lead, String leadUserId, String time, String budget) {
        PlanAction a = new PlanAction();
        a.setDescription(description);
        a.setLeadText(lead);
        a.setLeadUserId(leadUserId);
        a.setTimeText(time);
        a.setBudgetText(budget);
        return a;
    }

    private static PlanRow row(String code, PlanAction... actions) {
        PlanRow r = new PlanRow();
        r.setCriterionCode(code);
        r.setTargetLevel(3);
        r.setActions(new ArrayList<>(List.of(actions)));
        return r;
    }

    private PlanDocument publishedPlan() {
        PlanDocument d = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getHeader().setNumber(7);
        d.getHeader().setDate(LocalDate.of(2025, 9, 9));
        d.getRows().add(row("3.1",
                action("Sửa chữa sân chơi, bãi tập", "Hiệu trưởng", "", "Từ 05/9/2025 đến 31/10/2025", "500 triệu đồng"),
                action("Bồi dưỡng giáo viên dạy học STEM", "Phạm Minh Châu", TEACHER.id(), "Từ 01/11/2025 đến 31/01/2026",
                        "20 triệu đồng ngân sách")));
        d.getRows().add(row("3.6",
                action("Bổ sung sách tham khảo", "Nhân viên thư viện", "", "Từ 01/01/2026 đến 31/5/2026", "100 triệu (XHH)")));
        d = plans.save(PRINCIPAL, d);
        d = plans.submit(PRINCIPAL, d.getId(), d.getVersion());
        d = plans.approve(PRINCIPAL, d.getId(), d.getVersion());
        return plans.publish(PRINCIPAL, d.getId(), d.getVersion());
    }

    private ProgressUpdate update(String key, ActionStatus status, Integer percent, Long spent, LocalDate asOf) {
        return new ProgressUpdate(plan.getId(), key, asOf, status, percent, spent, ImplementationDegree.IN_PROGRESS, "",
                "Đã triển khai");
    }

    private ActionProgress state(List<ActionProgress> list, String key) {
        return list.stream().filter(a -> a.actionKey().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> keys(MonitoringValidationException e) {
        return e.problems().stream().map(Problem::key).toList();
    }

    // ------------------------------------------------------------------------------------------------ progress

    @Test
    void aTeacherReportsOnTheActionTheyLeadAndOnlyThere() {
        ProgressEntry first = service.update(TEACHER, update(stem, ActionStatus.IN_PROGRESS, 30, 5_000_000L,
                LocalDate.of(2025, 11, 15)));
        assertThat(first.authorId()).isEqualTo(TEACHER.id());
        service.update(TEACHER, update(stem, ActionStatus.IN_PROGRESS, 60, 12_000_000L, LocalDate.of(2026, 1, 10)));
        assertThatThrownBy(() -> service.update(TEACHER, update(yard, ActionStatus.DONE, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.canUpdate(TEACHER, plan.getId(), stem)).isTrue();
        assertThat(service.canUpdate(TEACHER, plan.getId(), yard)).isFalse();
        // The principal and the vice principal report on every action.
        service.update(VICE, update(yard, ActionStatus.DONE, null, 480_000_000L, null));

        List<ProgressEntry> history = service.history(PRINCIPAL, plan.getId(), stem);
        assertThat(history).extracting(ProgressEntry::percent).containsExactly(30, 60);
        List<ActionProgress> now = service.progress(TEACHER, plan.getId());
        assertThat(now).extracting(ActionProgress::actionKey).containsExactly(yard, stem, books);
        ActionProgress s = state(now, stem);
        assertThat(s.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(s.percent()).isEqualTo(60);
        assertThat(s.spent()).isEqualTo(12_000_000L);
        assertThat(s.planned()).isEqualTo(20_000_000L);
        assertThat(s.updates()).isEqualTo(2);
        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(s.dueState()).isEqualTo(DueState.DUE_SOON);
        assertThat(state(now, yard).percent()).isEqualTo(100);
        assertThat(state(now, yard).dueState()).isEqualTo(DueState.CLOSED);
        assertThat(state(now, books).dueState()).isEqualTo(DueState.ON_TRACK);

        // As of a past day, from the history.
        List<ActionProgress> then = service.progressAt(PRINCIPAL, plan.getId(), LocalDate.of(2025, 12, 1));
        assertThat(state(then, stem).percent()).isEqualTo(30);
        assertThat(state(then, yard).status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(state(then, yard).dueState()).isEqualTo(DueState.OVERDUE);

        // "My actions": the teacher leads one.
        assertThat(service.myActions(TEACHER, THCS.id())).extracting(ActionProgress::actionKey).containsExactly(stem);
    }

    @Test
    void aTeacherOfAnotherSchoolFindsNothingAndNothingIsStored() {
        assertThatThrownBy(() -> service.update(OTHER_TEACHER, update(stem, ActionStatus.DONE, null, null, null)))
                .isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.progress(OTHER_TEACHER, plan.getId())).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.myActions(OTHER_TEACHER, THCS.id()))
                .isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> service.inspections(OTHER_TEACHER, THCS.id()))
                .isInstanceOf(MonitoringNotFoundException.class);
        assertThat(service.history(PRINCIPAL, plan.getId(), stem)).isEmpty();
        assertThatThrownBy(() -> service.update(PRINCIPAL, update("a-000000000000", ActionStatus.DONE, null, null, null)))
                .isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> service.update(PRINCIPAL, new ProgressUpdate(987_654L, stem, null,
                ActionStatus.DONE, null, null, null, "", ""))).isInstanceOf(PlanNotFoundException.class);
    }

    @Test
    void badReportsAreRefusedWithEveryProblemAndNothingIsStored() {
        MonitoringValidationException e = (MonitoringValidationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> service.update(TEACHER, update(stem, ActionStatus.IN_PROGRESS, 140, -5L, LocalDate.of(2026, 2, 1))));
        assertThat(keys(e)).containsExactlyInAnyOrder(MonitoringValidationException.PERCENT_RANGE,
                MonitoringValidationException.NEGATIVE_AMOUNT, MonitoringValidationException.FUTURE_DATE);
        assertThat(e.problems()).filteredOn(p -> p.field().equals("percent")).extracting(Problem::args)
                .containsExactly(List.of("140"));
        MonitoringValidationException done = (MonitoringValidationException) org.assertj.core.api.Assertions
                .catchThrowable(() -> service.update(TEACHER, update(stem, ActionStatus.DONE, 80, null, null)));
        assertThat(keys(done)).containsExactly(MonitoringValidationException.DONE_NOT_100);
        MonitoringValidationException early = (MonitoringValidationException) org.assertj.core.api.Assertions
                .catchThrowable(() -> service.update(TEACHER, update(stem, ActionStatus.IN_PROGRESS, 10, null,
                        LocalDate.of(2025, 7, 1))));
        assertThat(keys(early)).containsExactly(MonitoringValidationException.BEFORE_PERIOD);
        assertThat(service.history(PRINCIPAL, plan.getId(), stem)).isEmpty();
        assertThat(state(service.progress(PRINCIPAL, plan.getId()), stem).updates()).isZero();
    }

    // ------------------------------------------------------------------------------------------------ dashboard

    @Test
    void theDashboardAddsUpByStandardCriterionAndFundingSource() {
        service.update(PRINCIPAL, update(yard, ActionStatus.IN_PROGRESS, 50, 300_000_000L, null));
        service.update(TEACHER, update(stem, ActionStatus.DONE, null, 18_000_000L, null));
        PlanDashboard d = service.dashboard(PRINCIPAL, plan.getId());
        assertThat(d.totals().actions()).isEqualTo(3);
        assertThat(d.totals().done()).isEqualTo(1);
        assertThat(d.totals().inProgress()).isEqualTo(1);
        assertThat(d.totals().notStarted()).isEqualTo(1);
        assertThat(d.totals().overdue()).isEqualTo(1);
        assertThat(d.totals().percent()).isEqualTo(50); // (50 + 100 + 0) / 3
        assertThat(d.totals().planned()).isEqualTo(620_000_000L);
        assertThat(d.totals().spent()).isEqualTo(318_000_000L);
        assertThat(d.standards()).extracting(c -> c.criterionCode()).containsExactly("3");
        assertThat(d.criteria()).extracting(c -> c.criterionCode()).containsExactly("3.1", "3.6");
        assertThat(d.criteria().get(0).totals().percent()).isEqualTo(75);
        assertThat(d.overdue()).extracting(ActionProgress::actionKey).containsExactly(yard);
        assertThat(d.budget()).contains(new SourceBudget(FundingSource.SOCIALISATION, false, 1, 100_000_000L, 0),
                new SourceBudget(FundingSource.STATE_BUDGET, false, 1, 20_000_000L, 18_000_000L),
                new SourceBudget(null, false, 1, 500_000_000L, 300_000_000L));
        assertThat(d.actions()).hasSize(3);
    }

    // ------------------------------------------------------------------------------------------------ reviews

    @Test
    void theMonitoringTeamRecordsTheSemesterOneReview() {
        assertThat(service.reviewPeriods(TEAM, THCS.id())).containsExactlyInAnyOrder(ReviewPeriod.SEMESTER_1,
                ReviewPeriod.YEAR_END);
        ReviewDraft draft = new ReviewDraft(plan.getId(), ReviewPeriod.SEMESTER_1, null, 2025, LocalDate.of(2026, 1, 15),
                "Rà soát việc thực hiện kế hoạch học kỳ I", "2/3 hoạt động đúng tiến độ; sân chơi chậm",
                List.of(new Adjustment("Đẩy nhanh sửa chữa sân chơi", yard, null, "")),
                List.of("Ngô Thị Lan", "Trần Thị Mai"), "Đề nghị bổ sung kinh phí");
        Review r = service.recordReview(TEAM, draft);
        assertThat(r.id()).isPositive();
        assertThat(r.reviewers()).containsExactly("Ngô Thị Lan", "Trần Thị Mai");
        assertThat(r.adjustments()).extracting(Adjustment::text).containsExactly("Đẩy nhanh sửa chữa sân chơi");
        assertThat(service.reviews(PRINCIPAL, plan.getId())).extracting(Review::id).containsExactly(r.id());
        assertThat(service.review(WARD_OFFICER, r.id())).isPresent();
        assertThat(service.review(OTHER_TEACHER, r.id())).isEmpty();
        assertThatThrownBy(() -> service.recordReview(TEAM, draft)).isInstanceOf(MonitoringStateException.class)
                .extracting(e -> ((MonitoringStateException) e).key()).isEqualTo(MonitoringStateException.REVIEW_EXISTS);
        assertThatThrownBy(() -> service.recordReview(TEACHER, draft)).isInstanceOf(AccessDeniedException.class);

        // Monthly reviews only once the school uses them; semester I and year end cannot be dropped.
        ReviewDraft monthly = new ReviewDraft(plan.getId(), ReviewPeriod.MONTHLY, 12, 2025, LocalDate.of(2025, 12, 28),
                "Rà soát tháng 12", "Đúng tiến độ", List.of(), List.of("Ngô Thị Lan"), "");
        assertThat(keys(catchValidation(() -> service.recordReview(TEAM, monthly))))
                .containsExactly(MonitoringValidationException.PERIOD_NOT_USED);
        assertThat(keys(catchValidation(() -> service.setReviewPeriods(TEAM, THCS.id(), Set.of(ReviewPeriod.MONTHLY)))))
                .containsExactly(MonitoringValidationException.REVIEW_PERIODS);
        service.setReviewPeriods(TEAM, THCS.id(), Set.of(ReviewPeriod.MONTHLY, ReviewPeriod.SEMESTER_1,
                ReviewPeriod.YEAR_END));
        assertThat(service.recordReview(TEAM, monthly).month()).isEqualTo(12);

        // A follow-up needs a plan revision: the team may not make one, the principal may.
        FollowUp followUp = new FollowUp("3.1", "Lập hồ sơ theo dõi sửa chữa", "Hiệu trưởng", "", "Tháng 3/2026", "Không");
        ReviewDraft year = new ReviewDraft(plan.getId(), ReviewPeriod.YEAR_END, null, 2025, LocalDate.of(2026, 1, 19),
                "Tổng kết", "Còn việc chưa xong", List.of(new Adjustment("Thêm hoạt động", "", followUp, "")),
                List.of("Lê Văn Hòa"), "");
        assertThatThrownBy(() -> service.recordReview(TEAM, year)).isInstanceOf(MonitoringStateException.class);
        assertThat(service.reviews(PRINCIPAL, plan.getId())).hasSize(2);
        Review withFollowUp = service.recordReview(PRINCIPAL, year);
        String key = withFollowUp.adjustments().get(0).followUpActionKey();
        assertThat(key).isNotEmpty();
        PlanDocument now = plans.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(now.actions()).anyMatch(a -> a.getKey().equals(key)
                && a.getDescription().equals("Lập hồ sơ theo dõi sửa chữa"));
        ActionProgress added = state(service.progress(PRINCIPAL, plan.getId()), key);
        assertThat(added.followUp()).isTrue();
    }

    /**
     * A review recommends several adjustments: each follow-up adds its own action through the plan service, in the
     * row of its criterion (a row is added for a criterion the plan does not have yet), with the review as origin;
     * the plan's pages and the supervisors' drill-down mark every one of them.
     */
    @Test
    void aReviewAddsSeveralFollowUpActionsEachThroughThePlanService() {
        List<Adjustment> adjustments = List.of(
                new Adjustment("Đẩy nhanh sửa chữa sân chơi", yard, null, ""),
                new Adjustment("Lập hồ sơ nghiệm thu sân chơi", "", new FollowUp("3.1", "Lập hồ sơ nghiệm thu sân chơi",
                        "Hiệu trưởng", "", "Tháng 12/2025", "Không"), ""),
                new Adjustment("Mua bổ sung sách tham khảo môn Toán", "", new FollowUp("3.6",
                        "Mua bổ sung sách tham khảo môn Toán", "Nhân viên thư viện", "", "Tháng 4/2026", "5 triệu đồng"), ""),
                new Adjustment("Tập huấn kiểm tra, đánh giá", "", new FollowUp("1.4", "Tập huấn kiểm tra, đánh giá",
                        "Phó hiệu trưởng", "", "Tháng 3/2026", "Không"), ""));
        Review r = service.recordReview(PRINCIPAL, new ReviewDraft(plan.getId(), ReviewPeriod.SEMESTER_1, null, 2025,
                LocalDate.of(2026, 1, 15), "Rà soát việc thực hiện kế hoạch học kỳ I", "Sân chơi chậm tiến độ",
                adjustments, List.of("Ngô Thị Lan"), ""));

        assertThat(r.adjustments()).hasSize(4);
        assertThat(r.adjustments().get(0).followUpActionKey()).isEmpty();
        List<String> keys = r.adjustments().subList(1, 4).stream().map(Adjustment::followUpActionKey).toList();
        assertThat(keys).doesNotContain("").doesNotHaveDuplicates();
        PlanDocument now = plans.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(now.actions()).hasSize(6);
        Map<String, String> rowOf = new java.util.HashMap<>();
        for (PlanRow row : now.getRows()) {
            row.getActions().forEach(a -> rowOf.put(a.getKey(), row.getCriterionCode()));
        }
        assertThat(keys).extracting(rowOf::get).containsExactly("3.1", "3.6", "1.4");
        assertThat(now.actions()).filteredOn(a -> keys.contains(a.getKey()))
                .allSatisfy(a -> assertThat(a.getNotes()).startsWith("Theo điều chỉnh sau sơ kết học kỳ I ngày 15/01/2026"));
        assertThat(service.reviews(PRINCIPAL, plan.getId())).singleElement()
                .satisfies(stored -> assertThat(stored.adjustments()).extracting(Adjustment::followUpActionKey)
                        .containsExactlyElementsOf(r.adjustments().stream().map(Adjustment::followUpActionKey).toList()));
        List<ActionProgress> progress = service.progress(PRINCIPAL, plan.getId());
        assertThat(progress).filteredOn(ActionProgress::followUp).extracting(ActionProgress::actionKey)
                .containsExactlyInAnyOrderElementsOf(keys);
        // The record of 3.1 (due 31/12/2025, not started) is behind, marked; the yard, behind too, is no follow-up.
        assertThat(service.behind(PROVINCE_OFFICER, PROVINCE, 2025, "3.1"))
                .extracting(ActionProgress::actionKey, ActionProgress::followUp)
                .contains(org.assertj.core.groups.Tuple.tuple(keys.get(0), true),
                        org.assertj.core.groups.Tuple.tuple(yard, false));
    }

    private static MonitoringValidationException catchValidation(Runnable r) {
        try {
            r.run();
        } catch (MonitoringValidationException e) {
            return e;
        }
        throw new AssertionError("no validation error");
    }

    // ------------------------------------------------------------------------------------------------ inspections

    private InspectionDraft inspection(String body, FollowUp followUp) {
        return new InspectionDraft(plan.getId(), body, LocalDateTime.of(2026, 1, 12, 8, 0),
                List.of(new TeamMember("Vũ Quốc Huy", "Phó Chủ tịch", "UBND phường An Bình", TeamRole.LEADER),
                        new TeamMember("Nguyễn Thị Hạnh", "Hiệu trưởng", "Trường TH Hoa Sen", TeamRole.MEMBER)),
                List.of(new Participant("Lê Văn Hòa", "Hiệu trưởng")), "Kế hoạch kiểm tra số 12/KH-UBND",
                List.of(new Finding(yard, "", "Sân chơi chưa sửa xong", true, followUp, "")),
                "Nhà trường triển khai kế hoạch nghiêm túc", "Đạt yêu cầu", List.of("Vũ Quốc Huy", "Lê Văn Hòa"));
    }

    @Test
    void theWardOfficerRecordsAnInspectionWhoseFindingBecomesAFollowUpAction() {
        FollowUp followUp = new FollowUp("3.1", "Hoàn thành sửa chữa sân chơi trước 30/4", "Hiệu trưởng", "",
                "Tháng 4/2026", "Không");
        assertThatThrownBy(() -> service.recordInspection(PRINCIPAL, inspection(WARD, followUp)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.recordInspection(WARD_OFFICER, inspection(PROVINCE, followUp)))
                .isInstanceOf(AccessDeniedException.class);
        InspectionDraft noLeader = new InspectionDraft(plan.getId(), WARD, LocalDateTime.of(2026, 1, 12, 8, 0),
                List.of(new TeamMember("Vũ Quốc Huy", "", "", TeamRole.MEMBER)), List.of(), "", List.of(), " ", "", List.of());
        assertThat(keys(catchValidation(() -> service.recordInspection(WARD_OFFICER, noLeader))))
                .containsExactlyInAnyOrder(MonitoringValidationException.ONE_LEADER, MonitoringValidationException.REQUIRED);

        Inspection i = service.recordInspection(WARD_OFFICER, inspection(WARD, followUp));
        assertThat(i.bodyName()).isEqualTo("UBND PHƯỜNG AN BÌNH");
        assertThat(i.team()).extracting(TeamMember::role).containsExactly(TeamRole.LEADER, TeamRole.MEMBER);
        assertThat(i.findings().get(0).criterionCode()).isEqualTo("3.1");
        String key = i.findings().get(0).followUpActionKey();
        assertThat(key).isNotEmpty();
        PlanDocument now = plans.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(now.getStatus()).isEqualTo(PlanStatus.DRAFT);
        PlanAction added = now.actions().stream().filter(a -> a.getKey().equals(key)).findFirst().orElseThrow();
        assertThat(added.getNotes()).startsWith("Theo kiến nghị của đoàn kiểm tra ngày 12/01/2026");
        // The school sees it, and then tracks the follow-up like any action.
        assertThat(service.inspections(PRINCIPAL, THCS.id())).extracting(Inspection::id).containsExactly(i.id());
        assertThat(service.inspection(TEACHER, i.id())).isPresent();
        assertThat(service.inspection(OTHER_TEACHER, i.id())).isEmpty();
        service.update(PRINCIPAL, new ProgressUpdate(plan.getId(), key, null, ActionStatus.IN_PROGRESS, 10, null, null,
                "", "Đã khảo sát"));
        assertThat(state(service.progress(PRINCIPAL, plan.getId()), key).followUp()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ year close

    @Test
    void theYearEndCloseFreezesProgressAndFeedsTheCopyForward() {
        service.update(PRINCIPAL, update(yard, ActionStatus.DONE, null, 450_000_000L, null));
        service.update(TEACHER, update(stem, ActionStatus.IN_PROGRESS, 50, 10_000_000L, null));
        assertThatThrownBy(() -> service.closeYear(VICE, plan.getId(), 2025)).isInstanceOf(AccessDeniedException.class);
        assertThat(keys(catchValidation(() -> service.closeYear(PRINCIPAL, plan.getId(), 2026))))
                .containsExactly(MonitoringValidationException.YEAR_OUTSIDE_PLAN);

        YearClose close = service.closeYear(PRINCIPAL, plan.getId(), 2025);
        assertThat(close.planRevision()).isEqualTo(plan.getRevision());
        assertThat(close.actions()).extracting(a -> a.actionKey() + ":" + a.done())
                .containsExactly(yard + ":true", stem + ":false", books + ":false");
        assertThat(close.criteria()).extracting(c -> c.criterionCode() + ":" + c.totals().done() + "/"
                + c.totals().actions() + ":" + c.totals().percent()).containsExactly("3.1:1/2:75", "3.6:0/1:0");
        assertThat(close.totals().spent()).isEqualTo(460_000_000L);
        assertThat(service.yearCloses(WARD_OFFICER, plan.getId())).singleElement()
                .satisfies(c -> assertThat(c.actions()).hasSize(3));

        MonitoringStateException refused = (MonitoringStateException) org.assertj.core.api.Assertions.catchThrowable(
                () -> service.update(TEACHER, update(stem, ActionStatus.DONE, null, null, null)));
        assertThat(refused.key()).isEqualTo(MonitoringStateException.YEAR_CLOSED);
        assertThat(refused.args()).containsExactly("2025-2026");
        assertThat(service.canUpdate(TEACHER, plan.getId(), stem)).isFalse();
        assertThatThrownBy(() -> service.closeYear(PRINCIPAL, plan.getId(), 2025))
                .isInstanceOf(MonitoringStateException.class);
        assertThat(service.history(PRINCIPAL, plan.getId(), stem)).hasSize(1);

        CopyResult next = plans.copyToNextPeriod(PRINCIPAL, plan.getId(), PlanPeriod.schoolYear(2026));
        assertThat(next.plan().actions()).extracting(PlanAction::getDescription)
                .containsExactlyInAnyOrder("Bồi dưỡng giáo viên dạy học STEM", "Bổ sung sách tham khảo");
    }

    // ------------------------------------------------------------------------------------------------ roll-up

    private StateRow stateRow(String school, long planId, String key, String code, String status, int percent,
                              LocalDate due, long planned) {
        StateRow s = new StateRow();
        s.planId = planId;
        s.actionKey = key;
        s.schoolYear = 2025;
        s.schoolId = school;
        s.schoolNo = service.schoolNo(school);
        s.criterion(code);
        s.standardNo = Integer.parseInt(code.substring(0, 1));
        s.description = "Hoạt động " + key;
        s.leadText = "Hiệu trưởng";
        s.leadUserId = "";
        s.openEnded = false;
        s.dueDate = Date.valueOf(due);
        s.planned = planned;
        s.sources = "";
        s.status(ActionStatus.valueOf(status));
        s.percentDone = percent;
        s.updates = 1;
        s.seq = (int) (planId % 100) * 10 + key.charAt(1) - '0';
        return s;
    }

    @Test
    void theRollUpCountsPerSchoolAndPerCriterion() {
        service.update(PRINCIPAL, update(yard, ActionStatus.DONE, null, null, null));
        service.dashboard(PRINCIPAL, plan.getId()); // the school's plan is now in the current-state table
        MonitoringStore store = service.store();
        LocalDate past = LocalDate.of(2025, 12, 31);
        LocalDate later = LocalDate.of(2026, 5, 31);
        store.write(m -> m.insertStates(List.of(
                stateRow(MN.id(), 9001, "a1", "3.1", "LATE", 20, later, 10),
                stateRow(MN.id(), 9001, "a2", "1.2", "DONE", 100, past, 20),
                stateRow(THPT.id(), 9002, "b1", "3.1", "IN_PROGRESS", 40, past, 30),
                stateRow(THPT.id(), 9002, "b2", "3.1", "CANCELLED", 0, past, 40),
                stateRow(TH.id(), 9003, "c1", "1.2", "NOT_STARTED", 0, later, 50))));
        store.write(m -> {
            for (String school : List.of(MN.id(), THPT.id(), TH.id())) {
                MonitoringStore.rebuildCells(m, service.schoolNo(school), 2025);
            }
            return null;
        });

        RollUp province = service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025);
        assertThat(province.schools()).extracting(SchoolRollUp::schoolId)
                .containsExactlyInAnyOrder(THCS.id(), TH.id(), MN.id(), THPT.id());
        SchoolRollUp thcs = province.schools().stream().filter(s -> s.schoolId().equals(THCS.id())).findFirst().orElseThrow();
        assertThat(thcs.planId()).isEqualTo(plan.getId());
        assertThat(thcs.planStatus()).isEqualTo("PUBLISHED");
        assertThat(thcs.totals().actions()).isEqualTo(3);
        assertThat(thcs.totals().done()).isEqualTo(1);
        assertThat(thcs.totals().dueSoon()).isEqualTo(1);
        assertThat(thcs.totals().percent()).isEqualTo(33);
        SchoolRollUp thpt = province.schools().stream().filter(s -> s.schoolId().equals(THPT.id())).findFirst().orElseThrow();
        assertThat(thpt.planId()).isNull();
        assertThat(thpt.totals().overdue()).isEqualTo(1);
        assertThat(thpt.totals().cancelled()).isEqualTo(1);
        assertThat(thpt.totals().percent()).isEqualTo(40); // the cancelled action does not count
        assertThat(province.totals().actions()).isEqualTo(8);
        assertThat(province.totals().done()).isEqualTo(2);
        assertThat(province.totals().planned()).isEqualTo(620_000_150L);
        CriterionRollUp c31 = province.criteria().stream().filter(c -> c.criterionCode().equals("3.1")).findFirst()
                .orElseThrow();
        // THCS (nothing overdue on 3.1: the yard is done, STEM due soon), MN (late), THPT (overdue)
        assertThat(c31.schools()).isEqualTo(3);
        assertThat(c31.schoolsBehind()).isEqualTo(2);
        assertThat(c31.actions()).isEqualTo(5);
        assertThat(province.criteria()).extracting(CriterionRollUp::criterionCode).containsExactly("1.2", "3.1", "3.6");
        assertThat(service.behind(PROVINCE_OFFICER, PROVINCE, 2025, "3.1")).extracting(ActionProgress::actionKey)
                .containsExactly("b1", "a1");

        RollUp ward = service.rollUp(WARD_OFFICER, WARD, 2025);
        assertThat(ward.schools()).extracting(SchoolRollUp::schoolId).containsExactlyInAnyOrder(THCS.id(), MN.id());
        assertThatThrownBy(() -> service.rollUp(WARD_OFFICER, PROVINCE, 2025))
                .isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> service.rollUp(PRINCIPAL, WARD, 2025)).isInstanceOf(MonitoringNotFoundException.class);
        assertThat(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2024).totals().actions()).isZero();

        // Lines written by migration V004 from existing cells (CELLS NULL) are read from the cells: the same roll-up.
        try (java.sql.Connection c = db().dataSource().getConnection();
             java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE MONITORING.ROLL_SCHOOL SET CELLS = NULL WHERE SCHOOL_YEAR = 2025"))
                    .isPositive();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025)).isEqualTo(province);
        assertThat(service.rollUp(WARD_OFFICER, WARD, 2025)).isEqualTo(ward);
    }

    @Test
    void aPlanPublishedButNeverOpenedInMonitoringIsInTheRollUpWithItsActionsAndOverdue() {
        // start() created, filled, submitted, approved and published the plan through the plan service only;
        // monitoring never read it. The plan service told the listener of each step.
        RollUp province = service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025);
        SchoolRollUp thcs = school(province, THCS.id());
        assertThat(thcs.planId()).isEqualTo(plan.getId());
        assertThat(thcs.planStatus()).isEqualTo("PUBLISHED");
        assertThat(thcs.totals().actions()).isEqualTo(3);
        // On 20/01/2026: the yard (31/10/2025) is overdue, STEM (31/01/2026) due soon, the books (31/05/2026) on track.
        assertThat(thcs.totals().overdue()).isEqualTo(1);
        assertThat(thcs.totals().dueSoon()).isEqualTo(1);
        assertThat(thcs.totals().planned()).isEqualTo(620_000_000L);
        CriterionRollUp c31 = province.criteria().stream().filter(c -> c.criterionCode().equals("3.1")).findFirst()
                .orElseThrow();
        assertThat(c31.schools()).isEqualTo(1);
        assertThat(c31.schoolsBehind()).isEqualTo(1);
        assertThat(c31.actions()).isEqualTo(2);
        assertThat(c31.overdue()).isEqualTo(1);
        assertThat(province.criteria()).extracting(CriterionRollUp::criterionCode).containsExactly("3.1", "3.6");
        // A school without a plan: "Chưa có kế hoạch".
        assertThat(school(province, MN.id()).planId()).isNull();
        assertThat(school(province, MN.id()).totals().actions()).isZero();
        // A draft the school starts for the next year shows as a draft in that year's roll-up.
        PlanDocument next = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        SchoolRollUp drafted = school(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2026), THCS.id());
        assertThat(drafted.planId()).isEqualTo(next.getId());
        assertThat(drafted.planStatus()).isEqualTo("DRAFT");
        assertThat(drafted.totals().actions()).isZero();
    }

    @Test
    void anActionRemovedInTheEditorLeavesTheRollUpAndTheReportsStayOnTheOthers() {
        service.update(PRINCIPAL, update(yard, ActionStatus.DONE, null, null, null));
        assertThat(school(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025), THCS.id()).totals().actions()).isEqualTo(3);
        PlanDocument current = plans.plan(PRINCIPAL, plan.getId()).orElseThrow();
        current.getRows().get(1).getActions().clear(); // the books
        PlanDocument revised = plans.save(PRINCIPAL, current);

        RollUp after = service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025);
        SchoolRollUp thcs = school(after, THCS.id());
        assertThat(thcs.totals().actions()).isEqualTo(2);
        assertThat(thcs.totals().done()).isEqualTo(1); // the yard's report is kept
        // The school drafts revision 2; the bodies still see the published plan.
        assertThat(revised.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(thcs.planStatus()).isEqualTo("PUBLISHED");
        assertThat(after.criteria()).extracting(CriterionRollUp::criterionCode).containsExactly("3.1");
        // A body reading the published revision (3 actions) does not bring the removed action back.
        assertThat(service.dashboard(WARD_OFFICER, plan.getId()).actions()).hasSize(3);
        assertThat(school(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025), THCS.id()).totals().actions()).isEqualTo(2);
        // A change of the due date in the editor moves the overdue count: STEM (31/01/2026) now ended in December.
        PlanDocument again = plans.plan(PRINCIPAL, plan.getId()).orElseThrow();
        again.getRows().get(0).getActions().get(1).setTimeText("Từ 01/11/2025 đến 31/12/2025");
        plans.save(PRINCIPAL, again);
        assertThat(school(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025), THCS.id()).totals().overdue()).isEqualTo(1);
    }

    @Test
    void aStagePlanAndASchoolYearPlanOfTheSameYearAreCountedOnce() {
        // The school also has a stage plan 2025-2028 whose late action is on criterion 1.2.
        PlanDocument stage = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.stage(2025, 2028), "");
        stage.getHeader().setNumber(3);
        stage.getHeader().setDate(LocalDate.of(2025, 8, 20));
        stage.getRows().add(row("1.2", action("Rà soát, bổ sung quy chế làm việc của nhà trường", "Hiệu trưởng", "",
                "Từ 01/9/2025 đến 30/9/2025", "Không"), action("Kiện toàn các tổ chuyên môn", "Hiệu trưởng", "",
                "Từ 01/9/2025 đến 30/9/2025", "Không")));
        stage = plans.save(PRINCIPAL, stage);
        stage = plans.submit(PRINCIPAL, stage.getId(), stage.getVersion());
        stage = plans.approve(PRINCIPAL, stage.getId(), stage.getVersion());
        stage = plans.publish(PRINCIPAL, stage.getId(), stage.getVersion());

        // 2025-2026: the school-year plan counts (3 actions), not 3 + 2; criterion 1.2 is not in the year's figures.
        RollUp year = service.rollUp(PROVINCE_OFFICER, PROVINCE, 2025);
        SchoolRollUp thcs = school(year, THCS.id());
        assertThat(thcs.planId()).isEqualTo(plan.getId());
        assertThat(thcs.totals().actions()).isEqualTo(3);
        assertThat(year.totals().actions()).isEqualTo(3);
        assertThat(year.criteria()).extracting(CriterionRollUp::criterionCode).containsExactly("3.1", "3.6");
        assertThat(service.behind(PROVINCE_OFFICER, PROVINCE, 2025, "1.2")).isEmpty();
        assertThat(service.behind(PROVINCE_OFFICER, PROVINCE, 2025, "3.1")).extracting(ActionProgress::actionKey)
                .containsExactly(yard);

        // 2026-2027 has no school-year plan: the stage plan is the school's line there.
        assertThat(school(service.rollUp(PROVINCE_OFFICER, PROVINCE, 2026), THCS.id()).planId())
                .isEqualTo(stage.getId());
        // Without the school-year plan's rows the year would have counted the stage plan's late actions on 1.2.
        assertThat(service.dashboard(PRINCIPAL, stage.getId()).actions()).hasSize(2);
    }

    private static SchoolRollUp school(RollUp r, String id) {
        return r.schools().stream().filter(s -> s.schoolId().equals(id)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ evidence

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    @Test
    void evidenceIsCodedCheckedByContentAndReusable() {
        EvidenceDraft draft = new EvidenceDraft(new EvidenceLink(plan.getId(), stem, ""), "Biên bản bồi dưỡng STEM",
                null, "", LocalDate.of(2025, 12, 1), "Trường THCS An Bình");
        Evidence first = evidence.addFile(TEACHER, draft, "bien-ban.pdf", new ByteArrayInputStream(pdf(2000)));
        assertThat(first.code()).isEqualTo("[H3-3.1-01]");
        assertThat(first.fileType()).isEqualTo(FileType.PDF);
        assertThat(first.size()).isEqualTo(2000);
        assertThat(first.links()).containsExactly(new EvidenceLink(plan.getId(), stem, "3.1"));
        Evidence second = evidence.addReference(PRINCIPAL, new EvidenceDraft(new EvidenceLink(plan.getId(), "", "3.1"),
                "Quyết định thành lập tổ STEM", 2, "Số 15/QĐ-THCSAB", null, ""));
        assertThat(second.code()).isEqualTo("[H2-3.1-01]");
        assertThat(second.kind()).isEqualTo(EvidenceKind.REFERENCE);
        Evidence third = evidence.addFile(PRINCIPAL, draft, "anh.pdf", new ByteArrayInputStream(pdf(100)));
        assertThat(third.code()).isEqualTo("[H3-3.1-02]");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        evidence.copyContent(WARD_OFFICER, first.id(), out);
        assertThat(out.toByteArray()).isEqualTo(pdf(2000));
        assertThatThrownBy(() -> evidence.copyContent(OTHER_TEACHER, first.id(), new ByteArrayOutputStream()))
                .isInstanceOf(MonitoringNotFoundException.class);

        // Refused: the teacher on an action they do not lead, a PNG named .pdf, a file over 1 MB, a bad address.
        assertThatThrownBy(() -> evidence.addFile(TEACHER, new EvidenceDraft(new EvidenceLink(plan.getId(), yard, ""),
                "Ảnh", null, "", null, ""), "a.pdf", new ByteArrayInputStream(pdf(10))))
                .isInstanceOf(AccessDeniedException.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThat(keys(catchValidation(() -> evidence.addFile(TEACHER, draft, "bao-cao.pdf",
                new ByteArrayInputStream(png))))).containsExactly(MonitoringValidationException.FILE_MISMATCH);
        assertThat(keys(catchValidation(() -> evidence.addFile(TEACHER, draft, "lon.pdf",
                new ByteArrayInputStream(pdf(1_500_000)))))).containsExactly(MonitoringValidationException.FILE_TOO_LARGE);
        assertThat(keys(catchValidation(() -> evidence.addReference(PRINCIPAL, new EvidenceDraft(
                new EvidenceLink(plan.getId(), "", "3.6"), "Trang web", null, "ftp://truong.edu.vn/x", null, "")))))
                .containsExactly(MonitoringValidationException.BAD_URL);
        assertThat(keys(catchValidation(() -> evidence.addReference(PRINCIPAL, new EvidenceDraft(
                new EvidenceLink(plan.getId(), "", "9.9"), "Không rõ", null, "Sổ", null, "")))))
                .containsExactly(MonitoringValidationException.UNKNOWN_CRITERION);
        assertThat(evidence.evidenceOfSchool(PRINCIPAL, THCS.id())).hasSize(3);

        List<CriterionEvidence> byCriterion = evidence.byCriterion(PRINCIPAL, plan.getId());
        assertThat(byCriterion).extracting(CriterionEvidence::criterionCode).containsExactly("3.1", "3.6");
        assertThat(byCriterion.get(0).evidence()).extracting(Evidence::code)
                .containsExactly("[H2-3.1-01]", "[H3-3.1-01]", "[H3-3.1-02]");
        assertThat(byCriterion.get(1).missing()).isTrue();

        // Reused in the next year's plan: the code stays.
        CopyResult next = plans.copyToNextPeriod(PRINCIPAL, plan.getId(), PlanPeriod.schoolYear(2026));
        // 2026-2027 falls under TT 57: the rows moved to the mapped criteria.
        String tt57 = next.plan().getRows().get(0).getCriterionCode();
        Evidence reused = evidence.link(PRINCIPAL, first.id(), new EvidenceLink(next.plan().getId(), "", tt57));
        assertThat(reused.code()).isEqualTo("[H3-3.1-01]");
        assertThat(reused.links()).hasSize(2);
        assertThat(evidence.link(PRINCIPAL, first.id(), new EvidenceLink(next.plan().getId(), "", tt57)).links())
                .hasSize(2);
        Evidence tt57Code = evidence.addReference(PRINCIPAL, new EvidenceDraft(
                new EvidenceLink(next.plan().getId(), "", tt57), "Kế hoạch năm học 2026-2027", null, "Số 3/KH", null, ""));
        assertThat(tt57Code.code()).isEqualTo("MC." + tt57 + ".01");
        assertThat(evidence.evidenceOfPlan(PRINCIPAL, next.plan().getId())).extracting(Evidence::id)
                .containsExactlyInAnyOrder(first.id(), tt57Code.id());
    }

    @Test
    void purgeDeletesOneSchoolsMonitoringData() {
        service.update(PRINCIPAL, update(yard, ActionStatus.DONE, null, null, null));
        evidence.addReference(PRINCIPAL, new EvidenceDraft(new EvidenceLink(plan.getId(), "", "3.1"), "Sổ theo dõi", null,
                "Sổ số 3", null, ""));
        MonitoringModule module = new MonitoringModule(service.store());
        assertThat(module.purgeSchoolData(TH.id())).isZero();
        assertThat(module.purgeSchoolData(THCS.id())).isGreaterThan(3);
        assertThat(service.history(PRINCIPAL, plan.getId(), yard)).isEmpty();
        assertThat(evidence.evidenceOfSchool(PRINCIPAL, THCS.id())).isEmpty();
    }
}
