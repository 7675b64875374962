package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * Counts and sums over a set of actions (a plan, a standard, a criterion, a school).
 *
 * @param actions    how many actions
 * @param done       how many {@link ActionStatus#DONE}
 * @param cancelled  how many {@link ActionStatus#CANCELLED}
 * @param inProgress how many in progress, late or paused
 * @param overdue    how many {@link DueState#OVERDUE}
 * @param dueSoon    how many {@link DueState#DUE_SOON}
 * @param percent    the mean percent over the actions that are not cancelled, rounded half up; 0 when none
 * @param planned    the sum of the estimates in đồng
 * @param spent      the sum of the reported spend in đồng
 */
public record ProgressTotals(int actions, int done, int cancelled, int inProgress, int overdue, int dueSoon,
                             int percent, long planned, long spent) implements Serializable {

    /** No actions. */
    public static final ProgressTotals EMPTY = new ProgressTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** @return how many are not started (neither done, cancelled nor in progress) */
    public int notStarted() {
        return actions - done - cancelled - inProgress;
    }
}
