package vn.edu.caitien.bench.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.markup.IMarkupResourceStreamProvider;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.util.resource.IResourceStream;
import org.apache.wicket.util.resource.StringResourceStream;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanRow;

/**
 * The bench's baseline: the editor's plan table (2018 form: the same lines, the same ten columns and the same texts
 * inside them) as plain Wicket labels, from a copy of the plan taken once. No forms, no buttons, no services, no
 * validation, no message lookups: what is left of the editor's render time above this is the editor's own overhead.
 */
final class BareTablePanel extends Panel implements IMarkupResourceStreamProvider {
    private static final long serialVersionUID = 1L;

    /** The texts of one table line, in the editor's cell order; a criterion line leaves the action cells empty. */
    record Cells(String number, String code, String criterionTitle, String target, String currentState,
                 String description, String alsoServes, String leadText, String partners, String timeText,
                 String timeParsed, String budgetText, String amount, String support, String notes)
            implements Serializable {
    }

    private static final String MARKUP = """
            <wicket:panel><table class="portal-table plan-table">
            <thead><tr><th>TT</th><th>Tiêu chuẩn, tiêu chí</th><th>Kết quả cần đạt (so với hiện trạng)</th>
            <th>Công việc/giải pháp cần thực hiện</th><th>Chủ trì và phối hợp thực hiện</th>
            <th>Thời gian thực hiện và hoàn thành</th><th>Dự kiến kinh phí</th><th>Điều kiện hỗ trợ khác</th>
            <th>Ghi chú</th><th></th></tr></thead>
            <tbody><tr wicket:id="lines">
            <td wicket:id="number"></td>
            <td><strong wicket:id="code"></strong> <span wicket:id="criterionTitle"></span></td>
            <td><span wicket:id="target"></span> <div wicket:id="currentState"></div></td>
            <td><span wicket:id="description"></span> <div wicket:id="alsoServes"></div></td>
            <td><span wicket:id="leadText"></span> <div wicket:id="partners"></div></td>
            <td><span wicket:id="timeText"></span> <div wicket:id="timeParsed"></div></td>
            <td><span wicket:id="budgetText"></span> <div wicket:id="amount"></div></td>
            <td wicket:id="support"></td>
            <td wicket:id="notes"></td>
            <td></td>
            </tr></tbody></table></wicket:panel>""";

    BareTablePanel(String id, List<Cells> lines) {
        super(id);
        add(new ListView<>("lines", lines) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Cells> item) {
                Cells c = item.getModelObject();
                item.add(new Label("number", c.number()), new Label("code", c.code()),
                        new Label("criterionTitle", c.criterionTitle()), new Label("target", c.target()),
                        new Label("currentState", c.currentState()), new Label("description", c.description()),
                        new Label("alsoServes", c.alsoServes()), new Label("leadText", c.leadText()),
                        new Label("partners", c.partners()), new Label("timeText", c.timeText()),
                        new Label("timeParsed", c.timeParsed()), new Label("budgetText", c.budgetText()),
                        new Label("amount", c.amount()), new Label("support", c.support()),
                        new Label("notes", c.notes()));
            }
        });
    }

    /** @return the plan's table lines as the editor shows them (dates and amounts formatted the same way) */
    static List<Cells> cells(PlanDocument plan) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.text.DecimalFormatSymbols dot = new java.text.DecimalFormatSymbols(Locale.ROOT);
        dot.setGroupingSeparator('.');
        java.text.DecimalFormat money = new java.text.DecimalFormat("#,##0", dot);
        List<Cells> out = new ArrayList<>();
        int n = 0;
        for (PlanRow row : plan.getRows()) {
            String target = (row.getTargetLevel() == null ? "" : "Đạt mức " + row.getTargetLevel())
                    + (row.getTargetText().isBlank() ? "" : ": " + row.getTargetText());
            out.add(new Cells(String.valueOf(++n), row.getCriterionCode(), row.getCriterionTitle(), target,
                    row.getCurrentState(), "", "", "", "", "", "", "", "", "", ""));
            for (PlanAction a : row.getActions()) {
                String parsed = a.getStart() == null ? "" : day.format(a.getStart()) + " – "
                        + (a.getEnd() == null ? "…" : day.format(a.getEnd())) + (a.isOpenEnded() ? " +" : "");
                out.add(new Cells("", "", "", "", "", a.getDescription(), a.getAlsoServes(), a.getLeadText(),
                        a.getPartners(), a.getTimeText(), parsed, a.getBudgetText(),
                        a.getAmount() == null ? "" : money.format(a.getAmount()) + " đ", a.getSupport(), a.getNotes()));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public IResourceStream getMarkupResourceStream(MarkupContainer container, Class<?> type) {
        return new StringResourceStream(MARKUP);
    }
}
