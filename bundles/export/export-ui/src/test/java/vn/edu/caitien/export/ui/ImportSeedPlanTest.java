package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.export.importer.PlanImporter;
import vn.edu.caitien.export.importer.impl.PlanImporterImpl;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** The real importer on a real plan (Word's plain text of a THCS plan): reviewed, then saved as one draft. */
class ImportSeedPlanTest extends ExportTestSupport {

    /** Copied from shared/seeds into the test resources. */
    private static final String SEED = "/seeds/plan-thcs-thanh-xuong-2025-2026.txt";

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private PlanImporter real;

    @BeforeEach
    void realImporter() {
        // the configuration's defaults, whatever keys it has, with a 2 MB limit
        PlanImporterImpl.Config config = (PlanImporterImpl.Config) java.lang.reflect.Proxy.newProxyInstance(
                PlanImporterImpl.Config.class.getClassLoader(), new Class<?>[] {PlanImporterImpl.Config.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> PlanImporterImpl.Config.class;
                    case "max_bytes" -> 2L * 1024 * 1024;
                    default -> method.getDefaultValue();
                });
        real = new PlanImporterImpl(catalogue, config);
        tester.destroy();
        tester = new org.apache.wicket.util.tester.WicketTester(new FakeServicesApplication(services(real)));
    }

    @Test
    void aRealPlanIsReviewedAndSavedWithEveryAction() throws IOException {
        byte[] bytes;
        try (var in = ImportSeedPlanTest.class.getResourceAsStream(SEED)) {
            bytes = in.readAllBytes();
        }
        Path file = Files.write(dir.resolve("ke-hoach-thanh-xuong.txt"), bytes);
        ImportResult expected = real.importFile(PRINCIPAL, "plan.txt", bytes, ImportOptions.forLevel(SchoolLevel.THCS));
        assertThat(expected.plan().actions()).isNotEmpty();

        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        FormTester form = tester.newFormTester("panel:" + ImportPanel.UPLOAD);
        form.setFile(ImportPanel.FILE, new org.apache.wicket.util.file.File(file.toFile()),
                "text/plain");
        form.submit(ImportPanel.READ);
        tester.assertComponent("panel", ImportReviewPanel.class);
        tester.assertContains("Không nhận dạng được \\(" + expected.unrecognised().size() + "\\)");
        tester.assertContains("Văn bản thuần: " + expected.sourceUnits() + " đoạn văn bản");
        assertThat(plans.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL)).isEmpty();
        // the import waits on the server; the page keeps its id
        assertThat(new org.apache.wicket.serialize.java.JavaSerializer("t").serialize(tester.getLastRenderedPage()))
                .hasSizeLessThan(20_000);

        tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM).submit(ImportReviewPanel.SAVE);
        tester.assertNoErrorMessage();
        List<vn.edu.caitien.plan.api.PlanSummary> list = plans.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL);
        assertThat(list).hasSize(1);
        PlanDocument saved = plans.plan(PRINCIPAL, list.get(0).id()).orElseThrow();
        assertThat(saved.actions()).extracting(a -> a.getDescription())
                .containsExactlyElementsOf(expected.plan().actions().stream().map(a -> a.getDescription()).toList());
        assertThat(saved.getRows()).extracting(r -> r.getCriterionCode())
                .containsExactlyElementsOf(expected.plan().getRows().stream().map(r -> r.getCriterionCode()).toList());
    }

    @Test
    void aTt57PlansGeneralInformationReviewScheduleAndMechanismReachTheSavedDraft() throws IOException {
        String text = String.join("\n",
                "TRƯỜNG THCS AN BÌNH",
                "KẾ HOẠCH",
                "Cải tiến chất lượng giáo dục năm học 2026-2027",
                "I. THÔNG TIN CHUNG",
                "Trường có 24 lớp với 1.020 học sinh.",
                "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
                "TT\tNội dung cải tiến\tMục tiêu\tHoạt động, giải pháp\tChỉ số đánh giá kết quả\tThời gian\tPhụ trách\t"
                        + "Nguồn lực\tMinh chứng dự kiến\tMức độ thực hiện",
                "1\tTiêu chí 1.3\tDữ liệu đầy đủ\tSố hóa hồ sơ quản lý\t100% hồ sơ được số hóa\tHọc kỳ I năm học 2026-2027\t"
                        + "Phó hiệu trưởng\t10 triệu đồng\tPhần mềm quản lý\t",
                "VI. THEO DÕI, ĐÁNH GIÁ",
                "TT\tThời điểm\tNội dung\tKết quả\tĐiều chỉnh\tNgười đánh giá",
                "1\tCuối học kỳ I\tTiến độ các hoạt động\t\t\tTổ giám sát",
                "VIII. CƠ CHẾ THEO DÕI, ĐÁNH GIÁ",
                "Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
        Path file = Files.writeString(dir.resolve("ke-hoach-tt57.txt"), text);
        tester.startComponentInPage(new ImportPanel("panel", context(PRINCIPAL, THCS, "vi")));
        FormTester form = tester.newFormTester("panel:" + ImportPanel.UPLOAD);
        form.setFile(ImportPanel.FILE, new org.apache.wicket.util.file.File(file.toFile()), "text/plain");
        form.submit(ImportPanel.READ);
        tester.assertComponent("panel", ImportReviewPanel.class);
        tester.assertContains("Không nhận dạng được \\(0\\)");
        tester.assertContains("Theo dõi, đánh giá 1 › Người đánh giá");
        tester.assertContains("Thông tin chung");

        tester.newFormTester("panel:review:" + ImportReviewPanel.SAVE_FORM).submit(ImportReviewPanel.SAVE);
        tester.assertNoErrorMessage();
        List<vn.edu.caitien.plan.api.PlanSummary> list = plans.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL);
        assertThat(list).hasSize(1);
        PlanDocument saved = plans.plan(PRINCIPAL, list.get(0).id()).orElseThrow();
        assertThat(saved.getGeneralInformation()).isEqualTo("Trường có 24 lớp với 1.020 học sinh.");
        assertThat(saved.getPlannedReviews()).singleElement().satisfies(r -> {
            assertThat(r.getTime()).isEqualTo("Cuối học kỳ I");
            assertThat(r.getReviewer()).isEqualTo("Tổ giám sát");
        });
        assertThat(saved.getSolutionSupervision()).isEqualTo("Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
    }
}
