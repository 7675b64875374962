package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds {@code SameSite=Lax} (and {@code HttpOnly}, should the container have been configured without it) to the
 * session cookie before the response is committed. Felix HTTP Jetty 12 has no SameSite setting, and the session
 * cookie configuration cannot be changed once the container's context has started (Jetty throws; Felix's
 * whiteboard hands out a read-only copy), so the {@code Set-Cookie} header the container wrote is rewritten
 * instead. Every point where the headers may be committed checks again, as a session can be created at any time
 * while a request is handled.
 */
final class SessionCookieResponse extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    private final String cookieName;

    /**
     * @param response   the container's response
     * @param cookieName name of the session cookie, e.g. {@code JSESSIONID}
     */
    SessionCookieResponse(HttpServletResponse response, String cookieName) {
        super(response);
        this.cookieName = cookieName + "=";
    }

    /** Rewrites the session cookie's {@code Set-Cookie} header, unless the response is already committed. */
    void secureSessionCookie() {
        if (isCommitted()) {
            return;
        }
        List<String> values = new ArrayList<>(getHeaders(SET_COOKIE));
        if (values.stream().noneMatch(this::needsFlags)) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (needsFlags(value)) {
                String lower = value.toLowerCase(Locale.ROOT);
                value += (lower.contains("httponly") ? "" : "; HttpOnly")
                        + (lower.contains("samesite=") ? "" : "; SameSite=Lax");
            }
            if (i == 0) {
                setHeader(SET_COOKIE, value);
            } else {
                addHeader(SET_COOKIE, value);
            }
        }
    }

    private boolean needsFlags(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return value.startsWith(cookieName) && !(lower.contains("samesite=") && lower.contains("httponly"));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        secureSessionCookie();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        secureSessionCookie();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        secureSessionCookie();
        super.flushBuffer();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        secureSessionCookie();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
        secureSessionCookie();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        secureSessionCookie();
        super.sendError(status, message);
    }
}
