package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.TEACHER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRenderer;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.export.api.UnsupportedFormatException;

/** Who may export what, the whiteboard of renderers, file names. */
class DocumentServiceTest extends ExportTestSupport {

    @Test
    void aUserOfAnotherSchoolGetsNotFoundInEveryFormat() {
        assertThat(documents.build(OTHER_TEACHER, DocumentRequest.plan(plan.getId()))).isEmpty();
        for (String format : new String[]{"docx", "pdf", "xlsx", "json"}) {
            assertThat(documents.export(OTHER_TEACHER, DocumentRequest.plan(plan.getId()), format)).as(format).isEmpty();
        }
        // The school's own teacher may read it; the same request is not refused for every user.
        assertThat(documents.build(TEACHER, DocumentRequest.plan(plan.getId()))).isPresent();
    }

    @Test
    void aSupervisingBodySeesNoUnpublishedPlanAndNobodySeesAPlanThatDoesNotExist() {
        assertThat(documents.export(SUPERVISOR, DocumentRequest.plan(plan.getId()), "pdf")).isEmpty();
        assertThat(documents.export(PRINCIPAL, DocumentRequest.plan(plan.getId() + 1000), "pdf")).isEmpty();
        assertThat(documents.export(PRINCIPAL, DocumentRequest.plan(plan.getId(), 9), "pdf")).isEmpty();
    }

    @Test
    void anEmptyPlanTableIsATemplateInEitherForm() throws Exception {
        DocumentRequest t2018 = new DocumentRequest(DocumentKind.PLAN_TEMPLATE, 0, null, "2018");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(documents.export(PRINCIPAL, t2018, "xlsx").orElseThrow().content()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            java.util.List<String> texts = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).contains("Tiêu chuẩn, tiêu chí", "Chủ trì và phối hợp thực hiện", "(9)")
                    .doesNotContain("Tiêu chí 3.1");
        }
        String bieu2 = String.join(" ", documents.build(PRINCIPAL,
                new DocumentRequest(DocumentKind.PLAN_TEMPLATE, 0, null, "tt57")).orElseThrow().tables().stream()
                .filter(t -> t.name().equals("Kế hoạch")).findFirst().orElseThrow().rows().get(0).cells().stream().flatMap(c -> c.runs().stream()).map(r -> r.text()).toList());
        assertThat(bieu2).contains("Minh chứng");
        assertThatThrownBy(() -> documents.build(PRINCIPAL, new DocumentRequest(DocumentKind.PLAN_TEMPLATE, 0, null, "2019")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.build(null, t2018))
                .isInstanceOf(vn.edu.caitien.portal.api.AccessDeniedException.class);
    }

    @Test
    void everyRegisteredFormatIsListedAndAnUnknownOneIsRefused() {
        assertThat(documents.formats()).extracting(FormatInfo::format).containsExactly("docx", "json", "pdf", "xlsx");
        assertThat(documents.kinds()).containsExactly(DocumentKind.PLAN, DocumentKind.PLAN_TEMPLATE);
        assertThatThrownBy(() -> documents.export(PRINCIPAL, DocumentRequest.plan(plan.getId()), "odt"))
                .isInstanceOf(UnsupportedFormatException.class);
        assertThatThrownBy(() -> documents.build(PRINCIPAL, new DocumentRequest(DocumentKind.ROLLUP, 0, null, "x")))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void aRendererWithAHigherRankingTakesOverItsFormatAndLeavesWhenRemoved() {
        DocumentRenderer plain = (d, out) -> out.write(d.title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        documents.addRenderer(plain, Map.of(DocumentRenderer.FORMAT, "pdf", DocumentRenderer.MEDIA_TYPE, "text/plain",
                DocumentRenderer.EXTENSION, "txt", "service.ranking", 10));
        ExportedFile file = documents.export(PRINCIPAL, DocumentRequest.plan(plan.getId()), "PDF").orElseThrow();
        assertThat(file.mediaType()).isEqualTo("text/plain");
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("Kế hoạch Cải tiến chất lượng giáo dục năm học 2025-2026");
        documents.removeRenderer(plain);
        assertThat(documents.export(PRINCIPAL, DocumentRequest.plan(plan.getId()), "pdf").orElseThrow().mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    void fileNamesAreAsciiAndCarryTheDocumentNumber() {
        Document d = documents.build(PRINCIPAL, DocumentRequest.plan(plan.getId())).orElseThrow();
        assertThat(d.fileBase()).isEqualTo("ke-hoach-07-KH-THCSAB");
        assertThat(documents.export(PRINCIPAL, DocumentRequest.plan(plan.getId()), "docx").orElseThrow().fileName())
                .isEqualTo("ke-hoach-07-KH-THCSAB.docx");
    }
}
