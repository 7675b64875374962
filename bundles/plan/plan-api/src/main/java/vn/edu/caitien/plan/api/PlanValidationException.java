package vn.edu.caitien.plan.api;

import java.util.List;

/** A step was refused because the plan has errors (for example, submitting a plan with an action without lead). */
public class PlanValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<ValidationIssue> issues;

    /** @param issues the errors (and warnings) found */
    public PlanValidationException(List<ValidationIssue> issues) {
        super("plan has " + issues.size() + " issue(s)");
        this.issues = List.copyOf(issues);
    }

    /** @return the issues found */
    public List<ValidationIssue> issues() {
        return issues;
    }
}
