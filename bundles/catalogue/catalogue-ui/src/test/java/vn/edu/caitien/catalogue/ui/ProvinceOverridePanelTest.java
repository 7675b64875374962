package vn.edu.caitien.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.ProvinceOverride;
import vn.edu.caitien.catalogue.api.SchoolYear;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** Province overrides: list, validate (translated), add and remove, vi and en. */
class ProvinceOverridePanelTest {

    private static final PortalUser TEACHER = new PortalUser("gv1", "Nguyễn Thị Lan", false,
            List.of(Membership.school("thcs-tx", PortalRole.TEACHER)));
    private static final PortalUser ADMIN = new PortalUser("admin", "Quản trị", true, List.of());
    private static final String FORM = "panel:" + ProvinceOverridePanel.BODY + ":" + ProvinceOverridePanel.ADD_FORM;

    private final FakeCatalogue fake = new FakeCatalogue();
    private WicketTester tester;

    @BeforeEach
    void start() {
        tester = new WicketTester(new FakeServicesApplication(Map.of(CatalogueService.class, fake,
                CatalogueAdminService.class, fake, SchoolDirectory.class, new FakeDirectory())));
    }

    @AfterEach
    void stop() {
        tester.destroy();
    }

    private PortalContext context(PortalUser user, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, null, Set.of(), Locale.forLanguageTag(language));
    }

    /** Fills the whole form: choice indexes for province, level (MN, TH, THCS, ...) and regime (TT 18, TT 57). */
    private void submit(int level, String year, int regime) {
        FormTester form = tester.newFormTester(FORM);
        form.select(ProvinceOverridePanel.PROVINCE, 0);
        form.select(ProvinceOverridePanel.LEVEL, level);
        form.setValue(ProvinceOverridePanel.FROM_YEAR, year);
        form.select(ProvinceOverridePanel.REGIME, regime);
        form.submit();
    }

    @Test
    void adminAddsAValidOverrideAfterTranslatedValidationAndRemovesIt() {
        tester.startComponentInPage(new ProvinceOverridePanel("panel", context(ADMIN, "vi")));
        tester.assertContains("Thông tư áp dụng theo tỉnh");
        tester.assertVisible("panel:body:" + ProvinceOverridePanel.NONE);
        tester.assertContains("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN");
        tester.assertContainsNot("UBND XÃ THANH XƯƠNG");
        tester.assertInvisible(FORM + ":" + ProvinceOverridePanel.NO_PROVINCE);

        submit(2, "2026-2028", 0);
        tester.assertErrorMessages("\"2026-2028\" không phải là năm học: năm sau phải liền kề năm trước (2026-2027).");
        submit(2, "26-27", 0);
        tester.assertErrorMessages("\"26-27\" không phải là năm học. Hãy ghi hai năm, ví dụ 2026-2027.");
        submit(0, "2026-2027", 0);
        tester.assertErrorMessages("18/2018/TT-BGDĐT không áp dụng cho cấp Mầm non; hãy chọn thông tư dành cho cấp học đó.");
        assertThat(fake.overrides).isEmpty();

        submit(2, "2026 – 2027", 0);
        tester.assertNoErrorMessage();
        tester.assertInfoMessages("Từ năm học 2026-2027, các trường Trung học cơ sở do SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH "
                + "ĐIỆN BIÊN quản lý áp dụng 18/2018/TT-BGDĐT.");
        tester.assertContains("Từ năm học 2026-2027, các trường Trung học cơ sở");
        assertThat(fake.overrides).containsExactly(new ProvinceOverride(FakeDirectory.DIEN_BIEN.id(),
                SchoolLevel.THCS, SchoolYear.parse("2026-2027"), "tt18-2018"));
        tester.assertInvisible("panel:body:" + ProvinceOverridePanel.NONE);
        tester.assertLabel("panel:body:" + ProvinceOverridePanel.OVERRIDES + ":0:province",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN");
        tester.assertLabel("panel:body:" + ProvinceOverridePanel.OVERRIDES + ":0:level", "Trung học cơ sở");
        tester.assertLabel("panel:body:" + ProvinceOverridePanel.OVERRIDES + ":0:fromYear", "2026-2027");

        // WicketTester keeps rendered messages for assertions; the application drops them after the render.
        tester.cleanupFeedbackMessages();
        tester.clickLink("panel:body:" + ProvinceOverridePanel.OVERRIDES + ":0:" + ProvinceOverridePanel.REMOVE);
        assertThat(fake.overrides).isEmpty();
        tester.assertContainsNot("các trường Trung học cơ sở do");
        tester.assertInfoMessages("Đã xóa ngoại lệ của SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN cho cấp Trung học cơ sở "
                + "từ năm học 2026-2027.");
        tester.assertVisible("panel:body:" + ProvinceOverridePanel.NONE);
    }

    @Test
    void validationMessagesAreInEnglishToo() {
        tester.startComponentInPage(new ProvinceOverridePanel("panel", context(ADMIN, "en")));
        tester.assertContains("Circular by province");
        tester.newFormTester(FORM).submit();
        tester.assertErrorMessages("Please fill in \"Provincial department\".", "Please fill in \"School level\".",
                "Please fill in \"From school year\".", "Please fill in \"Circular\".");
        submit(2, "2027-2026", 1);
        tester.assertErrorMessages("\"2027-2026\" is not a school year: the second year must follow the first "
                + "(2027-2028).");
        submit(2, "2027-2028", 1);
        tester.assertInfoMessages("From 2027-2028, Lower secondary (THCS) schools supervised by SỞ GIÁO DỤC VÀ ĐÀO "
                + "TẠO TỈNH ĐIỆN BIÊN use 57/2026/TT-BGDĐT.");
        assertThat(fake.overrides).hasSize(1);
    }

    @Test
    void otherUsersAreRefused() {
        tester.startComponentInPage(new ProvinceOverridePanel("panel", context(TEACHER, "vi")));
        tester.assertVisible("panel:" + ProvinceOverridePanel.DENIED);
        tester.assertInvisible("panel:" + ProvinceOverridePanel.BODY);
    }
}
