package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The Word file opened again with POI: Nghị định 30 layout, header, table structure, values. */
class DocxRendererTest extends ExportTestSupport {

    private XWPFDocument doc;

    @BeforeAll
    void render() throws IOException {
        doc = new XWPFDocument(new ByteArrayInputStream(export(plan, "docx").content()));
    }

    /** The section properties in document order: those ending sections inside the body, then the body's own. */
    private List<CTSectPr> sections() {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    private static long twips(Object v) {
        return ((BigInteger) v).longValue();
    }

    @Test
    void a4PortraitWithTheTableSectionOnLandscapePagesAndTheDecreeMargins() {
        List<CTSectPr> sections = sections();
        assertThat(sections).hasSize(3);
        for (int i = 0; i < 3; i++) {
            CTSectPr s = sections.get(i);
            boolean landscape = i == 1;
            assertThat(twips(s.getPgSz().getW())).as("width of section %d", i).isEqualTo(landscape ? 16838 : 11906);
            assertThat(twips(s.getPgSz().getH())).isEqualTo(landscape ? 11906 : 16838);
            assertThat(s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE).isEqualTo(landscape);
            // 20-25 mm top and bottom, 30-35 mm left, 15-20 mm right (1 mm = 56.7 twips).
            assertThat(twips(s.getPgMar().getTop())).isBetween(1134L, 1417L);
            assertThat(twips(s.getPgMar().getBottom())).isBetween(1134L, 1417L);
            assertThat(twips(s.getPgMar().getLeft())).isBetween(1701L, 1984L);
            assertThat(twips(s.getPgMar().getRight())).isBetween(850L, 1134L);
        }
    }

    @Test
    void pageNumbersFromPageTwoCentredAtTheTop() {
        List<CTSectPr> sections = sections();
        assertThat(sections.get(0).isSetTitlePg()).as("first page has its own (empty) header").isTrue();
        assertThat(sections.get(1).isSetTitlePg()).isFalse();
        assertThat(sections.get(2).isSetTitlePg()).isFalse();
        assertThat(sections.get(0).sizeOfHeaderReferenceArray()).isEqualTo(2);
        assertThat(doc.getHeaderList()).hasSize(2);
        long withPage = doc.getHeaderList().stream()
                .filter(h -> h.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains(" PAGE ")
                        && p.getAlignment() == org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER))
                .count();
        long empty = doc.getHeaderList().stream().filter(h -> h.getText().isBlank()
                && h.getParagraphs().stream().noneMatch(p -> p.getCTP().xmlText().contains("PAGE"))).count();
        assertThat(withPage).isEqualTo(1);
        assertThat(empty).isEqualTo(1);
    }

    @Test
    void theHeaderBlockIsABorderlessTwoColumnTable() {
        XWPFTable header = doc.getTables().get(0);
        assertThat(header.getRows()).hasSize(1);
        assertThat(header.getRow(0).getTableCells()).hasSize(2);
        assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("nil");
        XWPFTableCell left = header.getRow(0).getCell(0);
        XWPFTableCell right = header.getRow(0).getCell(1);
        assertThat(texts(left)).containsSubsequence("UBND PHƯỜNG AN BÌNH", "TRƯỜNG THCS AN BÌNH", "Số: 07/KH-THCSAB");
        assertThat(texts(right)).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Kinh Bắc, ngày 09 tháng 9 năm 2025");
        assertThat(run(left, "TRƯỜNG THCS AN BÌNH").isBold()).isTrue();
        assertThat(run(left, "UBND PHƯỜNG AN BÌNH").isBold()).isFalse();
        assertThat(run(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").isBold()).isTrue();
        XWPFRun motto = run(right, "Độc lập - Tự do - Hạnh phúc");
        assertThat(motto.isBold()).isTrue();
        assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
        assertThat(run(right, "Kinh Bắc, ngày 09 tháng 9 năm 2025").isItalic()).isTrue();
        // The short line under the school: a paragraph with a top border narrower than the column.
        assertThat(left.getParagraphs().stream().anyMatch(p -> p.getCTP().getPPr().isSetPBdr()
                && p.getIndentationLeft() > 0)).isTrue();
        // The national title fits on one line: 95.7 mm in 13 pt bold plus the cell margins (seen wrapped in
        // LibreOffice with a 58 % column on a portrait page).
        java.util.List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol> grid =
                header.getCTTbl().getTblGrid().getGridColList();
        double rightMm = ((java.math.BigInteger) grid.get(1).getW()).doubleValue() * 25.4 / 1440;
        assertThat(rightMm).isGreaterThanOrEqualTo(100.5);
    }

    @Test
    void titleAndSectionsInTheOrderOfThePrintedView() {
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(texts).containsSubsequence("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025-2026",
                "I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "III. KẾT QUẢ TỰ ĐÁNH GIÁ", "IV. MỤC TIÊU",
                "V. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "Tổng dự kiến kinh phí: 535.000.000 đ",
                "VI. GIẢI PHÁP", "VII. TỔ CHỨC THỰC HIỆN", "VIII. ĐỀ XUẤT, KIẾN NGHỊ");
        assertThat(texts).contains("- Văn bản quy phạm pháp luật, hướng dẫn số 18/2018/TT-BGDĐT ngày 22/08/2018 "
                + "của Bộ GD&ĐT", "Báo cáo kết quả thực hiện kèm minh chứng (thời hạn: trước 30/5 hàng năm)");
        XWPFRun kind = doc.getParagraphs().stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst()
                .orElseThrow().getRuns().get(0);
        assertThat(kind.isBold()).isTrue();
        assertThat(kind.getFontFamily()).isEqualTo("Times New Roman");
        assertThat(kind.getFontSizeAsDouble()).isBetween(13.0, 14.0);
    }

    @Test
    void timesNewRomanWithLiberationSerifAsTheFontTableAlternative() throws Exception {
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertThat(r.getFontFamily()).as(p.getText()).isEqualTo("Times New Roman");
            }
        }
        PackagePart fonts = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"))
                .get(0);
        String xml = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("w:name=\"Times New Roman\"").contains("<w:altName w:val=\"Liberation Serif\"/>");
        assertThat(doc.getPackagePart().getRelationshipsByType(
                org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getRelation()).size()).isEqualTo(1);
    }

