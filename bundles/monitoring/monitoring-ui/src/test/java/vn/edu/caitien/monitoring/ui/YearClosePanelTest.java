package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.PRINCIPAL;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;

/** Year-end close: results first, then the confirmation; a closed year is read-only and says so. */
class YearClosePanelTest extends PanelTestSupport {

    private static final String FORM = "panel:" + YearClosePanel.CONTENT + ":" + YearClosePanel.FORM;

    @Test
    void thePrincipalSeesTheResultsThenConfirmsAndTheYearIsReadOnlyInVietnamese() {
        tester.startComponentInPage(new YearClosePanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("chưa tổng kết");
        tester.assertInvisible(FORM + ":" + YearClosePanel.CONFIRM);
        tester.newFormTester(FORM).submit(YearClosePanel.PREVIEW);
        tester.assertContains("Tổng kết năm học " + DueRulesLabel.label(fake.year) + "\\?");
        tester.assertVisible(FORM + ":" + YearClosePanel.CONFIRM);
        String html = tester.getLastResponseAsString().replaceAll(">\\s+<", "><");
        assertThat(html).containsPattern("Bơm nước đầy bồn chứa đầu giờ học</td><td[^>]*>Hoàn thành</td><td[^>]*>100 %</td><td[^>]*></td><td[^>]*></td>");
        assertThat(html).containsPattern("Nâng cao hiệu quả sinh hoạt tổ chuyên môn</td><td[^>]*>Đang thực hiện</td><td[^>]*>40 %</td><td[^>]*>500.000 đ</td><td[^>]*>chuyển tiếp</td>");
        assertThat(html).containsPattern("<td[^>]*>3.4</td><td[^>]*>1</td><td[^>]*>1</td><td[^>]*>100 %</td><td[^>]*>Đạt</td>");
        assertThat(fake.closes).isEmpty();

        tester.newFormTester(FORM).submit(YearClosePanel.CONFIRM);
        tester.assertNoErrorMessage();
        assertThat(fake.closes).singleElement().satisfies(c -> assertThat(c.schoolYearStart()).isEqualTo(fake.year));
        tester.assertContains("Đã tổng kết năm học");
        tester.assertContains("Kết quả đã chốt, chỉ còn để xem");
        tester.assertInvisible(FORM + ":" + YearClosePanel.PREVIEW);
        tester.assertInvisible(FORM + ":" + YearClosePanel.CONFIRM);
        assertThat(pageBytes()).isLessThan(50 * 1024);

        // Opened again: still closed, read-only, results shown.
        tester.startComponentInPage(new YearClosePanel("panel", context(PRINCIPAL, THCS, "en")));
        tester.assertContains("was closed on");
        tester.assertContains("frozen and read-only");
        tester.assertContains("carried forward");
        tester.assertInvisible(FORM + ":" + YearClosePanel.PREVIEW);
    }

    @Test
    void cancellingTheConfirmationClosesNothing() {
        tester.startComponentInPage(new YearClosePanel("panel", context(PRINCIPAL, THCS, "en")));
        tester.newFormTester(FORM).submit(YearClosePanel.PREVIEW);
        tester.assertContains("This cannot be undone");
        FormTester form = tester.newFormTester(FORM);
        form.submit(YearClosePanel.CANCEL);
        tester.assertContains("is open");
        assertThat(fake.closes).isEmpty();
    }

    @Test
    void aTeacherCannotCloseTheYear() {
        tester.startComponentInPage(new YearClosePanel("panel", context(TEACHER, THCS, "vi")));
        tester.assertVisible("panel:denied");
        tester.assertInvisible("panel:" + YearClosePanel.CONTENT);
    }

    /** The label of a school year, as the panel prints it. */
    private static final class DueRulesLabel {
        static String label(int year) {
            return vn.edu.caitien.monitoring.api.DueRules.schoolYearLabel(year);
        }
    }
}
