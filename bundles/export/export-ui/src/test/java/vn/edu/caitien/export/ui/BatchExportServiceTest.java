package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.export.ui.ExportTestSupport.await;
import static vn.edu.caitien.export.ui.ExportTestSupport.config;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;

/** The background job: progress, one job per user, owner only, skipped plans listed, expiry. */
class BatchExportServiceTest {

    private static final PortalUser AN = new PortalUser("an", "Nguyễn Văn An", false,
            List.of(Membership.school("s1", PortalRole.PRINCIPAL)));
    private static final PortalUser BINH = new PortalUser("binh", "Trần Thị Bình", false,
            List.of(Membership.school("s1", PortalRole.PRINCIPAL)));

    /** Plan ids over 100 are "not visible"; each export waits for a permit. */
    private final Semaphore gate = new Semaphore(0);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final BatchExportService service = new BatchExportService(new GatedDocuments(gate), config(1, 5, 60), clock);

    @AfterEach
    void close() {
        gate.release(1000);
        service.close();
    }

    @Test
    void runsInTheBackgroundAndReportsProgress() throws Exception {
        BatchJob started = service.start(AN, List.of(1L, 2L, 3L, 4L), "docx");
        assertThat(started.running()).isTrue();
        assertThat(started.total()).isEqualTo(4);
        assertThat(service.current(AN).orElseThrow().done()).isZero();
        assertThat(service.zip(AN, started.id())).isEmpty();

        gate.release();
        await(() -> service.current(AN).orElseThrow().done() == 1);
        assertThat(service.current(AN).orElseThrow().running()).isTrue();
        assertThat(service.current(AN).orElseThrow().percent()).isEqualTo(25);

        gate.release(3);
        await(() -> !service.current(AN).orElseThrow().running());
        BatchJob done = service.current(AN).orElseThrow();
        assertThat(done.state()).isEqualTo(BatchJob.State.DONE);
        assertThat(done.done()).isEqualTo(4);
        assertThat(done.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        Download zip = service.zip(AN, started.id()).orElseThrow();
        // the same file name twice gets a suffix instead of overwriting
        assertThat(ExportDownloadsTest.entries(zip.content())).containsExactly("plan-1.docx", "plan-2.docx", "ke-hoach.docx",
                "ke-hoach-2.docx");
    }

    @Test
    void plansTheUserMayNotSeeAreSkippedCountedAndListed() throws Exception {
        gate.release(10);
        BatchJob job = service.start(AN, List.of(1L, 101L, 2L), "docx");
        await(() -> !service.current(AN).orElseThrow().running());
        BatchJob done = service.job(AN, job.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(BatchJob.State.DONE);
        assertThat(done.skipped()).isEqualTo(1);
        byte[] zip = service.zip(AN, job.id()).orElseThrow().content();
        assertThat(ExportDownloadsTest.entries(zip)).contains("plan-1.docx", "plan-2.docx", "khong-xuat-duoc.txt");
        assertThat(ExportDownloadsTest.entryText(zip, "khong-xuat-duoc.txt").orElseThrow()).contains("101")
                .doesNotContain("\n2\r");
    }

    @Test
    void aBatchOfOnlyInvisiblePlansStillGivesAReadableZip() throws Exception {
        gate.release(10);
        BatchJob job = service.start(AN, List.of(101L, 102L), "docx");
        await(() -> !service.current(AN).orElseThrow().running());
        assertThat(service.current(AN).orElseThrow().state()).isEqualTo(BatchJob.State.DONE);
        assertThat(ExportDownloadsTest.entries(service.zip(AN, job.id()).orElseThrow().content()))
                .containsExactly("khong-xuat-duoc.txt");
    }

    @Test
    void oneJobAtATimePerUser() {
        BatchJob first = service.start(AN, List.of(1L), "docx");
        assertThatThrownBy(() -> service.start(AN, List.of(2L), "docx")).isInstanceOf(BatchBusyException.class);
        // another user is not held up by it (the job waits in the queue behind the first)
        BatchJob other = service.start(BINH, List.of(2L), "pdf");
        assertThat(other.id()).isNotEqualTo(first.id());
        gate.release(2);
        await(() -> !service.current(AN).orElseThrow().running() && !service.current(BINH).orElseThrow().running());
        // once finished, a new start replaces the old job
        gate.release(1);
        BatchJob second = service.start(AN, List.of(3L), "docx");
        assertThat(service.job(AN, first.id())).isEmpty();
        assertThat(service.current(AN).orElseThrow().id()).isEqualTo(second.id());
    }

    @Test
    void onlyTheOwnerSeesTheJobAndItsZip() {
        gate.release(1);
        BatchJob job = service.start(AN, List.of(1L), "docx");
        await(() -> !service.current(AN).orElseThrow().running());
        assertThat(service.zip(AN, job.id())).isPresent();
        assertThat(service.job(BINH, job.id())).isEmpty();
        assertThat(service.zip(BINH, job.id())).isEmpty();
        assertThat(service.current(BINH)).isEmpty();
    }

    @Test
    void finishedJobsExpireAfterAnHour() {
        gate.release(1);
        BatchJob job = service.start(AN, List.of(1L), "docx");
        await(() -> !service.current(AN).orElseThrow().running());
        clock.advance(Duration.ofMinutes(59));
        assertThat(service.zip(AN, job.id())).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(service.zip(AN, job.id())).isEmpty();
        assertThat(service.current(AN)).isEmpty();
    }

    @Test
    void refusesNothingTooMuchAndUnknownFormats() {
        assertThatThrownBy(() -> service.start(AN, List.of(), "docx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(AN, List.of(1L, 2L, 3L, 4L, 5L, 6L), "docx"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.start(AN, List.of(1L), "odt")).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.current(AN)).isEmpty();
        // duplicates count once
        assertThat(service.start(AN, List.of(1L, 1L, 2L, 3L, 4L, 5L, 5L), "docx").total()).isEqualTo(5);
    }

    /** Exports "plan-N" for ids 1 and 2, "ke-hoach" for others up to 100, nothing above; waits for the gate. */
    private static final class GatedDocuments implements DocumentService {
        private final Semaphore gate;

        GatedDocuments(Semaphore gate) {
            this.gate = gate;
        }

        @Override
        public Set<DocumentKind> kinds() {
            return Set.of(DocumentKind.PLAN);
        }

        @Override
        public List<FormatInfo> formats() {
            return List.of(new FormatInfo("docx", "application/docx", "docx"), new FormatInfo("pdf", "application/pdf", "pdf"));
        }

        @Override
        public Optional<Document> build(PortalUser user, DocumentRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ExportedFile> export(PortalUser user, DocumentRequest request, String format) {
            try {
                gate.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (request.id() > 100) {
                return Optional.empty();
            }
            String name = request.id() <= 2 ? "plan-" + request.id() : "kế hoạch";
            return Optional.of(new ExportedFile(name + "." + format, "application/" + format,
                    ("plan " + request.id()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