    @Test
    void theSelfAssessmentResultsAreATableWithTheCriterionTitlesFromTheCatalogue() {
        XWPFTable t = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("Tiêu chuẩn, tiêu chí")
                && x.getRow(0).getTableCells().size() == 6).findFirst().orElseThrow();
        assertThat(t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList())
                .containsExactly("Tiêu chuẩn, tiêu chí", "Không đạt", "Mức 1", "Mức 2", "Mức 3", "Nội dung không đạt");
        assertThat(t.getRow(1).getCell(0).getText()).startsWith("Tiêu chí 1.1 ").hasSizeGreaterThan("Tiêu chí 1.1 ".length());
        assertThat(t.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList().subList(1, 6))
                .containsExactly("", "x", "", "", "Chưa rà soát phương hướng chiến lược hằng năm");
        assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("x");
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
    }

    /** The plan table: the one whose first cell says "TT" and that has nine columns. */
    private XWPFTable planTable() {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 9).findFirst().orElseThrow();
    }

    @Test
    void thePlanTableHasTheNineColumnsTheirNumbersAndRepeatedHeaderRows() {
        XWPFTable t = planTable();
        assertThat(t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()).containsExactly("TT",
                "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện",
                "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí",
                "Điều kiện hỗ trợ khác", "Ghi chú");
        assertThat(t.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList())
                .containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)");
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        assertThat(t.getRow(1).isRepeatHeader()).isTrue();
        assertThat(t.getRow(2).isRepeatHeader()).isFalse();
        for (XWPFTableRow row : t.getRows()) {
            assertThat(row.isCantSplitRow()).as("row %s", row.getCell(0).getText()).isTrue();
        }
        // Group rows: the target level, then the standard, each across the nine columns.
        assertThat(t.getRow(2).getCell(0).getText()).isEqualTo("MỨC 2");
        assertThat(t.getRow(2).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(9);
        assertThat(t.getRow(3).getCell(0).getText()).isEqualTo("Tiêu chuẩn 1");
    }

    @Test
    void aCriterionWithTwoActionsHasItsFirstThreeCellsMergedVertically() {
        XWPFTable t = planTable();
        XWPFTableRow first = t.getRow(4);
        XWPFTableRow second = t.getRow(5);
        assertThat(first.getCell(1).getText()).startsWith("Tiêu chí 1.1");
        assertThat(first.getCell(3).getText()).isEqualTo("Rà soát, điều chỉnh phương hướng chiến lược");
        assertThat(second.getCell(3).getText()).isEqualTo("Tổ chức hội nghị lấy ý kiến cha mẹ học sinh");
        for (int c = 0; c < 3; c++) {
            assertThat(first.getCell(c).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(second.getCell(c).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(second.getCell(c).getText()).isEmpty();
        }
        assertThat(first.getCell(0).getText()).isEqualTo("1");
        assertThat(first.getCell(2).getText()).isEqualTo("Đạt mức 2");
        assertThat(first.getCell(4).getText()).isEqualTo("Hiệu trưởng; các tổ chuyên môn");
        assertThat(first.getCell(3).getCTTc().getTcPr().isSetVMerge()).isFalse();
        // The next criterion starts its own merge.
        assertThat(t.getRow(6).getCell(1).getText()).startsWith("Tiêu chí 1.2");
        assertThat(t.getRow(6).getCell(0).getText()).isEqualTo("2");
    }

    @Test
    void everyActionIsPresentAndTheBudgetsAddUp() {
        XWPFTable t = planTable();
        List<String> descriptions = t.getRows().stream().filter(r -> r.getTableCells().size() == 9)
                .map(r -> r.getCell(3).getText()).toList();
        plan.actions().forEach(a -> assertThat(descriptions).contains(a.getDescription()));
        XWPFTableRow total = t.getRow(t.getRows().size() - 1);
        assertThat(total.getCell(0).getText()).isEqualTo("Tổng cộng");
        assertThat(total.getCell(1).getText()).isEqualTo("535.000.000 đ");
        long sum = plan.actions().stream().mapToLong(a -> a.getAmount()).sum();
        assertThat(sum).isEqualTo(535_000_000L);
    }

    @Test
    void recipientsAndSignatureSideBySideAtTheEnd() {
        List<IBodyElement> body = doc.getBodyElements();
        XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(body.indexOf(closing)).isGreaterThan(body.indexOf(planTable()));
        XWPFTableCell left = closing.getRow(0).getCell(0);
        XWPFTableCell right = closing.getRow(0).getCell(1);
        XWPFRun label = run(left, "Nơi nhận:");
        assertThat(label.isBold()).isTrue();
        assertThat(label.isItalic()).isTrue();
        assertThat(texts(left)).containsSubsequence("Nơi nhận:", "- UBND phường An Bình (để b/c);", "- Lưu: VT.");
        assertThat(texts(right)).containsSubsequence("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Trần Thị Mai");
        assertThat(closing.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString()).isEqualTo("nil");
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> text.equals(r.text()))
                .findFirst().orElseThrow(() -> new AssertionError("no run " + text));
    }
}
