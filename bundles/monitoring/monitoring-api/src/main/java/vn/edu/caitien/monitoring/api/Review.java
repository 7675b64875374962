package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored review of a plan.
 *
 * @param id              the id
 * @param planId          the plan
 * @param schoolId        its school
 * @param period          which review
 * @param month           the month of a monthly review, else null
 * @param schoolYearStart the school year reviewed
 * @param date            the day of the review
 * @param content         what was reviewed
 * @param results         what was found
 * @param adjustments     adjustments, with the keys of the follow-up actions created
 * @param reviewers       who reviewed
 * @param recommendations recommendations
 * @param createdBy       display name of who recorded it
 * @param createdAt       when
 */
public record Review(long id, long planId, String schoolId, ReviewPeriod period, Integer month, int schoolYearStart,
                     LocalDate date, String content, String results, List<Adjustment> adjustments,
                     List<String> reviewers, String recommendations, String createdBy, Instant createdAt)
        implements Serializable {
    /** Copies the lists. */
    public Review {
        adjustments = List.copyOf(adjustments);
        reviewers = List.copyOf(reviewers);
    }
}
