package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The level one criterion reached.
 *
 * @param key              the criterion
 * @param title            its title, for explanations
 * @param mandatory        whether it is mandatory
 * @param level            0 (not met) up to the rule set's highest criterion level. A level at which the criterion
 *                         has no requirement is reached as soon as the level below is ({@link #carried()})
 * @param carried          whether the top level was reached only because the criterion has no requirement there
 * @param unmetIndicators  labels ({@code 2b}) of the unmet indicators that stop it at the next level; empty when
 *                         the result was given per criterion or the criterion is at the top
 */
public record CriterionOutcome(CriterionKey key, String title, boolean mandatory, int level, boolean carried,
                               List<String> unmetIndicators) implements Serializable {

    /** Checks and copies the components. */
    public CriterionOutcome {
        Objects.requireNonNull(key, "key");
        unmetIndicators = List.copyOf(unmetIndicators);
    }
}
