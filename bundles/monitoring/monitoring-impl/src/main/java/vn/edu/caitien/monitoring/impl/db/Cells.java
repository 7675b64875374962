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
}
