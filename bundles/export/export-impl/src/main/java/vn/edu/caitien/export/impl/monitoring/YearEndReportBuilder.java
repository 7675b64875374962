package vn.edu.caitien.export.impl.monitoring;

import static vn.edu.caitien.export.impl.Texts.nfc;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.bold;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.boldCount;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.centre;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.count;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.edu.caitien.monitoring.api.ActionResult;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.CriterionResult;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.api.YearClose;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.PlanDocument;

/**
 * The year-end report of improvement results (Báo cáo kết quả cải tiến chất lượng giáo dục năm học ...): the
 * Nghị định 30 header of the school (type code BC, the number left blank), the title, the opening sentence citing the
 * plan, I. the overall results in figures, II. the results per criterion (table), III. the result of every action
 * on landscape pages (grouped by standard, the criterion merged over its actions), IV. the actions carried to the next
 * school year, and the closing of the plan's signer.
 *
 * <p>The figures are those frozen by the year-end close ({@link YearClose}) when the school year was closed; otherwise
 * the state of the actions on a day (the last teaching day, or today when earlier), and the document says that the
 * figures are provisional ("Số liệu tạm tính đến ngày dd/MM/yyyy").
 */
public final class YearEndReportBuilder {

    /** Column titles of the per-criterion table. */
    public static final List<String> CRITERION_COLUMNS = List.of("TT", "Tiêu chí", "Số công việc", "Hoàn thành",
            "Đang thực hiện", "Chưa thực hiện", "Đã hủy", "Tỷ lệ hoàn thành", "Kết quả");
    private static final int[] CRITERION_WEIGHTS = {5, 31, 8, 9, 9, 9, 7, 11, 11};
    /** Column titles of the per-action table. */
    public static final List<String> ACTION_COLUMNS = List.of("TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì",
            "Trạng thái cuối năm", "Tỷ lệ hoàn thành", "Kinh phí dự kiến", "Đã chi", "Kết quả");
    private static final int[] ACTION_WEIGHTS = {4, 9, 26, 11, 11, 7, 12, 12, 11};
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private YearEndReportBuilder() {
    }

    /** One action's result, from a close or from the state on a day. */
    private record Line(String actionKey, String criterionCode, int standardNo, String description, String lead,
                        ActionStatus status, int percent, Long planned, Long spent, boolean overdue) {

        boolean done() {
            return status == ActionStatus.DONE;
        }

        String result() {
            return status == ActionStatus.DONE ? "Hoàn thành" : status == ActionStatus.CANCELLED ? "Đã hủy"
                    : "Chuyển sang năm học sau";
        }
    }

    /**
     * The report of a closed school year.
     *
     * @param plan     the plan as the user may see it (header, signer, leads)
     * @param close    the close of the year
     * @param titles   criterion titles by code, may miss some
     * @return the report
     */
    public static Document closed(PlanDocument plan, YearClose close, Map<String, String> titles) {
        Map<String, Integer> standards = new HashMap<>();
        close.criteria().forEach(c -> standards.put(c.criterionCode(), c.standardNo()));
        Map<String, String> leads = new HashMap<>();
        plan.actions().forEach(a -> leads.put(a.getKey(), nfc(a.getLeadText()).strip()));
        List<Line> lines = new ArrayList<>();
        for (ActionResult a : close.actions()) {
            lines.add(new Line(a.actionKey(), a.criterionCode(), standards.getOrDefault(a.criterionCode(),
                    standardOf(a.criterionCode())), nfc(a.description()), leads.getOrDefault(a.actionKey(), ""),
                    a.status(), a.percent(), a.planned(), a.spent(), false));
        }
        LocalDate day = close.closedAt() == null ? null : close.closedAt().atZone(VIETNAM).toLocalDate();
        return build(plan, close.schoolYearStart(), lines, close.criteria(), close.totals(), day, true,
                nfc(close.closedBy()).strip(), titles);
    }

    /**
     * The provisional report of a school year not closed yet.
     *
     * @param progress the state of the plan's actions on {@code asOf}, plan order
     * @param asOf     the day of the figures
     */
    public static Document provisional(PlanDocument plan, int schoolYearStart, List<ActionProgress> progress,
                                       LocalDate asOf, Map<String, String> titles) {
        List<Line> lines = new ArrayList<>();
        for (ActionProgress a : progress) {
            lines.add(new Line(a.actionKey(), a.criterionCode(), a.standardNo() > 0 ? a.standardNo()
                    : standardOf(a.criterionCode()), nfc(a.description()), nfc(a.leadText()).strip(), a.status(),
                    a.percent(), a.planned(), a.spent(), a.dueState() == DueState.OVERDUE));
        }
        Map<String, List<ActionProgress>> byCriterion = new LinkedHashMap<>();
        for (ActionProgress a : progress) {
            byCriterion.computeIfAbsent(a.criterionCode(), k -> new ArrayList<>()).add(a);
        }
        List<CriterionResult> criteria = new ArrayList<>();
        byCriterion.forEach((code, list) -> criteria.add(new CriterionResult(code,
                list.get(0).standardNo() > 0 ? list.get(0).standardNo() : standardOf(code), ReportParts.totals(list))));
        criteria.sort((a, b) -> CRITERIA.compare(a.criterionCode(), b.criterionCode()));
        return build(plan, schoolYearStart, lines, criteria, ReportParts.totals(progress), asOf, false, "", titles);
    }

