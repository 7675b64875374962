package vn.edu.caitien.monitoring.api;

/** Whether an action is due, computed by {@link DueRules#dueState}. */
public enum DueState {
    /** Done or cancelled: nothing is due. */
    CLOSED,
    /** Not due within the due-soon window. */
    ON_TRACK,
    /** Due within the next few days (configured, 14 by default), not finished. */
    DUE_SOON,
    /** Past its due date and not finished. */
    OVERDUE
}
