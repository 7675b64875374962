package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.util.List;

/**
 * The evidence of one criterion of a plan, for the list that shows what is missing before the next assessment.
 *
 * @param criterionCode the criterion, {@code "1.1"}
 * @param standardNo    its standard
 * @param actions       how many actions of the plan serve it
 * @param evidence      the evidence linked to it or to one of its actions in this plan, by code
 */
public record CriterionEvidence(String criterionCode, int standardNo, int actions, List<Evidence> evidence)
        implements Serializable {
    /** Copies the list. */
    public CriterionEvidence {
        evidence = List.copyOf(evidence);
    }

    /** @return whether the criterion has no evidence yet */
    public boolean missing() {
        return evidence.isEmpty();
    }
}
