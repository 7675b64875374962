package vn.edu.caitien.catalogue.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionKey;
import vn.edu.caitien.catalogue.api.CriterionOutcome;
import vn.edu.caitien.catalogue.api.Indicator;
import vn.edu.caitien.catalogue.api.IndicatorResult;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.api.SchoolOutcome;
import vn.edu.caitien.catalogue.api.Shortfall;

/** The level rules against domain notes §1.5 (2018) and §1.7 (TT 57). */
class LevelRulesTest {

    private final LevelRulesImpl rules = new LevelRulesImpl();

    /** A 2018 criterion with the given indicator counts at Mức 1, 2 and 3. */
    private static Criterion criterion(String code, int l1, int l2, int l3) {
        List<Indicator> indicators = new ArrayList<>();
        int[] counts = {l1, l2, l3};
        for (int level = 1; level <= 3; level++) {
            for (int i = 0; i < counts[level - 1]; i++) {
                indicators.add(new Indicator(level, String.valueOf((char) ('a' + i)), null, null));
            }
        }
        return new Criterion(new CriterionKey("tt18-2018", "", code), 1, Integer.parseInt(code.split("\\.")[0]),
                "Tiêu chí " + code, false, null, indicators);
    }

    private static Criterion tt57(String code, boolean mandatory) {
        return new Criterion(new CriterionKey("tt57-2026", "II", code), 1, Integer.parseInt(code.split("\\.")[0]),
                "Tiêu chí " + code, mandatory, null, List.of());
    }

    private static List<IndicatorResult> met(String... labels) {
        List<IndicatorResult> results = new ArrayList<>();
        for (String label : labels) {
            results.add(new IndicatorResult(label.charAt(0) - '0', label.substring(1), true));
        }
        return results;
    }

    static Stream<Arguments> criterionCases() {
        return Stream.of(
                // criterion counts (l1,l2,l3), met indicators, expected level, carried, unmet
                Arguments.of(3, 2, 1, new String[] {}, 0, false, List.of("1a", "1b", "1c")),
                Arguments.of(3, 2, 1, new String[] {"1a", "1b"}, 0, false, List.of("1c")),
                Arguments.of(3, 2, 1, new String[] {"1a", "1b", "1c"}, 1, false, List.of("2a", "2b")),
                Arguments.of(3, 2, 1, new String[] {"1a", "1b", "1c", "2a", "2b"}, 2, false, List.of("3a")),
                Arguments.of(3, 2, 1, new String[] {"1a", "1b", "1c", "2a", "2b", "3a"}, 3, false, List.of()),
                // Mức 3 met but Mức 2 not: levels are cumulative.
                Arguments.of(3, 2, 1, new String[] {"1a", "1b", "1c", "2a", "3a"}, 1, false, List.of("2b")),
                // No Mức 3 requirement (e.g. TT18 1.2): Mức 2 carries to Mức 3.
                Arguments.of(3, 1, 0, new String[] {"1a", "1b", "1c", "2a"}, 3, true, List.of()),
                Arguments.of(3, 1, 0, new String[] {"1a", "1b", "1c"}, 1, false, List.of("2a")));
    }

    @ParameterizedTest
    @MethodSource("criterionCases")
    void criterionLevelFromIndicators(int l1, int l2, int l3, String[] metLabels, int level, boolean carried,
                                      List<String> unmet) {
        CriterionOutcome outcome = rules.fromIndicators(criterion("1.2", l1, l2, l3), RuleSet.RULES_2018,
                met(metLabels));
        assertThat(outcome.level()).isEqualTo(level);
        assertThat(outcome.carried()).isEqualTo(carried);
        assertThat(outcome.unmetIndicators()).isEqualTo(unmet);
    }

