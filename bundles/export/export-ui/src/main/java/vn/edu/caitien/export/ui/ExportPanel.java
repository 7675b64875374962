package vn.edu.caitien.export.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.ajax.form.AjaxFormComponentUpdatingBehavior;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * "Xuất văn bản": the current school's plans with a download link per format (and a revision to choose), and for
 * members of supervising bodies the published plans of their schools and the body's roll-ups. Several plans (or all
 * of a school year) go into one zip built in the background by {@link BatchExportService}; the panel polls for its
 * progress and offers the zip when it is ready. Links go to {@link ExportDownloads}, which checks permissions again.
 */
public class ExportPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String FORM = "form";
    public static final String GROUP = "group";
    public static final String SCHOOL = "school";
    public static final String BODIES = "bodies";
    public static final String PLAN_TABLE = "plans";
    public static final String ROWS = "rows";
    public static final String CHECK = "check";
    public static final String REVISION = "revision";
    public static final String DOCUMENTS = "documents";
    public static final String BATCH_FORMAT = "batchFormat";
    public static final String BATCH_YEAR = "batchYear";
    public static final String ZIP = "zip";
    public static final String BATCH = "batch";
    public static final String DOWNLOAD = "download";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ServiceRef<PlanService> planService = ServiceRef.of(PlanService.class);
    private final ServiceRef<DocumentService> documentService = ServiceRef.of(DocumentService.class);
    private final ServiceRef<SchoolDirectory> directory = ServiceRef.of(SchoolDirectory.class);
    private final ServiceRef<BatchExportService> batchService = ServiceRef.of(BatchExportService.class);
    private final PortalContext context;

    /** The revision chosen per plan id; absent: the current one. */
    private final Map<Long, Integer> revisions = new HashMap<>();
    /** The plans ticked for the zip. */
    private final List<Long> selected = new ArrayList<>();
    private String batchFormat = "docx";
    private String batchYear;

    private IModel<List<FormatInfo>> formats;
    private IModel<Set<DocumentKind>> kinds;
    private IModel<List<PlanSummary>> ownPlans;
    private IModel<List<BodyView>> bodies;
    private IModel<Optional<BatchJob>> job;

    /** A supervising body with its schools' published plans. */
    record BodyView(String id, String name, List<SchoolView> schools) implements java.io.Serializable {
    }

    /** A school with the plans the user may see. */
    record SchoolView(School school, List<PlanSummary> plans) implements java.io.Serializable {
    }

    /** @param context the user and the current school */
    public ExportPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        formats = LoadableDetachableModel.of(() -> documentService.find().map(DocumentService::formats).orElse(List.of()));
        kinds = LoadableDetachableModel.of(() -> documentService.find().map(DocumentService::kinds).orElse(Set.of()));
        ownPlans = LoadableDetachableModel.of(this::loadOwnPlans);
        bodies = LoadableDetachableModel.of(this::loadBodies);
        job = LoadableDetachableModel.of(() -> batchService.find().flatMap(b -> b.current(context.user())));

        add(new FeedbackPanel("feedback"));
        add(new WebMarkupContainer("unavailable") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(documentService.find().isEmpty());
            }
        });
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(documentService.find().isPresent());
            }
        };
        add(form);
        CheckGroup<Long> group = new CheckGroup<>(GROUP, selected);
        form.add(group);

        WebMarkupContainer school = new WebMarkupContainer(SCHOOL) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(showOwnSchool());
            }
        };
        group.add(school);
        school.add(new Label("schoolName", () -> context.school() == null ? "" : context.school().name()));
        school.add(planTable(PLAN_TABLE, ownPlans, true));

        group.add(new ListView<>(BODIES, bodies) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BodyView> item) {
                item.add(new Label("bodyName", item.getModelObject().name()));
                item.add(documentList("rollups",
                        LoadableDetachableModel.of(() -> rollupLinks(item.getModelObject()))));
                // models derived from the detachable list, so that no plan list goes to the page store
                item.add(new ListView<>("schools", item.getModel().map(BodyView::schools)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<SchoolView> schoolItem) {
                        schoolItem.add(new Label("name", schoolItem.getModelObject().school().name()));
                        schoolItem.add(planTable(PLAN_TABLE, schoolItem.getModel().map(SchoolView::plans), false));
                    }
                });
            }
        });
        group.add(new WebMarkupContainer("nothing") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!showOwnSchool() && bodies.getObject().isEmpty());
            }
        });

        WebMarkupContainer batchForm = new WebMarkupContainer("batchForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(batchService.find().isPresent() && !allPlans().isEmpty());
            }
        };
        group.add(batchForm);
        batchForm.add(new DropDownChoice<>(BATCH_FORMAT, new PropertyModel<>(this, "batchFormat"),
                LoadableDetachableModel.of(() -> formats.getObject().stream().map(FormatInfo::format).toList()),
                new ChoiceRenderer<String>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String format) {
                        return extension(format).toUpperCase(java.util.Locale.ROOT);
                    }
                }).setRequired(true).setLabel(new ResourceModel("batch.format")));
        batchForm.add(new DropDownChoice<>(BATCH_YEAR, new PropertyModel<>(this, "batchYear"),
                LoadableDetachableModel.of(this::schoolYears)).setNullValid(true));
        batchForm.add(new Button(ZIP) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                startBatch();
            }
        });

        add(progress());
    }

    private boolean showOwnSchool() {
        School school = context.school();
        if (school == null || !context.can(PlanService.VIEW)) {
            return false;
        }
        // a supervisor sees the school in the body's list instead, with the body's roll-ups
        return context.user().schoolIds().contains(school.id())
                || context.user().bodyIds().stream().noneMatch(school::isSupervisedBy);
    }

    private List<PlanSummary> loadOwnPlans() {
        if (!showOwnSchool()) {
            return List.of();
        }
        try {
            return planService.get().plans(context.user(), context.requireSchool().id(), PlanQuery.ALL);
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    private List<BodyView> loadBodies() {
        Optional<SchoolDirectory> dir = directory.find();
        if (dir.isEmpty()) {
            return List.of();
        }
        List<BodyView> result = new ArrayList<>();
        for (String bodyId : context.user().bodyIds()) {
            List<SchoolView> schools = new ArrayList<>();
            for (School school : dir.get().schoolsSupervisedBy(bodyId)) {
                try {
                    List<PlanSummary> plans = planService.get().plans(context.user(), school.id(), PlanQuery.ALL);
                    if (!plans.isEmpty()) {
                        schools.add(new SchoolView(school, plans));
                    }
                } catch (AccessDeniedException e) {
                    // the module is off for that school, or the body holds no plan.view there: nothing to list
                }
            }
            String name = dir.get().body(bodyId).map(SupervisingBody::name).orElse(bodyId);
            result.add(new BodyView(bodyId, name, schools));
        }
        return result;
    }

    /** @return every plan listed on the panel */
    private List<PlanSummary> allPlans() {
        List<PlanSummary> all = new ArrayList<>(ownPlans.getObject());
        bodies.getObject().forEach(b -> b.schools().forEach(s -> all.addAll(s.plans())));
        return all;
    }

    /** @return the school years the listed plans cover, newest first */
    private List<String> schoolYears() {
        TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
        allPlans().forEach(p -> years.addAll(p.period().schoolYears()));
        return List.copyOf(years);
    }

    private Fragment planTable(String id, IModel<List<PlanSummary>> plans, boolean member) {
        Fragment fragment = new Fragment(id, "planTable", this);
        fragment.add(new ListView<>(ROWS, plans) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PlanSummary> item) {
                PlanSummary plan = item.getModelObject();
                long planId = plan.id();
                item.add(new Check<>(CHECK, Model.of(planId)));
                item.add(new Label("number", plan.documentNumber()));
                item.add(new Label("title", plan.title()));
                item.add(new Label("period", period(plan.period())));
                item.add(new Label("status", new ResourceModel("status." + plan.status().name())));
                WebMarkupContainer documents = new WebMarkupContainer(DOCUMENTS);
                documents.setOutputMarkupId(true);
                documents.add(documentList("list",
                        LoadableDetachableModel.of(() -> planLinks(item.getModelObject(), member))));
                item.add(documents);
                List<Integer> choices = new ArrayList<>();
                for (int r = plan.revision() - 1; r >= 1 && member; r--) {
                    choices.add(r);
                }
                DropDownChoice<Integer> revision = new DropDownChoice<>(REVISION, new IModel<Integer>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Integer getObject() {
                        return revisions.get(planId);
                    }

                    @Override
                    public void setObject(Integer value) {
                        if (value == null) {
                            revisions.remove(planId);
                        } else {
                            revisions.put(planId, value);
                        }
                    }
                }, choices, new ChoiceRenderer<Integer>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Integer r) {
                        return new StringResourceModel("revision.number", ExportPanel.this).setParameters(r).getString();
                    }
                });
                revision.setNullValid(true);
                revision.setVisible(!choices.isEmpty());
                revision.add(new AjaxFormComponentUpdatingBehavior("change") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void onUpdate(AjaxRequestTarget target) {
                        target.add(documents);
                    }
                });
                item.add(revision);
                item.add(new Label("revisionLabel", new StringResourceModel("revision.number", ExportPanel.this)
                        .setParameters(plan.revision())).setVisible(choices.isEmpty()));
            }
        });
        fragment.add(new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plans.getObject().isEmpty());
            }
        });
        return fragment;
    }

    /** A list of documents, each with a link per format; markup {@code <li wicket:id="…"><span label/> <a files/>}. */
    private ListView<DocumentLinks> documentList(String id, IModel<List<DocumentLinks>> links) {
        return new ListView<>(id, links) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DocumentLinks> item) {
                item.add(new Label("label", item.getModelObject().label()));
                item.add(new ListView<>("files", item.getModel().map(DocumentLinks::files)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<DocumentLinks.FileLink> file) {
                        ExternalLink link = new ExternalLink("link", contextPath() + file.getModelObject().url());
                        link.add(new Label("format", file.getModelObject().format()));
                        file.add(link);
                    }
                });
            }
        };
    }

    private List<DocumentLinks> planLinks(PlanSummary plan, boolean member) {
        Set<DocumentKind> available = kinds.getObject();
        List<DocumentLinks> links = new ArrayList<>();
        Integer revision = member ? revisions.get(plan.id()) : null;
        if (available.contains(DocumentKind.PLAN)) {
            links.add(new DocumentLinks(getString("doc.plan"), files(ext -> DownloadPaths.plan(plan.id(), revision, ext))));
        }
        List<String> years = plan.period().schoolYears();
        if (available.contains(DocumentKind.MONITORING_REPORT)) {
            for (String year : years) {
                links.add(new DocumentLinks(text("doc.report.semester1", year),
                        files(ext -> DownloadPaths.report(plan.id(), DownloadPaths.semester1(year), ext))));
                links.add(new DocumentLinks(text("doc.report.yearEnd", year),
                        files(ext -> DownloadPaths.report(plan.id(), DownloadPaths.yearEnd(year), ext))));
            }
        }
        if (available.contains(DocumentKind.YEAR_END_REPORT)) {
            if (years.size() == 1) {
                links.add(new DocumentLinks(text("doc.yearEnd", years.get(0)),
                        files(ext -> DownloadPaths.yearEndReport(plan.id(), null, ext))));
            } else {
                for (String year : years) {
                    links.add(new DocumentLinks(text("doc.yearEnd", year),
                            files(ext -> DownloadPaths.yearEndReport(plan.id(), year, ext))));
                }
            }
        }
        return links;
    }

    private List<DocumentLinks> rollupLinks(BodyView body) {
        if (!kinds.getObject().contains(DocumentKind.ROLLUP)) {
            return List.of();
        }
        TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
        body.schools().forEach(s -> s.plans().forEach(p -> years.addAll(p.period().schoolYears())));
        if (years.isEmpty()) {
            years.add(currentSchoolYear());
        }
        return years.stream().map(year -> new DocumentLinks(text("doc.rollup", year),
                files(ext -> DownloadPaths.rollup(body.id(), year, ext)))).toList();
    }

    private List<DocumentLinks.FileLink> files(Function<String, String> url) {
        return formats.getObject().stream().map(f -> new DocumentLinks.FileLink(
                f.extension().toUpperCase(java.util.Locale.ROOT), url.apply(f.extension()))).toList();
    }

    private String extension(String format) {
        return formats.getObject().stream().filter(f -> f.format().equals(format)).map(FormatInfo::extension)
                .findFirst().orElse(format);
    }

    private void startBatch() {
        List<Long> ids;
        if (batchYear != null) {
            ids = allPlans().stream().filter(p -> p.period().schoolYears().contains(batchYear))
                    .map(PlanSummary::id).distinct().toList();
        } else {
            Set<Long> listed = new java.util.HashSet<>(allPlans().stream().map(PlanSummary::id).toList());
            ids = selected.stream().filter(listed::contains).distinct().toList();
        }
        if (ids.isEmpty()) {
            error(getString("batch.none"));
            return;
        }
        BatchExportService batches = batchService.get();
        if (ids.size() > batches.maxPlans()) {
            error(text("batch.tooMany", ids.size(), batches.maxPlans()));
            return;
        }
        List<DocumentRequest> requests = new ArrayList<>();
        if (batchYear != null && kinds.getObject().contains(DocumentKind.ROLLUP)) {
            // A body's year zip opens with its roll-up over its schools, made in the same background job.
            int start = Integer.parseInt(batchYear.substring(0, 4));
            bodies.getObject().forEach(b -> requests.add(new DocumentRequest(DocumentKind.ROLLUP, start, null, b.id())));
        }
        ids.forEach(id -> requests.add(DocumentRequest.plan(id)));
        try {
            batches.startDocuments(context.user(), requests, batchFormat);
        } catch (BatchBusyException e) {
            error(getString("batch.busy"));
            return;
        } catch (IllegalArgumentException e) {
            error(getString("batch.format.unknown"));
            return;
        }
        job.detach();
        int rollUps = requests.size() - ids.size();
        info(rollUps > 0 ? text("batch.startedWithRollUp", ids.size(), rollUps) : text("batch.started", ids.size()));
    }

    private WebMarkupContainer progress() {
        WebMarkupContainer box = new WebMarkupContainer(BATCH) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(job.getObject().isPresent());
            }

            @Override
            protected void onBeforeRender() {
                boolean ajax = getRequestCycle().find(AjaxRequestTarget.class).isPresent();
                if (!ajax) {
                    getBehaviors(ProgressTimer.class).forEach(this::remove);
                    if (job.getObject().map(BatchJob::running).orElse(false)) {
                        add(new ProgressTimer());
                    }
                }
                super.onBeforeRender();
            }
        };
        box.setOutputMarkupPlaceholderTag(true);
        IModel<BatchJob> current = () -> job.getObject().orElse(null);
        box.add(new Label("state", () -> current.getObject() == null ? ""
                : getString("batch.state." + current.getObject().state().name())));
        WebMarkupContainer bar = new WebMarkupContainer("bar");
        bar.add(AttributeModifier.replace("max", () -> current.getObject() == null ? 0 : current.getObject().total()));
        bar.add(AttributeModifier.replace("value", () -> current.getObject() == null ? 0 : current.getObject().done()));
        box.add(bar);
        box.add(new Label("count", () -> current.getObject() == null ? ""
                : current.getObject().done() + "/" + current.getObject().total()));
        box.add(new Label("skipped", () -> current.getObject() == null ? ""
                : text("batch.skipped", current.getObject().skipped())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(current.getObject() != null && current.getObject().skipped() > 0);
            }
        });
        ExternalLink download = new ExternalLink(DOWNLOAD, () -> current.getObject() == null ? ""
                : contextPath() + DownloadPaths.batch(current.getObject().id())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(current.getObject() != null && current.getObject().state() == BatchJob.State.DONE);
            }
        };
        download.add(new Label("expires", () -> current.getObject() == null || current.getObject().expiresAt() == null
                ? "" : text("batch.expires", DateTimeFormatter.ofPattern("HH:mm").withZone(VIETNAM)
                        .format(current.getObject().expiresAt()))));
        box.add(download);
        return box;
    }

    /** Re-renders the progress every second while the job runs, then stops. */
    private final class ProgressTimer extends AjaxSelfUpdatingTimerBehavior {
        private static final long serialVersionUID = 1L;

        ProgressTimer() {
            super(Duration.ofSeconds(1));
        }

        @Override
        protected void onPostProcessTarget(AjaxRequestTarget target) {
            job.detach();
            if (!job.getObject().map(BatchJob::running).orElse(false)) {
                stop(target);
            }
        }
    }

    private String period(PlanPeriod period) {
        return text(period.kind() == PlanPeriod.Kind.STAGE ? "period.stage" : "period.schoolYear", period.years());
    }

    private String text(String key, Object... args) {
        return new StringResourceModel(key, this).setParameters(args).getString();
    }

    private String contextPath() {
        String path = getRequest().getContextPath();
        return path == null ? "" : path;
    }

    /** @return the school year running today in Vietnam, {@code 2025-2026} (a school year starts on 1 August) */
    static String currentSchoolYear() {
        LocalDate today = LocalDate.now(VIETNAM);
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    @Override
    protected void onDetach() {
        super.onDetach();
        // the models are not components: detach them here so no plan list reaches the page store
        for (IModel<?> m : new IModel<?>[] {formats, kinds, ownPlans, bodies, job}) {
            if (m != null) {
                m.detach();
            }
        }
    }
}
