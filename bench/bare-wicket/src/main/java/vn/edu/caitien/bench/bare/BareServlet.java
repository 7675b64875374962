package vn.edu.caitien.bench.bare;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import org.apache.wicket.Page;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.protocol.http.WicketFilter;
import org.apache.wicket.protocol.http.WicketServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;

/** The whole baseline application: a Wicket servlet on the HTTP whiteboard at /* with one page. */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/*",
        "servlet.init.filterMappingUrlPattern=/*"})
@RequireHttpWhiteboard
public final class BareServlet extends WicketServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected WicketFilter newWicketFilter() {
        return new WicketFilter(new WebApplication() {
            @Override
            public Class<? extends Page> getHomePage() {
                return BarePage.class;
            }

            @Override
            public RuntimeConfigurationType getConfigurationType() {
                // the portal runs in deployment mode too: compare like with like
                return RuntimeConfigurationType.DEPLOYMENT;
            }
        });
    }

    @Override
    public void init() throws ServletException {
        // Wicket discovers its initializers through the TCCL (platform notes G4).
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WebApplication.class.getClassLoader());
        try {
            super.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
