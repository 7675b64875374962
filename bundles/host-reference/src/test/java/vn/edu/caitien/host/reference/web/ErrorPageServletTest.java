package vn.edu.caitien.host.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.protocol.http.mock.MockHttpServletResponse;
import org.apache.wicket.protocol.http.mock.MockServletContext;
import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

    private final MockServletContext context = new MockServletContext(null, null);

    @Test
    void unknownAddressGetsAVietnamesePageWithStatus404() throws Exception {
        MockHttpServletRequest request = request(404, null);
        MockHttpServletResponse response = new MockHttpServletResponse(request);

        new ErrorPageServlet().service(request, response);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getDocument()).contains("Không tìm thấy trang").contains("Về trang chủ")
                .doesNotContain("Exception");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'");
    }

    @Test
    void englishWhenTheBrowserPrefersItAndNeverAStackTrace() throws Exception {
        MockHttpServletRequest request = request(500, Locale.ENGLISH);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"));
        MockHttpServletResponse response = new MockHttpServletResponse(request);

        new ErrorPageServlet().service(request, response);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getDocument()).contains("Something went wrong").doesNotContain("secret detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void malformedRequestIsABadRequest() throws Exception {
        MockHttpServletRequest request = request(400, new Locale("vi"));
        MockHttpServletResponse response = new MockHttpServletResponse(request);

        new ErrorPageServlet().service(request, response);

        assertThat(response.getDocument()).contains("Yêu cầu không hợp lệ");
    }

    @Test
    void aRefusedRequestSaysSoInBothLanguages() throws Exception {
        MockHttpServletRequest request = request(403, new Locale("vi"));
        MockHttpServletResponse response = new MockHttpServletResponse(request);

        new ErrorPageServlet().service(request, response);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getDocument()).contains("Yêu cầu bị từ chối");

        MockHttpServletRequest english = request(403, Locale.ENGLISH);
        MockHttpServletResponse inEnglish = new MockHttpServletResponse(english);
        new ErrorPageServlet().service(english, inEnglish);
        assertThat(inEnglish.getDocument()).contains("Request refused");
    }

    private MockHttpServletRequest request(int status, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest(null, null, context) {
            @Override
            public Enumeration<Locale> getLocales() {
                // what a container does without an Accept-Language header: its own default locale
                return Collections.enumeration(List.of(locale == null ? Locale.ENGLISH : locale));
            }

            @Override
            public String getHeader(String name) {
                if ("Accept-Language".equalsIgnoreCase(name)) {
                    return locale == null ? null : locale.toLanguageTag();
                }
                return super.getHeader(name);
            }
        };
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
