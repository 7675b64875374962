package vn.edu.caitien.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.OnDomReadyHeaderItem;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.markup.repeater.RepeatingView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.resource.CssResourceReference;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanComment;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanTotals;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.plan.api.YearGoal;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * A plan as the printed document, every section in document order: the Nghị định 30 header, the sections of the
 * 2018 plan (or of TT 57 Biểu 2), the 9-column table grouped by target level and standard (or the Biểu 2 table),
 * budget totals, "Nơi nhận" beside the signature. Read-only; supervising bodies may comment on actions of a
 * published plan. A plan the user may not see shows the translated refusal.
 */
public class PlanDocumentPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String LINES = "lines";
    public static final String COMMENT_FORM = "commentForm";
    public static final String DOCUMENT = "document";
    public static final String SECTIONS = "sections";
    public static final String NOT_FOUND = "notFound";
    /** Wicket id of the print button. */
    public static final String PRINT = "print";

    private static final CssResourceReference CSS = new CssResourceReference(PlanDocumentPanel.class, "plan-print.css");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final PortalContext context;
    private final long planId;
    private final IModel<Optional<PlanDocument>> plan;
    private final IModel<List<Criterion>> criteria;

    /**
     * @param context the user and the current school
     * @param planId  the plan to show
     */
    public PlanDocumentPanel(String id, PortalContext context, long planId) {
        super(id);
        this.context = context;
        this.planId = planId;
        this.plan = LoadableDetachableModel.of(() -> {
            try {
                return plans.get().plan(context.user(), planId);
            } catch (AccessDeniedException e) {
                return Optional.empty();
            }
        });
        this.criteria = LoadableDetachableModel.of(() -> plan.getObject().map(p -> catalogue.get()
                .criteria(context.user(), p.getRegimeId(), p.getCatalogueVersion(), p.getAppendix())).orElse(List.of()));
    }

    /** One printed line of the table: a group heading (target level, standard) or an action of a criterion. */
    record Line(Integer group, Integer standard, PlanRow row, PlanAction action, boolean firstOfRow, int number)
            implements java.io.Serializable {
    }

    private PlanDocument doc() {
        return plan.getObject().orElseThrow();
    }

    private boolean bieu2() {
        return plan.getObject().map(p -> p.getPlanForm() == PlanForm.BIEU_2).orElse(false);
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CSS));
        // A script with the page's nonce, not a javascript: link, which the Content-Security-Policy blocks.
        response.render(OnDomReadyHeaderItem.forScript("document.getElementById('" + get(PRINT).getMarkupId()
                + "').addEventListener('click', function () { window.print(); });"));
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new Link<Void>("back") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                PlanDocumentPanel.this.replaceWith(new PlanListPanel(PlanDocumentPanel.this.getId(), context));
            }
        });
        add(new WebMarkupContainer(PRINT).setOutputMarkupId(true));
        add(new FeedbackPanel("feedback"));
        add(new Label(NOT_FOUND, getString("plan.notFound")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getObject().isEmpty());
            }
        });
        WebMarkupContainer document = new WebMarkupContainer(DOCUMENT) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getObject().isPresent());
            }
        };
        document.add(org.apache.wicket.AttributeModifier.append("class",
                LoadableDetachableModel.of(() -> bieu2() ? "plan-landscape" : "plan-portrait")));
        add(document);
        header(document);
        document.add(new RepeatingView(SECTIONS));
        closing(document);
        comments();
    }

    @Override
    protected void onBeforeRender() {
        // The sections present and their order depend on the plan's form and content: rebuilt on every render.
        RepeatingView sections = (RepeatingView) get(DOCUMENT + ":" + SECTIONS);
        sections.removeAll();
        if (plan.getObject().isPresent()) {
            List<String> names = sectionNames(doc());
            for (int i = 0; i < names.size(); i++) {
                sections.add(section(sections.newChildId(), names.get(i), i + 1));
            }
        }
        super.onBeforeRender();
    }

    @Override
    protected void onDetach() {
        plan.detach();
        criteria.detach();
        super.onDetach();
    }

    // ------------------------------------------------------------------------------------------- header

    private void header(WebMarkupContainer document) {
        document.add(new Label("parentBody", plan.map(p -> p.map(d -> d.getHeader().getParentBody()).orElse(""))));
        document.add(new Label("issuingBody", plan.map(p -> p.map(d -> d.getHeader().getIssuingBody()).orElse(""))));
        document.add(new Label("number", plan.map(p -> p.map(d -> getString("number") + " "
                + DocumentNumbers.format(d.getHeader().getNumber(), d.getHeader().getSymbol())).orElse(""))));
        document.add(new Label("placeDate", plan.map(p -> p.map(d -> placeDate(d.getHeader().getPlace(),
                d.getHeader().getDate())).orElse(""))));
        document.add(new Label("title", plan.map(p -> p.map(d -> d.getHeader().getTitle()).orElse(""))));
    }

    /** "Kinh Bắc, ngày 09 tháng 9 năm 2025": Nghị định 30 pads days below 10 and the months 1 and 2 with a zero. */
    private String placeDate(String place, LocalDate date) {
        String p = place == null || place.isBlank() ? "……" : place;
        String day = date == null ? "…" : day(date);
        String month = date == null ? "…" : month(date);
        String year = date == null ? "…" : String.valueOf(date.getYear());
        return new StringResourceModel("placeDate", this).setParameters(p, day, month, year,
                date == null ? "…" : Formats.date(date)).getString();
    }

    static String day(LocalDate date) {
        return date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    }

    // ------------------------------------------------------------------------------------------- sections

    /** The sections printed, in document order: the 2018 plan as schools write it, or TT 57 Biểu 2. */
    static List<String> sectionNames(PlanDocument d) {
        List<String> names = new ArrayList<>();
        boolean results = !d.getBaseline().isEmpty() || !d.getLevel4().isEmpty() || !d.getStrengths().isBlank()
                || !d.getWeaknesses().isBlank() || !d.getStatedSchoolLevel().isBlank()
                || !d.getStatedAccreditation().isBlank() || !d.getStatedNationalStandard().isBlank();
        boolean goals = !d.getOverallGoal().isBlank() || !d.getYearGoals().isEmpty();
        if (d.getPlanForm() == PlanForm.BIEU_2) {
            names.add("general");
            names.add("bases");
            names.add("purposes");
            names.add("problems");
            names.add("table");
            names.add("monitoring");
            names.add("organisation");
            names.add("mechanism");
        } else {
            names.add("purposes");
            names.add("bases");
            if (results) {
                names.add("results");
            }
            if (goals) {
                names.add("goals");
            }
            names.add("table");
            if (!d.getSolutionDirection().isBlank() || !d.getSolutionFunding().isBlank()
                    || !d.getSolutionSupervision().isBlank()) {
                names.add("solutions");
            }
            names.add("organisation");
        }
        if (!d.getProposals().isEmpty()) {
            names.add("proposals");
        }
        return names;
    }

    private Fragment section(String id, String name, int number) {
        // The results are also part of TT 57 "general"; as a section of their own they get a heading around them.
        Fragment f = new Fragment(id, name + (name.equals("results") ? "SectionFragment" : "Fragment"), this);
        String heading = getString("section." + name + (bieu2() && name.equals("table") ? ".bieu2" : ""));
        f.add(new Label("heading", (number <= ROMAN.length ? ROMAN[number - 1] : String.valueOf(number)) + ". " + heading));
        PlanDocument d = doc();
        switch (name) {
            case "general" -> {
                f.add(new Label("school", d.getHeader().getIssuingBody()));
                f.add(new Label("period", Labels.period(this, d.getHeader().getPeriod())));
                f.add(new Label("generalInformation", d.getGeneralInformation())
                        .setVisible(!d.getGeneralInformation().isBlank()));
                f.add(results("results"));
                f.add(new Label("overallGoal", d.getOverallGoal()).setVisible(!d.getOverallGoal().isBlank()));
            }
            case "purposes" -> f.add(new ListView<>("purposes", plan.map(p -> p.map(PlanDocument::getPurposes).orElse(List.of()))) {
                private static final long serialVersionUID = 1L;

                @Override
                protected void populateItem(ListItem<String> item) {
                    item.add(new Label("text", item.getModel()));
                }
            });
            case "bases" -> f.add(new ListView<>("bases", plan.map(p -> p.map(PlanDocument::getLegalBases).orElse(List.of()))) {
                private static final long serialVersionUID = 1L;

                @Override
                protected void populateItem(ListItem<LegalBasis> item) {
                    item.add(new Label("text", basis(item.getModelObject())));
                }
            });
            case "results" -> f.add(results("results"));
            case "goals" -> {
                f.add(new Label("overallGoal", d.getOverallGoal()));
                f.add(new ListView<>("yearGoals", plan.map(p -> p.map(PlanDocument::getYearGoals).orElse(List.of()))) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<YearGoal> item) {
                        item.add(new Label("year", getString("plan.period.schoolYear") + " " + item.getModelObject().getSchoolYear()));
                        item.add(new Label("text", item.getModelObject().getText()));
                    }
                });
            }
            case "problems" -> f.add(new ListView<>("problems", plan.map(p -> p.map(PlanDocument::getPriorityProblems).orElse(List.of()))) {
                private static final long serialVersionUID = 1L;

                @Override
                protected void populateItem(ListItem<PriorityProblem> item) {
                    PriorityProblem p = item.getModelObject();
                    item.add(new Label("tt", item.getIndex() + 1));
                    item.add(new Label("standard", p.getStandardNo() == null ? "" : String.valueOf(p.getStandardNo())));
                    item.add(new Label("criterion", p.getCriterionCode()));
                    item.add(new Label("currentState", p.getCurrentState()));
                    item.add(new Label("weakness", p.getWeakness()));
                    item.add(new Label("cause", p.getCause()));
                }
            });
            case "table" -> table(f);
            case "solutions" -> {
                f.add(paragraph("direction", d.getSolutionDirection()));
                f.add(paragraph("funding", d.getSolutionFunding()));
                f.add(paragraph("supervision", d.getSolutionSupervision()));
            }
            case "organisation" -> {
                f.add(paragraph("direction", bieu2() ? d.getSolutionDirection() : ""));
                f.add(paragraph("funding", bieu2() ? d.getSolutionFunding() : ""));
                f.add(new ListView<>("duties", plan.map(p -> p.map(PlanDocument::getDuties).orElse(List.of()))) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Duty> item) {
                        Duty duty = item.getModelObject();
                        item.add(new Label("n", (item.getIndex() + 1) + "."));
                        item.add(new Label("role", duty.getRole()));
                        item.add(new Label("text", duty.getText()));
                        item.add(new Label("deadline", duty.getDeadline().isBlank() ? ""
                                : "(" + getString("deadline") + " " + duty.getDeadline() + ")"));
                    }
                });
                f.add(new Label("notes", d.getImplementationNotes()));
            }
            case "mechanism" -> f.add(new Label("text", d.getSolutionSupervision()));
            case "proposals" -> f.add(new ListView<>("proposals", plan.map(p -> p.map(PlanDocument::getProposals).orElse(List.of()))) {
                private static final long serialVersionUID = 1L;

                @Override
                protected void populateItem(ListItem<Proposal> item) {
                    item.add(new Label("body", item.getModelObject().getBody()));
                    item.add(new Label("text", item.getModelObject().getText()));
                }
            });
            case "monitoring" -> f.add(new ListView<>("reviews", reviews(d)) {
                private static final long serialVersionUID = 1L;

                @Override
                protected void populateItem(ListItem<PlannedReview> item) {
                    PlannedReview r = item.getModelObject();
                    item.add(new Label("tt", item.getIndex() + 1));
                    item.add(new Label("time", r.getTime()));
                    item.add(new Label("content", r.getContent()));
                    item.add(new Label("result", r.getResult()));
                    item.add(new Label("adjustment", r.getAdjustment()));
                    item.add(new Label("reviewer", r.getReviewer()));
                }
            });
            default -> {
                // every section has its case
            }
        }
        return f;
    }

    /**
     * @return the review schedule of section VI: the plan's own lines, or the two reviews TT 57 requires (end of
     *         semester I, end of the school year) left for the school to fill in at its reviews
     */
    private List<PlannedReview> reviews(PlanDocument d) {
        if (!d.getPlannedReviews().isEmpty()) {
            return List.copyOf(d.getPlannedReviews());
        }
        List<PlannedReview> required = new ArrayList<>();
        for (String key : List.of("monitoring.semester", "monitoring.year")) {
            PlannedReview r = new PlannedReview();
            r.setTime(getString(key));
            required.add(r);
        }
        return required;
    }

    private WebMarkupContainer paragraph(String id, String text) {
        WebMarkupContainer p = new WebMarkupContainer(id);
        p.add(new Label("text", text));
        p.setVisible(!text.isBlank());
        return p;
    }

    /** A legal basis as printed: its text, or what is known of it when the text is empty. */
    private String basis(LegalBasis b) {
        if (!b.getText().isBlank()) {
            return b.getText();
        }
        StringBuilder s = new StringBuilder(getString("basis.kind." + b.getKind().name()));
        if (!b.getNumber().isBlank()) {
            s.append(" ").append(getString("basis.number")).append(" ").append(b.getNumber());
        }
        if (b.getDate() != null) {
            s.append(" ").append(getString("basis.dated")).append(" ").append(Formats.date(b.getDate()));
        }
        if (!b.getIssuer().isBlank()) {
            s.append(" ").append(getString("basis.of")).append(" ").append(b.getIssuer());
        }
        if (b.getPeriodFrom() != null && b.getPeriodTo() != null) {
            s.append(" (").append(getString("plan.period.stage").toLowerCase(getLocale())).append(" ")
                    .append(b.getPeriodFrom()).append("-").append(b.getPeriodTo()).append(")");
        }
        return s.toString();
    }

    /** The self-assessment results: per criterion, Mức 4, the levels stated, strengths and weaknesses. */
    private Fragment results(String id) {
        Fragment f = new Fragment(id, "resultsFragment", this);
        PlanDocument d = doc();
        int max = plan.getObject().flatMap(p -> catalogue.get().regime(context.user(), p.getRegimeId()))
                .map(Regime::ruleSet).map(r -> r.maxCriterionLevel()).orElse(3);
        List<Integer> levels = IntStream.rangeClosed(1, max).boxed().toList();
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        List<Criterion> all = criteria.getObject();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).code(), i);
            titles.put(all.get(i).code(), all.get(i).title());
        }
        List<BaselineEntry> entries = new ArrayList<>(d.getBaseline());
        entries.sort(java.util.Comparator.comparingInt(e -> order.getOrDefault(e.getCriterionCode(), Integer.MAX_VALUE)));
        WebMarkupContainer baseline = new WebMarkupContainer("baseline");
        baseline.setVisible(!entries.isEmpty());
        f.add(baseline);
        baseline.add(new ListView<>("levelHeads", levels) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                item.add(new Label("level", getString("plan.level.n") + " " + item.getModelObject()));
            }
        });
        baseline.add(new ListView<>("entries", entries) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BaselineEntry> item) {
                BaselineEntry e = item.getModelObject();
                item.add(new Label("criterion", getString("plan.criterion") + " " + e.getCriterionCode() + " "
                        + titles.getOrDefault(e.getCriterionCode(), "")));
                item.add(new Label("none", Objects.equals(e.getLevel(), 0) ? "x" : ""));
                item.add(new ListView<>("levels", levels) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Integer> cell) {
                        cell.add(new Label("mark", e.getLevel() != null && e.getLevel() >= cell.getModelObject()
                                ? "x" : ""));
                    }
                });
                item.add(new Label("unmet", e.getUnmet()));
            }
        });
        Map<String, String> summaries = new HashMap<>();
        if (!d.getLevel4().isEmpty()) {
            catalogue.get().level4Items(context.user(), d.getRegimeId(), d.getCatalogueVersion())
                    .forEach((Level4Item i) -> summaries.put(i.code(), i.summary()));
        }
        WebMarkupContainer level4 = new WebMarkupContainer("level4");
        level4.setVisible(!d.getLevel4().isEmpty());
        f.add(level4);
        level4.add(new ListView<>("items", d.getLevel4()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Level4Entry> item) {
                Level4Entry e = item.getModelObject();
                item.add(new Label("code", e.getCode() + " " + summaries.getOrDefault(e.getCode(), "")));
                item.add(new Label("notMet", e.isMet() ? "" : "x"));
                item.add(new Label("met", e.isMet() ? "x" : ""));
                item.add(new Label("achieved", e.getAchieved()));
            }
        });
        f.add(statement("statedSchoolLevel", d.getStatedSchoolLevel()));
        f.add(statement("statedAccreditation", d.getStatedAccreditation()));
        f.add(statement("statedNationalStandard", d.getStatedNationalStandard()));
        f.add(paragraph("strengths", d.getStrengths()));
        f.add(paragraph("weaknesses", d.getWeaknesses()));
        return f;
    }

    private WebMarkupContainer statement(String id, String text) {
        return paragraph(id, text);
    }

    private void table(Fragment f) {
        boolean bieu2 = bieu2();
        WebMarkupContainer table2018 = new WebMarkupContainer("table2018");
        WebMarkupContainer tableBieu2 = new WebMarkupContainer("tableBieu2");
        table2018.setVisible(!bieu2);
        tableBieu2.setVisible(bieu2);
        f.add(table2018, tableBieu2);
        IModel<List<Line>> lines = plan.map(p -> p.map(d -> lines(d, !bieu2)).orElse(List.of()));
        table2018.add(new ListView<>(LINES, bieu2 ? Model.ofList(List.<Line>of()) : lines) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Line> item) {
                Line l = item.getModelObject();
                WebMarkupContainer action = lineItem(item, l);
                PlanAction a = l.action();
                PlanRow r = l.row();
                action.add(new Label("target", r == null || !l.firstOfRow() ? ""
                        : Labels.target(this, r.getTargetLevel(), r.getTargetText())));
                action.add(new Label("description", a == null ? "" : a.getDescription()));
                action.add(new Label("lead", a == null ? "" : lead(a)));
                action.add(new Label("time", a == null ? "" : a.getTimeText()));
                action.add(new Label("budget", a == null ? "" : a.getBudgetText()));
                action.add(new Label("support", a == null ? "" : a.getSupport()));
                action.add(new Label("notes", a == null ? "" : a.getNotes()));
            }
        });
        tableBieu2.add(new ListView<>("bieu2Lines", bieu2 ? lines : Model.ofList(List.<Line>of())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Line> item) {
                Line l = item.getModelObject();
                WebMarkupContainer action = lineItem(item, l);
                PlanAction a = l.action();
                PlanRow r = l.row();
                action.add(new Label("objective", r == null || !l.firstOfRow() ? ""
                        : Labels.target(this, r.getTargetLevel(), r.getTargetText())));
                action.add(new Label("activity", a == null ? "" : a.getDescription()));
                action.add(new Label("indicator", a == null ? "" : a.getResultIndicator()));
                action.add(new Label("time", a == null ? "" : a.getTimeText()));
                action.add(new Label("responsible", a == null ? "" : lead(a)));
                action.add(new Label("resources", a == null ? "" : String.join("; ",
                        java.util.stream.Stream.of(a.getBudgetText(), a.getSupport()).filter(s -> !s.isBlank()).toList())));
                action.add(new Label("evidence", a == null ? "" : a.getExpectedEvidence()));
                action.add(new Label("degree", a == null || !a.isCompleted() ? "" : getString("completed")));
            }
        });
        IModel<PlanTotals> totals = plan.map(p -> p.map(PlanTotals::of)
                .orElse(new PlanTotals(0, Map.of(), Map.of(), Map.of(), 0)));
        f.add(new Label("total", totals.map(t -> Formats.money(t.total()))));
        f.add(new ListView<>("bySource", totals.map(t -> new ArrayList<>(t.bySource().entrySet()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Map.Entry<FundingSource, Long>> item) {
                item.add(new Label("source", getString("source." + item.getModelObject().getKey().name())));
                item.add(new Label("amount", Formats.money(item.getModelObject().getValue())));
            }
        });
    }

    private static String lead(PlanAction a) {
        return a.getLeadText() + (a.getPartners().isBlank() ? "" : "; " + a.getPartners());
    }

    /** The group heading or the first cells of an action line, shared by both tables. */
    private WebMarkupContainer lineItem(ListItem<Line> item, Line l) {
        WebMarkupContainer group = new WebMarkupContainer("group");
        group.setVisible(l.group() != null || l.standard() != null);
        group.add(new Label("groupText", l.group() != null ? getString("plan.group") + " " + l.group()
                : l.standard() != null ? getString("plan.standard") + " " + l.standard() : ""));
        item.add(group);
        WebMarkupContainer action = new WebMarkupContainer("action");
        action.setVisible(l.row() != null);
        item.add(action);
        PlanRow r = l.row();
        action.add(new Label("tt", l.firstOfRow() ? String.valueOf(l.number()) : ""));
        action.add(new Label("criterion", r == null || !l.firstOfRow() ? ""
                : getString("plan.criterion") + " " + r.getCriterionCode() + " " + r.getCriterionTitle()));
        return action;
    }

    // ------------------------------------------------------------------------------------------- closing

    private void closing(WebMarkupContainer document) {
        document.add(new ListView<>("recipients", plan.map(p -> p.map(d -> d.getHeader().getRecipients()).orElse(List.of()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Recipient> item) {
                item.add(new Label("text", recipient(item.getModelObject())));
            }
        });
        document.add(new Label("archive", plan.map(p -> p.map(d -> "- " + getString("plan.archive") + " "
                + d.getHeader().getArchive() + ".").orElse(""))));
        document.add(new Label("authority", plan.map(p -> p.map(d -> (d.getHeader().getSignerAuthority() + " "
                + d.getHeader().getSignerAuthorityTitle()).strip()).orElse(""))));
        document.add(new Label("signerTitle", plan.map(p -> p.map(d -> d.getHeader().getSignerTitle()).orElse(""))));
        document.add(new Label("signerName", plan.map(p -> p.map(d -> d.getHeader().getSignerName()).orElse(""))));
    }

    /** "- Sở GD&ĐT (để b/c);" */
    static String recipient(Recipient r) {
        String purpose = r.getPurpose().strip();
        if (!purpose.isEmpty() && !purpose.startsWith("(")) {
            purpose = "(" + purpose + ")";
        }
        return "- " + r.getName().strip() + (purpose.isEmpty() ? "" : " " + purpose) + ";";
    }

    // ------------------------------------------------------------------------------------------- comments

    private void comments() {
        add(new ListView<>("comments", LoadableDetachableModel.of(() -> {
            if (plan.getObject().isEmpty()) {
                return List.<PlanComment>of();
            }
            return plans.get().comments(context.user(), planId);
        })) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanComment> item) {
                item.add(new Label("author", item.getModelObject().authorName()));
                item.add(new Label("text", item.getModelObject().text()));
            }
        });
        IModel<String> actionKey = Model.of("");
        IModel<String> text = Model.of("");
        Form<Void> form = new Form<>(COMMENT_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(PlanService.COMMENT) && plan.getObject().isPresent());
            }
        };
        IModel<List<String>> keys = plan.map(p -> p.map(d -> d.actions().stream().map(PlanAction::getKey).toList())
                .orElse(List.of()));
        form.add(new DropDownChoice<>("action", actionKey, keys, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String key) {
                return plan.getObject().flatMap(d -> d.actions().stream().filter(a -> a.getKey().equals(key))
                        .findFirst()).map(PlanAction::getDescription).orElse(key);
            }

            @Override
            public String getIdValue(String key, int index) {
                return key;
            }
        }).setNullValid(true));
        form.add(new TextArea<>("text", text).setRequired(true).setLabel(new ResourceModel("label.comment")));
        form.add(new Button("send") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    plans.get().comment(context.user(), planId, actionKey.getObject(), text.getObject());
                    text.setObject("");
                    success(getString("commented"));
                } catch (PlanStateException e) {
                    error(getString("notPublished"));
                } catch (AccessDeniedException e) {
                    error(getString("plan.denied"));
                }
            }
        });
        add(form);
    }

    /** The table lines: a heading at each change of target level (when grouped by level) and of standard, then one line per action. */
    static List<Line> lines(PlanDocument plan, boolean levelGroups) {
        List<Line> lines = new ArrayList<>();
        Integer group = -1;
        int standard = -1;
        int number = 0;
        for (PlanRow row : plan.getRows()) {
            Integer g = levelGroups ? row.getTargetLevel() : null;
            if (!Objects.equals(g, group)) {
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
