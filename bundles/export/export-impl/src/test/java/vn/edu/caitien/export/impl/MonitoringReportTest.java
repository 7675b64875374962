package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.UnsupportedFormatException;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanRow;

/**
 * The monitoring report over a stand-in monitoring service that answers the state of the fixture plan's actions:
 * the first done, the second overdue at 40 % with 8 million spent, the third not started.
 */
class MonitoringReportTest extends ExportTestSupport {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private final AtomicInteger asked = new AtomicInteger();

    private MonitoringService monitoring() {
        return (MonitoringService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{MonitoringService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("progressAt")) {
                        asked.incrementAndGet();
                        assertThat(args[2]).isEqualTo(AS_OF);
                        return progress();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private List<ActionProgress> progress() {
        List<ActionProgress> out = new ArrayList<>();
        int i = 0;
        for (PlanRow row : plan.getRows()) {
            for (PlanAction a : row.getActions()) {
                ActionStatus status = i == 0 ? ActionStatus.DONE : i == 1 ? ActionStatus.LATE : ActionStatus.NOT_STARTED;
                DueState due = i == 0 ? DueState.CLOSED : i == 1 ? DueState.OVERDUE : DueState.ON_TRACK;
                out.add(new ActionProgress(plan.getId(), plan.getSchoolId(), a.getKey(), row.getCriterionCode(), 1,
                        a.getDescription(), a.getLeadText(), "", a.getStart(), a.getEnd(), false,
                        LocalDate.of(2025, 10 + i, 30), a.getAmount(), Set.of(), status, i == 0 ? 100 : i == 1 ? 40 : 0,
                        i == 0 ? Long.valueOf(480_000_000L) : i == 1 ? Long.valueOf(8_000_000L) : null, null,
                        i < 2 ? LocalDate.of(2026, 1, 10) : null, i < 2 ? 2 : 0, due, false));
                i++;
            }
        }
        return out;
    }

    @AfterEach
    void unbind() {
        documents.setMonitoring(null);
    }

    @Test
    void withoutTheMonitoringModuleTheReportIsNotAvailable() {
        assertThat(documents.kinds()).containsExactly(DocumentKind.PLAN, DocumentKind.PLAN_TEMPLATE);
        assertThatThrownBy(() -> documents.build(PRINCIPAL, DocumentRequest.monitoringReport(plan.getId(), AS_OF)))
                .isInstanceOf(UnsupportedFormatException.class);
        documents.setMonitoring(monitoring());
        assertThat(documents.kinds()).containsExactly(DocumentKind.PLAN, DocumentKind.MONITORING_REPORT,
                DocumentKind.YEAR_END_REPORT, DocumentKind.INSPECTION_RECORD, DocumentKind.ROLLUP,
                DocumentKind.PLAN_TEMPLATE);
    }

    @Test
    void aUserOfAnotherSchoolGetsNotFoundBeforeMonitoringIsAsked() {
        documents.setMonitoring(monitoring());
        int before = asked.get();
        assertThat(documents.export(OTHER_TEACHER, DocumentRequest.monitoringReport(plan.getId(), AS_OF), "pdf")).isEmpty();
        assertThat(asked).hasValue(before);
        assertThatThrownBy(() -> documents.build(PRINCIPAL, new DocumentRequest(DocumentKind.MONITORING_REPORT,
                plan.getId(), null, "15/01/2026"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportHasTheFiguresAndEveryActionWithItsStateOnLandscapePages() throws Exception {
        documents.setMonitoring(monitoring());
        DocumentRequest request = DocumentRequest.monitoringReport(plan.getId(), AS_OF);
        Document d = documents.build(PRINCIPAL, request).orElseThrow();
        assertThat(d.sections()).extracting(Section::orientation)
                .containsExactly(Orientation.PORTRAIT, Orientation.LANDSCAPE, Orientation.PORTRAIT);
        assertThat(d.fileBase()).isEqualTo("bao-cao-tien-do-07-KH-THCSAB-2026-01-15");

        ExportedFile docx = documents.export(PRINCIPAL, request, "docx").orElseThrow();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            String header = doc.getTables().get(0).getText();
            assertThat(header).contains("TRƯỜNG THCS AN BÌNH", "Số:       /BC-THCSAB", "Kinh Bắc, ngày 15 tháng 01 năm 2026");
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "I. TÌNH HÌNH CHUNG", "II. TIẾN ĐỘ THỰC HIỆN TỪNG CÔNG VIỆC",
                    "Kế hoạch có 3 công việc/giải pháp. Đến ngày 15/01/2026: hoàn thành 1; đang thực hiện 1; "
                            + "chưa bắt đầu 1; đã hủy 0; quá hạn 1; sắp đến hạn 0.",
                    "Tỷ lệ hoàn thành bình quân: 47%.", "Kinh phí dự kiến: 535.000.000 đ; đã chi: 488.000.000 đ.");
            XWPFTable t = doc.getTables().stream().filter(x -> x.getRow(0).getTableCells().size() == 10).findFirst()
                    .orElseThrow();
            assertThat(t.getRow(1).getCell(9).getText()).isEqualTo("(10)");
            assertThat(t.getRow(3).getTableCells().stream().map(XWPFTableCell::getText).toList()).containsExactly("1",
                    "Tiêu chí 1.1", "Rà soát, điều chỉnh phương hướng chiến lược", "Hiệu trưởng", "30/10/2025",
                    "Hoàn thành", "100%", "500.000.000 đ", "480.000.000 đ", "10/01/2026");
            assertThat(t.getRow(4).getCell(5).getText()).isEqualTo("Chậm tiến độ (quá hạn)");
            assertThat(t.getRow(4).getCell(1).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(t.getRow(5).getCell(5).getText()).isEqualTo("Chưa bắt đầu");
            assertThat(t.getRow(6).getCell(0).getText()).isEqualTo("Tổng cộng");
        }
        ExportedFile xlsx = documents.export(PRINCIPAL, request, "xlsx").orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            XSSFSheet s = wb.getSheet("Tiến độ");
            assertThat(s.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(480_000_000d);
            assertThat(s.getRow(6).getCell(8).getCellFormula()).isEqualTo("SUM(I4:I6)");
            assertThat(s.getRow(6).getCell(8).getNumericCellValue()).isEqualTo(488_000_000d);
            assertThat(s.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(535_000_000d);
        }
        ExportedFile pdf = documents.export(PRINCIPAL, request, "pdf").orElseThrow();
        try (PDDocument p = Loader.loadPDF(pdf.content())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(p), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO", "Tiến độ thực hiện Kế hoạch 07/KH-THCSAB", "(đến ngày 15/01/2026)",
                    "Chậm tiến độ (quá hạn)", "Chưa bắt đầu", "488.000.000 đ");
        }
        String json = new String(documents.export(PRINCIPAL, request, "json").orElseThrow().content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\":\"MONITORING_REPORT\"", "\"asOf\":\"2026-01-15\"", "\"status\":\"LATE\"",
                "\"percent\":47");
    }
}
