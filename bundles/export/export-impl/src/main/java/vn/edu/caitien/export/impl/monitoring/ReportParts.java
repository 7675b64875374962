package vn.edu.caitien.export.impl.monitoring;

import static vn.edu.caitien.export.impl.Texts.nfc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.ClosingBlock;
import vn.edu.caitien.export.api.HeaderBlock;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Run;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.Column;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.Row;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.export.impl.plan.PlanDocumentBuilder;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.plan.api.DocumentHeader;

/**
 * What the monitoring reports (progress report, year-end report, roll-up) lay out alike: the school's report header
 * and the signer's closing, the figures paragraphs, the tables' heading rows, standard rows, merged criterion cells
 * and count cells, and the totals of a set of actions.
 */
final class ReportParts {

    private ReportParts() {
    }

    /**
     * @return the Nghị định 30 header of a school's report: type code BC with the plan's symbol after "KH-", the
     *         number left blank to fill in when the report is registered, dated {@code day}
     */
    static HeaderBlock schoolHeader(DocumentHeader h, LocalDate day) {
        Locale vi = Locale.forLanguageTag("vi");
        String symbol = h.getSymbol().startsWith("KH-") ? "BC-" + h.getSymbol().substring(3)
                : "BC" + (h.getSymbol().isEmpty() ? "" : "-" + h.getSymbol());
        return new HeaderBlock(nfc(h.getParentBody()).toUpperCase(vi), nfc(h.getIssuingBody()).toUpperCase(vi),
                "Số:       /" + symbol, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                Texts.placeDate(nfc(h.getPlace()), day));
    }

    /** @return "Nơi nhận" (the plan's recipients and archive) and the signature of the plan's signer */
    static ClosingBlock signerClosing(DocumentHeader h) {
        return PlanDocumentBuilder.closing(h, r -> "- " + nfc(r.getName()).strip() + ";");
    }

    /** @return "Tỷ lệ hoàn thành bình quân: n%." */
    static Paragraph meanPercent(ProgressTotals t) {
        return Paragraph.text("Tỷ lệ hoàn thành bình quân: " + t.percent() + "%.");
    }

    /** @return "Kinh phí dự kiến: …; đã chi: …." with the amounts in bold */
    static Paragraph budget(ProgressTotals t) {
        return Paragraph.of(Run.plain("Kinh phí dự kiến: "), Run.bold(Texts.money(t.planned())),
                Run.plain("; đã chi: "), Run.bold(Texts.money(t.spent())), Run.plain("."));
    }

