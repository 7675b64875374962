package vn.edu.caitien.plan.api;

/** The plan is not in a state that allows the step (for example, approving a draft that was never submitted). */
public class PlanStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final PlanStatus status;

    /**
     * @param status the plan's state
     * @param step   the refused step, for the log
     */
    public PlanStateException(PlanStatus status, String step) {
        super("cannot " + step + " a plan in state " + status);
        this.status = status;
    }

    /** @return the plan's state */
    public PlanStatus status() {
        return status;
    }
}
