package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.testmodule.FakeModule;

class NavigationTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void contributionAppearsWithItsOwnVietnameseTitleWhenEnabledAndPermitted() {
        portal.signIn(Fakes.PRINCIPAL);

        portal.tester.assertRenderedPage(HomePage.class);
        assertThat(navigationSize()).isEqualTo(1);
        portal.tester.assertContains("Bảng thử nghiệm");
        portal.tester.assertContains("Trường THCS Kinh Bắc");
    }

    @Test
    void titleFollowsTheLanguage() {
        portal.locale(Locale.ENGLISH);
        portal.signIn(Fakes.PRINCIPAL);

        portal.tester.assertContains("Test board");
        portal.tester.assertContains("Hello, Nguyễn Văn An");
    }

    @Test
    void contributionIsHiddenWithoutItsPermission() {
        portal.signIn(Fakes.TEACHER);

        assertThat(navigationSize()).isZero();
        portal.tester.assertContainsNot("Bảng thử nghiệm");
    }

    @Test
    void contributionIsHiddenWhereItsModuleIsOffAndComesBackWhenOn() {
        portal.switches.setEnabled(FakeModule.ID, Fakes.THCS, false, Fakes.ADMIN);
        portal.signIn(Fakes.PRINCIPAL);
        assertThat(navigationSize()).isZero();

        portal.switches.setEnabled(FakeModule.ID, Fakes.THCS, true, Fakes.ADMIN);
        portal.tester.startPage(HomePage.class);
        assertThat(navigationSize()).isEqualTo(1);
    }

    @Test
    void contributionDisappearsWhenItsServiceGoes() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.panels.remove("board");

        portal.tester.startPage(HomePage.class);
        assertThat(navigationSize()).isZero();
    }

    @Test
    void homeSlotPanelsAreShownOnTheHomePage() {
        portal.signIn(Fakes.TEACHER);

        portal.tester.assertLabel(HomePage.CARDS + ":1:panel:school", "Trường THCS Kinh Bắc");
    }

    @Test
    void supervisorWithoutOwnSchoolGetsTheFirstSupervisedSchoolAndASwitcher() {
        portal.signIn(Fakes.WARD_OFFICER);

        portal.tester.assertContains("Bạn đang làm việc với: Trường THCS Kinh Bắc");
        portal.tester.assertVisible(PortalPage.SCHOOL_FORM);
        assertThat(navigationSize()).isEqualTo(1);
    }

    @Test
    void schoolSwitcherIsHiddenForUsersOfOneSchool() {
        portal.signIn(Fakes.PRINCIPAL);

        portal.tester.assertInvisible(PortalPage.SCHOOL_FORM);
    }

    @Test
    void aSchoolInTheUrlSwitchesOnlyToAVisibleSchool() {
        portal.signIn(Fakes.WARD_OFFICER);

        portal.tester.startPage(HomePage.class, new PageParameters().set(SecurePage.SCHOOL, Fakes.TH));
        portal.tester.assertContains("Bạn đang làm việc với: Trường Tiểu học Kinh Bắc");

        portal.tester.startPage(HomePage.class, new PageParameters().set(SecurePage.SCHOOL, Fakes.OTHER_SCHOOL));
        portal.tester.assertContains("Bạn không thể mở trường đó; bạn vẫn đang làm việc với trường hiện tại.");
        portal.tester.assertContains("Bạn đang làm việc với: Trường Tiểu học Kinh Bắc");
        assertThat(PortalSession.get().schoolId()).isEqualTo(Fakes.TH);
    }

    @Test
    void languageSwitchOnEveryPage() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.assertContains("Đăng xuất");

        portal.tester.clickLink(PortalPage.LANG_EN);
        portal.tester.assertContains("Sign out");
        portal.tester.assertContains("Test board");
        assertThat(portal.tester.getSession().getLocale()).isEqualTo(Locale.ENGLISH);

        portal.tester.clickLink(PortalPage.LANG_VI);
        portal.tester.assertContains("Đăng xuất");
    }

    @Test
    void logoutEndsTheSession() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.clickLink(PortalPage.LOGOUT);

        assertThat(portal.tester.getLastResponse().getCookies())
                .anySatisfy(c -> assertThat(c.getName()).isEqualTo(PortalPage.SESSION_COOKIE))
                .allSatisfy(c -> assertThat(c.getMaxAge()).isZero());
        portal.tester.assertRenderedPage(LoginPage.class);
        portal.tester.startPage(HomePage.class);
        portal.tester.assertRenderedPage(LoginPage.class);
    }

    private int navigationSize() {
        return ((ListView<?>) portal.tester.getComponentFromLastRenderedPage(PortalPage.NAV_ENTRIES)).size();
    }
}
