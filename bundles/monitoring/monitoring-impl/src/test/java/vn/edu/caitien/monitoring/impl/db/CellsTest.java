package vn.edu.caitien.monitoring.impl.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.impl.db.Rows.CriterionAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SchoolAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;

/** A school's line of ROLL_SCHOOL: the cells encoded once, counted for any day. */
class CellsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);

    private static StateRow row(String criterion, ActionStatus status, LocalDate due, long planned) {
        StateRow r = new StateRow();
        r.criterion(criterion);
        r.status(status);
        r.percentDone = status == ActionStatus.DONE ? 100 : 30;
        r.planned = planned;
        r.spent = planned / 2;
        r.dueDate = Date.valueOf(due);
        return r;
    }

    @Test
    void theSchoolsLineSumsItsCellsAndCountsOverdueDueSoonAndBehindForTheDay() {
        List<StateRow> rows = List.of(
                row("3.1", ActionStatus.IN_PROGRESS, LocalDate.of(2025, 12, 31), 10),
                row("3.1", ActionStatus.NOT_STARTED, LocalDate.of(2025, 12, 31), 20), // same day: "…:2"
                row("3.1", ActionStatus.DONE, LocalDate.of(2025, 10, 31), 30),
                row("3.1", ActionStatus.PAUSED, LocalDate.of(2026, 1, 25), 40), // due soon
                row("1.2", ActionStatus.LATE, LocalDate.of(2026, 5, 31), 50), // behind: late
                row("1.2", ActionStatus.CANCELLED, LocalDate.of(2025, 11, 30), 60), // closed: never overdue
                row("1.10", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 5, 31), 70)); // on track
        List<Rows.SpillRow> spill = new ArrayList<>();
        List<Rows.CellRow> cells = Cells.of(2025, 7, rows, spill);
        SchoolAggRow line = Cells.summary(2025, 7, cells, rows);
        long dec31 = LocalDate.of(2025, 12, 31).toEpochDay();
        assertThat(line.cells).isEqualTo("1002/2/0/1/" + LocalDate.of(2026, 5, 31).toEpochDay()
                + ";1010/1/0/0/" + LocalDate.of(2026, 5, 31).toEpochDay()
                + ";3001/4/1/0/" + dec31 + ":2," + LocalDate.of(2026, 1, 25).toEpochDay());
        assertThat(line.actions).isEqualTo(7);
        assertThat(line.done).isEqualTo(1);
        assertThat(line.cancelled).isEqualTo(1);
        assertThat(line.planned).isEqualTo(280);
        assertThat(line.spent).isEqualTo(140);

        Map<Integer, CriterionAggRow> criteria = new TreeMap<>();
        Cells.count(line, TODAY.toEpochDay(), TODAY.plusDays(14).toEpochDay(), criteria);
        assertThat(line.overdue).isEqualTo(2);
        assertThat(line.dueSoon).isEqualTo(1);
        assertThat(criteria).containsOnlyKeys(1002, 1010, 3001);
        CriterionAggRow c31 = criteria.get(3001);
        assertThat(List.of(c31.schools, c31.schoolsBehind, c31.actions, c31.overdue, c31.done))
                .containsExactly(1, 1, 4, 2, 1);
        assertThat(criteria.get(1002).schoolsBehind).isEqualTo(1);
        assertThat(criteria.get(1010).schoolsBehind).isZero();

        // A month earlier nothing was overdue yet: the same line, another day.
        criteria.clear();
        Cells.count(line, LocalDate.of(2025, 12, 20).toEpochDay(), LocalDate.of(2026, 1, 3).toEpochDay(), criteria);
        assertThat(line.overdue).isZero();
        assertThat(line.dueSoon).isEqualTo(2);
        assertThat(criteria.get(3001).schoolsBehind).isZero();
        assertThat(criteria.get(1002).schoolsBehind).isEqualTo(1);
    }

    /** 6,000 open actions on distinct days and criteria: beyond VARCHAR(32000), so the roll-up reads its cells. */
    @Test
    void aSchoolTooLargeToEncodeIsLeftToTheCells() {
        List<StateRow> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            LocalDate due = LocalDate.of(2025, 9, 1).plusDays(i % 1800);
            rows.add(row("3." + (1 + i % 7), ActionStatus.IN_PROGRESS, due, 1));
        }
        List<Rows.CellRow> cells = Cells.of(2025, 7, rows, new ArrayList<>());
        SchoolAggRow line = Cells.summary(2025, 7, cells, rows);
        assertThat(line.cells).isNull();
        assertThat(line.actions).isEqualTo(6000);
    }
}
