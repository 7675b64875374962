package vn.edu.caitien.monitoring.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The monitoring team's reviews of a plan (TT 57 Biểu 2 section VI: time, content, results, adjustments, reviewers)
 * and, for the team, a form to record one: adjustments may add follow-up actions to the plan, one per row of the
 * follow-up table (rows are added with "Thêm công việc khắc phục").
 */
public class ReviewsPanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String CONTENT = "content";
    public static final String REVIEWS = "reviews";
    public static final String FORM = "form";
    public static final String SAVE = "save";
    public static final String PERIODS_FORM = "periodsForm";
    public static final String FOLLOW_UPS = "followUps";
    public static final String ADD_FOLLOW_UP = "addFollowUp";
    /** Follow-up rows the form starts with. */
    static final int FOLLOW_UP_ROWS = 2;
    /** The most follow-up rows the form grows to, as the inspection form's lists. */
    static final int MAX_ROWS = InspectionsPanel.MAX_ROWS;

    /** A follow-up action as typed: one adjustment that adds an action to the plan. */
    static final class FollowUpRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String criterion = "";
        String description = "";
        String lead = "";
        String time = "";

        boolean empty() {
            return blank(criterion) && blank(description) && blank(lead) && blank(time);
        }
    }

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final PortalContext context;
    private final IModel<Long> planId = Model.of((Long) null);
    private IModel<List<Review>> reviews;

    public ReviewsPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback", m -> m.getReporter() == this));
        IModel<List<PlanSummary>> plans = keep(Ui.plans(context));
        planId.setObject(Ui.currentPlan(plans.getObject(), LocalDate.now()).orElse(null));
        Form<Void> choose = new Form<>("choose");
        choose.add(Ui.planChoice("plan", this, plans, planId));
        choose.add(new Button("show"));
        choose.setVisible(!plans.getObject().isEmpty());
        add(choose);

        reviews = loadOfPlan(planId, id -> monitoring.get().reviews(context.user(), id));
        WebMarkupContainer content = addContent(CONTENT, reviews);
        IModel<List<ReviewPeriod>> periods = load(() -> context.school() == null ? List.of()
                : List.copyOf(monitoring.get().reviewPeriods(context.user(), context.school().id())));
        content.add(new Label("periods", () -> Ui.message(this, "periods", List.of(periods.getObject().stream()
                .map(p -> getString("period." + p.name())).collect(Collectors.joining(", "))))));
        content.add(periodsForm(periods));
        content.add(new ListView<>(REVIEWS, reviews.map(l -> l == null ? List.<Review>of() : l)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Review> item) {
                Review r = item.getModelObject();
                item.add(new Label("no", item.getIndex() + 1));
                item.add(new Label("when", label(r) + " – " + Formats.date(r.date())));
                item.add(new Label("content", r.content()));
                item.add(new Label("results", r.results()));
                item.add(new Label("adjustments", r.adjustments().stream().map(a -> a.followUpActionKey().isEmpty()
                        ? a.text() : a.text() + " (" + getString("followUp.created") + ")")
                        .collect(Collectors.joining("; "))));
                item.add(new Label("reviewers", String.join(", ", r.reviewers())));
                item.add(new Label("recommendations", r.recommendations()));
            }
        });
        content.add(new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(reviews.getObject() != null && reviews.getObject().isEmpty());
            }
        });
        content.add(form(plans, periods));
    }

    /** The school's review periods, for those who review: semester I and year end stay (TT 57). */
    private Form<Void> periodsForm(IModel<List<ReviewPeriod>> periods) {
        IModel<java.util.Collection<ReviewPeriod>> chosen = new org.apache.wicket.model.util.CollectionModel<>(new ArrayList<>());
        Form<Void> form = new Form<>(PERIODS_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(MonitoringService.REVIEW));
                if (!hasErrorMessage() && !isSubmitted()) {
                    chosen.setObject(new ArrayList<>(periods.getObject()));
                }
            }
        };
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        form.add(new CheckBoxMultipleChoice<>("periods", chosen, Arrays.asList(ReviewPeriod.values()),
                Ui.enumRenderer(this, "period.")));
        form.add(new Button("savePeriods") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    monitoring.get().setReviewPeriods(context.user(), context.requireSchool().id(),
                            java.util.EnumSet.copyOf(chosen.getObject().isEmpty()
                                    ? java.util.EnumSet.noneOf(ReviewPeriod.class) : chosen.getObject()));
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                    return;
                }
                periods.detach();
                ReviewsPanel.this.info(getString("periods.saved"));
            }
        });
        return form;
    }

    private String label(Review r) {
        String period = r.period() == ReviewPeriod.MONTHLY && r.month() != null
                ? Ui.message(this, "period.month", List.of(String.valueOf(r.month())))
                : getString("period." + r.period().name());
        return period + ", " + Ui.message(this, "schoolYear", List.of(DueRules.schoolYearLabel(r.schoolYearStart())));
    }

    private Form<Void> form(IModel<List<PlanSummary>> plans, IModel<List<ReviewPeriod>> periods) {
        IModel<ReviewPeriod> period = Model.of((ReviewPeriod) null);
        IModel<String> month = Model.of("");
        IModel<Integer> year = Model.of(DueRules.schoolYearStart(LocalDate.now()));
        IModel<String> date = Model.of(Formats.date(LocalDate.now()));
        IModel<String> content = Model.of("");
        IModel<String> results = Model.of("");
        IModel<String> adjustments = Model.of("");
        IModel<String> reviewers = Model.of("");
        IModel<String> recommendations = Model.of("");
        List<FollowUpRow> followUps = new ArrayList<>(emptyRows());
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(MonitoringService.REVIEW));
            }
        };
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        // Checked on save, not by Wicket: "add a row" must work before the period is chosen.
        DropDownChoice<ReviewPeriod> periodChoice = new DropDownChoice<>("period", period, periods,
                Ui.enumRenderer(this, "period."));
        form.add(periodChoice.setLabel(new org.apache.wicket.model.ResourceModel("label.period")));
        form.add(new TextField<>("month", month));
        IModel<List<Integer>> years = load(() -> plans.getObject().stream()
                .filter(p -> planId.getObject() != null && p.id() == planId.getObject()).findFirst()
                .map(p -> {
                    List<Integer> list = new ArrayList<>();
                    for (int y = p.period().startYear(); y < p.period().endYear(); y++) {
                        list.add(y);
                    }
                    return list;
                }).orElse(List.of(year.getObject())));
        form.add(Ui.yearChoice("schoolYear", year, years, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Integer y) {
                return DueRules.schoolYearLabel(y);
            }

            @Override
            public String getIdValue(Integer y, int index) {
                return String.valueOf(y);
            }
        }));
        form.add(new TextField<>("date", date));
        form.add(new TextArea<>("content", content));
        form.add(new TextArea<>("results", results));
        form.add(new TextArea<>("adjustments", adjustments));
        form.add(new TextArea<>("reviewers", reviewers));
        form.add(new TextArea<>("recommendations", recommendations));
        form.add(new ListView<>(FOLLOW_UPS, followUps) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<FollowUpRow> item) {
                item.add(new Label("row", item.getIndex() + 1));
                item.add(new TextField<>("criterion", new PropertyModel<String>(item.getModel(), "criterion")));
                item.add(new TextField<>("description", new PropertyModel<String>(item.getModel(), "description")));
                item.add(new TextField<>("lead", new PropertyModel<String>(item.getModel(), "lead")));
                item.add(new TextField<>("time", new PropertyModel<String>(item.getModel(), "time")));
            }
        }.setReuseItems(true));
        // Adds a row keeping everything typed so far (the form's input goes to the rows first).
        form.add(new Button(ADD_FOLLOW_UP) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                if (followUps.size() < MAX_ROWS) {
                    followUps.add(new FollowUpRow());
                } else {
                    form.error(Ui.message(ReviewsPanel.this, "error.maxRows", List.of(String.valueOf(MAX_ROWS))));
                }
            }
        });
        Button save = new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                if (planId.getObject() == null) {
                    return;
                }
                if (period.getObject() == null) {
                    periodChoice.error(new org.apache.wicket.validation.ValidationError().addKey("Required"));
                    return;
                }
                LocalDate day;
                Integer monthNo = null;
                try {
                    day = Formats.parseDate(date.getObject());
                } catch (DateTimeParseException e) {
                    form.get("date").error(getString("error.date"));
                    return;
                }
                if (period.getObject() == ReviewPeriod.MONTHLY) {
                    try {
                        monthNo = Integer.valueOf(month.getObject().strip());
                    } catch (NumberFormatException | NullPointerException e) {
                        form.get("month").error(getString("monitoring.error.monthRequired"));
                        return;
                    }
                }
                List<Adjustment> list = new ArrayList<>();
                lines(adjustments.getObject()).forEach(t -> list.add(new Adjustment(t, "", null, "")));
                boolean incomplete = false;
                for (int i = 0; i < followUps.size(); i++) {
                    FollowUpRow r = followUps.get(i);
                    if (r.empty()) {
                        continue;
                    }
                    List<String> row = List.of(String.valueOf(i + 1));
                    for (String[] need : new String[][] {{r.description, "error.followUp.description"},
                            {r.criterion, "error.followUp.criterion"}, {r.lead, "error.followUp.lead"}}) {
                        if (blank(need[0])) {
                            form.error(Ui.message(ReviewsPanel.this, need[1], row));
                            incomplete = true;
                        }
                    }
                    if (!incomplete) {
                        list.add(new Adjustment(r.description, "", new FollowUp(r.criterion.strip(), r.description,
                                r.lead, "", blank(r.time) ? "" : r.time, ""), ""));
                    }
                }
                if (incomplete) {
                    return;
                }
                Review stored;
                try {
                    stored = monitoring.get().recordReview(context.user(), new ReviewDraft(planId.getObject(),
                            period.getObject(), monthNo, year.getObject(), day, content.getObject(),
                            results.getObject(), list, lines(reviewers.getObject()), recommendations.getObject()));
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                    return;
                }
                ReviewsPanel.this.info(Ui.message(ReviewsPanel.this, "saved", List.of(label(stored))));
                reviews.detach();
                for (IModel<String> m : Arrays.asList(month, content, results, adjustments, reviewers,
                        recommendations)) {
                    m.setObject("");
                }
                followUps.clear();
                followUps.addAll(emptyRows());
                period.setObject(null);
            }
        };
        form.add(save);
        // Enter in a field saves, as before the "add a row" button came before the save button.
        form.setDefaultButton(save);
        return form;
    }

    private static List<FollowUpRow> emptyRows() {
        return IntStream.range(0, FOLLOW_UP_ROWS).mapToObj(i -> new FollowUpRow()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** @return the non-blank lines of a text area, stripped */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
