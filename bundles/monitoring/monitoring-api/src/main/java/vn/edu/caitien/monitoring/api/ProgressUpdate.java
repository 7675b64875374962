package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A progress report on one plan action, as its lead (or the principal) types it. Input of
 * {@link MonitoringService#update}.
 *
 * @param planId    the plan
 * @param actionKey the action ({@link vn.edu.caitien.plan.api.PlanAction#getKey()})
 * @param asOf      the day the report speaks for; null means today. Not in the future, not before the plan's period
 * @param status    the status; required
 * @param percent   0 to 100; {@link ActionStatus#DONE} implies 100 when null
 * @param spent     money actually spent so far in đồng (cumulative, not the increment); null when not reported,
 *                  never negative
 * @param degree    TT 57 degree of implementation; may be null
 * @param degreeNote the degree as the school words it; may be empty
 * @param comment   what was done, by the person responsible; may be empty
 */
public record ProgressUpdate(long planId, String actionKey, LocalDate asOf, ActionStatus status, Integer percent,
                             Long spent, ImplementationDegree degree, String degreeNote, String comment)
        implements Serializable {

    /** Defaults the texts. */
    public ProgressUpdate {
        actionKey = actionKey == null ? "" : actionKey;
        degreeNote = degreeNote == null ? "" : degreeNote;
        comment = comment == null ? "" : comment;
    }
}
