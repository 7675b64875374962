package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.testmodule.FakeModule;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;
import vn.edu.caitien.portal.api.ui.DownloadProvider;

/**
 * Forged cross-site requests (CSRF) are refused with 403: form submits and link clicks from another site, judged by
 * Fetch Metadata in current browsers and by Origin or Referer in older ones; what the portal's own pages send, what
 * a client without browser headers sends, and pages and downloads opened from other sites still work.
 */
class CrossSiteRequestGuardTest {

    /** The origin of WicketTester's requests. */
    private static final String SELF = "http://localhost";
    private static final String EVIL = "http://evil.example";

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        signInWith(Map.of("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Origin", EVIL));

        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);
        assertThat(PortalSession.get().isSignedIn()).isFalse();
    }

    @Test
    void aSignInFromThePortalsOwnPageWorks() {
        signInWith(Map.of("Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "navigate", "Origin", SELF));

        portal.tester.assertRenderedPage(HomePage.class);
        assertThat(PortalSession.get().user()).isEqualTo(Fakes.PRINCIPAL);
    }

    @Test
    void aListenerLinkClickedOnAnotherSiteIsRefusedEvenAsATopLevelNavigation() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(HomePage.class);

        headers(Map.of("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document",
                "Referer", EVIL + "/tin-tuc"));
        portal.tester.clickLink(PortalPage.LOGOUT);

        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);
        portal.tester.startPage(HomePage.class);
        portal.tester.assertRenderedPage(HomePage.class);
        assertThat(PortalSession.get().isSignedIn()).isTrue();
    }

    @Test
    void aSameSiteLinkClickIsRefusedToo() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(HomePage.class);

        headers(Map.of("Sec-Fetch-Site", "same-site", "Sec-Fetch-Mode", "navigate"));
        portal.tester.clickLink(PortalPage.LANG_EN);

        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);
        assertThat(portal.tester.getSession().getLocale().getLanguage()).isEqualTo("vi");
    }

    @Test
    void anOlderBrowserIsJudgedByOriginOrReferer() {
        signInWith(Map.of("Referer", EVIL + "/trang.html"));
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);

        signInWith(Map.of("Origin", EVIL));
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);

        signInWith(Map.of("Referer", SELF + "/login"));
        portal.tester.assertRenderedPage(HomePage.class);
    }

    @Test
    void aClientWithoutBrowserHeadersIsNotABrowserAndPasses() {
        signInWith(Map.of());

        portal.tester.assertRenderedPage(HomePage.class);
    }

    @Test
    void pagesAndDownloadsOpenFromLinksOnOtherSites() {
        portal.downloads.add("ref", new DownloadProvider() {
            @Override
            public String module() {
                return FakeModule.ID;
            }

            @Override
            public Optional<Download> serve(PortalUser user, String path, Map<String, String> parameters) {
                return Optional.of(new Download("a.txt", "text/plain", "Kế hoạch".getBytes(StandardCharsets.UTF_8)));
            }
        });
        portal.signIn(Fakes.PRINCIPAL);
        Map<String, String> fromOtherSite = Map.of("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate",
                "Referer", EVIL + "/ung-dung-khac");

        headers(fromOtherSite);
        portal.tester.executeUrl("home");
        portal.tester.assertRenderedPage(HomePage.class);

        headers(fromOtherSite);
        portal.tester.executeUrl("download/" + FakeModule.ID + "/report/1.txt");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(portal.tester.getLastResponse().getHeader("Content-Disposition")).startsWith("attachment");
    }

    private void signInWith(Map<String, String> headers) {
        portal.tester.startPage(LoginPage.class);
        FormTester form = portal.tester.newFormTester(LoginPage.FORM);
        form.setValue("login", Fakes.PRINCIPAL.id());
        form.setValue("password", TestPortal.PASSWORD);
        headers(headers);
        form.submit();
    }

    /**
     * Adds headers to the request WicketTester sends next. The mock request looks header names up as written,
     * unlike a servlet container; Wicket's policies ask for {@code sec-fetch-site} but {@code Origin}, so each header
     * goes in as written and in lower case.
     */
    private void headers(Map<String, String> headers) {
        MockHttpServletRequest request = portal.tester.getRequest();
        headers.forEach((name, value) -> {
            request.addHeader(name, value);
            if (!name.equals(name.toLowerCase(Locale.ROOT))) {
                request.addHeader(name.toLowerCase(Locale.ROOT), value);
            }
        });
    }
}
