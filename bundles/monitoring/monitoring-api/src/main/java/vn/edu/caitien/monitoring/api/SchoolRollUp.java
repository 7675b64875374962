package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * One school in a body's roll-up.
 *
 * @param schoolId   the school
 * @param schoolName its name
 * @param planId     its plan for the year, null when the monitoring module has seen none
 * @param planStatus the plan's workflow state name ({@link vn.edu.caitien.plan.api.PlanStatus}), null when none
 * @param totals     its actions' counts and sums for the year
 * @param closed     whether the school year was closed
 */
public record SchoolRollUp(String schoolId, String schoolName, Long planId, String planStatus, ProgressTotals totals,
                           boolean closed) implements Serializable {
}
