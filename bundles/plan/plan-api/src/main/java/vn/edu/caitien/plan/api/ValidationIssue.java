package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.util.List;

/**
 * Something to fix (ERROR) or to look at (WARNING) in a plan, placed where the UI shows it.
 *
 * @param severity  how serious
 * @param code      message key suffix, one of the constants below; the UI translates {@code validation.<code>}
 * @param rowKey    the row concerned, or null
 * @param actionKey the action concerned, or null
 * @param args      values for the message ({@code {0}}, {@code {1}}); never null
 */
public record ValidationIssue(Severity severity, String code, String rowKey, String actionKey, List<String> args)
        implements Serializable {

    /** A criterion below the target level has no row or its row no action. Args: criterion code, target level. */
    public static final String CRITERION_WITHOUT_ACTION = "criterionWithoutAction";
    /** An action has no lead. */
    public static final String NO_LEAD = "noLead";
    /** An action has no description. */
    public static final String NO_DESCRIPTION = "noDescription";
    /** An action's time could not be read. Args: the text. */
    public static final String TIME_UNREADABLE = "timeUnreadable";
    /** An action starts before the period. Args: start, first day. */
    public static final String STARTS_BEFORE_PERIOD = "startsBeforePeriod";
    /** An action runs beyond the period (or is open-ended). Args: end (or empty), last day. */
    public static final String RUNS_BEYOND_PERIOD = "runsBeyondPeriod";
    /** A budget text could not be read; kept as text. Args: the text. */
    public static final String BUDGET_UNREADABLE = "budgetUnreadable";
    /** Another plan of the school has the same number in the same year. Args: the number. */
    public static final String DUPLICATE_NUMBER = "duplicateNumber";
    /** The criterion code is not in the plan's catalogue version. Args: the code. */
    public static final String UNKNOWN_CRITERION = "unknownCriterion";

    /** How serious an issue is. */
    public enum Severity {
        /** Must be fixed before submitting. */
        ERROR,
        /** Worth a look; does not block. */
        WARNING
    }

    /** Copies the list. */
    public ValidationIssue {
        args = List.copyOf(args);
    }
}
