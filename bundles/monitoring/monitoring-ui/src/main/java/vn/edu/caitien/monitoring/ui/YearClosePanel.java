package vn.edu.caitien.monitoring.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionResult;
import vn.edu.caitien.monitoring.api.CriterionResult;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.PlanDashboard;
import vn.edu.caitien.monitoring.api.YearClose;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The principal closes a school year of a plan (tổng kết năm học) in two steps: the results per action and per
 * criterion as they stand, then the confirmation. A closed year shows its frozen results and says it is read-only.
 */
public class YearClosePanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String CONTENT = "content";
    public static final String FORM = "form";
    public static final String PREVIEW = "preview";
    public static final String CONFIRM = "confirm";
    public static final String CANCEL = "cancel";
    public static final String RESULTS = "results";

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final PortalContext context;
    private final IModel<Long> planId = Model.of((Long) null);
    private final IModel<Integer> year = Model.of(DueRules.schoolYearStart(LocalDate.now()));
    private final IModel<Boolean> confirming = Model.of(false);

    public YearClosePanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback", m -> m.getReporter() == this));
        boolean allowed = context.can(MonitoringService.CLOSE);
        add(new WebMarkupContainer("denied").setVisible(!allowed));
        IModel<List<PlanSummary>> plans = keep(Ui.plans(context));
        planId.setObject(Ui.currentPlan(plans.getObject(), LocalDate.now()).orElse(null));
        WebMarkupContainer content = new WebMarkupContainer(CONTENT);
        content.setVisible(allowed && planId.getObject() != null);
        add(content);

        Form<Void> form = new Form<>(FORM);
        content.add(form);
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        form.add(Ui.planChoice("plan", this, plans, planId).setRequired(true));
        IModel<List<Integer>> years = load(() -> plans.getObject().stream()
                .filter(p -> planId.getObject() != null && p.id() == planId.getObject()).findFirst()
                .map(p -> {
                    List<Integer> list = new ArrayList<>();
                    for (int y = p.period().startYear(); y < p.period().endYear(); y++) {
                        list.add(y);
                    }
                    return list;
                }).orElse(List.of(year.getObject())));
        form.add(Ui.yearChoice("year", year, years, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Integer y) {
                return DueRules.schoolYearLabel(y);
            }

            @Override
            public String getIdValue(Integer y, int index) {
                return String.valueOf(y);
            }
        }).setRequired(true));

        IModel<List<YearClose>> closes = load(() -> {
            if (planId.getObject() == null) {
                return List.of();
            }
            try {
                return monitoring.get().yearCloses(context.user(), planId.getObject());
            } catch (PlanNotFoundException | MonitoringNotFoundException | AccessDeniedException e) {
                return List.of();
            }
        });
        IModel<YearClose> closed = load(() -> closes.getObject().stream()
                .filter(c -> c.schoolYearStart() == year.getObject()).findFirst().orElse(null));
        // The preview: the plan's figures as they stand today.
        IModel<PlanDashboard> current = load(() -> {
            if (planId.getObject() == null || closed.getObject() != null || !confirming.getObject()) {
                return null;
            }
            try {
                return monitoring.get().dashboard(context.user(), planId.getObject());
            } catch (PlanNotFoundException | MonitoringNotFoundException | AccessDeniedException e) {
                return null;
            }
        });
        // Rows: the frozen results of a closed year, or the figures of the preview.
        IModel<List<Row>> actionRows = load(() -> {
            YearClose c = closed.getObject();
            if (c != null) {
                return c.actions().stream().map(a -> Row.of(this, a)).toList();
            }
            PlanDashboard d = current.getObject();
            return d == null ? List.of() : d.actions().stream().map(a -> Row.of(this, a)).toList();
        });
        IModel<List<CriterionResult>> criterionRows = load(() -> Optional
                .ofNullable(closed.getObject()).map(YearClose::criteria)
                .or(() -> Optional.ofNullable(current.getObject()).map(PlanDashboard::criteria)).orElse(List.of()));
        // Everything loaded before a button changes the step is loaded again for the answer.
        Runnable reload = (Runnable & java.io.Serializable) () -> List.of(closes, closed, current, actionRows, criterionRows).forEach(IModel::detach);
        form.add(new Button(PREVIEW) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                confirming.setObject(true);
                reload.run();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(closed.getObject() == null && !confirming.getObject());
            }
        });
        form.add(new Button(CONFIRM) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    YearClose done = monitoring.get().closeYear(context.user(), planId.getObject(), year.getObject());
                    YearClosePanel.this.info(Ui.message(YearClosePanel.this, "closed.done",
                            List.of(DueRules.schoolYearLabel(done.schoolYearStart()))));
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                }
                confirming.setObject(false);
                reload.run();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(closed.getObject() == null && confirming.getObject());
            }
        });
        form.add(new Button(CANCEL) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                confirming.setObject(false);
                reload.run();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(confirming.getObject());
            }
        }.setDefaultFormProcessing(false));

        form.add(new Label("state", () -> {
            YearClose c = closed.getObject();
            if (c != null) {
                return Ui.message(this, "closed.readOnly", List.of(DueRules.schoolYearLabel(c.schoolYearStart()),
                        Formats.date(c.closedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()),
                        c.closedBy()));
            }
            return confirming.getObject()
                    ? Ui.message(this, "confirm.question", List.of(DueRules.schoolYearLabel(year.getObject())))
                    : Ui.message(this, "open", List.of(DueRules.schoolYearLabel(year.getObject())));
        }));

        WebMarkupContainer results = new WebMarkupContainer(RESULTS) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!actionRows.getObject().isEmpty() || !criterionRows.getObject().isEmpty());
            }
        };
        form.add(results);
        results.add(new TransientListView<>("actions", actionRows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Row> item) {
                Row r = item.getModelObject();
                item.add(new Label("criterion", r.criterion()));
                item.add(new Label("description", r.description()));
                item.add(new Label("status", r.status()));
                item.add(new Label("percent", Formats.percent(r.percent())));
                item.add(new Label("spent", Formats.money(r.spent())));
                item.add(new Label("carried", r.carried() ? getString("carried.yes") : ""));
            }
        });
        results.add(new TransientListView<>("criteria", criterionRows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CriterionResult> item) {
                CriterionResult c = item.getModelObject();
                item.add(new Label("criterion", c.criterionCode()));
                item.add(new Label("actions", c.totals().actions()));
                item.add(new Label("done", c.totals().done()));
                item.add(new Label("percent", Formats.percent(c.totals().percent())));
                item.add(new Label("result", getString(c.done() ? "criterion.done" : "criterion.open")));
            }
        });
    }

    /** A line of the results table, from a frozen result or from the current state. */
    record Row(String criterion, String description, String status, int percent, Long spent, boolean carried)
            implements java.io.Serializable {

        static Row of(YearClosePanel p, ActionResult a) {
            return new Row(a.criterionCode(), a.description(), p.getString("status." + a.status().name()),
                    a.percent(), a.spent(), !a.done() && a.status() != vn.edu.caitien.monitoring.api.ActionStatus.CANCELLED);
        }

        static Row of(YearClosePanel p, ActionProgress a) {
            return new Row(a.criterionCode(), a.description(), p.getString("status." + a.status().name()),
                    a.percent(), a.spent(), !a.status().closed());
        }
    }
}
