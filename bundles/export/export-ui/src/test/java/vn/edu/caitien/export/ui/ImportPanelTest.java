package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.SchoolLevel;

/** "Nhập kế hoạch từ Word": upload, review (unrecognised always shown), save once as a draft; bad files and limits. */
class ImportPanelTest extends ExportTestSupport {

    @TempDir
    Path dir;

    private File file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toFile();
    }

    private void upload(File file) {
        FormTester form = tester.newFormTester("panel:" + ImportPanel.UPLOAD);
        form.setFile(ImportPanel.FILE, new org.apache.wicket.util.file.File(file), "application/octet-stream");
        form.submit(ImportPanel.READ);
    }

    private List<PlanSummary> schoolPlans() {
        return plans.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL);
    }

    @Test
    void theReviewShowsTheSourceBesideTheFieldsAndWhatWasNotRecognisedInVietnamese() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Nhập kế hoạch từ Word");
        tester.assertContains("Dung lượng tối đa 4 KB.");
        upload(file("ke-hoach-2025.docx", "kế hoạch"));

        tester.assertComponent("panel", ImportReviewPanel.class);
        assertThat(importer.lastOptions.schoolLevel()).isEqualTo(SchoolLevel.THCS);
        tester.assertContains("ke-hoach-2025.docx");
        tester.assertContains("Tệp Word: 6 đoạn văn bản, nhận dạng được 4, không nhận dạng được 2.");
        tester.assertContains("Không nhận dạng được \\(2\\)");
        tester.assertContains("&lt;b&gt;Ghi chú của tổ văn phòng&lt;/b&gt;");
        tester.assertContains("Ô chủ trì không nêu ai");
        tester.assertContains("Có 2 đoạn chưa được nhận diện");
        tester.assertContains("Hàng 1 › Hoạt động 1 › Nội dung hoạt động");
        tester.assertContains("Phần đầu văn bản › Số");
        tester.assertContains("Bảng 1, dòng 3, cột 2");
        tester.assertContains("Dòng 40");
        tester.assertContains("Cần xem lại");
        // the title mismatch (MEDIUM) is highlighted, the plain header line is not
        assertThat(tester.getTagByWicketId(ImportReviewPanel.PIECES)).isNotNull();
        assertThat(tester.getTagsByWicketId(ImportReviewPanel.PIECES)).extracting(t -> t.getAttribute("class"))
                .containsExactly(null, null, ImportReviewPanel.FLAGGED, null);
        tester.assertModelValue("panel:review:" + ImportReviewPanel.SAVE_FORM + ":" + ImportReviewPanel.PERIOD, "2025-2026");
        // nothing saved before "Lưu thành bản nháp"
        assertThat(schoolPlans()).isEmpty();
        assertSerializable();
    }

    @Test
    void theReviewInEnglish() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "en")));
        tester.assertContains("Import a plan from Word");
        tester.assertContains("At most 4 KB.");
        upload(file("plan.docx", "plan"));
        tester.assertContains("Not recognised \\(2\\)");
        tester.assertContains("Row 1 › Action 1 › Activity");
        tester.assertContains("Table 1, row 3, column 2");
        tester.assertContains("Save as a draft");
        tester.assertContains("Word document: 6 pieces of text, 4 recognised, 2 not recognised.");
    }

    @Test
    void savingCreatesOneDraftWithTheImportedRowsAndSections() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        upload(file("ke-hoach.docx", "kế hoạch"));
        FormTester form = tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM);
        form.setValue(ImportReviewPanel.TITLE, "Cải tiến chất lượng năm học 2025-2026 (nhập từ Word)");
        form.submit(ImportReviewPanel.SAVE);

        tester.assertComponent("panel", ImportPanel.class);
        tester.assertFeedback("panel:feedback",
                "Đã lưu thành bản nháp: \"Cải tiến chất lượng năm học 2025-2026 (nhập từ Word)\", gồm 2 hoạt động. "
                        + "Mở trong mục Kế hoạch cải tiến chất lượng để tiếp tục.");
        List<PlanSummary> list = schoolPlans();
        assertThat(list).hasSize(1);
        PlanDocument saved = plans.plan(PRINCIPAL, list.get(0).id()).orElseThrow();
        assertThat(saved.getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2025));
        assertThat(saved.getHeader().getNumber()).isEqualTo(7);
        assertThat(saved.getHeader().getSymbol()).isEqualTo("KH-THCSAB");
        assertThat(saved.getPurposes()).containsExactly("Nâng cao chất lượng giáo dục toàn diện");
        assertThat(saved.getStrengths()).isEqualTo("Đội ngũ giáo viên đủ về số lượng");
        assertThat(saved.getRows()).extracting(r -> r.getCriterionCode()).containsExactly("1.4");
        assertThat(saved.actions()).extracting(a -> a.getDescription()).containsExactly(
                "Rà soát, bổ sung kế hoạch bồi dưỡng tổ trưởng chuyên môn",
                "Tổ chức chuyên đề sinh hoạt chuyên môn theo nghiên cứu bài học");
        assertThat(saved.getRevision()).isEqualTo(1);
        // one create and one save, nothing else
        assertThat(plans.history(PRINCIPAL, saved.getId()).stream().map(c -> c.action()).distinct().toList())
                .containsExactlyInAnyOrder("create", "save");
    }

    @Test
    void aMissingPeriodMustBeGivenBeforeAnythingIsSaved() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        upload(file("khong-nam.txt", "NOPERIOD"));
        tester.assertModelValue("panel:review:" + ImportReviewPanel.SAVE_FORM + ":" + ImportReviewPanel.PERIOD, "");
        FormTester form = tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM);
        form.submit(ImportReviewPanel.SAVE);
        tester.assertErrorMessages("Hãy ghi thời gian dạng 2025-2026 (một năm học) hoặc 2022-2025 (một giai đoạn).");
        tester.assertComponent("panel", ImportReviewPanel.class);
        assertThat(schoolPlans()).isEmpty();

        form = tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM);
        form.setValue(ImportReviewPanel.PERIOD, "giai đoạn 2025-2028");
        form.submit(ImportReviewPanel.SAVE);
        assertThat(schoolPlans()).extracting(PlanSummary::period).containsExactly(PlanPeriod.stage(2025, 2028));
    }

    @Test
    void aNumberAlreadyTakenIsRefusedBeforeAnyPlanIsCreated() throws IOException {
        PlanDocument existing = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2024), "Kế hoạch cũ");
        existing.getHeader().setNumber(7);
        existing.getHeader().setDate(LocalDate.of(2025, 3, 1));
        plans.save(PRINCIPAL, existing);
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "en")));
        upload(file("ke-hoach.docx", "kế hoạch"));
        tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM).submit(ImportReviewPanel.SAVE);
        tester.assertErrorMessages("Another plan of the school already has number 7 in that year. "
                + "Change the number or leave it empty. Nothing was saved.");
        assertThat(schoolPlans()).hasSize(1);

        FormTester form = tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM);
        form.setValue(ImportReviewPanel.NUMBER, "");
        form.submit(ImportReviewPanel.SAVE);
        assertThat(schoolPlans()).hasSize(2);
    }

    @Test
    void aFileTheImporterCannotReadShowsItsMessageAndTheFormStays() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        upload(file("hong.docx", "BAD zip"));
        tester.assertComponent("panel", ImportPanel.class);
        tester.assertErrorMessages("Tệp bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn). "
                + "Hãy mở tệp bằng Word, lưu lại rồi thử lại.");
        tester.assertVisible("panel:" + ImportPanel.UPLOAD);
        assertThat(schoolPlans()).isEmpty();
    }

    @Test
    void aFileTheImporterCannotReadInEnglish() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "en")));
        upload(file("bien-ban.txt", "NOPLAN"));
        tester.assertComponent("panel", ImportPanel.class);
        tester.assertErrorMessages(new vn.edu.caitien.export.importer.ImportException(
                vn.edu.caitien.export.importer.ImportException.NO_PLAN).message(java.util.Locale.ENGLISH));
        tester.assertContainsNot("Không tìm thấy");
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileItIsReceived() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        upload(file("lon.docx", "x".repeat((int) MAX_BYTES + 1000)));
        tester.assertComponent("panel", ImportPanel.class);
        assertThat(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR)).singleElement()
                .asString().startsWith("Tệp quá lớn: dung lượng tối đa là");
        assertThat(importer.lastOptions).as("the importer never saw the file").isNull();
    }

    @Test
    void aReviewWhoseDraftIsGoneSavesNothing() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        upload(file("ke-hoach.docx", "kế hoạch"));
        // another upload in another tab replaces the draft this page reviews
        drafts.put(PRINCIPAL, FakeImporter.result(PlanPeriod.schoolYear(2024)), "khac.docx");
        tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM).submit(ImportReviewPanel.SAVE);
        tester.assertErrorMessages("Bản nhập này không còn chờ kiểm tra. Hãy tải tệp lên lại. Chưa có gì được lưu.");
        tester.assertContains("Hãy tải tệp lên lại.");
        tester.assertInvisible("panel:review");
        assertThat(schoolPlans()).isEmpty();
    }

    @Test
    void noFileChosen() {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.newFormTester("panel:" + ImportPanel.UPLOAD).submit(ImportPanel.READ);
        tester.assertErrorMessages("Hãy chọn một tệp trước.");
    }

    @Test
    void aBusyIndicatorIsInTheFormHiddenUntilTheScriptShowsItAndTheFormWorksWithoutIt() throws IOException {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        String busyPath = "panel:" + ImportPanel.UPLOAD + ":" + ImportPanel.BUSY;
        tester.assertVisible(busyPath);
        org.apache.wicket.util.tester.TagTester busy = tester.getTagByWicketId(ImportPanel.BUSY);
        // Hidden in the markup: without JavaScript nothing claims to be busy; a status region for screen readers.
        assertThat(busy.getAttribute("hidden")).isNotNull();
        assertThat(busy.getAttribute("role")).isEqualTo("status");
        assertThat(busy.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(busy.getChild("progress")).isNotNull();
        assertThat(busy.getValue()).contains("Đang gửi tệp lên và đọc nội dung").contains("Xin chờ, đừng bấm lại.");
        // The script (with the page's nonce, from the header item) knows the form, the indicator, the file and the button.
        String page = tester.getLastResponse().getDocument();
        String busyId = tester.getComponentFromLastRenderedPage(busyPath).getMarkupId();
        String formId = tester.getComponentFromLastRenderedPage("panel:" + ImportPanel.UPLOAD).getMarkupId();
        String buttonId = tester.getComponentFromLastRenderedPage("panel:" + ImportPanel.UPLOAD + ":" + ImportPanel.READ)
                .getMarkupId();
        assertThat(tester.getTagById(busyId)).isNotNull();
        assertThat(tester.getTagById(formId)).isNotNull();
        assertThat(page).containsPattern("(?s)<script[^>]*nonce=[^>]*>((?!</script>).)*getElementById\\('" + formId
                + "'\\)((?!</script>).)*getElementById\\('" + busyId + "'\\)((?!</script>).)*getElementById\\('"
                + buttonId + "'\\)((?!</script>).)*busy\\.hidden = false");
        assertThat(page).doesNotContain("javascript:");
        // No JavaScript in a test: the plain submit still reads the file and opens the review.
        upload(file("ke-hoach-2025.docx", "kế hoạch"));
        tester.assertComponent("panel", ImportReviewPanel.class);
    }

    @Test
    void theBusyIndicatorInEnglish() {
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "en")));
        assertThat(tester.getTagByWicketId(ImportPanel.BUSY).getValue()).contains("Sending the file and reading it");
    }

    @Test
    void withoutPlanEditThereIsNoUpload() {
        tester.startComponentInPage(new ImportPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertInvisible("panel:" + ImportPanel.UPLOAD);
        tester.assertContains("Bạn không có quyền tạo kế hoạch cho trường này.");
    }

    @Test
    void sizesAreWrittenTheVietnameseWay() {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        assertThat(ImportPanel.size(20L * 1024 * 1024, vi)).isEqualTo("20 MB");
        assertThat(ImportPanel.size(3L * 1024 * 1024 / 2, vi)).isEqualTo("1,5 MB");
        assertThat(ImportPanel.size(3L * 1024 * 1024 / 2, java.util.Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(ImportPanel.size(4096, vi)).isEqualTo("4 KB");
    }
}
