package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PRINCIPAL;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.TEACHER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.THCS;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.WARD_OFFICER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.util.file.File;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.impl.EvidenceServiceImpl;
import vn.edu.caitien.monitoring.impl.MonitoringFixtures;
import vn.edu.caitien.monitoring.impl.MonitoringServiceImpl;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;
import org.w3c.dom.Element;

/**
 * The panels over the real plan, monitoring and evidence services on in-memory Derby (monitoring-impl's fixtures, at
 * 20/01/2026): what the fakes stand for holds for the real thing — field names of the refusals, codes, permissions.
 */
class RealServicePanelsTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("monitoring-ui");

    private PlanServiceImpl plans;
    private MonitoringServiceImpl monitoring;
    private EvidenceServiceImpl evidence;
    private WicketTester tester;
    private PlanDocument plan;
    private String stem;

    @BeforeEach
    void start() {
        plans = PlanFixtures.service(db);
        monitoring = MonitoringFixtures.monitoring(db, plans);
        evidence = MonitoringFixtures.evidence(db, plans, 1);
        tester = new WicketTester(new FakeServicesApplication(Map.of(MonitoringService.class, monitoring,
                EvidenceService.class, evidence, PlanService.class, plans,
                SchoolDirectory.class, MonitoringFixtures.directory())));
        plan = publishedPlan();
        stem = plan.getRows().get(0).getActions().get(1).getKey();
    }

    @AfterEach
    void stop() {
        tester.destroy();
    }

    private PortalContext context(PortalUser user, School school, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, school, MonitoringFixtures.permissions().grantedPermissions(user, school.id()),
                Locale.forLanguageTag(language));
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

    private PlanDocument publishedPlan() {
        PlanDocument d = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(3);
        row.setActions(new ArrayList<>(List.of(
                action("Sửa chữa sân chơi, bãi tập", "Hiệu trưởng", "", "Từ 05/9/2025 đến 31/10/2025", "500 triệu đồng"),
                action("Bồi dưỡng giáo viên dạy học STEM", "Phạm Minh Châu", TEACHER.id(),
                        "Từ 01/11/2025 đến 31/01/2026", "20 triệu đồng ngân sách"))));
        d.getRows().add(row);
        d = plans.save(PRINCIPAL, d);
        d = plans.submit(PRINCIPAL, d.getId(), d.getVersion());
        d = plans.approve(PRINCIPAL, d.getId(), d.getVersion());
        return plans.publish(PRINCIPAL, d.getId(), d.getVersion());
    }

    private static final String EDITOR = "panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.EDITOR + ":";

    @Test
    void theTeacherReportsOnTheirActionAndPercent140IsRefusedOnTheFieldWithNothingStored() {
        tester.startComponentInPage(new MyActionsPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertLabel("panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.ACTIONS + ":0:description",
                "Bồi dưỡng giáo viên dạy học STEM");
        tester.assertLabel("panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.ACTIONS + ":0:dueState",
                "Sắp đến hạn");
        tester.clickLink("panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.ACTIONS + ":0:" + MyActionsPanel.SELECT);
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.select("status", ActionStatus.IN_PROGRESS.ordinal());
        form.setValue("percent", "140");
        form.setValue("asOf", "10/01/2026");
        form.submit(MyActionsPanel.SAVE);
        tester.assertErrorMessages("Tỷ lệ hoàn thành phải từ 0 đến 100 (bạn đã nhập 140).");
        assertThat(tester.getFeedbackMessages(new org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter(
                org.apache.wicket.feedback.FeedbackMessage.ERROR)).get(0).getReporter().getId()).isEqualTo("percent");
        assertThat(monitoring.history(PRINCIPAL, plan.getId(), stem)).isEmpty();

        form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.select("status", ActionStatus.IN_PROGRESS.ordinal());
        form.setValue("percent", "60");
        form.setValue("asOf", "10/01/2026");
        form.setValue("spent", "12.000.000");
        form.submit(MyActionsPanel.SAVE);
        tester.assertNoErrorMessage();
        assertThat(monitoring.history(PRINCIPAL, plan.getId(), stem)).singleElement()
                .satisfies(e -> assertThat(e.spent()).isEqualTo(12_000_000L));
        tester.assertLabel("panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.ACTIONS + ":0:spent",
                "12.000.000 đ / 20.000.000 đ");
    }

    @Test
    void aPdfIsCodedByTheRealEvidenceServiceAndAFileWhoseContentIsNotItsNameIsRefused(@TempDir Path dir)
            throws IOException {
        tester.startComponentInPage(new MyActionsPanel("panel", context(TEACHER, THCS, "vi")));
        tester.clickLink("panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.ACTIONS + ":0:" + MyActionsPanel.SELECT);
        File fake = new File(dir.resolve("bao-cao.docx").toFile());
        Files.write(fake.toPath(), FakeMonitoring.pdf());
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", fake, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.setValue("title", "Báo cáo bồi dưỡng");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertContains("không đúng như tên tệp");
        assertThat(evidence.evidenceOfPlan(PRINCIPAL, plan.getId())).isEmpty();

        File pdf = new File(dir.resolve("bao-cao.pdf").toFile());
        Files.write(pdf.toPath(), FakeMonitoring.pdf());
        form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", pdf, "application/pdf");
        form.setValue("title", "Báo cáo bồi dưỡng");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertNoErrorMessage();
        assertThat(evidence.evidenceOfPlan(PRINCIPAL, plan.getId())).singleElement()
                .satisfies(e -> tester.assertContains(Pattern.quote(e.code())));
    }

    @Test
    void anEvidenceFileDownloadsFromTheProgressPageForTheSchoolOnly(@TempDir Path dir) throws IOException {
        tester.startComponentInPage(new MyActionsPanel("panel", context(TEACHER, THCS, "vi")));
        tester.clickLink("panel:" + MyActionsPanel.CONTENT + ":" + MyActionsPanel.ACTIONS + ":0:" + MyActionsPanel.SELECT);
        File pdf = new File(dir.resolve("bien-ban.pdf").toFile());
        Files.write(pdf.toPath(), FakeMonitoring.pdf());
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", pdf, "application/pdf");
        form.setValue("title", "Biên bản nghiệm thu");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertNoErrorMessage();
        long id = evidence.evidenceOfPlan(PRINCIPAL, plan.getId()).get(0).id();

        tester.startComponentInPage(new PlanProgressPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains(Pattern.quote("download/monitoring/evidence/" + id));
        EvidenceDownloads downloads = new EvidenceDownloads(evidence);
        assertThat(downloads.serve(PRINCIPAL, "evidence/" + id, java.util.Map.of())).hasValueSatisfying(d -> {
            assertThat(d.fileName()).isEqualTo("bien-ban.pdf");
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.content()).isEqualTo(FakeMonitoring.pdf());
        });
        assertThat(downloads.serve(vn.edu.caitien.monitoring.impl.MonitoringFixtures.OTHER_TEACHER, "evidence/" + id,
                java.util.Map.of())).isEmpty();
        assertThat(downloads.serve(PRINCIPAL, "evidence/" + (id + 1000), java.util.Map.of())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> downloads.serve(PRINCIPAL, "evidence/x", java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDashboardOfTheRealServiceDrawsWellFormedChartsAndTheWardOfficerSeesTheRollUp() throws Exception {
        tester.startComponentInPage(new SchoolDashboardPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(tester.getLastResponseAsString());
        List<Element> charts = new ArrayList<>();
        while (m.find()) {
            charts.add(SvgChartTest.parse(m.group()));
        }
        assertThat(charts).hasSize(4);
        assertThat(SvgChartTest.count(charts.get(0), "rect", "bar")).isEqualTo(1);
        assertThat(charts.get(0).getTextContent()).contains("Tiêu chuẩn 3");

        tester.startComponentInPage(new RollUpPanel("panel", context(WARD_OFFICER, THCS, "vi")));
        tester.assertVisible("panel:" + RollUpPanel.CONTENT);
        tester.assertContains("Trường THCS An Bình");
        tester.startComponentInPage(new RollUpPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertInvisible("panel:" + RollUpPanel.CONTENT);
    }

    @Test
    void theTeamRecordsTheSemesterReviewWithAFollowUpAndTheWardOfficerAnInspectionThenThePrincipalClosesTheYear() {
        // Review, by the monitoring team.
        tester.startComponentInPage(new ReviewsPanel("panel", context(MonitoringFixtures.TEAM, THCS, "vi")));
        String reviewForm = "panel:" + ReviewsPanel.CONTENT + ":" + ReviewsPanel.FORM;
        FormTester form = tester.newFormTester(reviewForm);
        form.select("period", 0);
        form.setValue("date", "15/01/2026");
        form.setValue("content", "");
        form.setValue("reviewers", "Ngô Thị Lan");
        form.submit(ReviewsPanel.SAVE);
        // The real service's refusal lands on the field, translated; nothing stored.
        tester.assertContains("Trường này không được để trống");
        assertThat(monitoring.reviews(PRINCIPAL, plan.getId())).isEmpty();
        form = tester.newFormTester(reviewForm);
        form.select("period", 0);
        form.setValue("date", "15/01/2026");
        form.setValue("content", "Rà soát học kỳ I");
        form.setValue("results", "Một công việc quá hạn");
        form.setValue("reviewers", "Ngô Thị Lan");
        form.setValue("followUps:0:criterion", "3.1");
        form.setValue("followUps:0:description", "Hoàn thiện sân chơi trước Tết");
        form.setValue("followUps:0:lead", "Hiệu trưởng");
        form.submit(ReviewsPanel.SAVE);
        // The team may review but not change the plan: the follow-up is refused, nothing is stored.
        tester.assertErrorMessages("Bạn không có quyền bổ sung công việc khắc phục vào kế hoạch.");
        assertThat(monitoring.reviews(PRINCIPAL, plan.getId())).isEmpty();

        // The principal records it with the follow-up action.
        tester.startComponentInPage(new ReviewsPanel("panel", context(PRINCIPAL, THCS, "vi")));
        form = tester.newFormTester(reviewForm);
        form.select("period", 0);
        form.setValue("date", "15/01/2026");
        form.setValue("content", "Rà soát học kỳ I");
        form.setValue("results", "Một công việc quá hạn");
        form.setValue("reviewers", "Ngô Thị Lan\nLê Văn Hòa");
        form.setValue("followUps:0:criterion", "3.1");
        form.setValue("followUps:0:description", "Hoàn thiện sân chơi trước Tết");
        form.setValue("followUps:0:lead", "Hiệu trưởng");
        form.submit(ReviewsPanel.SAVE);
        tester.assertNoErrorMessage();
        assertThat(monitoring.reviews(PRINCIPAL, plan.getId())).singleElement()
                .satisfies(r -> assertThat(r.adjustments().get(0).followUpActionKey()).isNotEmpty());

        // Inspection, by the ward officer.
        tester.startComponentInPage(new InspectionsPanel("panel", context(WARD_OFFICER, THCS, "vi")));
        form = tester.newFormTester("panel:" + InspectionsPanel.FORM);
        form.setValue("date", "16/01/2026");
        form.setValue("time", "14:00");
        form.setValue("team:0:name", "Vũ Quốc Huy");
        form.setValue("team:0:position", "Chuyên viên");
        form.setValue("findings:0:criterion", "3.1");
        form.setValue("findings:0:text", "Sân chơi chưa hoàn thành");
        form.setValue("findings:0:corrective", "true");
        form.setValue("findings:0:followUp", "Báo cáo tiến độ sửa sân chơi");
        form.setValue("findings:0:lead", "Hiệu trưởng");
        form.setValue("comments", "Nhà trường thực hiện nghiêm túc.");
        form.submit(InspectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Nhận xét của đoàn kiểm tra");
        tester.assertContains("Nhà trường thực hiện nghiêm túc.");
        assertThat(monitoring.inspections(PRINCIPAL, THCS.id())).singleElement()
                .satisfies(i -> assertThat(i.findings().get(0).followUpActionKey()).isNotEmpty());

        // Year-end close, by the principal: results first, then the confirmation; read-only afterwards.
        tester.startComponentInPage(new YearClosePanel("panel", context(PRINCIPAL, THCS, "vi")));
        String closeForm = "panel:" + YearClosePanel.CONTENT + ":" + YearClosePanel.FORM;
        tester.newFormTester(closeForm).submit(YearClosePanel.PREVIEW);
        tester.assertContains("Hoàn thiện sân chơi trước Tết");
        tester.newFormTester(closeForm).submit(YearClosePanel.CONFIRM);
        tester.assertNoErrorMessage();
        assertThat(monitoring.yearCloses(PRINCIPAL, plan.getId())).hasSize(1);
        tester.assertContains("Kết quả đã chốt, chỉ còn để xem");
        tester.startComponentInPage(new PlanProgressPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Năm học 2025-2026 đã tổng kết");
    }
}
