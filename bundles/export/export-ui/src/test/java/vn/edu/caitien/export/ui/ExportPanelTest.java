package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.TH;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;

/** "Xuất văn bản": links per format and revision, supervisors' view with roll-ups, the batch zip with its progress. */
class ExportPanelTest extends ExportTestSupport {

    private static final String FORM = "panel:" + ExportPanel.FORM + ":" + ExportPanel.GROUP;
    private static final String OWN_ROWS = FORM + ":" + ExportPanel.SCHOOL + ":" + ExportPanel.PLAN_TABLE + ":"
            + ExportPanel.ROWS;

    @Override
    DocumentKind[] kinds() {
        return new DocumentKind[] {DocumentKind.PLAN, DocumentKind.MONITORING_REPORT, DocumentKind.ROLLUP};
    }

    private PlanDocument published(int year) {
        PlanDocument plan = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(year), "Kế hoạch đã gửi " + year);
        plan = plans.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        plan = plans.approve(PRINCIPAL, plan.getId(), plan.getVersion());
        return plans.publish(PRINCIPAL, plan.getId(), plan.getVersion());
    }

    @Test
    void theSchoolsPlansWithALinkPerFormatInVietnamese() {
        long id = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "").getId();
        tester.startComponentInPage(new ExportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Xuất văn bản");
        tester.assertContains("Trường THCS An Bình");
        tester.assertContains("Năm học 2025-2026");
        tester.assertContains("Bản nháp");
        for (String ext : List.of("docx", "pdf", "xlsx", "json")) {
            tester.assertContains("/download/export/plan/" + id + "." + ext + "\"");
        }
        tester.assertContains("Báo cáo sơ kết học kỳ I năm học 2025-2026");
        tester.assertContains("/download/export/report/" + id + "/semester-1-2025-2026.pdf");
        tester.assertContains("/download/export/report/" + id + "/year-end-2025-2026.docx");
        tester.assertContains("Tải về tất cả \\(zip\\)");
        // a member sees no roll-up: that is the supervising bodies'
        tester.assertContainsNot("/download/export/rollup/");
        assertSerializable();
    }

    @Test
    void inEnglish() {
        plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new ExportPanel("panel", context(PRINCIPAL, THCS, "en")));
        tester.assertContains("Export documents");
        tester.assertContains("School year 2025-2026");
        tester.assertContains("Semester I review 2025-2026");
        tester.assertContains("Download all \\(zip\\)");
        tester.assertContains("Draft");
    }

    @Test
    void choosingAnEarlierRevisionChangesTheLinks() {
        PlanDocument plan = published(2025);
        plan.setStrengths("Đội ngũ giáo viên nhiệt tình");
        plan = plans.save(PRINCIPAL, plan);
        assertThat(plan.getRevision()).isEqualTo(2);
        long id = plan.getId();
        tester.startComponentInPage(new ExportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Bản hiện tại");
        tester.assertContains("Lần sửa 1");
        tester.assertContains("/download/export/plan/" + id + ".docx\"");

        FormTester form = tester.newFormTester("panel:" + ExportPanel.FORM, false);
        form.select("group:school:plans:rows:0:" + ExportPanel.REVISION, 0);
        tester.executeAjaxEvent(OWN_ROWS + ":0:" + ExportPanel.REVISION, "change");
        tester.assertContains("/download/export/plan/" + id + ".docx\\?revision=1");
        tester.assertContains("/download/export/plan/" + id + ".pdf\\?revision=1");
        // the report links do not take a revision
        tester.assertContains("/download/export/report/" + id + "/semester-1-2025-2026.docx\"");
    }

    @Test
    void anotherSchoolsTeacherSeesNoneOfThisSchoolsPlans() {
        long id = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "").getId();
        tester.startComponentInPage(new ExportPanel("panel", context(OTHER_TEACHER, TH, "vi")));
        tester.assertContains("Trường Tiểu học Hoa Sen");
        tester.assertContains("Chưa có kế hoạch nào.");
        tester.assertContainsNot("/download/export/plan/" + id + ".");
    }

    @Test
    void aSupervisorSeesThePublishedPlansOfItsSchoolsAndTheRollUps() {
        long published = published(2024).getId();
        long draft = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "Bản nháp chưa gửi").getId();
        tester.startComponentInPage(new ExportPanel("panel", context(SUPERVISOR, THCS, "vi")));
        tester.assertContains("UBND-AN-BINH");
        tester.assertContains("Trường THCS An Bình");
        tester.assertContains("/download/export/plan/" + published + ".pdf\"");
        tester.assertContains("Đã gửi cấp trên");
        tester.assertContainsNot("/download/export/plan/" + draft + ".");
        tester.assertContainsNot("Bản nháp chưa gửi");
        tester.assertContains("Báo cáo tổng hợp năm học 2024-2025");
        tester.assertContains("/download/export/rollup/ubnd-an-binh/2024-2025.xlsx");
        // a supervisor sees the published revision only: no revision choice
        tester.assertInvisible(FORM + ":" + ExportPanel.BODIES + ":0:schools:0:plans:rows:0:" + ExportPanel.REVISION);
        // the lists are reloaded per request, not kept in the page
        assertThat(new org.apache.wicket.serialize.java.JavaSerializer("test").serialize(tester.getLastRenderedPage()))
                .hasSizeLessThan(30_000);
    }

    @Test
    void aSupervisorsYearZipHoldsTheRollUpAndThePublishedPlansBuiltInTheBackground() throws Exception {
        long published = published(2024).getId();
        plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2024), "Bản nháp chưa gửi");
        tester.startComponentInPage(new ExportPanel("panel", context(SUPERVISOR, THCS, "vi")));
        FormTester form = tester.newFormTester("panel:" + ExportPanel.FORM);
        form.select("group:batchForm:" + ExportPanel.BATCH_YEAR, 0);
        form.submit("group:batchForm:" + ExportPanel.ZIP);
        tester.assertInfoMessages("Đang tạo tệp zip gồm 1 báo cáo tổng hợp các trường và 1 kế hoạch. "
                + "Tiến độ hiển thị bên dưới.");
        await(() -> !batches.current(SUPERVISOR).orElseThrow().running());
        BatchJob job = batches.current(SUPERVISOR).orElseThrow();
        assertThat(job.total()).isEqualTo(2);
        assertThat(job.skipped()).isZero();
        assertThat(documents.requests).containsExactly("ROLLUP 2024 null ubnd-an-binh docx",
                "PLAN " + published + " null  docx");
        assertThat(ExportDownloadsTest.entries(new ExportDownloads(documents, batches)
                .serve(SUPERVISOR, "batch/" + job.id() + ".zip", Map.of()).orElseThrow().content())).hasSize(2);
    }

    @Test
    void aBatchRunsInTheBackgroundWithAProgressBarAndEndsWithADownload() throws Exception {
        long a = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2023), "").getId();
        long b = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2024), "").getId();
        plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        documents.gate = new Semaphore(0);
        tester.startComponentInPage(new ExportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertInvisible("panel:" + ExportPanel.BATCH);

        FormTester form = tester.newFormTester("panel:" + ExportPanel.FORM);
        // rows are newest first: 2025, 2024, 2023; tick the last two
        form.selectMultiple(ExportPanel.GROUP, new int[] {1, 2});
        form.select("group:batchForm:" + ExportPanel.BATCH_FORMAT, 2);
        form.submit("group:batchForm:" + ExportPanel.ZIP);
        tester.assertInfoMessages("Đang tạo tệp zip gồm 2 kế hoạch. Tiến độ hiển thị bên dưới.");
        tester.assertVisible("panel:" + ExportPanel.BATCH);
        tester.assertContains("<progress[^>]*max=\"2\"");
        tester.assertContains("0/2");
        tester.assertInvisible("panel:" + ExportPanel.BATCH + ":" + ExportPanel.DOWNLOAD);

        AjaxSelfUpdatingTimerBehavior timer = tester.getComponentFromLastRenderedPage("panel:" + ExportPanel.BATCH)
                .getBehaviors(AjaxSelfUpdatingTimerBehavior.class).get(0);
        documents.gate.release();
        await(() -> batches.current(PRINCIPAL).orElseThrow().done() == 1);
        tester.executeBehavior(timer);
        tester.assertContains("1/2");
        tester.assertContains("value=\"1\"");
        assertThat(timer.isStopped()).isFalse();

        documents.gate.release();
        await(() -> !batches.current(PRINCIPAL).orElseThrow().running());
        tester.executeBehavior(timer);
        tester.assertContains("2/2");
        tester.assertContains("Tệp zip đã sẵn sàng");
        BatchJob job = batches.current(PRINCIPAL).orElseThrow();
        tester.assertContains("/download/export/batch/" + job.id() + ".zip");
        assertThat(timer.isStopped()).isTrue();
        assertThat(documents.requests).containsExactlyInAnyOrder("PLAN " + a + " null  pdf", "PLAN " + b + " null  pdf");
        assertThat(ExportDownloadsTest.entries(new ExportDownloads(documents, batches)
                .serve(PRINCIPAL, "batch/" + job.id() + ".zip", Map.of()).orElseThrow().content())).hasSize(2);
    }

    @Test
    void aBatchOfAWholeSchoolYearAndOneJobAtATimeInEnglish() {
        plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2024), "");
        long stage = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.stage(2023, 2026), "").getId();
        long year = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "").getId();
        documents.gate = new Semaphore(0);
        tester.startComponentInPage(new ExportPanel("panel", context(PRINCIPAL, THCS, "en")));

        FormTester form = tester.newFormTester("panel:" + ExportPanel.FORM);
        form.select("group:batchForm:" + ExportPanel.BATCH_YEAR, 0);
        form.submit("group:batchForm:" + ExportPanel.ZIP);
        tester.assertInfoMessages("Building a zip of 2 plans. The progress shows below.");
        assertThat(batches.current(PRINCIPAL).orElseThrow().total()).isEqualTo(2);

        form = tester.newFormTester("panel:" + ExportPanel.FORM);
        form.select("group:batchForm:" + ExportPanel.BATCH_YEAR, 0);
        form.submit("group:batchForm:" + ExportPanel.ZIP);
        tester.assertErrorMessages("Your previous zip is still being built. Wait until it is ready, then start another one.");
        documents.gate.release(2);
        await(() -> !batches.current(PRINCIPAL).orElseThrow().running());
        assertThat(documents.requests).containsExactlyInAnyOrder("PLAN " + stage + " null  docx", "PLAN " + year + " null  docx");
    }

    @Test
    void nothingTickedIsExplained() {
        plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new ExportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        FormTester form = tester.newFormTester("panel:" + ExportPanel.FORM);
        form.submit("group:batchForm:" + ExportPanel.ZIP);
        tester.assertErrorMessages("Hãy đánh dấu ít nhất một kế hoạch hoặc chọn một năm học.");
        assertThat(batches.current(PRINCIPAL)).isEmpty();
    }
}
