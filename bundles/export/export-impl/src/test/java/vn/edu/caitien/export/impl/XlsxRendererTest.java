package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.impl.render.XlsxRenderer;

/** The workbook opened again with POI: columns, frozen header, merged cells, budgets as written with their amounts as numbers, totals. */
class XlsxRendererTest extends ExportTestSupport {

    private XSSFWorkbook wb;
    private XSSFSheet sheet;

    @BeforeAll
    void render() throws IOException {
        wb = new XSSFWorkbook(new ByteArrayInputStream(export(plan, "xlsx").content()));
        sheet = wb.getSheet("Kế hoạch");
    }

    @AfterAll
    void close() throws IOException {
        wb.close();
    }

    private List<String> row(int r) {
        List<String> out = new ArrayList<>();
        XSSFRow row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = row.getCell(c);
            out.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell));
        }
        return out;
    }

    @Test
    void thePlanTableSheetOpensWithTheSameColumnsAndAFrozenHeader() {
        assertThat(sheet).isNotNull();
        assertThat(wb.getActiveSheetIndex()).isEqualTo(wb.getSheetIndex(sheet));
        assertThat(row(0)).containsExactly("TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)",
                "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành",
                "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú", "Dự kiến kinh phí (đồng)");
        assertThat(row(1)).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void theBudgetIsTheTextAsWrittenItsAmountANumberInDongAtTheEndAndTheTotalRowAddsUp() {
        // Column (7) as the school wrote it, as in the Word and PDF files (and so it imports back as written).
        assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("500 triệu đồng");
        assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("20.000.000 đồng");
        assertThat(sheet.getRow(6).getCell(6).getStringCellValue()).isEqualTo("15 triệu đồng");
        // Column (10): the amounts in đồng as numbers.
        XSSFCell first = sheet.getRow(4).getCell(9);
        assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getNumericCellValue()).isEqualTo(500_000_000d);
        assertThat(first.getCellStyle().getDataFormatString()).isEqualTo(XlsxRenderer.MONEY_FORMAT);
        assertThat(sheet.getRow(5).getCell(9).getNumericCellValue()).isEqualTo(20_000_000d);
        assertThat(sheet.getRow(6).getCell(9).getNumericCellValue()).isEqualTo(15_000_000d);
        XSSFRow total = sheet.getRow(sheet.getLastRowNum());
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
        assertThat(total.getCell(6).getStringCellValue()).isEqualTo("535.000.000 đ");
        assertThat(total.getCell(9).getCellFormula()).isEqualTo("SUM(J5:J7)");
        assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(535_000_000d);
        assertThat(total.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        // Excel's own evaluation agrees with the stored value.
        assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(total.getCell(9)).getNumberValue())
                .isEqualTo(535_000_000d);
    }

    @Test
    void theCriterionCellsAreMergedOverItsTwoActionsAndGroupRowsSpanTheTable() {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (int c = 0; c < 3; c++) {
            assertThat(merged).contains(new CellRangeAddress(4, 5, c, c));
        }
        assertThat(merged).contains(new CellRangeAddress(2, 2, 0, 8), new CellRangeAddress(3, 3, 0, 8));
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("MỨC 2");
        assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).startsWith("Tiêu chí 1.1");
        assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Rà soát, điều chỉnh phương hướng chiến lược");
        assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Tổ chức hội nghị lấy ý kiến cha mẹ học sinh");
        assertThat(sheet.getRow(6).getCell(3).getStringCellValue()).isEqualTo("Kiện toàn hội đồng trường, bổ sung quy chế hoạt động");
    }
}
