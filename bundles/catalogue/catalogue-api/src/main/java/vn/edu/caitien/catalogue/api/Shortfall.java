package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;

/**
 * One reason why a school is not at the next level.
 *
 * @param kind            what holds the school back
 * @param key             the criterion, or null for a Mức 4 item
 * @param code            the criterion code or the Mức 4 item code
 * @param title           the criterion title, or the Mức 4 item summary when known
 * @param level           the level the criterion reached (0 for an unmet Mức 4 item)
 * @param requiredLevel   the level it would need
 * @param unmetIndicators labels of the unmet indicators, when known
 */
public record Shortfall(Kind kind, CriterionKey key, String code, String title, int level, int requiredLevel,
                        List<String> unmetIndicators) implements Serializable {

    /** Copies the list. */
    public Shortfall {
        unmetIndicators = List.copyOf(unmetIndicators);
    }

    /** What holds the school back. */
    public enum Kind {
        /** 2018 rules: every criterion must reach the level; this one did not. */
        CRITERION_BELOW_LEVEL,
        /** TT 57: a mandatory criterion below the level. */
        MANDATORY_BELOW_LEVEL,
        /** TT 57: too few other criteria at the level; this one is a candidate. */
        OPTIONAL_BELOW_LEVEL,
        /** TT 57 Mức 2: no criterion may be below Mức 1; this one is. */
        BELOW_MINIMUM,
        /** 2018 rules, Mức 4: this Điều 22 item is not met. */
        LEVEL4_ITEM_NOT_MET
    }
}
