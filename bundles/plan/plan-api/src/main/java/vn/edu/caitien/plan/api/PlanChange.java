package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One recorded change of one field.
 *
 * @param revision  the revision that was changed
 * @param userId    who changed it
 * @param userName  their display name at the time
 * @param at        when
 * @param action    what was done: {@code save}, {@code create}, {@code submit}, {@code approve}, {@code return},
 *                  {@code publish}, {@code revise}, {@code copy}
 * @param change    the field and its values; for a workflow step the field is {@code status}
 */
public record PlanChange(int revision, String userId, String userName, Instant at, String action, FieldChange change)
        implements Serializable {
}
