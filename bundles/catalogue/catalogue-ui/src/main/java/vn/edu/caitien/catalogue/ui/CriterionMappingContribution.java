package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Edit the mapping of the 2018 criteria to the TT 57 criteria (system administrators). */
@Component(service = PanelContribution.class)
@PortalPanel(module = "catalogue", name = "mapping", slot = PortalSlots.NAVIGATION, order = 92,
        titleKey = "catalogue.mapping.title", permission = "catalogue.manage")
public final class CriterionMappingContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new CriterionMappingPanel(wicketId, context);
    }
}
