package vn.edu.caitien.export.impl.monitoring;

import static vn.edu.caitien.export.impl.Texts.nfc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.Block;
import vn.edu.caitien.export.api.ClosingBlock;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.HeaderBlock;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Run;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.Column;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.Row;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.api.TitleBlock;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.PlanDocument;

/**
 * The progress report of a plan on a day (Báo cáo tiến độ thực hiện kế hoạch cải tiến chất lượng giáo dục): the
 * Nghị định 30 header of the school (type code BC, the number left blank to fill in when the report is registered),
 * I. the overall state in figures, II. the table of every action with its reported status, percent, estimate and
 * spend, grouped by standard with the criterion merged over its actions, on landscape pages, and the closing of the
 * plan's signer. Everything comes from the monitoring service's state of the plan's actions on that day.
 */
public final class MonitoringReportBuilder {

    /** Column titles of the progress table. */
    public static final List<String> COLUMNS = List.of("TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì",
            "Thời hạn", "Trạng thái", "Tỷ lệ hoàn thành", "Kinh phí dự kiến", "Đã chi", "Cập nhật lần cuối");
    private static final int[] WEIGHTS = {4, 8, 26, 12, 9, 11, 8, 9, 9, 9};

    private MonitoringReportBuilder() {
    }

    /** @return the Vietnamese label of a status */
    public static String status(ActionStatus s) {
        return switch (s) {
            case NOT_STARTED -> "Chưa bắt đầu";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Hoàn thành";
            case LATE -> "Chậm tiến độ";
            case PAUSED -> "Tạm dừng";
            case CANCELLED -> "Đã hủy";
        };
    }

    /**
     * @param plan     the plan (header, signer), as the user may see it
     * @param progress the state of its actions on the day, in plan order
     * @param asOf     the day
     * @return the report
     */
    public static Document build(PlanDocument plan, List<ActionProgress> progress, LocalDate asOf) {
        return build(plan, progress, asOf, "");
    }

