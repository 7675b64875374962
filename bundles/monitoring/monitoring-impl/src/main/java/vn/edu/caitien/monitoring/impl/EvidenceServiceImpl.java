package vn.edu.caitien.monitoring.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.CriterionEvidence;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceDraft;
import vn.edu.caitien.monitoring.api.EvidenceKind;
import vn.edu.caitien.monitoring.api.EvidenceLink;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.FileType;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.Problem;
import vn.edu.caitien.monitoring.impl.Guard.ActionInfo;
import vn.edu.caitien.monitoring.impl.db.MonitoringMapper;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.monitoring.impl.db.Rows.EvidenceRow;
import vn.edu.caitien.monitoring.impl.db.Rows.LinkRow;
import vn.edu.caitien.monitoring.impl.evidence.ContentSniffer;
import vn.edu.caitien.monitoring.impl.evidence.EvidenceCodes;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * Evidence over the portal database. Files are spooled to a temporary file (so the size is known and the type can
 * be checked before anything is stored), then written into the row in the same transaction as the row and its link.
 */
@Component(service = EvidenceService.class)
@Designate(ocd = EvidenceServiceImpl.Config.class)
public final class EvidenceServiceImpl implements EvidenceService {

    /** Configuration (PID {@code vn.edu.caitien.monitoring.impl.EvidenceServiceImpl}). */
    @ObjectClassDefinition(name = "Cải Tiến evidence")
    public @interface Config {
        /** @return the largest accepted file in MB */
        @AttributeDefinition(name = "Largest file (MB)", min = "1", max = "500")
        int max_file_mb() default 20;

        /** @return the most entries a DOCX/XLSX may hold */
        @AttributeDefinition(name = "Most entries in a DOCX/XLSX", min = "10")
        int max_zip_entries() default 2000;

        /** @return the most a DOCX/XLSX may inflate to, in MB */
        @AttributeDefinition(name = "Most uncompressed content of a DOCX/XLSX (MB)", min = "1")
        int max_unzipped_mb() default 200;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceServiceImpl.class);
    private static final long MB = 1024L * 1024L;

    private final MonitoringStore store;
    private final Guard guard;
    private final Clock clock;
    private volatile Config config;

    /** Migrates the schema (if the monitoring service has not yet) and builds the MyBatis factory. */
    @Activate
    public EvidenceServiceImpl(@Reference PortalDatabase database, @Reference SchemaMigrator migrator,
                               @Reference PermissionService permissions, @Reference SchoolDirectory directory,
                               @Reference PlanService plans, Config config) {
        this(MonitoringServiceImpl.open(database, migrator), plans, permissions, directory, Clock.systemDefaultZone(),
                config);
    }

