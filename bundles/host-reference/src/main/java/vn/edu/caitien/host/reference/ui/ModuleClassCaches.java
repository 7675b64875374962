package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.core.util.lang.PropertyResolver;
import org.apache.wicket.markup.MarkupFactory;
import org.apache.wicket.protocol.http.WebApplication;

/**
 * Drops what Wicket caches by class <em>name</em>, for the moments a module's panels come or go. A module bundle that
 * is updated (an operator redeploys it, with or without changes) defines its classes again under the same names, so
 * these caches would mix the old classes with the new ones: the property resolver would apply a field or method of
 * the old class to an object of the new one ({@code IllegalArgumentException}: every page with a {@code
 * PropertyModel} on the panel fails until the portal restarts), and the markup and string caches would keep the old
 * bundle's markup and texts, and the resource registry the old revision's stylesheets ({@link ModuleResourceKeys}).
 * They also hold the old classes, so a stopped module could not be unloaded. Cheap: the
 * caches fill again on the next requests.
 */
public final class ModuleClassCaches {

    private ModuleClassCaches() {
    }

    /** @param application the portal application; before it is started only the property resolver is reset */
    public static void clear(WebApplication application) {
        PropertyResolver.destroy(application);
        if (application.getWicketFilter() == null) {
            // not initialised yet: it has read no markup and no strings
            return;
        }
        MarkupFactory markup = application.getMarkupSettings().getMarkupFactory();
        if (markup.hasMarkupCache()) {
            markup.getMarkupCache().clear();
        }
        // also clears the Localizer's cache of resolved strings
        application.getResourceSettings().getPropertiesFactory().clearCache();
        // stylesheets and images of modules, registered under the class names of the old revision
        if (application instanceof PortalApplication portal) {
            portal.moduleResources().forget(application);
        } else {
            application.getResourceReferenceRegistry().clearAutoAddedEntries();
        }
    }
}
