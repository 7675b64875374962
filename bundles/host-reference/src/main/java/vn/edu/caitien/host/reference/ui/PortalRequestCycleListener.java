package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.authorization.AuthorizationException;
import org.apache.wicket.core.request.handler.ListenerInvocationNotAllowedException;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.core.request.mapper.StalePageException;
import org.apache.wicket.protocol.http.PageExpiredException;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.http.handler.ErrorCodeRequestHandler;
import org.apache.wicket.protocol.http.servlet.ResponseIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.ui.ServiceUnavailableException;

/**
 * Turns exceptions into translated pages: a URL that cannot be mapped into 400 (the portal's error page), a
 * missing permission into the access-denied page, a stopped module's service into the "temporarily unavailable"
 * page, anything unexpected into the internal-error page (logged at ERROR with the exception). Exceptions that
 * Wicket itself handles well (expired or stale pages, broken connections) are left to it.
 */
final class PortalRequestCycleListener implements IRequestCycleListener {

    private static final Logger LOG = LoggerFactory.getLogger(PortalRequestCycleListener.class);

    /** Set once Wicket has mapped the request to a handler: from then on an exception is not the URL's fault. */
    private static final MetaDataKey<Boolean> RESOLVED = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        cycle.setMetaData(RESOLVED, Boolean.TRUE);
    }

    @Override
    public IRequestHandler onException(RequestCycle cycle, Exception ex) {
        // Wicket clears the active handler before this runs, so only "never resolved" tells a URL it could not map
        // from an IllegalArgumentException thrown while a page renders (which is an internal error, logged).
        if (cycle.getMetaData(RESOLVED) == null && causedBy(ex, IllegalArgumentException.class)) {
            // the URL could not even be mapped (a page counter beyond a long, a broken listener part): bad request
            LOG.debug("Unmappable request {}: {}", cycle.getRequest().getUrl(), ex.toString());
            return new ErrorCodeRequestHandler(HttpServletResponse.SC_BAD_REQUEST);
        }
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                LOG.info("Access denied: {}", denied.getMessage());
                return page(AccessDeniedPage.class);
            }
            if (t instanceof ServiceUnavailableException unavailable) {
                LOG.warn("Service unavailable: {}", unavailable.getMessage());
                return page(UnavailablePage.class);
            }
            if (t instanceof PageExpiredException || t instanceof StalePageException
                    || t instanceof ResponseIOException || t instanceof AuthorizationException
                    || t instanceof ListenerInvocationNotAllowedException
                    || t instanceof AbortWithHttpErrorCodeException) {
                return null;
            }
        }
        LOG.error("Unexpected error while handling {}", cycle.getRequest().getUrl(), ex);
        return page(InternalErrorPage.class);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static IRequestHandler page(Class<? extends org.apache.wicket.Page> pageClass) {
        return new RenderPageRequestHandler(new PageProvider(pageClass),
                RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT);
    }
}
