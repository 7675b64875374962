package vn.edu.caitien.export.api;

/** The documents the export module can produce; {@link DocumentService#kinds()} tells which ones are available. */
public enum DocumentKind {
    /** Kế hoạch cải tiến chất lượng giáo dục: the 2018 9-column form or TT 57 Biểu 2; the id is the plan id. */
    PLAN,
    /**
     * Báo cáo tiến độ thực hiện kế hoạch: the progress of each action as reported on a day (month, end of semester I,
     * year end); the id is the plan id, the scope the day.
     */
    MONITORING_REPORT,
    /**
     * Báo cáo kết quả cải tiến cuối năm học; the id is the plan id, the scope the start year of the school year
     * ({@code "2025"}) or empty. Figures of a year not closed yet are provisional, and the report says so.
     */
    YEAR_END_REPORT,
    /** Biên bản kiểm tra kế hoạch cải tiến of a supervising body; the id is the inspection id. */
    INSPECTION_RECORD,
    /** A supervising body's roll-up over its schools; the scope is the body id, the id the start year of the school year. */
    ROLLUP,
    /**
     * An empty plan table to fill in, for people who work in Excel and import it back ("Nhập kế hoạch"): the scope is
     * {@code 2018} (the nine columns) or {@code tt57} (Biểu 2); the id is 0. Needs no data, only a signed-in user.
     */
    PLAN_TEMPLATE
}
