package vn.edu.caitien.catalogue.api;

/** Which level rules a regime follows (domain notes §1.5 and §1.7). */
public enum RuleSet {
    /**
     * TT 17, 18 and 19/2018: criteria at Mức 1-3, school at Mức 1-4 (Mức 4 adds the Điều 22 items),
     * accreditation Cấp độ 1-4 and national standard Mức độ 1-2.
     */
    RULES_2018(3, 4),
    /**
     * TT 57/2026: criteria and school at Mức 1-2; all mandatory criteria and at least five of the others at the
     * level, and for Mức 2 none below Mức 1. No accreditation levels; national standard Mức độ 1-2.
     */
    RULES_2026(2, 2);

    private final int maxCriterionLevel;
    private final int maxSchoolLevel;

    RuleSet(int maxCriterionLevel, int maxSchoolLevel) {
        this.maxCriterionLevel = maxCriterionLevel;
        this.maxSchoolLevel = maxSchoolLevel;
    }

    /** @return the highest level a single criterion can reach (3 or 2) */
    public int maxCriterionLevel() {
        return maxCriterionLevel;
    }

    /** @return the highest level a school can reach (4 or 2) */
    public int maxSchoolLevel() {
        return maxSchoolLevel;
    }
}
