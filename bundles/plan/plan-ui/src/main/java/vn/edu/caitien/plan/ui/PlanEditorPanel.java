package vn.edu.caitien.plan.ui;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.ajax.AbstractAjaxTimerBehavior;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.attributes.AjaxRequestAttributes;
import org.apache.wicket.ajax.form.AjaxFormComponentUpdatingBehavior;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.MarkupStream;
import org.apache.wicket.markup.html.WebComponent;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.IFormSubmittingComponent;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.IRequestParameters;
import org.danekja.java.util.function.serializable.SerializableBooleanSupplier;
import org.danekja.java.util.function.serializable.SerializableSupplier;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The plan editor: the document header and self-assessment results, the plan table, validation beside each action,
 * the other users' changes when a save is refused, and the workflow buttons. The table has the columns of the
 * plan's form: the 2018 nine-column table or TT 57 Biểu 2.
 *
 * <p>The table is read-only; one row or one action at a time opens in a small form in its place. Every change is
 * saved at once through {@link PlanService#save} with {@link #version}, the version the user last saw, so a change
 * made meanwhile by someone else is refused and shown. The page keeps no copy of the plan: it is reloaded by id on
 * every request, the table's lines are written as markup when they render ({@link TableLinesWriter}: no components),
 * and their buttons post {@link #OP} = {@code verb:key}, read by the table form. What stays in the page is the open
 * row or action (and the document form's input after a refused save).
 *
 * <p>The open row or action is also saved without a click, quietly, while the plan is a draft the user may change:
 * every {@link #AUTOSAVE_EVERY} (a timer that posts the form's input) and when the user leaves a changed field. A
 * refused autosave (someone else saved meanwhile) stops autosaving and shows the conflict, as a click would.
 *
 * <p>The lead of an action is picked from the school's staff ({@link SchoolDirectory#staff(String)}), which ties the
 * action to that portal user so that a teacher can then edit the actions they lead, or written as free text (a
 * role, a body, someone outside the portal).
 */
public class PlanEditorPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String FORM = "form";
    public static final String SAVE = "save";
    public static final String WORKFLOW = "workflow";
    public static final String TABLE = "table";
    public static final String CRITERION = "criterion";
    public static final String ADD_ROW = "addRow";
    public static final String EDITOR = "editor";
    public static final String ACTION_FORM = "actionForm";
    public static final String ROW_FORM = "rowForm";
    public static final String SAVE_ACTION = "saveAction";
    public static final String SAVE_ROW = "saveRow";
    public static final String CANCEL = "cancel";
    public static final String CONFLICT = "conflict";
    public static final String RELOAD = "reload";
    public static final String ISSUES = "issues";
    public static final String LEAD_USER = "leadUser";
    public static final String AUTOSAVED = "autosaved";
    public static final String RETURNED = "returned";

    /** How often the open row or action is saved while it has unsaved changes. */
    public static final Duration AUTOSAVE_EVERY = Duration.ofSeconds(30);
    /** The autosave time is shown as the schools' wall-clock time, whatever the server's zone. */
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The prefix of a self-assessment result's fields in {@link #headerInput}. */
    private static final String BASELINE = "baseline[";

    /** Request parameter of the table's buttons; its value is {@link #op(String, String)}. */
    public static final String OP = "op";
    public static final String EDIT_ACTION = "editAction";
    public static final String ADD_ACTION = "addAction";
    public static final String REMOVE_ACTION = "removeAction";
    public static final String ACTION_UP = "actionUp";
    public static final String ACTION_DOWN = "actionDown";
    public static final String EDIT_ROW = "editRow";
    public static final String ROW_UP = "rowUp";
    public static final String ROW_DOWN = "rowDown";
    public static final String REMOVE_ROW = "removeRow";

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final ServiceRef<SchoolDirectory> directory = ServiceRef.of(SchoolDirectory.class);
    private final PortalContext context;
    private final long planId;

    private final IModel<PlanDocument> plan;
    private final IModel<List<ValidationIssue>> issues;
    private final IModel<List<Criterion>> criteria;
    private final IModel<List<Line>> lines;
    private final IModel<List<StaffMember>> staff;

    /** The optimistic-lock version the user works from: read on opening, after each save and on reload. */
    private long version;
    private List<PlanChange> conflict = List.of();
    private Editing editing;
    private String criterionCode;
    private Integer baselineTarget = 2;
    private String returnReason;
    /**
     * The open row's or action's input as last saved (or as opened, or as reloaded after a refused save): autosave
     * saves only when it differs, and after a refused save the fields that differ are what the user typed.
     */
    private List<String> savedInput;
    /**
     * The document form's input after a save of it was refused (a change made meanwhile, invalid input, the plan
     * submitted meanwhile): the header fields and self-assessment results as typed, in a document that holds nothing
     * else. While it is set the form shows and edits it instead of the reloaded plan, so that the input outlives the
     * request; saving puts it into the reloaded plan. Null otherwise.
     */
    private PlanDocument headerTyped;
    /**
     * The document form's fields as the user last saw them stored ({@link #headerInput}), recorded when the form
     * renders the stored plan: after a refused save, a field whose input differs from it is one the user changed.
     */
    private Map<String, String> headerSeen = Map.of();
    /** When the open row or action was last saved automatically; null when it was not. */
    private LocalTime autosavedAt;
    /** Set when an autosave was refused; cleared when the user reloads the plan. */
    private boolean autosaveOff;
    /**
     * The issues of the plan as last validated (on opening, after a save or a workflow step, or when the plan was
     * found changed by someone else) and the plan version they are of: every version's content is fixed, so a
     * render of the same version needs no new validation. A few hundred bytes per issue.
     */
    private List<ValidationIssue> validated;
    private long validatedVersion = -1;
    /** Set for the rest of the request when the plan shown is a changed copy that was not saved (a refused save). */
    private transient boolean unsaved;
    /**
     * The catalogue's criterion codes and titles, for the add-row choice, and the catalogue version they are of
     * ({@link #titlesOf}): a published version never changes and a plan keeps its version, so they are read once.
     */
    private Map<String, String> criterionTitles;
    private String titlesOf;
    /** What the table's lines need of the panel, found once per request; see {@link LineContext}. */
    private transient LineContext lineContext;

    /**
     * @param context the user and the current school
     * @param planId  the plan to edit
     */
    public PlanEditorPanel(String id, PortalContext context, long planId) {
        super(id);
        this.context = context;
        this.planId = planId;
        this.plan = LoadableDetachableModel.of(() -> plans.get().plan(context.user(), planId)
                .orElseThrow(() -> new PlanNotFoundException(planId)));
        this.issues = LoadableDetachableModel.of(this::loadIssues);
        this.criteria = LoadableDetachableModel.of(() -> catalogue.get().criteria(context.user(),
                plan.getObject().getRegimeId(), plan.getObject().getCatalogueVersion(), plan.getObject().getAppendix()));
        this.lines = LoadableDetachableModel.of(this::buildLines);
        // Without a directory (a host that does not provide one yet) the lead can only be written as text.
        this.staff = LoadableDetachableModel.of(() -> directory.find()
                .map(d -> d.staff(plan.getObject().getSchoolId())).orElse(List.of()));
    }

    /** @return the value a table button posts as {@link #OP}: a verb constant of this class and a row or action key */
    public static String op(String verb, String key) {
        return verb + ":" + key;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        version = plan.getObject().getVersion();
        add(new Link<Void>("back") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                PlanEditorPanel.this.replaceWith(new PlanListPanel(PlanEditorPanel.this.getId(), context));
            }
        });
        add(new Label("status", LambdaModel.of(() -> getString("status." + plan.getObject().getStatus().name()))));
        add(new Label("revision", LambdaModel.of(() -> plan.getObject().getRevision())));
        // The label and the reason together, only while the plan is back with the school for the reason given.
        WebMarkupContainer returned = showIf(new WebMarkupContainer(RETURNED), () -> plan.getObject().getStatus()
                == PlanStatus.RETURNED && !plan.getObject().getReturnReason().isBlank());
        returned.add(new Label("returnReason", LambdaModel.of(() -> plan.getObject().getReturnReason())));
        add(returned);
        add(new FeedbackPanel("feedback").setOutputMarkupId(true));
        add(conflictView());
        add(new TransientListView<>(ISSUES, LambdaModel.of(() -> issues.getObject().stream()
                .filter(i -> i.rowKey() == null && i.actionKey() == null).toList())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ValidationIssue> item) {
                item.add(new Label("text", message(item.getModelObject())));
                item.add(AttributeModifier.replace("class",
                        "portal-" + item.getModelObject().severity().name().toLowerCase(Locale.ROOT)));
            }
        });
        documentForm();
        workflowForm();
        tableForm();
    }

    @Override
    protected void onDetach() {
        plan.detach();
        issues.detach();
        criteria.detach();
        lines.detach();
        staff.detach();
        lineContext = null;
        unsaved = false;
        super.onDetach();
    }

    // ------------------------------------------------------------------------------------------------ state

    /** The one row or action open for editing, with the user's input; the only part of the plan the page keeps. */
    static final class Editing implements Serializable {
        private static final long serialVersionUID = 1L;

        final String rowKey;
        /** The action as typed; null when the row itself is edited. */
        final PlanAction action;
        /** The row's own fields as typed, without its actions; null when an action is edited. */
        final PlanRow row;
        /** Whether the action is new (added to its row on save). */
        final boolean added;

        private Editing(String rowKey, PlanAction action, PlanRow row, boolean added) {
            this.rowKey = rowKey;
            this.action = action;
            this.row = row;
            this.added = added;
        }

        static Editing action(String rowKey, PlanAction action, boolean added) {
            return new Editing(rowKey, action, null, added);
        }

        static Editing row(PlanRow source) {
            PlanRow r = new PlanRow();
            r.setKey(source.getKey());
            r.setCriterionCode(source.getCriterionCode());
            r.setCriterionTitle(source.getCriterionTitle());
            r.setTargetLevel(source.getTargetLevel());
            r.setTargetText(source.getTargetText());
            r.setCurrentState(source.getCurrentState());
            r.setObjective(source.getObjective());
            return new Editing(source.getKey(), null, r, false);
        }

        public PlanAction getAction() {
            return action;
        }

        public PlanRow getRow() {
            return row;
        }
    }

    /** One line of the table: a criterion row (action null) or one of its actions. Lives for one render. */
    record Line(int number, PlanRow row, PlanAction action) implements Serializable {
    }

    /** The plan's issues: those kept from the last validation of the same version, else validated now. */
    private List<ValidationIssue> loadIssues() {
        PlanDocument d = plan.getObject();
        if (!unsaved && validated != null && validatedVersion == d.getVersion()) {
            return validated;
        }
        // The stored plan is validated by the service, which keeps the result until the plan changes; unsaved input
        // (a refused save) has to be validated as typed.
        List<ValidationIssue> found = unsaved ? plans.get().validate(context.user(), d)
                : plans.get().validate(context.user(), d.getId());
        if (!unsaved) {
            validated = List.copyOf(found);
            validatedVersion = d.getVersion();
        }
        return found;
    }

    /** The plan changed (or may have): its lines and issues are found again. */
    private void forgetDerived() {
        issues.detach();
        lines.detach();
        lineContext = null;
    }

    /** What every line of the table asks the panel, found once when the table renders. */
    private final class LineContext {
        final boolean bieu2 = bieu2();
        final boolean editable = editable();
        final boolean canEditPlan = canEditPlan();
        final TableLinesWriter.Words words = new TableLinesWriter.Words(getString("button.edit"),
                getString("button.up"), getString("button.down"), getString("button.removeRow"),
                getString("button.addAction"), getString("button.removeAction"), getString("carried"),
                getString("plan.target.level"));
        final Map<String, List<TableLinesWriter.Issue>> rowIssues = new HashMap<>();
        final Map<String, List<TableLinesWriter.Issue>> actionIssues = new HashMap<>();

        LineContext() {
            for (ValidationIssue i : issues.getObject()) {
                String key = i.actionKey() != null ? i.actionKey() : i.rowKey();
                if (key != null) {
                    (i.actionKey() != null ? actionIssues : rowIssues).computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new TableLinesWriter.Issue(TableLinesWriter.issueClass(i.severity()),
                                    message(i).getObject()));
                }
            }
        }

        boolean canEditAction(PlanAction a) {
            // As PlanEditorPanel#canEditAction.
            return canEditPlan || editable && !a.getLeadUserId().isEmpty() && a.getLeadUserId().equals(context.user().id());
        }

        TableLinesWriter writer(StringBuilder out) {
            String open = editing != null && editing.action != null ? editing.action.getKey() : null;
            return new TableLinesWriter(out, words, bieu2, canEditPlan, this::canEditAction, open, rowIssues,
                    actionIssues);
        }
    }

    private LineContext lineContext() {
        if (lineContext == null) {
            lineContext = new LineContext();
        }
        return lineContext;
    }

    private boolean bieu2() {
        return plan.getObject().getPlanForm() == PlanForm.BIEU_2;
    }

    private boolean editable() {
        return plan.getObject().getStatus() != PlanStatus.SUBMITTED;
    }

    private boolean canEditPlan() {
        return editable() && context.can(PlanService.EDIT);
    }

    /** Teachers and staff may change the actions they lead (the service checks it again). */
    private boolean canEditAction(PlanAction a) {
        return canEditPlan() || editable() && !a.getLeadUserId().isEmpty() && a.getLeadUserId().equals(context.user().id());
    }

    private static <C extends Component> C showIf(C component, SerializableBooleanSupplier when) {
        component.add(new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onConfigure(Component c) {
                c.setVisible(when.getAsBoolean());
            }
        });
        return component;
    }

    // ------------------------------------------------------------------------------------------------ saving

    /**
     * Saves a changed copy of the plan with the version the user saw.
     *
     * @param keepInput on failure, keep showing the changed copy (the document form's input) instead of reloading
     * @return whether it was saved
     */
    private boolean save(PlanDocument d, boolean keepInput) {
        return save(d, keepInput, false);
    }

    /** @param quiet say nothing on success (autosave); failures are always shown */
    private boolean save(PlanDocument d, boolean keepInput, boolean quiet) {
        d.setVersion(version);
        try {
            PlanDocument saved = plans.get().save(context.user(), d);
            version = saved.getVersion();
            plan.setObject(saved);
            conflict = List.of();
            if (!quiet) {
                success(getString("saved"));
            }
            return true;
        } catch (PlanConflictException e) {
            conflict = e.theirChanges();
            error(getString("conflict"));
        } catch (PlanValidationException e) {
            e.issues().forEach(i -> error(message(i).getObject()));
        } catch (AccessDeniedException e) {
            error(getString("denied"));
        } catch (PlanStateException e) {
            // A save is refused for its state only while the plan waits for approval: someone submitted it meanwhile.
            error(getString(e.status() == PlanStatus.SUBMITTED ? "stateSubmitted" : "state"));
        } finally {
            forgetDerived();
        }
        if (keepInput) {
            unsaved = true;
        } else {
            plan.detach();
        }
        return false;
    }

    private WebMarkupContainer conflictView() {
        WebMarkupContainer box = showIf(new WebMarkupContainer(CONFLICT), () -> !conflict.isEmpty());
        box.setOutputMarkupPlaceholderTag(true);
        box.add(new ListView<>("changes", LambdaModel.of(() -> conflict)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanChange> item) {
                PlanChange c = item.getModelObject();
                item.add(new Label("who", c.userName()));
                // In words, as in the history; the path stays in the title for whoever needs it.
                Label field = new Label("field", PlanHistoryPanel.fieldLabel(this, c.change().path(),
                        PlanHistoryPanel.rowCodes(plan.getObject())));
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
                autosaveOff = false;
                plan.detach();
                forgetDerived();
                version = plan.getObject().getVersion();
                mergeOpenLine();
                HeaderMerge header = mergeHeader();
                // The refusal no longer applies: the page shows the plan as stored, and what to do now.
                PlanEditorPanel.this.getFeedbackMessages().clear();
                if (header.kept().isEmpty() || editing != null) {
                    info(getString(editing == null ? "reloaded" : "reloadedKeepingInput"));
                }
                if (!header.kept().isEmpty()) {
                    info(new StringResourceModel("reloadedKeepingHeader", PlanEditorPanel.this)
                            .setParameters(String.join(", ", header.kept())).getObject());
                }
                if (!header.both().isEmpty()) {
                    warn(new StringResourceModel("headerChangedByBoth", PlanEditorPanel.this)
                            .setParameters(String.join(", ", header.both())).getObject());
                }
            }
        });
        return box;
    }

    // ------------------------------------------------------------------------------------------------ document

    private void documentForm() {
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onAfterRender() {
                super.onAfterRender();
                // Only when it rendered: Wicket may also prepare the form before a submit is processed.
                if (headerTyped == null && !unsaved) {
                    headerSeen = headerInput(plan.getObject());
                }
            }
        };
        add(form);
        // The stored plan, or the input of a refused save until it is saved (see headerTyped).
        IModel<PlanDocument> header = LambdaModel.of(() -> headerTyped != null ? headerTyped : plan.getObject());
        form.add(new TextField<>("number", new PropertyModel<Integer>(header, "header.number"), Integer.class)
                .setLabel(new ResourceModel("label.number")));
        form.add(new TextField<>("symbol", new PropertyModel<String>(header, "header.symbol")));
        form.add(new TextField<>("place", new PropertyModel<String>(header, "header.place")));
        TextField<String> date = new TextField<>("date", LambdaModel.of(
                () -> Formats.date(header.getObject().getHeader().getDate()),
                v -> header.getObject().getHeader().setDate(Formats.parseDate(v))));
        date.add(v -> {
            try {
                Formats.parseDate(v.getValue());
            } catch (DateTimeParseException e) {
                v.error(new org.apache.wicket.validation.ValidationError().addKey("error.date"));
            }
        });
        form.add(date);
        form.add(new TextField<>("title", new PropertyModel<String>(header, "header.title")));
        form.add(new Label("period", LambdaModel.of(() -> Labels.period(this, plan.getObject().getHeader().getPeriod()))));
        form.add(new TextField<>("signerName", new PropertyModel<String>(header, "header.signerName")));
        baseline(form, header);
        form.add(showIf(new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                saveHeader(d -> d);
            }
        }, this::canEditPlan));
    }

    private void baseline(Form<Void> form, IModel<PlanDocument> header) {
        form.add(showIf(new Button("fillBaseline") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                saveHeader(d -> {
                    List<String> present = d.getBaseline().stream().map(BaselineEntry::getCriterionCode).toList();
                    for (Criterion c : criteria.getObject()) {
                        if (!present.contains(c.code())) {
                            BaselineEntry e = new BaselineEntry();
                            e.setCriterionCode(c.code());
                            d.getBaseline().add(e);
                        }
                    }
                    return d;
                });
            }
        }, this::canEditPlan));
        IChoiceRenderer<Integer> levels = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Integer level) {
                return level == 0 ? getString("level.none") : getString("level.n") + " " + level;
            }
        };
        List<Integer> levelChoices = IntStream.rangeClosed(0, 3).boxed().toList();
        // Form components must outlive the render, so these items stay in the page; they hold only an index into
        // the reloaded plan (about 30 criteria at most).
        ListView<BaselineEntry> entries = new ListView<>("baseline", new PropertyModel<List<BaselineEntry>>(header, "baseline")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BaselineEntry> item) {
                item.add(new Label("code", new PropertyModel<String>(item.getModel(), "criterionCode")));
                item.add(new DropDownChoice<>("level", new PropertyModel<Integer>(item.getModel(), "level"),
                        levelChoices, levels).setNullValid(true));
                item.add(new TextField<>("unmet", new PropertyModel<String>(item.getModel(), "unmet")));
            }
        };
        entries.setReuseItems(true);
        form.add(entries);
        form.add(new DropDownChoice<>("baselineTarget", new PropertyModel<Integer>(this, "baselineTarget"),
                List.of(1, 2, 3)));
        form.add(showIf(new Button("draftFromBaseline") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                saveHeader(d -> plans.get().addRowsFromBaseline(context.user(), d,
                        baselineTarget == null ? 2 : baselineTarget));
            }
        }, this::canEditPlan));
    }

    /**
     * Saves the document form's input, put into the reloaded plan, after {@code change}. Refused, the input is kept in
     * {@link #headerTyped} and the form goes on showing it.
     */
    private void saveHeader(java.util.function.UnaryOperator<PlanDocument> change) {
        PlanDocument d = plan.getObject();
        if (headerTyped != null) {
            setHeaderInput(d, headerInput(headerTyped));
        }
        d = change.apply(d);
        if (save(d, true)) {
            headerTyped = null;
        } else {
            headerTyped = headerOnly(headerInput(d));
        }
    }

    /** The outcome of {@link #mergeHeader}: the fields kept as the user typed them, and those also changed by others. */
    private record HeaderMerge(List<String> kept, List<String> both) {
    }

    /**
     * After a refused save of the document form, puts what the user typed into the reloaded plan's header and
     * self-assessment results field by field, as {@link #mergeOpenLine} does for the open line: a field the user
     * changed keeps their input, every other field shows the stored value.
     *
     * @return the fields kept as typed, and those someone else changed too, in words
     */
    private HeaderMerge mergeHeader() {
        if (headerTyped == null) {
            return new HeaderMerge(List.of(), List.of());
        }
        Map<String, String> stored = headerInput(plan.getObject());
        Map<String, String> changed = new java.util.LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        List<String> both = new ArrayList<>();
        headerInput(headerTyped).forEach((field, typed) -> {
            String seen = headerSeen.getOrDefault(field, "");
            if (!typed.equals(seen)) {
                changed.put(field, typed);
                kept.add(headerFieldLabel(field));
                if (!stored.getOrDefault(field, "").equals(seen) && !stored.getOrDefault(field, "").equals(typed)) {
                    both.add(headerFieldLabel(field));
                }
            }
        });
        headerSeen = stored;
        if (changed.isEmpty()) {
            headerTyped = null;
        } else {
            Map<String, String> merged = new java.util.LinkedHashMap<>(stored);
            merged.putAll(changed);
            headerTyped = headerOnly(merged);
        }
        return new HeaderMerge(kept, both);
    }

    /**
     * The document form's fields as text by path: {@code header.<field>} as in the plan's history, and
     * {@code baseline[<criterion code>].level} or {@code .unmet}.
     */
    private static Map<String, String> headerInput(PlanDocument d) {
        Map<String, String> in = new java.util.LinkedHashMap<>();
        var h = d.getHeader();
        in.put("header.number", h.getNumber() == null ? "" : h.getNumber().toString());
        in.put("header.symbol", h.getSymbol());
        in.put("header.place", h.getPlace());
        in.put("header.date", h.getDate() == null ? "" : h.getDate().toString());
        in.put("header.title", h.getTitle());
        in.put("header.signerName", h.getSignerName());
        for (BaselineEntry e : d.getBaseline()) {
            in.put(BASELINE + e.getCriterionCode() + "].level", e.getLevel() == null ? "" : e.getLevel().toString());
            in.put(BASELINE + e.getCriterionCode() + "].unmet", e.getUnmet());
        }
        return in;
    }

    /** Sets the fields of {@code input} ({@link #headerInput}) on the plan; a criterion not yet listed is added. */
    private static void setHeaderInput(PlanDocument d, Map<String, String> input) {
        var h = d.getHeader();
        input.forEach((field, v) -> {
            switch (field) {
                case "header.number" -> h.setNumber(v.isEmpty() ? null : Integer.valueOf(v));
                case "header.symbol" -> h.setSymbol(v);
                case "header.place" -> h.setPlace(v);
                case "header.date" -> h.setDate(v.isEmpty() ? null : java.time.LocalDate.parse(v));
                case "header.title" -> h.setTitle(v);
                case "header.signerName" -> h.setSignerName(v);
                default -> {
                    String code = field.substring(BASELINE.length(), field.lastIndexOf(']'));
                    BaselineEntry e = d.getBaseline().stream().filter(b -> b.getCriterionCode().equals(code))
                            .findFirst().orElseGet(() -> {
                                BaselineEntry added = new BaselineEntry();
                                added.setCriterionCode(code);
                                d.getBaseline().add(added);
                                return added;
                            });
                    if (field.endsWith(".level")) {
                        e.setLevel(v.isEmpty() ? null : Integer.valueOf(v));
                    } else {
                        e.setUnmet(v);
                    }
                }
            }
        });
    }

    /** @return a document holding only the document form's fields, for {@link #headerTyped} */
    private static PlanDocument headerOnly(Map<String, String> input) {
        PlanDocument only = new PlanDocument();
        setHeaderInput(only, input);
        return only;
    }

    /** @return a field of the document form in words: "Văn bản – trích yếu", "Kết quả tự đánh giá, tiêu chí 1.2 – mức" */
    private String headerFieldLabel(String field) {
        if (!field.startsWith(BASELINE)) {
            return PlanHistoryPanel.fieldLabel(this, field, Map.of());
        }
        String code = field.substring(BASELINE.length(), field.lastIndexOf(']'));
        return getString("field.baseline") + ", " + getString("plan.criterion").toLowerCase(getLocale()) + " " + code
                + " – " + getString(field.endsWith(".level") ? "field.baseline.level" : "field.baseline.unmet");
    }

    // ------------------------------------------------------------------------------------------------ workflow

    private void workflowForm() {
        Form<Void> form = new Form<>(WORKFLOW);
        add(form);
        form.add(step("submit", PlanService.EDIT, () -> plan.getObject().getStatus().editable(),
                () -> plans.get().submit(context.user(), planId, version)));
        form.add(step("approve", PlanService.APPROVE, () -> plan.getObject().getStatus() == PlanStatus.SUBMITTED,
                () -> plans.get().approve(context.user(), planId, version)));
        form.add(showIf(new TextField<>("reason", new PropertyModel<String>(this, "returnReason")),
                () -> context.can(PlanService.APPROVE) && plan.getObject().getStatus() == PlanStatus.SUBMITTED));
        form.add(step("return", PlanService.APPROVE, () -> plan.getObject().getStatus() == PlanStatus.SUBMITTED,
                () -> plans.get().returnForChanges(context.user(), planId, version, returnReason)));
        form.add(step("publish", PlanService.APPROVE, () -> plan.getObject().getStatus() == PlanStatus.APPROVED,
                () -> plans.get().publish(context.user(), planId, version)));
    }

    private Button step(String id, String permission, SerializableBooleanSupplier when,
                        SerializableSupplier<PlanDocument> action) {
        return showIf(new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    PlanDocument d = action.get();
                    version = d.getVersion();
                    plan.setObject(d);
                    editing = null;
                    headerTyped = null;
                    success(getString("done." + id));
                } catch (PlanValidationException e) {
                    error(getString("invalid"));
                } catch (PlanConflictException e) {
                    conflict = e.theirChanges();
                    error(getString("conflict"));
                } catch (PlanStateException e) {
                    error(getString("state"));
                } catch (IllegalArgumentException e) {
                    error(getString("error.reason"));
                } finally {
                    forgetDerived();
                }
            }
        }, () -> context.can(permission) && when.getAsBoolean());
    }

    // ------------------------------------------------------------------------------------------------ table

    private List<Line> buildLines() {
        List<Line> out = new ArrayList<>();
        int n = 0;
        for (PlanRow row : plan.getObject().getRows()) {
            out.add(new Line(++n, row, null));
            row.getActions().forEach(a -> out.add(new Line(0, row, a)));
        }
        return out;
    }

    /** @return how many lines come before the open form: after the edited action or row, after a row's last action */
    private int split() {
        List<Line> all = lines.getObject();
        if (editing == null) {
            return all.size();
        }
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            Line l = all.get(i);
            if (!l.row().getKey().equals(editing.rowKey)) {
                continue;
            }
            boolean here = editing.added || editing.row != null && l.action() == null
                    || editing.action != null && l.action() != null && l.action().getKey().equals(editing.action.getKey());
            if (here) {
                at = i + 1;
                if (!editing.added) {
                    break;
                }
            }
        }
        return at < 0 ? all.size() : at;
    }

    private void tableForm() {
        Form<Void> table = new Form<>(TABLE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                String op = getRequest().getRequestParameters().getParameterValue(OP).toString("");
                int colon = op.indexOf(':');
                if (colon > 0 && keepOpenLine()) {
                    operate(op.substring(0, colon), op.substring(colon + 1));
                }
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                // Enter in the open form saves it, not whichever button of the table comes first.
                String save = editing == null ? ADD_ROW : editing.action != null
                        ? EDITOR + ":" + ACTION_FORM + ":" + SAVE_ACTION : EDITOR + ":" + ROW_FORM + ":" + SAVE_ROW;
                setDefaultButton((org.apache.wicket.markup.html.form.IFormSubmittingComponent) get(save));
            }
        };
        add(table);
        table.add(showIf(new WebMarkupContainer("head2018"), () -> !bieu2()));
        table.add(showIf(new WebMarkupContainer("headBieu2"), this::bieu2));
        table.add(showIf(new DropDownChoice<>(CRITERION, new PropertyModel<String>(this, "criterionCode"),
                LambdaModel.of(() -> List.copyOf(criterionTitles().keySet())),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        String title = criterionTitles().get(code);
                        return title == null ? code : code + " " + title;
                    }
                }), this::canEditPlan));
        table.add(showIf(new Button(ADD_ROW) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                addRow();
            }
        }, this::canEditPlan));
        table.add(new LinesMarkup("before", true));
        WebMarkupContainer editor = showIf(new WebMarkupContainer(EDITOR), () -> editing != null);
        table.add(editor);
        editor.add(actionForm());
        editor.add(rowForm());
        table.add(new LinesMarkup("after", false));
    }

    /** @return the plan's catalogue criteria, code to title, in the catalogue's order */
    private Map<String, String> criterionTitles() {
        PlanDocument d = plan.getObject();
        String of = d.getRegimeId() + "\0" + d.getCatalogueVersion() + "\0" + d.getAppendix();
        if (criterionTitles == null || !of.equals(titlesOf)) {
            Map<String, String> titles = new java.util.LinkedHashMap<>();
            criteria.getObject().forEach(c -> titles.put(c.code(), c.title()));
            criterionTitles = titles;
            titlesOf = of;
        }
        return criterionTitles;
    }

    private void addRow() {
        Criterion c = criteria.getObject().stream().filter(x -> x.code().equals(criterionCode)).findFirst().orElse(null);
        if (c == null) {
            error(getString("error.criterion"));
            return;
        }
        PlanDocument d = plan.getObject();
        PlanRow row = new PlanRow();
        row.setCriterionCode(c.code());
        row.setStandardNo(c.standardNumber());
        row.setCriterionTitle(c.title());
        row.setTargetLevel(d.getTargetLevel());
        d.getRows().add(row);
        if (save(d, false)) {
            criterionCode = null;
        }
    }

    private void operate(String verb, String key) {
        PlanDocument d = plan.getObject();
        PlanRow row = d.row(key);
        PlanRow owner = d.getRows().stream().filter(r -> r.getActions().stream().anyMatch(a -> a.getKey().equals(key)))
                .findFirst().orElse(null);
        PlanAction action = owner == null ? null
                : owner.getActions().stream().filter(a -> a.getKey().equals(key)).findFirst().orElseThrow();
        boolean onAction = verb.equals(EDIT_ACTION) || verb.equals(REMOVE_ACTION) || verb.equals(ACTION_UP)
                || verb.equals(ACTION_DOWN);
        if (onAction ? action == null : row == null) {
            error(getString("gone"));
            return;
        }
        switch (verb) {
            case EDIT_ACTION -> open(Editing.action(owner.getKey(), action, false));
            case ADD_ACTION -> open(Editing.action(row.getKey(), new PlanAction(), true));
            case EDIT_ROW -> open(Editing.row(row));
            case REMOVE_ACTION -> {
                owner.getActions().remove(action);
                save(d, false);
            }
            case ACTION_UP, ACTION_DOWN -> {
                owner.setActions(moved(owner.getActions(), action, verb.equals(ACTION_UP) ? -1 : 1));
                save(d, false);
            }
            case ROW_UP, ROW_DOWN -> {
                d.setRows(moved(d.getRows(), row, verb.equals(ROW_UP) ? -1 : 1));
                save(d, false);
            }
            case REMOVE_ROW -> {
                d.getRows().remove(row);
                if (editing != null && editing.rowKey.equals(key)) {
                    editing = null;
                }
                save(d, false);
            }
            default -> error(getString("gone"));
        }
    }

    /**
     * Before a table button acts, saves what the user typed in the open row or action: the browser posts the open
     * form's fields with every table button, so input is never dropped by opening another line. Input that cannot be
     * saved (unreadable, invalid or refused) keeps the line open with a message, and the button does nothing.
     *
     * @return whether the table button may act
     */
    private boolean keepOpenLine() {
        if (editing == null || !mayAutosave()) {
            return true;
        }
        Form<?> inline = (Form<?>) get(TABLE + ":" + EDITOR + ":" + (editing.action != null ? ACTION_FORM : ROW_FORM));
        IRequestParameters posted = getRequest().getRequestParameters();
        boolean[] any = {false};
        inline.visitFormComponents((field, visit) -> {
            if (!(field instanceof IFormSubmittingComponent) && !posted.getParameterValue(field.getInputName()).isNull()) {
                any[0] = true;
            }
        });
        if (!any[0]) {
            return true;
        }
        if (!readInput(inline)) {
            error(getString("openLineUnreadable"));
            return false;
        }
        if (input(editing).equals(savedInput)) {
            return true;
        }
        List<String> typed = input(editing);
        if (editing.action != null ? storeAction(true) : storeRow(true)) {
            savedInput = typed;
            success(getString("openLineSaved"));
            return true;
        }
        return false;
    }

    private static <T> List<T> moved(List<T> list, T item, int by) {
        List<T> out = new ArrayList<>(list);
        int i = out.indexOf(item);
        int j = i + by;
        if (i >= 0 && j >= 0 && j < out.size()) {
            Collections.swap(out, i, j);
        }
        return out;
    }

    /**
     * The table's lines before ({@code before}) or after the open form, written as markup at each render from the
     * reloaded plan ({@link TableLinesWriter}); the page keeps nothing of them. Their buttons post {@link #OP}.
     */
    private final class LinesMarkup extends WebComponent {
        private static final long serialVersionUID = 1L;

        private final boolean before;

        LinesMarkup(String id, boolean before) {
            super(id);
            this.before = before;
        }

        @Override
        public void onComponentTagBody(MarkupStream markupStream, ComponentTag openTag) {
            List<Line> all = lines.getObject();
            int split = split();
            List<Line> mine = before ? all.subList(0, split) : all.subList(split, all.size());
            StringBuilder html = new StringBuilder(mine.size() * 1024);
            TableLinesWriter writer = lineContext().writer(html);
            for (Line line : mine) {
                if (line.action() == null) {
                    writer.row(line.number(), line.row());
                } else {
                    writer.action(line.action());
                }
            }
            replaceComponentTagBody(markupStream, openTag, html);
        }
    }

    // ------------------------------------------------------------------------------------------------ inline forms

    /** The open action's form; not submitted with the table form, whose buttons would otherwise save it. */
    private abstract static class InlineForm extends Form<Object> {
        private static final long serialVersionUID = 1L;

        InlineForm(String id, IModel<Object> model) {
            super(id, new CompoundPropertyModel<>(model));
        }

        @Override
        protected boolean wantSubmitOnParentFormSubmit() {
            return false;
        }
    }

    private Form<Object> actionForm() {
        Form<Object> form = showIf(new InlineForm(ACTION_FORM, LambdaModel.of(() -> editing == null ? null : editing.action)) {
            private static final long serialVersionUID = 1L;
        }, () -> editing != null && editing.action != null);
        form.add(new Label("heading", LambdaModel.of(() -> getString(editing != null && editing.added
                ? "heading.newAction" : "heading.action"))));
        form.add(new TextArea<String>("description"));
        TextField<String> leadText = new TextField<>("leadText");
        form.add(leadText.setOutputMarkupId(true));
        // Added after the lead text so that, on submit, a newly picked person's name replaces the text typed.
        form.add(leadPicker(leadText));
        form.add(new TextField<String>("partners"));
        form.add(new TextField<String>("timeText"));
        form.add(new TextField<String>("budgetText"));
        form.add(new TextField<String>("support"));
        form.add(new TextField<String>("alsoServes"));
        form.add(new CheckBox("completed"));
        WebMarkupContainer only2018 = showIf(new WebMarkupContainer("only2018"), () -> !bieu2());
        only2018.add(new TextField<String>("notes"));
        form.add(only2018);
        WebMarkupContainer onlyBieu2 = showIf(new WebMarkupContainer("onlyBieu2"), this::bieu2);
        onlyBieu2.add(new TextArea<String>("resultIndicator"));
        onlyBieu2.add(new TextArea<String>("expectedEvidence"));
        onlyBieu2.add(new TextField<String>("degreeOfImplementation"));
        form.add(onlyBieu2);
        autosave(form);
        form.add(new TransientListView<>("issues", LambdaModel.of(() -> editing == null || editing.added
                ? List.<ValidationIssue>of()
                : issues.getObject().stream().filter(i -> editing.action.getKey().equals(i.actionKey())).toList())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ValidationIssue> item) {
                item.add(new Label("text", message(item.getModelObject())));
            }
        });
        form.add(new Button(SAVE_ACTION) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                saveAction();
            }
        });
        form.add(cancel());
        return form;
    }

    private Form<Object> rowForm() {
        Form<Object> form = showIf(new InlineForm(ROW_FORM, LambdaModel.of(() -> editing == null ? null : editing.row)) {
            private static final long serialVersionUID = 1L;
        }, () -> editing != null && editing.row != null);
        form.add(new Label("code", LambdaModel.of(() -> editing.row.getCriterionCode())));
        form.add(new Label("criterionTitle", LambdaModel.of(() -> editing.row.getCriterionTitle())));
        form.add(new TextArea<String>("currentState"));
        WebMarkupContainer only2018 = showIf(new WebMarkupContainer("only2018"), () -> !bieu2());
        only2018.add(new TextField<>("targetLevel", Integer.class));
        only2018.add(new TextField<String>("targetText"));
        form.add(only2018);
        WebMarkupContainer onlyBieu2 = showIf(new WebMarkupContainer("onlyBieu2"), this::bieu2);
        onlyBieu2.add(new TextArea<String>("objective"));
        form.add(onlyBieu2);
        autosave(form);
        form.add(new Button(SAVE_ROW) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                saveRow();
            }
        });
        form.add(cancel());
        return form;
    }

    private Button cancel() {
        Button cancel = new Button(CANCEL) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                editing = null;
            }
        };
        cancel.setDefaultFormProcessing(false);
        return cancel;
    }

    private void saveAction() {
        PlanAction typed = editing.action;
        String lead = typed.getLeadText().strip();
        boolean noPartners = typed.getPartners().isBlank();
        if (storeAction(false)) {
            // The service gives keys to new actions on the copy it was handed, so the typed action now has one.
            plan.getObject().actions().stream().filter(a -> a.getKey().equals(typed.getKey())).findFirst()
                    .filter(a -> noPartners && !a.getPartners().isEmpty() && !a.getLeadText().equals(lead))
                    .ifPresent(a -> info(new StringResourceModel("leadSplit", this)
                            .setParameters(a.getLeadText(), a.getPartners()).getObject()));
            editing = null;
        }
    }

    /** Puts the open action into the reloaded plan and saves it; a new action then counts as saved (it has a key). */
    private boolean storeAction(boolean quiet) {
        PlanDocument d = plan.getObject();
        PlanRow row = d.row(editing.rowKey);
        PlanAction typed = editing.action;
        int at = row == null ? -1 : IntStream.range(0, row.getActions().size())
                .filter(i -> row.getActions().get(i).getKey().equals(typed.getKey())).findFirst().orElse(-1);
        if (row == null || !editing.added && at < 0) {
            error(getString("gone"));
            editing = null;
            return false;
        }
        if (editing.added) {
            row.getActions().add(typed);
        } else {
            row.getActions().set(at, typed);
        }
        if (!save(d, false, quiet)) {
            return false;
        }
        if (editing.added) {
            // The service gave the typed action its key; a later save must replace it, not add it again.
            editing = Editing.action(editing.rowKey, typed, false);
        }
        return true;
    }

    private void saveRow() {
        if (storeRow(false)) {
            editing = null;
        }
    }

    private boolean storeRow(boolean quiet) {
        PlanDocument d = plan.getObject();
        PlanRow row = d.row(editing.rowKey);
        if (row == null) {
            error(getString("gone"));
            editing = null;
            return false;
        }
        PlanRow typed = editing.row;
        row.setTargetLevel(typed.getTargetLevel());
        row.setTargetText(typed.getTargetText());
        row.setCurrentState(typed.getCurrentState());
        row.setObjective(typed.getObjective());
        return save(d, false, quiet);
    }

    // ------------------------------------------------------------------------------------------------ lead

    /**
     * The lead picked from the school's staff, or none ("another person or role"): then only the lead text is kept.
     * Picking a person sets the action's lead user id and writes their name as the lead text. Only users who may
     * edit the whole plan can change it (the service refuses a lead's change of {@code leadUserId}).
     */
    private DropDownChoice<StaffMember> leadPicker(TextField<String> leadText) {
        IModel<StaffMember> lead = LambdaModel.of(
                () -> editing == null || editing.action == null ? null : leadChoices().stream()
                        .filter(m -> m.userId().equals(editing.action.getLeadUserId())).findFirst().orElse(null),
                m -> {
                    if (m == null) {
                        editing.action.setLeadUserId("");
                    } else {
                        editing.action.setLeadUserId(m.userId());
                        editing.action.setLeadText(m.displayName());
                    }
                });
        DropDownChoice<StaffMember> picker = new DropDownChoice<>(LEAD_USER, lead,
                LambdaModel.of(this::leadChoices), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(StaffMember m) {
                        return m.displayName();
                    }

                    @Override
                    public String getIdValue(StaffMember m, int index) {
                        return m.userId();
                    }
                });
        picker.setNullValid(true);
        picker.add(new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onConfigure(Component c) {
                c.setEnabled(canEditPlan());
            }
        });
        picker.add(new AjaxFormComponentUpdatingBehavior("change") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onUpdate(AjaxRequestTarget target) {
                target.add(leadText);
                autosave(target, null);
            }
        });
        return picker;
    }

    /** The school's staff, and the action's current lead user even when they are no longer staff (left the school). */
    private List<StaffMember> leadChoices() {
        List<StaffMember> all = staff.getObject();
        if (editing == null || editing.action == null) {
            return all;
        }
        String id = editing.action.getLeadUserId();
        if (id.isEmpty() || all.stream().anyMatch(m -> m.userId().equals(id))) {
            return all;
        }
        List<StaffMember> withLead = new ArrayList<>(all);
        String name = editing.action.getLeadText().isBlank() ? id : editing.action.getLeadText();
        withLead.add(new StaffMember(id, name, Set.of()));
        return withLead;
    }

    // ------------------------------------------------------------------------------------------------ autosave

    private void open(Editing e) {
        editing = e;
        savedInput = input(e);
        autosavedAt = null;
    }

    /** A field of the open row or action that the user can change, as text. */
    private record Input<T>(Function<T, String> get, BiConsumer<T, String> set) {
    }

    /** What the user can change in an action (its form's fields). */
    private static final List<Input<PlanAction>> ACTION_INPUT = List.of(
            new Input<>(PlanAction::getDescription, PlanAction::setDescription),
            new Input<>(PlanAction::getLeadText, PlanAction::setLeadText),
            new Input<>(PlanAction::getLeadUserId, PlanAction::setLeadUserId),
            new Input<>(PlanAction::getPartners, PlanAction::setPartners),
            new Input<>(PlanAction::getTimeText, PlanAction::setTimeText),
            new Input<>(PlanAction::getBudgetText, PlanAction::setBudgetText),
            new Input<>(PlanAction::getSupport, PlanAction::setSupport),
            new Input<>(PlanAction::getNotes, PlanAction::setNotes),
            new Input<>(PlanAction::getResultIndicator, PlanAction::setResultIndicator),
            new Input<>(PlanAction::getExpectedEvidence, PlanAction::setExpectedEvidence),
            new Input<>(PlanAction::getDegreeOfImplementation, PlanAction::setDegreeOfImplementation),
            new Input<>(PlanAction::getAlsoServes, PlanAction::setAlsoServes),
            new Input<>(a -> String.valueOf(a.isCompleted()), (a, v) -> a.setCompleted(Boolean.parseBoolean(v))));

    /** What the user can change in a row (its form's fields; its actions are edited one by one). */
    private static final List<Input<PlanRow>> ROW_INPUT = List.of(
            new Input<>(PlanRow::getCurrentState, PlanRow::setCurrentState),
            new Input<>(r -> r.getTargetLevel() == null ? "" : r.getTargetLevel().toString(),
                    (r, v) -> r.setTargetLevel(v.isEmpty() ? null : Integer.valueOf(v))),
            new Input<>(PlanRow::getTargetText, PlanRow::setTargetText),
            new Input<>(PlanRow::getObjective, PlanRow::setObjective));

    /** @return what the user can change in the open row or action, to tell whether it changed since the last save */
    private static List<String> input(Editing e) {
        return e.action != null ? values(ACTION_INPUT, e.action) : values(ROW_INPUT, e.row);
    }

    private static <T> List<String> values(List<Input<T>> inputs, T item) {
        return inputs.stream().map(i -> java.util.Objects.toString(i.get().apply(item), "")).toList();
    }

    /**
     * After a refused save, puts the open row or action of the reloaded plan into the form with what the user typed: a
     * field the user changed keeps their input, every other field shows the stored value, which another user may have
     * changed meanwhile. Saving it then changes only what the user changed; replacing the whole line with the copy
     * opened before the other save would silently undo the other user's changes to its other fields. A new action
     * (never saved) and a line removed meanwhile are left as typed.
     */
    private void mergeOpenLine() {
        if (editing == null || editing.added) {
            return;
        }
        PlanDocument d = plan.getObject();
        if (editing.action != null) {
            String key = editing.action.getKey();
            PlanRow owner = d.getRows().stream()
                    .filter(r -> r.getActions().stream().anyMatch(a -> a.getKey().equals(key))).findFirst()
                    .orElse(null);
            if (owner == null) {
                return;
            }
            PlanAction stored = owner.getActions().stream().filter(a -> a.getKey().equals(key)).findFirst()
                    .orElseThrow();
            List<String> storedInput = values(ACTION_INPUT, stored);
            applyTyped(ACTION_INPUT, input(editing), stored);
            editing = Editing.action(owner.getKey(), stored, false);
            savedInput = storedInput;
        } else {
            PlanRow stored = d.row(editing.rowKey);
            if (stored == null) {
                return;
            }
            Editing merged = Editing.row(stored);
            List<String> storedInput = values(ROW_INPUT, merged.row);
            applyTyped(ROW_INPUT, input(editing), merged.row);
            editing = merged;
            savedInput = storedInput;
        }
    }

    /** Sets on {@code item} the fields whose typed value differs from {@link #savedInput}. */
    private <T> void applyTyped(List<Input<T>> inputs, List<String> typed, T item) {
        for (int i = 0; i < inputs.size(); i++) {
            if (!typed.get(i).equals(savedInput.get(i))) {
                inputs.get(i).set().accept(item, typed.get(i));
            }
        }
    }

    private boolean mayAutosave() {
        if (editing == null || autosaveOff || !plan.getObject().getStatus().editable()) {
            return false;
        }
        return editing.action != null ? canEditAction(editing.action) : canEditPlan();
    }

    /** Adds the timer and the leave-a-field saving to an inline form, and the line that tells when it last saved. */
    private void autosave(Form<Object> form) {
        form.setOutputMarkupId(true);
        form.add(new Label(AUTOSAVED, LambdaModel.of(() -> autosavedAt == null ? "" : new StringResourceModel(
                AUTOSAVED, this).setParameters(autosavedAt.format(DateTimeFormatter.ofPattern("HH:mm"))).getObject()))
                .setOutputMarkupId(true));
        form.add(new AutosaveTimer());
        form.visitFormComponents((field, visit) -> {
            if (field instanceof IFormSubmittingComponent || field.getId().equals(LEAD_USER)) {
                return; // buttons; the lead picker has its own behaviour, which also renders the lead text again
            }
            field.add(new AjaxFormComponentUpdatingBehavior("change") {
                private static final long serialVersionUID = 1L;

                @Override
                protected void onUpdate(AjaxRequestTarget target) {
                    autosave(target, null);
                }

                @Override
                protected void onError(AjaxRequestTarget target, RuntimeException e) {
                    // Unreadable input (a level that is not a number) is reported when the user saves, not now.
                    getFormComponent().getFeedbackMessages().clear();
                }
            });
        });
    }

    /**
     * Saves the open row or action quietly when it changed since the last save.
     *
     * @param form the inline form whose posted input is read first (the timer posts it); null when the models are
     *             already up to date (a field's change behaviour has just updated its model)
     */
    private void autosave(AjaxRequestTarget target, Form<?> form) {
        if (!mayAutosave() || form != null && !readInput(form)) {
            return;
        }
        List<String> typed = input(editing);
        if (typed.equals(savedInput)) {
            return;
        }
        Form<?> inline = (Form<?>) get(TABLE + ":" + EDITOR + ":" + (editing.action != null ? ACTION_FORM : ROW_FORM));
        if (editing.action != null ? storeAction(true) : storeRow(true)) {
            savedInput = typed;
            autosavedAt = LocalTime.now(SCHOOL_ZONE);
            target.add(inline.get(AUTOSAVED));
        } else {
            autosaveOff = true;
            target.add(get("feedback"), get(CONFLICT));
        }
    }

    /**
     * Reads the inline form's posted input into the open row or action, as a submit would, but silently.
     *
     * @return false when the request carries no input of the form or some of it is unreadable; nothing is changed
     */
    private static boolean readInput(Form<?> form) {
        IRequestParameters posted = form.getRequest().getRequestParameters();
        List<FormComponent<?>> fields = new ArrayList<>();
        form.visitFormComponents((field, visit) -> {
            if (!(field instanceof IFormSubmittingComponent) && field.isVisibleInHierarchy()
                    && field.isEnabledInHierarchy()) {
                fields.add(field);
            }
        });
        // An unchecked box posts nothing, so only text fields tell whether the form's input came with the request.
        boolean posted0 = fields.stream().anyMatch(f -> !(f instanceof CheckBox)
                && !posted.getParameterValue(f.getInputName()).isNull());
        if (!posted0) {
            return false;
        }
        boolean valid = true;
        for (FormComponent<?> field : fields) {
            field.inputChanged();
            field.validate();
            if (field.hasErrorMessage()) {
                field.getFeedbackMessages().clear();
                valid = false;
            }
        }
        if (valid) {
            for (FormComponent<?> field : fields) {
                field.valid();
                field.updateModel();
            }
        }
        return valid;
    }

    /** Every {@link #AUTOSAVE_EVERY}, posts the inline form's input and saves it when it changed. */
    private final class AutosaveTimer extends AbstractAjaxTimerBehavior {
        private static final long serialVersionUID = 1L;

        AutosaveTimer() {
            super(AUTOSAVE_EVERY);
        }

        @Override
        protected void updateAjaxAttributes(AjaxRequestAttributes attributes) {
            super.updateAjaxAttributes(attributes);
            // A nested form renders as a div; Wicket's script then posts the inputs of the enclosing form.
            attributes.setFormId(getComponent().getMarkupId());
            attributes.setMethod(AjaxRequestAttributes.Method.POST);
        }

        @Override
        protected void onTimer(AjaxRequestTarget target) {
            autosave(target, (Form<?>) getComponent());
        }

        @Override
        public boolean isEnabled(Component component) {
            // Not rendered and not rescheduled once an autosave was refused, nor for a plan the user may not change.
            return !autosaveOff && mayAutosave();
        }
    }

    private IModel<String> message(ValidationIssue issue) {
        return new StringResourceModel("validation." + issue.code(), this).setParameters(issue.args().toArray());
    }
}
