package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An action found across plans, for monitoring ("what do I lead?").
 *
 * @param planId        the plan
 * @param planTitle     its title
 * @param period        its period
 * @param status        its workflow state
 * @param rowKey        the row
 * @param actionKey     the action
 * @param criterionCode the criterion of the row
 * @param description   what is to be done
 * @param leadText      the lead as written
 * @param leadUserId    the lead's user id, may be empty
 * @param timeText      the time as written
 * @param start         parsed start, may be null
 * @param end           parsed end, may be null
 * @param completed     whether it is finished
 */
public record ActionRef(long planId, String planTitle, PlanPeriod period, PlanStatus status, String rowKey,
                        String actionKey, String criterionCode, String description, String leadText,
                        String leadUserId, String timeText, LocalDate start, LocalDate end, boolean completed)
        implements Serializable {
}
