package vn.edu.caitien.export.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;

/**
 * Exports many plans into one zip in the background, so that a page only polls for progress. A supervising body's
 * year zip also holds its roll-up over its schools (hundreds of them for a province), made in the same background job
 * ({@link #startDocuments}). Each user has at most
 * one job: a second start while one runs is refused ({@link BatchBusyException}); a start after it finished replaces
 * it. The job exports on behalf of its owner through {@link DocumentService}, which checks each plan as a single
 * download would (a plan the owner may not see is skipped and counted). Only the owner sees the job and downloads
 * the zip; a finished job and its zip are dropped after {@code expiry.minutes}. The zip is written to a temporary
 * file, not kept in memory. Thread-safe.
 */
@Component(service = BatchExportService.class)
@Designate(ocd = BatchExportService.Config.class)
public final class BatchExportService {

    /** Configuration (PID {@code vn.edu.caitien.export.ui.BatchExportService}). */
    @ObjectClassDefinition(name = "Cải Tiến export: batch zips")
    public @interface Config {
        @AttributeDefinition(name = "Threads", description = "Jobs that export at the same time; the others wait")
        int threads() default 1;

        @AttributeDefinition(name = "Largest batch", description = "Most plans in one zip")
        int max_plans() default 500;

        @AttributeDefinition(name = "Expiry (minutes)", description = "How long a finished zip can be downloaded")
        int expiry_minutes() default 60;
    }

    private static final Logger LOG = LoggerFactory.getLogger(BatchExportService.class);
    /** Documents other than plans (roll-ups) one job may hold besides its plans. */
    static final int MAX_OTHER_DOCUMENTS = 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DocumentService documents;
    private final Clock clock;
    private final int maxPlans;
    private final Duration expiry;
    private final ScheduledThreadPoolExecutor executor;
    private final Path folder;
    /** The one job of each user, by user id. */
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** Called by DS. */
    @Activate
    public BatchExportService(@Reference DocumentService documents, Config config) {
        this(documents, config, Clock.systemUTC());
    }

    /** For tests: a clock to move the expiry along. */
    BatchExportService(DocumentService documents, Config config, Clock clock) {
        this.documents = documents;
        this.clock = clock;
        this.maxPlans = Math.max(1, config.max_plans());
        this.expiry = Duration.ofMinutes(Math.max(1, config.expiry_minutes()));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "caitien-export-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = new ScheduledThreadPoolExecutor(Math.max(1, config.threads()), threads);
        this.executor.setRemoveOnCancelPolicy(true);
        try {
            this.folder = Files.createTempDirectory("caitien-export-batch-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for batch zips", e);
        }
        executor.scheduleWithFixedDelay(this::purgeExpired, 1, 1, TimeUnit.MINUTES);
        LOG.info("Batch exports: {} thread(s), at most {} plans, zips kept {} min in {}", config.threads(), maxPlans,
                expiry.toMinutes(), folder);
    }

