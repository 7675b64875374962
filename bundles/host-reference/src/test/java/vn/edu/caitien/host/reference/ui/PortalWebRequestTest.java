package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.protocol.http.mock.MockServletContext;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.util.lang.Bytes;
import org.junit.jupiter.api.Test;

/** The submit of a file-upload form whose body is not multipart is a bad request, not an internal error. */
class PortalWebRequestTest {

    private final MockServletContext context = new MockServletContext(null, null);

    @Test
    void aUrlEncodedBodyForAMultipartFormIsABadRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest(null, null, context);
        request.setMethod("POST");
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");

        assertThatThrownBy(() -> new PortalWebRequest(request, "").newMultipartWebRequest(Bytes.MAX, "upload"))
                .isInstanceOfSatisfying(AbortWithHttpErrorCodeException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(400));
    }

    @Test
    void aBodyWithoutContentTypeIsABadRequestToo() {
        MockHttpServletRequest request = new MockHttpServletRequest(null, null, context);
        request.setMethod("POST");

        assertThatThrownBy(() -> new PortalWebRequest(request, "").newMultipartWebRequest(Bytes.MAX, "upload"))
                .isInstanceOf(AbortWithHttpErrorCodeException.class);
    }
}
