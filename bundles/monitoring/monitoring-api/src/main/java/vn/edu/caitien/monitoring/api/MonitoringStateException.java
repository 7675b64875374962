package vn.edu.caitien.monitoring.api;

import java.util.List;

/** A step not allowed in the current state; nothing was stored. The UI translates {@link #key()} with {@link #args()}. */
public class MonitoringStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The school year of the plan is closed: its progress is read-only. Args: the school year label. */
    public static final String YEAR_CLOSED = "monitoring.error.yearClosed";
    /** The school year was already closed. Args: the school year label. */
    public static final String ALREADY_CLOSED = "monitoring.error.alreadyClosed";
    /** A follow-up action needs a plan revision the user may not make. */
    public static final String FOLLOW_UP_NOT_ALLOWED = "monitoring.error.followUpNotAllowed";
    /** A review of this period was already recorded for the plan. Args: the period. */
    public static final String REVIEW_EXISTS = "monitoring.error.reviewExists";

    private final String key;
    private final List<String> args;

    /**
     * @param key  one of the constants
     * @param args values for the message
     */
    public MonitoringStateException(String key, String... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    /** @return the message key */
    public String key() {
        return key;
    }

    /** @return values for the message */
    public List<String> args() {
        return args;
    }
}
