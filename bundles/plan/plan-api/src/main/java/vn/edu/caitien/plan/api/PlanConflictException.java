package vn.edu.caitien.plan.api;

import java.util.List;

/**
 * A save was refused because someone else saved the plan after it was read. The caller shows
 * {@link #theirChanges()}, reloads the plan and lets the user re-apply their changes.
 */
public class PlanConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long currentVersion;
    private final List<PlanChange> theirChanges;

    /**
     * @param currentVersion the version now stored
     * @param theirChanges   the changes saved since the version the caller read, oldest first
     */
    public PlanConflictException(long currentVersion, List<PlanChange> theirChanges) {
        super("plan changed meanwhile; now at version " + currentVersion);
        this.currentVersion = currentVersion;
        this.theirChanges = List.copyOf(theirChanges);
    }

    /** @return the version now stored */
    public long currentVersion() {
        return currentVersion;
    }

    /** @return what the others changed since the caller's version, oldest first */
    public List<PlanChange> theirChanges() {
        return theirChanges;
    }
}
