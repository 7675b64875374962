package vn.edu.caitien.export.importer.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.edu.caitien.export.importer.SourcePosition;

/** Reads every sheet of an XLSX row by row (cached values of formulas; a merged region's value sits in its first cell). */
final class XlsxReader {

    private XlsxReader() {
    }

    static List<Block> read(XSSFWorkbook wb) {
        DataFormatter fmt = new DataFormatter(Locale.forLanguageTag("vi"));
        fmt.setUseCachedValuesForFormulaCells(true);
        List<Block> blocks = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            for (Row row : sheet) {
                List<Unit> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    String text = cell == null ? "" : fmt.formatCellValue(cell);
                    if (text == null || text.isBlank()) {
                        cells.add(null);
                    } else {
                        cells.add(new Unit(text, SourcePosition.cell(s + 1, row.getRowNum() + 1, c + 1)));
                        any = true;
                    }
                }
                if (any) {
                    blocks.add(Block.row(cells, s + 1));
                }
            }
        }
        return blocks;
    }
}
