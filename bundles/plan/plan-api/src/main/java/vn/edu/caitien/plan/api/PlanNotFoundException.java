package vn.edu.caitien.plan.api;

/**
 * The plan does not exist, or belongs to a school the user may not see: the two are not told apart, so that no
 * other school's data leaks.
 */
public class PlanNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param planId the id asked for */
    public PlanNotFoundException(long planId) {
        super("plan not found: " + planId);
    }
}
