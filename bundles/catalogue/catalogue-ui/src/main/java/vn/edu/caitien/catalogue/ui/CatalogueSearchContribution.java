package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Search all catalogues ignoring diacritics. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "catalogue", name = "search", slot = PortalSlots.NAVIGATION, order = 20,
        titleKey = "catalogue.search.title", permission = "catalogue.view")
public final class CatalogueSearchContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new CatalogueSearchPanel(wicketId, context);
    }
}
