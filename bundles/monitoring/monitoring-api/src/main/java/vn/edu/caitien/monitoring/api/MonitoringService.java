package vn.edu.caitien.monitoring.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Follows up schools' improvement plans: progress, reviews, inspections, the year-end close, dashboards and the
 * roll-up for supervising bodies. Thread-safe. Plans are read through {@code PlanService} with the caller's
 * rights, so a supervising body sees only published plans.
 *
 * <p>Permissions (module {@value #MODULE_ID}), checked for the plan's school on every call:
 * <ul>
 * <li>{@link #VIEW} (read): everything below that only reads. School roles and supervising bodies
 * ({@code SUPERVISOR}).</li>
 * <li>{@link #UPDATE} (write): report progress. A principal or vice principal of the school reports on every
 * action; anybody else holding it (teachers, staff) only on the actions they lead
 * ({@link vn.edu.caitien.plan.api.PlanAction#getLeadUserId()}), and gets
 * {@link vn.edu.caitien.portal.api.AccessDeniedException} for the others.</li>
 * <li>{@link #REVIEW} (write): record reviews, set the school's review periods. Monitoring team, principal, vice
 * principal.</li>
 * <li>{@link #INSPECT} (write): record inspections. {@code SUPERVISOR}; the user must also belong to a body that
 * supervises the school.</li>
 * <li>{@link #CLOSE} (write): close a school year. Principal.</li>
 * </ul>
 * A plan of a school the user may not see is reported as not found ({@link Optional#empty()} or
 * {@link vn.edu.caitien.plan.api.PlanNotFoundException}), and so is an action, review or inspection
 * ({@link MonitoringNotFoundException}); a missing permission on a school the user can see throws
 * {@link vn.edu.caitien.portal.api.AccessDeniedException}. Bad input throws {@link MonitoringValidationException}
 * with every problem found; a step the state forbids throws {@link MonitoringStateException}; nothing is stored
 * then. Text is stored NFC-normalised.
 */
@ProviderType
public interface MonitoringService {

    /** The module id. */
    String MODULE_ID = "monitoring";
    /** Permission to read progress, reviews, inspections, dashboards and roll-ups. */
    String VIEW = "monitoring.view";
    /** Permission to report progress (teachers and staff: on the actions they lead). */
    String UPDATE = "monitoring.update";
    /** Permission to record reviews and set review periods. */
    String REVIEW = "monitoring.review";
    /** Permission to record inspections (supervising bodies). */
    String INSPECT = "monitoring.inspect";
    /** Permission to close a school year. */
    String CLOSE = "monitoring.close";

    // ---- progress -------------------------------------------------------------------------------------------------

    /**
     * Appends a progress report to an action of the plan's current revision. Nothing is ever overwritten.
     *
     * @return the stored entry
     * @throws vn.edu.caitien.plan.api.PlanNotFoundException plan not found or not visible
     * @throws MonitoringNotFoundException                   no such action in the current revision
     * @throws vn.edu.caitien.portal.api.AccessDeniedException without {@link #UPDATE}, or not the action's lead
     * @throws MonitoringValidationException                 percent outside 0–100, negative spend, a date in the
     *                                                       future or before the period, no status
     * @throws MonitoringStateException                      {@link MonitoringStateException#YEAR_CLOSED}
     */
    ProgressEntry update(PortalUser user, ProgressUpdate update);

    /** @return whether the user may report on that action (for showing the form); false also when not visible */
    boolean canUpdate(PortalUser user, long planId, String actionKey);

    /** @return every action of the plan's current (for bodies: published) revision with its state today, plan order */
    List<ActionProgress> progress(PortalUser user, long planId);

    /**
     * For export: the state of every action of the current revision as reported for a day, from the history (the
     * latest report whose {@code asOf} is on or before that day; a report entered later for an earlier day counts),
     * due states judged on that day.
     */
    List<ActionProgress> progressAt(PortalUser user, long planId, LocalDate date);

    /** @return the reports on one action, oldest first */
    List<ProgressEntry> history(PortalUser user, long planId, String actionKey);

    /**
     * "My actions": the actions the user leads across the school's current plans (plans whose period has not ended),
     * with their state and due state, soonest due first.
     */
    List<ActionProgress> myActions(PortalUser user, String schoolId);

    // ---- reviews --------------------------------------------------------------------------------------------------

    /** @return the school's review periods; semester I and year end unless configured otherwise */
    Set<ReviewPeriod> reviewPeriods(PortalUser user, String schoolId);

    /**
     * Sets the school's review periods; needs {@link #REVIEW}.
     *
     * @throws MonitoringValidationException {@link MonitoringValidationException#REVIEW_PERIODS} without semester I
     *                                       and year end (TT 57 requires both)
     */
    Set<ReviewPeriod> setReviewPeriods(PortalUser user, String schoolId, Set<ReviewPeriod> periods);

    /**
     * Records a review; needs {@link #REVIEW}. Adjustments with a {@link FollowUp} add actions to the plan through
     * {@code PlanService.addFollowUpAction} (which needs {@code plan.edit}); that is checked before anything is
     * stored ({@link MonitoringStateException#FOLLOW_UP_NOT_ALLOWED}).
     *
     * @throws MonitoringStateException {@link MonitoringStateException#REVIEW_EXISTS} when the plan already has a
     *                                  review of that period (and month) for the school year
     */
    Review recordReview(PortalUser user, ReviewDraft draft);

    /** @return the plan's reviews, by school year, then date */
    List<Review> reviews(PortalUser user, long planId);

    /** @return the review, or empty */
    Optional<Review> review(PortalUser user, long reviewId);

    // ---- inspections ----------------------------------------------------------------------------------------------

    /**
     * Records an inspection; needs {@link #INSPECT} and membership of a body that supervises the school. Findings
     * with a {@link FollowUp} add actions to the published plan through {@code PlanService.addFollowUpAction}
     * (which needs {@code plan.comment} for supervising bodies).
     */
    Inspection recordInspection(PortalUser user, InspectionDraft draft);

    /** @return the school's inspections, newest first (the school sees them, and so do the bodies above it) */
    List<Inspection> inspections(PortalUser user, String schoolId);

    /** @return the inspection, or empty */
    Optional<Inspection> inspection(PortalUser user, long inspectionId);

    // ---- year-end close -------------------------------------------------------------------------------------------

    /**
     * Closes a school year of a plan; needs {@link #CLOSE}. Freezes the plan revision and every action's state,
     * records the results per action and criterion, and marks the done (and cancelled) actions completed in the plan
     * through {@code PlanService.recordCompletion}, so that {@code copyToNextPeriod} carries exactly the unfinished
     * ones.
     * Afterwards, progress dated in that school year (or any progress, when it is the plan's last school year) is
     * refused with {@link MonitoringStateException#YEAR_CLOSED}.
     *
     * @throws MonitoringValidationException {@link MonitoringValidationException#YEAR_OUTSIDE_PLAN}
     * @throws MonitoringStateException      {@link MonitoringStateException#ALREADY_CLOSED}
     */
    YearClose closeYear(PortalUser user, long planId, int schoolYearStart);

    /** @return the closes of the plan, oldest year first */
    List<YearClose> yearCloses(PortalUser user, long planId);

    // ---- dashboards -----------------------------------------------------------------------------------------------

    /** @return the school dashboard data for the plan, today */
    PlanDashboard dashboard(PortalUser user, long planId);

    /**
     * The roll-up over the schools a body supervises for a school year, from the module's current-state table (kept up
     * to date on every report and whenever a plan revision is first seen). Needs membership of the body; each school is
     * included only when the user holds {@link #VIEW} for it.
     *
     * @throws MonitoringNotFoundException when the user is not a member of the body
     */
    RollUp rollUp(PortalUser user, String bodyId, int schoolYearStart);

    /**
     * Drill-down of the roll-up: the actions on a criterion that are overdue or reported late, across the body's
     * schools, most overdue first.
     */
    List<ActionProgress> behind(PortalUser user, String bodyId, int schoolYearStart, String criterionCode);
}
