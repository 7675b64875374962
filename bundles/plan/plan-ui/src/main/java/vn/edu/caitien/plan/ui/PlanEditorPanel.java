package vn.edu.caitien.plan.ui;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The plan editor: header, baseline, the plan table (rows per criterion, several actions per row), validation shown
 * beside each action, save with optimistic locking, and the workflow buttons.
 *
 * <p>The working copy lives in the page until saved: it is the user's unsaved input and cannot be reloaded from an
 * id. Everything else (criteria, plan list) is read through detachable models.
 */
public class PlanEditorPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String FORM = "form";
    public static final String ROWS = "rows";
    public static final String ACTIONS = "actions";
    public static final String CRITERION = "criterion";
    public static final String ADD_ROW = "addRow";
    public static final String ADD_ACTION = "addAction";
    public static final String SAVE = "save";
    public static final String CONFLICT = "conflict";
    public static final String RELOAD = "reload";
    public static final String ISSUES = "issues";

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final PortalContext context;
    private final long planId;

    private PlanDocument plan;
    private List<ValidationIssue> issues = List.of();
    private List<PlanChange> conflict = List.of();
    private String criterionCode;
    private Integer baselineTarget = 2;
    private String returnReason;

    /**
     * @param context the user and the current school
     * @param planId  the plan to edit
     */
    public PlanEditorPanel(String id, PortalContext context, long planId) {
        super(id);
        this.context = context;
        this.planId = planId;
    }

    private void load() {
        plan = plans.get().plan(context.user(), planId).orElseThrow(() -> new PlanNotFoundException(planId));
        issues = plans.get().validate(context.user(), plan);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        load();
        add(new Link<Void>("back") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                PlanEditorPanel.this.replaceWith(new PlanListPanel(PlanEditorPanel.this.getId(), context));
            }
        });
        add(new Label("status", LambdaModel.of(() -> getString("status." + plan.getStatus().name()))));
        add(new Label("revision", LambdaModel.of(() -> plan.getRevision())));
        add(new Label("returnReason", LambdaModel.of(() -> plan.getReturnReason())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!plan.getReturnReason().isBlank());
            }
        });
        add(new FeedbackPanel("feedback"));
        add(conflictView());
        add(new ListView<>(ISSUES, LambdaModel.of(() -> issues.stream().filter(i -> i.actionKey() == null).toList())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ValidationIssue> item) {
                item.add(new Label("text", message(item.getModelObject())));
                item.add(new org.apache.wicket.AttributeModifier("class",
                        "portal-" + item.getModelObject().severity().name().toLowerCase(java.util.Locale.ROOT)));
            }
        });

        Form<Void> form = new Form<>(FORM);
        add(form);
        header(form);
        baseline(form);
        table(form);
        workflow(form);
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
                item.add(new Label("field", c.change().path()));
                item.add(new Label("value", c.change().newValue()));
            }
        });
        box.add(new Link<Void>(RELOAD) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                conflict = List.of();
                load();
                PlanEditorPanel.this.visitChildren(ListView.class, (lv, visit) -> ((ListView<?>) lv).removeAll());
                info(getString("reloaded"));
            }
        });
        return box;
    }

    private void header(Form<Void> form) {
        form.add(new TextField<>("number", new PropertyModel<Integer>(this, "plan.header.number"), Integer.class));
        form.add(new TextField<>("symbol", new PropertyModel<String>(this, "plan.header.symbol")));
        form.add(new TextField<>("place", new PropertyModel<String>(this, "plan.header.place")));
        TextField<String> date = new TextField<>("date", LambdaModel.of(() -> Formats.date(plan.getHeader().getDate()),
                v -> plan.getHeader().setDate(Formats.parseDate(v))));
        date.add(v -> {
            try {
                Formats.parseDate(v.getValue());
            } catch (DateTimeParseException e) {
                v.error(new org.apache.wicket.validation.ValidationError().addKey("error.date"));
            }
        });
        form.add(date);
        form.add(new TextField<>("title", new PropertyModel<String>(this, "plan.header.title")));
        form.add(new Label("period", LambdaModel.of(() -> Labels.period(this, plan.getHeader().getPeriod()))));
        form.add(new TextField<>("signerName", new PropertyModel<String>(this, "plan.header.signerName")));
    }

    private void baseline(Form<Void> form) {
        form.add(new Button("fillBaseline") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                List<String> present = plan.getBaseline().stream().map(BaselineEntry::getCriterionCode).toList();
                for (Criterion c : criteria().getObject()) {
                    if (!present.contains(c.code())) {
                        BaselineEntry e = new BaselineEntry();
                        e.setCriterionCode(c.code());
                        plan.getBaseline().add(e);
                    }
                }
            }
        });
        IChoiceRenderer<Integer> levels = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Integer level) {
                return level == 0 ? getString("level.none") : getString("level.n") + " " + level;
            }
        };
        List<Integer> levelChoices = IntStream.rangeClosed(0, 3).boxed().toList();
        ListView<BaselineEntry> entries = new ListView<>("baseline", new PropertyModel<List<BaselineEntry>>(this, "plan.baseline")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BaselineEntry> item) {
                BaselineEntry e = item.getModelObject();
                item.add(new Label("code", e.getCriterionCode()));
                item.add(new DropDownChoice<>("level", new PropertyModel<Integer>(e, "level"), levelChoices, levels)
                        .setNullValid(true));
                item.add(new TextField<>("unmet", new PropertyModel<String>(e, "unmet")));
            }
        };
        entries.setReuseItems(true);
        form.add(entries);
        form.add(new DropDownChoice<>("baselineTarget", new PropertyModel<Integer>(this, "baselineTarget"),
                List.of(1, 2, 3)));
        form.add(new Button("draftFromBaseline") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                plans.get().addRowsFromBaseline(context.user(), plan, baselineTarget == null ? 2 : baselineTarget);
                rowsView().removeAll();
            }
        });
    }

    private IModel<List<Criterion>> criteria() {
        return LoadableDetachableModel.of(() -> catalogue.get().criteria(context.user(), plan.getRegimeId(),
                plan.getCatalogueVersion(), plan.getAppendix()));
    }

    @SuppressWarnings("unchecked")
    private ListView<PlanRow> rowsView() {
        return (ListView<PlanRow>) get(FORM + ":" + ROWS);
    }

    private void table(Form<Void> form) {
        IModel<List<Criterion>> criteria = criteria();
        form.add(new DropDownChoice<>(CRITERION, new PropertyModel<String>(this, "criterionCode"),
                LambdaModel.of(() -> criteria.getObject().stream().map(Criterion::code).toList()),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return criteria.getObject().stream().filter(c -> c.code().equals(code)).findFirst()
                                .map(c -> code + " " + c.title()).orElse(code);
                    }
                }));
        form.add(new Button(ADD_ROW) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                Criterion c = criteria.getObject().stream().filter(x -> x.code().equals(criterionCode)).findFirst()
                        .orElse(null);
                if (c == null) {
                    error(getString("error.criterion"));
                    return;
                }
                PlanRow row = new PlanRow();
                row.setCriterionCode(c.code());
                row.setStandardNo(c.standardNumber());
                row.setCriterionTitle(c.title());
                row.setTargetLevel(plan.getTargetLevel());
                plan.getRows().add(row);
                criterionCode = null;
                rowsView().removeAll();
            }
        });
        ListView<PlanRow> rows = new ListView<>(ROWS, new PropertyModel<List<PlanRow>>(this, "plan.rows")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanRow> item) {
                PlanRow row = item.getModelObject();
                item.add(new Label("code", row.getCriterionCode()));
                item.add(new Label("criterionTitle", row.getCriterionTitle()));
                item.add(new TextField<>("targetLevel", new PropertyModel<Integer>(row, "targetLevel"), Integer.class));
                item.add(new TextField<>("targetText", new PropertyModel<String>(row, "targetText")));
                item.add(new TextArea<>("currentState", new PropertyModel<String>(row, "currentState")));
                item.add(rowButton("up", () -> move(row, -1)));
                item.add(rowButton("down", () -> move(row, 1)));
                item.add(rowButton("removeRow", () -> plan.getRows().remove(row)));
                item.add(rowButton(ADD_ACTION, () -> row.getActions().add(new PlanAction())));
                ListView<PlanAction> actions = new ListView<>(ACTIONS, new PropertyModel<List<PlanAction>>(row, "actions")) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<PlanAction> actionItem) {
                        populateAction(row, actionItem);
                    }
                };
                actions.setReuseItems(true);
                item.add(actions);
            }
        };
        rows.setReuseItems(true);
        form.add(rows);
        form.add(new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                save();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getStatus() != vn.edu.caitien.plan.api.PlanStatus.SUBMITTED);
            }
        });
    }

    private void populateAction(PlanRow row, ListItem<PlanAction> item) {
        PlanAction a = item.getModelObject();
        item.add(new TextArea<>("description", new PropertyModel<String>(a, "description")));
        item.add(new TextField<>("lead", new PropertyModel<String>(a, "leadText")));
        item.add(new TextField<>("partners", new PropertyModel<String>(a, "partners")));
        item.add(new TextField<>("time", new PropertyModel<String>(a, "timeText")));
        item.add(new Label("timeParsed", LambdaModel.of(() -> a.getStart() == null ? ""
                : Formats.date(a.getStart()) + " – " + (a.getEnd() == null ? "…" : Formats.date(a.getEnd()))
                        + (a.isOpenEnded() ? " +" : ""))));
        item.add(new TextField<>("budget", new PropertyModel<String>(a, "budgetText")));
        item.add(new Label("amount", LambdaModel.of(() -> Formats.money(a.getAmount()))));
        item.add(new TextField<>("support", new PropertyModel<String>(a, "support")));
        item.add(new TextField<>("notes", new PropertyModel<String>(a, "notes")));
        item.add(new TextField<>("alsoServes", new PropertyModel<String>(a, "alsoServes")));
        item.add(new Label("carried", new ResourceModel("carried")).setVisible(a.isCarriedForward()));
        item.add(new ListView<>("actionIssues", LambdaModel.of(() -> issues.stream()
                .filter(i -> a.getKey().equals(i.actionKey())).toList())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ValidationIssue> issue) {
                issue.add(new Label("text", message(issue.getModelObject())));
            }
        });
        item.add(rowButton("removeAction", () -> row.getActions().remove(a)));
    }

    private Button rowButton(String id, Change change) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                change.run();
                rowsView().removeAll();
            }
        };
    }

    /** A change to the working copy; serializable, as the buttons holding it are stored with the page. */
    @FunctionalInterface
    private interface Change extends java.io.Serializable {
        void run();
    }

    private void move(PlanRow row, int by) {
        List<PlanRow> rows = new ArrayList<>(plan.getRows());
        int i = rows.indexOf(row);
        int j = i + by;
        if (i >= 0 && j >= 0 && j < rows.size()) {
            Collections.swap(rows, i, j);
            plan.setRows(rows);
        }
    }

    private void save() {
        try {
            plan = plans.get().save(context.user(), plan);
            issues = plans.get().validate(context.user(), plan);
            conflict = List.of();
            rowsView().removeAll();
            success(getString("saved"));
        } catch (PlanConflictException e) {
            conflict = e.theirChanges();
            error(getString("conflict"));
        } catch (AccessDeniedException e) {
            error(getString("denied"));
        } catch (PlanStateException e) {
            error(getString("state"));
        }
    }

    private void workflow(Form<Void> form) {
        form.add(step("submit", PlanService.EDIT, () -> plan.getStatus().editable(),
                () -> plans.get().submit(context.user(), planId, plan.getVersion())));
        form.add(step("approve", PlanService.APPROVE, () -> plan.getStatus() == vn.edu.caitien.plan.api.PlanStatus.SUBMITTED,
                () -> plans.get().approve(context.user(), planId, plan.getVersion())));
        form.add(new TextField<>("reason", new PropertyModel<String>(this, "returnReason")));
        form.add(step("return", PlanService.APPROVE, () -> plan.getStatus() == vn.edu.caitien.plan.api.PlanStatus.SUBMITTED,
                () -> plans.get().returnForChanges(context.user(), planId, plan.getVersion(), returnReason)));
        form.add(step("publish", PlanService.APPROVE, () -> plan.getStatus() == vn.edu.caitien.plan.api.PlanStatus.APPROVED,
                () -> plans.get().publish(context.user(), planId, plan.getVersion())));
    }

    private Button step(String id, String permission, org.danekja.java.util.function.serializable.SerializableSupplier<Boolean> when,
                        org.danekja.java.util.function.serializable.SerializableSupplier<PlanDocument> action) {
        Button b = new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    plan = action.get();
                    issues = plans.get().validate(context.user(), plan);
                    success(getString("done." + id));
                } catch (PlanValidationException e) {
                    issues = e.issues();
                    error(getString("invalid"));
                } catch (PlanConflictException e) {
                    conflict = e.theirChanges();
                    error(getString("conflict"));
                } catch (IllegalArgumentException e) {
                    error(getString("error.reason"));
                }
                rowsView().removeAll();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(permission) && when.get());
            }
        };
        // Workflow steps act on the stored plan; the form's unsaved input is neither validated nor applied.
        b.setDefaultFormProcessing(false);
        return b;
    }

    private IModel<String> message(ValidationIssue issue) {
        return new StringResourceModel("validation." + issue.code(), this).setParameters(issue.args().toArray());
    }
}
