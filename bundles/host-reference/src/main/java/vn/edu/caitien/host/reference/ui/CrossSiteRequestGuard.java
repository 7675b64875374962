package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.wicket.core.request.handler.ListenerRequestHandler;
import org.apache.wicket.protocol.http.FetchMetadataResourceIsolationPolicy;
import org.apache.wicket.protocol.http.OriginResourceIsolationPolicy;
import org.apache.wicket.protocol.http.ResourceIsolationRequestCycleListener;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.component.IRequestablePage;
import org.apache.wicket.util.string.Strings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses forged cross-site requests (CSRF) with {@code 403}: every call of a Wicket listener (a form submit, a
 * link click, an Ajax behaviour) must come from one of the portal's own pages. It is Wicket's resource isolation
 * with two policies, the first that decides wins:
 * <ol>
 * <li>Fetch Metadata ({@code Sec-Fetch-Site}, sent by every current browser): {@code same-origin} and {@code none}
 * (typed or bookmarked by the user) pass; {@code same-site} and {@code cross-site} are refused, top-level
 * navigations too. That is stricter than Wicket's default, which lets a cross-site link click run a listener: a
 * link such as "copy the plan" or "sign out" is a state-changing GET.</li>
 * <li>For older browsers, the {@code Origin} header (or the {@code Referer}) must name this server.</li>
 * </ol>
 * A request with none of these headers is not a browser's and passes (scripts and tests; a forged request always
 * comes from a browser, and the session cookie is also {@code SameSite=Lax}). Only listener calls are checked: a
 * page opened by its bookmarkable URL ({@code /home}, {@code /m/plan/plans}), a resource and the
 * {@code /download/...} files that the host's other applications link to are served whoever links to them.
 */
final class CrossSiteRequestGuard extends ResourceIsolationRequestCycleListener {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRequestGuard.class);

    CrossSiteRequestGuard() {
        super(new SameOriginFetchMetadata(), new OriginResourceIsolationPolicy());
        setUnknownOutcomeAction(CsrfAction.ALLOW);
        setDisallowedOutcomeAction(CsrfAction.ABORT);
        setErrorCode(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
    }

    @Override
    protected boolean isChecked(IRequestHandler handler) {
        return handler instanceof ListenerRequestHandler;
    }

    /** Reached only for requests without Fetch Metadata, Origin or Referer: not a browser, allowed quietly. */
    @Override
    protected void allowHandler(HttpServletRequest request, IRequestablePage page) {
        LOG.debug("Listener call without Sec-Fetch-Site, Origin or Referer allowed: {}", request.getRequestURI());
    }

    @Override
    protected void abortHandler(HttpServletRequest request, IRequestablePage page) {
        LOG.info("Refused a cross-site request to {} (Sec-Fetch-Site {}, Origin {}, Referer {})",
                request.getRequestURI(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader("Referer"));
        super.abortHandler(request, page);
    }

    /** Fetch Metadata: only {@code same-origin} and {@code none} may call a listener. */
    static final class SameOriginFetchMetadata extends FetchMetadataResourceIsolationPolicy {

        @Override
        public ResourceIsolationOutcome isRequestAllowed(HttpServletRequest request, IRequestablePage targetPage) {
            String site = request.getHeader(SEC_FETCH_SITE_HEADER);
            if (Strings.isEmpty(site)) {
                return ResourceIsolationOutcome.UNKNOWN;
            }
            return SAME_ORIGIN.equals(site) || NONE.equals(site) ? ResourceIsolationOutcome.ALLOWED
                    : ResourceIsolationOutcome.DISALLOWED;
        }
    }
}
