package vn.edu.caitien.export.api;

import java.io.Serializable;
import java.util.List;

/**
 * A bordered table. Every row covers the whole grid: a cell spanning columns counts for each, and a cell covered by a
 * cell above with a row span is present as a {@link Cell#continued()} placeholder. The leading rows of kind
 * {@link RowKind#HEADER} and {@link RowKind#COLUMN_NUMBERS} are repeated at the top of every page; no row is split
 * across pages.
 *
 * @param name    a short name for spreadsheets and tests ("Kế hoạch")
 * @param columns the columns
 * @param rows    header rows first, then the body
 */
public record Table(String name, List<Column> columns, List<Row> rows) implements Block {

    /** Copies the lists and checks that every row covers the grid. */
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            int width = r.cells().stream().mapToInt(Cell::colSpan).sum();
            if (width != columns.size()) {
                throw new IllegalArgumentException("row covers " + width + " of " + columns.size() + " columns: " + r);
            }
        }
    }

    /** @return how many leading rows repeat on every page */
    public int headerRowCount() {
        int n = 0;
        while (n < rows.size() && (rows.get(n).kind() == RowKind.HEADER || rows.get(n).kind() == RowKind.COLUMN_NUMBERS)) {
            n++;
        }
        return n;
    }

    /** What a row is. */
    public enum RowKind {
        /** Column titles (bold, centred). */
        HEADER,
        /** The numbers of the columns: (1) (2) ... (italic, centred). */
        COLUMN_NUMBERS,
        /** A group heading across the table ("MỨC 2", "Tiêu chuẩn 1"), bold. */
        GROUP,
        /** Content. */
        BODY,
        /** Totals (bold). */
        TOTAL
    }

    /** What a column holds, for spreadsheets. */
    public enum ColumnType {
        TEXT,
        /** An amount in đồng ({@link Cell#amount()}), written as a number with thousands separators. */
        MONEY,
        /**
         * A whole number such as a count ({@link Cell#amount()}), written as a number; a totals row adds it up.
         *
         * @since 1.1
         */
        NUMBER,
        /**
         * A budget as the school wrote it: the cell's text ("500 triệu đồng", "Ngân sách cấp và XHH") with the amount
         * in đồng read from it ({@link Cell#amount()}, may be null). Spreadsheets keep the text, so that it reads back
         * as written, and give the amounts as numbers beside it.
         *
         * @since 1.2
         */
        BUDGET
    }

    /**
     * A column.
     *
     * @param title  the title (as in the header row), for spreadsheets and JSON
     * @param weight relative width
     * @param type   what it holds
     */
    public record Column(String title, int weight, ColumnType type) implements Serializable {
    }

    /**
     * A row.
     *
     * @param kind  what it is
     * @param cells the cells, covering the grid
     */
    public record Row(RowKind kind, List<Cell> cells) implements Serializable {

        /** Copies the list. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell.
     *
     * @param runs      the text; a line break inside a run breaks the line
     * @param align     the alignment
     * @param colSpan   columns covered, at least 1
     * @param rowSpan   rows covered from this one down, at least 1
     * @param continued a placeholder for a cell covered by the row span of the cell above
     * @param amount    for {@link ColumnType#MONEY} columns: the amount in đồng when the text holds one; for
     *                  {@link ColumnType#NUMBER} columns: the number the text shows; else null
     */
    public record Cell(List<Run> runs, Align align, int colSpan, int rowSpan, boolean continued, Long amount)
            implements Serializable {

        /** Copies the list and checks the spans. */
        public Cell {
            runs = List.copyOf(runs);
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("spans must be at least 1");
            }
        }

        /** @return a left-aligned cell of plain text */
        public static Cell text(String text) {
            return new Cell(List.of(Run.plain(text)), Align.LEFT, 1, 1, false, null);
        }

        /** @return a cell of one run */
        public static Cell of(Run run, Align align) {
            return new Cell(List.of(run), align, 1, 1, false, null);
        }

        /** @return the placeholder under a cell with a row span */
        public static Cell continuation() {
            return new Cell(List.of(), Align.LEFT, 1, 1, true, null);
        }

        /** @return this cell spanning rows */
        public Cell rows(int span) {
            return new Cell(runs, align, colSpan, span, continued, amount);
        }

        /** @return this cell spanning columns */
        public Cell columns(int span) {
            return new Cell(runs, align, span, rowSpan, continued, amount);
        }

        /** @return this cell with an amount */
        public Cell withAmount(Long value) {
            return new Cell(runs, align, colSpan, rowSpan, continued, value);
        }

        /** @return the text without styles */
        public String plainText() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }
}
