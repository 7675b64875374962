package vn.edu.caitien.plan.ui;

import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The current school's plans with their status; creates a plan, and opens in its place the table editor, the other
 * sections, the history or the printed view of a plan (each has a way back to the list).
 */
public class PlanListPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String PLANS = "plans";
    public static final String CREATE = "create";
    public static final String PERIOD = "period";
    public static final String EMPTY = "empty";
    /** Per plan: the table editor, the other sections, the history, the printed view. */
    public static final String EDIT = "edit";
    public static final String SECTIONS = "sections";
    public static final String HISTORY = "history";
    public static final String VIEW = "view";

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final PortalContext context;

    /** @param context the user and the current school */
    public PlanListPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback"));
        IModel<List<PlanSummary>> list = LoadableDetachableModel.of(() ->
                plans.get().plans(context.user(), context.requireSchool().id(), PlanQuery.ALL));
        add(new ListView<>(PLANS, list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanSummary> item) {
                PlanSummary p = item.getModelObject();
                long planId = p.id();
                item.add(new Label("number", p.documentNumber()));
                item.add(new Label("title", p.title()));
                item.add(new Label("period", Labels.period(this, p.period())));
                item.add(new Label("status", new ResourceModel("status." + p.status().name())));
                item.add(new Label("revision", p.revision()));
                item.add(new Label("actions", p.actionCount()));
                item.add(new Label("updated", p.updatedBy()));
                item.add(new Link<Void>(EDIT) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        PlanListPanel.this.replaceWith(new PlanEditorPanel(PlanListPanel.this.getId(), context, planId));
                    }

                    @Override
                    protected void onConfigure() {
                        super.onConfigure();
                        setVisible(context.can(PlanService.EDIT) || context.can(PlanService.VIEW));
                    }
                });
                item.add(new Link<Void>(SECTIONS) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        PlanListPanel.this.replaceWith(new PlanSectionsPanel(PlanListPanel.this.getId(), context, planId));
                    }
                });
                item.add(new Link<Void>(HISTORY) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        PlanListPanel.this.replaceWith(new PlanHistoryPanel(PlanListPanel.this.getId(), context, planId));
                    }
                });
                item.add(new Link<Void>(VIEW) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        PlanListPanel.this.replaceWith(new PlanDocumentPanel(PlanListPanel.this.getId(), context, planId));
                    }
                });
                item.add(new Link<Void>("copy") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        PlanDocument next;
                        try {
                            next = plans.get().copyToNextPeriod(context.user(), planId, p.period().next()).plan();
                        } catch (AccessDeniedException | PlanNotFoundException e) {
                            PlanListPanel.this.error(getString("plan.denied"));
                            return;
                        }
                        PlanListPanel.this.replaceWith(new PlanEditorPanel(PlanListPanel.this.getId(), context,
                                next.getId()));
                    }

                    @Override
                    protected void onConfigure() {
                        super.onConfigure();
                        setVisible(context.can(PlanService.EDIT));
                    }
                });
            }
        });
        add(new WebMarkupContainer(EMPTY) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(list.getObject().isEmpty());
            }
        });
        IModel<String> period = Model.of("");
        Form<Void> create = new Form<>(CREATE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(PlanService.EDIT));
            }
        };
        create.add(new TextField<>(PERIOD, period).setRequired(true)
                .setLabel(new ResourceModel("label.period")));
        create.add(new Button("submit") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                PlanPeriod parsed;
                try {
                    parsed = PlanPeriod.parse(period.getObject());
                } catch (IllegalArgumentException e) {
                    error(getString("error.period"));
                    return;
                }
                PlanDocument created;
                try {
                    created = plans.get().create(context.user(), context.requireSchool().id(), parsed, "");
                } catch (AccessDeniedException e) {
                    error(getString("plan.denied"));
                    return;
                }
                PlanListPanel.this.replaceWith(new PlanEditorPanel(PlanListPanel.this.getId(), context,
                        created.getId()));
            }
        });
        add(create);
    }
}
