package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import vn.edu.caitien.plan.api.FundingSource;

/**
 * A plan action with its state at a moment (now, or a past date for export): what the plan says and what was
 * reported. Also the timeline data of the school dashboard ({@link #start()} to {@link #end()}).
 *
 * @param planId        the plan
 * @param schoolId      its school
 * @param actionKey     the action
 * @param criterionCode the criterion of the action's row, {@code "2.3"}
 * @param standardNo    the standard of that criterion, 0 when unknown
 * @param description   what is to be done
 * @param leadText      the lead as written
 * @param leadUserId    the lead's user id, may be empty
 * @param start         parsed start, may be null
 * @param end           parsed end, may be null
 * @param openEnded     whether it continues beyond its end
 * @param dueDate       from {@link DueRules#dueDate}; never null
 * @param planned       the estimate in đồng ({@link vn.edu.caitien.plan.api.PlanAction#getAmount()}), null when none
 * @param sources       funding sources of the estimate; never null
 * @param status        the latest reported status; {@link ActionStatus#NOT_STARTED} when nothing was reported
 * @param percent       the latest percent, 0 when nothing was reported
 * @param spent         the latest reported cumulative spend, null when none
 * @param degree        the latest TT 57 degree, may be null
 * @param lastUpdate    the {@code asOf} of the latest report, null when none
 * @param updates       how many reports there are (up to the moment)
 * @param dueState      computed for the moment with the configured due-soon window
 * @param followUp      whether the action was added as a follow-up of a review or inspection
 */
public record ActionProgress(long planId, String schoolId, String actionKey, String criterionCode, int standardNo,
                             String description, String leadText, String leadUserId, LocalDate start, LocalDate end,
                             boolean openEnded, LocalDate dueDate, Long planned, Set<FundingSource> sources,
                             ActionStatus status, int percent, Long spent, ImplementationDegree degree,
                             LocalDate lastUpdate, int updates, DueState dueState, boolean followUp)
        implements Serializable {

    /** Copies the set. */
    public ActionProgress {
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }
}
