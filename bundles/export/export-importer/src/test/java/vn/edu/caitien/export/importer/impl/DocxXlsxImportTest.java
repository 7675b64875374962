package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.importer.ImportFormat;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.portal.api.SchoolLevel;

/** DOCX tables read as tables (merged cells, spans, header block, column numbers) and the XLSX template. */
class DocxXlsxImportTest {

    /** @return every row and action as comparable lines */
    static List<String> table(PlanDocument p) {
        return p.getRows().stream().flatMap(r -> {
            java.util.stream.Stream<String> head = java.util.stream.Stream.of(r.getCriterionCode() + " | " + r.getTargetLevel()
                    + " | " + r.getCriterionTitle());
            return java.util.stream.Stream.concat(head, r.getActions().stream().map(DocxXlsxImportTest::action));
        }).toList();
    }

    private static String action(PlanAction a) {
        return "  " + a.getDescription() + " | " + a.getLeadText() + " | " + a.getPartners() + " | " + a.getTimeText()
                + " | " + a.getBudgetText();
    }

    @Test
    void docxWithMergedCellsImportsToTheSameRowsAsItsText() {
        ImportResult docx = ImporterFixtures.importer().importFile(ImporterFixtures.USER, "kehoach.docx", TestDocs.docx(1),
                ImportOptions.guess());
        ImportResult text = ImporterFixtures.importer().importText(ImporterFixtures.USER,
                TestDocs.text(1).getBytes(StandardCharsets.UTF_8), ImportOptions.guess());
        assertThat(docx.format()).isEqualTo(ImportFormat.DOCX);
        PlanDocument p = docx.plan();
        assertThat(p.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("1.1", "1.2", "3.3");
        assertThat(p.getRows()).extracting(r -> r.getActions().size()).containsExactly(3, 1, 2);
        PlanAction first = p.getRows().get(0).getActions().get(0);
        assertThat(first.getLeadText()).isEqualTo("BGH");
        assertThat(first.getPartners()).isEqualTo("các tổ chuyên môn");
        assertThat(p.getRows().get(0).getActions().get(2).getLeadText()).isEqualTo("Hiệu trưởng");
        assertThat(p.getRows().get(0).getActions().get(2).getPartners()).isEqualTo("Công đoàn");
        assertThat(p.getRows().get(0).getActions().get(1).getDescription()).isEqualTo("Công khai kế hoạch trên website");
        assertThat(table(p)).containsExactlyElementsOf(table(text.plan()));
        // Header block table, title, sections and signature block table.
        assertThat(p.getHeader().getParentBody()).isEqualTo("UBND XÃ AN BÌNH");
        assertThat(p.getHeader().getIssuingBody()).isEqualTo("TRƯỜNG THCS AN BÌNH");
        assertThat(p.getHeader().getNumber()).isEqualTo(25);
        assertThat(p.getHeader().getSymbol()).isEqualTo("KH-THCSAB");
        assertThat(p.getHeader().getPlace()).isEqualTo("An Bình");
        assertThat(p.getHeader().getDate()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(p.getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2025));
        assertThat(p.getHeader().getSignerAuthority()).isEqualTo("KT.");
        assertThat(p.getHeader().getSignerAuthorityTitle()).isEqualTo("HIỆU TRƯỞNG");
        assertThat(p.getHeader().getSignerTitle()).isEqualTo("PHÓ HIỆU TRƯỞNG");
        assertThat(p.getHeader().getSignerName()).isEqualTo("Trần Thị Mai");
        assertThat(p.getProposals()).singleElement().satisfies(x -> {
            assertThat(x.getBody()).isEqualTo("Ủy ban nhân dân xã An Bình");
            assertThat(x.getText()).isEqualTo("Hỗ trợ kinh phí sửa chữa phòng học.");
        });
        // The totals row and the total under the table are structure; the last action keeps its own budget.
        assertThat(p.getRows().get(2).getActions().get(1).getBudgetText()).isEqualTo("30 triệu đồng");
        assertThat(p.getHeader().getRecipients()).extracting(x -> x.getName()).containsExactly("UBND xã An Bình");
        assertThat(p.getPurposes()).hasSize(1);
        assertThat(p.getDuties()).hasSize(1);
        assertThat(text.plan().getHeader().getSymbol()).isEqualTo("KH-THCSAB");
        // Nothing lost and everything placed, in both.
        for (ImportResult r : List.of(docx, text)) {
            assertThat(r.unrecognised()).isEmpty();
            assertThat(r.sourceUnits()).isEqualTo(r.pieces().size());
        }
        // Positions name the table, row and grid column.
        assertThat(docx.piecesFor("rows[2].criterionCode")).singleElement()
                .satisfies(x -> assertThat(x.position().column()).isEqualTo(2));
    }

    @Test
    void longDocxWithRepeatedHeaderRow() {
        ImportResult r = ImporterFixtures.importer().importDocx(ImporterFixtures.USER, TestDocs.docx(3), ImportOptions.guess());
        // The same criteria three times: actions gather under one row per criterion.
        assertThat(r.plan().getRows()).extracting(PlanRow::getCriterionCode).containsExactly("1.1", "1.2", "3.3");
        assertThat(r.plan().actions()).hasSize(18);
        assertThat(r.unrecognised()).isEmpty();
    }

    @Test
    void anAmountTypedOnlyInTheAmountsColumnOfTheXlsxTemplateBecomesTheBudget() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.createSheet("Kế hoạch");
            String[] head = {"TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)",
                "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành",
                "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú", "Dự kiến kinh phí (đồng)"};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            org.apache.poi.ss.usermodel.Row a = sheet.createRow(1);
            a.createCell(0).setCellValue("1");
            a.createCell(1).setCellValue("Tiêu chí 1.1");
            a.createCell(2).setCellValue("Đạt mức 2");
            a.createCell(3).setCellValue("Rà soát phương hướng chiến lược");
            a.createCell(4).setCellValue("Hiệu trưởng");
            a.createCell(5).setCellValue("Tháng 9/2025");
            a.createCell(9).setCellValue(30_000_000d);
            org.apache.poi.ss.usermodel.Row b = sheet.createRow(2);
            b.createCell(3).setCellValue("Lấy ý kiến cha mẹ học sinh");
            b.createCell(4).setCellValue("Phó hiệu trưởng");
            b.createCell(5).setCellValue("Tháng 10/2025");
            b.createCell(6).setCellValue("Ngân sách cấp và XHH");
            b.createCell(9).setCellValue(5_000_000d);
            wb.write(out);
        }
        ImportResult r = ImporterFixtures.importer().importXlsx(ImporterFixtures.USER, out.toByteArray(),
                ImportOptions.forLevel(SchoolLevel.THCS));
        assertThat(r.unrecognised()).isEmpty();
        assertThat(r.plan().actions()).extracting(PlanAction::getBudgetText)
                .containsExactly("30000000", "Ngân sách cấp và XHH");
        assertThat(r.piecesFor("rows[0].actions[0].budgetText")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("30000000"));
        assertThat(r.piecesFor("rows[0].actions[1].amount")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("5000000"));
    }

    @Test
    void xlsxTemplateWithMergedCells() {
        ImportResult r = ImporterFixtures.importer().importFile(ImporterFixtures.USER, "bang.xlsx", TestDocs.xlsx(),
                ImportOptions.forLevel(SchoolLevel.THCS));
        assertThat(r.format()).isEqualTo(ImportFormat.XLSX);
        PlanDocument p = r.plan();
        assertThat(p.getRegimeId()).isEqualTo("tt18-2018");
        assertThat(p.getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2025));
        assertThat(p.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("1.1", "1.2", "3.3");
        assertThat(p.getRows()).extracting(x -> x.getActions().size()).containsExactly(3, 1, 2);
        ImportResult text = ImporterFixtures.importer().importText(ImporterFixtures.USER,
                TestDocs.text(1).getBytes(StandardCharsets.UTF_8), ImportOptions.guess());
        assertThat(table(p)).containsExactlyElementsOf(table(text.plan()));
        assertThat(r.sourceUnits()).isEqualTo(r.pieces().size() + r.unrecognised().size());
        assertThat(r.unrecognised()).isEmpty();
        assertThat(r.piecesFor("rows[0].criterionCode")).singleElement().satisfies(x -> {
            assertThat(x.position().table()).isEqualTo(1);
            assertThat(x.position().row()).isEqualTo(4);
        });
    }
}