    private static Document build(PlanDocument plan, int year, List<Line> lines, List<CriterionResult> criteria,
                                  ProgressTotals t, LocalDate day, boolean closed, String closedBy,
                                  Map<String, String> titles) {
        DocumentHeader h = plan.getHeader();
        String years = DueRules.schoolYearLabel(year);
        String number = DocumentNumbers.format(h.getNumber(), h.getSymbol());
        String subject = "Kết quả thực hiện Kế hoạch cải tiến chất lượng giáo dục năm học " + years
                + (closed ? "" : "\n(số liệu tạm tính đến ngày " + Texts.date(day) + ")");
        List<Block> first = new ArrayList<>();
        first.add(ReportParts.schoolHeader(h, day));
        first.add(new TitleBlock("BÁO CÁO", subject));
        first.add(Paragraph.text("Thực hiện Kế hoạch số " + number
                + (h.getDate() == null ? "" : " ngày " + Texts.date(h.getDate()))
                + " về cải tiến chất lượng giáo dục, nhà trường báo cáo kết quả thực hiện năm học " + years
                + " như sau:"));
        if (!closed) {
            first.add(Paragraph.of(Run.italic("Năm học " + years + " chưa được tổng kết trên hệ thống. Số liệu tạm tính "
                    + "đến ngày " + Texts.date(day) + ".")));
        }
        first.add(new Heading(1, "I. KẾT QUẢ CHUNG"));
        first.add(Paragraph.text("Kế hoạch có " + t.actions() + " công việc/giải pháp. Kết quả: hoàn thành " + t.done()
                + "; đang thực hiện " + t.inProgress() + "; chưa thực hiện " + t.notStarted() + "; đã hủy "
                + t.cancelled() + (closed ? "" : "; quá hạn " + t.overdue()) + "."));
        first.add(ReportParts.meanPercent(t));
        first.add(ReportParts.budget(t));
        long criteriaDone = criteria.stream().filter(CriterionResult::done).count();
        first.add(Paragraph.text("Số tiêu chí đã hoàn thành toàn bộ công việc: " + criteriaDone + "/" + criteria.size()
                + "."));
        if (closed) {
            first.add(Paragraph.text("Kết quả năm học được tổng kết" + (day == null ? "" : " ngày " + Texts.date(day))
                    + (closedBy.isEmpty() ? "" : " (người tổng kết: " + closedBy + ")") + "."));
        }
        first.add(new Heading(1, "II. KẾT QUẢ THEO TIÊU CHÍ"));
        first.add(criteriaTable(criteria, t, titles));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(Orientation.PORTRAIT, first));
        sections.add(new Section(Orientation.LANDSCAPE, List.of(new Heading(1, "III. KẾT QUẢ TỪNG CÔNG VIỆC"),
                actionTable(lines, t))));
        List<Block> last = new ArrayList<>();
        last.add(new Heading(1, "IV. NHỮNG CÔNG VIỆC CHUYỂN SANG NĂM HỌC SAU"));
        List<Line> carried = lines.stream().filter(l -> !l.done() && l.status() != ActionStatus.CANCELLED).toList();
        if (carried.isEmpty()) {
            last.add(Paragraph.text("Không có: mọi công việc đã hoàn thành hoặc đã hủy."));
        } else {
            last.add(Paragraph.text("Có " + carried.size() + " công việc chưa hoàn thành, được chuyển sang kế hoạch "
                    + "năm học " + DueRules.schoolYearLabel(year + 1) + ":"));
            for (int i = 0; i < carried.size(); i++) {
                Line l = carried.get(i);
                last.add(Paragraph.text("- " + (l.criterionCode().isBlank() ? "" : "Tiêu chí " + l.criterionCode()
                        + ": ") + l.description().strip() + " (đạt " + l.percent() + "%)"
                        + (i == carried.size() - 1 ? "." : ";")));
            }
        }
        last.add(ReportParts.signerClosing(h));
        sections.add(new Section(Orientation.PORTRAIT, last));
        String fileBase = "bao-cao-ket-qua-nam-hoc-" + years + "-"
                + (h.getNumber() == null ? "plan-" + plan.getId() : Texts.slug(number));
        return new Document(DocumentKind.YEAR_END_REPORT, "Báo cáo kết quả cải tiến chất lượng giáo dục năm học "
                + years, fileBase, sections, data(plan, year, closed, day, lines, criteria, t));
    }

    private static Table criteriaTable(List<CriterionResult> criteria, ProgressTotals t, Map<String, String> titles) {
        List<Row> rows = ReportParts.head(CRITERION_COLUMNS);
        int standard = -1;
        int n = 0;
        for (CriterionResult c : criteria) {
            if (c.standardNo() != standard) {
                standard = c.standardNo();
                rows.add(ReportParts.standardRow(standard, CRITERION_COLUMNS.size()));
            }
            ProgressTotals x = c.totals();
            String title = nfc(titles.getOrDefault(c.criterionCode(), "")).strip();
            String name = c.criterionCode().isBlank() ? "Không gắn tiêu chí"
                    : "Tiêu chí " + c.criterionCode() + (title.isEmpty() ? "" : ": " + title);
            rows.add(new Row(RowKind.BODY, List.of(centre(++n), Cell.text(name), count(x.actions()), count(x.done()),
                    count(x.inProgress()), count(x.notStarted()), count(x.cancelled()), centre(x.percent() + "%"),
                    Cell.text(c.done() ? "Hoàn thành" : "Chưa hoàn thành"))));
        }
        rows.add(new Row(RowKind.TOTAL, List.of(ReportParts.totalLabel(2),
                boldCount(t.actions()), boldCount(t.done()), boldCount(t.inProgress()), boldCount(t.notStarted()),
                boldCount(t.cancelled()), bold(t.percent() + "%"), Cell.text(""))));
        return new Table("Theo tiêu chí", ReportParts.columns(CRITERION_COLUMNS, CRITERION_WEIGHTS, ColumnType.NUMBER,
                2, 3, 4, 5, 6), rows);
    }

    private static Table actionTable(List<Line> lines, ProgressTotals t) {
        List<Row> rows = ReportParts.head(ACTION_COLUMNS);
        int standard = -1;
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line a = lines.get(i);
            if (a.standardNo() != standard) {
                standard = a.standardNo();
                rows.add(ReportParts.standardRow(standard, ACTION_COLUMNS.size()));
            }
            int span = ReportParts.criterionSpan(lines, i, YearEndReportBuilder::same);
            List<Cell> cells = ReportParts.criterionCells(span, span > 0 ? ++n : n, a.criterionCode());
            cells.add(Cell.text(a.description()));
            cells.add(Cell.text(a.lead()));
            cells.add(Cell.text(MonitoringReportBuilder.status(a.status()) + (a.overdue() ? " (quá hạn)" : "")));
            cells.add(centre(a.percent() + "%"));
            cells.add(ReportParts.money(a.planned()));
            cells.add(ReportParts.money(a.spent()));
            cells.add(Cell.text(a.result()));
            rows.add(new Row(RowKind.BODY, cells));
        }
        rows.add(new Row(RowKind.TOTAL, List.of(ReportParts.totalLabel(5), bold(t.percent() + "%"),
                ReportParts.boldMoney(t.planned()), ReportParts.boldMoney(t.spent()),
                Cell.of(Run.bold("Hoàn thành " + t.done() + "/" + t.actions()), Align.LEFT))));
        return new Table("Kết quả", ReportParts.columns(ACTION_COLUMNS, ACTION_WEIGHTS, ColumnType.MONEY, 6, 7), rows);
    }

    private static boolean same(Line a, Line b) {
        return a.criterionCode().equals(b.criterionCode()) && a.standardNo() == b.standardNo();
    }

    /** @return the standard of a criterion code ("2.3" → 2), 0 when it cannot be read */
    static int standardOf(String code) {
        String s = code == null ? "" : code.strip();
        int dot = s.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? s : s.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Criterion codes in numeric order: 1.2 before 1.10. */
    static final java.util.Comparator<String> CRITERIA = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static Map<String, Object> data(PlanDocument plan, int year, boolean closed, LocalDate day,
                                            List<Line> lines, List<CriterionResult> criteria, ProgressTotals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "YEAR_END_REPORT");
        m.put("planId", plan.getId());
        m.put("schoolId", plan.getSchoolId());
        m.put("schoolYear", DueRules.schoolYearLabel(year));
        m.put("closed", closed);
        m.put(closed ? "closedOn" : "asOf", day == null ? null : day.toString());
        m.put("totals", ReportParts.totals(t));
        List<Object> cs = new ArrayList<>();
        for (CriterionResult c : criteria) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("criterionCode", c.criterionCode());
            x.put("standardNo", c.standardNo());
            x.put("done", c.done());
            x.put("totals", ReportParts.totals(c.totals()));
            cs.add(x);
        }
        m.put("criteria", cs);
        List<Object> actions = new ArrayList<>();
        for (Line a : lines) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("actionKey", a.actionKey());
            x.put("criterionCode", a.criterionCode());
            x.put("standardNo", a.standardNo());
            x.put("description", a.description());
            x.put("leadText", a.lead());
            x.put("status", a.status().name());
            x.put("percent", a.percent());
            x.put("planned", a.planned());
            x.put("spent", a.spent());
            x.put("carriedOver", !a.done() && a.status() != ActionStatus.CANCELLED);
            actions.add(x);
        }
        m.put("actions", actions);
        return m;
    }
}
