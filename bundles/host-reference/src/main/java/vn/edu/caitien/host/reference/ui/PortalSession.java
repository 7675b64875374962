package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apache.wicket.Session;
import org.apache.wicket.protocol.http.WebSession;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.cycle.RequestCycle;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * The Wicket session: who is signed in and which school they act for. Holds ids and the serializable user
 * snapshot, never services or domain data.
 */
public final class PortalSession extends WebSession {
    private static final long serialVersionUID = 1L;

    private PortalUser user;
    private String schoolId;

    /**
     * @param request the request that starts the session
     * @param locale  the locale to start with, whatever the browser asks for
     */
    public PortalSession(Request request, Locale locale) {
        super(request);
        setLocale(locale);
    }

    /** @return the current session */
    public static PortalSession get() {
        return (PortalSession) Session.get();
    }

    /**
     * Signs a user in. The HTTP session is replaced first, so an id planted before sign-in is worthless
     * (session fixation).
     *
     * @param signedIn       the user
     * @param timeoutMinutes idle minutes before the new HTTP session ends
     */
    public void signIn(PortalUser signedIn, int timeoutMinutes) {
        replaceSession();
        this.user = signedIn;
        this.schoolId = null;
        bind();
        if (RequestCycle.get().getRequest().getContainerRequest() instanceof HttpServletRequest http) {
            http.getSession(true).setMaxInactiveInterval(timeoutMinutes * 60);
        }
        dirty();
    }

    /** Signs out and ends the HTTP session. */
    public void signOut() {
        user = null;
        schoolId = null;
        invalidate();
    }

    /** @return whether someone is signed in */
    public boolean isSignedIn() {
        return user != null;
    }

    /** @return the signed-in user, or null */
    public PortalUser user() {
        return user;
    }

    /** @return the id of the school the user acts for, or null; callers check it is still visible */
    public String schoolId() {
        return schoolId;
    }

    /** @param schoolId the school to act for; the caller has checked that the user may see it */
    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
        dirty();
    }
}
