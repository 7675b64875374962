package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.protocol.http.mock.MockHttpServletResponse;
import org.junit.jupiter.api.Test;

class SessionCookieResponseTest {

    @Test
    void theSessionCookieGetsSameSiteLaxAndHttpOnlyBeforeTheBodyIsWritten() throws Exception {
        Container container = new Container();
        container.addHeader("Set-Cookie", "JSESSIONID=node01abc.node0; Path=/");
        container.addHeader("Set-Cookie", "other=1; Path=/");
        SessionCookieResponse response = new SessionCookieResponse(container, PortalServlet.DEFAULT_SESSION_COOKIE);

        response.getWriter();

        assertThat(container.getHeaders("Set-Cookie")).containsExactly(
                "JSESSIONID=node01abc.node0; Path=/; HttpOnly; SameSite=Lax", "other=1; Path=/");
    }

    @Test
    void aCookieThatAlreadyHasTheFlagsIsLeftAlone() {
        Container container = new Container();
        container.addHeader("Set-Cookie", "PORTAL=x; Path=/; HttpOnly; SameSite=Strict");
        SessionCookieResponse response = new SessionCookieResponse(container, "PORTAL");

        response.secureSessionCookie();

        assertThat(container.getHeaders("Set-Cookie")).containsExactly("PORTAL=x; Path=/; HttpOnly; SameSite=Strict");
    }

    @Test
    void aResponseWithoutSessionCookieIsLeftAlone() throws Exception {
        Container container = new Container();
        SessionCookieResponse response = new SessionCookieResponse(container, PortalServlet.DEFAULT_SESSION_COOKIE);

        response.sendRedirect("./login");

        assertThat(container.getHeaders("Set-Cookie")).isEmpty();
    }

    /** Keeps repeated headers apart; Wicket's mock joins them into one string. */
    private static final class Container extends MockHttpServletResponse {
        private final Map<String, List<String>> headers = new HashMap<>();

        Container() {
            super(new MockHttpServletRequest(null, null, null));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            headers.put(name, new ArrayList<>(List.of(value)));
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.copyOf(headers.getOrDefault(name, List.of()));
        }
    }
}
