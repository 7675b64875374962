package vn.edu.caitien.monitoring.api;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.edu.caitien.plan.api.PlanPeriod;

/**
 * The due-date rules, pure functions shared by the service, the UI and tests.
 *
 * <p>A school year (domain notes §4.1) teaches from early September to the end of May; the plan module counts it
 * from 1 August to 31 July ({@link PlanPeriod}). Staff report their results with evidence before 30/5, so an action
 * whose end cannot be read, or which continues beyond its end ("và các năm tiếp theo"), is due on the last teaching
 * day of its plan's period: 31 May of the period's end year.
 */
public final class DueRules {

    /** Default due-soon window in days. */
    public static final int DEFAULT_DUE_SOON_DAYS = 14;

    private DueRules() {
    }

    /**
     * @param date a day
     * @return the calendar year in which the school year holding that day starts: 31/07/2026 gives 2025,
     *         01/08/2026 gives 2026 (the plan module's boundary)
     */
    public static int schoolYearStart(LocalDate date) {
        return date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** @return {@code "2025-2026"} for 2025 */
    public static String schoolYearLabel(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    /** @return the last teaching day of the school year that starts in {@code startYear}: 31 May of the next year */
    public static LocalDate teachingEnd(int startYear) {
        return LocalDate.of(startYear + 1, Month.MAY, 31);
    }

    /**
     * @param end       the action's parsed end, may be null (unreadable)
     * @param openEnded whether the action continues beyond its end
     * @param period    the plan's period
     * @return when the action is due: its end; or, when the end is unknown or the action open-ended, the last teaching
     *         day of the period ({@link #teachingEnd} of the period's last school year)
     */
    public static LocalDate dueDate(LocalDate end, boolean openEnded, PlanPeriod period) {
        Objects.requireNonNull(period, "period");
        if (end != null && !openEnded) {
            return end;
        }
        return teachingEnd(period.endYear() - 1);
    }

    /**
     * @param status       the latest reported status (null means not started)
     * @param dueDate      when it is due; never null
     * @param today        the day to judge on
     * @param dueSoonDays  the due-soon window in days, 0 or more
     * @return {@link DueState#CLOSED} when done or cancelled; {@link DueState#OVERDUE} when {@code today} is after
     *         the due date; {@link DueState#DUE_SOON} when the due date is at most {@code dueSoonDays} days away
     *         (including the due day itself); else {@link DueState#ON_TRACK}
     */
    public static DueState dueState(ActionStatus status, LocalDate dueDate, LocalDate today, int dueSoonDays) {
        if (status != null && status.closed()) {
            return DueState.CLOSED;
        }
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays < 0: " + dueSoonDays);
        }
        long days = ChronoUnit.DAYS.between(today, dueDate);
        if (days < 0) {
            return DueState.OVERDUE;
        }
        return days <= dueSoonDays ? DueState.DUE_SOON : DueState.ON_TRACK;
    }
}
