package vn.edu.caitien.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanComment;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanTotals;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * A plan as the printed document (Nghị định 30 header, sections, the table grouped by target level and standard,
 * totals, recipients, signer). Read-only; supervising bodies may comment on actions of a published plan.
 */
public class PlanDocumentPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String LINES = "lines";
    public static final String COMMENT_FORM = "commentForm";

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final PortalContext context;
    private final long planId;

    /**
     * @param context the user and the current school
     * @param planId  the plan to show
     */
    public PlanDocumentPanel(String id, PortalContext context, long planId) {
        super(id);
        this.context = context;
        this.planId = planId;
    }

    /** One printed line of the table: a group heading (target level, standard) or an action of a criterion. */
    record Line(Integer group, Integer standard, PlanRow row, PlanAction action, boolean firstOfRow, int number)
            implements java.io.Serializable {
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        IModel<PlanDocument> plan = LoadableDetachableModel.of(() -> plans.get().plan(context.user(), planId)
                .orElseThrow(() -> new PlanNotFoundException(planId)));
        add(new Link<Void>("back") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                PlanDocumentPanel.this.replaceWith(new PlanListPanel(PlanDocumentPanel.this.getId(), context));
            }
        });
        add(new FeedbackPanel("feedback"));
        add(new Label("parentBody", plan.map(p -> p.getHeader().getParentBody())));
        add(new Label("issuingBody", plan.map(p -> p.getHeader().getIssuingBody())));
        add(new Label("number", plan.map(p -> DocumentNumbers.format(p.getHeader().getNumber(), p.getHeader().getSymbol()))));
        add(new Label("placeDate", plan.map(p -> p.getHeader().getPlace()
                + (p.getHeader().getDate() == null ? "" : ", " + Formats.date(p.getHeader().getDate())))));
        add(new Label("title", plan.map(p -> p.getHeader().getTitle())));
        add(new ListView<>("purposes", plan.map(PlanDocument::getPurposes)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("text", item.getModel()));
            }
        });
        add(new ListView<>("bases", plan.map(PlanDocument::getLegalBases)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<vn.edu.caitien.plan.api.LegalBasis> item) {
                item.add(new Label("text", item.getModelObject().getText()));
            }
        });
        add(new ListView<>(LINES, plan.map(PlanDocumentPanel::lines)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Line> item) {
                Line l = item.getModelObject();
                WebMarkupContainer group = new WebMarkupContainer("group");
                group.setVisible(l.group() != null || l.standard() != null);
                group.add(new Label("groupText", l.group() != null ? getString("plan.group") + " " + l.group()
                        : l.standard() != null ? getString("plan.standard") + " " + l.standard() : ""));
                item.add(group);
                WebMarkupContainer action = new WebMarkupContainer("action");
                action.setVisible(l.row() != null);
                item.add(action);
                PlanRow r = l.row();
                PlanAction a = l.action();
                action.add(new Label("tt", l.firstOfRow() ? String.valueOf(l.number()) : ""));
                action.add(new Label("criterion", r == null || !l.firstOfRow() ? ""
                        : getString("plan.criterion") + " " + r.getCriterionCode() + " " + r.getCriterionTitle()));
                action.add(new Label("target", r == null || !l.firstOfRow() ? ""
                        : Labels.target(this, r.getTargetLevel(), r.getTargetText())));
                action.add(new Label("description", a == null ? "" : a.getDescription()));
                action.add(new Label("lead", a == null ? "" : a.getLeadText()
                        + (a.getPartners().isBlank() ? "" : "; " + a.getPartners())));
                action.add(new Label("time", a == null ? "" : a.getTimeText()));
                action.add(new Label("budget", a == null ? "" : a.getBudgetText()));
                action.add(new Label("support", a == null ? "" : a.getSupport()));
                action.add(new Label("notes", a == null ? "" : a.getNotes()));
            }
        });
        IModel<PlanTotals> totals = plan.map(PlanTotals::of);
        add(new Label("total", totals.map(t -> Formats.money(t.total()))));
        add(new ListView<>("bySource", totals.map(t -> new ArrayList<>(t.bySource().entrySet()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Map.Entry<vn.edu.caitien.plan.api.FundingSource, Long>> item) {
                item.add(new Label("source", getString("source." + item.getModelObject().getKey().name())));
                item.add(new Label("amount", Formats.money(item.getModelObject().getValue())));
            }
        });
        add(new ListView<>("recipients", plan.map(p -> p.getHeader().getRecipients())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Recipient> item) {
                Recipient r = item.getModelObject();
                item.add(new Label("text", "- " + r.getName() + (r.getPurpose().isBlank() ? "" : " " + r.getPurpose()) + ";"));
            }
        });
        add(new Label("archive", plan.map(p -> "- " + getString("plan.archive") + " " + p.getHeader().getArchive() + ".")));
        add(new Label("authority", plan.map(p -> (p.getHeader().getSignerAuthority() + " "
                + p.getHeader().getSignerAuthorityTitle()).strip())));
        add(new Label("signerTitle", plan.map(p -> p.getHeader().getSignerTitle())));
        add(new Label("signerName", plan.map(p -> p.getHeader().getSignerName())));
        add(new ListView<>("comments", LoadableDetachableModel.of(() -> plans.get().comments(context.user(), planId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanComment> item) {
                item.add(new Label("author", item.getModelObject().authorName()));
                item.add(new Label("text", item.getModelObject().text()));
            }
        });
        commentForm(plan);
    }

    private void commentForm(IModel<PlanDocument> plan) {
        IModel<String> actionKey = Model.of("");
        IModel<String> text = Model.of("");
        Form<Void> form = new Form<>(COMMENT_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(PlanService.COMMENT));
            }
        };
        form.add(new DropDownChoice<>("action", actionKey, plan.map(p -> p.actions().stream().map(PlanAction::getKey).toList()),
                new org.apache.wicket.markup.html.form.ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String key) {
                        return plan.getObject().actions().stream().filter(a -> a.getKey().equals(key)).findFirst()
                                .map(PlanAction::getDescription).orElse(key);
                    }
                }).setNullValid(true));
        form.add(new TextArea<>("text", text).setRequired(true));
        form.add(new Button("send") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                plans.get().comment(context.user(), planId, actionKey.getObject(), text.getObject());
                text.setObject("");
                success(getString("commented"));
            }
        });
        add(form);
    }

    /** The table lines: a heading at each change of target level and of standard, then one line per action. */
    static List<Line> lines(PlanDocument plan) {
        List<Line> lines = new ArrayList<>();
        Integer group = -1;
        int standard = -1;
        int number = 0;
        for (PlanRow row : plan.getRows()) {
            Integer g = row.getTargetLevel();
            if (!java.util.Objects.equals(g, group)) {
                group = g;
                standard = -1;
                if (g != null) {
                    lines.add(new Line(g, null, null, null, false, 0));
                }
            }
            if (row.getStandardNo() != standard) {
                standard = row.getStandardNo();
                number = 0;
                lines.add(new Line(null, standard, null, null, false, 0));
            }
            number++;
            List<PlanAction> actions = row.getActions().isEmpty() ? java.util.Collections.singletonList(null) : row.getActions();
            boolean first = true;
            for (PlanAction a : actions) {
                lines.add(new Line(null, null, row, a, first, number));
                first = false;
            }
        }
        return lines;
    }
}
