package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * One criterion across a body's schools ("23 schools behind on 2.3").
 *
 * @param criterionCode the criterion
 * @param standardNo    its standard
 * @param schools       how many schools have actions on it
 * @param schoolsBehind how many of them have at least one action on it overdue or reported late
 * @param actions       how many actions on it in all
 * @param overdue       how many of those are overdue
 * @param done          how many are done
 */
public record CriterionRollUp(String criterionCode, int standardNo, int schools, int schoolsBehind, int actions,
                              int overdue, int done) implements Serializable {
}
