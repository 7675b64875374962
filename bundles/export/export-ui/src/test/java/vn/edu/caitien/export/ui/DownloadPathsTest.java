package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/** Paths, parameters and file names, without a database: what is malformed never reaches the document service. */
class DownloadPathsTest {

    private static final PortalUser PRINCIPAL = new PortalUser("ht", "Lê Văn Hòa", false,
            List.of(Membership.school("s1", PortalRole.PRINCIPAL)));

    private final DocumentService refusing = new DocumentService() {
        @Override
        public Set<DocumentKind> kinds() {
            return Set.of(DocumentKind.values());
        }

        @Override
        public List<FormatInfo> formats() {
            return PlanBackedDocuments.FORMATS;
        }

        @Override
        public Optional<Document> build(PortalUser user, DocumentRequest request) {
            throw new AssertionError("not reached");
        }

        @Override
        public Optional<ExportedFile> export(PortalUser user, DocumentRequest request, String format) {
            throw new AssertionError("a malformed request reached the service: " + request);
        }
    };

    private final BatchExportService batches = new BatchExportService(refusing, ExportTestSupport.config(1, 1, 1));

    @org.junit.jupiter.api.AfterEach
    void close() {
        batches.close();
    }

    private ExportDownloads provider() {
        return new ExportDownloads(refusing, batches);
    }

    @Test
    void theLinksThePanelsWriteAreThePathsTheProviderReads() {
        assertThat(DownloadPaths.plan(12, 3, "pdf")).isEqualTo("/download/export/plan/12.pdf?revision=3");
        assertThat(DownloadPaths.plan(12, null, "docx")).isEqualTo("/download/export/plan/12.docx");
        assertThat(DownloadPaths.report(12, DownloadPaths.semester1("2025-2026"), "pdf"))
                .isEqualTo("/download/export/report/12/semester-1-2025-2026.pdf");
        assertThat(DownloadPaths.report(12, DownloadPaths.month(2026, 3), "pdf"))
                .isEqualTo("/download/export/report/12/month-2026-03.pdf");
        assertThat(DownloadPaths.rollup("ubnd-an-binh", "2025-2026", "docx"))
                .isEqualTo("/download/export/rollup/ubnd-an-binh/2025-2026.docx");
        String path = DownloadPaths.report(7, DownloadPaths.yearEnd("2025-2026"), "docx").substring("/download/export/".length());
        assertThat(((DownloadPaths.DocumentTarget) DownloadPaths.parse(path, Map.of())).request().scope())
                .isEqualTo("YEAR_END:2025");
        assertThat(DownloadPaths.template("tt57")).isEqualTo("/download/export/template/plan-tt57.xlsx");
        DownloadPaths.DocumentTarget template = (DownloadPaths.DocumentTarget) DownloadPaths.parse("template/plan-2018.xlsx",
                Map.of());
        assertThat(template.request()).isEqualTo(new vn.edu.caitien.export.api.DocumentRequest(
                vn.edu.caitien.export.api.DocumentKind.PLAN_TEMPLATE, 0, null, "2018"));
        assertThat(template.extension()).isEqualTo("xlsx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan/1.odt", "plan/1.doc", "plan/1.DOC5x", "plan/abc.docx", "plan/0.docx", "plan/-1.docx", "plan/1",
            "plan/1/2.docx", "../plan/1.docx", "plan/1.docx/", "foo/1.docx", "", "report/1/semester-2-2025-2026.pdf",
            "report/1/month-2026-13.pdf", "report/1.pdf", "rollup/ubnd/2025-2027.docx", "rollup/ub nd/2025-2026.docx",
            "inspection/x.pdf", "batch/abc.zip", "batch/" + "00000000-0000-0000-0000-000000000000" + ".docx",
            "year-end/1.docx?schoolYear=2025", "template/plan-2019.xlsx", "template/plan-2018/x.xlsx"})
    void malformedPathsAndUnknownFormatsAreBadRequests(String path) {
        assertThatThrownBy(() -> provider().serve(PRINCIPAL, path, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedParametersAreBadRequests() {
        assertThatThrownBy(() -> provider().serve(PRINCIPAL, "plan/1.docx", Map.of("revision", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider().serve(PRINCIPAL, "plan/1.docx", Map.of("revision", "0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider().serve(PRINCIPAL, "year-end/1.docx", Map.of("schoolYear", "2025")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileNamesAreAsciiSafe() {
        assertThat(FileNames.ascii("Kế hoạch số 05/KH-THCSAB.docx", "docx")).isEqualTo("Ke-hoach-so-05-KH-THCSAB.docx");
        assertThat(FileNames.ascii("Đề án \"cải tiến\" (bản 2)", "PDF")).isEqualTo("De-an-cai-tien-ban-2.pdf");
        assertThat(FileNames.ascii("../../etc/passwd", "json")).isEqualTo("etc-passwd.json");
        assertThat(FileNames.ascii("", "xlsx")).isEqualTo("tai-lieu.xlsx");
        assertThat(FileNames.ascii(null, "xlsx")).isEqualTo("tai-lieu.xlsx");
        // NFD input (decomposed diacritics) gives the same name
        assertThat(FileNames.ascii(java.text.Normalizer.normalize("Kế hoạch", java.text.Normalizer.Form.NFD), "docx"))
                .isEqualTo("Ke-hoach.docx");
    }

}
