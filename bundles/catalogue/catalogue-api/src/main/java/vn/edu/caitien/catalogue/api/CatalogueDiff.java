package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;

/**
 * What changed between two versions of a regime's catalogue.
 *
 * @param regimeId    the regime
 * @param fromVersion the older version
 * @param toVersion   the newer version
 * @param changes     the changes, by appendix then code; empty when the versions are equal
 */
public record CatalogueDiff(String regimeId, int fromVersion, int toVersion, List<Change> changes)
        implements Serializable {

    /** Copies the list. */
    public CatalogueDiff {
        changes = List.copyOf(changes);
    }

    /** What kind of change. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One change.
     *
     * @param kind     added, removed or changed
     * @param appendix the appendix code
     * @param code     a criterion code, or {@code TC<n>} for standard n, or the Mức 4 item code
     * @param field    for {@link Kind#CHANGED}: {@code title}, {@code mandatory}, {@code summary},
     *                 {@code standard} or {@code indicators.level<n>}; otherwise empty
     * @param before   the old value (empty when added)
     * @param after    the new value (empty when removed)
     */
    public record Change(Kind kind, String appendix, String code, String field, String before, String after)
            implements Serializable {
    }
}
