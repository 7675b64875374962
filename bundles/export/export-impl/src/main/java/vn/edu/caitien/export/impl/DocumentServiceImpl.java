package vn.edu.caitien.export.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRenderer;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.export.api.UnsupportedFormatException;
import vn.edu.caitien.export.impl.monitoring.InspectionRecordBuilder;
import vn.edu.caitien.export.impl.monitoring.MonitoringReportBuilder;
import vn.edu.caitien.export.impl.monitoring.RollUpBuilder;
import vn.edu.caitien.export.impl.monitoring.YearEndReportBuilder;
import vn.edu.caitien.monitoring.api.Adjustment;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.Review;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.YearClose;
import vn.edu.caitien.export.impl.plan.CatalogueFacts;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.export.impl.plan.PlanDocumentBuilder;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SupervisingBody;

/**
 * Builds documents from the plan service (which decides who sees what) and renders them with the renderer
 * registered for the format. Renderers come and go at run time (whiteboard); the one with the highest service
 * ranking wins a format.
 */
@Component(service = DocumentService.class)
public class DocumentServiceImpl implements DocumentService {

    private final PlanService plans;
    private final CatalogueService catalogue;
    private final SchoolDirectory directory;
    /** Today, for reports of a period that has not ended; the host's clock in Vietnam. */
    private volatile Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final List<Registered> renderers = new CopyOnWriteArrayList<>();
    /** The monitoring module, when installed: its presence enables the monitoring report, year-end report, inspection record and roll-up. */
    private volatile MonitoringService monitoring;
    private final Map<String, CatalogueFacts> facts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A renderer and its service properties. */
    private record Registered(DocumentRenderer renderer, FormatInfo info, int ranking, long serviceId) {
    }

