package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * Where an evidence is used: a plan (of a school year) and an action of it and/or a criterion. One evidence may be
 * linked to several plans, so a document of last year serves again this year.
 *
 * @param planId        the plan
 * @param actionKey     the action, empty when linked to the criterion only
 * @param criterionCode the criterion, {@code "1.1"}; empty when linked to the action only (the action's criterion is
 *                      then filled in by the service)
 */
public record EvidenceLink(long planId, String actionKey, String criterionCode) implements Serializable {
    /** Defaults the texts. */
    public EvidenceLink {
        actionKey = actionKey == null ? "" : actionKey;
        criterionCode = criterionCode == null ? "" : criterionCode;
    }
}
