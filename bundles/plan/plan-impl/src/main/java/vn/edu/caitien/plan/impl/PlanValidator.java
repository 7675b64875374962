package vn.edu.caitien.plan.impl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.LevelRules;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.Budget;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.TimeSpan;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.plan.api.ValidationIssue.Severity;
import vn.edu.caitien.plan.impl.text.BudgetParser;
import vn.edu.caitien.plan.impl.text.CriterionRefs;
import vn.edu.caitien.plan.impl.text.Responsibles;
import vn.edu.caitien.plan.impl.text.TimeParser;

/** The checks of {@link vn.edu.caitien.plan.api.PlanService#validate}; one instance per call. */
final class PlanValidator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<String, Criterion> criteria;
    private final RuleSet ruleSet;
    private final LevelRules levelRules;
    private final Predicate<PlanDocument> numberTaken;
    private final List<ValidationIssue> issues = new ArrayList<>();

    PlanValidator(Map<String, Criterion> criteria, RuleSet ruleSet, LevelRules levelRules,
                  Predicate<PlanDocument> numberTaken) {
        this.criteria = criteria;
        this.ruleSet = ruleSet;
        this.levelRules = levelRules;
        this.numberTaken = numberTaken;
    }

    List<ValidationIssue> validate(PlanDocument plan) {
        if (numberTaken.test(plan)) {
            add(Severity.ERROR, ValidationIssue.DUPLICATE_NUMBER, null, null, String.valueOf(plan.getHeader().getNumber()));
        }
        belowTargetHasActions(plan);
        PlanPeriod period = plan.getHeader().getPeriod();
        for (PlanRow row : plan.getRows()) {
            if (!criteria.isEmpty() && !criteria.containsKey(row.getCriterionCode())) {
                add(Severity.ERROR, ValidationIssue.UNKNOWN_CRITERION, row.getKey(), null, row.getCriterionCode());
            }
            if (row.getActions().isEmpty()) {
                add(Severity.ERROR, ValidationIssue.CRITERION_WITHOUT_ACTION, row.getKey(), null,
                        row.getCriterionCode(), String.valueOf(row.getTargetLevel() == null ? "" : row.getTargetLevel()));
            }
            for (PlanAction a : row.getActions()) {
                action(row, a, period);
            }
        }
        issues.sort(Comparator.comparing(ValidationIssue::severity));
        return List.copyOf(issues);
    }

    private void belowTargetHasActions(PlanDocument plan) {
        Integer target = plan.getTargetLevel();
        if (target == null || ruleSet == null) {
            return;
        }
        for (BaselineEntry e : plan.getBaseline()) {
            Criterion c = criteria.get(e.getCriterionCode());
            if (c == null || e.getLevel() == null) {
                continue;
            }
            int assessed = Math.min(Math.max(e.getLevel(), 0), ruleSet.maxCriterionLevel());
            if (levelRules.fromLevel(c, ruleSet, assessed).level() >= target) {
                continue;
            }
            boolean covered = plan.getRows().stream().anyMatch(r -> r.getCriterionCode().equals(c.code())
                    && !r.getActions().isEmpty())
                    || plan.actions().stream().anyMatch(a -> CriterionRefs.codes(a.getAlsoServes()).contains(c.code()));
            boolean hasRow = plan.getRows().stream().anyMatch(r -> r.getCriterionCode().equals(c.code()));
            if (!covered && !hasRow) {
                add(Severity.ERROR, ValidationIssue.CRITERION_WITHOUT_ACTION, null, null, c.code(), target.toString());
            }
        }
    }

    private void action(PlanRow row, PlanAction a, PlanPeriod period) {
        String rk = row.getKey();
        String ak = a.getKey();
        if (a.getDescription().isBlank()) {
            add(Severity.ERROR, ValidationIssue.NO_DESCRIPTION, rk, ak);
        }
        if (Responsibles.isNobody(a.getLeadText()) && a.getLeadUserId().isBlank()) {
            add(Severity.ERROR, ValidationIssue.NO_LEAD, rk, ak);
        }
        TimeSpan t = TimeParser.parse(a.getTimeText());
        if (!t.readable()) {
            add(Severity.WARNING, ValidationIssue.TIME_UNREADABLE, rk, ak, a.getTimeText());
        } else if (period != null) {
            if (t.start().isBefore(period.firstDay())) {
                add(Severity.WARNING, ValidationIssue.STARTS_BEFORE_PERIOD, rk, ak, t.start().format(DAY),
                        period.firstDay().format(DAY));
            }
            LocalDate end = t.end();
            if (t.openEnded() || end == null || end.isAfter(period.lastDay())) {
                add(Severity.WARNING, ValidationIssue.RUNS_BEYOND_PERIOD, rk, ak, end == null ? "" : end.format(DAY),
                        period.lastDay().format(DAY));
            }
        }
        if (!criteria.isEmpty()) {
            CriterionRefs.codes(a.getAlsoServes()).stream().filter(code -> !criteria.containsKey(code))
                    .forEach(code -> add(Severity.ERROR, ValidationIssue.UNKNOWN_CRITERION, rk, ak, code));
        }
        Budget b = BudgetParser.parse(a.getBudgetText());
        if (b.kind() == Budget.Kind.UNREADABLE) {
            add(Severity.WARNING, ValidationIssue.BUDGET_UNREADABLE, rk, ak, a.getBudgetText());
        }
    }

    private void add(Severity severity, String code, String rowKey, String actionKey, String... args) {
        issues.add(new ValidationIssue(severity, code, rowKey, actionKey, List.of(args)));
    }
}
