package vn.edu.caitien.export.importer;

import java.io.Serializable;

/**
 * Where a piece was in the source, all 1-based; 0 means "not applicable".
 * @param line   line of a plain-text file, or paragraph number of a DOCX outside tables
 * @param table  table number of a DOCX, or sheet number of an XLSX
 * @param row    row within the table or sheet
 * @param column column within the row (grid column: a merged cell counts from its first column)
 */
public record SourcePosition(int line, int table, int row, int column) implements Serializable {

    /** @return a position in a plain-text file or among paragraphs */
    public static SourcePosition line(int line, int column) {
        return new SourcePosition(line, 0, 0, column);
    }

    /** @return a position in a table */
    public static SourcePosition cell(int table, int row, int column) {
        return new SourcePosition(0, table, row, column);
    }

    /** @return a short label such as {@code 37:4} (line, column) or {@code B2 R5 C4} (table, row, column) */
    @Override
    public String toString() {
        if (table > 0) {
            return "B" + table + " R" + row + " C" + column;
        }
        return column > 0 ? line + ":" + column : String.valueOf(line);
    }
}
