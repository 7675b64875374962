package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.core.request.handler.ListenerRequestHandler;
import org.apache.wicket.csp.ContentSecurityPolicySettings;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.handler.resource.ResourceReferenceRequestHandler;
import org.apache.wicket.request.handler.resource.ResourceRequestHandler;
import org.apache.wicket.request.handler.resource.ResourceStreamRequestHandler;
import org.apache.wicket.request.http.WebResponse;

/**
 * Sets the browser-hardening headers on every response Wicket produces, pages and resources alike. The
 * Content-Security-Policy of pages (with {@code frame-ancestors 'self'}) is Wicket's own, configured in
 * {@link PortalApplication}; files get {@link #FILE_POLICY}; {@code X-Frame-Options} repeats it for browsers that
 * ignore CSP.
 */
final class SecurityHeaders implements IRequestCycleListener {

    /**
     * Content-Security-Policy of every file: downloads, resource links, the portal's own style sheets and scripts.
     * Should a browser render one as a document after all (an HTML evidence file opened inline), it runs no script,
     * loads nothing and may only be framed by the portal. Pages get Wicket's nonce-based policy instead.
     */
    static final String FILE_POLICY = "default-src 'none'; frame-ancestors 'self'; sandbox";

    @Override
    public void onBeginRequest(RequestCycle cycle) {
        if (cycle.getResponse() instanceof WebResponse response) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
    }

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        filePolicy(cycle, handler);
    }

    @Override
    public void onRequestHandlerScheduled(RequestCycle cycle, IRequestHandler handler) {
        filePolicy(cycle, handler);
    }

    private static void filePolicy(RequestCycle cycle, IRequestHandler handler) {
        IRequestHandler inner = handler;
        while (inner instanceof IRequestHandlerDelegate delegate) {
            inner = delegate.getDelegateHandler();
        }
        if (isFile(inner) && cycle.getResponse() instanceof WebResponse response && response.isHeaderSupported()) {
            response.setHeader("Content-Security-Policy", FILE_POLICY);
        }
    }

    private static boolean isFile(IRequestHandler handler) {
        if (handler instanceof ResourceReferenceRequestHandler || handler instanceof ResourceRequestHandler
                || handler instanceof ResourceStreamRequestHandler) {
            return true;
        }
        if (handler instanceof ListenerRequestHandler listener) {
            try {
                return listener.getComponent() instanceof ResourceLink;
            } catch (RuntimeException unresolved) {
                // an expired page or a missing component: Wicket answers that itself
                return false;
            }
        }
        return false;
    }

    /**
     * Writes Wicket's Content-Security-Policy into the response a page renders into. Wicket sets the header only
     * on responses of a {@code RenderPageRequestHandler}: a page rendered into a buffer after a form submit or a
     * link click is served by the next request, which Wicket does not protect. Set while rendering, the header
     * travels in the buffer together with the markup whose nonces it names.
     *
     * @param response the response the page renders into
     */
    static void contentSecurityPolicy(WebResponse response) {
        ContentSecurityPolicySettings settings = WebApplication.get().getCspSettings();
        if (!settings.isEnabled() || !response.isHeaderSupported()) {
            return;
        }
        RequestCycle cycle = RequestCycle.get();
        settings.getConfiguration().forEach((mode, config) -> {
            if (config.isSet()) {
                response.setHeader(mode.getHeader(), config.renderHeaderValue(settings, cycle));
            }
        });
    }
}
