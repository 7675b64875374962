package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * The result of one action at a year-end close.
 *
 * @param actionKey     the action
 * @param criterionCode its criterion
 * @param description   what was to be done
 * @param status        the last reported status
 * @param percent       the last reported percent
 * @param planned       the estimate in đồng, null when none
 * @param spent         the reported spend in đồng, null when none
 * @param done          whether it counts as finished ({@link ActionStatus#DONE}); unfinished ones (cancelled
 *                      excepted) are carried to the next plan
 */
public record ActionResult(String actionKey, String criterionCode, String description, ActionStatus status,
                           int percent, Long planned, Long spent, boolean done) implements Serializable {
}
