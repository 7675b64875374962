package vn.edu.caitien.monitoring.api;

/**
 * An action, evidence, review or inspection does not exist, or belongs to a school the user may not see: the two are
 * not told apart, so that no other school's data leaks. (A plan that is not found is reported by
 * {@link vn.edu.caitien.plan.api.PlanNotFoundException}.)
 */
public class MonitoringNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String what;

    /**
     * @param what {@code action}, {@code evidence}, {@code review}, {@code inspection}, {@code school}
     * @param id   the id asked for
     */
    public MonitoringNotFoundException(String what, Object id) {
        super(what + " not found: " + id);
        this.what = what;
    }

    /** @return the kind of thing not found; the UI translates {@code monitoring.notFound.<what>} */
    public String what() {
        return what;
    }
}
