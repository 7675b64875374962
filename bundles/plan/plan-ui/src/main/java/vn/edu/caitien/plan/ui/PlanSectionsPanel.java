package vn.edu.caitien.plan.ui;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.ComponentFeedbackPanel;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.validation.ValidationError;
import org.danekja.java.util.function.serializable.SerializableConsumer;
import org.danekja.java.util.function.serializable.SerializableSupplier;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.api.SchoolOutcome;
import vn.edu.caitien.catalogue.api.Shortfall;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.plan.api.YearGoal;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The sections of a plan outside the plan table: TT 57 general information, purposes, legal bases, self-assessment
 * results (with the levels the school states beside the levels the rules compute), strengths and weaknesses, goals,
 * TT 57 priority problems, solutions (TT 57: the monitoring mechanism), the TT 57 review schedule, organisation,
 * proposals, recipients and signer. One save with optimistic locking.
 *
 * <p>The working copy held in the page has its table rows removed (the table is edited elsewhere and can be
 * large); on save the rows of the stored plan are put back, and the service refuses the save if anyone changed
 * the plan since it was read, so the table can never be overwritten with an old one.
 */
public class PlanSectionsPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String FORM = "form";
    public static final String SAVE = "save";
    public static final String CONFLICT = "conflict";
    public static final String RELOAD = "reload";
    public static final String NOT_FOUND = "notFound";
    public static final String READ_ONLY = "readOnly";
    public static final String PURPOSES = "purposes";
    public static final String ADD_PURPOSE = "addPurpose";
    public static final String BASES = "bases";
    public static final String ADD_BASIS = "addBasis";
    public static final String BASELINE = "baseline";
    public static final String LEVEL4 = "level4";
    public static final String OUTCOME = "outcome";
    public static final String YEAR_GOALS = "yearGoals";
    public static final String ADD_YEAR_GOALS = "addYearGoals";
    public static final String GENERAL_SECTION = "generalSection";
    public static final String REVIEWS_SECTION = "reviewsSection";
    public static final String REVIEWS = "plannedReviews";
    public static final String ADD_REVIEW = "addReview";
    public static final String ADD_REQUIRED_REVIEWS = "addRequiredReviews";
    public static final String PROBLEMS_SECTION = "problemsSection";
    public static final String PROBLEMS = "problems";
    public static final String ADD_PROBLEM = "addProblem";
    public static final String DUTIES = "duties";
    public static final String ADD_DUTY = "addDuty";
    public static final String PROPOSALS = "proposals";
    public static final String ADD_PROPOSAL = "addProposal";
    public static final String RECIPIENTS = "recipients";
    public static final String ADD_RECIPIENT = "addRecipient";
    public static final String ISSUES = "issues";

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    /** Authority prefixes of Nghị định 30 (Ký thay, Thay mặt, Quyền, Thừa lệnh, Thừa ủy quyền); empty for none. */
    static final List<String> AUTHORITIES = List.of("", "KT.", "TM.", "Q.", "TL.", "TUQ.");

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final PortalContext context;
    private final long planId;

    /** The working copy without table rows; null when the plan cannot be read. */
    private PlanDocument sections;
    private List<ValidationIssue> issues = List.of();
    private List<PlanChange> conflict = List.of();
    private Map<String, String> rowCodes = Map.of();
    /** Catalogue models read inside other models' lambdas, which no component detaches. */
    private final List<IModel<?>> detachables = new ArrayList<>();

    /**
     * @param context the user and the current school
     * @param planId  the plan whose sections to edit
     */
    public PlanSectionsPanel(String id, PortalContext context, long planId) {
        super(id);
        this.context = context;
        this.planId = planId;
    }

    private void load() {
        try {
            Optional<PlanDocument> plan = plans.get().plan(context.user(), planId);
            sections = plan.map(this::withoutRows).orElse(null);
        } catch (AccessDeniedException e) {
            sections = null;
        }
    }

    /** Keeps what this panel shows of a stored plan: the issues outside the table, the sections without rows. */
    private PlanDocument withoutRows(PlanDocument plan) {
        issues = plans.get().validate(context.user(), plan).stream()
                .filter(i -> i.rowKey() == null && i.actionKey() == null).toList();
        rowCodes = new LinkedHashMap<>(PlanHistoryPanel.rowCodes(plan));
        plan.setRows(new ArrayList<>());
        return plan;
    }

    private boolean editable() {
        return sections != null && context.can(PlanService.EDIT) && sections.getStatus() != PlanStatus.SUBMITTED;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        load();
        add(new Link<Void>("back") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                PlanSectionsPanel.this.replaceWith(new PlanListPanel(PlanSectionsPanel.this.getId(), context));
            }
        });
        add(new Label(NOT_FOUND, new ResourceModel("plan.notFound")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(sections == null);
            }
        });
        add(new FeedbackPanel("feedback", m -> !(m.getReporter() instanceof FormComponent)));
        add(conflictView());
        add(new ListView<>(ISSUES, LambdaModel.of(() -> issues)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ValidationIssue> item) {
                ValidationIssue issue = item.getModelObject();
                item.add(new Label("text", new StringResourceModel("validation." + issue.code(), this)
                        .setParameters(issue.args().toArray())));
                item.add(AttributeModifier.replace("class",
                        "portal-" + issue.severity().name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(sections != null);
                setEnabled(editable());
            }
        };
        add(form);
        form.add(new Label("title", LambdaModel.of(() -> sections == null ? ""
                : sections.getHeader().getTitle() + " (" + Labels.period(this, sections.getHeader().getPeriod()) + ")")));
        form.add(new Label("status", LambdaModel.of(() -> sections == null ? ""
                : getString("status." + sections.getStatus().name()))));
        form.add(new WebMarkupContainer(READ_ONLY) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!editable());
            }
        });
        general(form);
        purposes(form);
        bases(form);
        baseline(form);
        texts(form);
        goals(form);
        problems(form);
        reviews(form);
        duties(form);
        proposals(form);
        closing(form);
        form.add(new EditButton(SAVE, this::save));
    }

    // ------------------------------------------------------------------------------------------- sections

    private void purposes(Form<Void> form) {
        form.add(new ListView<>(PURPOSES, new PropertyModel<List<String>>(this, "sections.purposes")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                int i = item.getIndex();
                item.add(new TextArea<>("text", LambdaModel.of(() -> sections.getPurposes().get(i),
                        v -> sections.getPurposes().set(i, v == null ? "" : v))));
                item.add(new EditButton("remove", () -> sections.getPurposes().remove(i)));
            }
        }.setReuseItems(true));
        form.add(new EditButton(ADD_PURPOSE, () -> sections.getPurposes().add("")));
    }

    private void bases(Form<Void> form) {
        ChoiceRenderer<LegalBasisKind> kinds = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(LegalBasisKind kind) {
                return getString("basis.kind." + kind.name());
            }

            @Override
            public String getIdValue(LegalBasisKind kind, int index) {
                return kind.name();
            }
        };
        form.add(new ListView<>(BASES, new PropertyModel<List<LegalBasis>>(this, "sections.legalBases")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<LegalBasis> item) {
                LegalBasis b = item.getModelObject();
                item.add(new DropDownChoice<>("kind", new PropertyModel<LegalBasisKind>(b, "kind"),
                        Arrays.asList(LegalBasisKind.values()), kinds).setRequired(true)
                        .setLabel(new ResourceModel("label.kind")));
                item.add(new TextArea<>("text", new PropertyModel<String>(b, "text")));
                item.add(new TextField<>("number", new PropertyModel<String>(b, "number")));
                TextField<String> date = dateField("date", () -> Formats.date(b.getDate()),
                        v -> b.setDate(Formats.parseDate(v)));
                item.add(date, new ComponentFeedbackPanel("dateError", date));
                item.add(new TextField<>("issuer", new PropertyModel<String>(b, "issuer")));
                TextField<Integer> from = yearField("periodFrom", new PropertyModel<>(b, "periodFrom"));
                TextField<Integer> to = yearField("periodTo", new PropertyModel<>(b, "periodTo"));
                item.add(from, to, new ComponentFeedbackPanel("fromError", from),
                        new ComponentFeedbackPanel("toError", to));
                item.add(new EditButton("remove", () -> sections.getLegalBases().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        form.add(new EditButton(ADD_BASIS, () -> sections.getLegalBases().add(new LegalBasis())));
    }

    private TextField<String> dateField(String id, SerializableSupplier<String> get, SerializableConsumer<String> set) {
        TextField<String> date = new TextField<>(id, LambdaModel.of(get, set));
        date.add(v -> {
            try {
                Formats.parseDate(v.getValue());
            } catch (DateTimeParseException e) {
                v.error(new ValidationError().addKey("error.date"));
            }
        });
        date.setLabel(new ResourceModel("label.date"));
        return date;
    }

    private TextField<Integer> yearField(String id, IModel<Integer> model) {
        TextField<Integer> year = new TextField<>(id, model, Integer.class);
        year.add(v -> {
            if (v.getValue() < 1945 || v.getValue() > 2100) {
                v.error(new ValidationError().addKey("error.year"));
            }
        });
        year.setLabel(new ResourceModel("label.year"));
        return year;
    }

    /** Self-assessment results per criterion, Mức 4, stated and computed levels. */
    private void baseline(Form<Void> form) {
        IModel<Optional<Regime>> regime = LoadableDetachableModel.of(() -> sections == null ? Optional.empty()
                : catalogue.get().regime(context.user(), sections.getRegimeId()));
        IModel<List<Criterion>> criteria = LoadableDetachableModel.of(() -> sections == null ? List.of()
                : catalogue.get().criteria(context.user(), sections.getRegimeId(), sections.getCatalogueVersion(),
                        sections.getAppendix()));
        IModel<List<String>> codes = LoadableDetachableModel.of(() -> {
            List<String> out = new ArrayList<>(criteria.getObject().stream().map(Criterion::code).toList());
            if (sections != null) {
                sections.getBaseline().stream().map(BaselineEntry::getCriterionCode).filter(c -> !out.contains(c))
                        .forEach(out::add);
            }
            return out;
        });
        detachables.add(regime);
        detachables.add(criteria);
        int max = regime.getObject().map(r -> r.ruleSet().maxCriterionLevel()).orElse(3);
        List<Integer> levels = IntStream.rangeClosed(0, max).boxed().toList();
        ChoiceRenderer<Integer> levelNames = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Integer level) {
                return level == 0 ? getString("plan.level.none") : getString("plan.level.n") + " " + level;
            }

            @Override
            public String getIdValue(Integer level, int index) {
                return String.valueOf(level);
            }
        };
        form.add(new ListView<>(BASELINE, codes) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                String code = item.getModelObject();
                item.add(new Label("code", code));
                item.add(new Label("criterionTitle", criteria.getObject().stream().filter(c -> c.code().equals(code))
                        .findFirst().map(Criterion::title).orElse("")));
                item.add(new DropDownChoice<>("level", LambdaModel.<Integer>of(
                        () -> entry(code).map(BaselineEntry::getLevel).orElse(null),
                        v -> {
                            if (v != null || entry(code).isPresent()) {
                                baselineEntry(code).setLevel(v);
                            }
                        }), levels, levelNames).setNullValid(true));
                item.add(new TextField<>("unmet", LambdaModel.<String>of(
                        () -> entry(code).map(BaselineEntry::getUnmet).orElse(""),
                        v -> {
                            if ((v != null && !v.isBlank()) || entry(code).isPresent()) {
                                baselineEntry(code).setUnmet(v);
                            }
                        })));
            }
        });
        IModel<List<Level4Item>> level4Items = LoadableDetachableModel.of(() ->
                regime.getObject().filter(r -> r.ruleSet() == RuleSet.RULES_2018).map(r -> catalogue.get()
                        .level4Items(context.user(), sections.getRegimeId(), sections.getCatalogueVersion()))
                        .orElse(List.of()));
        WebMarkupContainer level4 = new WebMarkupContainer("level4Section") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!level4Items.getObject().isEmpty());
            }
        };
        form.add(level4);
        level4.add(new ListView<>(LEVEL4, level4Items) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Level4Item> item) {
                String code = item.getModelObject().code();
                item.add(new Label("code", code));
                item.add(new Label("summary", item.getModelObject().summary()));
                item.add(new CheckBox("met", LambdaModel.<Boolean>of(
                        () -> level4Entry(code).map(Level4Entry::isMet).orElse(false),
                        v -> {
                            if (Boolean.TRUE.equals(v) || level4Entry(code).isPresent()) {
                                newLevel4Entry(code).setMet(Boolean.TRUE.equals(v));
                            }
                        })));
                item.add(new TextField<>("achieved", LambdaModel.<String>of(
                        () -> level4Entry(code).map(Level4Entry::getAchieved).orElse(""),
                        v -> {
                            if ((v != null && !v.isBlank()) || level4Entry(code).isPresent()) {
                                newLevel4Entry(code).setAchieved(v);
                            }
                        })));
            }
        });
        form.add(new CheckBox("conditions", new PropertyModel<>(this, "sections.recognitionConditionsMet")));
        form.add(new TextField<>("statedSchoolLevel", new PropertyModel<String>(this, "sections.statedSchoolLevel")));
        form.add(new TextField<>("statedAccreditation", new PropertyModel<String>(this, "sections.statedAccreditation")));
        form.add(new TextField<>("statedNationalStandard",
                new PropertyModel<String>(this, "sections.statedNationalStandard")));
        outcome(form);
        form.add(new EditButton("recompute", () -> { }));
    }

    /** The levels the level rules compute from the results entered, beside what the school states. */
    private void outcome(Form<Void> form) {
        IModel<Optional<SchoolOutcome>> outcome = LoadableDetachableModel.of(() -> sections == null ? Optional.empty()
                : plans.get().baselineOutcome(context.user(), sections));
        WebMarkupContainer box = new WebMarkupContainer(OUTCOME);
        form.add(box);
        box.add(new Label("computedSchoolLevel", outcome.map(o -> o.map(s -> s.schoolLevel() == 0
                ? getString("outcome.notMet") : getString("plan.level.n") + " " + s.schoolLevel())
                .orElse(getString("outcome.none")))));
        box.add(new Label("computedAccreditation", outcome.map(o -> o.map(s -> s.accreditationLevel() == null
                ? getString("outcome.notApplicable") : s.accreditationLevel() == 0 ? getString("outcome.notMet")
                : getString("outcome.accreditationLevel") + " " + s.accreditationLevel())
                .orElse(getString("outcome.none")))));
        box.add(new Label("computedNationalStandard", outcome.map(o -> o.map(s -> s.nationalStandardLevel() == 0
                ? getString("outcome.notMet") : getString("outcome.nationalLevel") + " " + s.nationalStandardLevel())
                .orElse(getString("outcome.none")))));
        box.add(new Label("statedSchoolLevelShown", LambdaModel.of(() -> sections == null ? "" : sections.getStatedSchoolLevel())));
        box.add(new Label("statedAccreditationShown", LambdaModel.of(() -> sections == null ? "" : sections.getStatedAccreditation())));
        box.add(new Label("statedNationalStandardShown", LambdaModel.of(() -> sections == null ? "" : sections.getStatedNationalStandard())));
        box.add(new Label("conditionsNote", new ResourceModel("outcome.conditionsNotDeclared")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(outcome.getObject().map(o -> !o.conditionsMet()).orElse(false));
            }
        });
        box.add(new Label("nextLevel", outcome.map(o -> o.filter(s -> s.nextLevel() > 0)
                .map(s -> new StringResourceModel("outcome.holdingBack", this)
                        .setParameters(String.valueOf(s.nextLevel())).getString()).orElse(""))));
        box.add(new ListView<>("holdingBack", outcome.map(o -> o.map(SchoolOutcome::holdingBack).orElse(List.of()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Shortfall> item) {
                Shortfall s = item.getModelObject();
                item.add(new Label("text", new StringResourceModel("shortfall." + s.kind().name(), this)
                        .setParameters(s.code(), s.title(), String.valueOf(s.level()), String.valueOf(s.requiredLevel()))));
            }
        });
    }

    @Override
    protected void onDetach() {
        detachables.forEach(IModel::detach);
        super.onDetach();
    }

    private Optional<BaselineEntry> entry(String code) {
        return sections.getBaseline().stream().filter(e -> e.getCriterionCode().equals(code)).findFirst();
    }

    private BaselineEntry baselineEntry(String code) {
        return entry(code).orElseGet(() -> {
            BaselineEntry e = new BaselineEntry();
            e.setCriterionCode(code);
            sections.getBaseline().add(e);
            return e;
        });
    }

    private Optional<Level4Entry> level4Entry(String code) {
        return sections.getLevel4().stream().filter(e -> e.getCode().equals(code)).findFirst();
    }

    private Level4Entry newLevel4Entry(String code) {
        return level4Entry(code).orElseGet(() -> {
            Level4Entry e = new Level4Entry();
            e.setCode(code);
            sections.getLevel4().add(e);
            return e;
        });
    }

    private void texts(Form<Void> form) {
        for (String field : List.of("strengths", "weaknesses", "overallGoal", "solutionDirection", "solutionFunding",
                "solutionSupervision", "implementationNotes")) {
            form.add(new TextArea<>(field, new PropertyModel<String>(this, "sections." + field)));
        }
        // The same text is section VIII "Cơ chế theo dõi, đánh giá" of Biểu 2 and "Kiểm tra, giám sát" of 2018.
        form.add(new Label("supervisionLabel", LambdaModel.of(() -> getString(bieu2()
                ? "label.mechanism" : "label.solutionSupervision"))));
    }

    private boolean bieu2() {
        return sections != null && sections.getPlanForm() == PlanForm.BIEU_2;
    }

    /** A part of the form shown for TT 57 Biểu 2 plans only. */
    private WebMarkupContainer bieu2Only(String id) {
        return new WebMarkupContainer(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(bieu2());
            }
        };
    }

    /** TT 57 Biểu 2 section I: what the school writes about itself; its name and the period come from the header. */
    private void general(Form<Void> form) {
        WebMarkupContainer section = bieu2Only(GENERAL_SECTION);
        form.add(section);
        section.add(new TextArea<>("generalInformation", new PropertyModel<String>(this, "sections.generalInformation")));
    }

    /**
     * TT 57 Biểu 2 section VI as the plan schedules it (at least the end of semester I and the end of the year, TT 57
     * Điều 10). Left empty, the printed plan shows the reviews the monitoring module recorded.
     */
    private void reviews(Form<Void> form) {
        WebMarkupContainer section = bieu2Only(REVIEWS_SECTION);
        form.add(section);
        section.add(new ListView<>(REVIEWS, new PropertyModel<List<PlannedReview>>(this, "sections.plannedReviews")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlannedReview> item) {
                PlannedReview r = item.getModelObject();
                item.add(new Label("number", String.valueOf(item.getIndex() + 1)));
                item.add(new TextField<>("time", new PropertyModel<String>(r, "time")));
                item.add(new TextArea<>("content", new PropertyModel<String>(r, "content")));
                item.add(new TextArea<>("result", new PropertyModel<String>(r, "result")));
                item.add(new TextArea<>("adjustment", new PropertyModel<String>(r, "adjustment")));
                item.add(new TextField<>("reviewer", new PropertyModel<String>(r, "reviewer")));
                item.add(new EditButton("remove", () -> sections.getPlannedReviews().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        section.add(new EditButton(ADD_REVIEW, () -> sections.getPlannedReviews().add(new PlannedReview())));
        // The two reviews TT 57 asks for, in the words of the form; those already in the schedule are not repeated.
        // They are text of the plan, an official document, so Vietnamese whatever the language of the page.
        section.add(new EditButton(ADD_REQUIRED_REVIEWS, () -> {
            for (String key : List.of("review.semester1", "review.yearEnd")) {
                String time = getLocalizer().getString(key, this, null, VIETNAMESE, null, (String) null);
                if (sections.getPlannedReviews().stream().noneMatch(x -> x.getTime().strip().equalsIgnoreCase(time))) {
                    PlannedReview r = new PlannedReview();
                    r.setTime(time);
                    sections.getPlannedReviews().add(r);
                }
            }
        }));
    }

    private void goals(Form<Void> form) {
        IModel<List<String>> years = LambdaModel.of(() -> {
            List<String> out = new ArrayList<>();
            if (sections != null && sections.getHeader().getPeriod() != null) {
                out.addAll(sections.getHeader().getPeriod().schoolYears());
                sections.getYearGoals().stream().map(YearGoal::getSchoolYear)
                        .filter(y -> !y.isBlank() && !out.contains(y)).forEach(out::add);
            }
            return out;
        });
        form.add(new ListView<>(YEAR_GOALS, new PropertyModel<List<YearGoal>>(this, "sections.yearGoals")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<YearGoal> item) {
                YearGoal g = item.getModelObject();
                item.add(new DropDownChoice<>("schoolYear", new PropertyModel<String>(g, "schoolYear"), years)
                        .setNullValid(true));
                item.add(new TextArea<>("text", new PropertyModel<String>(g, "text")));
                item.add(new EditButton("remove", () -> sections.getYearGoals().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        form.add(new EditButton(ADD_YEAR_GOALS, () -> {
            Set<String> present = new HashSet<>();
            sections.getYearGoals().forEach(g -> present.add(g.getSchoolYear()));
            List<String> missing = years.getObject().stream().filter(y -> !present.contains(y)).toList();
            if (missing.isEmpty()) {
                sections.getYearGoals().add(new YearGoal());
            }
            for (String y : missing) {
                YearGoal g = new YearGoal();
                g.setSchoolYear(y);
                sections.getYearGoals().add(g);
            }
        }));
    }

    /** TT 57 Biểu 2 section IV; not part of the 2018 plan. */
    private void problems(Form<Void> form) {
        WebMarkupContainer section = bieu2Only(PROBLEMS_SECTION);
        form.add(section);
        IModel<List<String>> codes = LoadableDetachableModel.of(() -> sections == null ? List.of()
                : catalogue.get().criteria(context.user(), sections.getRegimeId(), sections.getCatalogueVersion(),
                        sections.getAppendix()).stream().map(Criterion::code).toList());
        section.add(new ListView<>(PROBLEMS, new PropertyModel<List<PriorityProblem>>(this, "sections.priorityProblems")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PriorityProblem> item) {
                PriorityProblem p = item.getModelObject();
                TextField<Integer> standard = new TextField<>("standardNo", new PropertyModel<>(p, "standardNo"),
                        Integer.class);
                standard.setLabel(new ResourceModel("label.standard"));
                item.add(standard, new ComponentFeedbackPanel("standardError", standard));
                item.add(new DropDownChoice<>("criterionCode", LambdaModel.<String>of(
                        () -> p.getCriterionCode().isEmpty() ? null : p.getCriterionCode(), p::setCriterionCode),
                        codes).setNullValid(true));
                item.add(new TextArea<>("currentState", new PropertyModel<String>(p, "currentState")));
                item.add(new TextArea<>("weakness", new PropertyModel<String>(p, "weakness")));
                item.add(new TextArea<>("cause", new PropertyModel<String>(p, "cause")));
                item.add(new EditButton("remove", () -> sections.getPriorityProblems().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        section.add(new EditButton(ADD_PROBLEM, () -> sections.getPriorityProblems().add(new PriorityProblem())));
    }

    private void duties(Form<Void> form) {
        form.add(new ListView<>(DUTIES, new PropertyModel<List<Duty>>(this, "sections.duties")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Duty> item) {
                Duty d = item.getModelObject();
                item.add(new TextField<>("role", new PropertyModel<String>(d, "role")));
                item.add(new TextArea<>("text", new PropertyModel<String>(d, "text")));
                item.add(new TextField<>("deadline", new PropertyModel<String>(d, "deadline")));
                item.add(new EditButton("remove", () -> sections.getDuties().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        form.add(new EditButton(ADD_DUTY, () -> sections.getDuties().add(new Duty())));
    }

    private void proposals(Form<Void> form) {
        form.add(new ListView<>(PROPOSALS, new PropertyModel<List<Proposal>>(this, "sections.proposals")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Proposal> item) {
                Proposal p = item.getModelObject();
                item.add(new TextField<>("body", new PropertyModel<String>(p, "body")));
                item.add(new TextArea<>("text", new PropertyModel<String>(p, "text")));
                item.add(new EditButton("remove", () -> sections.getProposals().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        form.add(new EditButton(ADD_PROPOSAL, () -> sections.getProposals().add(new Proposal())));
    }

    /** Nơi nhận and the signature block. */
    private void closing(Form<Void> form) {
        form.add(new ListView<>(RECIPIENTS, new PropertyModel<List<Recipient>>(this, "sections.header.recipients")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Recipient> item) {
                Recipient r = item.getModelObject();
                item.add(new TextField<>("name", new PropertyModel<String>(r, "name")));
                item.add(new TextField<>("purpose", new PropertyModel<String>(r, "purpose")));
                item.add(new EditButton("remove", () -> sections.getHeader().getRecipients().remove(item.getIndex())));
            }
        }.setReuseItems(true));
        form.add(new EditButton(ADD_RECIPIENT, () -> sections.getHeader().getRecipients().add(new Recipient())));
        form.add(new TextField<>("archive", new PropertyModel<String>(this, "sections.header.archive")));
        form.add(new DropDownChoice<>("signerAuthority", LambdaModel.<String>of(
                () -> sections.getHeader().getSignerAuthority(), v -> sections.getHeader().setSignerAuthority(v)),
                AUTHORITIES, new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String authority) {
                        return authority.isEmpty() ? getString("authority.none") : authority;
                    }

                    @Override
                    public String getIdValue(String authority, int index) {
                        return String.valueOf(index);
                    }
                }));
        form.add(new TextField<>("signerAuthorityTitle", new PropertyModel<String>(this, "sections.header.signerAuthorityTitle")));
        form.add(new TextField<>("signerTitle", new PropertyModel<String>(this, "sections.header.signerTitle")));
        form.add(new TextField<>("signerName", new PropertyModel<String>(this, "sections.header.signerName")));
    }

    // ------------------------------------------------------------------------------------------- save

    private void save() {
        try {
            PlanDocument stored = plans.get().plan(context.user(), planId)
                    .orElseThrow(() -> new PlanNotFoundException(planId));
            // The table is not edited here: save the stored rows. The version read with the sections still decides,
            // so rows changed meanwhile make the service refuse the save instead of being overwritten.
            sections.setRows(stored.getRows());
            PlanDocument saved = plans.get().save(context.user(), sections);
            sections = withoutRows(saved);
            conflict = List.of();
            resetLists();
            success(getString("saved"));
        } catch (PlanConflictException e) {
            conflict = e.theirChanges();
            error(getString("conflict"));
        } catch (PlanValidationException e) {
            issues = e.issues();
            error(getString("invalid"));
        } catch (PlanStateException e) {
            error(getString("state"));
        } catch (AccessDeniedException e) {
            error(getString("plan.denied"));
        } catch (PlanNotFoundException e) {
            error(getString("plan.notFound"));
        } finally {
            if (sections != null && !sections.getRows().isEmpty()) {
                sections.setRows(new ArrayList<>());
            }
        }
    }

    private void resetLists() {
        visitChildren(ListView.class, (lv, visit) -> ((ListView<?>) lv).removeAll());
    }

    private WebMarkupContainer conflictView() {
        WebMarkupContainer box = new WebMarkupContainer(CONFLICT) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!conflict.isEmpty());
            }
        };
        box.add(new ListView<>("changes", LambdaModel.of(() -> conflict)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanChange> item) {
                PlanChange c = item.getModelObject();
                item.add(new Label("who", c.userName()));
                item.add(new Label("when", Formats.date(c.at().atZone(PlanHistoryPanel.ZONE).toLocalDate())
                        + c.at().atZone(PlanHistoryPanel.ZONE).format(java.time.format.DateTimeFormatter.ofPattern(" HH:mm"))));
                Label field = new Label("field", PlanHistoryPanel.fieldLabel(this, c.change().path(), rowCodes));
                field.add(AttributeModifier.replace("title", c.change().path()));
                item.add(field);
                item.add(new Label("value", PlanHistoryPanel.value(this, c.change().path(), c.change().newValue())));
            }
        });
        box.add(new Link<Void>(RELOAD) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                conflict = List.of();
                load();
                resetLists();
                info(getString("reloaded"));
            }
        });
        return box;
    }

    /** A change to the working copy, then the lists are rebuilt; shown only to those who may edit. */
    private final class EditButton extends Button {
        private static final long serialVersionUID = 1L;

        private final Change change;

        EditButton(String id, Change change) {
            super(id);
            this.change = change;
        }

        @Override
        public void onSubmit() {
            change.run();
            if (!SAVE.equals(getId())) {
                resetLists();
            }
        }

        @Override
        protected void onConfigure() {
            super.onConfigure();
            setVisible(editable());
        }
    }

    /** A change to the working copy; serializable, as the buttons holding it are stored with the page. */
    @FunctionalInterface
    private interface Change extends java.io.Serializable {
        void run();
    }
}
