package vn.edu.caitien.monitoring.api;

/**
 * TT 57/2026 Biểu 2 column (10) "Mức độ thực hiện" (domain notes §2.4), filled in when the plan is reviewed. The
 * circular prints a free text; these are the values schools write, and {@link ProgressEntry#degreeNote()} keeps any
 * wording of the school's own.
 */
public enum ImplementationDegree {
    /** Chưa thực hiện. */
    NOT_IMPLEMENTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Hoàn thành một phần. */
    PARTLY_COMPLETED,
    /** Hoàn thành. */
    COMPLETED,
    /** Hoàn thành vượt mức / tốt. */
    EXCEEDED
}
