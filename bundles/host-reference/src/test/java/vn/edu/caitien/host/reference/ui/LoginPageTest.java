package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.request.Url;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.Fakes;

class LoginPageTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void wrongPasswordIsRefusedInVietnameseWithoutSayingWhichPartWasWrong() {
        submit("hieutruong", "sai");

        portal.tester.assertRenderedPage(LoginPage.class);
        portal.tester.assertErrorMessages("Tên đăng nhập hoặc mật khẩu không đúng.");
        submit("khongco", "demo");
        portal.tester.assertErrorMessages("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void wrongPasswordIsRefusedInEnglish() {
        portal.locale(Locale.ENGLISH);
        submit("hieutruong", "sai");

        portal.tester.assertErrorMessages("The login name or password is incorrect.");
    }

    @Test
    void missingFieldsAreNamed() {
        submit("", "");

        portal.tester.assertErrorMessages("Tên đăng nhập là bắt buộc.", "Mật khẩu là bắt buộc.");
    }

    @Test
    void signingInLeadsHome() {
        portal.signIn(Fakes.PRINCIPAL);

        portal.tester.assertRenderedPage(HomePage.class);
        portal.tester.assertContains("Xin chào, Nguyễn Văn An");
        assertThat(PortalSession.get().user()).isEqualTo(Fakes.PRINCIPAL);
    }

    @Test
    void aProtectedPageAsksForSignInAndContinuesThere() {
        portal.tester.startPage(AdminModulesPage.class);
        portal.tester.assertRenderedPage(LoginPage.class);

        FormTester form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", "admin");
        form.setValue("password", TestPortal.PASSWORD);
        form.submit();

        portal.tester.assertRenderedPage(AdminModulesPage.class);
    }

    @Test
    void newSessionsStartInVietnamese() {
        portal.tester.startPage(LoginPage.class);

        assertThat(portal.tester.getSession().getLocale().getLanguage()).isEqualTo("vi");
        portal.tester.assertContains("Đăng nhập");
    }

    @Test
    void anAnonymousVisitIsAnsweredDirectlyWithoutASession() {
        portal.tester.setFollowRedirects(false);

        portal.tester.executeUrl("login");

        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(200);
        portal.tester.assertRenderedPage(LoginPage.class);
        assertThat(portal.tester.getLastRenderedPage().isPageStateless()).isTrue();
        assertThat(portal.tester.getSession().isTemporary()).isTrue();
        assertThat(portal.tester.getHttpSession().isTemporary()).isTrue();
        portal.tester.assertContains("Đăng nhập");
    }

    @Test
    void theLanguageSwitchIsStatelessAndBecomesTheLanguageOfTheSession() {
        portal.tester.startPage(LoginPage.class);

        portal.tester.clickLink(PortalPage.LANG_EN);

        portal.tester.assertRenderedPage(LoginPage.class);
        portal.tester.assertContains("Login name");
        assertThat(portal.tester.getLastRenderedPage().isPageStateless()).isTrue();
        assertThat(portal.tester.getSession().isTemporary()).isTrue();
        FormTester form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", "hieutruong");
        form.setValue("password", "sai");
        form.submit();
        portal.tester.assertErrorMessages("The login name or password is incorrect.");

        form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", "hieutruong");
        form.setValue("password", TestPortal.PASSWORD);
        form.submit();
        portal.tester.assertRenderedPage(HomePage.class);
        assertThat(portal.tester.getSession().getLocale().getLanguage()).isEqualTo("en");
        assertThat(portal.tester.getSession().isTemporary()).isFalse();
    }

    @Test
    void signingInReplacesTheSessionThatRememberedThePageAskedFor() {
        portal.tester.startPage(AdminModulesPage.class);
        portal.tester.assertRenderedPage(LoginPage.class);
        // Remembering the page asked for needs a session; sign-in must not keep it.
        String before = portal.tester.getSession().getId();
        assertThat(before).isNotNull();

        FormTester form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", "admin");
        form.setValue("password", TestPortal.PASSWORD);
        form.submit();

        portal.tester.assertRenderedPage(AdminModulesPage.class);
        assertThat(portal.tester.getSession().getId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anExpiredSessionIsToldSoOnTheLoginPage() {
        portal.tester.processRequest(staleSessionRequest(portal, "home"));

        portal.tester.assertRenderedPage(LoginPage.class);
        portal.tester.assertContains("Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.");
    }

    @Test
    void anExpiredSessionIsToldSoInEnglishWhenThatIsThePortalLanguage() {
        try (TestPortal english = new TestPortal(new PortalSettings(30, Locale.ENGLISH))) {
            english.tester.processRequest(staleSessionRequest(english, "admin/modules"));

            english.tester.assertRenderedPage(LoginPage.class);
            english.tester.assertContains("Your session has expired; please sign in again.");
            // And after signing in, the page that was asked for.
            FormTester form = english.tester.newFormTester(LoginPage.FORM);
            form.setValue("login", "admin");
            form.setValue("password", TestPortal.PASSWORD);
            form.submit();
            english.tester.assertRenderedPage(AdminModulesPage.class);
        }
    }

    @Test
    void aFirstVisitToAProtectedPageSaysNothingAboutExpiry() {
        portal.tester.startPage(HomePage.class);

        portal.tester.assertRenderedPage(LoginPage.class);
        portal.tester.assertContainsNot("hết hạn");
    }

    /**
     * A request whose session cookie names a session the container no longer has. WicketTester cannot expire a
     * session, so the request says so itself, as a servlet container does for an unknown session id.
     */
    private static MockHttpServletRequest staleSessionRequest(TestPortal portal, String url) {
        MockHttpServletRequest stale = new MockHttpServletRequest(portal.tester.getApplication(),
                portal.tester.getHttpSession(), portal.tester.getServletContext()) {
            @Override
            public String getRequestedSessionId() {
                return "node0-gone";
            }

            @Override
            public boolean isRequestedSessionIdValid() {
                return false;
            }
        };
        stale.setUrl(Url.parse(url));
        return stale;
    }

    private void submit(String login, String password) {
        portal.tester.startPage(LoginPage.class);
        FormTester form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", login);
        form.setValue("password", password);
        form.submit();
    }
}
