package vn.edu.caitien.catalogue.api;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns assessment results into levels. Pure computation: no user, no database. Thread-safe.
 *
 * <p>2018 rules (domain notes §1.5): a criterion is at Mức n when all its indicators of Mức 1..n are met; a level
 * at which the criterion states no requirement is reached with the level below. The school is at Mức n (1-3) when
 * every criterion is; at Mức 4 when it is at Mức 3 and every Điều 22 item is met. Accreditation Cấp độ n = Mức n;
 * national standard Mức độ 1 = Mức 2, Mức độ 2 = Mức 3 or 4; both only when the recognition conditions are met.
 *
 * <p>TT 57 rules (§1.7): the school is at Mức N (1 or 2) when every mandatory criterion and at least five of the
 * others reach Mức N, and for Mức 2 none is below Mức 1. National standard Mức độ N = school Mức N when the
 * conditions are met.
 */
@ProviderType
public interface LevelRules {

    /** How many non-mandatory criteria must reach the level under TT 57 (khoản 3 Điều 5: 5 of the 7). */
    int TT57_MIN_OTHER_CRITERIA = 5;

    /**
     * Computes a criterion's level from per-indicator results. An indicator with no result counts as not met.
     *
     * @param criterion the criterion, with its indicators
     * @param ruleSet   the rules of its regime
     * @param results   results for its indicators
     * @return the outcome
     * @throws IllegalArgumentException when the catalogue holds no indicators for the criterion (use
     *                                  {@link #fromLevel})
     */
    CriterionOutcome fromIndicators(Criterion criterion, RuleSet ruleSet, Collection<IndicatorResult> results);

    /**
     * Takes a per-criterion result (what a self-assessment report states) and applies the carry rule.
     *
     * @param criterion     the criterion
     * @param ruleSet       the rules of its regime
     * @param assessedLevel 0 (not met) up to {@link RuleSet#maxCriterionLevel()}
     * @return the outcome
     * @throws IllegalArgumentException when the level is out of range
     */
    CriterionOutcome fromLevel(Criterion criterion, RuleSet ruleSet, int assessedLevel);

    /**
     * Computes the school's level and explains what holds it back.
     *
     * @param ruleSet       the rules
     * @param criteria      one outcome per criterion of the appendix; never empty
     * @param level4Items   the Mức 4 items (2018 rules; ignored under TT 57); may be empty
     * @param level4Met     whether each item is met, in the same order; a school can reach Mức 4 only when every
     *                      item has a result and all are met
     * @param conditionsMet whether the recognition conditions outside the criteria are met (a completed cohort,
     *                      or five years of operation for a preschool, and so on)
     * @return the outcome
     */
    SchoolOutcome school(RuleSet ruleSet, List<CriterionOutcome> criteria, List<Level4Item> level4Items,
                         List<Boolean> level4Met, boolean conditionsMet);
}
