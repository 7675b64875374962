package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.request.IRequestParameters;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;
import vn.edu.caitien.portal.api.ui.DownloadProvider;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * {@code GET /download/{module}/{path}}: asks the module's {@link DownloadProvider} for the file on behalf of the
 * signed-in user. Someone not signed in goes to the login page and comes back here afterwards. The answers: the file
 * as an attachment (with the Content-Security-Policy of {@link SecurityHeaders#FILE_POLICY}), never cached by shared
 * caches; 404 for an unknown module, a module switched off for the current school, or nothing the user may see; 403
 * for a missing permission; 400 for a malformed path. The error pages are the portal's translated ones
 * ({@code ErrorPageServlet}).
 */
final class DownloadResource extends AbstractResource {
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(DownloadResource.class);

    private final transient DownloadRegistry registry;
    private final ServiceRef<ModuleSwitchService> switches = ServiceRef.of(ModuleSwitchService.class);

    DownloadResource(DownloadRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        PortalSession session = PortalSession.get();
        if (!session.isSignedIn()) {
            throw new RestartResponseAtInterceptPageException(LoginPage.class);
        }
        PageParameters parameters = attributes.getParameters();
        ResourceResponse response = new ResourceResponse();
        if (parameters.getIndexedCount() < 2) {
            return response.setError(HttpServletResponse.SC_NOT_FOUND);
        }
        String module = parameters.get(0).toString("");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parameters.getIndexedCount(); i++) {
            path.append(i > 1 ? "/" : "").append(parameters.get(i).toString(""));
        }
        Optional<DownloadProvider> provider = registry.find(module);
        String school = session.schoolId();
        if (provider.isEmpty() || school != null && !switches.find().map(s -> s.isEnabled(module, school)).orElse(false)) {
            return response.setError(HttpServletResponse.SC_NOT_FOUND);
        }
        PortalUser user = session.user();
        Optional<Download> file;
        try {
            file = provider.get().serve(user, path.toString(), query(attributes.getRequest().getQueryParameters()));
        } catch (AccessDeniedException e) {
            LOG.info("Download {}/{} refused to {}: {}", module, path, user.id(), e.getMessage());
            return response.setError(HttpServletResponse.SC_FORBIDDEN);
        } catch (IllegalArgumentException e) {
            LOG.debug("Malformed download {}/{}: {}", module, path, e.getMessage());
            return response.setError(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (file.isEmpty()) {
            return response.setError(HttpServletResponse.SC_NOT_FOUND);
        }
        Download d = file.get();
        byte[] content = d.content();
        response.setContentType(d.mediaType());
        response.setFileName(d.fileName());
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setContentLength(content.length);
        response.setCacheDuration(Duration.ZERO);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                a.getResponse().write(content);
            }
        });
        return response;
    }

    private static Map<String, String> query(IRequestParameters parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : parameters.getParameterNames()) {
            out.put(name, parameters.getParameterValue(name).toString(""));
        }
        return out;
    }
}
