package vn.edu.caitien.plan.api;

/** What kind of document a legal basis (căn cứ) is (domain notes §2.2, seed 002 template). */
public enum LegalBasisKind {
    /** Báo cáo tự đánh giá, with its period. */
    SELF_ASSESSMENT_REPORT,
    /** Báo cáo đánh giá ngoài. */
    EXTERNAL_ASSESSMENT_REPORT,
    /** A circular, decree or official guidance: number, date, issuer. */
    LEGAL_DOCUMENT,
    /** Kết quả thực hiện cải tiến chất lượng năm học trước. */
    PREVIOUS_RESULTS,
    /** Chủ trương, định hướng of the locality, the sector and the school; the actual conditions. */
    LOCAL_DIRECTION
}