    /**
     * @param period what the report covers ("Sơ kết học kỳ I năm học 2025-2026"), written above the subject; empty
     *               for a report on a day
     */
    public static Document build(PlanDocument plan, List<ActionProgress> progress, LocalDate asOf, String period) {
        DocumentHeader h = plan.getHeader();
        Locale vi = Locale.forLanguageTag("vi");
        String symbol = h.getSymbol().startsWith("KH-") ? "BC-" + h.getSymbol().substring(3)
                : "BC" + (h.getSymbol().isEmpty() ? "" : "-" + h.getSymbol());
        String kind = "BÁO CÁO";
        String subject = "Tiến độ thực hiện Kế hoạch " + DocumentNumbers.format(h.getNumber(), h.getSymbol()) + " "
                + Character.toLowerCase(nfc(h.getTitle()).strip().isEmpty() ? 'c' : nfc(h.getTitle()).strip().charAt(0))
                + (nfc(h.getTitle()).strip().length() > 1 ? nfc(h.getTitle()).strip().substring(1) : "")
                + "\n(đến ngày " + Texts.date(asOf) + ")";
        List<Section> sections = new ArrayList<>();
        List<Block> first = new ArrayList<>();
        first.add(new HeaderBlock(nfc(h.getParentBody()).toUpperCase(vi), nfc(h.getIssuingBody()).toUpperCase(vi),
                "Số:       /" + symbol, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                Texts.placeDate(nfc(h.getPlace()), asOf)));
        first.add(new TitleBlock(kind, period.isBlank() ? subject : period + "\n" + subject));
        first.add(new Heading(1, "I. TÌNH HÌNH CHUNG"));
        Totals t = Totals.of(progress);
        first.add(Paragraph.text("Kế hoạch có " + t.actions + " công việc/giải pháp. Đến ngày " + Texts.date(asOf)
                + ": hoàn thành " + t.done + "; đang thực hiện " + t.inProgress + "; chưa bắt đầu " + t.notStarted
                + "; đã hủy " + t.cancelled + "; quá hạn " + t.overdue + "; sắp đến hạn " + t.dueSoon + "."));
        first.add(Paragraph.text("Tỷ lệ hoàn thành bình quân: " + t.percent + "%."));
        first.add(Paragraph.of(Run.plain("Kinh phí dự kiến: "), Run.bold(Texts.money(t.planned)),
                Run.plain("; đã chi: "), Run.bold(Texts.money(t.spent)), Run.plain(".")));
        sections.add(new Section(Orientation.PORTRAIT, first));
        List<Block> table = new ArrayList<>();
        table.add(new Heading(1, "II. TIẾN ĐỘ THỰC HIỆN TỪNG CÔNG VIỆC"));
        table.add(table(progress, t));
        sections.add(new Section(Orientation.LANDSCAPE, table));
        List<Block> last = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        h.getRecipients().forEach(r -> recipients.add("- " + nfc(r.getName()).strip() + ";"));
        recipients.add("- Lưu: " + (h.getArchive().isBlank() ? "VT" : nfc(h.getArchive()).strip()) + ".");
        List<String> authority = new ArrayList<>();
        String head = (nfc(h.getSignerAuthority()).strip() + " " + nfc(h.getSignerAuthorityTitle()).strip()).strip();
        if (!head.isEmpty()) {
            authority.add(head);
        }
        if (!h.getSignerTitle().isBlank()) {
            authority.add(nfc(h.getSignerTitle()).strip());
        }
        last.add(new ClosingBlock("Nơi nhận:", recipients, authority, nfc(h.getSignerName()).strip()));
        sections.add(new Section(Orientation.PORTRAIT, last));
        String number = DocumentNumbers.format(h.getNumber(), h.getSymbol());
        String fileBase = "bao-cao-tien-do-" + (h.getNumber() == null ? "plan-" + plan.getId() : Texts.slug(number))
                + "-" + asOf;
        return new Document(DocumentKind.MONITORING_REPORT, "Báo cáo tiến độ thực hiện kế hoạch " + number,
                fileBase, sections, data(plan, progress, asOf, t));
    }

