package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Import, confirm and publish catalogue versions (system administrators). */
@Component(service = PanelContribution.class)
@PortalPanel(module = "catalogue", name = "admin", slot = PortalSlots.NAVIGATION, order = 90,
        titleKey = "catalogue.admin.title", permission = "catalogue.manage")
public final class CatalogueAdminContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new CatalogueAdminPanel(wicketId, context);
    }
}
