package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.School;

/**
 * A page for signed-in users only. Anyone else is sent to the login page and back here afterwards; someone whose
 * session has expired is told so there. A {@value #SCHOOL} parameter switches the current school, but only to a
 * school the user may see; otherwise a translated warning is shown and the current school stays.
 */
public abstract class SecurePage extends PortalPage {
    private static final long serialVersionUID = 1L;

    /** Page parameter naming the school to act for. */
    public static final String SCHOOL = "school";

    /** @param parameters page parameters, optionally {@value #SCHOOL} */
    protected SecurePage(PageParameters parameters) {
        super(parameters);
        if (!signedIn()) {
            boolean expired = sessionExpired();
            // Creating the exception records this page for after sign-in and binds the session, so the message
            // added below survives the redirect to the login page.
            RestartResponseAtInterceptPageException toLogin =
                    new RestartResponseAtInterceptPageException(LoginPage.class);
            if (expired) {
                getSession().info(getString("session.expired"));
            }
            throw toLogin;
        }
        String requested = parameters.get(SCHOOL).toOptionalString();
        if (requested != null && !requested.equals(PortalSession.get().schoolId())) {
            if (permissions.get().canSee(user(), requested)) {
                PortalSession.get().setSchoolId(requested);
            } else {
                warn(getString("school.notVisible"));
            }
        }
    }

    /**
     * @return whether the browser sent a session id that the container no longer knows: the session timed out, the
     *         portal restarted, or the cookie was never ours
     */
    static boolean sessionExpired() {
        return RequestCycle.get().getRequest().getContainerRequest() instanceof HttpServletRequest http
                && http.getRequestedSessionId() != null && !http.isRequestedSessionIdValid();
    }

    /** @return who is asking for which school, with their permissions there; built for the current request */
    protected PortalContext portalContext() {
        Optional<School> school = currentSchool();
        return new PortalContext(user(), school.orElse(null),
                school.map(s -> permissions.get().grantedPermissions(user(), s.id()))
                        .orElse(java.util.Set.of()),
                getLocale());
    }
}
