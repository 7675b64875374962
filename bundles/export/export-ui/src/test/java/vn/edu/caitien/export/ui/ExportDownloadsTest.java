package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.portal.api.ui.Download;

/** Each stable path gives the right request and format; permissions are the document service's; batch zips are private. */
class ExportDownloadsTest extends ExportTestSupport {

    @Override
    DocumentKind[] kinds() {
        return DocumentKind.values();
    }

    private ExportDownloads provider() {
        return new ExportDownloads(documents, batches);
    }

    private PlanDocument plan(int year) {
        return plans.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(year), "Kế hoạch năm " + year);
    }

    @Test
    void theModuleIsExport() {
        assertThat(provider().module()).isEqualTo("export");
    }

    @Test
    void aPlanInEachFormatAndRevision() {
        PlanDocument plan = plan(2025);
        long id = plan.getId();
        for (String ext : List.of("docx", "pdf", "xlsx", "json")) {
            Download d = provider().serve(PRINCIPAL, "plan/" + id + "." + ext, Map.of()).orElseThrow();
            assertThat(d.fileName()).isEqualTo("Ke-hoach-so-" + id + "-lan-1." + ext).matches("[A-Za-z0-9._-]+");
            assertThat(d.mediaType()).isEqualTo(PlanBackedDocuments.FORMATS.stream()
                    .filter(f -> f.extension().equals(ext)).findFirst().orElseThrow().mediaType());
            assertThat(documents.requests).last().isEqualTo("PLAN " + id + " null  " + ext);
        }
        provider().serve(PRINCIPAL, "plan/" + id + ".PDF", Map.of("revision", "1")).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("PLAN " + id + " 1  pdf");
        assertThat(provider().serve(PRINCIPAL, "plan/" + id + ".docx", Map.of("revision", "9"))).isEmpty();
    }

    @Test
    void theOtherDocumentsMapToTheirKindAndScope() {
        ExportDownloads p = provider();
        p.serve(PRINCIPAL, "report/12/semester-1-2025-2026.pdf", Map.of()).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("MONITORING_REPORT 12 null SEMESTER_1:2025 pdf");
        p.serve(PRINCIPAL, "report/12/year-end-2025-2026.docx", Map.of()).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("MONITORING_REPORT 12 null YEAR_END:2025 docx");
        p.serve(PRINCIPAL, "report/12/month-2026-03.xlsx", Map.of()).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("MONITORING_REPORT 12 null MONTHLY:2026-03 xlsx");
        p.serve(PRINCIPAL, "year-end/12.docx", Map.of()).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("YEAR_END_REPORT 12 null  docx");
        p.serve(PRINCIPAL, "year-end/12.docx", Map.of("schoolYear", "2024-2025")).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("YEAR_END_REPORT 12 null 2024 docx");
        p.serve(PRINCIPAL, "inspection/5.pdf", Map.of()).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("INSPECTION_RECORD 5 null  pdf");
        Download rollup = p.serve(SUPERVISOR, "rollup/ubnd-an-binh/2025-2026.xlsx", Map.of()).orElseThrow();
        assertThat(documents.requests).last().isEqualTo("ROLLUP 2025 null ubnd-an-binh xlsx");
        assertThat(rollup.fileName()).isEqualTo("Bao-cao-ubnd-an-binh.xlsx");
    }

    @Test
    void aKindTheInstallationCannotBuildIsNotFound() {
        PlanBackedDocuments planOnly = new PlanBackedDocuments(plans, DocumentKind.PLAN);
        ExportDownloads p = new ExportDownloads(planOnly, batches);
        assertThat(p.serve(PRINCIPAL, "report/12/semester-1-2025-2026.pdf", Map.of())).isEmpty();
        assertThat(p.serve(PRINCIPAL, "rollup/ubnd-an-binh/2025-2026.pdf", Map.of())).isEmpty();
        assertThat(planOnly.requests).isEmpty();
        // the format is still checked first
        assertThatThrownBy(() -> p.serve(PRINCIPAL, "report/12/semester-1-2025-2026.odt", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanOfAnotherSchoolIsNotFoundAndSupervisorsSeeOnlyWhatWasPublished() {
        PlanDocument plan = plan(2025);
        String path = "plan/" + plan.getId() + ".docx";
        assertThat(provider().serve(OTHER_TEACHER, path, Map.of())).isEmpty();
        assertThat(provider().serve(SUPERVISOR, path, Map.of())).isEmpty();
        plan = plans.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        plan = plans.approve(PRINCIPAL, plan.getId(), plan.getVersion());
        plans.publish(PRINCIPAL, plan.getId(), plan.getVersion());
        assertThat(provider().serve(SUPERVISOR, path, Map.of())).isPresent();
        assertThat(provider().serve(OTHER_TEACHER, path, Map.of())).isEmpty();
        assertThat(provider().serve(PRINCIPAL, "plan/999999.docx", Map.of())).isEmpty();
    }

    @Test
    void aBatchZipIsServedOnlyToTheUserWhoStartedIt() throws IOException {
        long a = plan(2024).getId();
        long b = plan(2025).getId();
        BatchJob job = batches.start(PRINCIPAL, List.of(a, b), "pdf");
        await(() -> !batches.job(PRINCIPAL, job.id()).orElseThrow().running());
        String path = "batch/" + job.id() + ".zip";

        Download zip = provider().serve(PRINCIPAL, path, Map.of()).orElseThrow();
        assertThat(zip.mediaType()).isEqualTo("application/zip");
        assertThat(zip.fileName()).matches("ke-hoach-\\d{8}-\\d{4}-pdf\\.zip");
        assertThat(entries(zip.content())).containsExactly("Ke-hoach-so-" + a + "-lan-1.pdf", "Ke-hoach-so-" + b + "-lan-1.pdf");

        assertThat(provider().serve(VICE, path, Map.of())).isEmpty();
        assertThat(provider().serve(SUPERVISOR, path, Map.of())).isEmpty();
        assertThat(provider().serve(PRINCIPAL, "batch/" + UUID.randomUUID() + ".zip", Map.of())).isEmpty();
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static Optional<String> entryText(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return Optional.empty();
    }
}
