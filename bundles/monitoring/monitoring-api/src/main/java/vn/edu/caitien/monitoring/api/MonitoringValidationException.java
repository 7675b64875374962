package vn.edu.caitien.monitoring.api;

import java.util.List;

/**
 * An input was refused; nothing was stored. Each {@link Problem} carries one of the message keys below; the monitoring
 * UI bundle translates them (Vietnamese and English).
 */
public class MonitoringValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A required field is empty. */
    public static final String REQUIRED = "monitoring.error.required";
    /** Percent outside 0–100. Args: the value. */
    public static final String PERCENT_RANGE = "monitoring.error.percentRange";
    /** A negative amount of money. Args: the value. */
    public static final String NEGATIVE_AMOUNT = "monitoring.error.negativeAmount";
    /** A date in the future. Args: the date (dd/MM/yyyy). */
    public static final String FUTURE_DATE = "monitoring.error.futureDate";
    /** A date before the plan's period. Args: the date, the period's first day. */
    public static final String BEFORE_PERIOD = "monitoring.error.beforePeriod";
    /** DONE with a percent below 100. Args: the percent. */
    public static final String DONE_NOT_100 = "monitoring.error.doneNot100";
    /** A file over the size limit. Args: the limit in MB. */
    public static final String FILE_TOO_LARGE = "monitoring.error.fileTooLarge";
    /** An empty file. */
    public static final String FILE_EMPTY = "monitoring.error.fileEmpty";
    /** Content of a type not accepted. Args: the file name. */
    public static final String FILE_TYPE = "monitoring.error.fileType";
    /** Content does not match the name's extension. Args: the file name, the detected type (PDF, DOCX...). */
    public static final String FILE_MISMATCH = "monitoring.error.fileMismatch";
    /** A zip-based document with too many entries or too much uncompressed content, or a damaged one. Args: file name. */
    public static final String FILE_SUSPICIOUS = "monitoring.error.fileSuspicious";
    /** A web address that is not http(s). Args: the text. */
    public static final String BAD_URL = "monitoring.error.badUrl";
    /** A criterion code not in the plan. Args: the code. */
    public static final String UNKNOWN_CRITERION = "monitoring.error.unknownCriterion";
    /** Review periods without semester I and year end (TT 57 requires both). */
    public static final String REVIEW_PERIODS = "monitoring.error.reviewPeriods";
    /** A monthly review without a month (1–12). */
    public static final String MONTH_REQUIRED = "monitoring.error.monthRequired";
    /** A review period the school does not use. Args: the period. */
    public static final String PERIOD_NOT_USED = "monitoring.error.periodNotUsed";
    /** An inspection team without exactly one leader. */
    public static final String ONE_LEADER = "monitoring.error.oneLeader";
    /** A school year outside the plan's period. Args: the year label. */
    public static final String YEAR_OUTSIDE_PLAN = "monitoring.error.yearOutsidePlan";
    /** A text over its length limit. Args: the limit. */
    public static final String TOO_LONG = "monitoring.error.tooLong";

    private final List<Problem> problems;

    /** @param problems what is wrong; at least one */
    public MonitoringValidationException(List<Problem> problems) {
        super("refused: " + problems.stream().map(p -> p.field() + " " + p.key() + " " + p.args()).toList());
        this.problems = List.copyOf(problems);
    }

    /** @param problem what is wrong */
    public MonitoringValidationException(Problem problem) {
        this(List.of(problem));
    }

    /** @return what is wrong */
    public List<Problem> problems() {
        return problems;
    }
}
