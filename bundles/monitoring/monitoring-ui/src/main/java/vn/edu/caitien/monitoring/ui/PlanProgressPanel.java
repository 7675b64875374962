package vn.edu.caitien.monitoring.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.cycle.RequestCycle;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.CriterionEvidence;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.ProgressEntry;
import vn.edu.caitien.monitoring.api.YearClose;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.DownloadProvider;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Progress of one plan: the plan table with each action's current status, percent and spend; the update history of
 * a chosen action; the evidence per criterion, showing "chưa có minh chứng" where there is none. Opened from the
 * navigation (the school's current plan) or from the supervisor roll-up (a school's plan and an action to show).
 */
public class PlanProgressPanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String CHOOSE = "choose";
    public static final String CONTENT = "content";
    public static final String ACTIONS = "actions";
    public static final String HISTORY_FORM = "historyForm";
    public static final String HISTORY = "history";
    public static final String CRITERIA = "criteria";

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final ServiceRef<EvidenceService> evidence = ServiceRef.of(EvidenceService.class);
    private final PortalContext context;
    private final IModel<Long> planId;
    private final IModel<String> highlighted;

    /** The current school's current plan. */
    public PlanProgressPanel(String id, PortalContext context) {
        this(id, context, null, null);
    }

    /**
     * @param planId    the plan to show, null for the school's current plan
     * @param actionKey an action to mark and open the history of, may be null
     */
    public PlanProgressPanel(String id, PortalContext context, Long planId, String actionKey) {
        super(id);
        this.context = context;
        this.planId = Model.of(planId);
        this.highlighted = Model.of(actionKey);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback"));
        IModel<List<PlanSummary>> plans = keep(Ui.plans(context));
        if (planId.getObject() == null) {
            planId.setObject(Ui.currentPlan(plans.getObject(), java.time.LocalDate.now()).orElse(null));
        }
        Form<Void> choose = new Form<>(CHOOSE);
        choose.add(Ui.planChoice("plan", this, plans, planId));
        choose.add(new Button("show") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                highlighted.setObject(null);
            }
        });
        // A plan opened from the roll-up may be another school's: no choice among this school's plans then.
        choose.setVisible(plans.getObject().stream().anyMatch(p -> planId.getObject() != null
                && p.id() == planId.getObject()));
        add(choose);

        // Loaded once per request; the service decides: a plan not visible to the user, or no permission, shows nothing.
        IModel<List<ActionProgress>> progress = loadOfPlan(planId, id -> monitoring.get().progress(context.user(), id));
        WebMarkupContainer content = addContent(CONTENT, progress);
        IModel<List<YearClose>> closes = load(() -> progress.getObject() == null ? List.of()
                : monitoring.get().yearCloses(context.user(), planId.getObject()));
        content.add(new Label("closed", () -> closes.getObject().isEmpty() ? "" : Ui.message(this, "closed",
                List.of(closes.getObject().stream().map(c -> DueRules.schoolYearLabel(c.schoolYearStart()))
                        .collect(Collectors.joining(", "))))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!closes.getObject().isEmpty());
            }
        });
        content.add(new TransientListView<>(ACTIONS, progress) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActionProgress> item) {
                ActionProgress a = item.getModelObject();
                item.add(new Label("no", item.getIndex() + 1));
                item.add(new Label("criterion", a.criterionCode()));
                item.add(new Label("description", a.description()));
                item.add(new Label("lead", a.leadText()));
                item.add(new Label("due", Formats.date(a.dueDate())));
                item.add(new Label("dueState", getString("due." + a.dueState().name()))
                        .add(AttributeModifier.replace("class", MyActionsPanel.dueClass(a.dueState()))));
                item.add(new Label("status", getString("status." + a.status().name())));
                item.add(new Label("percent", Formats.percent(a.percent())));
                item.add(new Label("spent", Formats.money(a.spent())));
                item.add(new Label("planned", Formats.money(a.planned())));
                item.add(new Label("degree", a.degree() == null ? "" : getString("degree." + a.degree().name())));
                item.add(new Label("updates", a.updates()));
                if (a.actionKey().equals(highlighted.getObject())) {
                    item.add(AttributeModifier.replace("class", "portal-warning"));
                }
            }
        });

        // History of one action, chosen from the plan's actions.
        IModel<String> historyKey = Model.of(highlighted.getObject());
        Form<Void> historyForm = new Form<>(HISTORY_FORM);
        content.add(historyForm);
        IModel<List<String>> keys = progress.map(l -> l == null ? List.<String>of()
                : l.stream().map(ActionProgress::actionKey).toList());
        historyForm.add(new DropDownChoice<>("action", historyKey, keys, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String key) {
                return progress.getObject() == null ? key : progress.getObject().stream()
                        .filter(a -> a.actionKey().equals(key)).findFirst()
                        .map(a -> a.criterionCode() + " – " + shorten(a.description())).orElse(key);
            }

            @Override
            public String getIdValue(String key, int index) {
                return key;
            }
        }));
        historyForm.add(new Button("showHistory"));
        IModel<List<ProgressEntry>> history = load(() -> historyKey.getObject() == null
                || progress.getObject() == null ? List.of()
                : monitoring.get().history(context.user(), planId.getObject(), historyKey.getObject()));
        WebMarkupContainer historyTable = new WebMarkupContainer("historyTable") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(historyKey.getObject() != null);
            }
        };
        historyForm.add(historyTable);
        historyTable.add(new TransientListView<>(HISTORY, history) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ProgressEntry> item) {
                ProgressEntry e = item.getModelObject();
                item.add(new Label("asOf", Formats.date(e.asOf())));
                item.add(new Label("status", getString("status." + e.status().name())));
                item.add(new Label("percent", Formats.percent(e.percent())));
                item.add(new Label("spent", Formats.money(e.spent())));
                item.add(new Label("degree", e.degree() == null ? e.degreeNote()
                        : getString("degree." + e.degree().name())
                                + (e.degreeNote().isBlank() ? "" : " (" + e.degreeNote() + ")")));
                item.add(new Label("comment", e.comment()));
                item.add(new Label("author", e.authorName()));
            }
        });
        historyTable.add(new WebMarkupContainer("noHistory") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(history.getObject().isEmpty());
            }
        });

        IModel<List<CriterionEvidence>> criteria = load(() -> progress.getObject() == null
                ? List.of() : evidence.get().byCriterion(context.user(), planId.getObject()));
        content.add(new TransientListView<>(CRITERIA, criteria) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CriterionEvidence> item) {
                CriterionEvidence c = item.getModelObject();
                item.add(new Label("criterion", c.criterionCode()));
                item.add(new Label("actions", c.actions()));
                WebMarkupContainer cell = new WebMarkupContainer("evidence");
                cell.add(AttributeModifier.replace("class", c.missing() ? "portal-warning" : ""));
                item.add(cell);
                cell.add(new Label("missing", getString("evidence.missing")).setVisible(c.missing()));
                cell.add(new TransientListView<>("items", Model.ofList(c.evidence())) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Evidence> line) {
                        Evidence e = line.getModelObject();
                        boolean file = e.kind() == vn.edu.caitien.monitoring.api.EvidenceKind.FILE;
                        // A file opens through the portal's download URL, checked against the same rights as this page.
                        line.add(new ExternalLink("file", RequestCycle.get().getUrlRenderer().renderContextRelativeUrl(
                                DownloadProvider.url(MonitoringService.MODULE_ID, EvidenceDownloads.path(e.id()))),
                                evidenceLine(e)).setVisible(file));
                        line.add(new Label("text", evidenceLine(e)
                                + (e.reference().isBlank() ? "" : " (" + e.reference() + ")")).setVisible(!file));
                    }
                });
            }
        });
    }

    private static String evidenceLine(Evidence e) {
        return e.code() + " " + e.title();
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
