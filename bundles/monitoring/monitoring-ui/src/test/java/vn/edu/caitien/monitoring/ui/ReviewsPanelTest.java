package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.MONITOR;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.ReviewPeriod;

/** Reviews: the list and the monitoring team's form, with a follow-up action; bad input refused in place. */
class ReviewsPanelTest extends PanelTestSupport {

    private static final String FORM = "panel:" + ReviewsPanel.CONTENT + ":" + ReviewsPanel.FORM;

    @Test
    void theMonitoringTeamRecordsTheSemesterReviewWithAFollowUpActionInVietnamese() {
        tester.startComponentInPage(new ReviewsPanel("panel", context(MONITOR, THCS, "vi")));
        tester.assertContains("Các kỳ rà soát của nhà trường: Cuối học kỳ I, Cuối năm học");
        tester.assertContains("Chưa có biên bản rà soát nào");
        FormTester form = tester.newFormTester(FORM);
        form.select("period", 0);
        form.setValue("content", "Rà soát việc thực hiện học kỳ I");
        form.setValue("results", "3/4 công việc đúng tiến độ");
        form.setValue("adjustments", "Lùi hạn công việc 1.4 đến 31/3\n\n");
        form.setValue("followUps:0:criterion", "2.3");
        form.setValue("followUps:0:description", "Bổ sung tập huấn Tin học cho giáo viên mới");
        form.setValue("followUps:0:lead", "Tổ Toán - Tin");
        form.setValue("reviewers", "Ngô Thị Lan\nLê Văn Hòa");
        form.submit(ReviewsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu biên bản rà soát \\(Cuối học kỳ I, Năm học");
        assertThat(fake.reviews).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo(ReviewPeriod.SEMESTER_1);
            assertThat(r.reviewers()).containsExactly("Ngô Thị Lan", "Lê Văn Hòa");
            assertThat(r.adjustments()).hasSize(2);
            assertThat(r.adjustments().get(1).followUp().criterionCode()).isEqualTo("2.3");
        });
        assertThat(fake.actions).anyMatch(a -> a.followUp() && a.description().startsWith("Bổ sung tập huấn"));
        tester.assertContains("đã bổ sung công việc khắc phục vào kế hoạch");
        tester.assertContains("Ngô Thị Lan, Lê Văn Hòa");
        assertThat(pageBytes()).isLessThan(50 * 1024);

        // The same period twice: refused with the service's reason, nothing stored.
        form = tester.newFormTester(FORM);
        form.select("period", 0);
        form.setValue("content", "Lần 2");
        form.setValue("results", "x");
        form.setValue("reviewers", "Ngô Thị Lan");
        form.submit(ReviewsPanel.SAVE);
        tester.assertContains("đã được ghi trước đó");
        assertThat(fake.reviews).hasSize(1);
    }

