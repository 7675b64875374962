package vn.edu.caitien.export.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.export.api.UnsupportedFormatException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * A document service over the real plan service: who may see a plan is the plan service's answer, as in the real
 * implementation; the "document" is a short text naming the plan and revision. Records every request.
 */
final class PlanBackedDocuments implements DocumentService {

    static final List<FormatInfo> FORMATS = List.of(
            new FormatInfo("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            new FormatInfo("json", "application/json", "json"),
            new FormatInfo("pdf", "application/pdf", "pdf"),
            new FormatInfo("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));

    private final PlanService plans;
    private final Set<DocumentKind> kinds;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    /** When set, each plan export waits for a permit: lets a test watch a batch in progress. */
    volatile java.util.concurrent.Semaphore gate;

    PlanBackedDocuments(PlanService plans, DocumentKind... kinds) {
        this.plans = plans;
        this.kinds = kinds.length == 0 ? EnumSet.of(DocumentKind.PLAN) : EnumSet.of(kinds[0], kinds);
    }

    @Override
    public Set<DocumentKind> kinds() {
        return kinds;
    }

    @Override
    public List<FormatInfo> formats() {
        return FORMATS;
    }

    @Override
    public Optional<Document> build(PortalUser user, DocumentRequest request) {
        throw new UnsupportedOperationException("the ui never builds");
    }

    @Override
    public Optional<ExportedFile> export(PortalUser user, DocumentRequest request, String format) {
        FormatInfo info = FORMATS.stream().filter(f -> f.format().equals(format)).findFirst()
                .orElseThrow(() -> new UnsupportedFormatException(format));
        if (!kinds.contains(request.kind())) {
            throw new UnsupportedFormatException(request.kind().name());
        }
        requests.add(request.kind() + " " + request.id() + " " + request.revision() + " " + request.scope() + " " + format);
        if (request.kind() != DocumentKind.PLAN) {
            return Optional.of(new ExportedFile("Báo cáo " + request.scope() + "." + info.extension(), info.mediaType(),
                    request.toString().getBytes(StandardCharsets.UTF_8)));
        }
        java.util.concurrent.Semaphore g = gate;
        if (g != null) {
            g.acquireUninterruptibly();
        }
        Optional<PlanDocument> plan = request.revision() == null ? plans.plan(user, request.id())
                : plans.plan(user, request.id(), request.revision());
        return plan.map(p -> new ExportedFile("Kế hoạch số " + p.getId() + " lần " + p.getRevision() + "." + info.extension(),
                info.mediaType(), ("plan " + p.getId() + " revision " + p.getRevision() + " " + p.getHeader().getTitle())
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