    /** Stops running jobs and deletes every zip. */
    @Deactivate
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jobs.values().forEach(Job::delete);
        jobs.clear();
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", folder, e);
        }
    }

    /** @return the most plans one job takes */
    public int maxPlans() {
        return maxPlans;
    }

    /**
     * Starts exporting plans (their current revision; for supervising bodies the last published) into one zip.
     *
     * @param format a format id of {@link DocumentService#formats()}
     * @return the job as it starts
     * @throws BatchBusyException       when the user's previous job is still running
     * @throws IllegalArgumentException for no plans, more than {@link #maxPlans()}, or an unknown format
     */
    public BatchJob start(PortalUser user, List<Long> planIds, String format) {
        if (planIds == null || planIds.isEmpty()) {
            throw new IllegalArgumentException("no plans");
        }
        return startDocuments(user, planIds.stream().distinct().map(DocumentRequest::plan).toList(), format);
    }

    /**
     * Starts exporting documents into one zip: plans (their current revision; for supervising bodies the last
     * published) and other documents, such as a body's roll-up ({@code DocumentKind.ROLLUP}). Each is checked as a
     * single download would be; one the owner may not see is skipped and counted.
     *
     * @param requests the documents, in the order of the zip; duplicates are dropped
     * @param format   a format id of {@link DocumentService#formats()}
     * @return the job as it starts
     * @throws BatchBusyException       when the user's previous job is still running
     * @throws IllegalArgumentException for no documents, more plans than {@link #maxPlans()}, or an unknown format
     */
    public BatchJob startDocuments(PortalUser user, List<DocumentRequest> requests, String format) {
        if (requests == null || requests.isEmpty()) {
            throw new IllegalArgumentException("no documents");
        }
        List<DocumentRequest> docs = requests.stream().distinct().toList();
        long plans = docs.stream().filter(r -> r.kind() == DocumentKind.PLAN).count();
        if (plans > maxPlans || docs.size() > maxPlans + MAX_OTHER_DOCUMENTS) {
            throw new IllegalArgumentException("too many plans: " + plans + " > " + maxPlans);
        }
        FormatInfo info = documents.formats().stream().filter(f -> f.format().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
        purgeExpired();
        Job job = new Job(UUID.randomUUID().toString(), user, docs, info, folder.resolve(UUID.randomUUID() + ".zip"));
        synchronized (jobs) {
            Job previous = jobs.get(user.id());
            if (previous != null && previous.state == BatchJob.State.RUNNING) {
                throw new BatchBusyException(user.id());
            }
            if (previous != null) {
                previous.delete();
            }
            jobs.put(user.id(), job);
        }
        job.future = executor.submit(() -> run(job));
        LOG.info("Batch {} started by {}: {} documents ({} plans) as {}", job.id, user.id(), docs.size(), plans,
                format);
        return job.snapshot();
    }

    /** @return the user's job (running or not yet expired), or empty */
    public Optional<BatchJob> current(PortalUser user) {
        purgeExpired();
        return Optional.ofNullable(jobs.get(user.id())).map(Job::snapshot);
    }

    /** @return the job if it is the user's own, or empty */
    public Optional<BatchJob> job(PortalUser user, String jobId) {
        return Optional.ofNullable(own(user, jobId)).map(Job::snapshot);
    }

    /**
     * @return the finished zip of the user's own job, or empty (another user's job, unknown, running or expired)
     */
    public Optional<Download> zip(PortalUser user, String jobId) {
        Job job = own(user, jobId);
        if (job == null || job.state != BatchJob.State.DONE) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Download(job.fileName(), "application/zip", Files.readAllBytes(job.file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the zip of batch " + jobId, e);
        }
    }

    private Job own(PortalUser user, String jobId) {
        purgeExpired();
        Job job = jobs.get(user.id());
        return job != null && job.id.equals(jobId) && job.owner.id().equals(user.id()) ? job : null;
    }

    /** Drops finished jobs older than the expiry. */
    void purgeExpired() {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> {
            Instant expires = job.expiresAt;
            if (expires != null && !now.isBefore(expires)) {
                job.delete();
                return true;
            }
            return false;
        });
    }

    private void run(Job job) {
        List<DocumentRequest> skipped = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(job.file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (DocumentRequest request : job.requests) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                Optional<ExportedFile> file;
                try {
                    file = documents.export(job.owner, request, job.format.format());
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        // stopped (the component deactivates or the job was replaced): not a failure of this plan
                        throw new InterruptedException();
                    }
                    LOG.warn("Batch {}: {} could not be exported", job.id, request, e);
                    file = Optional.empty();
                }
                if (file.isPresent()) {
                    zip.putNextEntry(new ZipEntry(unique(names, FileNames.ascii(file.get().fileName(),
                            job.format.extension()))));
                    zip.write(file.get().content());
                    zip.closeEntry();
                } else {
                    skipped.add(request);
                    job.skipped.incrementAndGet();
                }
                job.done.incrementAndGet();
            }
            if (!skipped.isEmpty()) {
                zip.putNextEntry(new ZipEntry(unique(names, "khong-xuat-duoc.txt")));
                StringBuilder text = new StringBuilder("Các văn bản không xuất được / Documents not exported:\r\n");
                skipped.forEach(r -> text.append(describe(r)).append("\r\n"));
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            job.finish(BatchJob.State.DONE, clock.instant().plus(expiry));
            LOG.info("Batch {} done: {} documents, {} skipped", job.id, job.requests.size(), skipped.size());
        } catch (InterruptedException e) {
            job.finish(BatchJob.State.FAILED, clock.instant().plus(expiry));
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("Batch {} failed", job.id, e);
            job.finish(BatchJob.State.FAILED, clock.instant().plus(expiry));
        }
    }

    /** @return "Kế hoạch 12 / plan 12", "Tổng hợp ubnd-kinhbac 2025-2026 / roll-up ..." for the list of skipped */
    static String describe(DocumentRequest r) {
        return switch (r.kind()) {
            case PLAN -> "Kế hoạch / plan " + r.id();
            case ROLLUP -> "Tổng hợp / roll-up " + r.scope() + " " + r.id() + "-" + (r.id() + 1);
            default -> r.kind() + " " + r.id() + (r.scope().isEmpty() ? "" : " " + r.scope());
        };
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int i = 2; !names.add(candidate); i++) {
            candidate = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        }
        return candidate;
    }

    /** One job; its counters are written by the worker and read by the pages. */
    private static final class Job {
        final String id;
        final PortalUser owner;
        final List<DocumentRequest> requests;
        final FormatInfo format;
        final Path file;
        final Instant started = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        volatile BatchJob.State state = BatchJob.State.RUNNING;
        volatile Instant expiresAt;
        volatile Future<?> future;

        Job(String id, PortalUser owner, List<DocumentRequest> requests, FormatInfo format, Path file) {
            this.id = id;
            this.owner = owner;
            this.requests = List.copyOf(requests);
            this.format = format;
            this.file = file;
        }

        void finish(BatchJob.State finalState, Instant expires) {
            expiresAt = expires;
            state = finalState;
        }

        String fileName() {
            return "ke-hoach-" + STAMP.format(started) + "-" + format.extension() + ".zip";
        }

        BatchJob snapshot() {
            return new BatchJob(id, format.format(), requests.size(), done.get(), skipped.get(), state, expiresAt);
        }

        void delete() {
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", file, e);
            }
        }
    }
}
