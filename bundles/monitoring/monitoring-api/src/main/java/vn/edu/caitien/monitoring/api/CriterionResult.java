package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * The results of one criterion's actions at a year-end close, or its progress on a dashboard.
 *
 * @param criterionCode the criterion ({@code "2.3"}); for a standard, its number ({@code "2"})
 * @param standardNo    its standard
 * @param totals        the counts and sums
 */
public record CriterionResult(String criterionCode, int standardNo, ProgressTotals totals) implements Serializable {
    /** @return whether every action (cancelled ones aside) is done */
    public boolean done() {
        return totals.actions() > 0 && totals.done() + totals.cancelled() == totals.actions();
    }
}
