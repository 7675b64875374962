package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.PRINCIPAL;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.SUPERVISOR;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceKind;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.plan.api.FundingSource;

/** Plan progress: the table, the history of one action, the evidence per criterion with what is missing. */
class PlanProgressPanelTest extends PanelTestSupport {

    private static final String CONTENT = "panel:" + PlanProgressPanel.CONTENT + ":";

    @Test
    void theTableShowsEachActionsStateAndTheEvidenceListShowsWhatIsMissingInVietnamese() {
        fake.evidence.add(new Evidence(900, THCS.id(), "[H1-1.4-01]", EvidenceKind.REFERENCE, "Biên bản họp tổ",
                "Sổ họp tổ", null, "", "", null, 0, "", List.of(new EvidenceLink(1, "a1", "1.4")), "Lê Văn Hòa",
                Instant.now()));
        tester.startComponentInPage(new PlanProgressPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertContains("Tiến độ thực hiện kế hoạch");
        // The rows are rendered and dropped (the page keeps none of them): check the markup.
        String html = tester.getLastResponseAsString().replaceAll(">\\s+<", "><");
        assertThat(html).containsPattern("Nâng cao hiệu quả sinh hoạt tổ chuyên môn</td>.*?Quá hạn</span></td>"
                + "<td[^>]*>Đang thực hiện</td><td[^>]*>40 %</td><td[^>]*>500.000 đ</td><td[^>]*>2.000.000 đ</td>");
        assertThat(html).containsPattern("Bơm nước đầy bồn chứa đầu giờ học</td>.*?<td[^>]*>Hoàn thành</td>");
        // A reference is text (a file would be a link to its download URL).
        assertThat(html).containsPattern("<td[^>]*>1.4</td><td[^>]*>1</td><td[^>]*><span[^>]*><span[^>]*>"
                + "\\[H1-1.4-01\\] Biên bản họp tổ \\(Sổ họp tổ\\)</span>; </span></td>");
        assertThat(html).containsPattern("<td[^>]*>2.3</td><td[^>]*>1</td><td[^>]*class=\"portal-warning\"[^>]*>"
                + "<span[^>]*>chưa có minh chứng</span></td>");
        tester.assertInvisible(CONTENT + "closed");
    }

    @Test
    void theHistoryOfAnActionListsEveryReport() {
        tester.startComponentInPage(new PlanProgressPanel("panel", context(PRINCIPAL, THCS, "vi")));
        FormTester form = tester.newFormTester(CONTENT + PlanProgressPanel.HISTORY_FORM);
        form.select("action", 0);
        form.submit("showHistory");
        String table = CONTENT + PlanProgressPanel.HISTORY_FORM + ":historyTable:";
        assertThat(tester.getLastResponseAsString().replaceAll(">\\s+<", "><")).containsPattern(
                "<td[^>]*>Đang thực hiện</td><td[^>]*>40 %</td><td[^>]*>500.000 đ</td><td[^>]*></td>"
                        + "<td[^>]*>Đã họp tổ lần 1</td><td[^>]*>Lê Văn Hòa</td>");
        form = tester.newFormTester(CONTENT + PlanProgressPanel.HISTORY_FORM);
        form.select("action", 1);
        form.submit("showHistory");
        tester.assertVisible(table + "noHistory");
        tester.assertContains("Công việc này chưa có báo cáo tiến độ");
    }

    @Test
    void aDrillDownOpensThePlanWithTheActionMarkedAndItsHistoryInEnglish() {
        tester.startComponentInPage(new PlanProgressPanel("panel", context(SUPERVISOR, THCS, "en"), 1L, "a1"));
        tester.assertContains("Plan progress");
        tester.assertContains("no evidence yet");
        String html = tester.getLastResponseAsString().replaceAll(">\\s+<", "><");
        assertThat(html).containsPattern("<tr[^>]*class=\"portal-warning\"[^>]*><td[^>]*>1</td><td[^>]*>1.4</td>");
        assertThat(html).containsPattern("<td[^>]*>In progress</td><td[^>]*>40 %</td><td[^>]*>500.000 đ</td><td[^>]*></td>"
                + "<td[^>]*>Đã họp tổ lần 1</td>");
    }

    @Test
    void aClosedYearSaysItIsReadOnly() {
        fake.closeYear(PRINCIPAL, 1, fake.year);
        tester.startComponentInPage(new PlanProgressPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertVisible(CONTENT + "closed");
        tester.assertContains("đã tổng kết: tiến độ chỉ còn để xem");
    }

    @Test
    void aTeacherOfAnotherSchoolGetsNothingEvenWithThePlanId() {
        tester.startComponentInPage(new PlanProgressPanel("panel", context(OTHER_TEACHER, THCS, "vi"), 1L, null));
        tester.assertVisible("panel:none");
        tester.assertInvisible("panel:" + PlanProgressPanel.CONTENT);
        tester.assertContainsNot("Nâng cao hiệu quả");
    }

    @Test
    void aPlanOfSixtyActionsKeepsThePageSmall() {
        for (int i = 0; i < 60; i++) {
            fake.actions.add(new FakeMonitoring.Action(1, "x" + i, "2." + (i % 5 + 1),
                    "Công việc số " + i + " để cải tiến chất lượng giáo dục của nhà trường theo kế hoạch đã duyệt",
                    "Tổ chuyên môn", "", fake.today.minusDays(30), fake.today.plusDays(i), 1_000_000L * i,
                    Set.of(FundingSource.STATE_BUDGET), false));
        }
        tester.startComponentInPage(new PlanProgressPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Công việc số 59");
        FormTester form = tester.newFormTester(CONTENT + PlanProgressPanel.HISTORY_FORM);
        form.select("action", 0);
        form.submit("showHistory");
        assertThat(pageBytes()).isLessThan(50 * 1024);
    }
}
