package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervising body's view of its schools for one school year.
 *
 * @param bodyId          the body
 * @param schoolYearStart the school year
 * @param asOf            the day the due states are judged on
 * @param totals          over every school
 * @param schools         every school the body supervises (also those without data), by name in Vietnamese order
 * @param criteria        per criterion, in code order
 */
public record RollUp(String bodyId, int schoolYearStart, LocalDate asOf, ProgressTotals totals,
                     List<SchoolRollUp> schools, List<CriterionRollUp> criteria) implements Serializable {
    /** Copies the lists. */
    public RollUp {
        schools = List.copyOf(schools);
        criteria = List.copyOf(criteria);
    }
}
