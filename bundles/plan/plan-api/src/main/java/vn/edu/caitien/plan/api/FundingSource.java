package vn.edu.caitien.plan.api;

/** Where the money for an action comes from, as tagged from the budget text. */
public enum FundingSource {
    /** Ngân sách: state budget, including "kinh phí ngành", "ngân sách cấp trên". */
    STATE_BUDGET,
    /** XHH, xã hội hóa: contributions of parents and the community. */
    SOCIALISATION,
    /** Tài trợ: sponsorship. */
    SPONSORSHIP,
    /** Any other named source. */
    OTHER
}
