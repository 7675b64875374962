package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * A new action to add to the school's plan as the follow-up of a review adjustment or an inspection finding,
 * through {@code PlanService.addFollowUpAction} (a new plan revision when the plan was approved or published). It is
 * then tracked like any action.
 *
 * @param criterionCode the criterion row it goes to, {@code "2.3"}; required
 * @param description   what is to be done; required
 * @param leadText      who leads it, as written; required
 * @param leadUserId    the lead's user id, may be empty
 * @param timeText      when, as written ("Tháng 3/2026"), may be empty
 * @param budgetText    the estimate as written, may be empty
 */
public record FollowUp(String criterionCode, String description, String leadText, String leadUserId,
                       String timeText, String budgetText) implements Serializable {
    /** Defaults the texts. */
    public FollowUp {
        criterionCode = criterionCode == null ? "" : criterionCode;
        description = description == null ? "" : description;
        leadText = leadText == null ? "" : leadText;
        leadUserId = leadUserId == null ? "" : leadUserId;
        timeText = timeText == null ? "" : timeText;
        budgetText = budgetText == null ? "" : budgetText;
    }
}
