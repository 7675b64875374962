package vn.edu.caitien.monitoring.impl.db;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.impl.db.Rows.CellRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SpillRow;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;

/** The roll-up cells of one school and school year from its state rows (pure; see {@code ROLL_CELL}). */
public final class Cells {

    /** Due dates of open actions kept in a cell; the others go to {@code ROLL_SPILL}. */
    public static final int SLOTS = 4;

    private Cells() {
    }

    /**
     * @param rows  the state rows of the school and year (criterion, status, percent, planned, spent, due date)
     * @param spill receives the open actions' due dates beyond each cell's slots
     * @return one cell per criterion that has actions
     */
    public static List<CellRow> of(int year, int schoolNo, List<StateRow> rows, List<SpillRow> spill) {
        Map<Integer, CellRow> cells = new TreeMap<>();
        Map<Integer, TreeMap<Date, Integer>> open = new TreeMap<>();
        for (StateRow r : rows) {
            CellRow c = cells.computeIfAbsent(r.criterionNo, k -> {
                CellRow n = new CellRow();
                n.schoolYear = year;
                n.schoolNo = schoolNo;
                n.criterionNo = k;
                return n;
            });
            ActionStatus s = r.status();
            c.actions++;
            switch (s) {
                case DONE -> c.done++;
                case CANCELLED -> c.cancelled++;
                case IN_PROGRESS, PAUSED -> c.inProgress++;
                case LATE -> {
                    c.inProgress++;
                    c.late++;
                }
                default -> {
                }
            }
            c.percentSum += s == ActionStatus.CANCELLED ? 0 : r.percentDone;
            c.planned += r.planned == null ? 0 : r.planned;
            c.spent += r.spent == null ? 0 : r.spent;
            if (!s.closed()) {
                open.computeIfAbsent(r.criterionNo, k -> new TreeMap<>()).merge(r.dueDate, 1, Integer::sum);
            }
        }
        open.forEach((criterion, dues) -> {
            CellRow c = cells.get(criterion);
            c.minOpenDue = dues.firstKey();
            int i = 0;
            for (Map.Entry<Date, Integer> e : dues.entrySet()) {
                switch (i++) {
                    case 0 -> { c.d1 = e.getKey(); c.n1 = e.getValue(); }
                    case 1 -> { c.d2 = e.getKey(); c.n2 = e.getValue(); }
                    case 2 -> { c.d3 = e.getKey(); c.n3 = e.getValue(); }
                    case 3 -> { c.d4 = e.getKey(); c.n4 = e.getValue(); }
                    default -> {
                        SpillRow sp = new SpillRow();
                        sp.schoolYear = year;
                        sp.schoolNo = schoolNo;
                        sp.criterionNo = criterion;
                        sp.dueDate = e.getKey();
                        sp.n = e.getValue();
                        spill.add(sp);
                    }
                }
            }
        });
        return new ArrayList<>(cells.values());
    }

    /** The longest {@code ROLL_SCHOOL.CELLS}; a school beyond it (thousands of actions) is read from the cells. */
    public static final int MAX_ENCODED = 32000;

    /**
     * @param cells the school's cells of the year, from {@link #of}
     * @param rows  the same state rows (for the open actions' due dates)
     * @return the school's line of {@code ROLL_SCHOOL}: the cells summed, and each cell encoded in {@code cells} as
     *         V004 describes ("criterion/actions/done/late/due:count,due,...", cells separated by ";")
     */
    public static Rows.SchoolAggRow summary(int year, int schoolNo, List<CellRow> cells, List<StateRow> rows) {
        Rows.SchoolAggRow s = new Rows.SchoolAggRow();
        s.schoolYear = year;
        s.schoolNo = schoolNo;
        Map<Integer, TreeMap<Long, Integer>> open = new TreeMap<>();
        for (StateRow r : rows) {
            if (!r.status().closed()) {
                open.computeIfAbsent(r.criterionNo, k -> new TreeMap<>())
                        .merge(r.dueDate.toLocalDate().toEpochDay(), 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        for (CellRow c : cells) {
            s.actions += c.actions;
            s.done += c.done;
            s.cancelled += c.cancelled;
            s.inProgress += c.inProgress;
            s.percentSum += c.percentSum;
            s.planned += c.planned;
            s.spent += c.spent;
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(c.criterionNo).append('/').append(c.actions).append('/').append(c.done).append('/')
                    .append(c.late).append('/');
            boolean first = true;
            for (Map.Entry<Long, Integer> e : open.getOrDefault(c.criterionNo, new TreeMap<>()).entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(e.getKey());
                if (e.getValue() > 1) {
                    b.append(':').append(e.getValue());
                }
            }
        }
        s.cells = b.length() > MAX_ENCODED ? null : b.toString();
        return s;
    }

    /**
     * Adds a school's line of {@code ROLL_SCHOOL} (its {@code cells} as {@link #summary} writes them) to the roll-up
     * for the day: the school's overdue and due-soon counts into {@code school}, and each cell into the line of its
     * criterion in {@code criteria} (one school, "behind" when it has a late action or an open one due before today,
     * its actions, overdue and done).
     *
     * @param today days since 1970-01-01
     * @param soon  the last day of the due-soon window, days since 1970-01-01
     */
    public static void count(Rows.SchoolAggRow school, long today, long soon, Map<Integer, Rows.CriterionAggRow> criteria) {
        String s = school.cells;
        int n = s.length();
        int i = 0;
        int overdue = 0;
        int dueSoon = 0;
        while (i < n) {
            long[] head = new long[4];
            for (int f = 0; f < 4; f++) {
                long v = 0;
                while (i < n && s.charAt(i) != '/') {
                    v = v * 10 + (s.charAt(i++) - '0');
                }
                head[f] = v;
                i++; // the slash
            }
            int cellOverdue = 0;
            long first = Long.MAX_VALUE;
            while (i < n && s.charAt(i) != ';') {
                boolean negative = s.charAt(i) == '-';
                if (negative) {
                    i++;
                }
                long day = 0;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    day = day * 10 + (s.charAt(i++) - '0');
                }
                day = negative ? -day : day;
                int count = 1;
                if (i < n && s.charAt(i) == ':') {
                    i++;
                    count = 0;
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        count = count * 10 + (s.charAt(i++) - '0');
                    }
                }
                if (i < n && s.charAt(i) == ',') {
                    i++;
                }
                first = Math.min(first, day);
                if (day < today) {
                    cellOverdue += count;
                } else if (day <= soon) {
                    dueSoon += count;
                }
            }
            i++; // the semicolon
            overdue += cellOverdue;
            Rows.CriterionAggRow c = criteria.computeIfAbsent((int) head[0], k -> {
                Rows.CriterionAggRow r = new Rows.CriterionAggRow();
                r.criterionNo = k;
                return r;
            });
            c.schools++;
            c.actions += (int) head[1];
            c.done += (int) head[2];
            c.overdue += cellOverdue;
            if (head[3] > 0 || first < today) {
                c.schoolsBehind++;
            }
        }
        school.overdue = overdue;
        school.dueSoon = dueSoon;
    }
}
