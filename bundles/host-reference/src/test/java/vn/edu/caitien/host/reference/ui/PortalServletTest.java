package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.protocol.http.mock.MockHttpServletResponse;
import org.apache.wicket.protocol.http.mock.MockServletContext;
import org.junit.jupiter.api.Test;

/** A request whose parameters the container cannot read is a bad request, answered before Wicket sees it. */
class PortalServletTest {

    private final MockServletContext context = new MockServletContext(null, null);

    @Test
    void unreadableParametersAreABadRequestThatNeverReachesWicket() throws Exception {
        // what Jetty throws for "?x=%zz", a form over its size limit or with too many fields
        MockHttpServletRequest request = new MockHttpServletRequest(null, null, context) {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("form too large > 204800");
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse(request);

        // never initialised: reaching Wicket would fail on the missing filter
        new PortalServlet(null).service(request, response);

        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void readableParametersAreReadable() {
        MockHttpServletRequest request = new MockHttpServletRequest(null, null, context);
        request.setParameter("x", "Kế hoạch");

        assertThat(PortalServlet.parametersReadable(request)).isTrue();
    }
}
