package vn.edu.caitien.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.util.file.File;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** The catalogue panels rendered in WicketTester with a fake catalogue, in Vietnamese and English. */
class CataloguePanelsTest {

    private static final School SCHOOL = new School("thcs-tx", "Trường THCS Thanh Xương", Set.of(SchoolLevel.THCS),
            "THCSTX", "UBND XÃ THANH XƯƠNG", List.of());
    private static final PortalUser TEACHER = new PortalUser("gv1", "Nguyễn Thị Lan", false,
            List.of(Membership.school("thcs-tx", PortalRole.TEACHER)));
    private static final PortalUser ADMIN = new PortalUser("admin", "Quản trị", true, List.of());

    private final FakeCatalogue fake = new FakeCatalogue();
    private WicketTester tester;

    @BeforeEach
    void start() {
        tester = new WicketTester(new FakeServicesApplication(Map.of(CatalogueService.class, fake,
                CatalogueAdminService.class, fake)));
    }

    @AfterEach
    void stop() {
        tester.destroy();
    }

    private PortalContext context(PortalUser user, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, SCHOOL, Set.of("catalogue.view"), Locale.forLanguageTag(language));
    }

    @Test
    void browseShowsTheTreeWithCountsInVietnamese() {
        tester.startComponentInPage(new CatalogueBrowsePanel("panel", context(TEACHER, "vi")));
        tester.assertContains("Danh mục tiêu chí");
        tester.assertContains("Tiêu chuẩn");
        tester.assertContains("Cơ sở vật chất và thiết bị dạy học");
        tester.assertContains("Phòng học, phòng học bộ môn");
        tester.assertContains("Chỉ báo Mức 1");
        tester.assertContains("Cách xác định mức");
        tester.assertLabel("panel:tree:" + CatalogueBrowsePanel.RULES, "Các thông tư năm 2018: tiêu chí đạt Mức n khi "
                + "đạt tất cả chỉ báo từ Mức 1 đến Mức n (tiêu chí không có chỉ báo Mức 3 thì đạt Mức 3 cùng với Mức 2). "
                + "Nhà trường đạt Mức n (1-3) khi mọi tiêu chí đều đạt từ Mức n trở lên, và đạt Mức 4 khi đạt Mức 3 và "
                + "đáp ứng tất cả nội dung Mức 4 tại Điều 22. Cấp độ kiểm định 1-4 tương ứng với mức của nhà trường; "
                + "chuẩn quốc gia Mức độ 1 cần đạt Mức 2, Mức độ 2 cần đạt Mức 3 hoặc Mức 4.");
        tester.assertInvisible("panel:tree:" + CatalogueBrowsePanel.UNCHECKED);
        tester.assertInvisible("panel:form:" + CatalogueBrowsePanel.APPENDIX);
    }

    @Test
    void browseDownloadsTheShownCatalogueAsYaml() {
        tester.startComponentInPage(new CatalogueBrowsePanel("panel", context(TEACHER, "vi")));
        tester.assertContains("Tải danh mục này về dạng YAML");

        tester.clickLink("panel:" + CatalogueBrowsePanel.TREE + ":" + CatalogueBrowsePanel.EXPORT);

        assertThat(tester.getLastResponse().getHeader("Content-Disposition")).contains("attachment")
                .contains(".yaml");
        assertThat(tester.getLastResponseAsString()).contains("circular: \"18/2018/TT-BGDĐT\"");
    }

    @Test
    void browseFlagsAnUncheckedCatalogueAndOffersItsAppendicesInEnglish() {
        tester.startComponentInPage(new CatalogueBrowsePanel("panel", context(TEACHER, "en")));
        FormTester form = tester.newFormTester("panel:form");
        form.select(CatalogueBrowsePanel.REGIME, 1);
        tester.executeAjaxEvent("panel:form:" + CatalogueBrowsePanel.REGIME, "change");
        tester.assertVisible("panel:tree:" + CatalogueBrowsePanel.UNCHECKED);
        tester.assertContains("has not yet been checked against the official text");
        tester.assertContains("hạ tầng kỹ thuật phục vụ hoạt động nuôi dưỡng");
        tester.assertContains("\\(mandatory\\)");
        tester.assertVisible("panel:form:" + CatalogueBrowsePanel.APPENDIX);
        tester.assertContains("Appendix II");
        tester.assertContains("How levels are reached");
        tester.assertContains("TT 57/2026: criteria and schools have two levels. The school is at Mức 1 when all 8 "
                + "mandatory criteria and at least 5 of the other 7 are at Mức 1");
    }

    @Test
    void searchFindsWithoutDiacritics() {
        for (String language : List.of("vi", "en")) {
            tester.startComponentInPage(new CatalogueSearchPanel("panel", context(TEACHER, language)));
            FormTester form = tester.newFormTester("panel:" + CatalogueSearchPanel.FORM);
            form.setValue(CatalogueSearchPanel.QUERY, "tieu chi co so vat chat");
            form.submit();
            tester.assertContains("Cơ sở vật chất, thiết bị, học liệu");
            tester.assertInvisible("panel:" + CatalogueSearchPanel.EMPTY);
            tester.assertContains(language.equals("vi") ? "Tìm tiêu chí" : "Search criteria");
        }
        tester.startComponentInPage(new CatalogueSearchPanel("panel", context(TEACHER, "vi")));
        FormTester form = tester.newFormTester("panel:" + CatalogueSearchPanel.FORM);
        form.setValue(CatalogueSearchPanel.QUERY, "khong co");
        form.submit();
        tester.assertVisible("panel:" + CatalogueSearchPanel.EMPTY);
        tester.assertContains("Không có tiêu chí nào khớp");
    }

    @Test
    void compareShowsTheMappingSideBySide() {
        tester.startComponentInPage(new RegimeComparePanel("panel", context(TEACHER, "vi")));
        tester.assertContains("So sánh thông tư");
        tester.assertContains("18/2018/TT-BGDĐT");
        tester.assertContains("57/2026/TT-BGDĐT");
        tester.assertContains("Phòng học, phòng học bộ môn");
        tester.assertContains("4.1 Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục");
        tester.startComponentInPage(new RegimeComparePanel("panel", context(TEACHER, "en")));
        tester.assertContains("Compare circulars");
    }

    @Test
    void adminPanelIsRefusedToOtherUsers() {
        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(TEACHER, "vi")));
        tester.assertVisible("panel:" + CatalogueAdminPanel.DENIED);
        tester.assertInvisible("panel:body");
        tester.assertContains("Chỉ quản trị viên hệ thống");
    }

    @Test
    void aHugeUploadIsRefusedWhileReceivedAndChangesNothing(@TempDir Path dir) throws IOException {
        File junk = new File(dir.resolve("junk.yaml").toFile());
        Files.write(junk.toPath(), new byte[(int) CatalogueAdminPanel.MAX_UPLOAD.bytes() + 1024]);
        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "vi")));
        FormTester form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, junk, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);

        tester.assertContains("Tệp quá lớn");
        assertThat(fake.published).isEmpty();
    }

    @Test
    void adminChecksAFileAndShowsEachProblemWithItsLine(@TempDir Path dir) throws IOException {
        File bad = new File(dir.resolve("bad.yaml").toFile());
        Files.writeString(bad.toPath(), "code: \"1.1\"\ncode: \"1.1\"\n", StandardCharsets.UTF_8);
        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "vi")));
        FormTester form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, bad, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertContains("Dòng 7: &quot;1.1&quot; xuất hiện nhiều lần.");
        assertThat(fake.published).isEmpty();

        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "en")));
        form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, bad, "application/yaml");
        form.submit(CatalogueAdminPanel.CHECK);
        tester.assertContains("Line 7: &quot;1.1&quot; appears more than once.");
    }

    @Test
    void adminPublishesConfirmsAndComparesVersions(@TempDir Path dir) throws IOException {
        File good = new File(dir.resolve("good.yaml").toFile());
        Files.writeString(good.toPath(), "circular: \"99/2030/TT-BGDĐT\"\n", StandardCharsets.UTF_8);
        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "vi")));
        FormTester form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, good, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertInfoMessages("Đã công bố phiên bản 1 của tt99-2030.");
        assertThat(fake.published).containsExactly("tt99-2030");

        tester.assertContains("57/2026/TT-BGDĐT");
        tester.clickLink("panel:body:" + CatalogueAdminPanel.UNCHECKED + ":0:confirm");
        assertThat(fake.tt57Checked).isTrue();

        FormTester diff = tester.newFormTester("panel:body:" + CatalogueAdminPanel.DIFF_FORM);
        diff.select(CatalogueAdminPanel.DIFF_REGIME, 0);
        diff.submit();
        diff = tester.newFormTester("panel:body:" + CatalogueAdminPanel.DIFF_FORM);
        diff.select(CatalogueAdminPanel.DIFF_FROM, 1);
        diff.select(CatalogueAdminPanel.DIFF_TO, 0);
        diff.submit();
        tester.assertContains("Sửa đổi");
        tester.assertContains("Lớp học và sĩ số");
    }

    @Test
    void aPublishAfterSomeoneElsesPublishIsRefusedAndOffersToReload(@TempDir Path dir) throws IOException {
        File good = new File(dir.resolve("tt18.yaml").toFile());
        Files.writeString(good.toPath(), "circular: \"99/2030/TT-BGDĐT\"\n", StandardCharsets.UTF_8);
        // Two administrators open the page; both see that tt99-2030 does not exist yet.
        CatalogueAdminPanel first = tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "vi")));
        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "vi")));
        FormTester form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, good, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertInfoMessages("Đã công bố phiên bản 1 của tt99-2030.");

        // The first administrator publishes from the form rendered before that publish.
        tester.startPage(first.getPage());
        form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, good, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertErrorMessages("Khi trang này được mở, 99/2030/TT-BGDĐT chưa có trong danh mục, nhưng sau đó một "
                + "quản trị viên khác đã công bố phiên bản 1. Chưa lưu gì. Hãy tải lại các phiên bản hiện hành, xem "
                + "những gì đã thay đổi, rồi công bố lại nếu tệp của bạn vẫn cần thay thế phiên bản đó.");
        assertThat(fake.published).containsExactly("tt99-2030");
        assertThat(fake.currentVersions).containsEntry("tt99-2030", 1);
        tester.assertVisible("panel:body:" + CatalogueAdminPanel.RELOAD);

        // After a reload the same form publishes version 2 on top of what it now shows.
        tester.clickLink("panel:body:" + CatalogueAdminPanel.RELOAD);
        tester.assertInvisible("panel:body:" + CatalogueAdminPanel.RELOAD);
        tester.assertContains("99/2030/TT-BGDĐT: phiên bản 1");
        form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, good, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertInfoMessages("Đã công bố phiên bản 2 của tt99-2030.");
        assertThat(fake.published).containsExactly("tt99-2030", "tt99-2030");
    }

    @Test
    void aRefusedPublishNamesTheNewerVersionInEnglish(@TempDir Path dir) throws IOException {
        File good = new File(dir.resolve("good.yaml").toFile());
        Files.writeString(good.toPath(), "circular: \"99/2030/TT-BGDĐT\"\n", StandardCharsets.UTF_8);
        fake.currentVersions.put("tt99-2030", 3);
        CatalogueAdminPanel first = tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "en")));
        tester.assertContains("99/2030/TT-BGDĐT: version 3");
        tester.startComponentInPage(new CatalogueAdminPanel("panel", context(ADMIN, "en")));
        FormTester form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, good, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertInfoMessages("Published version 4 of tt99-2030.");

        tester.startPage(first.getPage());
        form = tester.newFormTester("panel:body:" + CatalogueAdminPanel.IMPORT_FORM);
        form.setFile(CatalogueAdminPanel.FILE, good, "application/yaml");
        form.submit(CatalogueAdminPanel.PUBLISH);
        tester.assertErrorMessages("Another administrator published version 4 of 99/2030/TT-BGDĐT after this page was "
                + "opened (it showed version 3). Nothing was saved. Reload the current versions, check what changed, "
                + "then publish again if your file should still replace it.");
        tester.assertContains("Reload the current versions");
        assertThat(fake.currentVersions).containsEntry("tt99-2030", 4);
        assertThat(fake.published).hasSize(1);
    }
}
