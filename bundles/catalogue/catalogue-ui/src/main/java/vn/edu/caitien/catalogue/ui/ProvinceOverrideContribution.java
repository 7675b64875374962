package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** List, add and remove province overrides of the applicable circular (system administrators). */
@Component(service = PanelContribution.class)
@PortalPanel(module = "catalogue", name = "overrides", slot = PortalSlots.NAVIGATION, order = 94,
        titleKey = "catalogue.overrides.title", permission = "catalogue.manage")
public final class ProvinceOverrideContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new ProvinceOverridePanel(wicketId, context);
    }
}