    private static Table table(List<ActionProgress> progress, Totals t) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            columns.add(new Column(COLUMNS.get(i), WEIGHTS[i], i == 7 || i == 8 ? ColumnType.MONEY : ColumnType.TEXT));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, COLUMNS.stream().map(c -> Cell.of(Run.bold(c), Align.CENTER)).toList()));
        List<Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= COLUMNS.size(); i++) {
            numbers.add(Cell.of(Run.italic("(" + i + ")"), Align.CENTER));
        }
        rows.add(new Row(RowKind.COLUMN_NUMBERS, numbers));
        int standard = -1;
        int n = 0;
        for (int i = 0; i < progress.size(); i++) {
            ActionProgress a = progress.get(i);
            if (a.standardNo() != standard) {
                standard = a.standardNo();
                rows.add(new Row(RowKind.GROUP, List.of(Cell.of(Run.bold(standard > 0 ? "Tiêu chuẩn " + standard
                        : "Công việc khác"), Align.LEFT).columns(COLUMNS.size()))));
            }
            boolean firstOfCriterion = i == 0 || !progress.get(i - 1).criterionCode().equals(a.criterionCode())
                    || progress.get(i - 1).standardNo() != a.standardNo();
            List<Cell> cells = new ArrayList<>();
            if (firstOfCriterion) {
                int span = 1;
                while (i + span < progress.size() && progress.get(i + span).criterionCode().equals(a.criterionCode())
                        && progress.get(i + span).standardNo() == a.standardNo()) {
                    span++;
                }
                n++;
                cells.add(Cell.of(Run.plain(String.valueOf(n)), Align.CENTER).rows(span));
                cells.add(Cell.of(Run.plain(a.criterionCode().isBlank() ? "" : "Tiêu chí " + a.criterionCode()),
                        Align.LEFT).rows(span));
            } else {
                cells.add(Cell.continuation());
                cells.add(Cell.continuation());
            }
            cells.add(Cell.text(nfc(a.description())));
            cells.add(Cell.text(nfc(a.leadText())));
            cells.add(Cell.of(Run.plain(Texts.date(a.dueDate())), Align.CENTER));
            String state = status(a.status()) + (a.dueState() == DueState.OVERDUE ? " (quá hạn)"
                    : a.dueState() == DueState.DUE_SOON ? " (sắp đến hạn)" : "");
            cells.add(Cell.text(state));
            cells.add(Cell.of(Run.plain(a.percent() + "%"), Align.CENTER));
            cells.add(Cell.of(Run.plain(Texts.money(a.planned())), Align.RIGHT).withAmount(a.planned()));
            cells.add(Cell.of(Run.plain(Texts.money(a.spent())), Align.RIGHT).withAmount(a.spent()));
            cells.add(Cell.of(Run.plain(Texts.date(a.lastUpdate())), Align.CENTER));
            rows.add(new Row(RowKind.BODY, cells));
        }
        rows.add(new Row(RowKind.TOTAL, List.of(Cell.of(Run.bold("Tổng cộng"), Align.CENTER).columns(6),
                Cell.of(Run.bold(t.percent + "%"), Align.CENTER),
                Cell.of(Run.bold(Texts.money(t.planned)), Align.RIGHT).withAmount(t.planned),
                Cell.of(Run.bold(Texts.money(t.spent)), Align.RIGHT).withAmount(t.spent), Cell.text(""))));
        return new Table("Tiến độ", columns, rows);
    }

    private static Map<String, Object> data(PlanDocument plan, List<ActionProgress> progress, LocalDate asOf, Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "MONITORING_REPORT");
        m.put("planId", plan.getId());
        m.put("schoolId", plan.getSchoolId());
        m.put("revision", plan.getRevision());
        m.put("asOf", asOf.toString());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("actions", t.actions);
        totals.put("done", t.done);
        totals.put("inProgress", t.inProgress);
        totals.put("notStarted", t.notStarted);
        totals.put("cancelled", t.cancelled);
        totals.put("overdue", t.overdue);
        totals.put("dueSoon", t.dueSoon);
        totals.put("percent", t.percent);
        totals.put("planned", t.planned);
        totals.put("spent", t.spent);
        m.put("totals", totals);
        List<Object> actions = new ArrayList<>();
        for (ActionProgress a : progress) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("actionKey", a.actionKey());
            x.put("criterionCode", a.criterionCode());
            x.put("standardNo", a.standardNo());
            x.put("description", nfc(a.description()));
            x.put("leadText", nfc(a.leadText()));
            x.put("dueDate", a.dueDate() == null ? null : a.dueDate().toString());
            x.put("status", a.status().name());
            x.put("dueState", a.dueState() == null ? null : a.dueState().name());
            x.put("percent", a.percent());
            x.put("planned", a.planned());
            x.put("spent", a.spent());
            x.put("degree", a.degree() == null ? null : a.degree().name());
            x.put("lastUpdate", a.lastUpdate() == null ? null : a.lastUpdate().toString());
            x.put("followUp", a.followUp());
            actions.add(x);
        }
        m.put("actions", actions);
        return m;
    }

    /** The figures of section I, counted from the actions as the ProgressTotals of monitoring-api define them. */
    private record Totals(int actions, int done, int inProgress, int notStarted, int cancelled, int overdue,
                          int dueSoon, int percent, long planned, long spent) {

        static Totals of(List<ActionProgress> progress) {
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
            return new Totals(progress.size(), done, inProgress, progress.size() - done - cancelled - inProgress,
                    cancelled, overdue, dueSoon, percent, planned, spent);
        }
    }
}
