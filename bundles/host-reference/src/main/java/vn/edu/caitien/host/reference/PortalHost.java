package vn.edu.caitien.host.reference;

import jakarta.servlet.Servlet;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.ui.DownloadRegistry;
import vn.edu.caitien.host.reference.ui.PanelRegistry;
import vn.edu.caitien.host.reference.ui.ModuleClassCaches;
import vn.edu.caitien.host.reference.ui.PortalApplication;
import vn.edu.caitien.host.reference.ui.PortalServlet;
import vn.edu.caitien.host.reference.ui.PortalSettings;
import vn.edu.caitien.portal.api.ui.DownloadProvider;
import vn.edu.caitien.portal.api.ui.PanelContribution;

/**
 * Runs the reference portal: builds the Wicket application, registers it on the HTTP whiteboard at {@code /*},
 * and feeds it the {@link PanelContribution} services as they come and go.
 *
 * <p>It does not wait for the database: the login page needs none, so the portal answers while the database opens
 * and migrates on other threads. Pages reach the host services ({@code AccountService}, {@code SchoolDirectory},
 * ...) per request; their first use waits for the {@code portal} schema.
 */
@Component(service = {})
@RequireHttpWhiteboard
@Designate(ocd = PortalHost.Config.class)
public final class PortalHost {

    /** Configuration PID of the portal; {@link BackupServiceImpl} reads it too. */
    public static final String PID = "vn.edu.caitien.host.reference.PortalHost";

    /** Configuration (PID {@code vn.edu.caitien.host.reference.PortalHost}). */
    @ObjectClassDefinition(name = "Cải Tiến reference portal",
            description = "Sessions, language and backups of the reference portal.")
    public @interface Config {
        /** @return idle minutes before a signed-in session ends */
        @AttributeDefinition(name = "Session timeout (minutes)", min = "1")
        int session_timeout_minutes() default 30;

        /** @return language tag of a new session */
        @AttributeDefinition(name = "Default language", description = "vi or en")
        String default_locale() default "vi";

        /** @return directory of the online backups; blank for {@code <caitien.data.dir>/backups} */
        @AttributeDefinition(name = "Backup directory", required = false,
                description = "Empty: <caitien.data.dir>/backups, or the bundle data area when that is unset.")
        String backup_directory() default "";
    }

    /** Path the portal is served at, also given to Wicket as its filter path. */
    static final String PATTERN = "/*";

    private static final Logger LOG = LoggerFactory.getLogger(PortalHost.class);

    private final PanelRegistry panels = new PanelRegistry();
    private final DownloadRegistry downloads = new DownloadRegistry();
    private final BundleContextServiceLocator locator;
    private final PortalApplication application;
    private final ServiceRegistration<Servlet> registration;

    /**
     * @param context the host bundle's context, for service lookups
     * @param config  session timeout and default language
     */
    @Activate
    public PortalHost(BundleContext context, Config config) {
        Locale locale = Locale.forLanguageTag(config.default_locale().isBlank() ? "vi" : config.default_locale());
        PortalSettings settings = new PortalSettings(Math.max(1, config.session_timeout_minutes()), locale);
        this.locator = new BundleContextServiceLocator(context);
        this.application = new PortalApplication(locator, panels, downloads, settings);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", PATTERN);
        properties.put("osgi.http.whiteboard.servlet.name", "caitien-portal");
        // Without it WicketFilter looks for a web.xml to learn its filter path.
        properties.put("servlet.init.filterMappingUrlPattern", PATTERN);
        this.registration = context.registerService(Servlet.class, new PortalServlet(application), properties);
        LOG.info("Portal registered at {} (session timeout {} min, default language {})", PATTERN,
                settings.sessionTimeoutMinutes(), locale.toLanguageTag());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(PanelContribution contribution, ServiceReference<PanelContribution> reference,
                         Map<String, Object> properties) {
        panels.add(reference, properties, contribution);
        // the bundle may be a new revision of one that was here before, with classes of the same names
        ModuleClassCaches.clear(application);
    }

    void removeContribution(ServiceReference<PanelContribution> reference) {
        panels.remove(reference);
        ModuleClassCaches.clear(application);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDownloads(DownloadProvider provider, ServiceReference<DownloadProvider> reference) {
        downloads.add(reference, provider);
    }

    void removeDownloads(ServiceReference<DownloadProvider> reference) {
        downloads.remove(reference);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("Portal servlet was already unregistered", alreadyGone);
        }
        locator.close();
        LOG.info("Portal unregistered");
    }
}
