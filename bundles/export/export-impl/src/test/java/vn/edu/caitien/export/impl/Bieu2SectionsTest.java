package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PRINCIPAL;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.TEAM;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.THCS;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.monitoring.impl.MonitoringFixtures;
import vn.edu.caitien.monitoring.impl.MonitoringServiceImpl;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * TT 57 Biểu 2 sections I (Thông tin chung), VI (Theo dõi, đánh giá) and VIII (Cơ chế theo dõi, đánh giá) in the
 * DOCX and the PDF, each in its place: the plan's own review schedule when it has one, else the reviews the
 * monitoring module recorded, else the two reviews TT 57 requires, empty. Real plan and monitoring services on
 * in-memory Derby; monitoring's clock on 20/01/2027, in semester II of the plan's year 2026-2027.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Bieu2SectionsTest {

    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2027, 1, 20, 10, 0)
            .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String GENERAL = "Trường có 24 lớp với 1.020 học sinh; 52 cán bộ, giáo viên, nhân viên.";
    private static final String MECHANISM = "Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá; kết quả đưa vào báo cáo tự đánh giá năm sau.";

    private final DerbyTestDatabase db = new DerbyTestDatabase("export-bieu2");
    private PlanServiceImpl plans;
    private MonitoringServiceImpl monitoring;
    private DocumentServiceImpl documents;

    @BeforeAll
    void start() {
        db.beforeEach(null);
        CatalogueService catalogue = PlanFixtures.catalogue(db);
        plans = PlanFixtures.service(db, catalogue);
        monitoring = MonitoringFixtures.monitoring(MonitoringFixtures.store(db), plans, MonitoringFixtures.permissions(),
                MonitoringFixtures.directory(), CLOCK);
        documents = ExportFixtures.service(plans, catalogue, MonitoringFixtures.directory());
        documents.setMonitoring(monitoring);
    }

    @AfterAll
    void stop() {
        db.close();
    }

    private PlanDocument plan(List<PlannedReview> schedule) {
        PlanDocument p = plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        assertThat(p.getPlanForm()).isEqualTo(PlanForm.BIEU_2);
        PlanRow row = new PlanRow();
        row.setCriterionCode("1.3");
        row.setObjective("Dữ liệu quản lý đầy đủ, cập nhật");
        PlanAction a = new PlanAction();
        a.setDescription("Số hóa hồ sơ quản lý");
        a.setLeadText("Phó hiệu trưởng");
        a.setTimeText("Học kỳ I năm học 2026-2027");
        a.setBudgetText("10 triệu đồng");
        row.getActions().add(a);
        p.getRows().add(row);
        p.setGeneralInformation(GENERAL);
        p.setSolutionSupervision(MECHANISM);
        p.setPlannedReviews(schedule);
        return plans.save(PRINCIPAL, p);
    }

    private static PlannedReview review(String time, String content, String result, String adjustment, String reviewer) {
        PlannedReview r = new PlannedReview();
        r.setTime(time);
        r.setContent(content);
        r.setResult(result);
        r.setAdjustment(adjustment);
        r.setReviewer(reviewer);
        return r;
    }

    /** Paragraphs and table rows (cells joined by " | ") in document order. */
    private List<String> docx(PlanDocument p) throws Exception {
        byte[] bytes = documents.export(PRINCIPAL, DocumentRequest.plan(p.getId()), "docx").orElseThrow().content();
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph para && !para.getText().isBlank()) {
                    out.add(para.getText().strip());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        out.add(String.join(" | ", row.getTableCells().stream().map(XWPFTableCell::getText).toList()));
                    }
                }
            }
        }
        return out;
    }

    private String pdf(PlanDocument p) throws Exception {
        byte[] bytes = documents.export(PRINCIPAL, DocumentRequest.plan(p.getId()), "pdf").orElseThrow().content();
        try (PDDocument d = Loader.loadPDF(bytes)) {
            // By position on the page: the renderer writes tables into the content stream after the text around them.
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true);
            return Normalizer.normalize(text.getText(d), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private static int index(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + start + " in " + lines);
    }

    @Test
    void thePlansOwnScheduleGeneralInformationAndMechanismStandInTheirSectionsInDocxAndPdf() throws Exception {
        PlanDocument p = plan(List.of(
                review("Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", "8/10 hoạt động đúng tiến độ",
                        "Lùi thời hạn số hóa hồ sơ", "Tổ giám sát"),
                review("Cuối năm học", "Kết quả thực hiện kế hoạch", "", "", "Hội đồng tự đánh giá")));
        // A review recorded in monitoring does not replace the plan's own schedule.
        monitoring.recordReview(TEAM, new ReviewDraft(p.getId(), ReviewPeriod.SEMESTER_1, null, 2026,
                LocalDate.of(2027, 1, 15), "Rà soát học kỳ I", "Đúng tiến độ", List.of(), List.of("Ngô Thị Lan"), ""));

        List<String> lines = docx(p);
        int general = index(lines, "I. THÔNG TIN CHUNG");
        int bases = index(lines, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH");
        int monitoringSection = index(lines, "VI. THEO DÕI, ĐÁNH GIÁ");
        int organisation = index(lines, "VII. TỔ CHỨC THỰC HIỆN");
        int mechanism = index(lines, "VIII. CƠ CHẾ THEO DÕI, ĐÁNH GIÁ");
        assertThat(lines.indexOf(GENERAL)).isGreaterThan(general).isLessThan(bases);
        assertThat(lines.subList(monitoringSection, organisation)).containsSequence(
                "TT | Thời điểm | Nội dung | Kết quả | Điều chỉnh | Người đánh giá",
                "1 | Cuối học kỳ I | Tiến độ các hoạt động cải tiến | 8/10 hoạt động đúng tiến độ | Lùi thời hạn số hóa hồ sơ | Tổ giám sát",
                "2 | Cuối năm học | Kết quả thực hiện kế hoạch |  |  | Hội đồng tự đánh giá");
        assertThat(lines.subList(monitoringSection, organisation)).noneMatch(l -> l.contains("Rà soát học kỳ I"));
        assertThat(lines.indexOf(MECHANISM)).isGreaterThan(mechanism);

        String pdf = pdf(p);
        assertThat(pdf).containsSubsequence("I. THÔNG TIN CHUNG", GENERAL, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "VI. THEO DÕI, ĐÁNH GIÁ", "Người đánh giá", "Tiến độ các hoạt động cải tiến", "Tổ giám sát",
                "Hội đồng tự đánh giá", "VII. TỔ CHỨC THỰC HIỆN", "VIII. CƠ CHẾ THEO DÕI, ĐÁNH GIÁ", MECHANISM);
    }

    @Test
    void withoutAScheduleOfItsOwnThePlanPrintsTheReviewsMonitoringRecordedElseTheTwoRequiredOnesEmpty() throws Exception {
        PlanDocument p = plan(List.of());
        List<String> empty = docx(p);
        assertThat(empty.subList(index(empty, "VI. THEO DÕI"), index(empty, "VII. TỔ CHỨC"))).containsSequence(
                "1 | Cuối học kỳ I |  |  |  | ", "2 | Cuối năm học |  |  |  | ");

        monitoring.recordReview(TEAM, new ReviewDraft(p.getId(), ReviewPeriod.SEMESTER_1, null, 2026,
                LocalDate.of(2027, 1, 15), "Rà soát việc thực hiện kế hoạch học kỳ I", "Số hóa hồ sơ chậm",
                List.of(new Adjustment("Bổ sung một cán bộ nhập liệu", "", null, "")),
                List.of("Ngô Thị Lan", "Trần Thị Mai"), "Đề nghị tập huấn phần mềm"));
        List<String> lines = docx(p);
        List<String> section = lines.subList(index(lines, "VI. THEO DÕI"), index(lines, "VII. TỔ CHỨC"));
        assertThat(section).hasSize(3);
        assertThat(section.get(2)).isEqualTo("1 | Cuối học kỳ I năm học 2026-2027 (15/01/2027) | "
                + "Rà soát việc thực hiện kế hoạch học kỳ I | Số hóa hồ sơ chậm\nKiến nghị: Đề nghị tập huấn phần mềm | "
                + "Bổ sung một cán bộ nhập liệu | Ngô Thị Lan, Trần Thị Mai");

        // The model itself: a plan built without the monitoring module prints the two required reviews.
        Table t = vn.edu.caitien.export.impl.plan.PlanDocumentBuilder.build(p,
                vn.edu.caitien.export.impl.plan.CatalogueFacts.NONE).tables().stream()
                .filter(x -> x.name().equals("Theo dõi, đánh giá")).findFirst().orElseThrow();
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).cells().get(1).plainText()).isEqualTo("Cuối học kỳ I");
    }
}
