package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * Filters for listing plans; null components do not filter.
 *
 * @param schoolYearStart plans whose period includes the school year starting in that year
 * @param status          plans whose current revision is in that state
 */
public record PlanQuery(Integer schoolYearStart, PlanStatus status) implements Serializable {

    /** No filter. */
    public static final PlanQuery ALL = new PlanQuery(null, null);
}
