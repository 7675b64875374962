package vn.edu.caitien.catalogue.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionOutcome;
import vn.edu.caitien.catalogue.api.Indicator;
import vn.edu.caitien.catalogue.api.IndicatorResult;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.LevelRules;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.api.SchoolOutcome;
import vn.edu.caitien.catalogue.api.Shortfall;

/** The level rules of domain notes §1.5 (2018) and §1.7 (TT 57). Stateless. */
@Component(service = LevelRules.class)
public final class LevelRulesImpl implements LevelRules {

    @Override
    public CriterionOutcome fromIndicators(Criterion criterion, RuleSet ruleSet,
                                           Collection<IndicatorResult> results) {
        Objects.requireNonNull(criterion, "criterion");
        if (criterion.indicators().isEmpty()) {
            throw new IllegalArgumentException("no indicators known for " + criterion.key());
        }
        Set<String> met = new HashSet<>();
        for (IndicatorResult r : results) {
            if (r.met()) {
                met.add(r.level() + r.letter());
            }
        }
        int max = ruleSet.maxCriterionLevel();
        int level = 0;
        boolean carried = false;
        List<String> unmet = List.of();
        for (int n = 1; n <= max; n++) {
            List<String> missing = new ArrayList<>();
            for (Indicator i : criterion.indicators()) {
                if (i.level() == n && !met.contains(i.label())) {
                    missing.add(i.label());
                }
            }
            if (!missing.isEmpty()) {
                unmet = missing;
                break;
            }
            // A level without requirements is reached with the level below (never Mức 1 on its own).
            carried = criterion.indicatorCount(n) == 0;
            if (carried && n == 1) {
                break;
            }
            level = n;
        }
        return new CriterionOutcome(criterion.key(), criterion.title(), criterion.mandatory(), level,
                carried && level > 0, unmet);
    }

    @Override
    public CriterionOutcome fromLevel(Criterion criterion, RuleSet ruleSet, int assessedLevel) {
        Objects.requireNonNull(criterion, "criterion");
        int max = ruleSet.maxCriterionLevel();
        if (assessedLevel < 0 || assessedLevel > max) {
            throw new IllegalArgumentException("level " + assessedLevel + " outside 0.." + max);
        }
        int level = assessedLevel;
        boolean carried = false;
        while (level >= 1 && level < max && !criterion.indicators().isEmpty()
                && criterion.indicatorCount(level + 1) == 0) {
            level++;
            carried = true;
        }
        return new CriterionOutcome(criterion.key(), criterion.title(), criterion.mandatory(), level, carried,
                List.of());
    }

    @Override
    public SchoolOutcome school(RuleSet ruleSet, List<CriterionOutcome> criteria, List<Level4Item> level4Items,
                                List<Boolean> level4Met, boolean conditionsMet) {
        if (criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException("no criterion results");
        }
        return ruleSet == RuleSet.RULES_2018
                ? school2018(criteria, level4Items, level4Met, conditionsMet)
                : school2026(criteria, conditionsMet);
    }

    private static SchoolOutcome school2018(List<CriterionOutcome> criteria, List<Level4Item> items,
                                            List<Boolean> met, boolean conditionsMet) {
        int level = criteria.stream().mapToInt(CriterionOutcome::level).min().orElse(0);
        boolean allItemsMet = !items.isEmpty() && met.size() == items.size()
                && met.stream().allMatch(Boolean.TRUE::equals);
        if (level == 3 && allItemsMet) {
            level = 4;
        }
        List<Shortfall> back = new ArrayList<>();
        int next = level < 4 ? level + 1 : 0;
        if (next >= 1 && next <= 3) {
            for (CriterionOutcome c : criteria) {
                if (c.level() < next) {
                    back.add(new Shortfall(Shortfall.Kind.CRITERION_BELOW_LEVEL, c.key(), c.key().code(), c.title(),
                            c.level(), next, c.unmetIndicators()));
                }
            }
        } else if (next == 4) {
            for (int i = 0; i < items.size(); i++) {
                if (i >= met.size() || !Boolean.TRUE.equals(met.get(i))) {
                    Level4Item item = items.get(i);
                    back.add(new Shortfall(Shortfall.Kind.LEVEL4_ITEM_NOT_MET, null, item.code(), item.summary(),
                            0, 4, List.of()));
                }
            }
        }
        int accreditation = conditionsMet ? level : 0;
        int national = !conditionsMet ? 0 : level >= 3 ? 2 : level == 2 ? 1 : 0;
        return new SchoolOutcome(RuleSet.RULES_2018, level, accreditation, national, next, 0, back, conditionsMet);
    }

    private static SchoolOutcome school2026(List<CriterionOutcome> criteria, boolean conditionsMet) {
        int level = 0;
        for (int n = 2; n >= 1; n--) {
            if (reaches2026(criteria, n)) {
                level = n;
                break;
            }
        }
        int next = level < 2 ? level + 1 : 0;
        List<Shortfall> back = new ArrayList<>();
        int optionalMissing = 0;
        if (next > 0) {
            List<CriterionOutcome> others = criteria.stream().filter(c -> !c.mandatory()).toList();
            long othersAt = others.stream().filter(c -> c.level() >= next).count();
            optionalMissing = (int) Math.max(0, requiredOthers(others.size()) - othersAt);
            for (CriterionOutcome c : criteria) {
                if (c.mandatory() && c.level() < next) {
                    back.add(shortfall(Shortfall.Kind.MANDATORY_BELOW_LEVEL, c, next));
                } else if (next == 2 && c.level() < 1) {
                    back.add(shortfall(Shortfall.Kind.BELOW_MINIMUM, c, 1));
                } else if (!c.mandatory() && optionalMissing > 0 && c.level() < next) {
                    back.add(shortfall(Shortfall.Kind.OPTIONAL_BELOW_LEVEL, c, next));
                }
            }
        }
        int national = conditionsMet ? level : 0;
        return new SchoolOutcome(RuleSet.RULES_2026, level, null, national, next, optionalMissing, back,
                conditionsMet);
    }

    private static Shortfall shortfall(Shortfall.Kind kind, CriterionOutcome c, int required) {
        return new Shortfall(kind, c.key(), c.key().code(), c.title(), c.level(), required, c.unmetIndicators());
    }

    /** Five of the others, or all of them when an appendix has fewer than five. */
    private static int requiredOthers(int others) {
        return Math.min(TT57_MIN_OTHER_CRITERIA, others);
    }

    private static boolean reaches2026(List<CriterionOutcome> criteria, int n) {
        boolean mandatoryOk = criteria.stream().filter(CriterionOutcome::mandatory).allMatch(c -> c.level() >= n);
        List<CriterionOutcome> others = criteria.stream().filter(c -> !c.mandatory()).toList();
        long othersAt = others.stream().filter(c -> c.level() >= n).count();
        boolean noneBelowOne = n < 2 || criteria.stream().allMatch(c -> c.level() >= 1);
        return mandatoryOk && othersAt >= requiredOthers(others.size()) && noneBelowOne;
    }
}
