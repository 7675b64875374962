package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * An adjustment (điều chỉnh) decided in a review.
 *
 * @param text              what is adjusted; required
 * @param actionKey         the action it concerns, may be empty
 * @param followUp          a new action to add to the plan, or null
 * @param followUpActionKey set by the service: the key of the action created in the plan; empty when none
 */
public record Adjustment(String text, String actionKey, FollowUp followUp, String followUpActionKey)
        implements Serializable {
    /** Defaults the texts. */
    public Adjustment {
        text = text == null ? "" : text;
        actionKey = actionKey == null ? "" : actionKey;
        followUpActionKey = followUpActionKey == null ? "" : followUpActionKey;
    }
}