    /** @return the heading row of a table and the row numbering its columns "(1)", "(2)", … */
    static List<Row> head(List<String> titles) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, titles.stream().map(c -> Cell.of(Run.bold(c), Align.CENTER)).toList()));
        List<Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= titles.size(); i++) {
            numbers.add(Cell.of(Run.italic("(" + i + ")"), Align.CENTER));
        }
        rows.add(new Row(RowKind.COLUMN_NUMBERS, numbers));
        return rows;
    }

    /** Columns of {@code type} at the indexes given, text elsewhere. */
    static List<Column> columns(List<String> titles, int[] weights, ColumnType type, int... indexes) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            final int index = i;
            boolean typed = Arrays.stream(indexes).anyMatch(m -> m == index);
            columns.add(new Column(titles.get(i), weights[i], typed ? type : ColumnType.TEXT));
        }
        return columns;
    }

    /** @return the row opening a standard ("Tiêu chuẩn 2"; "Công việc khác" for 0), across all columns */
    static Row standardRow(int standard, int columns) {
        return new Row(RowKind.GROUP, List.of(Cell.of(Run.bold(standard > 0 ? "Tiêu chuẩn " + standard
                : "Công việc khác"), Align.LEFT).columns(columns)));
    }

    /**
     * @return how many rows from {@code i} on belong to the criterion of row {@code i} (at least 1), or 0 when row
     *         {@code i} continues the criterion of the row above
     */
    static <T> int criterionSpan(List<T> lines, int i, BiPredicate<T, T> sameCriterion) {
        T a = lines.get(i);
        if (i > 0 && sameCriterion.test(lines.get(i - 1), a)) {
            return 0;
        }
        int span = 1;
        while (i + span < lines.size() && sameCriterion.test(lines.get(i + span), a)) {
            span++;
        }
        return span;
    }

    /**
     * @param span from {@link #criterionSpan}: the number and criterion cells are merged down over {@code span} rows;
     *             0, continuations of the cells above
     * @param n    the number of the criterion (TT)
     * @return a new list with the TT and criterion cells of a row
     */
    static List<Cell> criterionCells(int span, int n, String criterionCode) {
        List<Cell> cells = new ArrayList<>();
        if (span > 0) {
            cells.add(centre(n).rows(span));
            cells.add(Cell.of(Run.plain(criterionCode.isBlank() ? "" : "Tiêu chí " + criterionCode), Align.LEFT)
                    .rows(span));
        } else {
            cells.add(Cell.continuation());
            cells.add(Cell.continuation());
        }
        return cells;
    }

    /** @return "Tổng cộng" in bold across the first {@code columns} columns */
    static Cell totalLabel(int columns) {
        return Cell.of(Run.bold("Tổng cộng"), Align.CENTER).columns(columns);
    }

    static Cell count(int v) {
        return centre(v).withAmount((long) v);
    }

    static Cell boldCount(int v) {
        return bold(v).withAmount((long) v);
    }

    static Cell centre(Object v) {
        return Cell.of(Run.plain(String.valueOf(v)), Align.CENTER);
    }

    static Cell bold(Object v) {
        return Cell.of(Run.bold(String.valueOf(v)), Align.CENTER);
    }

    /** @return an amount in đồng, right-aligned */
    static Cell money(Long v) {
        return Cell.of(Run.plain(Texts.money(v)), Align.RIGHT).withAmount(v);
    }

    /** @return an amount in đồng in bold, right-aligned */
    static Cell boldMoney(long v) {
        return Cell.of(Run.bold(Texts.money(v)), Align.RIGHT).withAmount(v);
    }

    /** @return the counts and sums of {@link ProgressTotals} over the actions */
    static ProgressTotals totals(List<ActionProgress> progress) {
        int done = 0;
        int inProgress = 0;
        int cancelled = 0;
        int overdue = 0;
        int dueSoon = 0;
        long percentSum = 0;
        int counted = 0;
        long planned = 0;
        long spent = 0;
        for (ActionProgress a : progress) {
            switch (a.status()) {
                case DONE -> done++;
                case CANCELLED -> cancelled++;
                case IN_PROGRESS, LATE, PAUSED -> inProgress++;
                default -> {
                }
            }
            if (a.dueState() == DueState.OVERDUE) {
                overdue++;
            } else if (a.dueState() == DueState.DUE_SOON) {
                dueSoon++;
            }
            if (a.status() != ActionStatus.CANCELLED) {
                percentSum += a.percent();
                counted++;
            }
            planned += a.planned() == null ? 0 : a.planned();
            spent += a.spent() == null ? 0 : a.spent();
        }
        int percent = counted == 0 ? 0 : (int) ((percentSum * 2 + counted) / (2L * counted));
        return new ProgressTotals(progress.size(), done, cancelled, inProgress, overdue, dueSoon, percent, planned, spent);
    }

    /** @return the totals as JSON-like data */
    static Map<String, Object> totals(ProgressTotals t) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("actions", t.actions());
        x.put("done", t.done());
        x.put("inProgress", t.inProgress());
        x.put("notStarted", t.notStarted());
        x.put("cancelled", t.cancelled());
        x.put("overdue", t.overdue());
        x.put("dueSoon", t.dueSoon());
        x.put("percent", t.percent());
        x.put("planned", t.planned());
        x.put("spent", t.spent());
        return x;
    }
}
