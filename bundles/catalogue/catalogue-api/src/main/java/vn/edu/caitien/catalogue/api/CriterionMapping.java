package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Which criteria of another regime cover the same ground as one criterion, for example a 2018 criterion and the
 * TT 57 criteria that replace it. Editable by administrators; a sensible default is shipped.
 *
 * @param from    the criterion being mapped
 * @param targets the criteria of the target regime, by code; may be empty (nothing corresponds)
 */
public record CriterionMapping(CriterionKey from, List<CriterionKey> targets) implements Serializable {

    /** Checks and copies the components. */
    public CriterionMapping {
        Objects.requireNonNull(from, "from");
        targets = List.copyOf(targets);
    }
}
