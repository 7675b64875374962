package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.CLOCK;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PRINCIPAL;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PROVINCE;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.PROVINCE_OFFICER;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.WARD;
import static vn.edu.caitien.monitoring.impl.MonitoringFixtures.WARD_OFFICER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.UnsupportedFormatException;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.monitoring.impl.MonitoringFixtures;
import vn.edu.caitien.monitoring.impl.MonitoringServiceImpl;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * The year-end report and the roll-up over the real plan and monitoring services on in-memory Derby, with the
 * monitoring fixtures' schools and bodies (the ward over THCS An Bình and MN Sen Hồng, the province over four schools)
 * and their clock (20/01/2026). The fixture plan 07/KH-THCSAB (2025-2026) is published and reported on: the first
 * action done (480 triệu spent), the second in progress at 40 % (8 triệu), the third not started; both unfinished
 * ones are overdue on 20/01/2026. The tests run in order: the year is reported before and after it is closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearEndAndRollUpTest {

    /** A supervisor of another ward (the one over Tiểu học Hoa Sen). */
    private static final PortalUser OTHER_BODY = new PortalUser("cb-hs", "Nguyễn Văn Sơn", false,
            List.of(Membership.body("ubnd-hoa-sen", PortalRole.SUPERVISOR)));

    private final DerbyTestDatabase db = new DerbyTestDatabase("export-year");
    private PlanServiceImpl plans;
    private MonitoringServiceImpl monitoring;
    private DocumentServiceImpl documents;
    private PlanDocument plan;

    @BeforeAll
    void start() {
        db.beforeEach(null);
        CatalogueService catalogue = PlanFixtures.catalogue(db);
        plans = PlanFixtures.service(db, catalogue);
        monitoring = MonitoringFixtures.monitoring(db, plans);
        documents = ExportFixtures.service(plans, catalogue, MonitoringFixtures.directory());
        documents.setClock(CLOCK);
        PlanDocument draft = ExportFixtures.plan(plans, PlanPeriod.schoolYear(2025), 7, 0);
        draft = plans.submit(PRINCIPAL, draft.getId(), draft.getVersion());
        draft = plans.approve(PRINCIPAL, draft.getId(), draft.getVersion());
        plan = plans.publish(PRINCIPAL, draft.getId(), draft.getVersion());
        List<String> keys = plan.actions().stream().map(a -> a.getKey()).toList();
        monitoring.update(PRINCIPAL, new ProgressUpdate(plan.getId(), keys.get(0), LocalDate.of(2025, 9, 28),
                ActionStatus.DONE, 100, 480_000_000L, null, "", "Đã rà soát, có nghị quyết"));
        monitoring.update(PRINCIPAL, new ProgressUpdate(plan.getId(), keys.get(1), LocalDate.of(2026, 1, 10),
                ActionStatus.IN_PROGRESS, 40, 8_000_000L, null, "", ""));
        documents.setMonitoring(monitoring);
    }

    @AfterAll
    void stop() {
        db.close();
    }

    private static String pdfText(ExportedFile pdf) throws Exception {
        try (PDDocument p = Loader.loadPDF(pdf.content())) {
            return Normalizer.normalize(new PDFTextStripper().getText(p), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static ExportedFile keep(ExportedFile f) throws Exception {
        Path dir = Path.of("target", "export-tests");
        Files.createDirectories(dir);
        Files.write(dir.resolve(f.fileName()), f.content());
        return f;
    }

    private DocumentRequest yearEnd(String scope) {
        return new DocumentRequest(DocumentKind.YEAR_END_REPORT, plan.getId(), null, scope);
    }

    private static DocumentRequest rollUp(String bodyId, int year) {
        return new DocumentRequest(DocumentKind.ROLLUP, year, null, bodyId);
    }

    @Test
    @Order(1)
    void everyKindIsListedWhileTheMonitoringModuleIsThere() {
        assertThat(documents.kinds()).containsExactly(DocumentKind.PLAN, DocumentKind.MONITORING_REPORT,
                DocumentKind.YEAR_END_REPORT, DocumentKind.INSPECTION_RECORD, DocumentKind.ROLLUP,
                DocumentKind.PLAN_TEMPLATE);
        documents.unsetMonitoring(monitoring);
        try {
            assertThat(documents.kinds()).containsExactly(DocumentKind.PLAN, DocumentKind.PLAN_TEMPLATE);
            assertThatThrownBy(() -> documents.build(PRINCIPAL, yearEnd(""))).isInstanceOf(UnsupportedFormatException.class);
            assertThatThrownBy(() -> documents.build(WARD_OFFICER, rollUp(WARD, 2025)))
                    .isInstanceOf(UnsupportedFormatException.class);
        } finally {
            documents.setMonitoring(monitoring);
        }
    }

    @Test
    @Order(2)
    void aYearNotClosedIsReportedAsProvisionalFigures() throws Exception {
        Document d = documents.build(PRINCIPAL, yearEnd("")).orElseThrow();
        assertThat(d.sections()).extracting(Section::orientation)
                .containsExactly(Orientation.PORTRAIT, Orientation.LANDSCAPE, Orientation.PORTRAIT);
        assertThat(d.fileBase()).isEqualTo("bao-cao-ket-qua-nam-hoc-2025-2026-07-KH-THCSAB");
        ExportedFile docx = keep(documents.export(PRINCIPAL, yearEnd(""), "docx").orElseThrow());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(doc.getTables().get(0).getText()).contains("UBND PHƯỜNG AN BÌNH", "TRƯỜNG THCS AN BÌNH",
                    "Số:       /BC-THCSAB", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Kinh Bắc, ngày 20 tháng 01 năm 2026");
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("BÁO CÁO",
                    "Thực hiện Kế hoạch số 07/KH-THCSAB ngày 09/09/2025 về cải tiến chất lượng giáo dục, nhà trường báo "
                            + "cáo kết quả thực hiện năm học 2025-2026 như sau:",
                    "Năm học 2025-2026 chưa được tổng kết trên hệ thống. Số liệu tạm tính đến ngày 20/01/2026.",
                    "I. KẾT QUẢ CHUNG",
                    "Kế hoạch có 3 công việc/giải pháp. Kết quả: hoàn thành 1; đang thực hiện 1; chưa thực hiện 1; "
                            + "đã hủy 0; quá hạn 2.",
                    "Tỷ lệ hoàn thành bình quân: 47%.", "Kinh phí dự kiến: 535.000.000 đ; đã chi: 488.000.000 đ.",
                    "Số tiêu chí đã hoàn thành toàn bộ công việc: 0/2.", "II. KẾT QUẢ THEO TIÊU CHÍ",
                    "III. KẾT QUẢ TỪNG CÔNG VIỆC", "IV. NHỮNG CÔNG VIỆC CHUYỂN SANG NĂM HỌC SAU",
                    "Có 2 công việc chưa hoàn thành, được chuyển sang kế hoạch năm học 2026-2027:",
                    "- Tiêu chí 1.1: Tổ chức hội nghị lấy ý kiến cha mẹ học sinh (đạt 40%);",
                    "- Tiêu chí 1.2: Kiện toàn hội đồng trường, bổ sung quy chế hoạt động (đạt 0%).");
            assertThat(texts.stream().filter(t -> t.startsWith("Kết quả thực hiện Kế hoạch")).findFirst().orElseThrow())
                    .contains("năm học 2025-2026", "(số liệu tạm tính đến ngày 20/01/2026)");
            XWPFTable criteria = doc.getTables().get(1);
            assertThat(cells(criteria.getRow(0))).containsExactlyElementsOf(
                    vn.edu.caitien.export.impl.monitoring.YearEndReportBuilder.CRITERION_COLUMNS);
            assertThat(cells(criteria.getRow(1))).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)",
                    "(8)", "(9)");
            assertThat(criteria.getRow(2).getCell(0).getText()).isEqualTo("Tiêu chuẩn 1");
            List<String> c11 = cells(criteria.getRow(3));
            assertThat(c11.get(1)).startsWith("Tiêu chí 1.1: ").hasSizeGreaterThan("Tiêu chí 1.1: ".length() + 10);
            assertThat(c11).containsSequence("2", "1", "1", "0", "0", "70%", "Chưa hoàn thành");
            assertThat(cells(criteria.getRow(4))).containsSequence("1", "0", "0", "1", "0", "0%", "Chưa hoàn thành");
            assertThat(cells(criteria.getRow(5))).containsExactly("Tổng cộng", "3", "1", "1", "1", "0", "47%", "");
            XWPFTable actions = doc.getTables().get(2);
            assertThat(cells(actions.getRow(1))).hasSize(9).last().isEqualTo("(9)");
            assertThat(cells(actions.getRow(3))).containsExactly("1", "Tiêu chí 1.1",
                    "Rà soát, điều chỉnh phương hướng chiến lược", "Hiệu trưởng", "Hoàn thành", "100%",
                    "500.000.000 đ", "480.000.000 đ", "Hoàn thành");
            assertThat(cells(actions.getRow(4))).containsSequence("Đang thực hiện (quá hạn)", "40%",
                    "20.000.000 đ", "8.000.000 đ", "Chuyển sang năm học sau");
            assertThat(cells(actions.getRow(5))).containsExactly("2", "Tiêu chí 1.2",
                    "Kiện toàn hội đồng trường, bổ sung quy chế hoạt động", "Hiệu trưởng", "Chưa bắt đầu (quá hạn)",
                    "0%", "15.000.000 đ", "", "Chuyển sang năm học sau");
            assertThat(cells(actions.getRow(6))).containsExactly("Tổng cộng", "47%", "535.000.000 đ", "488.000.000 đ",
                    "Hoàn thành 1/3");
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- UBND phường An Bình;",
                    "- Lưu: VT.");
            assertThat(closing.getRow(0).getCell(1).getText()).contains("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
                    "Trần Thị Mai");
        }
        ExportedFile xlsx = keep(documents.export(PRINCIPAL, yearEnd(""), "xlsx").orElseThrow());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            XSSFSheet s = wb.getSheet("Kết quả");
            assertThat(s.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(480_000_000d);
            assertThat(s.getRow(6).getCell(6).getCellFormula()).isEqualTo("SUM(G4:G6)");
            assertThat(s.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(535_000_000d);
            assertThat(s.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(488_000_000d);
            XSSFSheet c = wb.getSheet("Theo tiêu chí");
            assertThat(c.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            // Counts are numbers, added up by the totals row (the group row "Tiêu chuẩn 1" is text, SUM skips it).
            assertThat(c.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(2d);
            assertThat(c.getRow(5).getCell(2).getCellFormula()).isEqualTo("SUM(C4:C5)");
            assertThat(c.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(3d);
            assertThat(c.getRow(3).getCell(7).getStringCellValue()).isEqualTo("70%");
        }
        assertThat(pdfText(keep(documents.export(PRINCIPAL, yearEnd(""), "pdf").orElseThrow()))).contains("BÁO CÁO",
                "Kết quả thực hiện Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026",
                "Số liệu tạm tính đến ngày 20/01/2026", "Tổ chức hội nghị lấy ý kiến cha mẹ học sinh",
                "Chuyển sang năm học sau", "Đang thực hiện (quá hạn)", "Kiện toàn hội đồng trường", "Nơi nhận:",
                "Trần Thị Mai");
        String json = new String(documents.export(PRINCIPAL, yearEnd("2025"), "json").orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\":\"YEAR_END_REPORT\"", "\"schoolYear\":\"2025-2026\"", "\"closed\":false",
                "\"asOf\":\"2026-01-20\"", "\"carriedOver\":true");

        // Looked at after the end of teaching, a year not closed is reported as of 31 May.
        documents.setClock(Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));
        try {
            Document later = documents.build(PRINCIPAL, yearEnd("2025")).orElseThrow();
            assertThat(later.data()).containsEntry("asOf", "2026-05-31");
            assertThat(((vn.edu.caitien.export.api.TitleBlock) later.sections().get(0).blocks().get(1)).subject())
                    .endsWith("(số liệu tạm tính đến ngày 31/05/2026)");
        } finally {
            documents.setClock(CLOCK);
        }
    }

    @Test
    @Order(3)
    void aClosedYearIsReportedFromItsClose() throws Exception {
        monitoring.closeYear(PRINCIPAL, plan.getId(), 2025);
        ExportedFile docx = keep(documents.export(PRINCIPAL, yearEnd(""), "docx").orElseThrow());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).noneMatch(t -> t.contains("tạm tính"));
            assertThat(texts).contains("Kết quả thực hiện Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026",
                    "Kế hoạch có 3 công việc/giải pháp. Kết quả: hoàn thành 1; đang thực hiện 1; chưa thực hiện 1; "
                            + "đã hủy 0.",
                    "Kết quả năm học được tổng kết ngày 20/01/2026 (người tổng kết: Lê Văn Hòa).");
            XWPFTable actions = doc.getTables().get(2);
            assertThat(cells(actions.getRow(3))).containsExactly("1", "Tiêu chí 1.1",
                    "Rà soát, điều chỉnh phương hướng chiến lược", "Hiệu trưởng", "Hoàn thành", "100%",
                    "500.000.000 đ", "480.000.000 đ", "Hoàn thành");
            assertThat(cells(actions.getRow(4))).containsSequence("Đang thực hiện", "40%");
            assertThat(cells(actions.getRow(6))).containsExactly("Tổng cộng", "47%", "535.000.000 đ", "488.000.000 đ",
                    "Hoàn thành 1/3");
        }
        String json = new String(documents.export(PRINCIPAL, yearEnd("2025"), "json").orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"closed\":true", "\"closedOn\":\"2026-01-20\"");
        // The ward sees the published plan and so its report.
        assertThat(documents.build(WARD_OFFICER, yearEnd("2025"))).isPresent();
    }

    @Test
    @Order(4)
    void theRollUpHasTheBodyAsIssuerAndARowPerSchoolAndPerCriterion() throws Exception {
        ExportedFile docx = keep(documents.export(WARD_OFFICER, rollUp(WARD, 2025), "docx").orElseThrow());
        assertThat(docx.fileName()).isEqualTo("bao-cao-tong-hop-ubnd-an-binh-2025-2026.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(doc.getTables().get(0).getText()).contains("UBND PHƯỜNG AN BÌNH", "Số:       /BC-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "An Bình, ngày 20 tháng 01 năm 2026");
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("BÁO CÁO", "I. TÌNH HÌNH CHUNG",
                    "Số trường được tổng hợp: 2; trong đó 1 trường đã có kế hoạch (1 trường đã ban hành), 1 trường chưa "
                            + "có kế hoạch; 1 trường đã tổng kết năm học.",
                    "II. KẾT QUẢ THEO TỪNG TRƯỜNG", "III. KẾT QUẢ THEO TIÊU CHÍ");
            XWPFTable schools = doc.getTables().get(1);
            assertThat(cells(schools.getRow(0))).containsExactly("TT", "Trường", "Trạng thái kế hoạch", "Số công việc",
                    "Hoàn thành", "Quá hạn", "Tiến độ (%)");
            assertThat(cells(schools.getRow(1))).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)");
            assertThat(cells(schools.getRow(2))).containsExactly("1", "Trường Mầm non Sen Hồng", "Chưa có kế hoạch",
                    "0", "0", "0", "0%");
            assertThat(cells(schools.getRow(3))).containsExactly("2", "Trường THCS An Bình",
                    "Đã ban hành; đã tổng kết năm học", "3", "1", "2", "47%");
            assertThat(cells(schools.getRow(4))).containsExactly("Tổng cộng", "3", "1", "2", "47%");
            XWPFTable criteria = doc.getTables().get(2);
            assertThat(cells(criteria.getRow(0))).containsExactly("TT", "Tiêu chí", "Số trường thực hiện",
                    "Số trường chậm", "Số công việc", "Hoàn thành", "Quá hạn");
            assertThat(criteria.getRow(2).getCell(0).getText()).isEqualTo("Tiêu chuẩn 1");
            assertThat(cells(criteria.getRow(3))).containsExactly("1", "Tiêu chí 1.1", "1", "1", "2", "1", "1");
            assertThat(cells(criteria.getRow(4))).containsExactly("2", "Tiêu chí 1.2", "1", "1", "1", "0", "1");
            assertThat(cells(criteria.getRow(5))).containsExactly("Tổng cộng", "3", "1", "2");
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }
        ExportedFile xlsx = keep(documents.export(WARD_OFFICER, rollUp(WARD, 2025), "xlsx").orElseThrow());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            XSSFSheet schools = wb.getSheet("Theo trường");
            assertThat(schools.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Trường THCS An Bình");
            assertThat(schools.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(2d);
            assertThat(schools.getRow(4).getCell(3).getCellFormula()).isEqualTo("SUM(D3:D4)");
            assertThat(schools.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(3d);
            XSSFSheet criteria = wb.getSheet("Theo tiêu chí");
            assertThat(criteria.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(criteria.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1d);
            assertThat(criteria.getRow(5).getCell(4).getCellFormula()).isEqualTo("SUM(E4:E5)");
        }
        // The province: its own name and symbol, its four schools.
        String province = pdfText(keep(documents.export(PROVINCE_OFFICER, rollUp(PROVINCE, 2025), "pdf").orElseThrow()));
        assertThat(province).contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH", "Số: /BC-SGDĐT",
                "Bắc Ninh, ngày 20 tháng 01 năm 2026", "Tổng hợp kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục",
                "Trường Mầm non Sen Hồng", "Trường THPT Bắc Ninh", "Trường Tiểu học Hoa Sen", "Chưa có kế hoạch",
                "Đã ban hành; đã tổng kết năm học", "Số trường chậm", "GIÁM ĐỐC");
        String json = new String(documents.export(PROVINCE_OFFICER, rollUp(PROVINCE, 2025), "json").orElseThrow()
                .content(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\":\"ROLLUP\"", "\"bodyId\":\"so-gd-bn\"", "\"schoolsBehind\":1");
    }

    @Test
    @Order(5)
    void whatTheUserMayNotSeeIsNotFound() {
        // Year-end report: another school's teacher, another body; a year outside the plan.
        assertThat(documents.export(OTHER_TEACHER, yearEnd(""), "pdf")).isEmpty();
        assertThat(documents.export(OTHER_BODY, yearEnd("2025"), "docx")).isEmpty();
        assertThat(documents.build(PRINCIPAL, yearEnd("2027"))).isEmpty();
        assertThat(documents.build(PRINCIPAL, new DocumentRequest(DocumentKind.YEAR_END_REPORT, 999_999, null, "")))
                .isEmpty();
        assertThatThrownBy(() -> documents.build(PRINCIPAL, yearEnd("2025-2026")))
                .isInstanceOf(IllegalArgumentException.class);
        // Roll-up: a body the user does not belong to, a school user, an unknown body.
        assertThat(documents.export(WARD_OFFICER, rollUp(PROVINCE, 2025), "pdf")).isEmpty();
        assertThat(documents.export(OTHER_BODY, rollUp(WARD, 2025), "docx")).isEmpty();
        assertThat(documents.export(PRINCIPAL, rollUp(WARD, 2025), "xlsx")).isEmpty();
        assertThat(documents.build(WARD_OFFICER, rollUp("khong-co", 2025))).isEmpty();
        assertThatThrownBy(() -> documents.build(WARD_OFFICER, rollUp("", 2025)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
