package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A plan in a list.
 *
 * @param id                the plan id
 * @param schoolId          its school
 * @param title             the title (trích yếu)
 * @param period            the period it covers
 * @param status            the workflow state of its current revision
 * @param revision          the current revision number
 * @param publishedRevision the revision supervising bodies see, 0 when none was published
 * @param number            the document number, null until numbered
 * @param symbol            the symbol, for example {@code KH-THCSTX}
 * @param date              the document date, null until dated
 * @param actionCount       how many actions the current revision has
 * @param updatedBy         display name of the last editor
 * @param updatedAt         when it was last changed
 */
public record PlanSummary(long id, String schoolId, String title, PlanPeriod period, PlanStatus status, int revision,
                          int publishedRevision, Integer number, String symbol, LocalDate date, int actionCount,
                          String updatedBy, Instant updatedAt) implements Serializable {

    /** @return the printed number and symbol, {@code "05/KH-THCSKB"}, or the symbol alone when not numbered */
    public String documentNumber() {
        return DocumentNumbers.format(number, symbol);
    }
}
