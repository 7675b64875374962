package vn.edu.caitien.export.impl.monitoring;

import static vn.edu.caitien.export.impl.Texts.nfc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.Block;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Run;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.Row;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.api.TitleBlock;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.ProgressTotals;
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
        String kind = "BÁO CÁO";
        String subject = "Tiến độ thực hiện Kế hoạch " + DocumentNumbers.format(h.getNumber(), h.getSymbol()) + " "
                + Character.toLowerCase(nfc(h.getTitle()).strip().isEmpty() ? 'c' : nfc(h.getTitle()).strip().charAt(0))
                + (nfc(h.getTitle()).strip().length() > 1 ? nfc(h.getTitle()).strip().substring(1) : "")
                + "\n(đến ngày " + Texts.date(asOf) + ")";
        List<Section> sections = new ArrayList<>();
        List<Block> first = new ArrayList<>();
        first.add(ReportParts.schoolHeader(h, asOf));
        first.add(new TitleBlock(kind, period.isBlank() ? subject : period + "\n" + subject));
        first.add(new Heading(1, "I. TÌNH HÌNH CHUNG"));
        ProgressTotals t = ReportParts.totals(progress);
        first.add(Paragraph.text("Kế hoạch có " + t.actions() + " công việc/giải pháp. Đến ngày " + Texts.date(asOf)
                + ": hoàn thành " + t.done() + "; đang thực hiện " + t.inProgress() + "; chưa bắt đầu "
                + t.notStarted() + "; đã hủy " + t.cancelled() + "; quá hạn " + t.overdue() + "; sắp đến hạn "
                + t.dueSoon() + "."));
        first.add(ReportParts.meanPercent(t));
        first.add(ReportParts.budget(t));
        sections.add(new Section(Orientation.PORTRAIT, first));
        List<Block> table = new ArrayList<>();
        table.add(new Heading(1, "II. TIẾN ĐỘ THỰC HIỆN TỪNG CÔNG VIỆC"));
        table.add(table(progress, t));
        sections.add(new Section(Orientation.LANDSCAPE, table));
        sections.add(new Section(Orientation.PORTRAIT, List.of(ReportParts.signerClosing(h))));
        String number = DocumentNumbers.format(h.getNumber(), h.getSymbol());
        String fileBase = "bao-cao-tien-do-" + (h.getNumber() == null ? "plan-" + plan.getId() : Texts.slug(number))
                + "-" + asOf;
        return new Document(DocumentKind.MONITORING_REPORT, "Báo cáo tiến độ thực hiện kế hoạch " + number,
                fileBase, sections, data(plan, progress, asOf, t));
    }

    private static Table table(List<ActionProgress> progress, ProgressTotals t) {
        List<Row> rows = ReportParts.head(COLUMNS);
        int standard = -1;
        int n = 0;
        for (int i = 0; i < progress.size(); i++) {
            ActionProgress a = progress.get(i);
            if (a.standardNo() != standard) {
                standard = a.standardNo();
                rows.add(ReportParts.standardRow(standard, COLUMNS.size()));
            }
            int span = ReportParts.criterionSpan(progress, i, MonitoringReportBuilder::sameCriterion);
            List<Cell> cells = ReportParts.criterionCells(span, span > 0 ? ++n : n, a.criterionCode());
            cells.add(Cell.text(nfc(a.description())));
            cells.add(Cell.text(nfc(a.leadText())));
            cells.add(Cell.of(Run.plain(Texts.date(a.dueDate())), Align.CENTER));
            String state = status(a.status()) + (a.dueState() == DueState.OVERDUE ? " (quá hạn)"
                    : a.dueState() == DueState.DUE_SOON ? " (sắp đến hạn)" : "");
            cells.add(Cell.text(state));
            cells.add(ReportParts.centre(a.percent() + "%"));
            cells.add(ReportParts.money(a.planned()));
            cells.add(ReportParts.money(a.spent()));
            cells.add(Cell.of(Run.plain(Texts.date(a.lastUpdate())), Align.CENTER));
            rows.add(new Row(RowKind.BODY, cells));
        }
        rows.add(new Row(RowKind.TOTAL, List.of(ReportParts.totalLabel(6), ReportParts.bold(t.percent() + "%"),
                ReportParts.boldMoney(t.planned()), ReportParts.boldMoney(t.spent()), Cell.text(""))));
        return new Table("Tiến độ", ReportParts.columns(COLUMNS, WEIGHTS, ColumnType.MONEY, 7, 8), rows);
    }

    private static boolean sameCriterion(ActionProgress a, ActionProgress b) {
        return a.criterionCode().equals(b.criterionCode()) && a.standardNo() == b.standardNo();
    }

    private static Map<String, Object> data(PlanDocument plan, List<ActionProgress> progress, LocalDate asOf,
                                            ProgressTotals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "MONITORING_REPORT");
        m.put("planId", plan.getId());
        m.put("schoolId", plan.getSchoolId());
        m.put("revision", plan.getRevision());
        m.put("asOf", asOf.toString());
        m.put("totals", ReportParts.totals(t));
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
}
