package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The frozen result of a school year of a plan (tổng kết năm học): read-only once made.
 *
 * @param planId          the plan
 * @param schoolId        its school
 * @param schoolYearStart the school year closed (2025 for 2025-2026)
 * @param planRevision    the plan revision whose actions were closed
 * @param actions         result per action, in plan order
 * @param criteria        result per criterion, in catalogue order
 * @param totals          over the whole plan
 * @param closedBy        display name of the principal who closed it
 * @param closedAt        when
 */
public record YearClose(long planId, String schoolId, int schoolYearStart, int planRevision,
                        List<ActionResult> actions, List<CriterionResult> criteria, ProgressTotals totals,
                        String closedBy, Instant closedAt) implements Serializable {
    /** Copies the lists. */
    public YearClose {
        actions = List.copyOf(actions);
        criteria = List.copyOf(criteria);
    }
}
