package vn.edu.caitien.monitoring.api;

/** When the monitoring team reviews the plan (sơ kết, tổng kết). TT 57 requires at least semester I and year end. */
public enum ReviewPeriod {
    /** Hàng tháng: a review per month; the review names its month. */
    MONTHLY,
    /** Cuối học kỳ I. */
    SEMESTER_1,
    /** Cuối năm học. */
    YEAR_END
}
