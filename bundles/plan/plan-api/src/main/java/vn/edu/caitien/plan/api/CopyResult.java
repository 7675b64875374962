package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.util.List;

/**
 * What copying a plan to the next period did.
 *
 * @param plan        the new plan, saved as a draft
 * @param carried     keys of the actions carried forward (unfinished), in the new plan
 * @param dropped     descriptions of the completed actions that were not carried
 * @param changes     how the new plan differs from the source (period, title, status, carried flags)
 */
public record CopyResult(PlanDocument plan, List<String> carried, List<String> dropped, List<FieldChange> changes)
        implements Serializable {

    /** Copies the lists. */
    public CopyResult {
        carried = List.copyOf(carried);
        dropped = List.copyOf(dropped);
        changes = List.copyOf(changes);
    }
}
