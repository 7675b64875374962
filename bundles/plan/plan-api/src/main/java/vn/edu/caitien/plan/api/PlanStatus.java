package vn.edu.caitien.plan.api;

/**
 * Where a plan revision is in its workflow: {@code DRAFT → SUBMITTED → APPROVED → PUBLISHED}, or
 * {@code SUBMITTED → RETURNED → (edit) → SUBMITTED}. Saving an approved or published plan starts a new revision in
 * {@code DRAFT}; the last published revision stays visible to supervising bodies until the new one is published.
 */
public enum PlanStatus {
    /** Being written; editable. */
    DRAFT,
    /** Waiting for the principal's approval; not editable until returned. */
    SUBMITTED,
    /** Sent back by the principal with a reason; editable. */
    RETURNED,
    /** Approved by the principal; a change starts a new revision. */
    APPROVED,
    /** Approved and sent to the supervising bodies, which may read it and comment on actions. */
    PUBLISHED;

    /** @return whether the content of a revision in this state may be changed in place */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
