package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as typed by the monitoring team (TT 57 Biểu 2 section VI: thời điểm, nội dung, kết quả, điều chỉnh,
 * người đánh giá). Input of {@link MonitoringService#recordReview}.
 *
 * @param planId          the plan
 * @param period          which review
 * @param month           1–12 for {@link ReviewPeriod#MONTHLY}, else null
 * @param schoolYearStart the school year reviewed (2025 for 2025-2026); within the plan's period
 * @param date            the day of the review; not in the future
 * @param content         what was reviewed; required
 * @param results         what was found; required
 * @param adjustments     decided adjustments, may be empty
 * @param reviewers       who reviewed (names as printed); at least one
 * @param recommendations recommendations (kiến nghị), may be empty
 */
public record ReviewDraft(long planId, ReviewPeriod period, Integer month, int schoolYearStart, LocalDate date,
                          String content, String results, List<Adjustment> adjustments, List<String> reviewers,
                          String recommendations) implements Serializable {
    /** Defaults and copies. */
    public ReviewDraft {
        content = content == null ? "" : content;
        results = results == null ? "" : results;
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        recommendations = recommendations == null ? "" : recommendations;
    }
}
