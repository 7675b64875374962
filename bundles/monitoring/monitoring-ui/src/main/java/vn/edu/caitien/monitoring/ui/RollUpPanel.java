package vn.edu.caitien.monitoring.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
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
import vn.edu.caitien.monitoring.api.CriterionRollUp;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.RollUp;
import vn.edu.caitien.monitoring.api.SchoolRollUp;
import vn.edu.caitien.monitoring.ui.SvgChart.Bar;
import vn.edu.caitien.monitoring.ui.SvgChart.Series;
import vn.edu.caitien.monitoring.ui.SvgChart.Stack;
import vn.edu.caitien.monitoring.ui.SvgChart.Tone;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * A supervising body's overview of its schools for a school year: each school's status (a stacked bar and a row),
 * per criterion how many schools are behind ("2 trường chậm ở tiêu chí 2.3"), and drill-downs to a school's progress
 * and to the late actions of a criterion, each opening the action in its school's plan. Rows hold no components
 * between requests (a province has thousands of schools): their buttons post a value that the form reads.
 */
public class RollUpPanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids and posted parameters, for tests. */
    public static final String CONTENT = "content";
    public static final String FILTER = "filter";
    public static final String TABLES = "tables";
    public static final String SCHOOLS = "schools";
    public static final String CRITERIA = "criteria";
    public static final String BEHIND = "behind";
    public static final String SCHOOLS_CHART = "schoolsChart";
    public static final String CRITERIA_CHART = "criteriaChart";
    /** Posted by a school's button: its plan id. */
    public static final String OPEN_PLAN = "openPlan";
    /** Posted by a criterion's button: its code. */
    public static final String OPEN_CRITERION = "openCriterion";
    /** Posted by a late action's button: {@code planId:actionKey}. */
    public static final String OPEN_ACTION = "openAction";

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final PortalContext context;
    private final IModel<String> bodyId;
    private final IModel<Integer> year;
    private final IModel<String> criterion = Model.of((String) null);

    public RollUpPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
        List<String> bodies = context.user().bodyIds();
        this.bodyId = Model.of(bodies.isEmpty() ? null : bodies.get(0));
        this.year = Model.of(DueRules.schoolYearStart(LocalDate.now()));
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback"));
        List<String> bodies = context.user().bodyIds();
        add(new WebMarkupContainer("notBody").setVisible(bodies.isEmpty()));
        WebMarkupContainer content = new WebMarkupContainer(CONTENT);
        content.setVisible(!bodies.isEmpty());
        add(content);

        Form<Void> filter = new Form<>(FILTER);
        content.add(filter);
        ServiceRef<SchoolDirectory> directory = ServiceRef.of(SchoolDirectory.class);
        filter.add(new DropDownChoice<>("body", bodyId, bodies, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String id) {
                return directory.find().flatMap(d -> d.body(id)).map(SupervisingBody::name).orElse(id);
            }

            @Override
            public String getIdValue(String id, int index) {
                return id;
            }
        }).setRequired(true)
                .setVisible(bodies.size() > 1));
        int now = DueRules.schoolYearStart(LocalDate.now());
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 4; y--) {
            years.add(y);
        }
        filter.add(new DropDownChoice<>("year", year, years, new ChoiceRenderer<>() {
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
        filter.add(new Button("show") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                criterion.setObject(null);
            }
        });

        IModel<RollUp> rollUp = load(() -> {
            if (bodyId.getObject() == null) {
                return null;
            }
            try {
                return monitoring.get().rollUp(context.user(), bodyId.getObject(), year.getObject());
            } catch (MonitoringNotFoundException e) {
                return null;
            }
        });
        content.add(new Label("summary", () -> rollUp.getObject() == null ? ""
                : Ui.message(this, "summary", List.of(DueRules.schoolYearLabel(year.getObject()),
                        String.valueOf(rollUp.getObject().schools().size()),
                        String.valueOf(rollUp.getObject().totals().actions()),
                        String.valueOf(rollUp.getObject().totals().done()),
                        String.valueOf(rollUp.getObject().totals().overdue()),
                        String.valueOf(rollUp.getObject().totals().percent()),
                        Formats.date(rollUp.getObject().asOf())))));
        content.add(SchoolDashboardPanel.svg(SCHOOLS_CHART, () -> rollUp.getObject() == null ? ""
                : schoolsChart(rollUp.getObject())));
        content.add(SchoolDashboardPanel.svg(CRITERIA_CHART, () -> rollUp.getObject() == null ? ""
                : criteriaChart(rollUp.getObject())));

        Form<Void> tables = new Form<>(TABLES) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                open();
            }
        };
        content.add(tables);
        // Vietnamese alphabetical order whatever the service's database collation.
        IModel<List<SchoolRollUp>> schools = rollUp.map(r -> r == null ? List.<SchoolRollUp>of() : r.schools().stream()
                .sorted(java.util.Comparator.comparing(SchoolRollUp::schoolName, Formats.vietnamese())).toList());
        tables.add(new TransientListView<>(SCHOOLS, schools) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SchoolRollUp> item) {
                SchoolRollUp s = item.getModelObject();
                item.add(new Label("name", s.schoolName()));
                item.add(new Label("plan", s.planStatus() == null ? getString("plan.none")
                        : getString("planStatus." + s.planStatus(), null, s.planStatus())));
                item.add(new Label("actions", s.totals().actions()));
                item.add(new Label("done", s.totals().done()));
                item.add(new Label("overdue", s.totals().overdue()));
                item.add(new Label("percent", Formats.percent(s.totals().percent())));
                item.add(new Label("closed", s.closed() ? getString("closed.yes") : ""));
                item.add(new WebMarkupContainer("open").add(AttributeModifier.replace("name", OPEN_PLAN))
                        .add(AttributeModifier.replace("value", String.valueOf(s.planId())))
                        .setVisible(s.planId() != null));
                if (s.totals().overdue() > 0) {
                    item.add(AttributeModifier.replace("class", "portal-warning"));
                }
            }
        });
        IModel<List<CriterionRollUp>> criteria = rollUp.map(r -> r == null ? List.<CriterionRollUp>of() : r.criteria());
        tables.add(new TransientListView<>(CRITERIA, criteria) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CriterionRollUp> item) {
                CriterionRollUp c = item.getModelObject();
                item.add(new Label("criterion", c.criterionCode()));
                item.add(new Label("behind", Ui.message(RollUpPanel.this, "criterion.behind",
                        List.of(String.valueOf(c.schoolsBehind()), String.valueOf(c.schools()), c.criterionCode()))));
                item.add(new Label("actions", c.actions()));
                item.add(new Label("overdue", c.overdue()));
                item.add(new Label("done", c.done()));
                item.add(new WebMarkupContainer("open").add(AttributeModifier.replace("name", OPEN_CRITERION))
                        .add(AttributeModifier.replace("value", c.criterionCode()))
                        .setVisible(c.schoolsBehind() > 0));
            }
        });
        IModel<List<ActionProgress>> behind = load(() -> criterion.getObject() == null
                || bodyId.getObject() == null ? List.of()
                : monitoring.get().behind(context.user(), bodyId.getObject(), year.getObject(), criterion.getObject()));
        WebMarkupContainer behindBox = new WebMarkupContainer("behindBox") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(criterion.getObject() != null);
            }
        };
        tables.add(behindBox);
        behindBox.add(new Label("behindHeading", () -> Ui.message(this, "behind.heading",
                List.of(String.valueOf(criterion.getObject())))));
        behindBox.add(new TransientListView<>(BEHIND, behind) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActionProgress> item) {
                ActionProgress a = item.getModelObject();
                Map<String, String> names = schools.getObject().stream()
                        .collect(Collectors.toMap(SchoolRollUp::schoolId, SchoolRollUp::schoolName, (x, y) -> x));
                item.add(new Label("school", names.getOrDefault(a.schoolId(), a.schoolId())));
                item.add(new Label("description", a.description()));
                item.add(new Label("due", Formats.date(a.dueDate())));
                item.add(new Label("status", getString("status." + a.status().name())));
                item.add(new Label("dueState", getString("due." + a.dueState().name())));
                item.add(new WebMarkupContainer("open").add(AttributeModifier.replace("name", OPEN_ACTION))
                        .add(AttributeModifier.replace("value", a.planId() + ":" + a.actionKey())));
            }
        });
    }

    /** Reads which button of the tables was pressed and opens it. */
    private void open() {
        var params = getRequest().getPostParameters();
        String plan = params.getParameterValue(OPEN_PLAN).toOptionalString();
        String code = params.getParameterValue(OPEN_CRITERION).toOptionalString();
        String action = params.getParameterValue(OPEN_ACTION).toOptionalString();
        try {
            if (plan != null) {
                replaceWith(new PlanProgressPanel(getId(), context, Long.valueOf(plan), null));
            } else if (action != null && action.contains(":")) {
                int colon = action.indexOf(':');
                replaceWith(new PlanProgressPanel(getId(), context, Long.valueOf(action.substring(0, colon)),
                        action.substring(colon + 1)));
            } else if (code != null) {
                criterion.setObject(code);
            }
        } catch (NumberFormatException e) {
            error(getString("monitoring.notFound"));
        }
    }

    private String schoolsChart(RollUp r) {
        List<Series> series = List.of(new Series(getString("status.DONE"), Tone.DONE),
                new Series(getString("series.inProgress"), Tone.PROGRESS),
                new Series(getString("status.NOT_STARTED"), Tone.NOT_STARTED),
                new Series(getString("status.CANCELLED"), Tone.CANCELLED));
        List<Stack> rows = new ArrayList<>();
        for (SchoolRollUp s : r.schools().stream()
                .sorted(java.util.Comparator.comparing(SchoolRollUp::schoolName, Formats.vietnamese())).toList()) {
            rows.add(new Stack(s.schoolName(), List.of(s.totals().done(), s.totals().inProgress(),
                    s.totals().notStarted(), s.totals().cancelled()), Ui.message(this, "chart.schoolText",
                    List.of(String.valueOf(s.totals().percent()), String.valueOf(s.totals().overdue())))));
        }
        return SvgChart.stackedBars(Ui.message(this, "chart.schools",
                List.of(DueRules.schoolYearLabel(r.schoolYearStart()))), series, rows);
    }

    private String criteriaChart(RollUp r) {
        Function<CriterionRollUp, Tone> tone = c -> c.schoolsBehind() > 0 ? Tone.LATE : Tone.DONE;
        List<Bar> bars = new ArrayList<>();
        int max = r.criteria().stream().mapToInt(CriterionRollUp::schools).max().orElse(0);
        for (CriterionRollUp c : r.criteria()) {
            bars.add(new Bar(Ui.message(this, "criterion", List.of(c.criterionCode())), c.schoolsBehind(),
                    Ui.message(this, "chart.behindText", List.of(String.valueOf(c.schoolsBehind()),
                            String.valueOf(c.schools()))), tone.apply(c)));
        }
        return SvgChart.horizontalBars(getString("chart.criteria"), Math.max(max, 1), bars);
    }
}