    EvidenceServiceImpl(MonitoringStore store, PlanService plans, PermissionService permissions,
                        SchoolDirectory directory, Clock clock, Config config) {
        this.store = store;
        this.guard = new Guard(plans, permissions, directory);
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(Config config) {
        this.config = config;
        LOG.info("Evidence files up to {} MB", config.max_file_mb());
    }

    @Override
    public long maxFileBytes() {
        return config.max_file_mb() * MB;
    }

    /** The plan, action and criterion of a link, checked for the user; the criterion filled from the action. */
    private record Target(PlanDocument doc, EvidenceLink link, int standardNo) {
    }

    private Target target(PortalUser user, EvidenceLink link) {
        if (link == null) {
            throw new MonitoringValidationException(Problem.of("link", MonitoringValidationException.REQUIRED));
        }
        PlanDocument doc = guard.plan(user, link.planId());
        String school = doc.getSchoolId();
        String criterion = link.criterionCode().strip();
        if (!link.actionKey().isEmpty()) {
            ActionInfo info = Guard.action(doc, link.actionKey());
            guard.requireUpdate(user, school, info.action());
            if (criterion.isEmpty()) {
                criterion = info.criterionCode();
            }
        } else {
            guard.require(user, MonitoringService.VIEW, school);
            if (!Guard.leads(user, school) && !guard.permissions.isGranted(user, MonitoringService.REVIEW, school)) {
                throw new AccessDeniedException(MonitoringService.REVIEW, "evidence of a criterion, user " + user.id());
            }
        }
        if (criterion.isEmpty()) {
            throw new MonitoringValidationException(Problem.of("criterion", MonitoringValidationException.REQUIRED));
        }
        if (!EvidenceCodes.isCriterion(criterion) || !criteria(doc).containsKey(criterion)) {
            throw new MonitoringValidationException(Problem.of("criterion",
                    MonitoringValidationException.UNKNOWN_CRITERION, criterion));
        }
        return new Target(doc, new EvidenceLink(doc.getId(), link.actionKey(), criterion),
                EvidenceCodes.standardOf(criterion));
    }

    /** @return the criteria of the plan (rows and baseline) with how many actions serve each, in catalogue order */
    private static Map<String, int[]> criteria(PlanDocument doc) {
        Map<String, int[]> out = new TreeMap<>(MonitoringServiceImpl.CRITERION_ORDER);
        for (PlanRow r : doc.getRows()) {
            if (EvidenceCodes.isCriterion(r.getCriterionCode())) {
                out.computeIfAbsent(r.getCriterionCode(), k -> new int[2])[0] += r.getActions().size();
                out.get(r.getCriterionCode())[1] = r.getStandardNo();
            }
        }
        for (BaselineEntry b : doc.getBaseline()) {
            if (EvidenceCodes.isCriterion(b.getCriterionCode())) {
                out.computeIfAbsent(b.getCriterionCode(), k -> new int[] {0, EvidenceCodes.standardOf(k)});
            }
        }
        return out;
    }

    private List<Problem> checkDraft(EvidenceDraft d, boolean file) {
        List<Problem> problems = new ArrayList<>();
        String title = Guard.nfc(d.title());
        if (title.isEmpty()) {
            problems.add(Problem.of("title", MonitoringValidationException.REQUIRED));
        } else if (title.length() > 1000) {
            problems.add(Problem.of("title", MonitoringValidationException.TOO_LONG, 1000));
        }
        String ref = Guard.nfc(d.reference());
        if (!file && ref.isEmpty()) {
            problems.add(Problem.of("reference", MonitoringValidationException.REQUIRED));
        }
        if (ref.length() > 1000) {
            problems.add(Problem.of("reference", MonitoringValidationException.TOO_LONG, 1000));
        }
        if (looksLikeUrl(ref) && !validUrl(ref)) {
            problems.add(Problem.of("reference", MonitoringValidationException.BAD_URL, ref));
        }
        if (d.boxNumber() != null && (d.boxNumber() < 1 || d.boxNumber() > 99)) {
            problems.add(Problem.of("boxNumber", MonitoringValidationException.REQUIRED));
        }
        if (d.issuedOn() != null && d.issuedOn().isAfter(java.time.LocalDate.now(clock))) {
            problems.add(Problem.of("issuedOn", MonitoringValidationException.FUTURE_DATE, d.issuedOn().toString()));
        }
        return problems;
    }

    private static boolean looksLikeUrl(String s) {
        return s.matches("(?i)^[a-z][a-z0-9+.-]*://.*") || s.regionMatches(true, 0, "www.", 0, 4);
    }

    private static boolean validUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public Evidence addReference(PortalUser user, EvidenceDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Target t = target(user, draft.link());
        List<Problem> problems = checkDraft(draft, false);
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        return insert(user, t, draft, null, null, 0, "", null);
    }

    @Override
    public Evidence addFile(PortalUser user, EvidenceDraft draft, String fileName, InputStream content) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(content, "content");
        Target t = target(user, draft.link());
        List<Problem> problems = checkDraft(draft, true);
        String name = Guard.nfc(fileName);
        if (name.isEmpty()) {
            problems.add(Problem.of("file", MonitoringValidationException.REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringValidationException(problems);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("caitien-evidence-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long limit = maxFileBytes();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                size = copyAtMost(content, out, limit + 1);
            }
            if (size > limit) {
                throw new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_TOO_LARGE,
                        config.max_file_mb()));
            }
            if (size == 0) {
                throw new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_EMPTY));
            }
            FileType type = new ContentSniffer(config.max_zip_entries(), config.max_unzipped_mb() * MB).detect(tmp, name);
            Path file = tmp;
            return insert(user, t, draft, name, type, size, HexFormat.of().formatHex(sha.digest()), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Cannot delete temporary upload {}", tmp);
                }
            }
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private Evidence insert(PortalUser user, Target t, EvidenceDraft d, String fileName, FileType type, long size,
                            String sha256, Path file) {
        String group = EvidenceCodes.group(t.doc().getPlanForm(), d.boxNumber(), t.link().criterionCode());
        for (int attempt = 0; ; attempt++) {
            try {
                long id = store.writeSession(session -> {
                    MonitoringMapper m = session.getMapper(MonitoringMapper.class);
                    EvidenceRow row = new EvidenceRow();
                    row.schoolId = t.doc().getSchoolId();
                    row.codeGroup = group;
                    row.codeSeq = m.maxCodeSeq(row.schoolId, group) + 1;
                    row.code = EvidenceCodes.code(group, row.codeSeq);
                    row.kind = (file == null ? EvidenceKind.REFERENCE : EvidenceKind.FILE).name();
                    row.title = Guard.nfc(d.title());
                    row.refText = Guard.nfc(d.reference());
                    row.issuedOn = d.issuedOn() == null ? null : Date.valueOf(d.issuedOn());
                    row.issuer = Guard.nfc(d.issuer());
                    row.fileName = fileName == null ? "" : fileName;
                    row.fileType = type == null ? null : type.name();
                    row.fileSize = size;
                    row.sha256 = sha256;
                    row.createdBy = user.id();
                    row.createdByName = user.displayName();
                    row.createdAt = Timestamp.from(clock.instant());
                    m.insertEvidence(row);
                    if (file != null) {
                        try (InputStream in = Files.newInputStream(file)) {
                            MonitoringStore.writeContent(session, row.id, in, size);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    m.insertLink(link(row.id, t));
                    return row.id;
                });
                return evidence(id).orElseThrow();
            } catch (PersistenceException e) {
                // Two uploads took the same sequence number at once: the unique constraint refused one; take the next.
                if (attempt >= 2) {
                    throw e;
                }
                LOG.debug("Evidence code taken, retrying: {}", e.getMessage());
            }
        }
    }

    private LinkRow link(long evidenceId, Target t) {
        LinkRow l = new LinkRow();
        l.evidenceId = evidenceId;
        l.planId = t.doc().getId();
        l.actionKey = t.link().actionKey();
        l.criterionCode = t.link().criterionCode();
        l.schoolId = t.doc().getSchoolId();
        l.linkedAt = Timestamp.from(clock.instant());
        return l;
    }

    @Override
    public Evidence link(PortalUser user, long evidenceId, EvidenceLink link) {
        Target t = target(user, link);
        EvidenceRow row = store.read(m -> m.evidence(evidenceId));
        if (row == null || !row.schoolId.equals(t.doc().getSchoolId())) {
            throw new MonitoringNotFoundException("evidence", evidenceId);
        }
        LinkRow l = link(evidenceId, t);
        store.write(m -> m.countLink(l) > 0 ? 0 : m.insertLink(l));
        return evidence(evidenceId).orElseThrow();
    }

    private Optional<Evidence> evidence(long id) {
        EvidenceRow row = store.read(m -> m.evidence(id));
        return row == null ? Optional.empty() : Optional.of(toEvidence(List.of(row)).get(0));
    }

    private List<Evidence> toEvidence(List<EvidenceRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EvidenceLink>> links = new LinkedHashMap<>();
        store.read(m -> {
            for (List<Long> chunk : MonitoringStore.chunks(rows.stream().map(r -> r.id).toList())) {
                for (LinkRow l : m.links(chunk)) {
                    links.computeIfAbsent(l.evidenceId, k -> new ArrayList<>())
                            .add(new EvidenceLink(l.planId, l.actionKey, l.criterionCode));
                }
            }
            return null;
        });
        return rows.stream().map(r -> new Evidence(r.id, r.schoolId, r.code, EvidenceKind.valueOf(r.kind), r.title,
                r.refText, r.issuedOn == null ? null : r.issuedOn.toLocalDate(), r.issuer, r.fileName,
                r.fileType == null ? null : FileType.valueOf(r.fileType), r.fileSize, r.sha256,
                links.getOrDefault(r.id, List.of()), r.createdByName, r.createdAt.toInstant())).toList();
    }

    @Override
    public Optional<Evidence> evidence(PortalUser user, long evidenceId) {
        EvidenceRow row = store.read(m -> m.evidence(evidenceId));
        if (row == null || !guard.permissions.canSee(user, row.schoolId)
                || !guard.permissions.isGranted(user, MonitoringService.VIEW, row.schoolId)) {
            return Optional.empty();
        }
        return evidence(evidenceId);
    }

    @Override
    public List<Evidence> evidenceOfPlan(PortalUser user, long planId) {
        PlanDocument doc = guard.plan(user, planId);
        guard.require(user, MonitoringService.VIEW, doc.getSchoolId());
        return toEvidence(store.read(m -> m.evidenceOfPlan(planId)));
    }

    @Override
    public List<Evidence> evidenceOfSchool(PortalUser user, String schoolId) {
        guard.requireVisibleSchool(user, schoolId);
        guard.require(user, MonitoringService.VIEW, schoolId);
        return toEvidence(store.read(m -> m.evidenceOfSchool(schoolId)));
    }

    @Override
    public List<CriterionEvidence> byCriterion(PortalUser user, long planId) {
        PlanDocument doc = guard.plan(user, planId);
        guard.require(user, MonitoringService.VIEW, doc.getSchoolId());
        List<Evidence> all = toEvidence(store.read(m -> m.evidenceOfPlan(planId)));
        List<CriterionEvidence> out = new ArrayList<>();
        criteria(doc).forEach((code, v) -> out.add(new CriterionEvidence(code, v[1] == 0 ? EvidenceCodes.standardOf(code)
                : v[1], v[0], all.stream().filter(e -> e.links().stream()
                        .anyMatch(l -> l.planId() == planId && l.criterionCode().equals(code)))
                .collect(Collectors.toList()))));
        return out;
    }

    @Override
    public void copyContent(PortalUser user, long evidenceId, OutputStream out) {
        Evidence e = evidence(user, evidenceId).orElseThrow(() -> new MonitoringNotFoundException("evidence", evidenceId));
        if (e.kind() != EvidenceKind.FILE || !store.copyContent(evidenceId, out)) {
            throw new MonitoringNotFoundException("evidence", evidenceId);
        }
    }
}
