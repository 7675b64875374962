package vn.edu.caitien.catalogue.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.util.lang.Bytes;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.StringResourceModel;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueDiff;
import vn.edu.caitien.catalogue.api.CatalogueImportException;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.CatalogueVersion;
import vn.edu.caitien.catalogue.api.ImportProblem;
import vn.edu.caitien.catalogue.api.ImportReport;
import vn.edu.caitien.catalogue.api.PublishConflictException;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * For system administrators: check and publish a catalogue file, confirm a catalogue against the official text,
 * and view what changed between two versions. Shows nothing to other users (the services refuse them anyway).
 *
 * <p>A publish passes the regime's current version as this panel first showed it (the list under the form) as
 * the expected version, so a version published by another administrator meanwhile is never replaced unseen: the
 * publish is refused, nothing is saved, and the panel names the newer version and offers to reload.
 */
public class CatalogueAdminPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    /** Largest upload the import form receives at all. */
    static final Bytes MAX_UPLOAD = Bytes.megabytes(4);

    public static final String IMPORT_FORM = "importForm";
    public static final String FILE = "file";
    public static final String NOTE = "note";
    public static final String CHECK = "check";
    public static final String PUBLISH = "publish";
    public static final String PROBLEMS = "problems";
    public static final String SEEN = "seen";
    public static final String RELOAD = "reload";
    public static final String UNCHECKED = "unchecked";
    public static final String DIFF_FORM = "diffForm";
    public static final String DIFF_REGIME = "diffRegime";
    public static final String DIFF_FROM = "fromVersion";
    public static final String DIFF_TO = "toVersion";
    public static final String CHANGES = "changes";
    public static final String DENIED = AdminArea.DENIED;

    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final ServiceRef<CatalogueAdminService> admin = ServiceRef.of(CatalogueAdminService.class);
    private final PortalContext context;
    private String note;
    private ImportReport report;
    /** Current version of each regime as this panel first showed it: what a publish expects to replace. */
    private LinkedHashMap<String, Integer> seenVersions = new LinkedHashMap<>();
    /** The regime whose publish was refused because of a newer version; null when none was. */
    private String conflictRegime;
    private String diffRegime;
    private Integer fromVersion;
    private Integer toVersion;
    private CatalogueDiff diff;

    /** @param context the administrator */
    public CatalogueAdminPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        boolean allowed = AdminArea.isAdministrator(context);
        WebMarkupContainer body = AdminArea.addTo(this, context);
        body.add(new FeedbackPanel("feedback"));
        IModel<List<Regime>> regimes = LoadableDetachableModel.of(() -> catalogue.get().regimes(context.user()));
        if (allowed) {
            seenVersions = currentVersions();
        }

        Form<Void> importForm = new Form<>(IMPORT_FORM);
        importForm.setMultiPart(true);
        // the service refuses files over its own limit (2 MB by default) with a clear message; this bound stops a
        // far larger upload (50 MB of junk) while it is being received, before it is read into memory
        importForm.setMaxSize(MAX_UPLOAD);
        FileUploadField file = new FileUploadField(FILE);
        importForm.add(file);
        importForm.add(new TextField<>(NOTE, new PropertyModel<String>(this, "note")));
        importForm.add(new Button(CHECK) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                byte[] bytes = bytes(file);
                if (bytes != null) {
                    report = admin.get().validate(context.user(), bytes);
                    if (report.valid()) {
                        info(new StringResourceModel("import.valid", CatalogueAdminPanel.this)
                                .setParameters(report.circular(), report.standards(), report.criteria()).getString());
                    }
                }
            }
        });
        importForm.add(new Button(PUBLISH) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                byte[] bytes = bytes(file);
                if (bytes != null) {
                    publish(bytes);
                }
            }
        });
        body.add(importForm);
        body.add(new ListView<>(SEEN, LoadableDetachableModel.of(() -> List.copyOf(seenVersions.entrySet()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Map.Entry<String, Integer>> item) {
                String regimeId = item.getModelObject().getKey();
                int number = item.getModelObject().getValue();
                item.add(new Label("version", LoadableDetachableModel.of(() -> new StringResourceModel(
                        "seen.version", CatalogueAdminPanel.this).setParameters(circular(regimes.getObject(),
                        regimeId), number).getString())));
            }
        });
        body.add(new Link<Void>(RELOAD) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                seenVersions = currentVersions();
                conflictRegime = null;
                regimes.detach();
                info(getString("import.reloaded"));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(conflictRegime != null);
            }
        });
        body.add(new ListView<>(PROBLEMS, LoadableDetachableModel.of(
                () -> report == null ? List.<ImportProblem>of() : report.problems())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ImportProblem> item) {
                ImportProblem p = item.getModelObject();
                item.add(new Label("message", new StringResourceModel("problem." + p.kind().name(),
                        CatalogueAdminPanel.this).setParameters(p.line(), p.detail())));
            }
        });

        body.add(new ListView<>(UNCHECKED, regimes.map(list -> list.stream()
                .filter(r -> !r.officialTextChecked()).toList())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Regime> item) {
                String regimeId = item.getModelObject().id();
                item.add(new Label("circular", item.getModelObject().circular()));
                item.add(new Link<Void>("confirm") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        admin.get().confirmOfficialText(context.user(), regimeId);
                        regimes.detach();
                        // On the panel: this link goes away when the list is rebuilt, and its messages with it.
                        CatalogueAdminPanel.this.info(getString("confirmed"));
                    }
                });
            }
        });

        Form<Void> diffForm = new Form<>(DIFF_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                diff = diffRegime == null || fromVersion == null || toVersion == null ? null
                        : catalogue.get().diff(context.user(), diffRegime, fromVersion, toVersion);
            }
        };
        ChoiceRenderer<String> regimeRenderer = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String id) {
                return regimes.getObject().stream().filter(r -> r.id().equals(id)).findFirst()
                        .map(Regime::circular).orElse(id);
            }
        };
        diffForm.add(new DropDownChoice<>(DIFF_REGIME, new PropertyModel<>(this, "diffRegime"),
                regimes.map(list -> list.stream().map(Regime::id).toList()), regimeRenderer));
        IModel<List<Integer>> versions = LoadableDetachableModel.of(() -> diffRegime == null ? List.of()
                : catalogue.get().versions(context.user(), diffRegime).stream().map(CatalogueVersion::number)
                        .toList());
        diffForm.add(new DropDownChoice<>(DIFF_FROM, new PropertyModel<>(this, "fromVersion"), versions));
        diffForm.add(new DropDownChoice<>(DIFF_TO, new PropertyModel<>(this, "toVersion"), versions));
        body.add(diffForm);
        body.add(new WebMarkupContainer("noChange") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(diff != null && diff.changes().isEmpty());
            }
        });
        body.add(new ListView<>(CHANGES, LoadableDetachableModel.of(
                () -> diff == null ? List.<CatalogueDiff.Change>of() : diff.changes())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CatalogueDiff.Change> item) {
                CatalogueDiff.Change c = item.getModelObject();
                item.add(new Label("kind", new StringResourceModel("change." + c.kind().name(),
                        CatalogueAdminPanel.this)));
                item.add(new Label("appendix", c.appendix()));
                item.add(new Label("code", c.code()));
                item.add(new Label("field", c.field()));
                item.add(new Label("before", Model.of(c.before())));
                item.add(new Label("after", Model.of(c.after())));
            }
        });
    }

    /**
     * Publishes a checked file as the next version of the version this panel showed, so that a version published by
     * someone else in between is not silently replaced.
     */
    private void publish(byte[] bytes) {
        ImportReport checked = admin.get().validate(context.user(), bytes);
        if (!checked.valid()) {
            report = checked;
            return;
        }
        String regimeId = checked.regimeId();
        int expected = seenVersions.getOrDefault(regimeId, 0);
        try {
            CatalogueVersion v = admin.get().publish(context.user(), bytes, expected, note);
            report = null;
            conflictRegime = null;
            seenVersions.put(v.regimeId(), v.number());
            info(new StringResourceModel("import.published", this).setParameters(v.regimeId(), v.number())
                    .getString());
        } catch (CatalogueImportException e) {
            report = e.report();
        } catch (PublishConflictException e) {
            conflictRegime = regimeId;
            int newer = catalogue.get().versions(context.user(), regimeId).stream()
                    .mapToInt(CatalogueVersion::number).max().orElse(0);
            error(new StringResourceModel(expected == 0 ? "import.conflict.new" : "import.conflict", this)
                    .setParameters(checked.circular(), newer, expected).getString());
        }
    }

    private LinkedHashMap<String, Integer> currentVersions() {
        LinkedHashMap<String, Integer> versions = new LinkedHashMap<>();
        catalogue.get().regimes(context.user()).forEach(r -> versions.put(r.id(), r.currentVersion()));
        return versions;
    }

    private static String circular(List<Regime> regimes, String regimeId) {
        return regimes.stream().filter(r -> r.id().equals(regimeId)).findFirst().map(Regime::circular)
                .orElse(regimeId);
    }

    private byte[] bytes(FileUploadField field) {
        FileUpload upload = field.getFileUpload();
        if (upload == null) {
            error(getString("import.nofile"));
            return null;
        }
        return upload.getBytes();
    }
}
