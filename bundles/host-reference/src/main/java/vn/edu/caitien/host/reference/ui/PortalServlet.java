package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.wicket.Application;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.protocol.http.WicketFilter;
import org.apache.wicket.protocol.http.WicketServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the portal application as a servlet registered on the HTTP whiteboard. The application object is handed
 * over directly, so Wicket never looks an application class up by name or reads a web.xml. The session cookie
 * leaves with {@code HttpOnly; SameSite=Lax} (see {@link SessionCookieResponse}); a request whose parameters cannot
 * be read gets 400 before it reaches Wicket.
 */
public final class PortalServlet extends WicketServlet {
    private static final long serialVersionUID = 1L;

    /** The servlet specification's default name of the session cookie. */
    static final String DEFAULT_SESSION_COOKIE = "JSESSIONID";

    private static final Logger LOG = LoggerFactory.getLogger(PortalServlet.class);

    private final transient WebApplication application;
    private volatile String sessionCookie = DEFAULT_SESSION_COOKIE;

    /** @param application the application to run */
    public PortalServlet(WebApplication application) {
        this.application = application;
    }

    @Override
    protected WicketFilter newWicketFilter() {
        return new WicketFilter(application);
    }

    /**
     * Wicket discovers its initializers with ServiceLoader through the thread context class loader, which under
     * Felix HTTP sees no bundle; wicket-core's own loader does.
     */
    @Override
    public void init() throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Application.class.getClassLoader());
        try {
            super.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
        String configured = getServletContext().getSessionCookieConfig().getName();
        if (configured != null && !configured.isBlank()) {
            sessionCookie = configured;
        }
    }

    /**
     * Reads the request's parameters once, before Wicket does: a query or form body the container cannot parse
     * (bad percent-encoding, a form larger than the container allows or with too many fields) is a bad request.
     * Left to Wicket, the container's exception would end as the internal-error page and an error in the log.
     */
    static boolean parametersReadable(ServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException unreadable) {
            LOG.debug("Unreadable request parameters: {}", unreadable.toString());
            return false;
        }
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        if (!(response instanceof HttpServletResponse http)) {
            super.service(request, response);
            return;
        }
        if (!parametersReadable(request)) {
            http.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SessionCookieResponse wrapped = new SessionCookieResponse(http, sessionCookie);
        try {
            super.service(request, wrapped);
        } finally {
            wrapped.secureSessionCookie();
        }
    }
}
