package vn.edu.caitien.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.InspectionDraft;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.Participant;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.monitoring.api.RollUp;
import vn.edu.caitien.monitoring.api.TeamMember;
import vn.edu.caitien.monitoring.api.TeamRole;
import vn.edu.caitien.plan.api.CopyResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * The monitoring module in the real container with the demo data, the scenario of the issue: a teacher updates the
 * two actions they lead, with evidence; the monitoring team records the semester-I review; the ward officer records
 * an inspection whose finding becomes a follow-up action in the plan; the principal closes the year; the next year's
 * copy carries exactly the unfinished actions. A teacher of another school gets nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MonitoringIT {

    private static final String THCS = "thcs-kinhbac";
    private static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(THCS, PortalRole.PRINCIPAL)));
    private static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            List.of(Membership.school(THCS, PortalRole.TEACHER)));
    private static final PortalUser MONITOR = new PortalUser("giamsat", "Vũ Thị Mai", false,
            List.of(Membership.school(THCS, PortalRole.MONITORING_TEAM), Membership.school(THCS, PortalRole.TEACHER)));
    private static final PortalUser WARD = new PortalUser("phuong", "Lê Văn Hùng", false,
            List.of(Membership.body("ubnd-kinhbac", PortalRole.SUPERVISOR)));
    private static final PortalUser OTHER_PRINCIPAL = new PortalUser("hieutruong.th", "Hoàng Văn Bình", false,
            List.of(Membership.school("th-kinhbac", PortalRole.PRINCIPAL)));

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
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

    @Test
    public void aYearOfMonitoringFromProgressToTheNextYearsPlan() throws Exception {
        PlanService plans = PortalConfiguration.service(context, PlanService.class, 60);
        MonitoringService monitoring = PortalConfiguration.service(context, MonitoringService.class, 60);
        EvidenceService evidence = PortalConfiguration.service(context, EvidenceService.class, 60);

        // The demo plans come first (a thread of the demo bundle creates them while THCS Kinh Bắc has none): the
        // ward's roll-up of 2026-2027 has both schools, TH Kinh Bắc with an overdue action.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
        while (!(plans.plans(PRINCIPAL, THCS, PlanQuery.ALL).size() >= 2
                && plans.plans(OTHER_PRINCIPAL, "th-kinhbac", PlanQuery.ALL).stream()
                        .anyMatch(p -> p.status() == vn.edu.caitien.plan.api.PlanStatus.PUBLISHED))) {
            assertTrue("the demo plans within 3 minutes", System.nanoTime() < deadline);
            Thread.sleep(500);
        }
        RollUp demo = monitoring.rollUp(WARD, "ubnd-kinhbac", 2026);
        assertEquals(Set.of(THCS, "th-kinhbac"), demo.schools().stream().filter(s -> s.planId() != null)
                .map(s -> s.schoolId()).collect(Collectors.toSet()));
        assertEquals("2025-2026 of the demo is closed", 1,
                monitoring.yearCloses(PRINCIPAL, plans.plans(PRINCIPAL, THCS, PlanQuery.ALL).stream()
                        .filter(p -> p.period().equals(PlanPeriod.schoolYear(2025))).findFirst().orElseThrow().id()).size());

        // A published plan of three actions; the teacher leads two of them.
        PlanDocument draft = plans.create(PRINCIPAL, THCS, PlanPeriod.schoolYear(2025), "");
        draft.getHeader().setNumber(12);
        draft.getHeader().setDate(LocalDate.of(2025, 9, 10));
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(3);
        row.setActions(new ArrayList<>(List.of(
                action("Cải tạo sân chơi, bãi tập", "Đỗ Minh Tuấn", "giaovien", "Từ tháng 9/2025 đến tháng 12/2025",
                        "50 triệu đồng"),
                action("Trồng thêm cây bóng mát", "Đỗ Minh Tuấn", "giaovien", "Học kỳ II năm học 2025-2026",
                        "10 triệu đồng"),
                action("Bổ sung thiết bị thể dục", "Hiệu trưởng", "", "Năm học 2025-2026", "30 triệu đồng"))));
        draft.getRows().add(row);
        PlanDocument saved = plans.save(PRINCIPAL, draft);
        long planId = saved.getId();
        PlanDocument published = plans.publish(PRINCIPAL, planId, plans.approve(PRINCIPAL, planId,
                plans.submit(PRINCIPAL, planId, saved.getVersion()).getVersion()).getVersion());
        String first = published.actions().get(0).getKey();
        String second = published.actions().get(1).getKey();
        String third = published.actions().get(2).getKey();

        // The teacher updates the two actions they lead, each with evidence; the principal's action is not theirs.
        monitoring.update(TEACHER, new ProgressUpdate(planId, first, LocalDate.of(2025, 12, 20), ActionStatus.DONE, 100,
                48_000_000L, null, "", "Đã hoàn thành cải tạo sân chơi"));
        monitoring.update(TEACHER, new ProgressUpdate(planId, second, LocalDate.of(2026, 1, 10),
                ActionStatus.IN_PROGRESS, 40, 2_000_000L, null, "", "Đã trồng 8/20 cây"));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        evidence.addFile(TEACHER, new EvidenceDraft(new EvidenceLink(planId, first, "3.1"), "Biên bản nghiệm thu sân chơi",
                3, "", LocalDate.of(2025, 12, 20), "Trường THCS Kinh Bắc"), "nghiem-thu.pdf", new ByteArrayInputStream(pdf));
        evidence.addReference(TEACHER, new EvidenceDraft(new EvidenceLink(planId, second, "3.1"), "Sổ theo dõi trồng cây",
                3, "Sổ số 2/2026", LocalDate.of(2026, 1, 10), "Tổ văn phòng"));
        try {
            monitoring.update(TEACHER, new ProgressUpdate(planId, third, LocalDate.of(2026, 1, 10),
                    ActionStatus.IN_PROGRESS, 10, null, null, "", ""));
            fail("a teacher may update only the actions they lead");
        } catch (AccessDeniedException expected) {
            // refused
        }
        assertEquals(2, evidence.evidenceOfPlan(PRINCIPAL, planId).size());

        // The monitoring team records the semester-I review.
        Review review = monitoring.recordReview(MONITOR, new ReviewDraft(planId, ReviewPeriod.SEMESTER_1, null, 2025,
                LocalDate.of(2026, 1, 15), "Rà soát tiến độ học kỳ I", "1/3 công việc hoàn thành", List.of(),
                List.of("Vũ Thị Mai"), "Đẩy nhanh việc trồng cây"));
        assertEquals(1, monitoring.reviews(PRINCIPAL, planId).size());
        assertEquals(review.id(), monitoring.reviews(PRINCIPAL, planId).get(0).id());

        // The ward officer inspects; the finding becomes a follow-up action in the school's plan.
        Inspection inspection = monitoring.recordInspection(WARD, new InspectionDraft(planId, "ubnd-kinhbac",
                LocalDateTime.of(2026, 3, 12, 8, 30),
                List.of(new TeamMember("Lê Văn Hùng", "Chuyên viên", "UBND phường Kinh Bắc", TeamRole.LEADER)),
                List.of(new Participant("Nguyễn Văn An", "Hiệu trưởng")), "Kế hoạch số 12/KH-THCSKB",
                List.of(new Finding("", "3.1", "Chưa có hồ sơ bảo trì thiết bị thể dục", true,
                        new FollowUp("3.1", "Lập hồ sơ bảo trì thiết bị thể dục", "Hiệu trưởng", "", "Tháng 4/2026",
                                "Không"), "")),
                "Nhà trường thực hiện đúng tiến độ", "Đạt yêu cầu", List.of("Lê Văn Hùng", "Nguyễn Văn An")));
        String followUp = inspection.findings().get(0).followUpActionKey();
        assertFalse("the finding created a follow-up action", followUp.isBlank());
        PlanDocument revised = plans.plan(PRINCIPAL, planId).orElseThrow();
        assertTrue("the follow-up action is in the plan", revised.actions().stream()
                .anyMatch(a -> a.getKey().equals(followUp) && a.getDescription().equals("Lập hồ sơ bảo trì thiết bị thể dục")));
        assertEquals(1, monitoring.inspections(PRINCIPAL, THCS).size());

        // The roll-up of the ward shows the school.
        RollUp rollUp = monitoring.rollUp(WARD, "ubnd-kinhbac", 2025);
        assertTrue("the roll-up lists THCS Kinh Bắc", rollUp.schools().stream().anyMatch(s -> s.schoolId().equals(THCS)));

        // Another school sees nothing of it.
        try {
            List<ActionProgress> leaked = monitoring.progress(OTHER_PRINCIPAL, planId);
            fail("another school's principal read " + leaked.size() + " actions");
        } catch (RuntimeException expected) {
            assertFalse("not a server error: " + expected, expected instanceof NullPointerException);
        }

        // The school's pages answer.
        WebClient web = PortalConfiguration.webClient(context);
        web.login("giaovien", "demo");
        WebClient.Page mine = web.get("/m/monitoring/my-actions");
        assertEquals(200, mine.status());
        // "My actions" lists the plans whose period has not ended: the demo's 2026-2027 plan, not 2025-2026.
        assertTrue("the teacher's list has the action they lead this year: " + mine.body(),
                mine.body().contains("Xây dựng tủ sách lớp học cho các lớp khối 6"));
        WebClient ward = PortalConfiguration.webClient(context);
        ward.login("phuong", "demo");
        WebClient.Page rollUpPage = ward.get("/m/monitoring/rollup");
        assertEquals(200, rollUpPage.status());
        assertTrue("the roll-up page lists the school: " + rollUpPage.body(), rollUpPage.body().contains("Kinh Bắc"));
        assertTrue("the roll-up draws its charts as SVG", rollUpPage.body().contains("<svg"));

        // The principal closes the year; the next year's copy carries exactly the unfinished actions.
        monitoring.closeYear(PRINCIPAL, planId, 2025);
        CopyResult next = plans.copyToNextPeriod(PRINCIPAL, planId, PlanPeriod.schoolYear(2026));
        Set<String> carried = next.plan().actions().stream().map(PlanAction::getSourceActionKey).collect(Collectors.toSet());
        assertEquals(Set.of(second, third, followUp), carried);
        try {
            monitoring.update(PRINCIPAL, new ProgressUpdate(planId, third, LocalDate.of(2026, 6, 1), ActionStatus.DONE,
                    100, null, null, "", "sau khi khóa sổ"));
            fail("a closed year is read-only");
        } catch (RuntimeException expected) {
            // refused with the state exception
        }

    }
}