    @Test
    void perCriterionResultCarriesOverMissingRequirements() {
        assertThat(rules.fromLevel(criterion("1.7", 3, 1, 0), RuleSet.RULES_2018, 2).level()).isEqualTo(3);
        assertThat(rules.fromLevel(criterion("1.7", 3, 1, 0), RuleSet.RULES_2018, 1).level()).isEqualTo(1);
        assertThat(rules.fromLevel(criterion("1.1", 3, 1, 1), RuleSet.RULES_2018, 2).level()).isEqualTo(2);
        assertThat(rules.fromLevel(criterion("1.1", 3, 1, 1), RuleSet.RULES_2018, 0).level()).isZero();
        assertThatThrownBy(() -> rules.fromLevel(criterion("1.1", 3, 1, 1), RuleSet.RULES_2018, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.fromLevel(tt57("1.1", false), RuleSet.RULES_2026, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.fromIndicators(tt57("1.1", false), RuleSet.RULES_2026, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<CriterionOutcome> school2018(int... levels) {
        List<CriterionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            outcomes.add(rules.fromLevel(criterion("1." + (i + 1), 3, 2, 1), RuleSet.RULES_2018, levels[i]));
        }
        return outcomes;
    }

    private static final List<Level4Item> ITEMS = List.of(new Level4Item("Điều 22.1", "a"),
            new Level4Item("Điều 22.2", "b"), new Level4Item("Điều 22.3", "c"));

    static Stream<Arguments> schoolCases2018() {
        return Stream.of(
                // criterion levels, Mức 4 results, conditions, school, accreditation, national, next, held back
                Arguments.of(new int[] {0, 2, 3}, List.of(), true, 0, 0, 0, 1, List.of("1.1")),
                Arguments.of(new int[] {1, 2, 3}, List.of(), true, 1, 1, 0, 2, List.of("1.1")),
                Arguments.of(new int[] {2, 2, 3}, List.of(), true, 2, 2, 1, 3, List.of("1.1", "1.2")),
                Arguments.of(new int[] {3, 3, 3}, List.of(), true, 3, 3, 2, 4,
                        List.of("Điều 22.1", "Điều 22.2", "Điều 22.3")),
                Arguments.of(new int[] {3, 3, 3}, List.of(true, false, true), true, 3, 3, 2, 4, List.of("Điều 22.2")),
                // A school at Mức 4: all criteria at Mức 3 and every Điều 22 item met.
                Arguments.of(new int[] {3, 3, 3}, List.of(true, true, true), true, 4, 4, 2, 0, List.of()),
                // Recognition conditions not met (no completed cohort): level stands, no recognition.
                Arguments.of(new int[] {3, 3, 3}, List.of(true, true, true), false, 4, 0, 0, 0, List.of()));
    }

    @ParameterizedTest
    @MethodSource("schoolCases2018")
    void schoolLevelUnder2018Rules(int[] levels, List<Boolean> level4, boolean conditions, int school,
                                   int accreditation, int national, int next, List<String> heldBackBy) {
        SchoolOutcome outcome = rules.school(RuleSet.RULES_2018, school2018(levels), ITEMS, level4, conditions);
        assertThat(outcome.schoolLevel()).isEqualTo(school);
        assertThat(outcome.accreditationLevel()).isEqualTo(accreditation);
        assertThat(outcome.nationalStandardLevel()).isEqualTo(national);
        assertThat(outcome.nextLevel()).isEqualTo(next);
        assertThat(outcome.holdingBack()).extracting(Shortfall::code).isEqualTo(heldBackBy);
    }

    @Test
    void criterionWithoutMuc3RequirementDoesNotHoldASchoolBackFromMuc3() {
        List<CriterionOutcome> outcomes = new ArrayList<>(school2018(3, 3));
        outcomes.add(rules.fromIndicators(criterion("1.7", 3, 1, 0), RuleSet.RULES_2018,
                met("1a", "1b", "1c", "2a")));
        assertThat(rules.school(RuleSet.RULES_2018, outcomes, ITEMS, List.of(), true).schoolLevel()).isEqualTo(3);
    }

    /** The 15 TT 57 criteria; the 8 mandatory ones of §1.7 get {@code mandatoryLevel}, the 7 others as listed. */
    private List<CriterionOutcome> tt57School(int mandatoryLevel, int... otherLevels) {
        List<String> mandatory = List.of("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
        List<String> others = List.of("1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3");
        List<CriterionOutcome> outcomes = new ArrayList<>();
        mandatory.forEach(c -> outcomes.add(rules.fromLevel(tt57(c, true), RuleSet.RULES_2026, mandatoryLevel)));
        for (int i = 0; i < others.size(); i++) {
            outcomes.add(rules.fromLevel(tt57(others.get(i), false), RuleSet.RULES_2026, otherLevels[i]));
        }
        return outcomes;
    }

    static Stream<Arguments> schoolCases2026() {
        return Stream.of(
                // mandatory level, others, school level, optional missing, kinds holding back
                Arguments.of(2, new int[] {2, 2, 2, 2, 2, 2, 2}, 2, 0, List.of()),
                Arguments.of(2, new int[] {2, 2, 2, 2, 2, 1, 1}, 2, 0, List.of()),
                // 4 of 7 others at Mức 2: only Mức 1.
                Arguments.of(2, new int[] {2, 2, 2, 2, 1, 1, 1}, 1, 1, List.of(Shortfall.Kind.OPTIONAL_BELOW_LEVEL,
                        Shortfall.Kind.OPTIONAL_BELOW_LEVEL, Shortfall.Kind.OPTIONAL_BELOW_LEVEL)),
                // 5 of 7 at Mức 2 but one other below Mức 1: Mức 2 is refused.
                Arguments.of(2, new int[] {2, 2, 2, 2, 2, 1, 0}, 1, 0, List.of(Shortfall.Kind.BELOW_MINIMUM)),
                // 4 of 7 others at Mức 1 or better: not even Mức 1.
                Arguments.of(2, new int[] {1, 1, 1, 1, 0, 0, 0}, 0, 1, List.of(Shortfall.Kind.OPTIONAL_BELOW_LEVEL,
                        Shortfall.Kind.OPTIONAL_BELOW_LEVEL, Shortfall.Kind.OPTIONAL_BELOW_LEVEL)),
                // A mandatory criterion below Mức 2 keeps the school at Mức 1.
                Arguments.of(1, new int[] {2, 2, 2, 2, 2, 2, 2}, 1, 0,
                        Collections.nCopies(8, Shortfall.Kind.MANDATORY_BELOW_LEVEL)),
                Arguments.of(0, new int[] {2, 2, 2, 2, 2, 2, 2}, 0, 0,
                        Collections.nCopies(8, Shortfall.Kind.MANDATORY_BELOW_LEVEL)));
    }

    @ParameterizedTest
    @MethodSource("schoolCases2026")
    void schoolLevelUnderTt57Rules(int mandatoryLevel, int[] others, int school, int optionalMissing,
                                   List<Shortfall.Kind> kinds) {
        SchoolOutcome outcome = rules.school(RuleSet.RULES_2026, tt57School(mandatoryLevel, others), List.of(),
                List.of(), true);
        assertThat(outcome.schoolLevel()).isEqualTo(school);
        assertThat(outcome.accreditationLevel()).isNull();
        assertThat(outcome.nationalStandardLevel()).isEqualTo(school);
        assertThat(outcome.optionalMissing()).isEqualTo(optionalMissing);
        assertThat(outcome.holdingBack()).extracting(Shortfall::kind).isEqualTo(kinds);
    }

    @Test
    void tt57NationalStandardNeedsTheConditions() {
        SchoolOutcome outcome = rules.school(RuleSet.RULES_2026, tt57School(2, 2, 2, 2, 2, 2, 2, 2), List.of(),
                List.of(), false);
        assertThat(outcome.schoolLevel()).isEqualTo(2);
        assertThat(outcome.nationalStandardLevel()).isZero();
        assertThatThrownBy(() -> rules.school(RuleSet.RULES_2026, List.of(), List.of(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
