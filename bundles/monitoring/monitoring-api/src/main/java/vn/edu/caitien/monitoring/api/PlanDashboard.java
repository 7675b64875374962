package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the school dashboard shows for one plan at one day.
 *
 * @param planId     the plan
 * @param schoolId   its school
 * @param revision   the plan revision read
 * @param asOf       the day
 * @param totals     over the plan
 * @param standards  per standard ({@link CriterionResult#criterionCode()} is the standard number), in order
 * @param criteria   per criterion, in catalogue order
 * @param overdue    the overdue actions, most overdue first
 * @param budget     planned vs spent per funding source (state budget, socialisation, sponsorship, other, mixed, none)
 * @param actions    every action with its state, in plan order: the timeline data (start, end, due date)
 * @param closedYears the school years already closed, ascending
 */
public record PlanDashboard(long planId, String schoolId, int revision, LocalDate asOf, ProgressTotals totals,
                            List<CriterionResult> standards, List<CriterionResult> criteria,
                            List<ActionProgress> overdue, List<SourceBudget> budget, List<ActionProgress> actions,
                            List<Integer> closedYears) implements Serializable {
    /** Copies the lists. */
    public PlanDashboard {
        standards = List.copyOf(standards);
        criteria = List.copyOf(criteria);
        overdue = List.copyOf(overdue);
        budget = List.copyOf(budget);
        actions = List.copyOf(actions);
        closedYears = List.copyOf(closedYears);
    }
}