    /**
     * @param plans     the plans, with their permission checks
     * @param catalogue criterion titles and levels for the self-assessment tables
     * @param directory the supervising bodies (name and kind of the body issuing a roll-up)
     */
    @Activate
    public DocumentServiceImpl(@Reference PlanService plans, @Reference CatalogueService catalogue,
                               @Reference SchoolDirectory directory) {
        this.plans = plans;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    /** Sets the clock that tells today (tests). */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Adds a renderer; called by the framework for every {@link DocumentRenderer} service. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRenderer(DocumentRenderer renderer, Map<String, Object> properties) {
        String format = string(properties.get(DocumentRenderer.FORMAT));
        if (format.isEmpty()) {
            return;
        }
        Object ranking = properties.get("service.ranking");
        Object id = properties.get("service.id");
        renderers.add(new Registered(renderer, new FormatInfo(format.toLowerCase(java.util.Locale.ROOT),
                string(properties.get(DocumentRenderer.MEDIA_TYPE)), string(properties.get(DocumentRenderer.EXTENSION))),
                ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : 0L));
    }

    /** Binds the monitoring module (optional; the monitoring report is available while it is there). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setMonitoring(MonitoringService service) {
        this.monitoring = service;
    }

    /** Unbinds the monitoring module. */
    public void unsetMonitoring(MonitoringService service) {
        if (this.monitoring == service) {
            this.monitoring = null;
        }
    }

    /** Removes a renderer. */
    public void removeRenderer(DocumentRenderer renderer) {
        renderers.removeIf(r -> r.renderer() == renderer);
    }

    private static String string(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    @Override
    public Set<DocumentKind> kinds() {
        return monitoring == null ? EnumSet.of(DocumentKind.PLAN, DocumentKind.PLAN_TEMPLATE)
                : EnumSet.allOf(DocumentKind.class);
    }

    @Override
    public List<FormatInfo> formats() {
        Map<String, Registered> best = best();
        List<FormatInfo> out = new ArrayList<>();
        best.values().forEach(r -> out.add(r.info()));
        out.sort(Comparator.comparing(FormatInfo::format));
        return out;
    }

    private Map<String, Registered> best() {
        Map<String, Registered> best = new HashMap<>();
        for (Registered r : renderers) {
            best.merge(r.info().format(), r, (a, b) -> b.ranking() > a.ranking()
                    || (b.ranking() == a.ranking() && b.serviceId() < a.serviceId()) ? b : a);
        }
        return best;
    }

    @Override
    public Optional<Document> build(PortalUser user, DocumentRequest request) {
        MonitoringService m = monitoring;
        boolean needsMonitoring = request.kind() != DocumentKind.PLAN && request.kind() != DocumentKind.PLAN_TEMPLATE;
        if (!kinds().contains(request.kind()) || (needsMonitoring && m == null)) {
            throw new UnsupportedFormatException("document kind not available: " + request.kind());
        }
        if (request.kind() == DocumentKind.PLAN_TEMPLATE) {
            return Optional.of(template(user, request.scope()));
        }
        if (request.kind() == DocumentKind.MONITORING_REPORT) {
            // The plan service decides who sees the plan (not found otherwise); the monitoring service then checks
            // monitoring.view and answers the state of the current revision's actions on the day.
            ReportPeriod period = ReportPeriod.parse(request.scope(), today());
            LocalDate asOf = period.day();
            return plans.plan(user, request.id()).map(p -> MonitoringReportBuilder.build(p,
                    m.progressAt(user, p.getId(), asOf), asOf, period.label()));
        }
        if (request.kind() == DocumentKind.INSPECTION_RECORD) {
            // The monitoring service decides who sees the inspection (the school and the bodies above it); the plan
            // inspected must be visible too.
            return m.inspection(user, request.id()).flatMap(i -> plans.plan(user, i.planId())
                    .map(p -> InspectionRecordBuilder.build(i, p)));
        }
        if (request.kind() == DocumentKind.YEAR_END_REPORT) {
            try {
                return yearEndReport(user, m, request);
            } catch (vn.edu.caitien.plan.api.PlanNotFoundException e) {
                return Optional.empty(); // monitoring's own check of the school: not visible means not found
            }
        }
        if (request.kind() == DocumentKind.ROLLUP) {
            return rollUp(user, m, request);
        }
        Optional<PlanDocument> plan = request.revision() == null ? plans.plan(user, request.id())
                : plans.plan(user, request.id(), request.revision());
        return plan.map(p -> PlanDocumentBuilder.build(p, facts(user, p), recordedReviews(user, m, p)));
    }

    /**
     * Biểu 2 section VI when the plan schedules no reviews of its own: the reviews the monitoring module recorded for
     * the plan, as far as the user may see them (monitoring switched off for the school, or no {@code monitoring.view}:
     * none, and the plan still prints).
     */
    private static List<PlannedReview> recordedReviews(PortalUser user, MonitoringService m, PlanDocument p) {
        if (m == null || p.getPlanForm() != vn.edu.caitien.catalogue.api.PlanForm.BIEU_2
                || !p.getPlannedReviews().isEmpty()) {
            return List.of();
        }
        List<Review> reviews;
        try {
            reviews = m.reviews(user, p.getId());
        } catch (vn.edu.caitien.portal.api.AccessDeniedException | MonitoringNotFoundException
                 | vn.edu.caitien.plan.api.PlanNotFoundException e) {
            return List.of();
        }
        List<PlannedReview> out = new ArrayList<>();
        for (Review r : reviews) {
            PlannedReview line = new PlannedReview();
            line.setTime(reviewTime(r));
            line.setContent(r.content());
            line.setResult(r.results() + (r.recommendations().isBlank() ? "" : "\nKiến nghị: " + r.recommendations()));
            line.setAdjustment(String.join("\n", r.adjustments().stream().map(Adjustment::text)
                    .filter(t -> !t.isBlank()).toList()));
            line.setReviewer(String.join(", ", r.reviewers()));
            out.add(line);
        }
        return out;
    }

    /** "Cuối học kỳ I năm học 2025-2026 (15/01/2026)", in the words of the form. */
    static String reviewTime(Review r) {
        String when = switch (r.period()) {
            case MONTHLY -> "Tháng " + r.month();
            case SEMESTER_1 -> "Cuối học kỳ I";
            case YEAR_END -> "Cuối năm học";
        };
        return when + " năm học " + r.schoolYearStart() + "-" + (r.schoolYearStart() + 1)
                + (r.date() == null ? "" : " (" + Texts.date(r.date()) + ")");
    }

    /**
     * An empty plan table in the chosen form, with its header, the column-number row and an empty totals row: what
     * the importer reads back. Only a signed-in user may have it, like every download.
     */
    private static Document template(PortalUser user, String scope) {
        if (user == null) {
            throw new vn.edu.caitien.portal.api.AccessDeniedException("plan.view", "not signed in");
        }
        PlanDocument blank = new PlanDocument();
        switch (scope.strip()) {
            case "2018" -> blank.setPlanForm(vn.edu.caitien.catalogue.api.PlanForm.TABLE_2018);
            case "tt57" -> blank.setPlanForm(vn.edu.caitien.catalogue.api.PlanForm.BIEU_2);
            default -> throw new IllegalArgumentException("a plan template is 2018 or tt57: " + scope);
        }
        blank.getHeader().setTitle("Cải tiến chất lượng giáo dục");
        return PlanDocumentBuilder.build(blank, CatalogueFacts.NONE);
    }

    /**
     * The year-end report: the id is the plan, the scope the start year of the school year ("2025") or empty for the
     * plan's last closed year (its first school year when none is closed). The plan service decides who sees the plan
     * (not found otherwise) before monitoring is asked; a year outside the plan's period is not found.
     */
    private Optional<Document> yearEndReport(PortalUser user, MonitoringService m, DocumentRequest request) {
        String scope = request.scope().strip();
        if (!scope.isEmpty() && !scope.matches("\\d{4}")) {
            throw new IllegalArgumentException("a year-end report covers a school year named by its start year: " + scope);
        }
        Optional<PlanDocument> found = plans.plan(user, request.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanDocument p = found.get();
        List<YearClose> closes = m.yearCloses(user, p.getId());
        vn.edu.caitien.plan.api.PlanPeriod period = p.getHeader().getPeriod();
        int year = !scope.isEmpty() ? Integer.parseInt(scope)
                : !closes.isEmpty() ? closes.get(closes.size() - 1).schoolYearStart()
                : period == null ? DueRules.schoolYearStart(today()) : period.startYear();
        if (period != null && (year < period.startYear() || year >= period.endYear())) {
            return Optional.empty();
        }
        Map<String, String> titles = facts(user, p).criterionTitles();
        Optional<YearClose> close = closes.stream().filter(c -> c.schoolYearStart() == year).findFirst();
        if (close.isPresent()) {
            // The leads of the revision that was closed, when it can still be read.
            PlanDocument closed = close.get().planRevision() == p.getRevision() ? p
                    : plans.plan(user, p.getId(), close.get().planRevision()).orElse(p);
            return Optional.of(YearEndReportBuilder.closed(closed, close.get(), titles));
        }
        LocalDate end = DueRules.teachingEnd(year);
        LocalDate asOf = end.isBefore(today()) ? end : today();
        return Optional.of(YearEndReportBuilder.provisional(p, year, m.progressAt(user, p.getId(), asOf), asOf, titles));
    }

    /**
     * The roll-up: the scope is the body, the id the start year of the school year. The monitoring service decides
     * which schools the user sees; a body the user is not a member of (or that the directory does not know) is not
     * found.
     */
    private Optional<Document> rollUp(PortalUser user, MonitoringService m, DocumentRequest request) {
        String bodyId = request.scope().strip();
        if (bodyId.isEmpty() || request.id() < 1900 || request.id() > 9999) {
            throw new IllegalArgumentException("a roll-up names a body and the start year of a school year: "
                    + bodyId + "/" + request.id());
        }
        Optional<SupervisingBody> body = directory.body(bodyId);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RollUpBuilder.build(body.get(), m.rollUp(user, bodyId, (int) request.id())));
        } catch (MonitoringNotFoundException e) {
            return Optional.empty();
        }
    }

    private CatalogueFacts facts(PortalUser user, PlanDocument p) {
        // A catalogue version never changes once plans are written against it, so its facts are kept.
        String key = p.getRegimeId() + "|" + p.getCatalogueVersion() + "|" + p.getAppendix() + "|" + !p.getLevel4().isEmpty();
        CatalogueFacts known = facts.get(key);
        if (known != null) {
            return known;
        }
        CatalogueFacts loaded = loadFacts(user, p);
        if (facts.size() > 64) {
            facts.clear();
        }
        facts.put(key, loaded);
        return loaded;
    }

    private CatalogueFacts loadFacts(PortalUser user, PlanDocument p) {
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<Criterion> criteria = catalogue.criteria(user, p.getRegimeId(), p.getCatalogueVersion(), p.getAppendix());
        for (int i = 0; i < criteria.size(); i++) {
            titles.put(criteria.get(i).code(), criteria.get(i).title());
            order.put(criteria.get(i).code(), i);
        }
        int max = catalogue.regime(user, p.getRegimeId()).map(r -> r.ruleSet().maxCriterionLevel()).orElse(3);
        Map<String, String> level4 = new HashMap<>();
        if (!p.getLevel4().isEmpty()) {
            for (Level4Item i : catalogue.level4Items(user, p.getRegimeId(), p.getCatalogueVersion())) {
                level4.put(i.code(), i.summary());
            }
        }
        return new CatalogueFacts(titles, order, max, level4);
    }

    @Override
    public Optional<ExportedFile> export(PortalUser user, DocumentRequest request, String format) {
        String key = format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT);
        Registered r = best().get(key);
        if (r == null) {
            throw new UnsupportedFormatException("no renderer for format: " + format);
        }
        return build(user, request).map(d -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try {
                r.renderer().render(d, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot render " + d.fileBase() + " as " + key, e);
            }
            String extension = r.info().extension().isEmpty() ? key : r.info().extension();
            return new ExportedFile(d.fileBase() + "." + extension, r.info().mediaType(), out.toByteArray());
        });
    }
}
