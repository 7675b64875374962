package vn.edu.caitien.portal.api.ui;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Files a module serves at stable URLs, for links in its panels and for the host's other applications: the host maps
 * {@code GET /download/{module}/{path}} to the provider registered (as an OSGi service) for that module, with the
 * signed-in user. Hosts mount it under their own prefix; the reference host uses {@value #URL_PREFIX}.
 *
 * <p>The host answers 401 (or its login page) without a signed-in user, and 404 when no provider is registered for the
 * module or the module is switched off for the user's current school. The provider checks everything else through
 * its module's services, as a page would: {@link Optional#empty()} for something that does not exist or that the user
 * may not see (the host answers 404), {@link vn.edu.caitien.portal.api.AccessDeniedException} for a missing
 * permission (403), {@link IllegalArgumentException} for a malformed path or parameter (400). Downloads never change
 * anything, so they need no CSRF token. Implementations are thread-safe.
 */
@ConsumerType
public interface DownloadProvider {

    /** Where the reference host serves downloads: {@code /download/{module}/{path}}. */
    String URL_PREFIX = "/download/";

    /** @return the module id, as in {@link vn.edu.caitien.portal.api.PortalModule#id()} */
    String module();

    /**
     * @param user       the signed-in user
     * @param path       what follows {@code /download/{module}/}, decoded, never starting with a slash
     *                   (for example {@code plan/12.docx})
     * @param parameters the query parameters, first value of each
     * @return the file, or empty when there is nothing the user may see at that path
     */
    Optional<Download> serve(PortalUser user, String path, Map<String, String> parameters);

    /**
     * @param module the module id
     * @param path   the path within the module, without a leading slash
     * @return the URL path the reference host serves it at, for links in panels (relative to the context root)
     */
    static String url(String module, String path) {
        return URL_PREFIX + module + "/" + path;
    }
}
