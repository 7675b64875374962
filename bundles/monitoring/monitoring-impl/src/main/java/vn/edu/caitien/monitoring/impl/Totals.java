package vn.edu.caitien.monitoring.impl;

import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.impl.db.Rows.SchoolAggRow;

/**
 * Adds up actions into {@link ProgressTotals}: the one place for the arithmetic of dashboards, year-end results and
 * roll-ups. Not thread-safe.
 */
final class Totals {

    private int actions;
    private int done;
    private int cancelled;
    private int inProgress;
    private int overdue;
    private int dueSoon;
    private long percentSum;
    private long planned;
    private long spent;

    /** Adds one action. */
    Totals add(ActionStatus status, int percent, DueState due, Long plannedAmount, Long spentAmount) {
        actions++;
        switch (status) {
            case DONE -> done++;
            case CANCELLED -> cancelled++;
            case IN_PROGRESS, LATE, PAUSED -> inProgress++;
            default -> {
            }
        }
        if (status != ActionStatus.CANCELLED) {
            percentSum += percent;
        }
        if (due == DueState.OVERDUE) {
            overdue++;
        } else if (due == DueState.DUE_SOON) {
            dueSoon++;
        }
        planned += plannedAmount == null ? 0 : plannedAmount;
        spent += spentAmount == null ? 0 : spentAmount;
        return this;
    }

    /** Adds one action's state. */
    Totals add(ActionProgress a) {
        return add(a.status(), a.percent(), a.dueState(), a.planned(), a.spent());
    }

    /** Adds a school's aggregate row (roll-up). */
    Totals add(SchoolAggRow row) {
        actions += row.actions;
        done += row.done;
        cancelled += row.cancelled;
        inProgress += row.inProgress;
        overdue += row.overdue;
        dueSoon += row.dueSoon;
        percentSum += row.percentSum;
        planned += row.planned;
        spent += row.spent;
        return this;
    }

    ProgressTotals toTotals() {
        return new ProgressTotals(actions, done, cancelled, inProgress, overdue, dueSoon,
                mean(percentSum, actions - cancelled), planned, spent);
    }

    /** @return the mean rounded half up; 0 over nothing */
    static int mean(long sum, int count) {
        return count <= 0 ? 0 : (int) ((sum * 2 + count) / (count * 2L));
    }

    /** @return the totals of one aggregate row */
    static ProgressTotals of(SchoolAggRow row) {
        return new Totals().add(row).toTotals();
    }
}
