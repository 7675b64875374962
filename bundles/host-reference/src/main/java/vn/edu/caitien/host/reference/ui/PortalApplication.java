package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.Application;
import org.apache.wicket.Page;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.Session;
import org.apache.wicket.csp.CSPDirective;
import org.apache.wicket.csp.CSPDirectiveSrcValue;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.Response;
import org.apache.wicket.request.http.WebRequest;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;
import org.apache.wicket.settings.ExceptionSettings;
import vn.edu.caitien.portal.api.ui.ServiceLocator;

/**
 * The reference portal's Wicket application. Services are found through the {@link ServiceLocator} given to it
 * (over the host's BundleContext in OSGi, over fakes in tests) on every request; contributions through the
 * {@link PanelRegistry}. Runs in deployment mode: error pages are translated and never show a stack trace. Every
 * response carries the headers of {@link SecurityHeaders} and, for pages, Wicket's Content-Security-Policy with
 * {@code frame-ancestors 'self'}. Listener calls (form submits, link clicks, Ajax) from another site are refused
 * with 403 by the {@link CrossSiteRequestGuard}.
 */
public final class PortalApplication extends WebApplication implements ServiceLocator.Provider {

    private final ServiceLocator locator;
    private final PanelRegistry panels;
    private final DownloadRegistry downloads;
    private final PortalSettings settings;
    private final ModuleResourceKeys moduleResources = new ModuleResourceKeys();

    /**
     * @param locator  finds services on each call
     * @param panels   the contributions registered right now
     * @param settings timeouts and default locale
     */
    public PortalApplication(ServiceLocator locator, PanelRegistry panels, PortalSettings settings) {
        this(locator, panels, new DownloadRegistry(), settings);
    }

    /**
     * @param locator   finds services on each call
     * @param panels    the contributions registered right now
     * @param downloads the download providers registered right now, served at {@code /download/{module}/...}
     * @param settings  timeouts and default locale
     */
    public PortalApplication(ServiceLocator locator, PanelRegistry panels, DownloadRegistry downloads,
                             PortalSettings settings) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.panels = Objects.requireNonNull(panels, "panels");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the resource references of modules that Wicket registered, to forget when modules change */
    ModuleResourceKeys moduleResources() {
        return moduleResources;
    }

    /** @return the application of the current thread */
    public static PortalApplication get() {
        return (PortalApplication) Application.get();
    }

    @Override
    protected void init() {
        super.init();
        getMarkupSettings().setDefaultMarkupEncoding("UTF-8");
        getRequestCycleSettings().setResponseRequestEncoding("UTF-8");
        getApplicationSettings().setClassResolver(new OsgiClassResolver(
                List.of(PortalApplication.class.getClassLoader(), Application.class.getClassLoader()),
                panels::classLoaders));
        getFrameworkSettings().setSerializer(new GuardedJavaSerializer(getApplicationKey()));
        getApplicationSettings().setAccessDeniedPage(AccessDeniedPage.class);
        getApplicationSettings().setPageExpiredErrorPage(PageExpiredPage.class);
        getApplicationSettings().setInternalErrorPage(InternalErrorPage.class);
        getExceptionSettings().setUnexpectedExceptionDisplay(ExceptionSettings.SHOW_INTERNAL_ERROR_PAGE);
        getRequestCycleListeners().add(new PortalRequestCycleListener());
        getRequestCycleListeners().add(new SecurityHeaders());
        // Forged cross-site form submits, link clicks and Ajax calls get 403 (CSRF).
        getRequestCycleListeners().add(new CrossSiteRequestGuard());
        // Module stylesheets and images are forgotten when a module's panels change (ModuleClassCaches).
        getRequestCycleListeners().add(moduleResources);
        // Wicket's strict, nonce-based policy stays; the portal may only be framed by itself.
        getCspSettings().blocking().add(CSPDirective.FRAME_ANCESTORS, CSPDirectiveSrcValue.SELF);

        mountPage("/login", LoginPage.class);
        mountPage("/home", HomePage.class);
        mountPage("/admin/modules", AdminModulesPage.class);
        mountPage("/admin/backup", AdminBackupPage.class);
        mountPage("/m/${" + ModulePage.MODULE + "}/${" + ModulePage.PANEL + "}", ModulePage.class);
        mountPage("/denied", AccessDeniedPage.class);
        mountPage("/expired", PageExpiredPage.class);
        mountPage("/error", InternalErrorPage.class);
        mountPage("/unavailable", UnavailablePage.class);
        // The path segments after /download become the resource's indexed parameters: module, then its path.
        mountResource("/download", new ResourceReference("download") {
            private static final long serialVersionUID = 1L;

            @Override
            public IResource getResource() {
                return new DownloadResource(downloads);
            }
        });
    }

    @Override
    public RuntimeConfigurationType getConfigurationType() {
        return RuntimeConfigurationType.DEPLOYMENT;
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    /** @return the request of a cycle, which refuses a non-multipart submit of a file-upload form (400) */
    @Override
    public WebRequest newWebRequest(HttpServletRequest servletRequest, String filterPath) {
        return new PortalWebRequest(servletRequest, filterPath);
    }

    @Override
    public Session newSession(Request request, Response response) {
        return new PortalSession(request, settings.defaultLocale());
    }

    @Override
    public ServiceLocator serviceLocator() {
        return locator;
    }

    /** @return the contributions registered right now */
    public PanelRegistry panels() {
        return panels;
    }

    /** @return the portal settings */
    public PortalSettings settings() {
        return settings;
    }
}
