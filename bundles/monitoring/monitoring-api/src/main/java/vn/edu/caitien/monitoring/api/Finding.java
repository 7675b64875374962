package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * A finding of an inspection about one action or criterion.
 *
 * @param actionKey         the action concerned, may be empty
 * @param criterionCode     the criterion concerned, may be empty (filled from the action when empty)
 * @param text              the finding; required
 * @param requiresFollowUp  whether the school must act on it
 * @param followUp          the action to add to the school's plan, or null; given only when {@code requiresFollowUp}
 * @param followUpActionKey set by the service: the key of the created action; empty when none
 */
public record Finding(String actionKey, String criterionCode, String text, boolean requiresFollowUp,
                     FollowUp followUp, String followUpActionKey) implements Serializable {
    /** Defaults the texts. */
    public Finding {
        actionKey = actionKey == null ? "" : actionKey;
        criterionCode = criterionCode == null ? "" : criterionCode;
        text = text == null ? "" : text;
        followUpActionKey = followUpActionKey == null ? "" : followUpActionKey;
    }
}
