package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import org.apache.wicket.util.file.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.ImplementationDegree;
import vn.edu.caitien.monitoring.api.ProgressEntry;

/** "Việc của tôi": the list with due states, the progress form and the evidence form, in Vietnamese and English. */
class MyActionsPanelTest extends PanelTestSupport {

    private static final String CONTENT = "panel:" + MyActionsPanel.CONTENT + ":";
    private static final String EDITOR = CONTENT + MyActionsPanel.EDITOR + ":";

    private void open(String language) {
        tester.startComponentInPage(new MyActionsPanel("panel", context(TEACHER, THCS, language)));
    }

    /** Opens the form of the teacher's first action (due soon: 2.3). */
    private void select() {
        tester.clickLink(CONTENT + MyActionsPanel.ACTIONS + ":0:" + MyActionsPanel.SELECT);
        tester.assertVisible(EDITOR + MyActionsPanel.UPDATE_FORM);
    }

    @Test
    void theTeacherSeesTheActionsTheyLeadSoonestFirstWithDueSoonMarkedInVietnamese() {
        open("vi");
        tester.assertContains("Việc của tôi");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:description", "Bồi dưỡng giáo viên dạy Tin học");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:dueState", "Sắp đến hạn");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":1:dueState", "Đúng tiến độ");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:spent", "0 đ / 1.500.000 đ");
        assertThat(tester.getLastResponseAsString()).contains("class=\"portal-warning\"")
                .containsPattern("\\d{2}/\\d{2}/\\d{4}");
        // Actions led by others are not listed.
        tester.assertContainsNot("Nâng cao hiệu quả sinh hoạt tổ chuyên môn");
        tester.assertInvisible(CONTENT + MyActionsPanel.EDITOR);
    }

    @Test
    void aProgressReportIsStoredAndShown() {
        open("vi");
        select();
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.select("status", ActionStatus.IN_PROGRESS.ordinal());
        form.setValue("percent", "60");
        form.setValue("spent", "750.000");
        form.select("degree", ImplementationDegree.PARTLY_COMPLETED.ordinal());
        form.setValue("comment", "Đã tổ chức 2 buổi tập huấn");
        form.submit(MyActionsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu báo cáo tiến độ");
        ProgressEntry stored = fake.entries.get(fake.entries.size() - 1);
        assertThat(stored.actionKey()).isEqualTo("a2");
        assertThat(stored.percent()).isEqualTo(60);
        assertThat(stored.spent()).isEqualTo(750_000L);
        assertThat(stored.degree()).isEqualTo(ImplementationDegree.PARTLY_COMPLETED);
        assertThat(stored.comment()).isEqualTo("Đã tổ chức 2 buổi tập huấn");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:percent", "60 %");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:spent", "750.000 đ / 1.500.000 đ");
        assertThat(pageBytes()).isLessThan(50 * 1024);
    }

    @Test
    void percent140IsRefusedInPlaceAndNothingIsStoredInBothLanguages() {
        int before = fake.entries.size();
        open("vi");
        select();
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.select("status", ActionStatus.IN_PROGRESS.ordinal());
        form.setValue("percent", "140");
        form.submit(MyActionsPanel.SAVE);
        tester.assertErrorMessages("Tỷ lệ hoàn thành phải từ 0 đến 100 (bạn đã nhập 140).");
        assertThat(tester.getFeedbackMessages(new org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter(
                org.apache.wicket.feedback.FeedbackMessage.ERROR)).get(0).getReporter().getId())
                .isEqualTo("percent");
        assertThat(fake.entries).hasSize(before);

        open("en");
        select();
        form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.select("status", ActionStatus.IN_PROGRESS.ordinal());
        form.setValue("percent", "140");
        form.submit(MyActionsPanel.SAVE);
        tester.assertErrorMessages("The percent must be between 0 and 100 (you entered 140).");
        assertThat(fake.entries).hasSize(before);
    }

    @Test
    void emptyStatusBadDateAndBadMoneyAreRefusedInPlace() {
        int before = fake.entries.size();
        open("vi");
        select();
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.submit(MyActionsPanel.SAVE);
        tester.assertErrorMessages("Hãy điền Trạng thái.");
        form = tester.newFormTester(EDITOR + MyActionsPanel.UPDATE_FORM);
        form.select("status", ActionStatus.DONE.ordinal());
        form.setValue("asOf", "31/02/2026");
        form.setValue("spent", "năm triệu");
        form.setValue("percent", "mười");
        form.submit(MyActionsPanel.SAVE);
        tester.assertContains("Hãy ghi ngày theo dạng dd/mm/yyyy");
        tester.assertContains("Hãy ghi số tiền bằng đồng");
        tester.assertContains("Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100");
        assertThat(fake.entries).hasSize(before);
    }

    @Test
    void aPdfIsStoredAsEvidenceWithItsCodeAndAReferenceToo(@TempDir Path dir) throws IOException {
        open("vi");
        select();
        tester.assertContains("Công việc này chưa có minh chứng");
        File pdf = new File(dir.resolve("bien-ban.pdf").toFile());
        Files.write(pdf.toPath(), FakeMonitoring.pdf());
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", pdf, "application/pdf");
        form.setValue("title", "Biên bản tập huấn");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu minh chứng với mã \\[H2-2\\.3-01\\]");
        tester.assertContains("Biên bản tập huấn");
        // The stored file opens from here, at the portal's download URL for evidence.
        tester.assertContains("/download/monitoring/evidence/" + fake.evidence.get(0).id() + "\"");
        tester.assertContains(">bien-ban.pdf</a>");

        form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setValue("title", "Sổ theo dõi bồi dưỡng");
        form.setValue("reference", "Sổ số 3, lưu tại văn phòng");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertNoErrorMessage();
        assertThat(fake.evidence).hasSize(2);
    }

    @Test
    void aFileOfTheWrongTypeOrTooLargeIsRefusedInPlaceAndNothingIsStored(@TempDir Path dir) throws IOException {
        open("vi");
        select();
        File fake1 = new File(dir.resolve("bao-cao.pdf").toFile());
        Files.writeString(fake1.toPath(), "MZ this is not a pdf");
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", fake1, "application/pdf");
        form.setValue("title", "Báo cáo");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertErrorMessages("Nội dung của bao-cao.pdf không thuộc loại được nhận (PDF, ảnh, Word hoặc Excel).");

        // Over the service's limit: refused by the service.
        File big = new File(dir.resolve("lon.pdf").toFile());
        byte[] bytes = new byte[(int) FakeMonitoring.MAX_FILE + 10];
        System.arraycopy(FakeMonitoring.pdf(), 0, bytes, 0, 8);
        Files.write(big.toPath(), bytes);
        form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", big, "application/pdf");
        form.setValue("title", "Báo cáo");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertContains("Tệp quá lớn");

        // Far over it: stopped while received.
        File huge = new File(dir.resolve("rat-lon.pdf").toFile());
        Files.write(huge.toPath(), new byte[(int) FakeMonitoring.MAX_FILE + 512 * 1024]);
        form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setFile("file", huge, "application/pdf");
        form.setValue("title", "Báo cáo");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertContains("Tệp quá lớn: tối đa");

        // Neither a file nor a reference; no title.
        form = tester.newFormTester(EDITOR + MyActionsPanel.EVIDENCE_FORM);
        form.setValue("title", "");
        form.submit(MyActionsPanel.UPLOAD);
        tester.assertContains("Hãy điền Tên minh chứng");
        assertThat(fake.evidence).isEmpty();
    }

    @Test
    void evidenceOfAnotherActionIsReusedWithItsCode() {
        fake.evidence.add(new vn.edu.caitien.monitoring.api.Evidence(900, THCS.id(), "[H3-3.1-01]",
                vn.edu.caitien.monitoring.api.EvidenceKind.REFERENCE, "Biên bản kiểm kê thiết bị", "Sổ tài sản", null,
                "", "", null, 0, "", java.util.List.of(new vn.edu.caitien.monitoring.api.EvidenceLink(1, "a3", "3.1")),
                "Lê Văn Hòa", java.time.Instant.now()));
        open("vi");
        select();
        tester.assertVisible(EDITOR + MyActionsPanel.REUSE_FORM);
        FormTester form = tester.newFormTester(EDITOR + MyActionsPanel.REUSE_FORM);
        form.submit(MyActionsPanel.REUSE);
        tester.assertErrorMessages("Hãy điền Minh chứng đã có.");
        form = tester.newFormTester(EDITOR + MyActionsPanel.REUSE_FORM);
        form.select("existing", 0);
        form.submit(MyActionsPanel.REUSE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã dùng lại minh chứng \\[H3-3\\.1-01\\]");
        assertThat(fake.evidence.get(0).links()).extracting(vn.edu.caitien.monitoring.api.EvidenceLink::actionKey)
                .containsExactly("a3", "a2");
        // Attached now: listed with the action, no longer offered.
        tester.assertContains("Biên bản kiểm kê thiết bị");
        tester.assertInvisible(EDITOR + MyActionsPanel.REUSE_FORM);
    }

    @Test
    void aTeacherOfAnotherSchoolGetsNothingOfThisSchool() {
        tester.startComponentInPage(new MyActionsPanel("panel", context(OTHER_TEACHER, THCS, "vi")));
        tester.assertVisible("panel:denied");
        tester.assertInvisible("panel:" + MyActionsPanel.CONTENT);
        tester.assertContainsNot("Bồi dưỡng giáo viên dạy Tin học");
    }

    @Test
    void inEnglish() {
        open("en");
        tester.assertContains("My actions");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:dueState", "Due soon");
        tester.assertLabel(CONTENT + MyActionsPanel.ACTIONS + ":0:status", "Not started");
    }

    /**
     * A request that arrives while the portal stops (the module's services are gone) gets the module-unavailable
     * message in the panel, on the first render and on a click in a page rendered before: no error page.
     */
    @Test
    void whenTheServicesGoThePanelSaysTheModuleIsUnavailable() {
        java.util.Map<Class<?>, Object> services = new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of(
                vn.edu.caitien.monitoring.api.MonitoringService.class, fake,
                vn.edu.caitien.monitoring.api.EvidenceService.class, fake,
                vn.edu.caitien.plan.api.PlanService.class, fake.planService()));
        tester.destroy();
        tester = new org.apache.wicket.util.tester.WicketTester(
                new vn.edu.caitien.testsupport.wicket.FakeServicesApplication(services) {
                    @Override
                    public vn.edu.caitien.portal.api.ui.ServiceLocator serviceLocator() {
                        return new vn.edu.caitien.portal.api.ui.ServiceLocator() {
                            @Override
                            public <T> java.util.Optional<T> find(Class<T> type) {
                                return java.util.Optional.ofNullable(services.get(type)).map(type::cast);
                            }
                        };
                    }
                });
        open("vi");
        select();
        tester.assertInvisible("panel:unavailable");

        // The portal stops: the services go, the page stays in the browser.
        services.clear();
        tester.clickLink(CONTENT + MyActionsPanel.ACTIONS + ":1:" + MyActionsPanel.SELECT);
        tester.assertVisible("panel:unavailable");
        tester.assertContains("Dịch vụ theo dõi tạm thời không sẵn sàng");
        tester.assertInvisible("panel:" + MyActionsPanel.CONTENT);

        open("en");
        tester.assertContains("The monitoring service is not available right now");
        tester.assertInvisible("panel:" + MyActionsPanel.CONTENT);

        // Back: the list again.
        services.put(vn.edu.caitien.monitoring.api.MonitoringService.class, fake);
        services.put(vn.edu.caitien.monitoring.api.EvidenceService.class, fake);
        open("vi");
        tester.assertInvisible("panel:unavailable");
        tester.assertContains("Bồi dưỡng giáo viên dạy Tin học");
    }
}
