package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.testmodule.FakeModule;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;
import vn.edu.caitien.portal.api.ui.DownloadProvider;

/** {@code /download/{module}/{path}}: the signed-in user reaches the module's provider, and every refusal is an HTTP status. */
class DownloadResourceTest {

    private final TestPortal portal = new TestPortal();
    private final List<String> asked = new ArrayList<>();

    /** Serves "report/1.txt" to the principal only; "secret" is denied; "bad" is malformed. */
    private final DownloadProvider provider = new DownloadProvider() {
        @Override
        public String module() {
            return FakeModule.ID;
        }

        @Override
        public Optional<Download> serve(PortalUser user, String path, Map<String, String> parameters) {
            asked.add(user.id() + " " + path + " " + parameters);
            return switch (path) {
                case "report/1.txt" -> user.id().equals(Fakes.PRINCIPAL.id())
                        ? Optional.of(new Download("Báo cáo số 1.txt", "text/plain",
                                "Kế hoạch".getBytes(StandardCharsets.UTF_8)))
                        : Optional.empty();
                case "secret" -> throw new AccessDeniedException("fake.secret", "test");
                case "bad" -> throw new IllegalArgumentException("malformed");
                default -> Optional.empty();
            };
        }
    };

    @AfterEach
    void close() {
        portal.close();
    }

    private void get(String url) {
        portal.tester.executeUrl(url);
    }

    @Test
    void theSignedInUserGetsTheFileAsAnAttachment() {
        portal.downloads.add("ref", provider);
        portal.signIn(Fakes.PRINCIPAL);
        get("download/" + FakeModule.ID + "/report/1.txt?revision=2");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(new String(portal.tester.getLastResponse().getBinaryContent(), StandardCharsets.UTF_8))
                .isEqualTo("Kế hoạch");
        assertThat(portal.tester.getLastResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("UTF-8''B%C3%A1o%20c%C3%A1o");
        assertThat(portal.tester.getLastResponse().getContentType()).startsWith("text/plain");
        assertThat(portal.tester.getLastResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'none'").contains("frame-ancestors 'self'").contains("sandbox");
        assertThat(asked).containsExactly("hieutruong report/1.txt {revision=2}");
    }

    @Test
    void refusalsAreStatusCodes() {
        portal.downloads.add("ref", provider);
        portal.signIn(Fakes.TEACHER);
        get("download/" + FakeModule.ID + "/report/1.txt");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(404);
        get("download/" + FakeModule.ID + "/secret");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);
        get("download/" + FakeModule.ID + "/bad");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(400);
        get("download/nomodule/report/1.txt");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(404);
        get("download/" + FakeModule.ID);
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aModuleSwitchedOffForTheSchoolServesNothing() {
        portal.downloads.add("ref", provider);
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(HomePage.class);
        String school = PortalSession.get().schoolId();
        portal.switches.setEnabled(FakeModule.ID, school, false, Fakes.ADMIN);
        get("download/" + FakeModule.ID + "/report/1.txt");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(404);
        assertThat(asked).isEmpty();
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() {
        portal.downloads.add("ref", provider);
        get("download/" + FakeModule.ID + "/report/1.txt");
        portal.tester.assertRenderedPage(LoginPage.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void aSecondProviderForTheSameModuleIsIgnoredUntilTheFirstGoes() {
        assertThat(portal.downloads.add("first", provider)).isTrue();
        assertThat(portal.downloads.add("second", provider)).isFalse();
        portal.downloads.remove("first");
        assertThat(portal.downloads.find(FakeModule.ID)).isEmpty();
        assertThat(portal.downloads.add("second", provider)).isTrue();
    }
}
