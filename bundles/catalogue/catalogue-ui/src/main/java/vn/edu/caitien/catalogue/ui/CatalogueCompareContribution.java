package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Compare a 2018 circular with TT 57 through the mapping. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "catalogue", name = "compare", slot = PortalSlots.NAVIGATION, order = 30,
        titleKey = "catalogue.compare.title", permission = "catalogue.view")
public final class CatalogueCompareContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new RegimeComparePanel(wicketId, context);
    }
}
