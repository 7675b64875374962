package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.ServletException;
import org.apache.wicket.Application;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.protocol.http.WicketFilter;
import org.apache.wicket.protocol.http.WicketServlet;

/**
 * Runs the portal application as a servlet registered on the HTTP whiteboard. The application object is handed
 * over directly, so Wicket never looks an application class up by name or reads a web.xml.
 */
public final class PortalServlet extends WicketServlet {
    private static final long serialVersionUID = 1L;

    private final transient WebApplication application;

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
    }
}
