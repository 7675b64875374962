package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Budget totals of a plan in đồng. Only amounts read from budget texts count; an action with several funding
 * sources counts in each of them (the text does not say how the amount is split), so the per-source totals may add
 * up to more than {@link #total()}.
 *
 * @param total        the sum of all amounts
 * @param byCriterion  sums per criterion code, in table order
 * @param byStandard   sums per standard number, ascending
 * @param bySource     sums per funding source named with an amount
 * @param unreadable   how many budgets could not be read (not counted)
 */
public record PlanTotals(long total, Map<String, Long> byCriterion, Map<Integer, Long> byStandard,
                         Map<FundingSource, Long> bySource, int unreadable) implements Serializable {

    /** Copies the maps, keeping their order. */
    public PlanTotals {
        byCriterion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCriterion));
        byStandard = java.util.Collections.unmodifiableMap(new TreeMap<>(byStandard));
        bySource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
    }

    /**
     * Adds up the parsed amounts of a plan (the values the service filled on its last save).
     *
     * @param plan the plan
     * @return the totals
     */
    public static PlanTotals of(PlanDocument plan) {
        long total = 0;
        int unreadable = 0;
        Map<String, Long> byCriterion = new LinkedHashMap<>();
        Map<Integer, Long> byStandard = new TreeMap<>();
        Map<FundingSource, Long> bySource = new LinkedHashMap<>();
        for (PlanRow row : plan.getRows()) {
            for (PlanAction a : row.getActions()) {
                if (a.getAmount() == null) {
                    if (!a.getBudgetText().isBlank() && a.getSources().isEmpty() && !isNone(a.getBudgetText())) {
                        unreadable++;
                    }
                    continue;
                }
                long amount = a.getAmount();
                total += amount;
                byCriterion.merge(row.getCriterionCode(), amount, Long::sum);
                byStandard.merge(row.getStandardNo(), amount, Long::sum);
                List<FundingSource> sources = new ArrayList<>(a.getSources());
                for (FundingSource s : sources) {
                    bySource.merge(s, amount, Long::sum);
                }
            }
        }
        return new PlanTotals(total, byCriterion, byStandard, bySource, unreadable);
    }

    private static boolean isNone(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("không") || t.startsWith("chưa xác định");
    }
}
