package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.csp.ContentSecurityPolicySettings;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.WebResponse;

/**
 * Sets the browser-hardening headers on every response Wicket produces, pages and resources alike. The
 * Content-Security-Policy (with {@code frame-ancestors 'self'}) is Wicket's own, configured in
 * {@link PortalApplication}; {@code X-Frame-Options} repeats it for browsers that ignore CSP.
 */
final class SecurityHeaders implements IRequestCycleListener {

    @Override
    public void onBeginRequest(RequestCycle cycle) {
        if (cycle.getResponse() instanceof WebResponse response) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
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
