package vn.edu.caitien.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.caitien.catalogue.api.Appendix;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.CriterionKey;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** The mapping editor: an edit is saved through the admin service and shown in the compare view, vi and en. */
class CriterionMappingPanelTest {

    private static final PortalUser TEACHER = new PortalUser("gv1", "Nguyễn Thị Lan", false,
            List.of(Membership.school("thcs-tx", PortalRole.TEACHER)));
    private static final PortalUser ADMIN = new PortalUser("admin", "Quản trị", true, List.of());
    private static final String EDIT_FORM = "panel:" + CriterionMappingPanel.BODY + ":" + CriterionMappingPanel.EDIT_FORM;

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
        return new PortalContext(user, null, Set.of("catalogue.view", "catalogue.manage"),
                Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void anEditIsSavedAndShownInTheCompareView(String language) {
        boolean vi = language.equals("vi");
        tester.startComponentInPage(new CriterionMappingPanel("panel", context(ADMIN, language)));
        tester.assertContains(vi ? "Ánh xạ tiêu chí 2018 → TT 57" : "Map 2018 criteria to TT 57");
        tester.assertContains("Phòng học, phòng học bộ môn");
        // The choices are the TT 57 criteria of Phụ lục II (general schools), labelled with their titles.
        tester.assertContains("4.2 Môi trường giáo dục an toàn, tích cực, hỗ trợ phát triển học sinh");
        tester.assertContainsNot("nuôi dưỡng, chăm sóc");

        FormTester form = tester.newFormTester(EDIT_FORM);
        form.selectMultiple(CriterionMappingPanel.ROWS + ":0:" + CriterionMappingPanel.TARGETS, new int[] {1, 0},
                true);
        form.submit(CriterionMappingPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertInfoMessages(vi ? "Đã lưu ánh xạ mới cho 1 tiêu chí của 18/2018/TT-BGDĐT."
                : "Saved the new mapping of one criterion of 18/2018/TT-BGDĐT.");
        assertThat(fake.mapped.get(new CriterionKey("tt18-2018", "", "3.2"))).containsExactly(
                new CriterionKey("tt57-2026", "II", "4.1"), new CriterionKey("tt57-2026", "II", "4.2"));

        // Saving again without a change calls nothing.
        tester.newFormTester(EDIT_FORM).submit(CriterionMappingPanel.SAVE);
        tester.assertInfoMessages(vi ? "Không có thay đổi; ánh xạ giữ nguyên." : "Nothing changed; the mapping is as it was.");

        tester.startComponentInPage(new RegimeComparePanel("panel", context(TEACHER, language)));
        tester.assertContains(vi ? "So sánh thông tư" : "Compare circulars");
        tester.assertContains("4.1 Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục");
        tester.assertContains("4.2 Môi trường giáo dục an toàn, tích cực, hỗ trợ phát triển học sinh");
    }

    @Test
    void clearingEveryChoiceRemovesTheMapping() {
        tester.startComponentInPage(new CriterionMappingPanel("panel", context(ADMIN, "vi")));
        FormTester form = tester.newFormTester(EDIT_FORM);
        form.selectMultiple(CriterionMappingPanel.ROWS + ":0:" + CriterionMappingPanel.TARGETS, new int[0], true);
        form.submit(CriterionMappingPanel.SAVE);
        assertThat(fake.mapped.get(new CriterionKey("tt18-2018", "", "3.2"))).isEmpty();
        tester.startComponentInPage(new RegimeComparePanel("panel", context(TEACHER, "vi")));
        tester.assertContainsNot("4.1 Cơ sở vật chất");
    }

    @Test
    void otherUsersAreRefused() {
        tester.startComponentInPage(new CriterionMappingPanel("panel", context(TEACHER, "vi")));
        tester.assertVisible("panel:" + CriterionMappingPanel.DENIED);
        tester.assertInvisible("panel:" + CriterionMappingPanel.BODY);
        tester.assertContains("Chỉ quản trị viên hệ thống");
    }

    @Test
    void preschoolCriteriaMapIntoAppendixIAndGeneralSchoolsIntoAppendixII() {
        Regime tt57 = fake.regime(ADMIN, "tt57-2026").orElseThrow();
        Regime tt19 = new Regime("tt19-2018", "19/2018/TT-BGDĐT", "Quy định kiểm định mầm non",
                LocalDate.of(2018, 8, 22), LocalDate.of(2018, 10, 10), List.of(), Set.of(SchoolLevel.MN),
                RuleSet.RULES_2018, List.of(1, 2, 3), false, PlanForm.TABLE_2018, true, 1,
                List.of(new Appendix("", List.of("MN"), Set.of(SchoolLevel.MN))));
        Regime tt18 = fake.regime(ADMIN, "tt18-2018").orElseThrow();
        assertThat(CriterionMappingPanel.targetAppendix(tt19, "", tt57)).isEqualTo("I");
        assertThat(CriterionMappingPanel.targetAppendix(tt18, "", tt57)).isEqualTo("II");
    }
}
