package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.protocol.http.mock.MockHttpServletResponse;
import org.apache.wicket.request.resource.PackageResourceReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.Fakes;

class SecurityHeadersTest {

    private static final Pattern STYLE_NONCE = Pattern.compile("style-src 'nonce-([^']+)'");

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void theLoginPageCarriesTheHardeningHeaders() {
        portal.tester.startPage(LoginPage.class);

        assertHardened(portal.tester.getLastResponse());
    }

    @Test
    void signedInAndErrorPagesCarryThemToo() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.assertRenderedPage(HomePage.class);
        assertHardened(portal.tester.getLastResponse());

        portal.tester.startPage(AdminModulesPage.class);
        portal.tester.assertRenderedPage(AccessDeniedPage.class);
        assertHardened(portal.tester.getLastResponse());
    }

    @Test
    void thePortalStylesheetCarriesThePolicyNonce() {
        portal.tester.startPage(LoginPage.class);
        assertStylesheetNonce();

        // Rendered into a buffer by the sign-in request and served by the next one.
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.assertRenderedPage(HomePage.class);
        assertStylesheetNonce();
    }

    @Test
    void filesCarryAPolicyThatAllowsNothing() {
        portal.tester.startResourceReference(new PackageResourceReference(PortalPage.class, "portal.css"));

        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(portal.tester.getLastResponse().getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.FILE_POLICY).contains("frame-ancestors 'self'").contains("sandbox");
        assertThat(portal.tester.getLastResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aUrlThatCannotBeMappedIsABadRequestNotAnInternalError() {
        portal.signIn(Fakes.PRINCIPAL);

        // a page counter beyond a long: Wicket's URL parsing throws NumberFormatException
        portal.tester.executeUrl("home?2-99999999999999999999.-feedback");

        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(400);
        assertThat(portal.tester.getLastResponseAsString()).doesNotContain("Đã xảy ra lỗi");
    }

    @Test
    void anIllegalArgumentWhileAPageRendersIsAnInternalErrorNotABadRequest() {
        portal.signIn(Fakes.PRINCIPAL);

        portal.tester.startPage(FailingPage.class);

        portal.tester.assertRenderedPage(InternalErrorPage.class);
        assertThat(portal.tester.getLastResponse().getStatus()).isNotEqualTo(400);
    }

    /** A page whose rendering fails with an IllegalArgumentException, as a bug in a panel would. */
    public static final class FailingPage extends org.apache.wicket.markup.html.WebPage {
        private static final long serialVersionUID = 1L;

        @Override
        protected void onConfigure() {
            super.onConfigure();
            throw new IllegalArgumentException("a bug while rendering");
        }
    }

    private void assertStylesheetNonce() {
        Matcher nonce = STYLE_NONCE.matcher(portal.tester.getLastResponse().getHeader("Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        assertThat(portal.tester.getLastResponseAsString())
                .containsPattern("<link[^>]*portal[^>]*\\.css[^>]*nonce=\"" + Pattern.quote(nonce.group(1)) + "\"");
    }

    private static void assertHardened(MockHttpServletResponse response) {
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("frame-ancestors 'self'")
                .contains("default-src 'none'")
                .containsPattern("style-src 'nonce-[^']+'");
    }
}
