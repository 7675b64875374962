package vn.edu.caitien.plan.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.wicket.util.string.Strings;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanRow;

/**
 * Writes the read-only lines of the editor's plan table as markup: a criterion row or one action per line, in the
 * columns of the plan's form (2018 nine columns or TT 57 Biểu 2), the parsed dates and amounts, the issues of the line
 * and its buttons, which post {@link PlanEditorPanel#OP}. Every text of the plan is escaped.
 *
 * <p>One component writes all lines (see {@code PlanEditorPanel.LinesMarkup}): as Wicket components, each line was a
 * fragment with about twenty labels, lists and buttons, built, rendered and thrown away at every request.
 */
final class TableLinesWriter {

    /** The translated words of the lines, looked up once per render. */
    record Words(String edit, String up, String down, String removeRow, String addAction, String removeAction,
                 String carried, String targetLevel) {
    }

    /** An issue of a line: its severity's css class and its message. */
    record Issue(String cssClass, String text) {
    }

    private final StringBuilder out;
    private final Words words;
    private final boolean bieu2;
    private final boolean canEditPlan;
    private final Predicate<PlanAction> canEditAction;
    private final String openActionKey;
    private final Map<String, List<Issue>> rowIssues;
    private final Map<String, List<Issue>> actionIssues;

    /**
     * @param openActionKey the key of the action open in the form below its line (its line is marked), or null
     * @param rowIssues     the issues by row key
     * @param actionIssues  the issues by action key
     */
    TableLinesWriter(StringBuilder out, Words words, boolean bieu2, boolean canEditPlan,
                     Predicate<PlanAction> canEditAction, String openActionKey, Map<String, List<Issue>> rowIssues,
                     Map<String, List<Issue>> actionIssues) {
        this.out = out;
        this.words = words;
        this.bieu2 = bieu2;
        this.canEditPlan = canEditPlan;
        this.canEditAction = canEditAction;
        this.openActionKey = openActionKey;
        this.rowIssues = rowIssues;
        this.actionIssues = actionIssues;
    }

    /** Writes a criterion row's line. */
    void row(int number, PlanRow row) {
        out.append("<tr class=\"plan-criterion\"><td>").append(number).append("</td><td><strong>");
        text(row.getCriterionCode()).append("</strong> <span>");
        text(row.getCriterionTitle()).append("</span>");
        if (bieu2) {
            out.append(" <div class=\"plan-current\">");
            text(row.getCurrentState()).append("</div></td><td>");
            text(row.getObjective()).append("</td><td colspan=\"8\">");
        } else {
            out.append("</td><td><span>");
            text(target(row)).append("</span> <div class=\"plan-current\">");
            text(row.getCurrentState()).append("</div></td><td colspan=\"7\">");
        }
        issues(rowIssues.get(row.getKey()));
        if (canEditPlan) {
            String key = row.getKey();
            out.append("<span>");
            button(PlanEditorPanel.EDIT_ROW, key, null, words.edit());
            button(PlanEditorPanel.ROW_UP, key, words.up(), "↑");
            button(PlanEditorPanel.ROW_DOWN, key, words.down(), "↓");
            button(PlanEditorPanel.REMOVE_ROW, key, null, words.removeRow());
            button(PlanEditorPanel.ADD_ACTION, key, null, words.addAction());
            out.append("</span>");
        }
        out.append("</td></tr>\n");
    }

    /** Writes an action's line. */
    void action(PlanAction a) {
        out.append(a.getKey().equals(openActionKey) ? "<tr class=\"plan-action plan-open\">" : "<tr class=\"plan-action\">")
                .append("<td></td><td></td><td></td><td>");
        if (a.isCarriedForward()) {
            out.append("<em>");
            text(words.carried()).append("</em> ");
        }
        out.append("<span>");
        text(a.getDescription()).append("</span>");
        if (!a.getAlsoServes().isBlank()) {
            out.append(" <div class=\"plan-serves\">");
            text(a.getAlsoServes()).append("</div>");
        }
        issues(actionIssues.get(a.getKey()));
        out.append("</td>");
        if (bieu2) {
            out.append("<td>");
            text(a.getResultIndicator()).append("</td>");
            time(a);
            lead(a);
            out.append("<td><span>");
            text(a.getBudgetText()).append("</span> <div class=\"plan-parsed\">");
            text(amount(a)).append("</div> <div>");
            text(a.getSupport()).append("</div></td><td>");
            text(a.getExpectedEvidence()).append("</td><td>");
            text(a.getDegreeOfImplementation()).append("</td>");
        } else {
            lead(a);
            time(a);
            out.append("<td><span>");
            text(a.getBudgetText()).append("</span> <div class=\"plan-parsed\">");
            text(amount(a)).append("</div></td><td>");
            text(a.getSupport()).append("</td><td>");
            text(a.getNotes()).append("</td>");
        }
        out.append("<td>");
        if (canEditAction.test(a)) {
            String key = a.getKey();
            button(PlanEditorPanel.EDIT_ACTION, key, null, words.edit());
            if (canEditPlan) {
                button(PlanEditorPanel.ACTION_UP, key, words.up(), "↑");
                button(PlanEditorPanel.ACTION_DOWN, key, words.down(), "↓");
                button(PlanEditorPanel.REMOVE_ACTION, key, null, words.removeAction());
            }
        }
        out.append("</td></tr>\n");
    }

    private void lead(PlanAction a) {
        out.append("<td><span>");
        text(a.getLeadText()).append("</span> <div>");
        text(a.getPartners()).append("</div></td>");
    }

    private void time(PlanAction a) {
        out.append("<td><span>");
        text(a.getTimeText()).append("</span> <div class=\"plan-parsed\">");
        if (a.getStart() != null) {
            out.append(Formats.date(a.getStart())).append(" – ")
                    .append(a.getEnd() == null ? "…" : Formats.date(a.getEnd())).append(a.isOpenEnded() ? " +" : "");
        }
        out.append("</div></td>");
    }

    private static String amount(PlanAction a) {
        return Formats.money(a.getAmount());
    }

    private String target(PlanRow row) {
        return Labels.target(words.targetLevel(), row.getTargetLevel(), row.getTargetText());
    }

    private void issues(List<Issue> found) {
        if (found == null) {
            return;
        }
        for (Issue i : found) {
            out.append("<ul class=\"").append(i.cssClass()).append("\"><li><span>");
            text(i.text()).append("</span></li></ul>");
        }
    }

    private void button(String verb, String key, String title, String label) {
        out.append("<button type=\"submit\" name=\"").append(PlanEditorPanel.OP).append("\" value=\"");
        text(PlanEditorPanel.op(verb, key)).append('"');
        if (title != null) {
            out.append(" title=\"");
            text(title).append('"');
        }
        out.append('>');
        text(label).append("</button>");
    }

    private StringBuilder text(String value) {
        return value == null ? out : out.append(Strings.escapeMarkup(value));
    }

    /** @return the css class of an issue of the given severity name: "portal-warning", "portal-error" */
    static String issueClass(Enum<?> severity) {
        return "portal-" + severity.name().toLowerCase(Locale.ROOT);
    }
}
