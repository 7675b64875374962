package vn.edu.caitien.monitoring.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.util.lang.Bytes;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.ImplementationDegree;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;
import vn.edu.caitien.portal.api.ui.ServiceUnavailableException;

/**
 * "Việc của tôi": the actions the user leads across the school's current plans, soonest due first, due soon and
 * overdue marked; choosing one opens a progress report form and an evidence form (a file or a reference).
 */
public class MyActionsPanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String CONTENT = "content";
    public static final String ACTIONS = "actions";
    public static final String SELECT = "select";
    public static final String EDITOR = "editor";
    public static final String UPDATE_FORM = "updateForm";
    public static final String EVIDENCE_FORM = "evidenceForm";
    public static final String SAVE = "save";
    public static final String UPLOAD = "upload";
    public static final String REUSE_FORM = "reuseForm";
    public static final String REUSE = "reuse";

    /** Largest request the evidence form receives beyond the service's own file limit (form fields, encoding). */
    private static final long REQUEST_MARGIN = 256 * 1024;

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final ServiceRef<EvidenceService> evidence = ServiceRef.of(EvidenceService.class);
    private final PortalContext context;

    private IModel<List<ActionProgress>> mine;
    private IModel<List<Evidence>> attached;
    private final IModel<Long> planId = Model.of((Long) null);
    private final IModel<String> actionKey = Model.of((String) null);

    public MyActionsPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback", m -> m.getReporter() == this));
        boolean allowed = context.school() != null && context.can(MonitoringService.VIEW);
        add(new WebMarkupContainer("denied").setVisible(!allowed));
        // The services go while the portal stops or the module is updated: a request arriving then gets the
        // module-unavailable message instead of the page (checked on each request, before anything is loaded).
        add(new WebMarkupContainer("unavailable") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(allowed && !available());
            }
        });
        WebMarkupContainer content = new WebMarkupContainer(CONTENT) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(allowed && available());
            }
        };
        add(content);

        mine = load(() -> {
            try {
                return monitoring.find().map(s -> s.myActions(context.user(), context.requireSchool().id()))
                        .orElse(List.of());
            } catch (MonitoringNotFoundException | AccessDeniedException | ServiceUnavailableException e) {
                return List.of();
            }
        });
        content.add(new ListView<>(ACTIONS, mine) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActionProgress> item) {
                ActionProgress a = item.getModelObject();
                item.add(new Label("criterion", a.criterionCode()));
                item.add(new Label("description", a.description()));
                item.add(new Label("due", Formats.date(a.dueDate())));
                item.add(new Label("dueState", getString("due." + a.dueState().name())).add(
                        AttributeModifier.replace("class", dueClass(a.dueState()))));
                item.add(new Label("status", getString("status." + a.status().name())));
                item.add(new Label("percent", Formats.percent(a.percent())));
                item.add(new Label("spent", a.spent() == null && a.planned() == null ? ""
                        : Formats.money(a.spent() == null ? 0L : a.spent()) + " / " + Formats.money(a.planned())));
                item.add(new Label("lastUpdate", Formats.date(a.lastUpdate())));
                long plan = a.planId();
                String key = a.actionKey();
                item.add(new Link<Void>(SELECT) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        planId.setObject(plan);
                        actionKey.setObject(key);
                    }
                });
                if (a.dueState() == DueState.OVERDUE || a.dueState() == DueState.DUE_SOON) {
                    item.add(AttributeModifier.replace("class", dueClass(a.dueState())));
                }
            }
        });
        content.add(new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(mine.getObject().isEmpty());
            }
        });

        IModel<ActionProgress> selected = load(() -> actionKey.getObject() == null ? null
                : mine.getObject().stream().filter(a -> a.planId() == planId.getObject()
                        && a.actionKey().equals(actionKey.getObject())).findFirst().orElse(null));
        WebMarkupContainer editor = new WebMarkupContainer(EDITOR) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(selected.getObject() != null);
            }
        };
        content.add(editor);
        editor.add(new Label("selected", selected.map(a -> a.criterionCode() + " – " + a.description())));
        editor.add(updateForm(selected));
        editor.add(evidenceForm());
        editor.add(reuseForm());
        attached = load(() -> actionKey.getObject() == null || evidence.find().isEmpty() ? List.of()
                : evidence.get().evidenceOfPlan(context.user(), planId.getObject()).stream()
                        .filter(e -> e.links().stream().anyMatch(l -> l.planId() == planId.getObject()
                                && l.actionKey().equals(actionKey.getObject())))
                        .toList());
        editor.add(new ListView<>("evidence", attached) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Evidence> item) {
                Evidence e = item.getModelObject();
                item.add(new Label("code", e.code()));
                item.add(new Label("title", e.title()));
                item.add(new Label("kind", getString("kind." + e.kind().name())));
                boolean file = e.kind() == vn.edu.caitien.monitoring.api.EvidenceKind.FILE;
                // A file opens through the portal's download URL, checked against the same rights as this page.
                item.add(new org.apache.wicket.markup.html.link.ExternalLink("file",
                        org.apache.wicket.request.cycle.RequestCycle.get().getUrlRenderer().renderContextRelativeUrl(
                                vn.edu.caitien.portal.api.ui.DownloadProvider.url(MonitoringService.MODULE_ID,
                                        EvidenceDownloads.path(e.id()))), e.fileName()).setVisible(file));
                item.add(new Label("reference", e.reference()).setVisible(!file));
            }
        });
        editor.add(new WebMarkupContainer("noEvidence") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(attached.getObject().isEmpty());
            }
        });
    }

    static String dueClass(DueState state) {
        return switch (state) {
            case OVERDUE -> "portal-error";
            case DUE_SOON -> "portal-warning";
            default -> "portal-muted";
        };
    }

    private Form<Void> updateForm(IModel<ActionProgress> selected) {
        IModel<ActionStatus> status = Model.of((ActionStatus) null);
        IModel<String> percent = Model.of("");
        IModel<String> asOf = Model.of("");
        IModel<String> spent = Model.of("");
        IModel<ImplementationDegree> degree = Model.of((ImplementationDegree) null);
        IModel<String> degreeNote = Model.of("");
        IModel<String> comment = Model.of("");
        Form<Void> form = new Form<>(UPDATE_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                ActionProgress a = selected.getObject();
                setEnabled(a != null && monitoring.find().map(s -> s.canUpdate(context.user(), a.planId(),
                        a.actionKey())).orElse(false));
            }
        };
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        form.add(new DropDownChoice<>("status", status, Arrays.asList(ActionStatus.values()),
                Ui.enumRenderer(this, "status.")).setRequired(true).setLabel(new ResourceModel("label.status")));
        form.add(new TextField<>("percent", percent).setLabel(new ResourceModel("label.percent")));
        form.add(new TextField<>("asOf", asOf).setLabel(new ResourceModel("label.asOf")));
        form.add(new TextField<>("spent", spent).setLabel(new ResourceModel("label.spent")));
        form.add(new DropDownChoice<>("degree", degree, Arrays.asList(ImplementationDegree.values()),
                Ui.enumRenderer(this, "degree.")).setNullValid(true).setLabel(new ResourceModel("label.degree")));
        form.add(new TextField<>("degreeNote", degreeNote));
        form.add(new TextArea<>("comment", comment));
        form.add(new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                ActionProgress a = selected.getObject();
                if (a == null) {
                    return;
                }
                Integer pct = null;
                LocalDate day = null;
                Long money = null;
                boolean ok = true;
                try {
                    pct = percent.getObject() == null || percent.getObject().isBlank() ? null
                            : Integer.valueOf(percent.getObject().strip().replace("%", "").strip());
                } catch (NumberFormatException e) {
                    form.get("percent").error(getString("error.percentNumber"));
                    ok = false;
                }
                try {
                    day = Formats.parseDate(asOf.getObject());
                } catch (DateTimeParseException e) {
                    form.get("asOf").error(getString("error.date"));
                    ok = false;
                }
                try {
                    money = Formats.parseMoney(spent.getObject());
                } catch (NumberFormatException e) {
                    form.get("spent").error(getString("error.money"));
                    ok = false;
                }
                if (!ok) {
                    return;
                }
                try {
                    monitoring.get().update(context.user(), new ProgressUpdate(a.planId(), a.actionKey(), day,
                            status.getObject(), pct, money, degree.getObject(), degreeNote.getObject(),
                            comment.getObject()));
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                    return;
                }
                MyActionsPanel.this.info(getString("progress.saved"));
                mine.detach();
                percent.setObject("");
                spent.setObject("");
                comment.setObject("");
                degreeNote.setObject("");
            }
        });
        return form;
    }

    private Form<Void> evidenceForm() {
        IModel<String> title = Model.of("");
        IModel<String> reference = Model.of("");
        IModel<String> issuedOn = Model.of("");
        IModel<String> issuer = Model.of("");
        Form<Void> form = new Form<>(EVIDENCE_FORM);
        form.setMultiPart(true);
        // The service refuses a file over its own limit with a clear message; this bound stops a far larger upload
        // (200 MB) while it is being received, before it is read into memory.
        form.setMaxSize(Bytes.bytes(maxFileBytes() + REQUEST_MARGIN));
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        FileUploadField file = new FileUploadField("file");
        form.add(file);
        form.add(new TextField<>("title", title).setRequired(true).setLabel(new ResourceModel("label.title")));
        form.add(new TextField<>("reference", reference));
        form.add(new TextField<>("issuedOn", issuedOn));
        form.add(new TextField<>("issuer", issuer));
        form.add(new Button(UPLOAD) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                if (actionKey.getObject() == null) {
                    return;
                }
                LocalDate issued;
                try {
                    issued = Formats.parseDate(issuedOn.getObject());
                } catch (DateTimeParseException e) {
                    form.get("issuedOn").error(getString("error.date"));
                    return;
                }
                FileUpload upload = file.getFileUpload();
                boolean hasReference = reference.getObject() != null && !reference.getObject().isBlank();
                if (upload == null && !hasReference) {
                    form.error(getString("error.fileOrReference"));
                    return;
                }
                EvidenceDraft draft = new EvidenceDraft(new EvidenceLink(planId.getObject(), actionKey.getObject(), ""),
                        title.getObject(), null, reference.getObject(), issued, issuer.getObject());
                Evidence stored;
                try {
                    if (upload != null) {
                        try (InputStream in = upload.getInputStream()) {
                            stored = evidence.get().addFile(context.user(), draft, upload.getClientFileName(), in);
                        } finally {
                            upload.closeStreams();
                        }
                    } else {
                        stored = evidence.get().addReference(context.user(), draft);
                    }
                } catch (IOException e) {
                    form.error(getString("error.upload"));
                    return;
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                    return;
                }
                MyActionsPanel.this.info(Ui.message(MyActionsPanel.this, "evidence.saved", List.of(stored.code())));
                attached.detach();
                title.setObject("");
                reference.setObject("");
                issuedOn.setObject("");
                issuer.setObject("");
            }
        });
        return form;
    }

    /** Links evidence the school already has (of an earlier year, or of another action) to the chosen action. */
    private Form<Void> reuseForm() {
        IModel<Long> chosen = Model.of((Long) null);
        IModel<List<Evidence>> reusable = load(() -> actionKey.getObject() == null || evidence.find().isEmpty()
                ? List.of() : evidence.get().evidenceOfSchool(context.user(), context.requireSchool().id()).stream()
                        .filter(e -> e.links().stream().noneMatch(l -> l.planId() == planId.getObject()
                                && l.actionKey().equals(actionKey.getObject())))
                        .toList());
        Form<Void> form = new Form<>(REUSE_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!reusable.getObject().isEmpty());
            }
        };
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        form.add(new DropDownChoice<>("existing", chosen, reusable.map(l -> l.stream().map(Evidence::id).toList()),
                new org.apache.wicket.markup.html.form.ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Long id) {
                        return reusable.getObject().stream().filter(e -> e.id() == id).findFirst()
                                .map(e -> e.code() + " " + e.title()).orElse(String.valueOf(id));
                    }

                    @Override
                    public String getIdValue(Long id, int index) {
                        return String.valueOf(id);
                    }
                }).setRequired(true).setLabel(new ResourceModel("label.existing")));
        form.add(new Button(REUSE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                Evidence linked;
                try {
                    linked = evidence.get().link(context.user(), chosen.getObject(),
                            new EvidenceLink(planId.getObject(), actionKey.getObject(), ""));
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                    return;
                }
                MyActionsPanel.this.info(Ui.message(MyActionsPanel.this, "evidence.linked", List.of(linked.code())));
                chosen.setObject(null);
                attached.detach();
                reusable.detach();
            }
        });
        return form;
    }

    /** @return whether the services of the panel are there right now (none while the portal stops) */
    private boolean available() {
        return monitoring.find().isPresent() && evidence.find().isPresent();
    }

    private long maxFileBytes() {
        return evidence.find().map(EvidenceService::maxFileBytes).orElse(20L * 1024 * 1024);
    }
}
