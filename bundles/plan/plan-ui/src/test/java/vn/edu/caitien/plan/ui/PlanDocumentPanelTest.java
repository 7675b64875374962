package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;

/** The printed view: Nghị định 30 header and date, every section in order, Biểu 2 for TT 57, supervisors. */
class PlanDocumentPanelTest extends PanelTestSupport {

    private PlanDocument full(PlanPeriod period, LocalDate date) {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), period, "");
        plan.getHeader().setNumber(5);
        plan.getHeader().setPlace("Kinh Bắc");
        plan.getHeader().setDate(date);
        plan.getHeader().setSignerAuthority("KT.");
        plan.getHeader().setSignerAuthorityTitle("HIỆU TRƯỞNG");
        plan.getHeader().setSignerTitle("PHÓ HIỆU TRƯỞNG");
        plan.getHeader().setSignerName("Trần Thị Mai");
        Recipient r = new Recipient();
        r.setName("UBND phường An Bình");
        r.setPurpose("để b/c");
        plan.getHeader().getRecipients().add(r);
        plan.getPurposes().add("Khắc phục các hạn chế đã nêu trong báo cáo tự đánh giá");
        LegalBasis b = new LegalBasis();
        b.setKind(LegalBasisKind.LEGAL_DOCUMENT);
        b.setNumber("18/2018/TT-BGDĐT");
        b.setDate(LocalDate.of(2018, 8, 22));
        b.setIssuer("Bộ GD&ĐT");
        plan.getLegalBases().add(b);
        plan.setStrengths("Tập thể đoàn kết <i>tốt</i>");
        plan.setSolutionFunding("Huy động nguồn xã hội hóa đúng quy định");
        Duty d = new Duty();
        d.setRole("Cán bộ, giáo viên, nhân viên");
        d.setText("Báo cáo kết quả thực hiện kèm minh chứng");
        d.setDeadline("trước 30/5 hàng năm");
        plan.getDuties().add(d);
        Proposal p = new Proposal();
        p.setBody("Ủy ban nhân dân phường");
        p.setText("Hỗ trợ kinh phí sửa chữa phòng học");
        plan.getProposals().add(p);
        PriorityProblem pp = new PriorityProblem();
        pp.setStandardNo(4);
        pp.setCriterionCode("4.1");
        pp.setWeakness("Thiếu phòng học bộ môn");
        plan.getPriorityProblems().add(pp);
        PlanRow row = new PlanRow();
        row.setCriterionCode(period.startYear() >= 2026 ? "4.1" : "3.1");
        row.setTargetLevel(2);
        PlanAction a = new PlanAction();
        a.setDescription("Xây thêm phòng học bộ môn");
        a.setLeadText("Hiệu trưởng");
        a.setTimeText("Năm 2027");
        a.setBudgetText("500 triệu đồng");
        a.setResultIndicator("Có 2 phòng học bộ môn đạt chuẩn");
        a.setExpectedEvidence("Biên bản nghiệm thu");
        row.getActions().add(a);
        plan.getRows().add(row);
        return service.save(PRINCIPAL, plan);
    }

    @Test
    void thePrintButtonWorksUnderTheContentSecurityPolicy() {
        PlanDocument plan = full(PlanPeriod.schoolYear(2025), LocalDate.of(2025, 9, 9));
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));

        // a javascript: URL is inline script, which the portal's policy (nonces, no 'unsafe-inline') never runs
        String page = tester.getLastResponse().getDocument();
        assertThat(page).doesNotContain("javascript:");
        String id = tester.getComponentFromLastRenderedPage("panel:" + PlanDocumentPanel.PRINT).getMarkupId();
        assertThat(page).containsPattern("(?s)<script[^>]*nonce=[^>]*>((?!</script>).)*getElementById\\('" + id
                + "'\\)((?!</script>).)*window\\.print\\(\\)");
    }

    @Test
    void the2018PlanPrintsEverySectionWithTheDecree30DateInWords() {
        PlanDocument plan = full(PlanPeriod.schoolYear(2025), LocalDate.of(2025, 9, 9));
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertContains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        tester.assertContains("Độc lập - Tự do - Hạnh phúc");
        tester.assertContains("UBND PHƯỜNG AN BÌNH");
        tester.assertContains("Số: 05/KH-THCSAB");
        tester.assertContains("Kinh Bắc, ngày 09 tháng 9 năm 2025");
        String html = tester.getLastResponseAsString();
        assertThat(html).containsSubsequence("I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "III. KẾT QUẢ TỰ ĐÁNH GIÁ", "IV. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
                "Kết quả cần đạt (so với hiện trạng)", "V. GIẢI PHÁP", "VI. TỔ CHỨC THỰC HIỆN",
                "VII. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "KT. HIỆU TRƯỞNG");
        tester.assertContains("Văn bản quy phạm pháp luật, hướng dẫn số 18/2018/TT-BGDĐT ngày 22/08/2018 của Bộ GD&amp;ĐT");
        tester.assertContains("- UBND phường An Bình \\(để b/c\\);");
        tester.assertContains("- Lưu: VT\\.");
        tester.assertContains("PHÓ HIỆU TRƯỞNG");
        tester.assertContains("\\(thời hạn: trước 30/5 hàng năm\\)");
        tester.assertContains("500\\.000\\.000 đ");
        tester.assertContains("Tập thể đoàn kết &lt;i&gt;tốt&lt;/i&gt;");
        // Priority problems and the Biểu 2 columns belong to TT 57 plans only.
        assertThat(html).doesNotContain("CÁC VẤN ĐỀ TRỌNG TÂM").doesNotContain("Minh chứng dự kiến");
        assertThat(PlanDocumentPanel.class.getResource("plan-print.css")).as("print CSS next to the panel").isNotNull();
        assertSerializable();
    }

    @Test
    void decree30PadsDaysBelowTenAndOnlyTheMonthsOneAndTwo() {
        assertThat(PlanDocumentPanel.day(LocalDate.of(2026, 2, 1))).isEqualTo("01");
        assertThat(PlanDocumentPanel.month(LocalDate.of(2026, 2, 1))).isEqualTo("02");
        assertThat(PlanDocumentPanel.month(LocalDate.of(2026, 1, 15))).isEqualTo("01");
        assertThat(PlanDocumentPanel.day(LocalDate.of(2025, 11, 15))).isEqualTo("15");
        assertThat(PlanDocumentPanel.month(LocalDate.of(2025, 3, 15))).isEqualTo("3");
        assertThat(PlanDocumentPanel.month(LocalDate.of(2025, 12, 15))).isEqualTo("12");
    }

    @Test
    void aTt57PlanPrintsBieu2InVietnamese() {
        PlanDocument plan = full(PlanPeriod.schoolYear(2026), LocalDate.of(2026, 2, 1));
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertContains("Kinh Bắc, ngày 01 tháng 02 năm 2026");
        String html = tester.getLastResponseAsString();
        assertThat(html).containsSubsequence("I. THÔNG TIN CHUNG", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "III. MỤC ĐÍCH, YÊU CẦU", "IV. CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "Thiếu phòng học bộ môn",
                "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", "Nội dung cải tiến", "Mục tiêu", "Hoạt động, giải pháp",
                "Chỉ số đánh giá kết quả", "Thời gian", "Phụ trách", "Nguồn lực", "Minh chứng dự kiến",
                "Mức độ thực hiện", "Có 2 phòng học bộ môn đạt chuẩn", "Biên bản nghiệm thu",
                "VI. THEO DÕI, ĐÁNH GIÁ", "Cuối học kỳ I", "VII. TỔ CHỨC THỰC HIỆN",
                "VIII. CƠ CHẾ THEO DÕI, ĐÁNH GIÁ", "IX. ĐỀ XUẤT, KIẾN NGHỊ");
        assertThat(html).doesNotContain("Kết quả cần đạt (so với hiện trạng)").contains("plan-landscape");
    }

    @Test
    void aTt57PlanPrintsItsGeneralInformationAndItsOwnReviewSchedule() {
        PlanDocument plan = full(PlanPeriod.schoolYear(2026), LocalDate.of(2026, 9, 7));
        plan.setGeneralInformation("Trường có 24 lớp, 980 học sinh, 52 cán bộ, giáo viên, nhân viên.");
        for (String[] line : new String[][] {{"Tháng 12/2026", "Rà soát tiến độ tiêu chí 4.1", "Tổ giám sát"},
                {"Tháng 5/2027", "Đánh giá cuối năm học", "Hội đồng tự đánh giá"},
                {"Tháng 8/2027", "Tổng kết, đề xuất điều chỉnh", "Hiệu trưởng"}}) {
            PlannedReview r = new PlannedReview();
            r.setTime(line[0]);
            r.setContent(line[1]);
            r.setReviewer(line[2]);
            plan.getPlannedReviews().add(r);
        }
        plan = service.save(PRINCIPAL, plan);
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        String html = tester.getLastResponseAsString();
        assertThat(html).containsSubsequence("I. THÔNG TIN CHUNG", "Trường có 24 lớp, 980 học sinh",
                "VI. THEO DÕI, ĐÁNH GIÁ", "Tháng 12/2026", "Rà soát tiến độ tiêu chí 4.1", "Tổ giám sát",
                "Tháng 5/2027", "Tháng 8/2027", "Tổng kết, đề xuất điều chỉnh", "VII. TỔ CHỨC THỰC HIỆN");
        // the plan's own schedule replaces the two lines TT 57 requires at least
        assertThat(html).doesNotContain("Cuối học kỳ I");
    }

    @Test
    void aTt57PlanPrintsBieu2InEnglish() {
        PlanDocument plan = full(PlanPeriod.schoolYear(2026), LocalDate.of(2026, 9, 7));
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        tester.assertContains("Kinh Bắc, 07/09/2026");
        assertThat(tester.getLastResponseAsString()).containsSubsequence("Content to improve", "Objective",
                "Activities and solutions", "Result indicators", "Time", "Responsible", "Resources",
                "Expected evidence", "Degree of implementation");
    }

    @Test
    void aSupervisorSeesThePrintedViewOfAPublishedPlanOnly() {
        PlanDocument plan = full(PlanPeriod.schoolYear(2025), LocalDate.of(2025, 9, 9));
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(SUPERVISOR, THCS, "en"), plan.getId()));
        tester.assertVisible("panel:" + PlanDocumentPanel.NOT_FOUND);
        tester.assertInvisible("panel:" + PlanDocumentPanel.DOCUMENT);
        tester.assertInvisible("panel:" + PlanDocumentPanel.COMMENT_FORM);
        tester.assertContains("This plan does not exist or is not available to you\\.");
        assertThat(tester.getLastResponseAsString()).doesNotContain("Xây thêm phòng học bộ môn");

        plan = service.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        plan = service.approve(PRINCIPAL, plan.getId(), plan.getVersion());
        service.publish(PRINCIPAL, plan.getId(), plan.getVersion());
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(SUPERVISOR, THCS, "vi"), plan.getId()));
        tester.assertVisible("panel:" + PlanDocumentPanel.DOCUMENT);
        tester.assertContains("Kinh Bắc, ngày 09 tháng 9 năm 2025");
        tester.assertContains("Xây thêm phòng học bộ môn");
        tester.assertVisible("panel:" + PlanDocumentPanel.COMMENT_FORM);
    }
}
