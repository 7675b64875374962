package vn.edu.caitien.export.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import vn.edu.caitien.export.impl.plan.CatalogueFacts;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.export.impl.plan.PlanDocumentBuilder;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Builds documents from the plan service (which decides who sees what) and renders them with the renderer
 * registered for the format. Renderers come and go at run time (whiteboard); the one with the highest service
 * ranking wins a format.
 */
@Component(service = DocumentService.class)
public class DocumentServiceImpl implements DocumentService {

    private final PlanService plans;
    private final CatalogueService catalogue;
    private final List<Registered> renderers = new CopyOnWriteArrayList<>();
    /** The monitoring module, when installed: its presence enables the monitoring report. */
    private volatile MonitoringService monitoring;
    private final Map<String, CatalogueFacts> facts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A renderer and its service properties. */
    private record Registered(DocumentRenderer renderer, FormatInfo info, int ranking, long serviceId) {
    }

    /**
     * @param plans     the plans, with their permission checks
     * @param catalogue criterion titles and levels for the self-assessment tables
     */
    @Activate
    public DocumentServiceImpl(@Reference PlanService plans, @Reference CatalogueService catalogue) {
        this.plans = plans;
        this.catalogue = catalogue;
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
        return monitoring == null ? EnumSet.of(DocumentKind.PLAN)
                : EnumSet.of(DocumentKind.PLAN, DocumentKind.MONITORING_REPORT, DocumentKind.INSPECTION_RECORD);
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
        if (!kinds().contains(request.kind()) || (request.kind() != DocumentKind.PLAN && m == null)) {
            throw new UnsupportedFormatException("document kind not available: " + request.kind());
        }
        if (request.kind() == DocumentKind.MONITORING_REPORT) {
            // The plan service decides who sees the plan (not found otherwise); the monitoring service then checks
            // monitoring.view and answers the state of the current revision's actions on the day.
            ReportPeriod period = ReportPeriod.parse(request.scope(), LocalDate.now());
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
        Optional<PlanDocument> plan = request.revision() == null ? plans.plan(user, request.id())
                : plans.plan(user, request.id(), request.revision());
        return plan.map(p -> PlanDocumentBuilder.build(p, facts(user, p)));
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
