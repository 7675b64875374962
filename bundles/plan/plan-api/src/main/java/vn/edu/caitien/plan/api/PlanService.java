package vn.edu.caitien.plan.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.catalogue.api.SchoolOutcome;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Reads and changes schools' improvement plans. Thread-safe.
 *
 * <p>Permissions (module {@code plan}), checked for the plan's school on every call:
 * <ul>
 * <li>{@link #VIEW}: read. Members of a supervising body (users without a role in the school) see only published
 * revisions; a plan never published does not exist for them.</li>
 * <li>{@link #EDIT}: create, change, copy, submit. A teacher or staff member without it may change only the actions
 * they lead ({@link PlanAction#getLeadUserId()}), and nothing else.</li>
 * <li>{@link #APPROVE}: approve, return with a reason, publish.</li>
 * <li>{@link #COMMENT}: comment on actions of a published plan (supervising bodies).</li>
 * </ul>
 * A plan of a school the user may not see is reported as not found ({@link Optional#empty()} or
 * {@link PlanNotFoundException}); a missing permission on a plan the user can see throws
 * {@link vn.edu.caitien.portal.api.AccessDeniedException}. Text is stored NFC-normalised.
 */
@ProviderType
public interface PlanService {

    /** Permission to read plans. */
    String VIEW = "plan.view";
    /** Permission to write plans. */
    String EDIT = "plan.edit";
    /** Permission to approve, return and publish plans. */
    String APPROVE = "plan.approve";
    /** Permission to comment on published plans. */
    String COMMENT = "plan.comment";

    /**
     * @param schoolId the school
     * @param query    filters; {@link PlanQuery#ALL} for none
     * @return the school's plans, newest period first, then newest id first
     * @throws vn.edu.caitien.portal.api.AccessDeniedException without {@link #VIEW} for the school
     */
    List<PlanSummary> plans(PortalUser user, String schoolId, PlanQuery query);

    /**
     * @return the current revision (for supervising bodies: the last published revision), or empty when the plan does
     *         not exist or the user may not see it
     */
    Optional<PlanDocument> plan(PortalUser user, long planId);

    /** @return one revision, or empty (also for supervising bodies asking for an unpublished revision) */
    Optional<PlanDocument> plan(PortalUser user, long planId, int revision);

    /**
     * Creates a draft plan for a school: the regime, catalogue version and appendix that apply to the school in the
     * period's first school year (kept forever), the header filled from the school, the usual sections empty.
     *
     * @param schoolId the school; its highest level decides the catalogue appendix
     * @param period   the period
     * @param title    the title (trích yếu); blank gives "Cải tiến chất lượng giáo dục"
     * @return the saved draft
     */
    PlanDocument create(PortalUser user, String schoolId, PlanPeriod period, String title);

    /**
     * Saves a working copy. The copy's version must be the stored one; otherwise nothing is saved and
     * {@link PlanConflictException} lists what others changed. Saving an approved or published plan starts a new
     * revision in {@link PlanStatus#DRAFT}. Every changed field is recorded in the history.
     *
     * <p>The service also tidies what schools type: a lead written with its partners ("BGH, các tổ chuyên môn")
     * while the partners are empty is split into the lead ("BGH") and the partners ("các tổ chuyên môn"); criterion
     * references in {@link PlanAction#getAlsoServes()} ("Tiêu chí 1.4; Tiêu chí 2.3") are stored as codes ("1.4; 2.3").
     *
     * @return the saved plan as now stored (new version, keys and parsed values filled)
     * @throws PlanStateException      when the revision is submitted
     * @throws PlanValidationException with a {@link ValidationIssue#DUPLICATE_NUMBER} error when another plan of the
     *                                 school has the same document number in the same calendar year (the database
     *                                 refuses it, also between two concurrent saves); nothing is saved
     */
    PlanDocument save(PortalUser user, PlanDocument plan);

    /**
     * Adds to a working copy a row for every criterion of the baseline below {@code targetLevel} that has no row
     * yet (a criterion at Mức 1 or Không đạt gets "Đạt mức 2" for target 2; a level the criterion has no requirement
     * at is carried, as the level rules say). Nothing is saved.
     *
     * @return the same working copy, changed
     */
    PlanDocument addRowsFromBaseline(PortalUser user, PlanDocument plan, int targetLevel);

    /**
     * Creates the plan of the next period from an existing one: the structure and sections are copied, unfinished
     * actions are carried forward (marked, linked to their source), finished ones are dropped. When another regime
     * applies in the new period, rows move to the mapped criteria and rows without a mapping are dropped.
     *
     * @return the new draft and what changed
     */
    CopyResult copyToNextPeriod(PortalUser user, long sourcePlanId, PlanPeriod period);

    /** Draft or returned → submitted; refused with {@link PlanValidationException} when the plan has errors. */
    PlanDocument submit(PortalUser user, long planId, long version);

    /** Submitted → approved; needs {@link #APPROVE}. */
    PlanDocument approve(PortalUser user, long planId, long version);

    /** Submitted → returned, with a reason (not blank); needs {@link #APPROVE}. */
    PlanDocument returnForChanges(PortalUser user, long planId, long version, String reason);

    /** Approved → published to the supervising bodies; needs {@link #APPROVE}. */
    PlanDocument publish(PortalUser user, long planId, long version);

    /** @return every recorded change, oldest first; school members only */
    List<PlanChange> history(PortalUser user, long planId);

    /** @return the fields that differ between two revisions, in document order */
    List<FieldChange> diff(PortalUser user, long planId, int fromRevision, int toRevision);

    /**
     * Checks a working copy (saved or not): every criterion below the target level has at least one action, every
     * action has a lead and a description, times inside the period (or flagged), budgets readable, the document
     * number unique for the school and year, criterion codes known.
     *
     * @return the issues, errors first, in table order
     */
    List<ValidationIssue> validate(PortalUser user, PlanDocument plan);

    /**
     * Checks a stored plan as {@link #validate(PortalUser, PlanDocument)} does: the current revision for the school's
     * users, the last published one for supervising bodies. Cheaper on repeated calls: the result is kept until the
     * plan changes, except the duplicate-number check, which depends on other plans and runs every time.
     *
     * @return the issues, errors first, in table order
     * @throws PlanNotFoundException when the plan does not exist or the user may not see it
     */
    List<ValidationIssue> validate(PortalUser user, long planId);

    /**
     * The levels computed by the level rules from the plan's baseline, to show beside what the school wrote.
     *
     * @return the outcome, or empty when the baseline holds no result
     */
    Optional<SchoolOutcome> baselineOutcome(PortalUser user, PlanDocument plan);

    /**
     * @param lead a user id or a lead text as written ("Hiệu trưởng"); compared ignoring case
     * @return the actions of the current revisions of the school's plans led by that user or text
     */
    List<ActionRef> actionsByLead(PortalUser user, String schoolId, String lead);

    /**
     * Adds an action to a plan as the follow-up of a monitoring review or an inspection finding. The action goes to
     * the row of {@code criterionCode} (a row is added when the plan has none; blank means the first row). When the
     * plan is approved or published this starts a new {@link PlanStatus#DRAFT} revision, which goes through approval
     * again; supervising bodies keep seeing the last published revision until then. {@code origin} ("Theo kiến nghị
     * của đoàn kiểm tra ngày 12/03/2026") is written at the start of the action's notes and recorded in the history.
     *
     * <p>Allowed with {@link #EDIT}, and for members of a supervising body with {@link #COMMENT} on a published plan.
     *
     * @return the key of the new action
     * @throws PlanStateException          when the plan is submitted (waiting for approval)
     * @throws PlanValidationException     when the action has no description
     */
    String addFollowUpAction(PortalUser user, long planId, String criterionCode, PlanAction action, String origin);

    /**
     * Records which actions are finished, in the current revision and without changing its status (the year-end
     * close of the monitoring module). The history records each change. Unknown keys are ignored.
     *
     * @param completedByActionKey action key → finished
     * @return the plan as now stored
     * @throws vn.edu.caitien.portal.api.AccessDeniedException without {@link #EDIT}
     */
    PlanDocument recordCompletion(PortalUser user, long planId, java.util.Map<String, Boolean> completedByActionKey);

    /**
     * Adds a comment of a supervising body to an action of the published revision.
     *
     * @param actionKey the action; empty for the plan as a whole
     * @throws PlanStateException when nothing was published
     */
    PlanComment comment(PortalUser user, long planId, String actionKey, String text);

    /** @return the comments on the plan, oldest first */
    List<PlanComment> comments(PortalUser user, long planId);
}
