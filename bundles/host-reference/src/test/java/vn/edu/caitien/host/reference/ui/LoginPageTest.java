package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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

    private void submit(String login, String password) {
        portal.tester.startPage(LoginPage.class);
        FormTester form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", login);
        form.setValue("password", password);
        form.submit();
    }
}