    /**
     * A review recommends several adjustments: rows are added without losing what was typed, each filled row adds
     * its own follow-up action, empty rows are ignored, and Enter still saves.
     */
    @Test
    void theTeamAddsSeveralFollowUpActionsInOneReviewInVietnamese() {
        tester.startComponentInPage(new ReviewsPanel("panel", context(MONITOR, THCS, "vi")));
        tester.assertContains("Thêm công việc khắc phục");
        FormTester form = tester.newFormTester(FORM);
        form.select("period", 0);
        form.setValue("content", "Rà soát việc thực hiện học kỳ I");
        form.setValue("results", "2/4 công việc chậm tiến độ");
        form.setValue("reviewers", "Ngô Thị Lan");
        form.setValue("followUps:0:criterion", "1.4");
        form.setValue("followUps:0:description", "Sinh hoạt chuyên môn theo nghiên cứu bài học mỗi tháng");
        form.setValue("followUps:0:lead", "Phó hiệu trưởng");
        form.setValue("followUps:0:time", "Tháng 2/2026");
        form.setValue("followUps:1:criterion", "2.3");
        form.setValue("followUps:1:description", "Bổ sung tập huấn Tin học cho giáo viên mới");
        form.setValue("followUps:1:lead", "Tổ Toán - Tin");
        form.submit(ReviewsPanel.ADD_FOLLOW_UP);
        tester.assertNoErrorMessage();
        assertThat(fake.reviews).isEmpty();
        // Two rows became three; what was typed is still there.
        tester.assertComponent(FORM + ":followUps:2:criterion", org.apache.wicket.markup.html.form.TextField.class);
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":followUps:1:description").getDefaultModelObject())
                .isEqualTo("Bổ sung tập huấn Tin học cho giáo viên mới");
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":content").getDefaultModelObject())
                .isEqualTo("Rà soát việc thực hiện học kỳ I");
        form = tester.newFormTester(FORM);
        form.submit(ReviewsPanel.ADD_FOLLOW_UP);
        form = tester.newFormTester(FORM);
        // Row 3 stays empty (ignored); row 4 is filled.
        form.setValue("followUps:3:criterion", "3.1");
        form.setValue("followUps:3:description", "Sửa chữa sân chơi trước Tết");
        form.setValue("followUps:3:lead", "Hiệu trưởng");
        // Enter in a field submits with the default button: the save button, not "add a row".
        assertThat(((org.apache.wicket.markup.html.form.Form<?>) tester.getComponentFromLastRenderedPage(FORM))
                .getDefaultButton()).isSameAs(tester.getComponentFromLastRenderedPage(FORM + ":" + ReviewsPanel.SAVE));
        form.submit(ReviewsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu biên bản rà soát");
        assertThat(fake.reviews).singleElement().satisfies(r -> {
            assertThat(r.adjustments()).extracting(a -> a.followUp().criterionCode()).containsExactly("1.4", "2.3", "3.1");
            assertThat(r.adjustments()).allSatisfy(a -> assertThat(a.followUpActionKey()).isNotEmpty());
            assertThat(r.adjustments().get(0).followUp().timeText()).isEqualTo("Tháng 2/2026");
        });
        assertThat(fake.actions).filteredOn(FakeMonitoring.Action::followUp).extracting(FakeMonitoring.Action::criterion)
                .containsExactly("1.4", "2.3", "3.1");
        // The form starts again with two empty rows.
        tester.assertComponent(FORM + ":followUps:1:criterion", org.apache.wicket.markup.html.form.TextField.class);
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":followUps").getDefaultModelObject())
                .asList().hasSize(ReviewsPanel.FOLLOW_UP_ROWS);
    }

    @Test
    void aFollowUpRowWithAnActionButNoCriterionIsNamedAndNothingIsStored() {
        tester.startComponentInPage(new ReviewsPanel("panel", context(MONITOR, THCS, "vi")));
        FormTester form = tester.newFormTester(FORM);
        form.select("period", 0);
        form.setValue("content", "Rà soát việc thực hiện học kỳ I");
        form.setValue("results", "Đúng tiến độ");
        form.setValue("reviewers", "Ngô Thị Lan");
        form.setValue("followUps:0:criterion", "1.4");
        form.setValue("followUps:0:description", "Sinh hoạt chuyên môn theo nghiên cứu bài học");
        form.setValue("followUps:0:lead", "Phó hiệu trưởng");
        form.setValue("followUps:1:description", "Bổ sung tập huấn Tin học cho giáo viên mới");
        form.submit(ReviewsPanel.SAVE);
        tester.assertErrorMessages("Công việc khắc phục ở dòng 2 cần ghi rõ tiêu chí.",
                "Công việc khắc phục ở dòng 2 cần ghi rõ người chủ trì.");
        assertThat(fake.reviews).isEmpty();
        assertThat(fake.actions).noneMatch(FakeMonitoring.Action::followUp);
        // What was typed is kept; with the criterion and the lead the review is saved with both actions.
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":followUps:1:description").getDefaultModelObject())
                .isEqualTo("Bổ sung tập huấn Tin học cho giáo viên mới");
        form = tester.newFormTester(FORM);
        form.setValue("followUps:1:criterion", "2.3");
        form.setValue("followUps:1:lead", "Tổ Toán - Tin");
        form.submit(ReviewsPanel.SAVE);
        tester.assertNoErrorMessage();
        assertThat(fake.reviews).singleElement().satisfies(r -> assertThat(r.adjustments())
                .extracting(a -> a.followUp().criterionCode()).containsExactly("1.4", "2.3"));
    }

    @Test
    void theFollowUpRowsStopGrowingAtTheLimitInEnglish() {
        tester.startComponentInPage(new ReviewsPanel("panel", context(MONITOR, THCS, "en")));
        for (int i = ReviewsPanel.FOLLOW_UP_ROWS; i < ReviewsPanel.MAX_ROWS; i++) {
            tester.newFormTester(FORM).submit(ReviewsPanel.ADD_FOLLOW_UP);
        }
        tester.assertNoErrorMessage();
        tester.newFormTester(FORM).submit(ReviewsPanel.ADD_FOLLOW_UP);
        tester.assertErrorMessages("A list holds at most " + ReviewsPanel.MAX_ROWS + " rows.");
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":followUps").getDefaultModelObject())
                .asList().hasSize(ReviewsPanel.MAX_ROWS);
        FormTester form = tester.newFormTester(FORM);
        form.select("period", 0);
        form.setValue("followUps:39:description", "Add a reading corner");
        form.submit(ReviewsPanel.SAVE);
        assertThat(tester.getLastResponseAsString()).contains("The follow-up action in row 40 needs its criterion.");
    }

    @Test
    void emptyRequiredFieldsAndABadDateAreRefusedInPlaceInEnglish() {
        tester.startComponentInPage(new ReviewsPanel("panel", context(MONITOR, THCS, "en")));
        FormTester form = tester.newFormTester(FORM);
        form.submit(ReviewsPanel.SAVE);
        tester.assertErrorMessages("Review period is required.");
        form = tester.newFormTester(FORM);
        form.select("period", 1);
        form.setValue("date", "15/13/2026");
        form.submit(ReviewsPanel.SAVE);
        tester.assertErrorMessages("Write the date as dd/mm/yyyy, for example 15/01/2026.");
        form = tester.newFormTester(FORM);
        form.select("period", 1);
        form.setValue("date", "");
        form.submit(ReviewsPanel.SAVE);
        assertThat(tester.getLastResponseAsString()).contains("This field is required.");
        assertThat(fake.reviews).isEmpty();
    }

    @Test
    void theTeamAddsMonthlyReviewsButCannotDropSemesterOne() {
        String periods = "panel:" + ReviewsPanel.CONTENT + ":" + ReviewsPanel.PERIODS_FORM;
        tester.startComponentInPage(new ReviewsPanel("panel", context(MONITOR, THCS, "vi")));
        FormTester form = tester.newFormTester(periods);
        form.select("periods", 0);
        form.submit("savePeriods");
        tester.assertNoErrorMessage();
        tester.assertContains("Rà soát hằng tháng, Cuối học kỳ I, Cuối năm học");
        form = tester.newFormTester(periods);
        form.setValue("periods", "");
        form.select("periods", 2);
        form.submit("savePeriods");
        tester.assertErrorMessages("Các kỳ rà soát phải gồm cuối học kỳ I và cuối năm học.");
        assertThat(fake.periods.get(THCS.id())).containsExactlyInAnyOrder(ReviewPeriod.MONTHLY,
                ReviewPeriod.SEMESTER_1, ReviewPeriod.YEAR_END);
    }

    @Test
    void aTeacherReadsTheReviewsButHasNoForm() {
        fake.recordReview(MONITOR, new vn.edu.caitien.monitoring.api.ReviewDraft(1, ReviewPeriod.SEMESTER_1, null,
                fake.year, fake.today, "Rà soát học kỳ I", "Đạt", java.util.List.of(), java.util.List.of("Ngô Thị Lan"), ""));
        tester.startComponentInPage(new ReviewsPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertContains("Rà soát học kỳ I");
        tester.assertInvisible(FORM);
        tester.assertInvisible("panel:" + ReviewsPanel.CONTENT + ":" + ReviewsPanel.PERIODS_FORM);
    }

    @Test
    void aTeacherOfAnotherSchoolGetsNothing() {
        Review r = fake.recordReview(MONITOR, new vn.edu.caitien.monitoring.api.ReviewDraft(1, ReviewPeriod.SEMESTER_1,
                null, fake.year, fake.today, "Rà soát học kỳ I", "Đạt", java.util.List.of(),
                java.util.List.of("Ngô Thị Lan"), ""));
        assertThat(r).isNotNull();
        tester.startComponentInPage(new ReviewsPanel("panel", context(OTHER_TEACHER, THCS, "vi")));
        tester.assertVisible("panel:none");
        tester.assertContainsNot("Rà soát học kỳ I");
    }
}
