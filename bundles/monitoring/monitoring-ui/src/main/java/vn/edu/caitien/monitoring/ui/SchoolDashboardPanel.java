package vn.edu.caitien.monitoring.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.CriterionResult;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.PlanDashboard;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.api.SourceBudget;
import vn.edu.caitien.monitoring.ui.SvgChart.Bar;
import vn.edu.caitien.monitoring.ui.SvgChart.Group;
import vn.edu.caitien.monitoring.ui.SvgChart.Series;
import vn.edu.caitien.monitoring.ui.SvgChart.Span;
import vn.edu.caitien.monitoring.ui.SvgChart.Tone;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The school's dashboard for one plan: progress by standard and by criterion, the overdue actions, the budget
 * planned and spent by funding source, and a timeline of the actions across the school year (September to August).
 * Charts are inline SVG built on each render from the service's figures; the page keeps none of them.
 */
public class SchoolDashboardPanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String CONTENT = "content";
    public static final String STANDARDS = "standardsChart";
    public static final String CRITERIA = "criteriaChart";
    public static final String BUDGET = "budgetChart";
    public static final String TIMELINE = "timelineChart";
    public static final String OVERDUE = "overdue";

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final PortalContext context;
    private final IModel<Long> planId;

    public SchoolDashboardPanel(String id, PortalContext context) {
        this(id, context, null);
    }

    /** @param planId the plan to show, null for the school's current plan */
    public SchoolDashboardPanel(String id, PortalContext context, Long planId) {
        super(id);
        this.context = context;
        this.planId = Model.of(planId);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        IModel<List<PlanSummary>> plans = keep(Ui.plans(context));
        if (planId.getObject() == null) {
            planId.setObject(Ui.currentPlan(plans.getObject(), LocalDate.now()).orElse(null));
        }
        Form<Void> choose = new Form<>("choose");
        choose.add(Ui.planChoice("plan", this, plans, planId));
        choose.add(new Button("show"));
        // A plan opened from the roll-up may be another school's: no choice among this school's plans then.
        choose.setVisible(plans.getObject().stream().anyMatch(p -> planId.getObject() != null
                && p.id() == planId.getObject()));
        add(choose);

        IModel<PlanDashboard> dashboard = loadOfPlan(planId, id -> monitoring.get().dashboard(context.user(), id));
        WebMarkupContainer content = addContent(CONTENT, dashboard);
        content.add(new Label("summary", () -> summary(this, dashboard.getObject().totals(),
                dashboard.getObject().asOf())));
        content.add(svg(STANDARDS, () -> standardsChart(this, dashboard.getObject())));
        content.add(svg(CRITERIA, () -> criteriaChart(this, dashboard.getObject())));
        content.add(svg(BUDGET, () -> budgetChart(this, dashboard.getObject())));
        content.add(svg(TIMELINE, () -> timelineChart(this, dashboard.getObject())));
        IModel<List<ActionProgress>> overdue = dashboard.map(d -> d == null ? List.<ActionProgress>of() : d.overdue());
        content.add(new TransientListView<>(OVERDUE, overdue) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActionProgress> item) {
                ActionProgress a = item.getModelObject();
                item.add(new Label("criterion", a.criterionCode()));
                item.add(new Label("description", a.description()));
                item.add(new Label("lead", a.leadText()));
                item.add(new Label("due", Formats.date(a.dueDate())));
                item.add(new Label("late", ChronoUnit.DAYS.between(a.dueDate(), dashboard.getObject().asOf())));
                item.add(new Label("status", getString("status." + a.status().name())));
            }
        });
        content.add(new WebMarkupContainer("noOverdue") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(overdue.getObject().isEmpty());
            }
        });
    }

    /** A label that writes an SVG as markup; the SVG builder escapes every text it is given. */
    static Label svg(String id, IModel<String> svg) {
        Label label = new Label(id, svg);
        label.setEscapeModelStrings(false);
        return label;
    }

    static String summary(Component c, ProgressTotals t, LocalDate asOf) {
        return Ui.message(c, "summary", List.of(Formats.date(asOf), String.valueOf(t.actions()),
                String.valueOf(t.done()), String.valueOf(t.inProgress()), String.valueOf(t.notStarted()),
                String.valueOf(t.overdue()), String.valueOf(t.percent()), Formats.money(t.planned()),
                Formats.money(t.spent())));
    }

    static Tone tone(ProgressTotals t) {
        if (t.overdue() > 0) {
            return Tone.LATE;
        }
        if (t.actions() > 0 && t.done() + t.cancelled() == t.actions()) {
            return Tone.DONE;
        }
        return t.inProgress() > 0 || t.done() > 0 ? Tone.PROGRESS : Tone.NOT_STARTED;
    }

    private static String barText(Component c, ProgressTotals t) {
        return Ui.message(c, "chart.barText", List.of(String.valueOf(t.percent()), String.valueOf(t.done()),
                String.valueOf(t.actions())));
    }

    static String standardsChart(Component c, PlanDashboard d) {
        List<Bar> bars = new ArrayList<>();
        for (CriterionResult s : d.standards()) {
            bars.add(new Bar(Ui.message(c, "standard", List.of(String.valueOf(s.standardNo()))), s.totals().percent(),
                    barText(c, s.totals()), tone(s.totals())));
        }
        return SvgChart.horizontalBars(c.getString("chart.standards"), 100, bars);
    }

    static String criteriaChart(Component c, PlanDashboard d) {
        List<Bar> bars = new ArrayList<>();
        for (CriterionResult s : d.criteria()) {
            bars.add(new Bar(Ui.message(c, "criterion", List.of(s.criterionCode())), s.totals().percent(),
                    barText(c, s.totals()), tone(s.totals())));
        }
        return SvgChart.horizontalBars(c.getString("chart.criteria"), 100, bars);
    }

    static String budgetChart(Component c, PlanDashboard d) {
        List<Group> groups = new ArrayList<>();
        for (SourceBudget b : d.budget()) {
            String label = b.mixed() ? c.getString("source.mixed")
                    : b.source() == null ? c.getString("source.none") : c.getString("source." + b.source().name());
            groups.add(new Group(label, List.of((double) b.planned(), (double) b.spent()),
                    List.of(Formats.money(b.planned()), Formats.money(b.spent()))));
        }
        return SvgChart.groupedBars(c.getString("chart.budget"), List.of(
                new Series(c.getString("series.planned"), Tone.PLANNED),
                new Series(c.getString("series.spent"), Tone.SPENT)), groups);
    }

    static String timelineChart(Component c, PlanDashboard d) {
        int year = DueRules.schoolYearStart(d.asOf());
        LocalDate yearStart = LocalDate.of(year, 9, 1);
        List<String> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(c.getString("month." + m));
        }
        List<Span> spans = new ArrayList<>();
        for (ActionProgress a : d.actions()) {
            Tone tone = a.dueState() == DueState.OVERDUE ? Tone.LATE
                    : a.status() == ActionStatus.DONE ? Tone.DONE
                    : a.status() == ActionStatus.CANCELLED ? Tone.CANCELLED
                    : a.status() == ActionStatus.NOT_STARTED ? Tone.PLANNED : Tone.PROGRESS;
            String label = a.criterionCode() + " " + a.description();
            spans.add(new Span(label, a.start(), a.end() == null ? a.dueDate() : a.end(), tone,
                    c.getString("status." + a.status().name()) + ", " + c.getString("due." + a.dueState().name())
                            + " " + Formats.date(a.dueDate())));
        }
        return SvgChart.timeline(Ui.message(c, "chart.timeline", List.of(DueRules.schoolYearLabel(year))), yearStart,
                months, spans, d.asOf());
    }
}
