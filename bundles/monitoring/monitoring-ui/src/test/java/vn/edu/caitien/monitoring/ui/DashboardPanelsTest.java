package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.PRINCIPAL;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.SUPERVISOR;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TH;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The school dashboard and the supervisor roll-up: SVG charts, figures, drill-downs, who sees what. */
class DashboardPanelsTest extends PanelTestSupport {

    /** @return every inline SVG of the last response, each parsed (so well-formed) */
    private List<Element> charts() throws Exception {
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(tester.getLastResponseAsString());
        List<Element> charts = new ArrayList<>();
        while (m.find()) {
            charts.add(SvgChartTest.parse(m.group()));
        }
        return charts;
    }

    @Test
    void theSchoolDashboardDrawsABarPerStandardAndCriterionTheBudgetAndTheTimelineInVietnamese() throws Exception {
        tester.startComponentInPage(new SchoolDashboardPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertContains("Bảng theo dõi thực hiện kế hoạch");
        List<Element> charts = charts();
        assertThat(charts).hasSize(4);
        // Standards 1, 2, 3 in the fake plan; criteria 1.4, 2.3, 3.1, 3.4.
        assertThat(SvgChartTest.count(charts.get(0), "rect", "bar")).isEqualTo(3);
        assertThat(charts.get(0).getTextContent()).contains("Tiêu chuẩn 1", "Tiêu chuẩn 3", "40 % (0/1 hoàn thành)");
        assertThat(SvgChartTest.count(charts.get(1), "rect", "bar")).isEqualTo(4);
        assertThat(pageBytes()).isLessThan(50 * 1024);
        assertThat(charts.get(1).getTextContent()).contains("Tiêu chí 3.4", "100 % (1/1 hoàn thành)");
        // Budget: state budget, sponsorship, no source; planned and spent each.
        assertThat(SvgChartTest.count(charts.get(2), "rect", "bar")).isEqualTo(6);
        assertThat(charts.get(2).getTextContent()).contains("Ngân sách nhà nước", "3.500.000 đ", "500.000 đ",
                "Tài trợ", "50.000.000 đ", "Dự kiến", "Đã chi");
        assertThat(SvgChartTest.count(charts.get(3), "rect", "span")).isEqualTo(4);
        assertThat(charts.get(3).getTextContent()).contains("T9", "T8", "Quá hạn");
        assertThat(SvgChartTest.count(charts.get(3), "line", "today")).isEqualTo(1);
        // The overdue action and the summary.
        tester.assertContains("Công việc quá hạn");
        assertThat(tester.getLastResponseAsString()).contains("Nâng cao hiệu quả sinh hoạt tổ chuyên môn")
                .contains("4 công việc – 1 hoàn thành, 1 đang thực hiện, 2 chưa thực hiện; 1 quá hạn")
                .doesNotContain("<script");
        assertThat(pageBytes()).isLessThan(50 * 1024);
    }

    @Test
    void theSchoolDashboardInEnglish() throws Exception {
        tester.startComponentInPage(new SchoolDashboardPanel("panel", context(PRINCIPAL, THCS, "en")));
        tester.assertContains("Monitoring dashboard");
        List<Element> charts = charts();
        assertThat(charts.get(0).getTextContent()).contains("Standard 2", "(0/1 done)");
        assertThat(charts.get(2).getTextContent()).contains("State budget", "Planned", "Spent", "No source stated");
        assertThat(charts.get(3).getTextContent()).contains("Sep", "Aug");
    }

    @Test
    void aTeacherOfAnotherSchoolSeesNoDashboardOfIt() {
        tester.startComponentInPage(new SchoolDashboardPanel("panel", context(OTHER_TEACHER, THCS, "vi"), 1L));
        tester.assertVisible("panel:none");
        tester.assertInvisible("panel:" + SchoolDashboardPanel.CONTENT);
        assertThat(tester.getLastResponseAsString()).doesNotContain("<svg");
    }

    @Test
    void theSupervisorSeesTheRollUpOverItsSchoolsWithSchoolsBehindPerCriterion() throws Exception {
        tester.startComponentInPage(new RollUpPanel("panel", context(SUPERVISOR, THCS, "vi")));
        tester.assertContains("Tổng hợp các trường");
        tester.assertVisible("panel:" + RollUpPanel.CONTENT);
        List<Element> charts = charts();
        assertThat(charts).hasSize(2);
        // One stacked bar per school, schools in Vietnamese order.
        assertThat(SvgChartTest.count(charts.get(0), "g", "stack")).isEqualTo(2);
        String text = charts.get(0).getTextContent();
        assertThat(text.indexOf("Trường THCS An Bình")).isLessThan(text.indexOf("Trường Tiểu học Hoa Sen"));
        // Criterion 2.3: both schools have an action on it, the TH one is overdue.
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("1/2 trường chậm ở tiêu chí 2.3").contains("1/1 trường chậm ở tiêu chí 1.4")
                .contains("0/1 trường chậm ở tiêu chí 3.1");
        assertThat(SvgChartTest.count(charts.get(1), "rect", "bar")).isEqualTo(4);
    }

    @Test
    void theSupervisorDrillsDownFromACriterionToTheLateActionAndOpensItInItsSchoolsPlan() {
        tester.startComponentInPage(new RollUpPanel("panel", context(SUPERVISOR, THCS, "vi")));
        String tables = "panel:" + RollUpPanel.CONTENT + ":" + RollUpPanel.TABLES;
        FormTester form = tester.newFormTester(tables);
        tester.getRequest().getPostParameters().setParameterValue(RollUpPanel.OPEN_CRITERION, "2.3");
        form.submit();
        tester.assertVisible(tables + ":behindBox");
        tester.assertContains("Các công việc chậm ở tiêu chí 2.3");
        tester.assertContains("Tập huấn giáo viên tiếng Anh");
        tester.assertContains("Trường Tiểu học Hoa Sen");

        form = tester.newFormTester(tables);
        tester.getRequest().getPostParameters().setParameterValue(RollUpPanel.OPEN_ACTION, "2:b1");
        form.submit();
        tester.assertComponent("panel", PlanProgressPanel.class);
        tester.assertContains("Tiến độ thực hiện kế hoạch");
        // Another school's plan: no choice among the current school's plans.
        tester.assertInvisible("panel:" + PlanProgressPanel.CHOOSE);
        assertThat(tester.getLastResponseAsString().replaceAll(">\\s+<", "><"))
                .containsPattern("<tr[^>]*class=\"portal-warning\"[^>]*><td[^>]*>1</td><td[^>]*>2.3</td>"
                        + "<td[^>]*>Tập huấn giáo viên tiếng Anh</td>");
    }

    @Test
    void theSupervisorOpensASchoolsProgressFromTheRollUpInEnglish() {
        tester.startComponentInPage(new RollUpPanel("panel", context(SUPERVISOR, TH, "en")));
        tester.assertContains("Schools overview");
        tester.assertContains("1 of 2 schools behind on criterion 2.3");
        FormTester form = tester.newFormTester("panel:" + RollUpPanel.CONTENT + ":" + RollUpPanel.TABLES);
        tester.getRequest().getPostParameters().setParameterValue(RollUpPanel.OPEN_PLAN, "1");
        form.submit();
        tester.assertComponent("panel", PlanProgressPanel.class);
        tester.assertContains("Bồi dưỡng giáo viên dạy Tin học");
    }

    @Test
    void aTeacherDoesNotSeeTheRollUp() {
        tester.startComponentInPage(new RollUpPanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertVisible("panel:notBody");
        tester.assertInvisible("panel:" + RollUpPanel.CONTENT);
        assertThat(tester.getLastResponseAsString()).doesNotContain("Trường Tiểu học Hoa Sen").doesNotContain("<svg");
    }
}
