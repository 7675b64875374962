package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;

/**
 * A school's level under one rule set, with what holds it back from the next level.
 *
 * @param ruleSet               the rules applied
 * @param schoolLevel           Mức 0 (not met) to 4 (2018) or 2 (TT 57)
 * @param accreditationLevel    Cấp độ 0-4 (kiểm định chất lượng giáo dục) under 2018 rules; null under TT 57,
 *                              which has no accreditation levels
 * @param nationalStandardLevel Chuẩn quốc gia Mức độ 0-2; 0 when not met
 * @param nextLevel             the level the explanation is about (schoolLevel + 1), or 0 at the top
 * @param optionalMissing       TT 57: how many more non-mandatory criteria must reach {@code nextLevel}; else 0
 * @param holdingBack           what keeps the school from {@code nextLevel}; empty at the top
 * @param conditionsMet         whether the recognition conditions outside the criteria were declared met
 *                              (2018 Art. 34(1)(a); TT 57 khoản 1 Điều 16 (a), (b), (d))
 */
public record SchoolOutcome(RuleSet ruleSet, int schoolLevel, Integer accreditationLevel, int nationalStandardLevel,
                            int nextLevel, int optionalMissing, List<Shortfall> holdingBack, boolean conditionsMet)
        implements Serializable {

    /** Copies the list. */
    public SchoolOutcome {
        holdingBack = List.copyOf(holdingBack);
    }
}
