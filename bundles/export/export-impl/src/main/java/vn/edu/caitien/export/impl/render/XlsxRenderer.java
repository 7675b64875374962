package vn.edu.caitien.export.impl.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentRenderer;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.RowKind;

/**
 * The tables of a document as an Excel workbook, one sheet per table with the same columns: header rows frozen and
 * repeated when printed, merged cells as in the document, money as numbers in đồng with the format {@code #,##0},
 * counts ({@link ColumnType#NUMBER}) as numbers, and the totals row as a SUM formula (its value stored too, so
 * readers that do not calculate see it). A budget column ({@link ColumnType#BUDGET}, the 2018 plan's "Dự kiến kinh
 * phí") keeps the text as the school wrote it ("500 triệu đồng", "Ngân sách cấp và XHH"), as in the Word and PDF
 * files, so that the workbook imports back as written; its amounts follow as numbers in đồng in one more column at
 * the end, titled with {@link #AMOUNT_SUFFIX}, which the totals row adds up. The sheet with the most rows (the plan
 * table) is the one that opens.
 */
@Component(service = DocumentRenderer.class, property = {
        DocumentRenderer.FORMAT + "=" + DocumentRenderer.XLSX,
        DocumentRenderer.MEDIA_TYPE + "=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DocumentRenderer.EXTENSION + "=xlsx"})
public class XlsxRenderer implements DocumentRenderer {

    /** The number format of amounts in đồng. */
    public static final String MONEY_FORMAT = "#,##0";
    /** Appended to a budget column's title for the column of its amounts: "Dự kiến kinh phí (đồng)". */
    public static final String AMOUNT_SUFFIX = " (đồng)";

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Poi.run(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.getProperties().getCoreProperties().setTitle(document.title());
                wb.getProperties().getCoreProperties().setCreator("Cải Tiến");
                Styles styles = new Styles(wb);
                Set<String> names = new HashSet<>();
                int largest = 0;
                int largestRows = -1;
                List<Table> tables = document.tables();
                for (int i = 0; i < tables.size(); i++) {
                    Table t = tables.get(i);
                    String name = WorkbookUtil.createSafeSheetName(t.name());
                    for (int n = 2; !names.add(name); n++) {
                        name = WorkbookUtil.createSafeSheetName(t.name() + " " + n);
                    }
                    sheet(wb.createSheet(name), t, styles);
                    if (t.rows().size() > largestRows) {
                        largestRows = t.rows().size();
                        largest = i;
                    }
                }
                if (tables.isEmpty()) {
                    wb.createSheet(WorkbookUtil.createSafeSheetName(document.title()));
                } else {
                    wb.setActiveSheet(largest);
                    wb.setFirstVisibleTab(0);
                }
                wb.write(out);
            }
        });
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final XSSFCellStyle head;
        final XSSFCellStyle numbers;
        final XSSFCellStyle group;
        final XSSFCellStyle text;
        final XSSFCellStyle centre;
        final XSSFCellStyle money;
        final XSSFCellStyle totalText;
        final XSSFCellStyle totalMoney;
        final XSSFCellStyle number;
        final XSSFCellStyle totalNumber;

        Styles(XSSFWorkbook wb) {
            XSSFFont normal = font(wb, false, false);
            XSSFFont bold = font(wb, true, false);
            XSSFFont italic = font(wb, false, true);
            short moneyFormat = wb.createDataFormat().getFormat(MONEY_FORMAT);
            head = style(wb, bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            numbers = style(wb, italic, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            group = style(wb, bold, HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
            text = style(wb, normal, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
            centre = style(wb, normal, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            money = style(wb, normal, HorizontalAlignment.RIGHT, VerticalAlignment.TOP);
            money.setDataFormat(moneyFormat);
            totalText = style(wb, bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            totalMoney = style(wb, bold, HorizontalAlignment.RIGHT, VerticalAlignment.CENTER);
            totalMoney.setDataFormat(moneyFormat);
            number = style(wb, normal, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            number.setDataFormat(moneyFormat);
            totalNumber = style(wb, bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            totalNumber.setDataFormat(moneyFormat);
        }

        private static XSSFFont font(XSSFWorkbook wb, boolean bold, boolean italic) {
            XSSFFont f = wb.createFont();
            f.setFontName(Layout.FONT);
            f.setFontHeightInPoints((short) Layout.TABLE_PT);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        }

        private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment h, VerticalAlignment v) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(h);
            s.setVerticalAlignment(v);
            s.setWrapText(true);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    private static void sheet(XSSFSheet sheet, Table t, Styles styles) {
        int columns = t.columns().size();
        int budgetColumn = -1;
        for (int c = 0; c < columns && budgetColumn < 0; c++) {
            if (t.columns().get(c).type() == ColumnType.BUDGET) {
                budgetColumn = c;
            }
        }
        int amountColumn = budgetColumn < 0 ? -1 : columns;
        int width = columns + (amountColumn < 0 ? 0 : 1);
        int total = t.columns().stream().mapToInt(Table.Column::weight).sum();
        // About 160 characters across a landscape page; Excel widths are in 1/256 of a character.
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.max(6, 160 * t.columns().get(c).weight() / total) * 256);
        }
        if (amountColumn >= 0) {
            sheet.setColumnWidth(amountColumn, Math.max(12, 160 * t.columns().get(budgetColumn).weight() / total) * 256);
        }
        int headers = t.headerRowCount();
        int firstBody = -1;
        int lastBody = -1;
        for (int r = 0; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            XSSFRow xr = sheet.createRow(r);
            int col = 0;
            Long amount = null;
            for (Cell c : row.cells()) {
                ColumnType type = t.columns().get(col).type();
                if (col == budgetColumn && !c.continued()) {
                    amount = c.amount();
                }
                // The budget column is text as written; its amounts go to the amount column below.
                boolean numeric = type == ColumnType.MONEY || type == ColumnType.NUMBER;
                CellStyle style = style(row.kind(), c, type, styles);
                for (int k = 0; k < c.colSpan(); k++) {
                    xr.createCell(col + k).setCellStyle(style);
                }
                XSSFCell cell = xr.getCell(col);
                if (!c.continued()) {
                    if (numeric && c.amount() != null && row.kind() == RowKind.BODY) {
                        cell.setCellValue(c.amount());
                    } else if (numeric && row.kind() == RowKind.TOTAL && c.amount() != null) {
                        if (firstBody >= 0) {
                            String letter = CellReference.convertNumToColString(col);
                            cell.setCellFormula("SUM(" + letter + (firstBody + 1) + ":" + letter + (lastBody + 1) + ")");
                        }
                        cell.setCellValue(c.amount());
                    } else {
                        cell.setCellValue(c.plainText());
                    }
                    if (c.colSpan() > 1 || c.rowSpan() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + c.rowSpan() - 1, col, col + c.colSpan() - 1));
                    }
                }
                col += c.colSpan();
            }
            if (amountColumn >= 0) {
                amountCell(xr, row.kind(), amountColumn, t.columns().get(budgetColumn).title(), amount, firstBody,
                        row.kind() == RowKind.BODY ? r : lastBody, styles);
            }
            if (row.kind() == RowKind.BODY) {
                if (firstBody < 0) {
                    firstBody = r;
                }
                lastBody = r;
            }
        }
        if (headers > 0) {
            sheet.createFreezePane(0, headers);
            sheet.setRepeatingRows(new CellRangeAddress(0, headers - 1, 0, width - 1));
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(width > 6);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** The amount of the row's budget cell as a number in the column after the table; the totals row adds them up. */
    private static void amountCell(XSSFRow xr, RowKind kind, int column, String title, Long amount, int firstBody,
                                   int lastBody, Styles s) {
        XSSFCell cell = xr.createCell(column);
        switch (kind) {
            case HEADER -> {
                cell.setCellStyle(s.head);
                cell.setCellValue(title + AMOUNT_SUFFIX);
            }
            case COLUMN_NUMBERS -> {
                cell.setCellStyle(s.numbers);
                cell.setCellValue("(" + (column + 1) + ")");
            }
            case GROUP -> cell.setCellStyle(s.group);
            case BODY -> {
                cell.setCellStyle(s.money);
                if (amount != null) {
                    cell.setCellValue(amount);
                }
            }
            case TOTAL -> {
                cell.setCellStyle(s.totalMoney);
                if (firstBody >= 0) {
                    String letter = CellReference.convertNumToColString(column);
                    cell.setCellFormula("SUM(" + letter + (firstBody + 1) + ":" + letter + (lastBody + 1) + ")");
                }
                cell.setCellValue(amount == null ? 0 : amount);
            }
            default -> cell.setCellStyle(s.text);
        }
    }

    private static CellStyle style(RowKind kind, Cell c, ColumnType type, Styles s) {
        boolean number = type == ColumnType.NUMBER && c.amount() != null;
        return switch (kind) {
            case HEADER -> s.head;
            case COLUMN_NUMBERS -> s.numbers;
            case GROUP -> s.group;
            case TOTAL -> type == ColumnType.MONEY ? s.totalMoney : number ? s.totalNumber : s.totalText;
            case BODY -> type == ColumnType.MONEY && c.amount() != null ? s.money : number ? s.number
                    : c.align() == Align.CENTER ? s.centre : s.text;
        };
    }
}
