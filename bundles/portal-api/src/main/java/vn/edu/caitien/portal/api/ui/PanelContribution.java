package vn.edu.caitien.portal.api.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.annotation.versioning.ConsumerType;
import vn.edu.caitien.portal.api.PortalContext;

/**
 * A Wicket panel that a module contributes to the host. Register it as an OSGi service with the properties of
 * {@link PortalPanel}. The host tracks these services dynamically: a contribution that goes away disappears
 * from the next render.
 */
@ConsumerType
public interface PanelContribution {

    /**
     * Creates a new panel for one render. Called on the request thread, only when the module is on for the
     * current school and the user holds {@link PortalPanel#permission()}. Must not hold OSGi services in the
     * panel's fields (use {@link ServiceRef}).
     *
     * @param wicketId the component id to give the panel
     * @param context  who is asking, for which school
     * @return a new panel; never null
     */
    Panel newPanel(String wicketId, PortalContext context);
}
