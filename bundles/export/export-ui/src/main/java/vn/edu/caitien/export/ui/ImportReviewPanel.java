package vn.edu.caitien.export.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.export.importer.Confidence;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportMessages;
import vn.edu.caitien.export.importer.ImportNotice;
import vn.edu.caitien.export.importer.ImportPiece;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.export.importer.SourcePosition;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The review screen of an import: the source pieces beside the field each went to (pieces that deserve a look are
 * highlighted), the "not recognised" list with its count (always shown), the importer's warnings, and "Lưu thành
 * bản nháp". Nothing is saved before that click; then the period, title and number are checked (the number against
 * the school's other plans), and only then the plan is created and the imported content saved into it once. The
 * import itself waits on the server ({@link ImportDrafts}); the page keeps only its id.
 */
public class ImportReviewPanel extends Panel {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportReviewPanel.class);

    /** Wicket ids for tests. */
    public static final String PIECES = "pieces";
    public static final String UNRECOGNISED = "unrecognised";
    public static final String UNRECOGNISED_COUNT = "unrecognisedCount";
    public static final String WARNINGS = "warnings";
    public static final String SAVE_FORM = "saveForm";
    public static final String PERIOD = "period";
    public static final String TITLE = "title";
    public static final String NUMBER = "number";
    public static final String SAVE = "save";
    public static final String AGAIN = "again";
    /** The CSS class of a highlighted piece. */
    public static final String FLAGGED = "import-flagged";

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final ServiceRef<ImportDrafts> drafts = ServiceRef.of(ImportDrafts.class);
    private final PortalContext context;
    /** The draft waiting on the server ({@link ImportDrafts}); the page keeps only its id. */
    private final String draftId;
    private IModel<ImportDrafts.Draft> draft;

    private String period;
    private String title;
    private Integer number;

    /**
     * @param context the user and the current school
     * @param draftId the import waiting for review in {@link ImportDrafts}
     */
    public ImportReviewPanel(String id, PortalContext context, String draftId) {
        super(id);
        this.context = context;
        this.draftId = draftId;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        draft = LoadableDetachableModel.of(() -> drafts.find().flatMap(d -> d.get(context.user(), draftId)).orElse(null));
        IModel<ImportResult> result = draft.map(ImportDrafts.Draft::result);
        add(new FeedbackPanel("feedback"));
        add(new WebMarkupContainer("expired") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(draft.getObject() == null);
            }
        });
        WebMarkupContainer review = new WebMarkupContainer("review") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(draft.getObject() != null);
            }
        };
        add(review);
        ImportResult read = result.getObject();
        if (read != null) {
            DocumentHeader header = read.plan().getHeader();
            period = header.getPeriod() == null ? "" : header.getPeriod().years();
            title = header.getTitle();
            number = header.getNumber();
        }
        review.add(new Label("file", draft.map(ImportDrafts.Draft::fileName)));
        review.add(new Label("summary", () -> read(result, r -> new StringResourceModel("summary", this).setParameters(
                getString("format." + r.format().name()), r.sourceUnits(), r.pieces().size(),
                r.unrecognised().size()).getString())));
        review.add(new Label("encoding", () -> read(result, r -> r.encoding().isEmpty() ? ""
                : new StringResourceModel("encoding", this).setParameters(r.encoding()).getString())));

        review.add(new TransientListView<>(WARNINGS, list(result, ImportResult::warnings)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ImportNotice> item) {
                item.add(new Label("text", item.getModelObject().message(getLocale())));
            }
        });

        review.add(new Label(UNRECOGNISED_COUNT, () -> new StringResourceModel("unrecognised.heading", this)
                .setParameters(list(result, ImportResult::unrecognised).getObject().size()).getString()));
        review.add(new TransientListView<>(UNRECOGNISED, list(result, ImportResult::unrecognised)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ImportPiece> item) {
                ImportPiece piece = item.getModelObject();
                item.add(new Label("position", position(piece.position())));
                item.add(new Label("text", piece.text()));
                item.add(new Label("flags", flags(piece.flags())));
            }
        });
        review.add(new WebMarkupContainer("noneUnrecognised") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(list(result, ImportResult::unrecognised).getObject().isEmpty());
            }
        });

        review.add(new TransientListView<>(PIECES, list(result, ImportResult::pieces)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ImportPiece> item) {
                ImportPiece piece = item.getModelObject();
                if (flagged(piece)) {
                    item.add(AttributeModifier.append("class", FLAGGED));
                }
                item.add(new Label("position", position(piece.position())));
                item.add(new Label("text", piece.text()));
                item.add(new Label("field", FieldLabels.label(ImportReviewPanel.this, piece.field())));
                item.add(new Label("confidence", ImportMessages.text("confidence." + piece.confidence().name(),
                        getLocale())));
                item.add(new Label("flags", flags(piece.flags())));
            }
        });

        Form<Void> form = new Form<>(SAVE_FORM);
        form.setVisible(context.can(PlanService.EDIT));
        review.add(form);
        // not required: a missing period gets our own message in save(), in the user's language
        form.add(new TextField<>(PERIOD, new PropertyModel<String>(this, "period")));
        form.add(new TextField<>(TITLE, new PropertyModel<String>(this, "title")));
        form.add(new TextField<>(NUMBER, new PropertyModel<Integer>(this, "number"), Integer.class)
                .setLabel(new ResourceModel("label.number")));
        form.add(new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                save();
            }
        });
        add(new Link<Void>(AGAIN) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                ImportReviewPanel.this.replaceWith(new ImportPanel(ImportReviewPanel.this.getId(), context));
            }
        });
    }

    /** A piece deserves a look when the importer is unsure of it or flags more than structure or normalisation. */
    static boolean flagged(ImportPiece piece) {
        return piece.confidence() != Confidence.HIGH || piece.flags().stream()
                .anyMatch(f -> f != ImportFlag.STRUCTURE && f != ImportFlag.NORMALISED);
    }

    private void save() {
        ImportDrafts.Draft current = draft.getObject();
        if (current == null) {
            error(getString("error.expired"));
            return;
        }
        PlanPeriod parsed;
        try {
            parsed = PlanPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            error(getString("error.period"));
            return;
        }
        if (number != null && number <= 0) {
            error(getString("error.number"));
            return;
        }
        String schoolId = context.requireSchool().id();
        PlanService service = plans.get();
        PlanDocument candidate = ImportedPlans.copy(current.result().plan());
        candidate.setSchoolId(schoolId);
        candidate.getHeader().setPeriod(parsed);
        candidate.getHeader().setTitle(title == null ? "" : title);
        candidate.getHeader().setNumber(number);
        List<ValidationIssue> issues;
        try {
            issues = service.validate(context.user(), candidate);
        } catch (AccessDeniedException e) {
            error(getString("error.denied"));
            return;
        }
        if (issues.stream().anyMatch(i -> ValidationIssue.DUPLICATE_NUMBER.equals(i.code()))) {
            error(new StringResourceModel("error.duplicateNumber", this).setParameters(number).getString());
            return;
        }

        PlanDocument created;
        try {
            created = service.create(context.user(), schoolId, parsed, title);
        } catch (AccessDeniedException e) {
            error(getString("error.denied"));
            return;
        } catch (RuntimeException e) {
            LOG.warn("Creating a plan for an import failed", e);
            error(getString("error.create"));
            return;
        }
        PlanDocument merged = ImportedPlans.merge(created, candidate);
        PlanDocument saved;
        try {
            saved = service.save(context.user(), merged);
        } catch (PlanValidationException | PlanConflictException | PlanStateException | AccessDeniedException e) {
            LOG.info("Saving imported content into plan {} refused: {}", created.getId(), e.getMessage());
            error(new StringResourceModel("error.save", this).setParameters(created.getHeader().getTitle()).getString());
            return;
        } catch (RuntimeException e) {
            LOG.warn("Saving imported content into plan {} failed", created.getId(), e);
            error(new StringResourceModel("error.save", this).setParameters(created.getHeader().getTitle()).getString());
            return;
        }
        drafts.get().remove(context.user(), draftId);
        String done = new StringResourceModel("saved", this).setParameters(saved.getHeader().getTitle(),
                saved.actions().size()).getString();
        ImportPanel next = new ImportPanel(getId(), context);
        replaceWith(next);
        next.success(done);
    }

    /** @return a list of the result, empty once the draft is gone */
    private static <T> IModel<List<T>> list(IModel<ImportResult> result,
                                            org.danekja.java.util.function.serializable.SerializableFunction<ImportResult, List<T>> part) {
        return () -> result.getObject() == null ? List.of() : part.apply(result.getObject());
    }

    private static String read(IModel<ImportResult> result,
                               org.danekja.java.util.function.serializable.SerializableFunction<ImportResult, String> part) {
        return result.getObject() == null ? "" : part.apply(result.getObject());
    }

    @Override
    protected void onDetach() {
        super.onDetach();
        if (draft != null) {
            draft.detach();
        }
    }

    private String position(SourcePosition p) {
        if (p == null) {
            return "";
        }
        if (p.table() > 0) {
            return new StringResourceModel("position.cell", this).setParameters(p.table(), p.row(), p.column())
                    .getString();
        }
        return new StringResourceModel(p.column() > 0 ? "position.lineColumn" : "position.line", this)
                .setParameters(p.line(), p.column()).getString();
    }

    private String flags(Set<ImportFlag> flags) {
        List<String> texts = new ArrayList<>();
        for (ImportFlag f : flags) {
            texts.add(ImportMessages.text("flag." + f.name(), getLocale()));
        }
        return texts.stream().collect(Collectors.joining("; "));
    }
}
